//! [`SharedStr`]: TL `string` as immutable UTF-8 text that shares a [`Bytes`] buffer.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::str::Utf8Error;

use bytes::Bytes;

use crate::{Decode, DecodeError, Encode, Output, Reader};

/// An immutable UTF-8 string backed by [`Bytes`]: cloning it, or decoding it from a
/// shared buffer, counts a reference instead of copying the text.
///
/// The opt-in type of TL `string` fields for zero-copy decoding (see
/// [`Input`](crate::Input)): read from a shared [`Bytes`] buffer (`from_bytes(&bytes)`,
/// `Reader::new(&bytes)`), the value is a slice of that buffer; read from
/// a reader over a plain `&[u8]`, it is a copy. Both ways the text must be valid UTF-8,
/// as for `String`: anything else is
/// [`DecodeErrorKind::InvalidUtf8`](crate::DecodeErrorKind::InvalidUtf8) (see
/// [`string`](crate::string)). The wire form is that of `String`.
///
/// It dereferences to `str`, and compares, orders, hashes and prints (`Debug` too)
/// exactly as its `str` does, so it can be looked up in a `HashMap<SharedStr, _>` by
/// `&str`.
///
/// ```
/// use tl_runtime::bytes::Bytes;
/// use tl_runtime::{Decode, Encode, SharedStr};
///
/// let text = SharedStr::from("t.me/+abc");
/// let wire = Bytes::from(text.to_bytes()?);
/// let back = SharedStr::from_bytes(&wire)?;
/// assert_eq!(back, "t.me/+abc");
/// // The decoded text points into `wire` (after the 1-byte length).
/// assert_eq!(back.as_ptr(), wire[1..].as_ptr());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct SharedStr(
    /// Always valid UTF-8.
    Bytes,
);

impl SharedStr {
    /// The empty string.
    #[inline]
    pub const fn new() -> Self {
        Self(Bytes::new())
    }

    /// `text` without copying it (a static buffer: no allocation, no reference count).
    #[inline]
    pub const fn from_static(text: &'static str) -> Self {
        Self(Bytes::from_static(text.as_bytes()))
    }

    /// `bytes` as text, without copying, if they are valid UTF-8.
    pub fn from_utf8(bytes: Bytes) -> Result<Self, Utf8Error> {
        std::str::from_utf8(&bytes)?;
        Ok(Self(bytes))
    }

    /// `bytes`, which the caller has checked to be valid UTF-8, as text.
    #[inline]
    pub(crate) fn from_utf8_unchecked(bytes: Bytes) -> Self {
        debug_assert!(std::str::from_utf8(&bytes).is_ok());
        Self(bytes)
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: every constructor checks (or is given checked) UTF-8, and the bytes
        // are immutable.
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }

    /// The UTF-8 bytes, still shared.
    #[inline]
    pub fn into_bytes(self) -> Bytes {
        self.0
    }
}

impl<'a> Reader<'a> {
    /// Reads one `string` value as [`SharedStr`]: a slice of the shared source if the
    /// reader has one, otherwise a copy. Invalid UTF-8 fails as for `String`
    /// ([`Reader::read_str`]).
    #[inline]
    pub fn read_shared_str(&mut self) -> Result<SharedStr, DecodeError> {
        // Not through `read_str`: a second caller makes the compiler stop inlining it
        // into `String`'s read (measured: 5% more instructions decoding 100 strings).
        let (string_offset, data) = self.read_data()?;
        match crate::string::utf8(data) {
            Ok(_) => Ok(SharedStr::from_utf8_unchecked(self.share(data))),
            Err(error) => Err(crate::string::invalid_utf8(string_offset, error)),
        }
    }
}

/// TL `string`: the wire form of `String`.
impl Encode for SharedStr {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        self.as_str().write_to(out);
    }
}

/// TL `string`: strict UTF-8 as for `String`; shares the reader's source if it has one.
impl Decode<'_> for SharedStr {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.read_shared_str()
    }
}

impl Deref for SharedStr {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for SharedStr {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for SharedStr {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// Hashes as the `str` does (which [`Borrow<str>`] requires; `Bytes` hashes differently).
impl Hash for SharedStr {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// Implements `PartialEq` both ways between `SharedStr` and a type that derefs to `str`.
macro_rules! eq_str {
    ($($ty:ty),*) => {$(
        impl PartialEq<$ty> for SharedStr {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                self.as_str() == &other[..]
            }
        }

        impl PartialEq<SharedStr> for $ty {
            #[inline]
            fn eq(&self, other: &SharedStr) -> bool {
                &self[..] == other.as_str()
            }
        }
    )*};
}

eq_str!(str, &str, String);

impl From<&'static str> for SharedStr {
    /// No copy: see [`SharedStr::from_static`].
    #[inline]
    fn from(text: &'static str) -> Self {
        Self::from_static(text)
    }
}

impl From<String> for SharedStr {
    /// No copy: the string's buffer becomes the shared one.
    #[inline]
    fn from(text: String) -> Self {
        Self(Bytes::from(text))
    }
}

impl From<Box<str>> for SharedStr {
    /// No copy.
    #[inline]
    fn from(text: Box<str>) -> Self {
        Self::from(String::from(text))
    }
}

impl From<SharedStr> for String {
    /// Copies the text unless the buffer can be taken over (the `bytes` crate reuses
    /// it when this value is its only owner).
    #[inline]
    fn from(text: SharedStr) -> Self {
        let bytes = Vec::from(text.0);
        // SAFETY: the bytes of a `SharedStr` are valid UTF-8.
        unsafe { String::from_utf8_unchecked(bytes) }
    }
}

impl From<SharedStr> for Bytes {
    /// No copy.
    #[inline]
    fn from(text: SharedStr) -> Self {
        text.0
    }
}

impl TryFrom<Bytes> for SharedStr {
    type Error = Utf8Error;

    /// [`SharedStr::from_utf8`].
    #[inline]
    fn try_from(bytes: Bytes) -> Result<Self, Utf8Error> {
        Self::from_utf8(bytes)
    }
}

/// TL-JSON: a JSON string.
#[cfg(feature = "json")]
impl serde::Serialize for SharedStr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// TL-JSON: a JSON string (an owned `String` the deserializer hands over is kept
/// without a copy).
#[cfg(feature = "json")]
impl<'de> serde::Deserialize<'de> for SharedStr {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// Takes a JSON string.
        struct Text;

        impl serde::de::Visitor<'_> for Text {
            type Value = SharedStr;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<SharedStr, E> {
                Ok(SharedStr::from(text.to_owned()))
            }

            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<SharedStr, E> {
                Ok(SharedStr::from(text))
            }
        }

        deserializer.deserialize_string(Text)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn compares_hashes_and_prints_as_str() {
        let text = SharedStr::from("héllo \"x\"");
        assert_eq!(text, "héllo \"x\"");
        assert_eq!("héllo \"x\"", text);
        assert_eq!(text, *"héllo \"x\"");
        assert_eq!(text, String::from("héllo \"x\""));
        assert_eq!(String::from("héllo \"x\""), text);
        assert_ne!(text, "hello");
        assert_eq!(format!("{text:?}"), format!("{:?}", "héllo \"x\""));
        assert_eq!(text.to_string(), "héllo \"x\"");
        for (a, b) in [("a", "b"), ("ab", "a"), ("z", "é"), ("", "")] {
            let (x, y) = (SharedStr::from(a), SharedStr::from(b));
            assert_eq!(x.cmp(&y), a.cmp(b));
            assert_eq!(x.partial_cmp(&y), Some(a.cmp(b)));
        }
        assert_eq!(SharedStr::default(), "");
        assert_eq!(SharedStr::new().len(), 0);

        let mut map = HashMap::new();
        map.insert(SharedStr::from(String::from("key")), 1);
        assert_eq!(map.get("key"), Some(&1));
    }

    #[test]
    fn converts_without_checking_twice() {
        let text = SharedStr::from_utf8(Bytes::from_static("日本".as_bytes())).unwrap();
        assert_eq!(text.as_str(), "日本");
        assert_eq!(text.clone().into_bytes(), "日本".as_bytes());
        assert_eq!(Bytes::from(text.clone()), "日本".as_bytes());
        assert_eq!(String::from(text), "日本");
        let error = SharedStr::from_utf8(Bytes::from_static(b"a\xffb")).unwrap_err();
        assert_eq!(error.valid_up_to(), 1);
        assert!(SharedStr::try_from(Bytes::from_static(b"\xc3")).is_err());
        assert_eq!(SharedStr::from(Box::<str>::from("boxed")), "boxed");
    }

    #[test]
    fn from_string_keeps_the_buffer() {
        let original = String::from("a unique buffer");
        let pointer = original.as_ptr();
        let text = SharedStr::from(original);
        assert_eq!(text.as_ptr(), pointer);
        assert_eq!(String::from(text), "a unique buffer");
    }
}
