//! `Box<T>`: the same bytes as `T`. Generated code boxes fields whose type contains
//! itself (`RichText` inside `textBold`), which Rust needs to give the type a size.
//! The depth of such nesting on input is bounded by [`Reader::nested`].

use bytes::BufMut;

use crate::{DecodeError, Deserialize, EncodeError, Reader, Serialize};

impl<T: Serialize + ?Sized> Serialize for Box<T> {
    fn serialized_len(&self) -> usize {
        (**self).serialized_len()
    }

    fn checked_len(&self) -> Result<usize, EncodeError> {
        (**self).checked_len()
    }

    fn write_raw<B: BufMut + ?Sized>(&self, buf: &mut B) {
        (**self).write_raw(buf);
    }
}

impl<T: Deserialize> Deserialize for Box<T> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        T::read(reader).map(Box::new)
    }
}
