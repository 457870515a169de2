//! `()`: a `true` parameter outside a flag (TON's tontester `has_feature:true`). `true`
//! is an empty bare type (`true = True;`): the value takes no bytes and carries nothing.

use crate::{Decode, DecodeError, Encode, Output, Reader};

impl Encode for () {
    #[inline]
    fn write_to<O: Output>(&self, _out: &mut O) {}
}

impl Decode<'_> for () {
    #[inline]
    fn read(_reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bytes() {
        assert_eq!(().to_bytes().unwrap(), Vec::<u8>::new());
        <()>::from_bytes(&[]).unwrap();
        assert!(<()>::from_bytes(&[0]).is_err());
    }
}
