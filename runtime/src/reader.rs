//! [`Reader`]: a bounds-checked cursor over the input bytes that also carries the
//! decoder's safety budgets: the nesting depth of boxed values, the element counts of
//! vectors and the memory vectors may reserve ahead of their elements.

use bytes::Bytes;

use crate::{Decode, DecodeError, DecodeErrorKind, DecodeOptions, Input};

/// How many boxed values [`Reader::new`] lets nest inside each other.
pub const DEFAULT_DEPTH_LIMIT: usize = 64;

/// How many bytes of memory [`Reader::new`] lets the vectors of one decode reserve up
/// front, together, beyond the length of the unread input (see [`Reader::reservation`]).
pub const DEFAULT_RESERVE_ALLOWANCE: usize = 64 * 1024;

/// The fewest bytes one element of a vector takes on the wire: every TL value except
/// the empty `true` is made of 32-bit words.
pub const MIN_ELEMENT_SIZE: usize = 4;

/// A cursor over a byte slice, read front to back.
///
/// Every read checks the bounds first and fails with [`DecodeErrorKind::UnexpectedEnd`]
/// instead of panicking; offsets in errors count from the start of the slice. A failed
/// read of a single slice leaves the position unchanged; after a failed read of a
/// composite value (a string, a vector, a struct) the position is unspecified, so such
/// errors end the decode.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    /// The unread bytes. Keeping the rest (not the whole buffer and an index) makes a
    /// read one length comparison: slicing off a checked prefix needs no second check.
    rest: &'a [u8],
    /// The length of the whole input; the position is `len - rest.len()`.
    len: usize,
    depth: usize,
    depth_limit: usize,
    reserve_allowance: usize,
    /// The shared buffer the input is (whole), for the zero-copy reads of `Bytes` and
    /// `SharedStr` (see `shared.rs`); only those reads look at it.
    source: Option<&'a Bytes>,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `input` with the default [`DecodeOptions`] (the
    /// [`DEFAULT_DEPTH_LIMIT`] and [`DEFAULT_RESERVE_ALLOWANCE`]).
    #[inline]
    pub fn new(input: impl Into<Input<'a>>) -> Self {
        Self::with_options(input, DecodeOptions::new())
    }

    /// A reader at the start of `input` with the depth limit and reserve allowance of
    /// `options` (whether trailing bytes are allowed is up to the caller of
    /// [`Reader::finish`]).
    #[inline]
    pub fn with_options(input: impl Into<Input<'a>>, options: DecodeOptions) -> Self {
        let input = input.into();
        Self {
            rest: input.bytes,
            len: input.bytes.len(),
            depth: 0,
            depth_limit: options.depth_limit,
            reserve_allowance: options.reserve_allowance,
            source: input.source,
        }
    }

    /// The shared buffer this reader reads (its input was a `&Bytes`), or `None` for a
    /// reader over a plain slice.
    #[inline]
    pub(crate) fn shared_source(&self) -> Option<&'a Bytes> {
        self.source
    }

    /// The offset of the next unread byte.
    #[inline]
    pub fn position(&self) -> usize {
        self.len - self.rest.len()
    }

    /// How many bytes are left to read.
    #[inline]
    pub fn remaining(&self) -> usize {
        self.rest.len()
    }

    /// The unread bytes, without consuming them.
    #[inline]
    pub fn rest(&self) -> &'a [u8] {
        self.rest
    }

    /// The nesting depth this reader allows.
    #[inline]
    pub fn depth_limit(&self) -> usize {
        self.depth_limit
    }

    /// How many bytes of memory vectors may still reserve up front beyond the unread
    /// input (see [`Reader::reservation`]).
    #[cfg(test)]
    #[inline]
    pub(crate) fn reserve_allowance(&self) -> usize {
        self.reserve_allowance
    }

    /// Sets how many bytes of memory the vectors read from here on may reserve up front,
    /// together, beyond the unread input (see [`Reader::reservation`]).
    #[cfg(test)]
    #[inline]
    pub(crate) fn set_reserve_allowance(&mut self, bytes: usize) {
        self.reserve_allowance = bytes;
    }

    /// How many of `count` claimed elements of type `T` to reserve room for before
    /// reading them (the count itself is checked first, by [`Reader::check_count`]).
    ///
    /// All of them when their memory fits in the unread input's length, or in that plus
    /// what is left of the reserve allowance (which the excess then uses up); otherwise as
    /// many as fit in the unread input's length, and the vector grows as it reads. So
    /// no vector reserves more than the input left plus the allowance, and the parts of
    /// all reservations of one decode that go beyond the input left add up to at most
    /// the allowance: hostile counts cannot turn a short message into a large allocation.
    #[inline]
    pub(crate) fn reservation<T>(&mut self, count: usize) -> usize {
        let size = std::mem::size_of::<T>().max(1);
        let remaining = self.remaining();
        let wanted = count.saturating_mul(size);
        if wanted <= remaining {
            return count;
        }
        let excess = wanted - remaining;
        if excess <= self.reserve_allowance {
            self.reserve_allowance -= excess;
            return count;
        }
        remaining / size
    }

    /// Reads the next `len` bytes.
    #[inline]
    pub fn read_slice(&mut self, len: usize) -> Result<&'a [u8], DecodeError> {
        if len > self.rest.len() {
            return Err(self.unexpected_end(len));
        }
        let (slice, rest) = self.rest.split_at(len);
        self.rest = rest;
        Ok(slice)
    }

    /// Reads the next `N` bytes into an array.
    #[inline]
    pub fn read_array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        match self.rest.split_first_chunk::<N>() {
            Some((array, rest)) => {
                self.rest = rest;
                Ok(*array)
            }
            None => Err(self.unexpected_end(N)),
        }
    }

    /// [`DecodeErrorKind::UnexpectedEnd`] for a read of `needed` bytes here.
    #[cold]
    fn unexpected_end(&self, needed: usize) -> DecodeError {
        DecodeErrorKind::UnexpectedEnd {
            offset: self.position(),
            needed,
            remaining: self.rest.len(),
        }
        .into()
    }

    /// Reads a little-endian `u32` (a constructor id, a `#` value).
    #[inline]
    pub fn read_u32(&mut self) -> Result<u32, DecodeError> {
        self.read_array().map(u32::from_le_bytes)
    }

    /// Reads a constructor id and checks that it is `id`, the id of the constructor
    /// named `expected`; otherwise [`DecodeErrorKind::UnexpectedConstructor`].
    #[doc(hidden)]
    #[inline]
    pub fn expect_id(&mut self, id: u32, expected: &'static str) -> Result<(), DecodeError> {
        let offset = self.position();
        let found_id = self.read_u32()?;
        if found_id != id {
            return Err(DecodeErrorKind::UnexpectedConstructor {
                expected,
                expected_id: id,
                found_id,
                offset,
            }
            .into());
        }
        Ok(())
    }

    /// Reads the parameter `name` of the constructor or function `owner` (TL names); a
    /// failure adds both to the error's path (on the error path only). Called by generated
    /// code: this one call per parameter is all the naming a decode does.
    #[doc(hidden)]
    #[inline]
    pub fn field<T: Decode<'a>>(
        &mut self,
        owner: &'static str,
        name: &'static str,
    ) -> Result<T, DecodeError> {
        match T::read(self) {
            Ok(value) => Ok(value),
            Err(error) => Err(named(error, owner, name)),
        }
    }

    /// [`Reader::field`] of a flag-guarded parameter: read only when bit `bit` of the flag
    /// word `flags` is set.
    #[doc(hidden)]
    #[inline(always)]
    pub fn flagged<T: Decode<'a>>(
        &mut self,
        owner: &'static str,
        flags: u32,
        bit: u32,
        name: &'static str,
    ) -> Result<Option<T>, DecodeError> {
        if flags & (1 << bit) != 0 {
            self.field(owner, name).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Reads a boxed value's constructor id and enters one nesting level, as
    /// [`Reader::nested`] does; the caller dispatches on the id, then calls
    /// [`Reader::leave`]. Called by generated code.
    #[doc(hidden)]
    #[inline]
    pub fn enter_boxed(&mut self) -> Result<u32, DecodeError> {
        let id = self.read_u32()?;
        self.enter()?;
        Ok(id)
    }

    /// [`DecodeErrorKind::UnknownConstructor`] for the id `id` of type `ty` that
    /// [`Reader::enter_boxed`] just read. Called by generated code.
    #[doc(hidden)]
    #[cold]
    pub fn unknown_constructor<T>(&self, ty: &'static str, id: u32) -> Result<T, DecodeError> {
        Err(DecodeError::unknown_constructor(
            ty,
            id,
            self.position() - 4,
        ))
    }

    /// One nesting level deeper, or [`DecodeErrorKind::RecursionLimit`] past the limit.
    #[inline]
    fn enter(&mut self) -> Result<(), DecodeError> {
        if self.depth >= self.depth_limit {
            return Err(self.recursion_limit());
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves the nesting level [`Reader::enter_boxed`] entered.
    #[doc(hidden)]
    #[inline]
    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    /// [`DecodeErrorKind::RecursionLimit`] here.
    #[cold]
    fn recursion_limit(&self) -> DecodeError {
        DecodeErrorKind::RecursionLimit {
            offset: self.position(),
            limit: self.depth_limit,
        }
        .into()
    }

    /// Runs `f` one nesting level deeper. Every boxed-type read of generated code runs
    /// one level deeper (through [`Reader::enter_boxed`]), and hand-written decoders of
    /// boxed values should use this, so hostile input cannot nest values deep enough to
    /// exhaust the stack: past the depth limit, the read fails with
    /// [`DecodeErrorKind::RecursionLimit`].
    #[inline]
    pub fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<T, DecodeError> {
        self.enter()?;
        let result = f(self);
        self.leave();
        result
    }

    /// Checks that `count` elements of at least `min_elem_size` bytes each fit in the
    /// unread input, so a caller may reserve room for them; otherwise
    /// [`DecodeErrorKind::LengthOutOfBounds`]. A `min_elem_size` of 0 counts as 1, which
    /// keeps even a vector of empty values bounded by the input length.
    #[doc(hidden)]
    #[inline]
    pub fn check_count(&self, count: usize, min_elem_size: usize) -> Result<(), DecodeError> {
        let remaining = self.remaining();
        if count > remaining / min_elem_size.max(1) {
            return Err(DecodeErrorKind::LengthOutOfBounds {
                count,
                min_elem_size,
                remaining,
                offset: self.position(),
            }
            .into());
        }
        Ok(())
    }

    /// Reads a vector count (a signed 32-bit integer) and checks it against the unread
    /// input with [`Reader::check_count`]; negative counts are
    /// [`DecodeErrorKind::NegativeLength`].
    #[doc(hidden)]
    #[inline]
    pub fn read_count(&mut self, min_elem_size: usize) -> Result<usize, DecodeError> {
        let offset = self.position();
        let count = i32::from_le_bytes(self.read_array()?);
        let count = usize::try_from(count)
            .map_err(|_| DecodeErrorKind::NegativeLength { count, offset })?;
        self.check_count(count, min_elem_size)?;
        Ok(count)
    }

    /// Ends a whole-buffer decode: [`DecodeErrorKind::TrailingBytes`] if input is left.
    #[inline]
    pub fn finish(self) -> Result<(), DecodeError> {
        match self.remaining() {
            0 => Ok(()),
            remaining => Err(DecodeErrorKind::TrailingBytes {
                offset: self.position(),
                remaining,
            }
            .into()),
        }
    }
}

/// A failed read of parameter `name` of `owner`, with both in its path.
#[cold]
#[inline(never)]
fn named(error: DecodeError, owner: &'static str, name: &'static str) -> DecodeError {
    error.in_field(name).in_constructor(owner)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The result with the error reduced to its kind.
    fn kind<T>(result: Result<T, DecodeError>) -> Result<T, DecodeErrorKind> {
        result.map_err(DecodeError::into_kind)
    }

    /// Reads `levels` nested values, each one `nested` call deep.
    fn descend(reader: &mut Reader<'_>, levels: usize) -> Result<usize, DecodeError> {
        if levels == 0 {
            return Ok(reader.position());
        }
        reader.read_slice(1)?;
        reader.nested(|inner| descend(inner, levels - 1))
    }

    #[test]
    fn reads_advance_the_cursor() {
        let mut reader = Reader::new(&[1, 0, 0, 0, 9, 8, 7]);
        assert_eq!(reader.read_u32(), Ok(1));
        assert_eq!(reader.position(), 4);
        assert_eq!(reader.rest(), &[9, 8, 7]);
        assert_eq!(reader.read_array::<2>(), Ok([9, 8]));
        assert_eq!(reader.remaining(), 1);
        assert_eq!(
            kind(reader.clone().finish()),
            Err(DecodeErrorKind::TrailingBytes {
                offset: 6,
                remaining: 1
            })
        );
        assert_eq!(reader.read_slice(1), Ok(&[7][..]));
        assert_eq!(reader.finish(), Ok(()));
    }

    #[test]
    fn short_reads_fail_without_moving() {
        let mut reader = Reader::new(&[1, 2, 3]);
        let expected = DecodeErrorKind::UnexpectedEnd {
            offset: 0,
            needed: 4,
            remaining: 3,
        };
        assert_eq!(kind(reader.read_u32()), Err(expected));
        assert_eq!(reader.position(), 0);
        assert_eq!(reader.read_slice(usize::MAX).unwrap_err().offset(), 0);
    }

    #[test]
    fn expect_id_names_both_ids() {
        let mut reader = Reader::new(&[0x15, 0xc4, 0xb5, 0x1c, 1, 0, 0, 0]);
        assert_eq!(reader.expect_id(0x1cb5c415, "Vector"), Ok(()));
        assert_eq!(
            kind(reader.expect_id(0x1cb5c415, "Vector")),
            Err(DecodeErrorKind::UnexpectedConstructor {
                expected: "Vector",
                expected_id: 0x1cb5c415,
                found_id: 1,
                offset: 4,
            })
        );
    }

    #[test]
    fn nesting_stops_at_the_limit() {
        let input = [0u8; 10];
        assert_eq!(
            descend(
                &mut Reader::with_options(&input, crate::DecodeOptions::new().depth_limit(3)),
                3
            ),
            Ok(3)
        );
        assert_eq!(
            kind(descend(
                &mut Reader::with_options(&input, crate::DecodeOptions::new().depth_limit(3)),
                4
            )),
            Err(DecodeErrorKind::RecursionLimit {
                offset: 4,
                limit: 3
            })
        );
        let mut reader = Reader::new(&input);
        assert_eq!(
            kind(descend(&mut reader, DEFAULT_DEPTH_LIMIT)),
            Err(DecodeErrorKind::UnexpectedEnd {
                offset: 10,
                needed: 1,
                remaining: 0,
            })
        );
    }

    #[test]
    fn depth_is_restored_after_each_value() {
        let input = [0u8; 8];
        let mut reader = Reader::with_options(&input, crate::DecodeOptions::new().depth_limit(2));
        for _ in 0..4 {
            assert!(descend(&mut reader, 2).is_ok());
        }
        assert_eq!(reader.position(), 8);
    }

    #[test]
    fn counts_are_bounded_by_the_input() {
        let input = [0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0];
        assert_eq!(
            kind(Reader::new(&input).read_count(MIN_ELEMENT_SIZE)),
            Err(DecodeErrorKind::LengthOutOfBounds {
                count: 0x7fff_ffff,
                min_elem_size: 4,
                remaining: 4,
                offset: 4,
            })
        );
        let negative = [0xfe, 0xff, 0xff, 0xff];
        assert_eq!(
            kind(Reader::new(&negative).read_count(MIN_ELEMENT_SIZE)),
            Err(DecodeErrorKind::NegativeLength {
                count: -2,
                offset: 0
            })
        );
        let reader = Reader::new(&input);
        assert_eq!(reader.check_count(2, 4), Ok(()));
        assert_eq!(reader.check_count(8, 0), Ok(()));
        assert!(reader.check_count(9, 0).is_err());
        assert!(reader.check_count(3, 4).is_err());
    }

    #[test]
    fn reservations_beyond_the_input_share_one_allowance() {
        let input = [0_u8; 100];
        let mut reader = Reader::new(&input);
        reader.set_reserve_allowance(1000);
        // 10 elements of 8 bytes fit in the 100 bytes left: all, no allowance used.
        assert_eq!(reader.reservation::<u64>(10), 10);
        assert_eq!(reader.reserve_allowance(), 1000);
        // 25 x 32 = 800 bytes: 700 beyond the input, from the allowance.
        assert_eq!(reader.reservation::<[u8; 32]>(25), 25);
        assert_eq!(reader.reserve_allowance(), 300);
        // 400 beyond the input no longer fits: only what 100 bytes hold.
        assert_eq!(reader.reservation::<[u8; 20]>(25), 5);
        assert_eq!(reader.reserve_allowance(), 300);
        // 300 beyond still does, and uses the rest up.
        assert_eq!(reader.reservation::<[u8; 20]>(20), 20);
        assert_eq!(reader.reserve_allowance(), 0);
        assert_eq!(reader.reservation::<[u8; 20]>(6), 5);
        // Zero-sized elements count as one byte; absurd counts do not overflow.
        assert_eq!(reader.reservation::<()>(100), 100);
        assert_eq!(reader.reservation::<()>(usize::MAX), 100);
        assert_eq!(reader.reservation::<u64>(usize::MAX), 12);
    }

    #[test]
    fn the_reserve_allowance_comes_from_the_options() {
        let input = [0_u8; 8];
        assert_eq!(
            Reader::new(&input).reserve_allowance(),
            DEFAULT_RESERVE_ALLOWANCE
        );
        let options = crate::DecodeOptions::new().reserve_allowance(16);
        let mut reader = Reader::with_options(&input, options);
        assert_eq!(reader.reserve_allowance(), 16);
        // 4 x 8 bytes is 24 beyond the input, more than the 16 allowed; 3 x 8 is 16.
        assert_eq!(reader.reservation::<u64>(4), 1);
        assert_eq!(reader.reservation::<u64>(3), 3);
        assert_eq!(reader.reservation::<u64>(3), 1);
    }
}
