//! [`Input`]: what decoding reads from. A byte slice, or a shared [`Bytes`] buffer whose
//! `Bytes` and [`SharedStr`](crate::SharedStr) values are then slices of it instead of
//! copies (see [`Reader`](crate::Reader)).

use bytes::Bytes;

/// The bytes a decode reads: made from `&[u8]`, `&Vec<u8>`, `&[u8; N]` or `&Bytes`
/// (`From`), so every entry point ([`Decode::from_bytes`](crate::Decode::from_bytes),
/// [`Reader::new`](crate::Reader::new),
/// [`RemoteCall::decode_answer`](crate::RemoteCall::decode_answer)) takes any of them.
///
/// Values borrowed by the decoded value (`&'a str`, `&'a [u8]` fields of borrowed
/// types) live as long as the input. From a `&Bytes`, the opt-in `Bytes`/`SharedStr`
/// fields share the buffer (a reference count, no copy); from the others they copy.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) source: Option<&'a Bytes>,
}

impl<'a> Input<'a> {
    /// The bytes to read.
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

impl<'a> From<&'a [u8]> for Input<'a> {
    #[inline]
    fn from(bytes: &'a [u8]) -> Self {
        Input {
            bytes,
            source: None,
        }
    }
}

impl<'a, 'b> From<&'a &'b [u8]> for Input<'b> {
    #[inline]
    fn from(bytes: &'a &'b [u8]) -> Self {
        Input::from(*bytes)
    }
}

impl<'a, const N: usize> From<&'a [u8; N]> for Input<'a> {
    #[inline]
    fn from(bytes: &'a [u8; N]) -> Self {
        Input::from(&bytes[..])
    }
}

impl<'a> From<&'a Vec<u8>> for Input<'a> {
    #[inline]
    fn from(bytes: &'a Vec<u8>) -> Self {
        Input::from(&bytes[..])
    }
}

/// A shared buffer: `Bytes` and `SharedStr` values decoded from it are slices of it.
impl<'a> From<&'a Bytes> for Input<'a> {
    #[inline]
    fn from(bytes: &'a Bytes) -> Self {
        Input {
            bytes,
            source: Some(bytes),
        }
    }
}
