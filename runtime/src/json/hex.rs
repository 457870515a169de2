//! `#[serde(with = "tl_runtime::json::hex")]`: byte fields as hex strings.
//!
//! Supported field types ([`HexField`]): a leaf — `Vec<u8>` or [`Bytes`](bytes::Bytes) (`bytes`),
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

use ::serde::de::{Deserialize, Deserializer};
use ::serde::ser::{Serialize, Serializer};

use super::byte_text::{byte_text_field, unwrap_all, Codec, De, Ser, SerSeq};
use crate::RawVec;

/// Serializes a supported field as hex (the `with` module's `serialize`).
pub fn serialize<T: HexField, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_hex(serializer)
}

/// Deserializes a supported field from hex (the `with` module's `deserialize`).
pub fn deserialize<'de, T: HexField, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::deserialize_hex(deserializer)
}

byte_text_field!(
    /// A field type this module can write as hex; implemented for the shapes listed in
    /// the module docs (and sealed: the list is closed).
    HexField,
    Hex,
    serialize_hex,
    deserialize_hex
);

/// Lowercase hex, two digits per byte.
struct Hex;

impl Codec for Hex {
    fn encode(bytes: &[u8]) -> String {
        encode(bytes)
    }

    fn decode(text: &str) -> Option<Vec<u8>> {
        decode(text)
    }

    fn expecting(fixed: Option<(usize, &'static str)>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match fixed {
            None => f.write_str("a hex string"),
            Some((len, name)) => write!(f, "{} hex digits ({name})", len * 2),
        }
    }
}

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
