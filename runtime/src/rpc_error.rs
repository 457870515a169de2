//! [`RpcError`]: the error a server answers a call with (`rpc_error#2144ca19 error_code:int
//! error_message:string`), with the number some error names carry split out.

use std::fmt;
use std::time::Duration;

use crate::answer::RPC_ERROR_ID;
use crate::{Decode, DecodeError, Encode, Output, Reader};

/// The errors that mean "wait this many seconds, then the call may succeed", in the form
/// [`RpcError::is`] matches (see [`RpcError::retry_after`]).
const WAIT_ERRORS: [&str; 5] = [
    "FLOOD_WAIT_X",
    "FLOOD_PREMIUM_WAIT_X",
    "SLOWMODE_WAIT_X",
    "FLOOD_TEST_PHONE_WAIT_X",
    "TAKEOUT_INIT_DELAY_X",
];

/// An error answer to a remote call: the HTTP-like code, the error's name and its number.
///
/// # How a name is read
///
/// Telegram documents parameterized errors with an `X` where a number goes: `FLOOD_WAIT_X`
/// arrives as `FLOOD_WAIT_17`, `FILE_MIGRATE_X` as `FILE_MIGRATE_2`, `2FA_CONFIRM_WAIT_X` as
/// `2FA_CONFIRM_WAIT_86400`. The rule applied here, and nothing more clever:
///
/// 1. The message must look like a name: only `A-Z`, `0-9` and `_`, not empty, no empty
///    `_`-separated part. Anything else (`"Bad Request: chat not found"`) is kept whole as
///    the name, without a value.
/// 2. The value is the **last** `_`-separated part when it is all digits, fits a `u32`, and
///    the part before it exists and is **not** all digits. The name is then the message with
///    that part replaced by `X`.
/// 3. Otherwise there is no value and the name is the message unchanged.
///
/// So a leading digit does not matter (`2FA_CONFIRM_WAIT_86400` is `2FA_CONFIRM_WAIT_X`
/// with 86400), and names ending in two number groups, like
/// `INPUT_METHOD_INVALID_396093539_281621`, are not misread: neither number is "the" value, so
/// the name stays whole. The raw text is always kept in [`RpcError::raw`].
///
/// # Wire form
///
/// `RpcError` is the TL type `RpcError` of `mtproto.tl`, whose one constructor is
/// `rpc_error#2144ca19 error_code:int error_message:string`: [`Encode`] and [`Decode`]
/// write and read it boxed (the id first), with [`RpcError::code`] as `error_code` and
/// [`RpcError::raw`] as `error_message`, so decoding then encoding gives back the input.
/// The generated bindings use this type for `RpcError` instead of generating their own;
/// an answer to a call, where the `rpc_error` may be inside `rpc_result` or `gzip_packed`,
/// is opened with [`answer::open`](crate::answer::open) or the method's
/// [`RemoteCall`](crate::RemoteCall).
///
/// ```
/// use tl_runtime::{Decode, Encode, RpcError};
///
/// let error = RpcError::new(420, "FLOOD_WAIT_3");
/// let bytes = error.to_bytes()?;
/// assert_eq!(bytes[..8], [0x19, 0xca, 0x44, 0x21, 0xa4, 1, 0, 0]);
/// assert_eq!(RpcError::from_bytes(&bytes)?, error);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RpcError {
    /// The code: 400 (bad request), 403 (forbidden), 420 (flood), 303 (migrate), ...
    pub code: i32,
    /// The name with its number replaced by `X` (`FLOOD_WAIT_X`), or the whole message when
    /// it carries no number (see [`RpcError`] for the rule).
    pub name: String,
    /// The number carried in the name (`17` of `FLOOD_WAIT_17`), if any.
    pub value: Option<u32>,
    /// The message exactly as received.
    pub raw: String,
}

impl RpcError {
    /// Reads `message` (the `error_message` of `rpc_error`) answered with `code`.
    pub fn new(code: i32, message: impl Into<String>) -> RpcError {
        let raw = message.into();
        let (name, value) = match split_value(&raw) {
            Some((prefix, value)) => (format!("{prefix}_X"), Some(value)),
            None => (raw.clone(), None),
        };
        RpcError {
            code,
            name,
            value,
            raw,
        }
    }

    /// Whether this is the error `name`, written as in Telegram's docs: `"FLOOD_WAIT_X"` for
    /// a name with a number, the plain name otherwise. The raw text matches too.
    pub fn is(&self, name: &str) -> bool {
        self.name == name || self.raw == name
    }

    /// How long to wait before the same call may succeed, for the errors that say so
    /// (the number is in seconds):
    ///
    /// * `FLOOD_WAIT_X` (420): too many requests of this kind;
    /// * `FLOOD_PREMIUM_WAIT_X` (420): the same, for a limit Premium users do not have;
    /// * `SLOWMODE_WAIT_X` (420): the chat's slow mode allows the next message then;
    /// * `FLOOD_TEST_PHONE_WAIT_X` (420): the test servers' flood wait;
    /// * `TAKEOUT_INIT_DELAY_X` (420): a data export may start only after this delay.
    ///
    /// `None` for every other error, including those whose number is not a delay
    /// (`FILE_MIGRATE_2` names a data center; `2FA_CONFIRM_WAIT_X` is the delay before an
    /// account *reset*, not before retrying the call), and for a wait error without a
    /// number.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tl_runtime::RpcError;
    ///
    /// let flood = RpcError::new(420, "FLOOD_WAIT_17");
    /// assert_eq!(flood.retry_after(), Some(Duration::from_secs(17)));
    /// assert_eq!(RpcError::new(303, "FILE_MIGRATE_2").retry_after(), None);
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        let seconds = self.value?;
        WAIT_ERRORS
            .contains(&self.name.as_str())
            .then(|| Duration::from_secs(u64::from(seconds)))
    }
}

/// `Some((prefix, value))` when `message` ends in exactly one number group (rule 2).
fn split_value(message: &str) -> Option<(&str, u32)> {
    if !looks_like_name(message) {
        return None;
    }
    let (prefix, last) = message.rsplit_once('_')?;
    let before = prefix.rsplit('_').next()?;
    if !all_digits(last) || all_digits(before) {
        return None;
    }
    let value = last.parse().ok()?;
    Some((prefix, value))
}

fn looks_like_name(message: &str) -> bool {
    let allowed = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
    !message.is_empty()
        && message.chars().all(allowed)
        && message.split('_').all(|part| !part.is_empty())
}

fn all_digits(part: &str) -> bool {
    !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())
}

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rpc error {}: {}", self.code, self.raw)
    }
}

impl std::error::Error for RpcError {}

impl Encode for RpcError {
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(RPC_ERROR_ID);
        self.code.write_to(out);
        self.raw.write_to(out);
    }
}

impl Decode<'_> for RpcError {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let id = reader.enter_boxed()?;
        if id != RPC_ERROR_ID {
            return reader.unknown_constructor("RpcError", id);
        }
        let error = read_fields(reader)?;
        reader.leave();
        Ok(error)
    }
}

/// The fields of an `rpc_error` after its id.
pub(crate) fn read_fields(reader: &mut Reader<'_>) -> Result<RpcError, DecodeError> {
    let code = reader.field::<i32>("rpc_error", "error_code")?;
    let message = reader.field::<String>("rpc_error", "error_message")?;
    Ok(RpcError::new(code, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_shows_code_and_raw_text() {
        let error = RpcError::new(420, "FLOOD_WAIT_17");
        assert_eq!(error.to_string(), "rpc error 420: FLOOD_WAIT_17");
        assert!(error.is("FLOOD_WAIT_X"));
        assert!(error.is("FLOOD_WAIT_17"));
        assert!(!error.is("FLOOD_WAIT"));
    }
}
