//! `Box<T>`: the same bytes as `T`. Generated code boxes fields whose type contains
//! itself (`RichText` inside `textBold`), which Rust needs to give the type a size.
//! The depth of such nesting on input is bounded by [`Reader::nested`].

use bytes::BufMut;

use crate::{Decode, DecodeError, Encode, EncodeError, Reader};

impl<T: Encode + ?Sized> Encode for Box<T> {
    fn encoded_len(&self) -> Result<usize, EncodeError> {
        (**self).encoded_len()
    }

    fn write_raw<B: BufMut + ?Sized>(&self, buf: &mut B) {
        (**self).write_raw(buf);
    }
}

impl<T: Decode> Decode for Box<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        T::read(reader).map(Box::new)
    }
}
