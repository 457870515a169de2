//! The answer of a function whose result type no constructor of its schema builds
//! (gotd's `http_wait ... = HttpWait;`, where the server answers with something else or
//! not at all): the call can be built and sent, no answer can be decoded.

use crate::{Decode, DecodeError, Reader};

/// No value: decoding reads the id and fails with
/// [`DecodeErrorKind::UnknownConstructor`](crate::DecodeErrorKind::UnknownConstructor)
/// (or with the end of input, when there is no id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoConstructor {}

impl Decode<'_> for NoConstructor {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let offset = reader.position();
        let id = reader.read_u32()?;
        Err(DecodeError::unknown_constructor(
            "a type without constructors",
            id,
            offset,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DecodeErrorKind;

    #[test]
    fn every_id_is_unknown() {
        let error = NoConstructor::from_bytes(&[1, 0, 0, 0]).unwrap_err();
        assert!(matches!(
            error.into_kind(),
            DecodeErrorKind::UnknownConstructor {
                id: 1,
                offset: 0,
                ..
            }
        ));
        assert!(NoConstructor::from_bytes(&[1, 0]).is_err());
    }
}
