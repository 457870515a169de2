//! Property tests (the prost `check_type` pattern): for every built-in type, decoding
//! an encoding gives the value back, `encoded_len` is the number of bytes written,
//! and arbitrary bytes never make a decoder panic.

use std::fmt::Debug;

use proptest::collection::vec;
use proptest::prelude::*;
use tl_runtime::{Decode, DecodeErrorKind, Encode, RawVec, Reader};

/// Encodes, checks the length and the 4-byte alignment, decodes.
fn round_trip<T>(value: &T) -> Result<T, TestCaseError>
where
    T: Encode + tl_runtime::DecodeOwned + Debug,
{
    let bytes = value
        .to_bytes()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value.encoded_len(), Ok(bytes.len()));
    prop_assert_eq!(bytes.len() % 4, 0, "TL values are whole 32-bit words");
    T::from_bytes(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))
}

/// Asserts `round_trip(value) == value`.
fn check<T>(value: T) -> Result<(), TestCaseError>
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug,
{
    let back = round_trip(&value)?;
    prop_assert_eq!(back, value);
    Ok(())
}

/// Reads a `T` from the front of arbitrary bytes. Whatever happens must be an `Ok`
/// or an `Err`; when it is `Ok`, the value must re-encode to something that decodes
/// to an equal value, and the reader must not have run past the input.
fn fuzz<T>(bytes: &[u8]) -> Result<(), TestCaseError>
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug,
{
    let mut reader = Reader::new(bytes);
    match T::read(&mut reader) {
        Ok(value) => {
            prop_assert!(reader.position() <= bytes.len());
            let back = round_trip(&value)?;
            prop_assert_eq!(back, value);
        }
        Err(error) => prop_assert!(error.offset() <= bytes.len(), "{error}"),
    }
    let _ = T::from_bytes(bytes);
    Ok(())
}

/// Text that crosses the 253/254-byte boundary, mixing ASCII and multi-byte chars.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,8}",
        "[a-z]{250,260}",
        "[a-zé日🦀]{60,300}",
        any::<String>(),
    ]
}

/// Bytes on both sides of the boundary.
fn data() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        vec(any::<u8>(), 0..8),
        vec(any::<u8>(), 250..260),
        vec(any::<u8>(), 0..1200)
    ]
}

proptest! {
    #[test]
    fn fixed_size_values(a: i32, b: i64, c: u32, d: bool, e: [u8; 16], f: [u8; 32]) {
        check(a)?;
        check(b)?;
        check(c)?;
        check(d)?;
        check(e)?;
        check(f)?;
    }

    #[test]
    fn doubles_keep_their_bits(x: f64) {
        let back = round_trip(&x)?;
        prop_assert_eq!(back.to_bits(), x.to_bits());
    }

    #[test]
    fn strings(s in text()) {
        check(s)?;
    }

    #[test]
    fn bytes(b in data()) {
        check(b)?;
    }

    /// Short values are written straight into the buffer's chunk when it has room, and
    /// part by part otherwise: a buffer of two slices split anywhere (so a value may
    /// straddle the split) gets the same bytes as a vector.
    #[test]
    fn chunked_buffers_get_the_same_bytes(
        strings in vec(text(), 1..4),
        split in any::<prop::sample::Index>(),
    ) {
        let expected = strings.to_bytes().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut out = vec![0xaa; expected.len()];
        let (first, second) = out.split_at_mut(split.index(expected.len() + 1));
        let mut chained = bytes::BufMut::chain_mut(first, second);
        strings
            .encode(&mut chained)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(bytes::BufMut::remaining_mut(&chained), 0);
        prop_assert_eq!(out, expected);
    }

    #[test]
    fn vectors_of_strings_and_bytes(
        strings in vec(text(), 0..6),
        bytes in vec(data(), 0..6),
    ) {
        check(strings.clone())?;
        check(RawVec(strings))?;
        check(bytes)?;
    }

    #[test]
    fn nested_vectors(
        longs in vec(vec(any::<i64>(), 0..5), 0..5),
        bools in vec(vec(vec(any::<bool>(), 0..3), 0..3), 0..3),
        raw in vec(vec(any::<i32>(), 0..4).prop_map(RawVec), 0..4),
        int256 in vec(any::<[u8; 32]>(), 0..4),
    ) {
        check(longs)?;
        check(bools)?;
        check(raw.clone())?;
        check(RawVec(raw))?;
        check(int256)?;
    }

    #[test]
    fn boxes(s in text()) {
        check(Box::new(s))?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..64)) {
        fuzz::<i32>(&bytes)?;
        fuzz::<i64>(&bytes)?;
        fuzz::<u32>(&bytes)?;
        fuzz::<bool>(&bytes)?;
        fuzz::<[u8; 16]>(&bytes)?;
        fuzz::<[u8; 32]>(&bytes)?;
        fuzz::<String>(&bytes)?;
        fuzz::<Vec<u8>>(&bytes)?;
        fuzz::<Vec<i32>>(&bytes)?;
        fuzz::<Vec<String>>(&bytes)?;
        fuzz::<Vec<Vec<u8>>>(&bytes)?;
        fuzz::<Vec<Vec<i64>>>(&bytes)?;
        fuzz::<RawVec<bool>>(&bytes)?;
        fuzz::<RawVec<Vec<u8>>>(&bytes)?;
        fuzz::<Box<String>>(&bytes)?;
        // f64: NaN payloads make `==` useless, so only "no panic" is checked.
        let _ = f64::from_bytes(&bytes);
    }

    /// Structured garbage: valid-looking vector and string headers in front of
    /// arbitrary words, which random bytes alone rarely produce.
    #[test]
    fn plausible_headers_never_panic(
        count in prop_oneof![0i32..4, any::<i32>()],
        len_byte in any::<u8>(),
        tail in vec(any::<u8>(), 0..48),
    ) {
        let mut bytes = 0x1cb5_c415u32.to_le_bytes().to_vec();
        bytes.extend(count.to_le_bytes());
        bytes.push(len_byte);
        bytes.extend(&tail);
        fuzz::<Vec<String>>(&bytes)?;
        fuzz::<Vec<Vec<u8>>>(&bytes)?;
        fuzz::<Vec<bool>>(&bytes)?;
        fuzz::<RawVec<String>>(&bytes[4..])?;
        fuzz::<String>(&bytes[8..])?;
    }

    /// A bytes value's data comes back whichever length form the input used.
    #[test]
    fn long_form_is_read_for_any_length(data in vec(any::<u8>(), 0..300)) {
        let mut bytes = vec![254];
        bytes.extend(&(data.len() as u32).to_le_bytes()[..3]);
        bytes.extend(&data);
        bytes.resize(bytes.len().div_ceil(4) * 4, 0);
        prop_assert_eq!(Vec::<u8>::from_bytes(&bytes), Ok(data));
    }

    /// Decoding is all-or-nothing: a cut anywhere is an error that points inside the input.
    #[test]
    fn truncated_encodings_fail(strings in vec(text(), 1..4), cut in any::<prop::sample::Index>()) {
        let bytes = strings.to_bytes().unwrap();
        let cut = cut.index(bytes.len());
        let error = Vec::<String>::from_bytes(&bytes[..cut]).unwrap_err();
        prop_assert!(
            matches!(error.kind(), DecodeErrorKind::UnexpectedEnd { .. } | DecodeErrorKind::LengthOutOfBounds { .. }),
            "{error:?}"
        );
        prop_assert!(error.offset() <= cut);
    }
}
