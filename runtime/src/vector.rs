//! The boxed `Vector<T>` (`Vec<T>`, `[T]`): the id `vector#1cb5c415`, a signed 32-bit
//! element count, then the elements, each boxed or bare as `T` is
//! (<https://core.telegram.org/mtproto/serialize>, "Built-In Composite Types").
//!
//! Also the element-list helpers shared with the bare [`RawVec`](crate::RawVec).
//! Decoding checks the count against the unread input before reserving memory, and
//! never reserves more bytes up front than the input left plus what remains of the
//! reader's reserve allowance (64 KiB per decode by default).

use bytes::BufMut;

use crate::reader::MIN_ELEMENT_SIZE;
use crate::{Decode, DecodeError, Encode, EncodeError, Reader};

/// The id of `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
pub const VECTOR_ID: u32 = 0x1cb5_c415;

/// Bytes taken by the count and the elements (not the id), once the count fits in an
/// `i32` and every element is valid.
#[inline]
pub(crate) fn elements_len<T: Encode>(items: &[T]) -> Result<usize, EncodeError> {
    if i32::try_from(items.len()).is_err() {
        return Err(EncodeError::VectorTooLong { len: items.len() });
    }
    items
        .iter()
        .try_fold(4, |len, item| Ok(len + item.encoded_len()?))
}

/// Writes the count, then the elements.
///
/// # Panics
/// If there are more than `i32::MAX` elements (which `check` reports first).
#[inline]
pub(crate) fn write_elements<T: Encode, B: BufMut + ?Sized>(items: &[T], buf: &mut B) {
    let count = i32::try_from(items.len())
        .expect("a TL vector holds at most i32::MAX elements; call check() first");
    buf.put_i32_le(count);
    for item in items {
        item.write_raw(buf);
    }
}

/// Reads the count, then that many elements.
///
/// `count` fits the input at 4 bytes per element; the reservation itself (count times
/// the in-memory size) stays within [`Reader::reservation`]'s budget.
#[inline]
pub(crate) fn read_elements<T: Decode>(reader: &mut Reader<'_>) -> Result<Vec<T>, DecodeError> {
    let count = reader.read_count(MIN_ELEMENT_SIZE)?;
    let mut items = Vec::with_capacity(reader.reservation::<T>(count));
    for index in 0..count {
        items.push(T::read(reader).map_err(|error| error.at_index(index))?);
    }
    Ok(items)
}

impl<T: Encode> Encode for [T] {
    #[inline]
    fn encoded_len(&self) -> Result<usize, EncodeError> {
        Ok(4 + elements_len(self)?)
    }

    #[inline]
    fn write_raw<B: BufMut + ?Sized>(&self, buf: &mut B) {
        buf.put_u32_le(VECTOR_ID);
        write_elements(self, buf);
    }
}

impl<T: Encode> Encode for Vec<T> {
    #[inline]
    fn encoded_len(&self) -> Result<usize, EncodeError> {
        self.as_slice().encoded_len()
    }

    #[inline]
    fn write_raw<B: BufMut + ?Sized>(&self, buf: &mut B) {
        self.as_slice().write_raw(buf);
    }
}

impl<T: Decode> Decode for Vec<T> {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.expect_id(VECTOR_ID, "Vector")?;
        read_elements(reader)
    }
}
