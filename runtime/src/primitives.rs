//! Fixed-size TL base types: `int` (`i32`), `long` (`i64`), `#` (`u32`), `double`
//! (`f64`), `int128` (`[u8; 16]`), `int256` (`[u8; 32]`) and the boxed `Bool` (`bool`).
//!
//! Numbers are little-endian (<https://core.telegram.org/mtproto/serialize>, "Base
//! Types"); `int128`/`int256` are kept as the raw 16/32 bytes in wire order.

use crate::{Decode, DecodeError, DecodeErrorKind, Encode, Output, Reader};

/// The id of `boolTrue#997275b5 = Bool;`.
pub const BOOL_TRUE_ID: u32 = 0x9972_75b5;

/// The id of `boolFalse#bc799737 = Bool;`.
pub const BOOL_FALSE_ID: u32 = 0xbc79_9737;

/// Implements both traits for a type with a fixed-size little-endian byte form.
macro_rules! fixed_le {
    ($($ty:ty => $size:literal),* $(,)?) => {$(
        impl Encode for $ty {
            #[inline]
            fn write_to<O: Output>(&self, out: &mut O) {
                out.put(&self.to_le_bytes());
            }
        }

        impl Decode<'_> for $ty {
            #[inline]
            fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
                reader.read_array::<$size>().map(<$ty>::from_le_bytes)
            }
        }
    )*};
}

fixed_le!(i32 => 4, u32 => 4, i64 => 8, f64 => 8);

/// Implements both traits for a raw byte array (`int128`, `int256`).
macro_rules! raw_array {
    ($($size:literal),*) => {$(
        impl Encode for [u8; $size] {
            #[inline]
            fn write_to<O: Output>(&self, out: &mut O) {
                out.put(self);
            }
        }

        impl Decode<'_> for [u8; $size] {
            #[inline]
            fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
                reader.read_array()
            }
        }
    )*};
}

raw_array!(16, 32);

impl Encode for bool {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(if *self { BOOL_TRUE_ID } else { BOOL_FALSE_ID });
    }
}

/// `Bool` is boxed: `boolTrue` or `boolFalse`; any other id is
/// [`DecodeErrorKind::InvalidBool`].
impl Decode<'_> for bool {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let offset = reader.position();
        match reader.read_u32()? {
            BOOL_TRUE_ID => Ok(true),
            BOOL_FALSE_ID => Ok(false),
            id => Err(DecodeErrorKind::InvalidBool { id, offset }.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The result with the error reduced to its kind.
    fn kind<T>(result: Result<T, DecodeError>) -> Result<T, DecodeErrorKind> {
        result.map_err(DecodeError::into_kind)
    }

    #[test]
    fn bool_ids_are_the_crc_of_their_declarations() {
        // The ids are fixed by api.tl; this guards against a typo in the constants.
        assert_eq!(true.to_bytes().unwrap(), [0xb5, 0x75, 0x72, 0x99]);
        assert_eq!(false.to_bytes().unwrap(), [0x37, 0x97, 0x79, 0xbc]);
    }

    #[test]
    fn other_ids_are_not_bools() {
        assert_eq!(
            kind(bool::from_bytes(&[0x39, 0xd3, 0xed, 0x3f])),
            Err(DecodeErrorKind::InvalidBool {
                id: 0x3fed_d339,
                offset: 0
            })
        );
    }
}
