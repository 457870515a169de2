//! The two error types of the runtime: [`DecodeError`] (reading TL bytes) and
//! [`EncodeError`] (a value that has no valid TL encoding, or no room to write it).
//!
//! A [`DecodeError`] is a [`DecodeErrorKind`] (a flat enum: what was expected, what was
//! found, the byte offset from the start of the buffer given to the
//! [`Reader`](crate::Reader)) plus the path of fields being read when it happened.
//! `Display` renders both as one line:
//!
//! ```text
//! messages.exportedChatInvites.users[3].status: expected a constructor of type UserStatus at byte offset 412, found unknown id 0x12345678
//! ```
//!
//! The path is built on the error path only: each generated field read, vector element
//! and enum variant adds its segment with a `#[cold]` call after the inner read failed,
//! so decoding valid input does no extra work. The error is one pointer wide (the kind
//! and path live in one heap allocation made when the error is created), which keeps
//! `Result<T, DecodeError>` small on the happy path.

use std::fmt;

use crate::error_kind::DecodeErrorKind;

/// The most path segments [`DecodeError::path_text`] writes out in full.
pub const PATH_TEXT_LIMIT: usize = 32;

/// One step of the path to the value that failed to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSegment {
    /// Inside the constructor or function with this TL name (`"messages.exportedChatInvites"`),
    /// added by the enum of a boxed type when it dispatches to a constructor, and by a
    /// function's own decoder.
    Constructor(&'static str),
    /// Inside the parameter with this TL name (`"users"`).
    Field(&'static str),
    /// Inside the element with this index of a vector.
    Index(usize),
}

/// Why a byte sequence could not be read as a TL value: the [`DecodeErrorKind`] (with its
/// byte offset) and the path of fields being read, outermost first.
///
/// `Display` is one line, `path: reason`, e.g.
/// `messages.exportedChatInvites.users[3].status: expected a constructor of type
/// UserStatus at byte offset 412, found unknown id 0x12345678`. In the rendered path a
/// constructor name is shown only when it is the outermost segment (the field names that
/// follow identify the inner constructors); [`DecodeError::path`] has every segment.
#[derive(Clone, PartialEq, Eq)]
pub struct DecodeError(Box<Inner>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: DecodeErrorKind,
    /// Innermost first (the order segments are added while the error propagates).
    path: Vec<PathSegment>,
}

impl DecodeError {
    /// Why the decode failed, with the byte offset.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.0.kind
    }

    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> DecodeErrorKind {
        self.0.kind
    }

    /// The byte offset the error refers to (counted from the start of the input).
    pub fn offset(&self) -> usize {
        self.0.kind.offset()
    }

    /// The path of values being read, outermost first.
    pub fn path(&self) -> impl DoubleEndedIterator<Item = PathSegment> + '_ {
        self.0.path.iter().rev().copied()
    }

    /// The path as `Display` renders it (empty when the error happened at the top level),
    /// e.g. `messages.exportedChatInvites.users[3].status`. A path of more than
    /// [`PATH_TEXT_LIMIT`] shown segments (hostile nesting) renders its first and last
    /// halves around a `(N more)` marker.
    pub fn path_text(&self) -> String {
        // Shown: the outermost segment whatever it is, then fields and indices.
        let shown: Vec<PathSegment> = self
            .path()
            .enumerate()
            .filter(|&(i, segment)| i == 0 || !matches!(segment, PathSegment::Constructor(_)))
            .map(|(_, segment)| segment)
            .collect();
        let half = PATH_TEXT_LIMIT / 2;
        let mut text = String::new();
        for (i, &segment) in shown.iter().enumerate() {
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

    /// Adds the parameter `name` as the next outer path segment (generated code calls this
    /// when reading a field failed).
    #[cold]
    #[inline(never)]
    #[must_use]
    pub fn in_field(self, name: &'static str) -> Self {
        self.push(PathSegment::Field(name))
    }

    /// Adds the vector index `index` as the next outer path segment.
    #[cold]
    #[inline(never)]
    #[must_use]
    pub fn at_index(self, index: usize) -> Self {
        self.push(PathSegment::Index(index))
    }

    /// Adds the constructor or function `name` (TL name) as the next outer path segment.
    #[cold]
    #[inline(never)]
    #[must_use]
    pub fn in_constructor(self, name: &'static str) -> Self {
        self.push(PathSegment::Constructor(name))
    }

    /// [`DecodeErrorKind::UnknownConstructor`], for generated enum decoders.
    #[doc(hidden)]
    #[cold]
    #[inline(never)]
    pub fn unknown_constructor(ty: &'static str, id: u32, offset: usize) -> Self {
        DecodeErrorKind::UnknownConstructor { ty, id, offset }.into()
    }

    fn push(mut self, segment: PathSegment) -> Self {
        self.0.path.push(segment);
        self
    }
}

impl From<DecodeErrorKind> for DecodeError {
    #[cold]
    #[inline(never)]
    fn from(kind: DecodeErrorKind) -> Self {
        Self(Box::new(Inner {
            kind,
            path: Vec::new(),
        }))
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("kind", &self.0.kind)
            .field("path", &self.path_text())
            .finish()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path_text();
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        fmt::Display::fmt(&self.0.kind, f)
    }
}

impl std::error::Error for DecodeError {}

/// Why a value could not be written as TL bytes.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The output buffer has less room than the encoding needs.
    BufferTooSmall {
        /// Bytes the encoding takes.
        needed: usize,
        /// Bytes of room the buffer had.
        remaining: usize,
    },
    /// A `string` or `bytes` value is 2^24 bytes or longer (the longest length TL can
    /// express is 2^24 - 1).
    StringTooLong {
        /// The value's length in bytes.
        len: usize,
    },
    /// A vector has more than `i32::MAX` elements (its count is a signed 32-bit integer).
    VectorTooLong {
        /// The number of elements.
        len: usize,
    },
    /// Two parameters of `ty` share the flag bit `flag`, but only one of them is present,
    /// so no flags value describes the pair.
    FlagGroupMismatch {
        /// The TL constructor or function name.
        ty: &'static str,
        /// The shared bit, like `"flags.1"`.
        flag: &'static str,
        /// The parameter that is present.
        set: &'static str,
        /// The parameter that is absent.
        unset: &'static str,
    },
    /// A nullable object (an `Option` TDLib documents as "may be null") is `None`: TL's
    /// binary form has no null, so only TDLib's JSON can carry it.
    NullObject,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::BufferTooSmall { needed, remaining } => write!(
                f,
                "expected an output buffer with room for {needed} bytes, found room for {remaining}"
            ),
            Self::StringTooLong { len } => write!(
                f,
                "expected a string or bytes value shorter than 16777216 bytes, found {len} bytes"
            ),
            Self::VectorTooLong { len } => write!(
                f,
                "expected a vector of at most 2147483647 elements, found {len} elements"
            ),
            Self::FlagGroupMismatch {
                ty,
                flag,
                set,
                unset,
            } => write!(
                f,
                "expected {ty}.{set} and {ty}.{unset} (which share {flag}) to be both present \
                 or both absent, found only {set} present"
            ),
            Self::NullObject => f.write_str(
                "expected an object, found None (null): TL's binary form has no null, \
                 only TDLib's JSON does",
            ),
        }
    }
}

impl std::error::Error for EncodeError {}
