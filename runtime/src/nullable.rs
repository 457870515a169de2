//! TDLib's nullable objects (`Option<T>` fields the generator makes of parameters documented
//! "may be null" / "pass null") in TL's binary form, which has no null.
//!
//! TDLib's JSON says `null`, TL bytes cannot: a boxed object always starts with a
//! constructor id, a bare one with its first field, and no id or value means "absent"
//! without being mistaken for a real one (TDLib itself never writes these objects as TL
//! bytes: its clients speak JSON). So `Some(value)` is written as `value` is, and `None`
//! has no encoding: writing it fails with [`EncodeError::NullObject`] (before anything is
//! written, as every [`EncodeError`]). Reading always gives `Some`.
//!
//! These impls are for such fields only; `flags.N?T` parameters, also `Option`s, are
//! written by their flag bit instead (`write_optional`, `Reader::flagged`).

use crate::{Decode, DecodeError, Encode, EncodeError, Output, Reader};

impl<T: Encode> Encode for Option<T> {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        match self {
            Some(value) => value.write_to(out),
            None => out.fail(EncodeError::NullObject),
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Option<T> {
    #[inline]
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        T::read(reader).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn some_is_the_value_and_none_has_no_encoding() {
        assert_eq!(Some(7i32).to_bytes(), Ok(7i32.to_le_bytes().to_vec()));
        assert_eq!(None::<i32>.to_bytes(), Err(EncodeError::NullObject));
        let nested = vec![Some(1i32), None];
        assert_eq!(nested.check(), Err(EncodeError::NullObject));
        assert_eq!(Option::<i32>::from_bytes(&5i32.to_le_bytes()), Ok(Some(5)));
    }
}
