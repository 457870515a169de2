//! Runtime for Rust code generated from Telegram TL schemas: the [`Serialize`] /
//! [`Deserialize`] traits, the [`Reader`] cursor, the error types, and the
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
//!   [`DecodeError::InvalidUtf8`]; it is never decoded lossily. Fields that may carry
//!   arbitrary bytes are `bytes` (`Vec<u8>`) in the schema.
//! * **No panics on input.** Every read is bounds-checked and returns a
//!   [`DecodeError`] naming the byte offset, what was expected and what was found.
//! * **Bounded memory and stack.** A vector count is checked against the unread input
//!   (4 bytes per element at least) before anything is reserved, and the reservation
//!   never exceeds the number of input bytes left; a string's data is copied only once
//!   it is known to be present. Boxed values nest at most [`DEFAULT_DEPTH_LIMIT`] deep
//!   (configurable with [`Reader::with_depth_limit`]).
//! * **Encoding checks first.** [`Serialize::serialize`] and [`Serialize::to_bytes`]
//!   run [`Serialize::check`] (string lengths, vector lengths, shared flag bits) and
//!   write nothing if it fails.
//!
//! # Example
//!
//! ```
//! use tl_runtime::{Deserialize, RawVec, Serialize};
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
//! let error = String::from_bytes([5, b'a']).unwrap_err();
//! assert_eq!(
//!     error.to_string(),
//!     "expected 7 more bytes at byte offset 1, found only 1"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Features
//!
//! * `serde`: the `tl_runtime::serde` module (TL-JSON helpers used by generated
//!   code) and `serde` impls for [`RawVec`].

#![warn(missing_docs)]

mod error;
mod heap;
mod primitives;
mod raw_vec;
mod reader;
#[cfg(feature = "serde")]
pub mod serde;
pub mod string;
mod traits;
mod vector;

pub use bytes;

pub use error::{DecodeError, EncodeError};
pub use primitives::{BOOL_FALSE_ID, BOOL_TRUE_ID};
pub use raw_vec::RawVec;
pub use reader::{Reader, DEFAULT_DEPTH_LIMIT, MIN_ELEMENT_SIZE};
pub use string::MAX_STRING_LEN;
pub use traits::*;
pub use vector::VECTOR_ID;
