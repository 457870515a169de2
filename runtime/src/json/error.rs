//! [`JsonError`]: why TL bytes could not become TL-JSON, or TL-JSON TL bytes.

use std::fmt;

use crate::{DecodeError, EncodeError};

/// An error of the TL-JSON conversions of a generated `registry` (TL bytes <-> TL-JSON text).
///
/// [`JsonError::Decode`] and [`JsonError::Encode`] print the error inside (an
/// [`EncodeError::FlagGroupMismatch`] with the parameter's path in front), so
/// [`source`](std::error::Error::source) is that error's own source, not the error itself:
/// a chain of sources prints each message once, as with [`CallError`](crate::CallError).
#[non_exhaustive]
#[derive(Debug)]
pub enum JsonError {
    /// The hex text holds something other than pairs of hex digits.
    Hex {
        /// Character position (0-based) of the first bad character, or the length for an
        /// odd number of digits.
        position: usize,
        /// What was found there.
        found: String,
    },
    /// The bytes start with an id that no boxed constructor or function of the set has.
    UnknownId {
        /// The id that was found (at byte offset 0).
        id: u32,
    },
    /// The type asked for (`decode_json_as`) is neither a primitive, a boxed type or a
    /// constructor of the set, nor a `Vector<T>`/`vector<T>` of one.
    UnknownType {
        /// The type as it was given (the innermost unknown name of a vector).
        name: String,
    },
    /// The bytes are not a valid value of the type their id names.
    Decode(DecodeError),
    /// The JSON is not TL-JSON of a value of the set.
    Json {
        /// Where in the object (`peer.channel_id`), empty at the top level.
        path: String,
        /// What was wrong (serde's message, with the line and column).
        message: String,
    },
    /// The value has no TL encoding (a shared flag bit with only one of its parameters).
    Encode(EncodeError),
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Hex { position, found } => write!(
                f,
                "expected hex digits (two per byte) at character {position}, found {found}"
            ),
            Self::UnknownId { id } => write!(
                f,
                "expected the id of a boxed constructor or function of this set at byte \
                 offset 0, found unknown id {id:#010x}"
            ),
            Self::UnknownType { name } => write!(
                f,
                "expected a type or constructor of this set, a primitive (int, long, double, \
                 string, bytes, int128, int256, Bool) or Vector<T>/vector<T> of one, found \
                 unknown type `{name}`"
            ),
            Self::Decode(error) => error.fmt(f),
            Self::Json { path, message } if path.is_empty() || path == "." => f.write_str(message),
            Self::Json { path, message } => write!(f, "in `{path}`: {message}"),
            Self::Encode(error @ EncodeError::FlagGroupMismatch { set, .. }) => {
                write!(f, "in `{set}`: {error}")
            }
            Self::Encode(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for JsonError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => error.source(),
            Self::Encode(error) => error.source(),
            _ => None,
        }
    }
}

impl From<DecodeError> for JsonError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}

impl From<EncodeError> for JsonError {
    fn from(error: EncodeError) -> Self {
        Self::Encode(error)
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error;

    use super::*;
    use crate::DecodeErrorKind;

    #[test]
    fn the_error_inside_prints_once() {
        let kind = DecodeErrorKind::TrailingBytes {
            offset: 4,
            remaining: 1,
        };
        let decode = JsonError::from(DecodeError::from(kind.clone()));
        assert_eq!(decode.to_string(), kind.to_string());
        assert!(decode.source().is_none());
        let flags = JsonError::from(EncodeError::FlagGroupMismatch {
            ty: "messages.getExportedChatInvites",
            flag: "flags.2",
            set: "offset_date",
            unset: "offset_link",
        });
        assert_eq!(
            flags.to_string(),
            "in `offset_date`: expected messages.getExportedChatInvites.offset_date and \
             messages.getExportedChatInvites.offset_link (which share flags.2) to be both \
             present or both absent, found only offset_date present"
        );
        assert!(flags.source().is_none());
        let encode = JsonError::from(EncodeError::StringTooLong { len: 1 << 24 });
        assert_eq!(
            encode.to_string(),
            EncodeError::StringTooLong { len: 1 << 24 }.to_string()
        );
        assert!(encode.source().is_none());
    }
}
