//! `#[serde(with = "tl_runtime::json::hex")]`: byte fields as hex strings.
//!
//! Supported field types ([`HexField`]): a leaf — `Vec<u8>` or [`Bytes`] (`bytes`),
//! `[u8; 16]` (`int128`), `[u8; 32]` (`int256`), `[u8; 64]` (`int512`) — alone, in an
//! `Option`, in a `Vec` or [`RawVec`], or in an `Option` of a `Vec`. `Vec<u8>` and
//! `Bytes` have the same JSON. Each leaf is one JSON string of two hex
//! digits per byte; `None` is `null`; vectors are arrays of such strings.
//!
//! Output is lowercase. Input may use either case; an odd number of digits, a
//! non-hex character, or a length other than 16/32 bytes for `int128`/`int256` is a
//! serde error (never a panic).

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use ::serde::ser::{Serialize, Serializer};
use bytes::Bytes;

use crate::RawVec;

/// Serializes a supported field as hex (the `with` module's `serialize`).
pub fn serialize<T: HexField, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_hex(serializer)
}

/// Deserializes a supported field from hex (the `with` module's `deserialize`).
pub fn deserialize<'de, T: HexField, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::deserialize_hex(deserializer)
}

/// A field type this module can write as hex; implemented for the shapes listed in
/// the module docs (and sealed: the list is closed).
pub trait HexField: Sized + sealed::Sealed {
    /// Writes the value with every leaf as a hex string.
    fn serialize_hex<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads the value with every leaf from a hex string.
    fn deserialize_hex<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

mod sealed {
    /// Keeps [`super::HexField`] closed to the shapes of this module.
    pub trait Sealed {}
}

/// A byte value written as one hex string.
trait Leaf: Sized {
    /// What a JSON string must hold, for error messages.
    const EXPECTING: &'static str;

    /// The bytes to write.
    fn as_bytes(&self) -> &[u8];

    /// The value with these bytes, or `None` if the length is wrong.
    fn from_vec(bytes: Vec<u8>) -> Option<Self>;
}

impl Leaf for Vec<u8> {
    const EXPECTING: &'static str = "a hex string";

    fn as_bytes(&self) -> &[u8] {
        self
    }

    fn from_vec(bytes: Vec<u8>) -> Option<Self> {
        Some(bytes)
    }
}

/// The opt-in zero-copy `bytes` (deserializing takes the decoded vector over).
impl Leaf for Bytes {
    const EXPECTING: &'static str = "a hex string";

    fn as_bytes(&self) -> &[u8] {
        self
    }

    fn from_vec(bytes: Vec<u8>) -> Option<Self> {
        Some(Bytes::from(bytes))
    }
}

/// Implements [`Leaf`] for a fixed-size array.
macro_rules! fixed_leaf {
    ($($size:literal => $expecting:literal),*) => {$(
        impl Leaf for [u8; $size] {
            const EXPECTING: &'static str = $expecting;

            fn as_bytes(&self) -> &[u8] {
                self
            }

            fn from_vec(bytes: Vec<u8>) -> Option<Self> {
                bytes.try_into().ok()
            }
        }
    )*};
}

fixed_leaf!(
    16 => "32 hex digits (int128)",
    32 => "64 hex digits (int256)",
    64 => "128 hex digits (int512)"
);

/// Lowercase hex digits of `bytes`.
pub(crate) fn encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0xf)]));
    }
    out
}

/// The value of one hex digit of either case.
pub(crate) fn digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The bytes spelled by `text`, or `None` if it is not an even number of hex digits.
fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.chunks_exact(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// Serializes one leaf as a string.
struct Ser<'a, L>(&'a L);

impl<L: Leaf> Serialize for Ser<'_, L> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&encode(self.0.as_bytes()))
    }
}

/// Serializes a slice of leaves as an array of strings.
struct SerSeq<'a, L>(&'a [L]);

impl<L: Leaf> Serialize for SerSeq<'_, L> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Ser))
    }
}

/// Deserializes one leaf from a string.
struct De<L>(L);

impl<'de, L: Leaf> Deserialize<'de> for De<L> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_str(LeafVisitor(PhantomData))
            .map(De)
    }
}

/// Turns a JSON string into a leaf.
struct LeafVisitor<L>(PhantomData<L>);

impl<L: Leaf> Visitor<'_> for LeafVisitor<L> {
    type Value = L;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(L::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<L, E> {
        let bytes = decode(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))?;
        L::from_vec(bytes).ok_or_else(|| E::invalid_length(text.len(), &self))
    }
}

/// Unwraps deserialized leaves.
fn unwrap_all<L>(items: Vec<De<L>>) -> Vec<L> {
    items.into_iter().map(|De(leaf)| leaf).collect()
}

/// Implements [`HexField`] for every shape around one leaf type.
macro_rules! shapes {
    ($($leaf:ty),*) => {$(
        impl sealed::Sealed for $leaf {}
        impl HexField for $leaf {
            fn serialize_hex<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Ser(self).serialize(s)
            }
            fn deserialize_hex<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                De::deserialize(d).map(|De(leaf)| leaf)
            }
        }

        impl sealed::Sealed for Option<$leaf> {}
        impl HexField for Option<$leaf> {
            fn serialize_hex<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.as_ref().map(Ser).serialize(s)
            }
            fn deserialize_hex<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Option::<De<$leaf>>::deserialize(d).map(|o| o.map(|De(leaf)| leaf))
            }
        }

        impl sealed::Sealed for Vec<$leaf> {}
        impl HexField for Vec<$leaf> {
            fn serialize_hex<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                SerSeq(self).serialize(s)
            }
            fn deserialize_hex<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Vec::<De<$leaf>>::deserialize(d).map(unwrap_all)
            }
        }

        impl sealed::Sealed for Option<Vec<$leaf>> {}
        impl HexField for Option<Vec<$leaf>> {
            fn serialize_hex<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.as_deref().map(SerSeq).serialize(s)
            }
            fn deserialize_hex<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Option::<Vec<De<$leaf>>>::deserialize(d).map(|o| o.map(unwrap_all))
            }
        }

        impl sealed::Sealed for RawVec<$leaf> {}
        impl HexField for RawVec<$leaf> {
            fn serialize_hex<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                SerSeq(&self.0).serialize(s)
            }
            fn deserialize_hex<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Vec::<De<$leaf>>::deserialize(d).map(|items| RawVec(unwrap_all(items)))
            }
        }
    )*};
}

shapes!(Vec<u8>, Bytes, [u8; 16], [u8; 32], [u8; 64]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_is_lowercase_two_digits_per_byte() {
        assert_eq!(encode(&[]), "");
        assert_eq!(encode(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }

    #[test]
    fn decode_accepts_both_cases_and_rejects_the_rest() {
        assert_eq!(decode("000fA0fF"), Some(vec![0x00, 0x0f, 0xa0, 0xff]));
        assert_eq!(decode(""), Some(vec![]));
        assert_eq!(decode("abc"), None);
        assert_eq!(decode("0g"), None);
        assert_eq!(decode("é0"), None);
    }
}
