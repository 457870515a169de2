//! Values with no valid encoding: `check` reports them, and every entry point fails
//! with the error (the one-pass ones leave their output as it was).

use tl_runtime::{Counter, Encode, EncodeError, Output, RawVec, MAX_STRING_LEN};

#[test]
fn the_longest_string_encodes() {
    let data = vec![7u8; MAX_STRING_LEN];
    assert_eq!(data.check(), Ok(()));
    // fe ff ff ff, 2^24 - 1 data bytes, one byte of padding.
    assert_eq!(data.encoded_len().unwrap(), (1 << 24) + 4);
    let bytes = data.to_bytes().unwrap();
    assert_eq!(bytes.len(), (1 << 24) + 4);
    assert_eq!(bytes[..5], [0xfe, 0xff, 0xff, 0xff, 7]);
    assert_eq!(bytes[bytes.len() - 2..], [7, 0]);
}

#[test]
fn strings_of_2_pow_24_bytes_have_no_encoding() {
    let data = vec![0u8; MAX_STRING_LEN + 1];
    let error = EncodeError::StringTooLong { len: 1 << 24 };
    assert_eq!(data.check(), Err(error.clone()));
    assert_eq!(data.to_bytes(), Err(error.clone()));
    let mut out = Vec::new();
    assert_eq!(data.encode(&mut out), Err(error.clone()));
    assert!(out.is_empty());
    // Inside a vector, the element's error comes out.
    assert_eq!(vec![Vec::new(), data].check(), Err(error.clone()));
    assert_eq!(
        error.to_string(),
        "expected a string or bytes value shorter than 16777216 bytes, found 16777216 bytes"
    );
    let text = String::from_utf8(vec![b'a'; MAX_STRING_LEN + 1]).unwrap();
    assert_eq!(
        text.check(),
        Err(EncodeError::StringTooLong { len: 1 << 24 })
    );
}

#[test]
fn an_unencodable_string_reports_itself_and_writes_nothing() {
    let data = vec![0u8; MAX_STRING_LEN + 1];
    let mut counter = Counter::new();
    data.write_to(&mut counter);
    assert_eq!(
        counter.finish(),
        Err(EncodeError::StringTooLong { len: 1 << 24 })
    );
    // In one pass, a failed value leaves a vector as it was, after what it held.
    let mut bytes = vec![1, 2, 3];
    let value = (vec![5u8], data);
    let error = EncodeError::StringTooLong { len: 1 << 24 };
    assert_eq!(value.0.encode_to_vec(&mut bytes), Ok(()));
    assert_eq!(bytes, [1, 2, 3, 1, 5, 0, 0]);
    assert_eq!(value.1.encode_to_vec(&mut bytes), Err(error));
    assert_eq!(bytes, [1, 2, 3, 1, 5, 0, 0]);
}

/// An element that takes no bytes, so a vector of more than `i32::MAX` costs nothing.
#[derive(Clone, Copy)]
struct Nothing;

impl Encode for Nothing {
    fn write_to<O: Output>(&self, _out: &mut O) {}
}

/// A vector of `len` zero-sized elements, made without touching each of them (a
/// `vec![Nothing; len]` loop over 2^31 elements takes seconds in debug builds).
// `uninit_vec` cannot tell that a zero-sized element has no bytes to leave uninitialized.
#[allow(clippy::uninit_vec)]
fn nothings(len: usize) -> Vec<Nothing> {
    let mut items = Vec::new();
    // SAFETY: `Nothing` is a zero-sized `Copy` type without invariants, so a vector of
    // it has capacity `usize::MAX` and every "element" is trivially initialized.
    unsafe { items.set_len(len) };
    items
}

#[test]
fn vectors_longer_than_i32_max_have_no_encoding() {
    let len = i32::MAX as usize + 1;
    let error = EncodeError::VectorTooLong { len };
    assert_eq!(nothings(len).check(), Err(error.clone()));
    assert_eq!(nothings(len).to_bytes(), Err(error.clone()));
    assert_eq!(RawVec(nothings(len)).check(), Err(error.clone()));
    assert_eq!(
        error.to_string(),
        "expected a vector of at most 2147483647 elements, found 2147483648 elements"
    );
    assert_eq!(RawVec(nothings(3)).to_bytes(), Ok(vec![3, 0, 0, 0]));
}

#[test]
fn buffer_too_small_and_flag_group_messages() {
    let mut out = [0u8; 3];
    let error = 5i32.encode(&mut out.as_mut_slice()).unwrap_err();
    assert_eq!(
        error,
        EncodeError::BufferTooSmall {
            needed: 4,
            remaining: 3
        }
    );
    assert_eq!(
        error.to_string(),
        "expected an output buffer with room for 4 bytes, found room for 3"
    );
    let error = EncodeError::FlagGroupMismatch {
        ty: "messages.exportChatInvite",
        flag: "flags.1",
        set: "solution",
        unset: "solution_entities",
    };
    assert_eq!(
        error.to_string(),
        "expected messages.exportChatInvite.solution and \
         messages.exportChatInvite.solution_entities (which share flags.1) to be both \
         present or both absent, found only solution present"
    );
}
