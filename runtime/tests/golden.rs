//! Golden byte tables in both directions (the postcard `test_one` pattern): each value
//! encodes to exactly the listed bytes, the bytes decode back to the value with nothing
//! left over, and every proper prefix of the bytes fails to decode.
//!
//! Cases come from tl-spec.md section 5 ("Binary encoding") and the examples of
//! <https://core.telegram.org/mtproto/serialize> and <https://core.telegram.org/mtproto/TL>.

mod common;

use std::fmt::Debug;

use common::{hex, letters, repeat};
use tl_runtime::{Decode, DecodeErrorKind, Encode, EncodeError, RawVec};

/// Checks `value` against its encoding `text` (hex) in both directions.
fn case<T>(value: T, text: &str)
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug,
{
    let bytes = hex(text);
    assert_eq!(value.to_bytes().unwrap(), bytes, "encoding of {value:?}");
    assert_eq!(
        value.encoded_len(),
        Ok(bytes.len()),
        "encoded_len of {value:?}"
    );
    assert_eq!(T::from_bytes(&bytes).unwrap(), value, "decoding of {text}");

    let mut exact = vec![0u8; bytes.len()];
    value.encode(&mut exact.as_mut_slice()).unwrap();
    assert_eq!(exact, bytes, "serialize into an exact slice");

    let mut short = vec![0u8; bytes.len() - 1];
    assert_eq!(
        value.encode(&mut short.as_mut_slice()),
        Err(EncodeError::BufferTooSmall {
            needed: bytes.len(),
            remaining: bytes.len() - 1
        })
    );
    assert!(
        short.iter().all(|&b| b == 0),
        "a failed serialize wrote bytes"
    );

    every_prefix_fails::<T>(&bytes);
}

/// Every proper prefix of `bytes` fails with an error that accounts for the cut.
fn every_prefix_fails<T: tl_runtime::DecodeOwned + Debug>(bytes: &[u8]) {
    for cut in 0..bytes.len() {
        match T::from_bytes(&bytes[..cut]).map_err(|error| error.into_kind()) {
            Err(DecodeErrorKind::UnexpectedEnd {
                offset,
                needed,
                remaining,
            }) => {
                assert_eq!(offset + remaining, cut, "prefix of {cut} bytes");
                assert!(needed > remaining, "prefix of {cut} bytes");
            }
            Err(DecodeErrorKind::LengthOutOfBounds {
                offset, remaining, ..
            }) => {
                assert_eq!(offset + remaining, cut, "prefix of {cut} bytes");
            }
            other => panic!("prefix of {cut} bytes of {bytes:02x?}: {other:?}"),
        }
    }
}

#[test]
fn integers() {
    case(-2i32, "feffffff");
    case(0i32, "00000000");
    case(i32::MIN, "00000080");
    case(0x0102_0304i32, "04030201");
    case(0x0102_0304_0506_0708i64, "0807060504030201");
    case(-1i64, "ffffffffffffffff");
    case(i64::MIN, "0000000000000080");
    case(0xdead_beefu32, "efbeadde");
}

#[test]
fn doubles() {
    case(1.5f64, "000000000000f83f");
    case(-2.0f64, "00000000000000c0");
    case(0.0f64, "0000000000000000");
}

#[test]
fn int128_and_int256_keep_wire_order() {
    let int128: [u8; 16] = std::array::from_fn(|i| i as u8);
    case(int128, "000102030405060708090a0b0c0d0e0f");
    let int256: [u8; 32] = std::array::from_fn(|i| 0xff - i as u8);
    case(
        int256,
        "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0efeeedecebeae9e8e7e6e5e4e3e2e1e0",
    );
}

#[test]
fn bools() {
    case(true, "b5757299");
    case(false, "379779bc");
}

#[test]
fn short_strings_pad_to_a_word() {
    case(String::new(), "00 000000");
    case("a".to_string(), "01 61 0000");
    case("abc".to_string(), "03 616263");
    case("abcd".to_string(), "04 61626364 000000");
    case("é".to_string(), "02 c3a9 00");
    case("日本".to_string(), "06 e697a5e69cac 00");
}

#[test]
fn the_short_form_ends_at_253_bytes() {
    // 1 + 253 = 254 bytes, padded to 256.
    case(letters(253), &format!("fd {} 0000", repeat(0x61, 253)));
    // 254 needs the long form: fe + 3-byte length, 4 + 254 = 258, padded to 260.
    case(
        letters(254),
        &format!("fe fe0000 {} 0000", repeat(0x61, 254)),
    );
    case(letters(255), &format!("fe ff0000 {} 00", repeat(0x61, 255)));
    case(letters(256), &format!("fe 000100 {}", repeat(0x61, 256)));
    case(letters(1000), &format!("fe e80300 {}", repeat(0x61, 1000)));
}

#[test]
fn bytes_use_the_string_form() {
    case(Vec::<u8>::new(), "00000000");
    case(vec![0xdeu8, 0xad], "02 dead 00");
    case(vec![0u8; 3], "03 000000");
    case(
        vec![0xffu8; 254],
        &format!("fe fe0000 {} 0000", repeat(0xff, 254)),
    );
}

#[test]
fn boxed_vectors() {
    // msgs_ack's Vector<long> [1] (tl-spec.md worked example, after the msgs_ack id).
    case(vec![1i64], "15c4b51c 01000000 0100000000000000");
    // getUsers([2, 3, 4]) from core.telegram.org/mtproto/TL, after the method id.
    case(
        vec![2i32, 3, 4],
        "15c4b51c 03000000 02000000 03000000 04000000",
    );
    case(Vec::<i32>::new(), "15c4b51c 00000000");
    case(vec![true, false], "15c4b51c 02000000 b5757299 379779bc");
    case(
        vec!["a".to_string(), "bc".to_string()],
        "15c4b51c 02000000 01610000 02626300",
    );
    case(
        vec![vec![1u8], vec![]],
        "15c4b51c 02000000 01010000 00000000",
    );
    case(
        vec![vec![7i32], vec![]],
        "15c4b51c 02000000 15c4b51c 01000000 07000000 15c4b51c 00000000",
    );
}

#[test]
fn bare_vectors_have_no_id() {
    case(RawVec(vec![2i32, 3]), "02000000 02000000 03000000");
    case(RawVec(Vec::<i64>::new()), "00000000");
    case(RawVec(vec!["a".to_string()]), "01000000 01610000");
    // A boxed vector of bare vectors.
    case(
        vec![RawVec(vec![5i32])],
        "15c4b51c 01000000 01000000 05000000",
    );
}

#[test]
fn boxes_are_transparent() {
    case(Box::new(-2i32), "feffffff");
    case(vec![Box::new(true)], "15c4b51c 01000000 b5757299");
}

#[test]
fn unsized_values_encode_like_their_owned_forms() {
    assert_eq!("abc".to_bytes().unwrap(), hex("03616263"));
    assert_eq!([0xdeu8, 0xad][..].to_bytes().unwrap(), hex("02dead00"));
    assert_eq!(
        [2i32, 3][..].to_bytes().unwrap(),
        hex("15c4b51c 02000000 02000000 03000000")
    );
}

/// Inputs no encoder writes but that decode unambiguously (tl-spec.md section 5,
/// "reading strings"): the long form for a short length, and nonzero padding.
#[test]
fn lenient_string_inputs() {
    let decoded = |text: &str| String::from_bytes(&hex(text));
    assert_eq!(decoded("fe010000 61 000000"), Ok("a".to_string()));
    assert_eq!(decoded("fe000000"), Ok(String::new()));
    assert_eq!(decoded("01 61 ffff"), Ok("a".to_string()));
    assert_eq!(decoded("04 61626364 010203"), Ok("abcd".to_string()));
    assert_eq!(
        Vec::<u8>::from_bytes(&hex("fe030000 010203 ee")),
        Ok(vec![1, 2, 3])
    );
}
