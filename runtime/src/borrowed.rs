//! Borrowed decoding: `&'a str` and `&'a [u8]` read without copying, and
//! [`IntoOwned`] from borrowed values to owned ones.
//!
//! A generated view (the generator's `borrowed` option) holds `&'a str` for TL `string`
//! and `&'a [u8]` for TL `bytes`, slices of the input it was decoded from; everything
//! else (numbers, flags, vectors, boxed values) is read as in the owned types. The wire
//! form, the UTF-8 rule and the limits are those of the owned reads, so a view and its
//! owned type accept exactly the same input.

use crate::{Decode, DecodeError, Encode, IntoOwned, Output, RawVec, Reader};

/// A reference writes what it refers to (so a `Vec<&str>` is a `Vector<string>`).
impl<T: Encode + ?Sized> Encode for &T {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        (**self).write_to(out);
    }
}

/// TL `string`, borrowed: strict UTF-8, as [`String`]'s read.
impl<'a> Decode<'a> for &'a str {
    #[inline]
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        reader.read_str()
    }
}

/// TL `bytes`, borrowed.
impl<'a> Decode<'a> for &'a [u8] {
    #[inline]
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        reader.read_length_prefixed()
    }
}

impl IntoOwned for &str {
    type Owned = String;

    #[inline]
    fn into_owned(self) -> String {
        self.to_owned()
    }
}

impl IntoOwned for &[u8] {
    type Owned = Vec<u8>;

    #[inline]
    fn into_owned(self) -> Vec<u8> {
        self.to_vec()
    }
}

impl<T: IntoOwned> IntoOwned for Vec<T> {
    type Owned = Vec<T::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.into_iter().map(T::into_owned).collect()
    }
}

impl<T: IntoOwned> IntoOwned for RawVec<T> {
    type Owned = RawVec<T::Owned>;

    fn into_owned(self) -> Self::Owned {
        self.0.into_iter().map(T::into_owned).collect()
    }
}

impl<T: IntoOwned> IntoOwned for Option<T> {
    type Owned = Option<T::Owned>;

    #[inline]
    fn into_owned(self) -> Self::Owned {
        self.map(T::into_owned)
    }
}

impl<T: IntoOwned> IntoOwned for Box<T> {
    type Owned = Box<T::Owned>;

    #[inline]
    fn into_owned(self) -> Self::Owned {
        Box::new((*self).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DecodeErrorKind, Encode};

    #[test]
    fn borrowed_reads_point_into_the_input() {
        let input = [3, b'a', b'b', b'c', 2, 0xff, 0, 0];
        let mut reader = Reader::new(&input);
        let text = <&str>::read(&mut reader).unwrap();
        let data = <&[u8]>::read(&mut reader).unwrap();
        assert_eq!((text, data), ("abc", &[0xff, 0][..]));
        assert_eq!(text.as_ptr(), input[1..].as_ptr());
        assert_eq!(data.as_ptr(), input[5..].as_ptr());
        assert_eq!((text, data).0.to_bytes().unwrap(), input[..4]);
    }

    #[test]
    fn borrowed_strings_keep_the_utf8_rule() {
        let error = <&str>::from_bytes(&[1, 0xff, 0, 0]).unwrap_err();
        assert!(matches!(
            error.kind(),
            DecodeErrorKind::InvalidUtf8 { offset: 1, .. }
        ));
        assert_eq!(<&[u8]>::from_bytes(&[1, 0xff, 0, 0]).unwrap(), [0xff]);
    }

    #[test]
    fn into_owned_copies_through_containers() {
        let words: Vec<Option<&str>> = vec![Some("a"), None];
        assert_eq!(words.into_owned(), [Some("a".to_string()), None]);
        assert_eq!(Box::new(&b"x"[..]).into_owned(), Box::new(b"x".to_vec()));
        let raw = RawVec(vec!["b"]);
        assert_eq!(raw.into_owned().0, ["b".to_string()]);
        assert_eq!(
            vec!["c"; 2].to_bytes().unwrap(),
            vec!["c".to_string(); 2].to_bytes().unwrap()
        );
    }
}
