//! `Box<T>`: the same bytes as `T`. Generated code boxes fields whose type contains
//! itself (`RichText` inside `textBold`), which Rust needs to give the type a size.
//! The depth of such nesting on input is bounded by [`Reader::nested`].

use crate::{Decode, DecodeError, Encode, Output, Reader};

impl<T: Encode + ?Sized> Encode for Box<T> {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        (**self).write_to(out);
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Box<T> {
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        T::read(reader).map(Box::new)
    }
}
