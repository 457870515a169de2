//! Where [`Encode::write_to`](crate::Encode::write_to) puts bytes: the [`Output`] trait
//! and its three implementations, a growing vector ([`VecOutput`]), a byte counter
//! ([`Counter`]) and any [`BufMut`] ([`BufOutput`]).
//!
//! Encoding walks a value once. A value that has no TL encoding (a string longer than
//! 2^24 - 1 bytes, a vector of more than `i32::MAX` elements, parameters sharing a flag
//! bit set apart) is reported to the output with [`Output::fail`] where it is found; the
//! walk goes on, and the encoding as a whole fails with the first such error. So the
//! generated writers are straight-line code, with no `Result` per field.

use bytes::BufMut;

use crate::EncodeError;

/// A sink for the bytes of a value, and for the reason it cannot be written.
pub trait Output {
    /// Appends `bytes`.
    fn put(&mut self, bytes: &[u8]);

    /// Records that the value being written has no TL encoding. The first error is kept;
    /// what is written after it does not matter, since the encoding fails as a whole.
    fn fail(&mut self, error: EncodeError);

    /// Appends a little-endian `u32` (a constructor id, a flag word).
    #[inline]
    fn put_u32(&mut self, value: u32) {
        self.put(&value.to_le_bytes());
    }

    /// Appends `header`, then `data`, then zero bytes up to a multiple of 4 of what the
    /// two take (the wire form of a `string`/`bytes` value, with its length header).
    #[inline]
    fn put_padded(&mut self, header: &[u8], data: &[u8]) {
        self.put(header);
        self.put(data);
        self.put(&[0; 3][..padding(header.len() + data.len())]);
    }
}

/// Zero bytes that follow `used` bytes to end on a multiple of 4.
#[inline]
pub(crate) fn padding(used: usize) -> usize {
    used.wrapping_neg() % 4
}

impl<O: Output + ?Sized> Output for &mut O {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        (**self).put(bytes);
    }

    #[inline]
    fn fail(&mut self, error: EncodeError) {
        (**self).fail(error);
    }

    #[inline]
    fn put_u32(&mut self, value: u32) {
        (**self).put_u32(value);
    }

    #[inline]
    fn put_padded(&mut self, header: &[u8], data: &[u8]) {
        (**self).put_padded(header, data);
    }
}

/// Appends to a vector, growing it as needed: the one-pass output of
/// [`Encode::to_bytes`](crate::Encode::to_bytes) and
/// [`Encode::encode_to_vec`](crate::Encode::encode_to_vec).
#[derive(Debug)]
pub struct VecOutput<'a> {
    bytes: &'a mut Vec<u8>,
    error: Option<EncodeError>,
}

impl<'a> VecOutput<'a> {
    /// An output appending to `bytes`.
    #[inline]
    pub fn new(bytes: &'a mut Vec<u8>) -> Self {
        VecOutput { bytes, error: None }
    }

    /// The first error reported, if any.
    #[inline]
    pub fn finish(self) -> Result<(), EncodeError> {
        match self.error {
            None => Ok(()),
            Some(error) => Err(error),
        }
    }
}

impl Output for VecOutput<'_> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// One capacity check for the three parts; the padding is written as a whole zero
    /// word (its bytes past the padding are beyond the new length, in reserved room).
    #[inline]
    fn put_padded(&mut self, header: &[u8], data: &[u8]) {
        let used = header.len() + data.len();
        let start = self.bytes.len();
        // `used + 4` cannot overflow: both slices are in memory, so each is shorter
        // than `isize::MAX` bytes.
        self.bytes.reserve(used + 4);
        // SAFETY: the reserve leaves room for `used + 4` bytes from `start`; the header,
        // the data and the zero word are written inside that room, and the new length,
        // `start + used + padding(used)`, counts only initialized bytes (padding <= 3).
        unsafe {
            let at = self.bytes.as_mut_ptr().add(start);
            std::ptr::copy_nonoverlapping(header.as_ptr(), at, header.len());
            std::ptr::copy_nonoverlapping(data.as_ptr(), at.add(header.len()), data.len());
            at.add(used).cast::<[u8; 4]>().write_unaligned([0; 4]);
            self.bytes.set_len(start + used + padding(used));
        }
    }

    #[cold]
    fn fail(&mut self, error: EncodeError) {
        self.error.get_or_insert(error);
    }
}

/// Counts bytes instead of keeping them: the exact length of an encoding, and whether
/// there is one ([`Encode::encoded_len`](crate::Encode::encoded_len)).
#[derive(Debug, Default)]
pub struct Counter {
    len: usize,
    error: Option<EncodeError>,
}

impl Counter {
    /// A counter at zero.
    #[inline]
    pub fn new() -> Self {
        Counter::default()
    }

    /// The bytes counted, or the first error reported.
    #[inline]
    pub fn finish(self) -> Result<usize, EncodeError> {
        match self.error {
            None => Ok(self.len),
            Some(error) => Err(error),
        }
    }
}

impl Output for Counter {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.len += bytes.len();
    }

    #[cold]
    fn fail(&mut self, error: EncodeError) {
        self.error.get_or_insert(error);
    }
}

/// Writes into a [`BufMut`] that was checked to have room for the whole value (see
/// [`Encode::encode`](crate::Encode::encode), which counts first).
#[derive(Debug)]
pub struct BufOutput<'a, B: BufMut + ?Sized> {
    buf: &'a mut B,
    error: Option<EncodeError>,
}

impl<'a, B: BufMut + ?Sized> BufOutput<'a, B> {
    /// An output writing into `buf`.
    #[inline]
    pub fn new(buf: &'a mut B) -> Self {
        BufOutput { buf, error: None }
    }

    /// The first error reported, if any.
    #[inline]
    pub fn finish(self) -> Result<(), EncodeError> {
        match self.error {
            None => Ok(()),
            Some(error) => Err(error),
        }
    }
}

impl<B: BufMut + ?Sized> Output for BufOutput<'_, B> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.buf.put_slice(bytes);
    }

    #[cold]
    fn fail(&mut self, error: EncodeError) {
        self.error.get_or_insert(error);
    }
}

/// Passes everything on to `inner` but the first `skip` bytes: a function written
/// without its constructor id ([`BoxedCall`](crate::BoxedCall)), without a copy. Not
/// generic over the output, so a call holding calls (TON's `Function` inside a function)
/// does not nest the type once per level.
pub(crate) struct Skip<'a> {
    pub inner: &'a mut dyn Output,
    pub skip: usize,
}

impl Output for Skip<'_> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        let skipped = self.skip.min(bytes.len());
        self.skip -= skipped;
        self.inner.put(&bytes[skipped..]);
    }

    #[inline]
    fn fail(&mut self, error: EncodeError) {
        self.inner.fail(error);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_error_is_kept() {
        let mut bytes = Vec::new();
        let mut out = VecOutput::new(&mut bytes);
        out.put(&[1, 2]);
        out.fail(EncodeError::VectorTooLong { len: 1 });
        out.fail(EncodeError::StringTooLong { len: 2 });
        out.put_u32(7);
        assert_eq!(out.finish(), Err(EncodeError::VectorTooLong { len: 1 }));
        let mut counter = Counter::new();
        counter.put(&[0; 5]);
        counter.put_u32(1);
        assert_eq!(counter.finish(), Ok(9));
    }

    #[test]
    fn skip_drops_a_prefix_across_puts() {
        let mut bytes = Vec::new();
        let mut out = VecOutput::new(&mut bytes);
        let mut skip = Skip {
            inner: &mut out,
            skip: 3,
        };
        skip.put(&[1, 2]);
        skip.put(&[3, 4, 5]);
        skip.put_u32(0x0908_0706);
        out.finish().unwrap();
        assert_eq!(bytes, [4, 5, 6, 7, 8, 9]);
    }

    /// Every data length around the padding and header boundaries.
    fn lengths() -> impl Iterator<Item = usize> {
        (0..=9).chain([253, 254, 255, 256, 300, 301, 302, 303])
    }

    #[test]
    fn put_padded_writes_what_three_puts_write() {
        for len in lengths() {
            let data: Vec<u8> = (0..len).map(|i| i as u8 | 1).collect();
            for header in [&[7][..], &[254, 1, 2, 3][..]] {
                let mut fast = vec![9; 5];
                VecOutput::new(&mut fast).put_padded(header, &data);
                let mut plain = vec![9; 5];
                let mut out = Skip {
                    inner: &mut VecOutput::new(&mut plain),
                    skip: 0,
                };
                out.put_padded(header, &data);
                assert_eq!(fast, plain, "data length {len}");
                assert_eq!((fast.len() - 5) % 4, 0);
                let mut counter = Counter::new();
                counter.put_padded(header, &data);
                assert_eq!(counter.finish(), Ok(fast.len() - 5));
            }
        }
    }

    #[test]
    fn the_predicted_length_is_the_written_length() {
        use crate::Encode;
        for len in lengths() {
            let strings: Vec<String> = (0..40).map(|i| "x".repeat(len + i)).collect();
            let bytes = strings.to_bytes().unwrap();
            assert_eq!(strings.encoded_len(), Ok(bytes.len()), "length {len}");
            let mut buf = Vec::with_capacity(bytes.len());
            strings.encode(&mut buf).unwrap();
            assert_eq!(buf, bytes);
        }
    }

    #[test]
    fn a_long_string_inside_a_large_value_still_fails() {
        use crate::Encode;
        let mut strings: Vec<String> = (0..50).map(|i| "y".repeat(i * 7)).collect();
        strings.push("z".repeat(crate::MAX_STRING_LEN + 1));
        strings.push("after".to_owned());
        let error = EncodeError::StringTooLong {
            len: crate::MAX_STRING_LEN + 1,
        };
        assert_eq!(strings.to_bytes(), Err(error.clone()));
        let mut bytes = vec![1, 2, 3];
        assert_eq!(strings.encode_to_vec(&mut bytes), Err(error));
        assert_eq!(bytes, [1, 2, 3]);
    }
}
