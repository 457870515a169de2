//! The boxed `Vector<T>` (`Vec<T>`, `[T]`): the id `vector#1cb5c415`, a signed 32-bit
//! element count, then the elements, each boxed or bare as `T` is
//! (<https://core.telegram.org/mtproto/serialize>, "Built-In Composite Types").
//!
//! Also the element-list helpers shared with the bare [`RawVec`](crate::RawVec).
//! Decoding checks the count against the unread input before reserving memory, and
//! never reserves more bytes up front than the input left plus what remains of the
//! reader's reserve allowance (64 KiB per decode by default).

use crate::reader::MIN_ELEMENT_SIZE;
use crate::{Decode, DecodeError, Encode, EncodeError, Output, Reader};

/// The id of `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
pub const VECTOR_ID: u32 = 0x1cb5_c415;

/// Writes the count, then the elements; more than `i32::MAX` elements is
/// [`EncodeError::VectorTooLong`] (and nothing is written).
#[inline]
pub(crate) fn write_elements<T: Encode, O: Output>(items: &[T], out: &mut O) {
    let Ok(count) = i32::try_from(items.len()) else {
        out.fail(EncodeError::VectorTooLong { len: items.len() });
        return;
    };
    out.put(&count.to_le_bytes());
    for item in items {
        item.write_to(out);
    }
}

/// Reads the count, then that many elements.
///
/// `count` fits the input at 4 bytes per element; the reservation itself (count times
/// the in-memory size) stays within [`Reader::reservation`]'s budget.
#[inline]
pub(crate) fn read_elements<'a, T: Decode<'a>>(
    reader: &mut Reader<'a>,
) -> Result<Vec<T>, DecodeError> {
    let count = reader.read_count(MIN_ELEMENT_SIZE)?;
    let mut items = Vec::with_capacity(reader.reservation::<T>(count));
    for index in 0..count {
        items.push(T::read(reader).map_err(|error| error.at_index(index))?);
    }
    Ok(items)
}

impl<T: Encode> Encode for [T] {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(VECTOR_ID);
        write_elements(self, out);
    }
}

impl<T: Encode> Encode for Vec<T> {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        self.as_slice().write_to(out);
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Vec<T> {
    #[inline]
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        reader.expect_id(VECTOR_ID, "Vector")?;
        read_elements(reader)
    }
}
