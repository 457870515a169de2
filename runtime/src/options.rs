//! [`DecodeOptions`]: the limits and the trailing-bytes policy of one decode.

use crate::inflate::DEFAULT_INFLATE_LIMIT;
use crate::reader::{DEFAULT_DEPTH_LIMIT, DEFAULT_RESERVE_ALLOWANCE};

/// How [`Decode::from_bytes_with`](crate::Decode::from_bytes_with) decodes.
///
/// ```
/// use tl_runtime::{DecodeOptions, Decode};
///
/// let options = DecodeOptions::new().depth_limit(16).allow_trailing_bytes(true);
/// let (value, used) = i32::from_bytes_with(&[7, 0, 0, 0, 0xff], options)?;
/// assert_eq!((value, used), (7, 4));
/// # Ok::<(), tl_runtime::DecodeError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeOptions {
    /// How many boxed values may nest inside each other
    /// (default [`DEFAULT_DEPTH_LIMIT`]).
    pub depth_limit: usize,
    /// Whether input may continue after the value (default `false`: such input fails
    /// with [`DecodeErrorKind::TrailingBytes`](crate::DecodeErrorKind::TrailingBytes)).
    pub allow_trailing_bytes: bool,
    /// How many bytes of memory the vectors of one decode may reserve for their claimed
    /// elements, together, beyond the length of the unread input (default
    /// [`DEFAULT_RESERVE_ALLOWANCE`], 64 KiB; with `0` no vector reserves more memory than
    /// the input left is long). See [`Reader::reservation`](crate::Reader::reservation).
    pub reserve_allowance: usize,
    /// How many bytes one `gzip_packed` envelope of an answer may inflate to (default
    /// [`DEFAULT_INFLATE_LIMIT`], 16 MiB); more fails with
    /// [`DecodeErrorKind::InflateLimit`](crate::DecodeErrorKind::InflateLimit). Used by
    /// [`RemoteCall::decode_answer_with`](crate::RemoteCall::decode_answer_with) and
    /// [`answer::open`](crate::answer::open).
    pub inflate_limit: usize,
}

impl DecodeOptions {
    /// The defaults: depth limit [`DEFAULT_DEPTH_LIMIT`], trailing bytes rejected,
    /// reserve allowance [`DEFAULT_RESERVE_ALLOWANCE`], inflate limit
    /// [`DEFAULT_INFLATE_LIMIT`].
    pub const fn new() -> Self {
        Self {
            depth_limit: DEFAULT_DEPTH_LIMIT,
            allow_trailing_bytes: false,
            reserve_allowance: DEFAULT_RESERVE_ALLOWANCE,
            inflate_limit: DEFAULT_INFLATE_LIMIT,
        }
    }

    /// Sets how many boxed values may nest inside each other.
    #[must_use]
    pub const fn depth_limit(mut self, limit: usize) -> Self {
        self.depth_limit = limit;
        self
    }

    /// Sets how many bytes of memory the vectors of one decode may reserve, together,
    /// beyond the unread input.
    #[must_use]
    pub const fn reserve_allowance(mut self, bytes: usize) -> Self {
        self.reserve_allowance = bytes;
        self
    }

    /// Sets how many bytes one `gzip_packed` envelope may inflate to.
    #[must_use]
    pub const fn inflate_limit(mut self, bytes: usize) -> Self {
        self.inflate_limit = bytes;
        self
    }

    /// Sets whether input may continue after the value.
    #[must_use]
    pub const fn allow_trailing_bytes(mut self, allow: bool) -> Self {
        self.allow_trailing_bytes = allow;
        self
    }
}

impl Default for DecodeOptions {
    fn default() -> Self {
        Self::new()
    }
}
