//! Zero-copy decoding: a [`Reader`] over a shared [`Bytes`] buffer, and TL `bytes` as
//! [`Bytes`].
//!
//! A reader over a `&Bytes` [`Input`](crate::Input) (every entry point takes one:
//! [`Decode::from_bytes`](crate::Decode::from_bytes),
//! [`RemoteCall::decode_answer`](crate::RemoteCall::decode_answer), [`Reader::new`])
//! keeps a reference to the `Bytes` it reads. [`Bytes`] and [`SharedStr`](crate::SharedStr)
//! values read through it are slices of that buffer ([`Bytes::slice_ref`]): a reference
//! count goes up, nothing is copied. Read through a reader over a plain `&[u8]`, they
//! copy their data, like `Vec<u8>` and `String` always do.
//!
//! Everything else reads the same from both kinds of reader: the owned types
//! (`Vec<u8>`, `String`, numbers, vectors) never look at the shared source, so their
//! reads stay as they are.
//!
//! A shared value keeps the whole buffer alive, however small the value is; copy it
//! (`Vec::from(&value[..])`, `String::from(&*text)`) to keep a few bytes of a large
//! message for long.

use bytes::Bytes;

use crate::{Decode, DecodeError, Encode, Output, Reader};

impl<'a> Reader<'a> {
    /// Reads one `string`/`bytes` value as [`Bytes`]: a slice of the shared source if
    /// the reader has one, otherwise a copy.
    #[inline]
    pub fn read_bytes(&mut self) -> Result<Bytes, DecodeError> {
        // `read_data`, not `read_length_prefixed`: a second caller could make the
        // compiler stop inlining that one into `Vec<u8>`'s read.
        let (_, data) = self.read_data()?;
        Ok(self.share(data))
    }

    /// `data` (read from this reader) as [`Bytes`]: shared with the source, or copied.
    #[inline]
    pub(crate) fn share(&self, data: &'a [u8]) -> Bytes {
        match self.shared_source() {
            // `data` is a part of the input, which is the whole of `source`.
            Some(source) => source.slice_ref(data),
            None => Bytes::copy_from_slice(data),
        }
    }
}

/// TL `bytes` (or `string` kept as raw bytes): the same wire form as `Vec<u8>`.
impl Encode for Bytes {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        <[u8]>::write_to(self, out);
    }
}

/// TL `bytes`: shares the reader's source if it has one (see the module docs), copies
/// otherwise.
impl Decode<'_> for Bytes {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.read_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DecodeOptions;

    #[test]
    fn only_shared_readers_have_a_source() {
        let buf = Bytes::from_static(&[1, 7, 0, 0]);
        assert!(Reader::new(&buf[..]).shared_source().is_none());
        let reader = Reader::new(&buf);
        assert!(std::ptr::eq(reader.shared_source().unwrap(), &buf));
        let options = DecodeOptions::new().depth_limit(3).reserve_allowance(5);
        let reader = Reader::with_options(&buf, options);
        assert!(reader.shared_source().is_some());
        assert_eq!(reader.depth_limit(), 3);
        assert_eq!(reader.reserve_allowance(), 5);
        // A clone reads the same source.
        assert!(reader.clone().shared_source().is_some());
    }

    #[test]
    fn read_bytes_shares_or_copies() {
        let buf = Bytes::from(vec![3, b'a', b'b', b'c', 0, 0, 0, 0]);
        let mut reader = Reader::new(&buf);
        let value = reader.read_bytes().unwrap();
        assert_eq!(value, &b"abc"[..]);
        assert_eq!(value.as_ptr(), buf[1..].as_ptr());
        assert_eq!(reader.read_bytes().unwrap(), Bytes::new());
        assert_eq!(reader.remaining(), 0);

        let value = Reader::new(&buf[..]).read_bytes().unwrap();
        assert_eq!(value, &b"abc"[..]);
        assert_ne!(value.as_ptr(), buf[1..].as_ptr());
    }
}
