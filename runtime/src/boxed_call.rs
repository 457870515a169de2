//! [`BoxedCall`]: a function call as a variant of a schema's `Function` enum (TON's
//! `function ? = Function;`, any call of the schema, written with its id).
//!
//! Function structs are always boxed: their encoding starts with their id. An enum writes
//! the id of its variant first and then the variant's value, and reads the id to choose
//! the variant; `BoxedCall` is the variant's value without that id, so the call's id is
//! written and read exactly once.

use crate::output::Skip;
use crate::{Decode, DecodeError, Encode, Identifiable, Output, ReadArgs, Reader};

/// A call held by a `Function` enum: its arguments (the call's encoding after its id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct BoxedCall<F>(pub F);

impl<F> From<F> for BoxedCall<F> {
    fn from(call: F) -> Self {
        BoxedCall(call)
    }
}

impl<F: Encode> Encode for BoxedCall<F> {
    fn write_to<O: Output>(&self, out: &mut O) {
        self.0.write_to(&mut Skip {
            inner: out as &mut dyn Output,
            skip: 4,
        });
    }
}

/// The call's id and name.
impl<F: Identifiable> Identifiable for BoxedCall<F> {
    const CONSTRUCTOR_ID: u32 = F::CONSTRUCTOR_ID;
    const NAME: &'static str = F::NAME;
}

/// TL-JSON: the call's fields (its enum writes the `"_"`).
#[cfg(feature = "json")]
impl<F: ::serde::Serialize> ::serde::Serialize for BoxedCall<F> {
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// TL-JSON: the call's fields.
#[cfg(feature = "json")]
impl<'de, F: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for BoxedCall<F> {
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        F::deserialize(deserializer).map(BoxedCall)
    }
}

/// The enum has read the id (and entered a nesting level); the call's arguments are read
/// in place, from the same reader, with no copy of the input.
impl<F: ReadArgs> Decode<'_> for BoxedCall<F> {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        F::read_args(reader).map(BoxedCall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A call `ping#01020304 id:int`.
    #[derive(Debug, PartialEq)]
    struct Ping(i32);

    impl Identifiable for Ping {
        const CONSTRUCTOR_ID: u32 = 0x0102_0304;
        const NAME: &'static str = "ping";
    }

    impl Encode for Ping {
        fn write_to<O: Output>(&self, out: &mut O) {
            Self::CONSTRUCTOR_ID.write_to(out);
            self.0.write_to(out);
        }
    }

    impl ReadArgs for Ping {
        fn read_args(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
            Ok(Ping(i32::read(reader)?))
        }
    }

    impl Decode<'_> for Ping {
        fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
            reader.expect_id(Self::CONSTRUCTOR_ID, Self::NAME)?;
            Self::read_args(reader)
        }
    }

    #[test]
    fn the_arguments_without_the_id() {
        let call = BoxedCall(Ping(7));
        assert_eq!(call.to_bytes().unwrap(), [7, 0, 0, 0]);
        let mut reader = Reader::new(&[7, 0, 0, 0, 9, 9]);
        assert_eq!(BoxedCall::<Ping>::read(&mut reader).unwrap(), call);
        assert_eq!(reader.rest(), [9, 9]);
        assert!(BoxedCall::<Ping>::from_bytes(&[7, 0]).is_err());
    }
}
