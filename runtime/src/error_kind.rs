//! [`DecodeErrorKind`]: the flat list of reasons a decode fails, each with its byte
//! offset, what was expected and what was found.

use std::fmt;

/// What went wrong reading TL bytes, where (a byte offset), what was expected and what
/// was found. [`DecodeError`](crate::DecodeError) adds the path of fields being read.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// The input ended before a value was complete: `needed` bytes were requested at
    /// `offset` but only `remaining` were left.
    UnexpectedEnd {
        /// Where the read started.
        offset: usize,
        /// How many bytes the read needed.
        needed: usize,
        /// How many bytes were left at `offset`.
        remaining: usize,
    },
    /// A boxed value of type `ty` started with an id that none of its constructors has.
    UnknownConstructor {
        /// The TL type name, like `"InputPeer"`.
        ty: &'static str,
        /// The id that was found.
        id: u32,
        /// Where the id starts.
        offset: usize,
    },
    /// A value with exactly one valid constructor id (a function, `Vector`) started with
    /// another id.
    UnexpectedConstructor {
        /// The TL name of the expected constructor, like `"Vector"`.
        expected: &'static str,
        /// The id of the expected constructor.
        expected_id: u32,
        /// The id that was found.
        found_id: u32,
        /// Where the id starts.
        offset: usize,
    },
    /// A `Bool` was neither `boolTrue#997275b5` nor `boolFalse#bc799737`.
    InvalidBool {
        /// The id that was found.
        id: u32,
        /// Where the id starts.
        offset: usize,
    },
    /// A vector count was negative.
    NegativeLength {
        /// The count as read (a signed 32-bit integer).
        count: i32,
        /// Where the count starts.
        offset: usize,
    },
    /// A vector count promised more elements than the rest of the input can hold.
    LengthOutOfBounds {
        /// The number of elements announced.
        count: usize,
        /// The fewest bytes one element can take.
        min_elem_size: usize,
        /// How many bytes were left after the count.
        remaining: usize,
        /// Where the elements would start (just after the count).
        offset: usize,
    },
    /// A string or bytes value started with the length byte 255, which no encoding uses.
    InvalidLengthPrefix {
        /// The length byte that was found.
        found: u8,
        /// Where the length byte is.
        offset: usize,
    },
    /// A `string` was not valid UTF-8 (this runtime never decodes lossily).
    InvalidUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
        /// Where the string's data starts.
        string_offset: usize,
    },
    /// A whole-buffer decode finished with bytes left over.
    TrailingBytes {
        /// Where the unread bytes start.
        offset: usize,
        /// How many bytes were not read.
        remaining: usize,
    },
    /// Boxed values were nested deeper than the reader allows.
    RecursionLimit {
        /// Where the reader was when the limit was hit (in generated code: just after
        /// the constructor id of the value one level too deep).
        offset: usize,
        /// The reader's depth limit.
        limit: usize,
    },
    /// The `packed_data` of a `gzip_packed` is not one valid gzip stream (bad header,
    /// corrupt deflate data, wrong checksum or size, cut short, or data after its end).
    InvalidGzip {
        /// Where the gzip data starts (after the length of `packed_data`).
        offset: usize,
        /// What the gzip decoder reported.
        reason: String,
    },
    /// The `packed_data` of a `gzip_packed` inflates to more bytes than allowed
    /// ([`DecodeOptions::inflate_limit`](crate::DecodeOptions::inflate_limit)); inflating
    /// stopped one byte past the limit.
    InflateLimit {
        /// Where the gzip data starts (after the length of `packed_data`).
        offset: usize,
        /// The limit, in inflated bytes.
        limit: usize,
    },
}

impl DecodeErrorKind {
    /// The byte offset the error refers to.
    pub fn offset(&self) -> usize {
        match *self {
            Self::UnexpectedEnd { offset, .. }
            | Self::UnknownConstructor { offset, .. }
            | Self::UnexpectedConstructor { offset, .. }
            | Self::InvalidBool { offset, .. }
            | Self::NegativeLength { offset, .. }
            | Self::LengthOutOfBounds { offset, .. }
            | Self::InvalidLengthPrefix { offset, .. }
            | Self::InvalidUtf8 { offset, .. }
            | Self::TrailingBytes { offset, .. }
            | Self::RecursionLimit { offset, .. }
            | Self::InvalidGzip { offset, .. }
            | Self::InflateLimit { offset, .. } => offset,
        }
    }
}

impl std::error::Error for DecodeErrorKind {}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::UnexpectedEnd {
                offset,
                needed,
                remaining,
            } => write!(
                f,
                "expected {needed} more bytes at byte offset {offset}, found only {remaining}"
            ),
            Self::UnknownConstructor { ty, id, offset } => write!(
                f,
                "expected a constructor of type {ty} at byte offset {offset}, \
                 found unknown id {id:#010x}"
            ),
            Self::UnexpectedConstructor {
                expected,
                expected_id,
                found_id,
                offset,
            } => write!(
                f,
                "expected constructor {expected} ({expected_id:#010x}) at byte offset {offset}, \
                 found id {found_id:#010x}"
            ),
            Self::InvalidBool { id, offset } => write!(
                f,
                "expected a Bool (boolTrue 0x997275b5 or boolFalse 0xbc799737) at byte offset \
                 {offset}, found id {id:#010x}"
            ),
            Self::NegativeLength { count, offset } => write!(
                f,
                "expected a vector count of at least 0 at byte offset {offset}, found {count}"
            ),
            Self::LengthOutOfBounds {
                count,
                min_elem_size,
                remaining,
                offset,
            } => write!(
                f,
                "expected at most {} vector elements of at least {min_elem_size} bytes at byte \
                 offset {offset} ({remaining} bytes left), found a count of {count}",
                remaining / min_elem_size.max(1)
            ),
            Self::InvalidLengthPrefix { found, offset } => write!(
                f,
                "expected a string length byte (0 to 254) at byte offset {offset}, \
                 found {found:#04x}"
            ),
            Self::InvalidUtf8 {
                offset,
                string_offset,
            } => write!(
                f,
                "expected UTF-8 text in the string starting at byte offset {string_offset}, \
                 found an invalid byte sequence at byte offset {offset}"
            ),
            Self::TrailingBytes { offset, remaining } => write!(
                f,
                "expected the end of the input at byte offset {offset}, \
                 found {remaining} more bytes"
            ),
            Self::RecursionLimit { offset, limit } => write!(
                f,
                "expected boxed values nested at most {limit} deep, \
                 found deeper nesting at byte offset {offset}"
            ),
            Self::InvalidGzip { offset, ref reason } => write!(
                f,
                "expected gzip data at byte offset {offset}, found an invalid stream ({reason})"
            ),
            Self::InflateLimit { offset, limit } => write!(
                f,
                "expected gzip data at byte offset {offset} to inflate to at most {limit} \
                 bytes, found more"
            ),
        }
    }
}
