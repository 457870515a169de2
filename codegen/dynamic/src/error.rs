//! The errors of the codec: [`Error`] for a whole conversion, [`DecodeError`] for bytes
//! that are not a value of the schema.
//!
//! The texts are those of generated bindings (`tl_runtime::json::JsonError`,
//! `tl_runtime::DecodeError`), so a tool can switch between the two without its users
//! noticing: what was expected, what was found, at which byte offset (bytes) or line and
//! column (JSON), along which path of fields.

use std::fmt;

/// The most path segments [`DecodeError`] writes out in full (as the runtime does).
const PATH_TEXT_LIMIT: usize = tl_runtime::PATH_TEXT_LIMIT;

/// Why a conversion failed.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The hex text holds something other than pairs of hex digits ([`crate::from_hex`]).
    Hex {
        /// Character position (0-based) of the first bad character, or the length for an
        /// odd number of digits.
        position: usize,
        /// What was found there.
        found: String,
    },
    /// The bytes start with an id that no constructor or function of the schema has.
    UnknownId {
        /// The id found at byte offset 0.
        id: u32,
    },
    /// The type named for [`Codec::decode_as`](crate::Codec::decode_as) is no scalar,
    /// boxed type or constructor of the schema, nor a `Vector<T>`/`vector<T>` of one.
    UnknownType {
        /// The (innermost) unknown name.
        name: String,
    },
    /// The bytes are not a value of the schema.
    Decode(DecodeError),
    /// The JSON is not TL-JSON of a value of the schema.
    Json {
        /// Where in the object (`peer.channel_id`), empty at the top level.
        path: String,
        /// What was wrong (serde's message, with the line and column).
        message: String,
    },
    /// Two parameters share a flag bit but only one of them is given: no flag word
    /// describes that.
    FlagGroup {
        /// The path of the parameter that is given (`offset_date`, `peer.x`).
        path: String,
        /// The constructor or function.
        ty: String,
        /// The shared bit (`flags.2`).
        flag: String,
        /// The parameter that is given.
        set: String,
        /// The parameter that is not.
        unset: String,
    },
}

impl fmt::Display for Error {
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
            Self::Json { path, message } if path.is_empty() => f.write_str(message),
            Self::Json { path, message } => write!(f, "in `{path}`: {message}"),
            Self::FlagGroup {
                path,
                ty,
                flag,
                set,
                unset,
            } => write!(
                f,
                "in `{path}`: expected {ty}.{set} and {ty}.{unset} (which share {flag}) to be \
                 both present or both absent, found only {set} present"
            ),
        }
    }
}

/// [`Error::Decode`] prints the [`DecodeError`] inside, so its source is that error's own
/// source (none), not the error itself: a chain of sources prints each message once.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => error.source(),
            _ => None,
        }
    }
}

impl From<DecodeError> for Error {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}

/// What was wrong with the bytes, and where.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// A reason the runtime reports too (truncation, a bad length or count, a bad `Bool`,
    /// invalid UTF-8, trailing bytes, nesting too deep, ...).
    Wire(tl_runtime::DecodeErrorKind),
    /// A boxed value of type `ty` started with an id none of its constructors has.
    UnknownConstructor {
        /// The TL type (`InputPeer`; `Object` for any constructor).
        ty: String,
        /// The id found.
        id: u32,
        /// Where the id starts.
        offset: usize,
    },
    /// The query of a `!X` parameter started with an id no call or constructor has.
    UnknownQuery {
        /// The id found.
        id: u32,
        /// Where the id starts.
        offset: usize,
    },
    /// A value of a type this codec does not interpret (a generic application).
    Unsupported {
        /// The type as the schema writes it.
        ty: String,
        /// Where the value starts.
        offset: usize,
    },
}

impl DecodeErrorKind {
    /// The byte offset the error refers to.
    pub fn offset(&self) -> usize {
        match self {
            Self::Wire(kind) => kind.offset(),
            Self::UnknownConstructor { offset, .. }
            | Self::UnknownQuery { offset, .. }
            | Self::Unsupported { offset, .. } => *offset,
        }
    }
}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Wire(kind) => kind.fmt(f),
            Self::UnknownConstructor { ty, id, offset } => write!(
                f,
                "expected a constructor of type {ty} at byte offset {offset}, \
                 found unknown id {id:#010x}"
            ),
            Self::UnknownQuery { id, offset } => write!(
                f,
                "expected a call or constructor of this schema (a `!X` query) at byte offset \
                 {offset}, found unknown id {id:#010x}"
            ),
            Self::Unsupported { ty, offset } => write!(
                f,
                "expected a type this codec reads at byte offset {offset}, found a value of \
                 `{ty}`"
            ),
        }
    }
}

/// One step of the path to the value that failed to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Inside this constructor or function (TL name).
    Constructor(String),
    /// Inside this parameter (TL name).
    Field(String),
    /// Inside this element of a vector.
    Index(usize),
}

/// Bytes that are not a value of the schema: the reason (with its byte offset) and the path
/// of values being read, rendered as one line, `path: reason`:
///
/// ```text
/// messages.exportChatInvite.peer: expected a constructor of type InputPeer at byte offset 8, found unknown id 0xdeadbeef
/// ```
///
/// The rendered path names the outermost constructor or function, then parameters and
/// vector indices; [`DecodeError::path`] also has the inner constructors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
    /// Innermost first (the order segments are added while the error propagates).
    path: Vec<PathSegment>,
}

impl DecodeError {
    /// Why the decode failed.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.kind
    }

    /// The byte offset the error refers to.
    pub fn offset(&self) -> usize {
        self.kind.offset()
    }

    /// The path of values being read, outermost first.
    pub fn path(&self) -> impl DoubleEndedIterator<Item = &PathSegment> + '_ {
        self.path.iter().rev()
    }

    /// The path as `Display` renders it (empty at the top level).
    pub fn path_text(&self) -> String {
        let shown: Vec<&PathSegment> = self
            .path()
            .enumerate()
            .filter(|&(i, segment)| i == 0 || !matches!(segment, PathSegment::Constructor(_)))
            .map(|(_, segment)| segment)
            .collect();
        let half = PATH_TEXT_LIMIT / 2;
        let mut text = String::new();
        for (i, segment) in shown.iter().enumerate() {
            if shown.len() > PATH_TEXT_LIMIT && i >= half && i < shown.len() - half {
                if i == half {
                    text.push_str(&format!(".({} more)", shown.len() - 2 * half));
                }
                continue;
            }
            match segment {
                PathSegment::Constructor(name) | PathSegment::Field(name) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(name);
                }
                PathSegment::Index(index) => text.push_str(&format!("[{index}]")),
            }
        }
        text
    }

    /// Adds `segment` as the next outer step of the path.
    #[cold]
    pub(crate) fn within(mut self, segment: PathSegment) -> Self {
        self.path.push(segment);
        self
    }
}

impl From<DecodeErrorKind> for DecodeError {
    fn from(kind: DecodeErrorKind) -> Self {
        DecodeError {
            kind,
            path: Vec::new(),
        }
    }
}

impl From<tl_runtime::DecodeErrorKind> for DecodeError {
    fn from(kind: tl_runtime::DecodeErrorKind) -> Self {
        DecodeErrorKind::Wire(kind).into()
    }
}

/// A failed read of the runtime's [`Reader`](tl_runtime::Reader): its reasons carry no
/// path (only generated code adds one).
impl From<tl_runtime::DecodeError> for DecodeError {
    fn from(error: tl_runtime::DecodeError) -> Self {
        error.into_kind().into()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path_text();
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        self.kind.fmt(f)
    }
}

impl std::error::Error for DecodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_names_the_outermost_constructor_then_fields() {
        let error = DecodeError::from(DecodeErrorKind::UnknownConstructor {
            ty: "UserStatus".into(),
            id: 0x12345678,
            offset: 412,
        })
        .within(PathSegment::Field("status".into()))
        .within(PathSegment::Constructor("user".into()))
        .within(PathSegment::Index(3))
        .within(PathSegment::Field("users".into()))
        .within(PathSegment::Constructor(
            "messages.exportedChatInvites".into(),
        ));
        assert_eq!(
            error.to_string(),
            "messages.exportedChatInvites.users[3].status: expected a constructor of type \
             UserStatus at byte offset 412, found unknown id 0x12345678"
        );
        assert_eq!(error.offset(), 412);
        assert_eq!(error.path().count(), 5);
    }

    #[test]
    fn a_decode_error_prints_once() {
        let inner = DecodeError::from(DecodeErrorKind::UnknownConstructor {
            ty: "UserStatus".into(),
            id: 0x12345678,
            offset: 412,
        })
        .within(PathSegment::Field("status".into()));
        let error = Error::from(inner.clone());
        assert_eq!(error.to_string(), inner.to_string());
        assert!(std::error::Error::source(&error).is_none());
        assert!(std::error::Error::source(&inner).is_none());
    }

    #[test]
    fn long_paths_keep_both_ends() {
        let mut error = DecodeError::from(DecodeErrorKind::Unsupported {
            ty: "IntHash int".into(),
            offset: 0,
        });
        for _ in 0..40 {
            error = error.within(PathSegment::Field("a".into()));
        }
        let text = error.path_text();
        assert!(text.contains(".(8 more)."), "{text}");
    }
}
