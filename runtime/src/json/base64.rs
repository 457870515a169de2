//! `#[serde(with = "tl_runtime::json::base64")]`: byte fields as base64 strings, as TDLib's
//! JSON interface writes `bytes` (and tonlib writes `bytes`, `secureBytes` and `int256`).
//!
//! Supported field types ([`Base64Field`]): the leaves of [`super::hex`] (`Vec<u8>`,
//! [`Bytes`](bytes::Bytes), `[u8; 16]`, `[u8; 32]`, `[u8; 64]`) alone, in an `Option`, in a
//! `Vec` or [`RawVec`], or in an `Option` of a `Vec`; `None` is `null`.
//!
//! Output is the standard alphabet (RFC 4648, `+` and `/`) with `=` padding, what TDLib
//! writes (`testCallBytes` of the bytes `00 01 02 ff` answers `"AAEC/w=="`). Input may also
//! use the URL-safe alphabet (`-` and `_`) and leave the padding out; anything else (a
//! character of neither alphabet, a length no encoding has, bits set after the last byte,
//! a wrong length for `int128`/`int256`) is a serde error, never a panic.

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::{Deserialize, Deserializer};
use ::serde::ser::{Serialize, Serializer};

use super::byte_text::{byte_text_field, unwrap_all, Codec, De, Ser, SerSeq};
use crate::RawVec;

/// Serializes a supported field as base64 (the `with` module's `serialize`).
pub fn serialize<T: Base64Field, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_base64(serializer)
}

/// Deserializes a supported field from base64 (the `with` module's `deserialize`).
pub fn deserialize<'de, T: Base64Field, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize_base64(deserializer)
}

byte_text_field!(
    /// A field type this module can write as base64; implemented for the shapes listed in
    /// the module docs (and sealed: the list is closed).
    Base64Field,
    Base64,
    serialize_base64,
    deserialize_base64
);

/// Standard base64 with padding out; either alphabet, padded or not, in.
struct Base64;

impl Codec for Base64 {
    fn encode(bytes: &[u8]) -> String {
        encode(bytes)
    }

    fn decode(text: &str) -> Option<Vec<u8>> {
        decode(text)
    }

    fn expecting(fixed: Option<(usize, &'static str)>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match fixed {
            None => f.write_str("a base64 string"),
            Some((len, name)) => write!(f, "base64 of {len} bytes ({name})"),
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The standard base64 of `bytes`, padded with `=`.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let word = chunk
            .iter()
            .enumerate()
            .fold(0u32, |word, (i, &b)| word | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                let sextet = (word >> (18 - 6 * i)) & 0x3f;
                out.push(char::from(ALPHABET[sextet as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The value of one base64 character of either alphabet.
fn sextet(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// The bytes `text` spells in base64 (either alphabet, padding optional), or `None`.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    let unpadded = match text.len() % 4 {
        0 => {
            let pad = text.iter().rev().take_while(|&&c| c == b'=').count();
            (pad <= 2).then_some(&text[..text.len() - pad])?
        }
        _ => text,
    };
    if unpadded.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(unpadded.len() * 3 / 4);
    for chunk in unpadded.chunks(4) {
        let mut word = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            word |= sextet(c)? << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // Bits below the last whole byte must be clear (one text per value).
        if word & (0xff_ffff >> (8 * bytes)) != 0 {
            return None;
        }
        out.extend_from_slice(&word.to_be_bytes()[1..=bytes]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, text) in cases {
            assert_eq!(encode(plain.as_bytes()), text);
            assert_eq!(decode(text).as_deref(), Some(plain.as_bytes()));
        }
    }

    #[test]
    fn what_tdlib_writes_and_every_byte_round_trips() {
        assert_eq!(encode(&[0x00, 0x01, 0x02, 0xff]), "AAEC/w==");
        let all: Vec<u8> = (0..=255).collect();
        for len in 0..all.len() {
            assert_eq!(decode(&encode(&all[..len])).as_deref(), Some(&all[..len]));
        }
    }

    #[test]
    fn url_safe_and_unpadded_input_is_read() {
        assert_eq!(decode("AAEC_w"), Some(vec![0x00, 0x01, 0x02, 0xff]));
        assert_eq!(decode("-_8="), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn malformed_input_is_none() {
        for text in [
            "%%%", "A", "AAAAA", "Zg=", "Zg===", "Zh==", "Zm9=", "Z g=", "=Zg=",
        ] {
            assert_eq!(decode(text), None, "{text}");
        }
    }
}
