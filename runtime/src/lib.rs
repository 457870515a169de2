//! Runtime for Rust code generated from Telegram TL schemas: the [`Encode`] /
//! [`Decode`] traits, the [`Reader`] cursor, the error types, and the
//! implementations for TL's built-in types.
//!
//! # Wire format
//!
//! This is the binary form described at <https://core.telegram.org/mtproto/serialize>,
//! summarized in our words (the workspace's `tl-spec.md`, section 5, is the reference
//! the tests cite):
//!
//! * Everything is built from 32-bit little-endian words. `int` is an `i32`, `long` an
//!   `i64`, `double` an IEEE-754 `f64`, `#` (flags) a `u32`; `int128`/`int256` are 16/32
//!   raw bytes (`[u8; 16]`, `[u8; 32]`).
//! * `string` and `bytes` share one form: a length (one byte if at most 253, else `0xfe`
//!   and three little-endian bytes), the data, then zero padding to a multiple of 4.
//!   The longest value is 2^24 - 1 bytes. See [`string`] for what decoding accepts.
//! * A *boxed* value starts with its constructor's 32-bit id, a *bare* one does not.
//!   `Bool` is boxed: `boolTrue#997275b5` or `boolFalse#bc799737` (`bool` here).
//!   `Vector<T>` (`Vec<T>` here) is the id `0x1cb5c415`, an `i32` count and the
//!   elements; the bare `vector<T>` ([`RawVec`]) omits the id.
//! * `true` (as in `flags.N?true`) takes no bytes: its flag bit is the value.
//!
//! # Decisions
//!
//! * **Strict UTF-8.** A `string` that is not valid UTF-8 fails with
//!   [`DecodeErrorKind::InvalidUtf8`]; it is never decoded lossily. Fields that may carry
//!   arbitrary bytes are `bytes` (`Vec<u8>`) in the schema.
//! * **Zero-copy decoding, opt in.** `bytes` fields may be [`bytes::Bytes`] and
//!   `string` fields [`SharedStr`] (generator options) instead of `Vec<u8>`/`String`.
//!   Decoded from a shared [`bytes::Bytes`] buffer (an [`Input`] made from `&Bytes`,
//!   which every entry point takes) they are slices of it, not copies; decoded from a
//!   plain slice they copy.
//! * **Borrowed decoding, opt in.** Generated views (a generator option) hold `&'a str`
//!   and `&'a [u8]` parts of the input instead of copies: [`Decode<'a>`](Decode) is
//!   implemented for every lifetime by owned types ([`DecodeOwned`]) and for the input's
//!   lifetime by borrowed ones; [`IntoOwned`] turns a view into its owned type. The wire form and the UTF-8 rule
//!   are those of the owned types, and the owned types' reads do not change.
//! * **No panics on input.** Every read is bounds-checked and returns a
//!   [`DecodeError`] naming the byte offset, what was expected, what was found and the
//!   path of fields being read (see [Errors](#errors)).
//! * **Bounded memory and stack** (see [Limits](#limits)).
//! * **Encoding fails as a whole.** A value with no encoding (a string of 2^24 bytes or
//!   more, a vector of more than `i32::MAX` elements, parameters sharing a flag bit set
//!   apart) is an [`EncodeError`], never a panic or a wrong prefix.
//!   [`Encode::to_bytes`] and [`Encode::encode_to_vec`] walk the value once, writing
//!   as they check, and return the first error (leaving the vector as it was);
//!   [`Encode::encode`] into a fixed [`bytes::BufMut`] measures first, so it writes
//!   nothing when the value fails or the room is short.
//! * **Nullable objects** (TDLib's "may be null", `Option<T>` fields) have no binary
//!   form: `Some` is written as the value, `None` fails with [`EncodeError::NullObject`],
//!   decoding gives `Some` (TDLib's `null` exists in its JSON only).
//! * **RPC errors.** [`RpcError`] reads an `rpc_error` message into its name and the
//!   number some names carry (`FLOOD_WAIT_17` is `FLOOD_WAIT_X` with 17), keeping the raw
//!   text; the rule (one trailing number group only) is in its module docs.
//!   [`RpcError::retry_after`] gives the wait of the flood/slow-mode errors.
//! * **Answers.** What the server sends back for a call is often wrapped in
//!   `rpc_result`, `gzip_packed` or is an `rpc_error`. [`RemoteCall::decode_answer`]
//!   opens those envelopes and gives the result or the method's typed error
//!   ([`CallError`]); [`answer::open`] opens them for callers without a
//!   [`RemoteCall`] type. Nesting, limits and errors are in the [`answer`] docs.
//!
//! # Errors
//!
//! A [`DecodeError`] is a [`DecodeErrorKind`] (the reason, with a byte offset from the
//! start of the input) and the path of values being read, outermost first. `Display` is
//! one line, `path: reason`:
//!
//! ```text
//! messages.exportedChatInvites.users[3].status: expected a constructor of type UserStatus at byte offset 412, found unknown id 0x12345678
//! ```
//!
//! The path starts with the outermost constructor or function (added by the enum that
//! dispatched to it, or by the function's decoder), then the TL parameter names and vector
//! indices down to the failed read ([`DecodeError::path`] also has the inner constructor
//! names). Paths longer than [`PATH_TEXT_LIMIT`] segments render as their two ends around
//! `(N more)`. Segments are added only after a read failed (`#[cold]` calls on the error
//! path of the reads), so decoding valid input pays nothing for them.
//!
//! # Limits
//!
//! * **Vector counts** are checked against the unread input before anything is reserved:
//!   a count needs at least [`MIN_ELEMENT_SIZE`] (4) bytes per element to be left, or the
//!   decode fails with [`DecodeErrorKind::LengthOutOfBounds`]; negative counts are
//!   [`DecodeErrorKind::NegativeLength`]. The up-front reservation is capped too: a
//!   vector reserves all its claimed elements when their memory fits in the input left;
//!   beyond that it draws on [`DEFAULT_RESERVE_ALLOWANCE`] (64 KiB), one allowance shared
//!   by the whole decode, and once that is used up it reserves only what the input left
//!   would hold and grows as it reads. No claimed count reserves more than the input
//!   left plus 64 KiB, and a decode's reservations beyond the input add up to at most
//!   64 KiB; typical vectors (a hundred 648-byte `user`s take a few KB on the wire and
//!   65 KB in memory) are still reserved once instead of regrowing and copying.
//!   [`DecodeOptions::reserve_allowance()`] changes the allowance.
//! * **String and bytes lengths** (up to 2^24 - 1) are checked against the unread input
//!   before the data is copied ([`DecodeErrorKind::UnexpectedEnd`]).
//! * **Nesting**: boxed values nest at most [`DEFAULT_DEPTH_LIMIT`] (64) deep, else
//!   [`DecodeErrorKind::RecursionLimit`]; real messages nest far less, and 64 levels
//!   keep the stack small. Change it with [`DecodeOptions::depth_limit()`].
//! * **Inflated answers**: a `gzip_packed` envelope inflates to at most
//!   [`DEFAULT_INFLATE_LIMIT`] (16 MiB) bytes, else [`DecodeErrorKind::InflateLimit`];
//!   memory grows only with what is inflated. Change it with
//!   [`DecodeOptions::inflate_limit()`].
//! * **Trailing bytes**: [`Decode::from_bytes`] decodes a whole message and fails
//!   with [`DecodeErrorKind::TrailingBytes`] if input is left over;
//!   [`Decode::from_bytes_with`] takes [`DecodeOptions`], with which a value may be
//!   followed by more input, and returns how many bytes it used.
//!
//! Measured by the workspace tests (`tests/tests/hostile.rs`): a claimed count of
//! `0x7fffffff` or `0xffffffff`, a 2^24 - 1 byte string in a 76-byte buffer and 10,000
//! levels of nesting each fail in well under a millisecond with a peak of a few KB of
//! live heap (the error and its path).
//!
//! # What decoding accepts and re-encoding normalizes
//!
//! Decoding then encoding gives back exactly the input when the input is canonical. Three
//! kinds of non-canonical input decode, and their re-encoding differs:
//!
//! * **unknown flag bits**: bits of a `#` word that no parameter uses are ignored, and
//!   written as 0;
//! * **padding content**: the padding after `string`/`bytes` data is skipped whatever
//!   its value, and written as zeros;
//! * **the long length form for a short value**: `0xfe` plus a 3-byte length below 254
//!   is accepted, and written in the 1-byte form (so the re-encoding is shorter).
//!
//! Anything else that decodes re-encodes byte for byte (the workspace tests flip every
//! byte of every golden vector to check this).
//!
//! # Example
//!
//! ```
//! use tl_runtime::{Decode, RawVec, Encode};
//!
//! // Vector<long> [1]: id, count, one long.
//! let bytes = vec![1i64].to_bytes()?;
//! assert_eq!(bytes, [0x15, 0xc4, 0xb5, 0x1c, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
//! assert_eq!(Vec::<i64>::from_bytes(&bytes)?, [1]);
//!
//! // A bare vector<string> has no id.
//! let names = RawVec(vec!["a".to_string()]);
//! assert_eq!(names.to_bytes()?, [1, 0, 0, 0, 1, b'a', 0, 0]);
//!
//! // Truncated input is an error, never a panic.
//! let error = String::from_bytes(&[5, b'a']).unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     "expected 7 more bytes at byte offset 1, found only 1"
//! );
//!
//! // Errors inside vectors name the element.
//! let error = Vec::<bool>::from_bytes(&[0x15, 0xc4, 0xb5, 0x1c, 1, 0, 0, 0, 0, 0, 0, 0]).unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     "[0]: expected a Bool (boolTrue 0x997275b5 or boolFalse 0xbc799737) at byte offset 8, \
//!      found id 0x00000000"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Features
//!
//! * `json`: the `tl_runtime::json` module (TL-JSON helpers used by generated
//!   code; TDLib's JSON and its requests and answers in `json::tdlib`) and `serde` impls
//!   for [`RawVec`] and [`SharedStr`].

#![warn(missing_docs)]

/// The value of an `Ok`, or an early return of the `Err`: what generated decoders write
/// where `?` would go. It is `?` without the conversion of the error (`From::from`) and
/// the `Try` trait, which the compiler resolves at every use: across the tens of
/// thousands of field reads of a whole layer, the plain `match` makes the generated code
/// measurably cheaper to build.
#[doc(hidden)]
#[macro_export]
macro_rules! ok {
    ($result:expr) => {
        match $result {
            ::core::result::Result::Ok(value) => value,
            ::core::result::Result::Err(error) => return ::core::result::Result::Err(error),
        }
    };
}

pub mod answer;
mod borrowed;
mod boxed_call;
mod call_error;
mod error;
mod error_kind;
mod heap;
mod inflate;
mod input;
mod int512;
#[cfg(feature = "json")]
pub mod json;
mod no_constructor;
mod nullable;
mod options;
mod output;
mod primitives;
mod raw_vec;
mod reader;
mod rpc_error;
mod shared;
mod shared_str;
pub mod string;
mod traits;
mod unit;
mod vector;

pub use boxed_call::BoxedCall;
pub use bytes;
pub use call_error::CallError;

pub use error::{DecodeError, EncodeError, PathSegment, PATH_TEXT_LIMIT};
pub use error_kind::DecodeErrorKind;
pub use inflate::DEFAULT_INFLATE_LIMIT;
pub use input::Input;
pub use no_constructor::NoConstructor;
pub use options::DecodeOptions;
pub use output::{BufOutput, Counter, Output, VecOutput};
pub use primitives::{BOOL_FALSE_ID, BOOL_TRUE_ID};
pub use raw_vec::RawVec;
pub use reader::{Reader, DEFAULT_DEPTH_LIMIT, DEFAULT_RESERVE_ALLOWANCE, MIN_ELEMENT_SIZE};
pub use rpc_error::RpcError;
pub use shared_str::SharedStr;
pub use string::MAX_STRING_LEN;
/// Plumbing of generated code (hidden in `traits` too).
#[doc(hidden)]
pub use traits::{check_flag_group, write_optional, ReadArgs};
pub use traits::{Decode, DecodeOwned, Encode, Identifiable, IntoOwned, RemoteCall};
pub use vector::VECTOR_ID;
