//! A server's answer to a call, opened: the result's bytes, or the server's error.
//!
//! # Envelopes
//!
//! The answer to a call is rarely the bare result. Three service constructors
//! (<https://core.telegram.org/mtproto/service_messages>; `tl-spec.md` section 3) wrap it:
//!
//! * `rpc_result#f35c6d01 req_msg_id:long result:Object = RpcResult;` — the answer to the
//!   message `req_msg_id`; `result` is whatever the call returns, an `rpc_error` or a
//!   `gzip_packed`. It is not length-delimited: the result is the rest of the input.
//! * `rpc_error#2144ca19 error_code:int error_message:string = RpcError;` — the call
//!   failed; read into an [`RpcError`] (name, number, raw text).
//! * `gzip_packed#3072cfa1 packed_data:bytes = Object;` — stands in for any boxed value:
//!   `packed_data` is a gzip stream whose inflated bytes are that value. Telegram packs
//!   large results this way, and may pack a whole `rpc_result` or an `rpc_error` too.
//!
//! # Nesting
//!
//! [`open`] opens envelopes from the outside in, in any order, until it meets a value
//! that is none of them (the result) or an `rpc_error`. So all of these answer a call:
//! the bare result, `rpc_result{result}`, `rpc_result{gzip_packed{result}}`,
//! `rpc_result{rpc_error}`, `rpc_result{gzip_packed{rpc_error}}`, a bare `rpc_error`,
//! `gzip_packed{rpc_error}`, `gzip_packed{rpc_result{..}}`. Orders the service messages
//! do not produce (an `rpc_result` inside an `rpc_result`) are opened the same way
//! rather than rejected: they are unambiguous, and bounded by the depth limit.
//!
//! # Limits
//!
//! * **Inflated size**: each `gzip_packed` inflates to at most
//!   [`DecodeOptions::inflate_limit`] bytes (default
//!   [`DEFAULT_INFLATE_LIMIT`](crate::DEFAULT_INFLATE_LIMIT), 16 MiB), else
//!   [`DecodeErrorKind::InflateLimit`]. Inflation stops at the first chunk past the
//!   limit, and memory grows only as bytes are inflated, never from a size the stream
//!   claims. The bytes of the layer being inflated and of the layer around it are live
//!   together.
//! * **Nesting**: each envelope is one level of [`DecodeOptions::depth_limit`], like a
//!   boxed value; more envelopes than that fail with [`DecodeErrorKind::RecursionLimit`],
//!   and the result inside is decoded with the levels left.
//! * **Damage**: a cut or corrupt envelope fails with the reader's usual kinds
//!   ([`DecodeErrorKind::UnexpectedEnd`], ...), or [`DecodeErrorKind::InvalidGzip`]. Input
//!   left after an `rpc_error`, after the data of a `gzip_packed`, or after the result
//!   is [`DecodeErrorKind::TrailingBytes`], unless
//!   [`DecodeOptions::allow_trailing_bytes`] is set.
//!
//! Errors name where they happened: the path has each envelope opened
//! (`rpc_result.result.packed_data: ...`), and offsets count from the start of the
//! input, or inside a `gzip_packed` from the start of its inflated bytes.

use std::borrow::Cow;

use bytes::Bytes;

use crate::inflate::inflate;
use crate::rpc_error;
use crate::{DecodeError, DecodeErrorKind, DecodeOptions, DecodeOwned, Input, Reader, RpcError};

/// The id of `rpc_result#f35c6d01 req_msg_id:long result:Object = RpcResult`.
pub const RPC_RESULT_ID: u32 = 0xf35c_6d01;
/// The id of `rpc_error#2144ca19 error_code:int error_message:string = RpcError`.
pub const RPC_ERROR_ID: u32 = 0x2144_ca19;
/// The id of `gzip_packed#3072cfa1 packed_data:bytes = Object`.
pub const GZIP_PACKED_ID: u32 = 0x3072_cfa1;

/// An answer with its envelopes opened: what [`open`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer<'a> {
    /// The result's bytes (a boxed value of the call's return type), borrowed from the
    /// input unless they were inflated.
    Result(Cow<'a, [u8]>),
    /// The server's error.
    Error(RpcError),
}

/// Opens the envelopes of `answer` (see the [module docs](self)): the result's bytes
/// or the server's error. `options` bound the nesting and the inflated size; its
/// `allow_trailing_bytes` applies to the envelopes (the result's bytes are all that
/// follows its envelopes; whoever decodes them checks their end).
///
/// ```
/// use tl_runtime::answer::{self, Answer};
/// use tl_runtime::{DecodeOptions, RpcError};
///
/// // rpc_result req_msg_id:7 result:(rpc_error error_code:420 error_message:"FLOOD_WAIT_3")
/// let answer = [
///     0x01, 0x6d, 0x5c, 0xf3, 7, 0, 0, 0, 0, 0, 0, 0,
///     0x19, 0xca, 0x44, 0x21, 0xa4, 1, 0, 0,
///     12, b'F', b'L', b'O', b'O', b'D', b'_', b'W', b'A', b'I', b'T', b'_', b'3', 0, 0, 0,
/// ];
/// let opened = answer::open(&answer, DecodeOptions::new())?;
/// assert_eq!(opened, Answer::Error(RpcError::new(420, "FLOOD_WAIT_3")));
/// # Ok::<(), tl_runtime::DecodeError>(())
/// ```
pub fn open(answer: &[u8], options: DecodeOptions) -> Result<Answer<'_>, DecodeError> {
    let opened = open_envelopes(answer, options)?;
    Ok(match opened.inner {
        Inner::Error(error) => Answer::Error(error),
        Inner::Result { buf, start } => Answer::Result(match buf {
            Cow::Borrowed(buf) => Cow::Borrowed(&buf[start..]),
            Cow::Owned(mut buf) => {
                buf.drain(..start);
                Cow::Owned(buf)
            }
        }),
    })
}

/// Opens `answer` and decodes the result as a `T` (the whole result, unless `options`
/// allow trailing bytes): `Ok(Err(_))` is the server's error. Errors carry the path of
/// envelopes. Called by [`RemoteCall::decode_answer_with`](crate::RemoteCall).
pub(crate) fn decode<T: DecodeOwned>(
    input: Input<'_>,
    options: DecodeOptions,
) -> Result<Result<T, RpcError>, DecodeError> {
    let (answer, shared) = (input.bytes, input.source);
    let opened = open_envelopes(answer, options)?;
    let (buf, start) = match opened.inner {
        Inner::Error(error) => return Ok(Err(error)),
        Inner::Result { buf, start } => (buf, start),
    };
    let options = options.depth_limit(options.depth_limit - opened.path.len());
    // What the reader reads: the buffer as it is, or the shared one.
    let whole: Cow<'_, [u8]>;
    let inflated: Bytes;
    let mut reader = match (shared, buf) {
        (None, buf) => {
            whole = buf;
            Reader::with_options(&whole[..], options)
        }
        // Without a `gzip_packed`, the result is in the answer itself.
        (Some(answer), Cow::Borrowed(_)) => Reader::with_options(answer, options),
        (Some(_), Cow::Owned(buf)) => {
            inflated = Bytes::from(buf);
            Reader::with_options(&inflated, options)
        }
    };
    let read = |reader: &mut Reader<'_>| {
        reader.read_slice(start)?;
        let value = T::read(reader)?;
        if !options.allow_trailing_bytes {
            reader.clone().finish()?;
        }
        Ok(value)
    };
    read(&mut reader)
        .map(Ok)
        .map_err(|error| with_path(error, &opened.path))
}

/// The envelope opened at one level (outermost first in [`Opened::path`]).
#[derive(Debug, Clone, Copy)]
enum Envelope {
    RpcResult,
    GzipPacked,
}

/// Where the result is (`buf[start..]`), or the server's error.
enum Inner<'a> {
    Result { buf: Cow<'a, [u8]>, start: usize },
    Error(RpcError),
}

/// An answer opened down to its result or error, with the envelopes it was in.
struct Opened<'a> {
    inner: Inner<'a>,
    path: Vec<Envelope>,
}

/// What the value at one level is.
enum Step {
    /// A result (none of the envelopes): it starts where the level's value starts.
    Result,
    /// An `rpc_result`: its `result` starts at this offset of the same buffer.
    RpcResult(usize),
    /// A `gzip_packed`: these are its inflated bytes.
    GzipPacked(Vec<u8>),
    Error(RpcError),
}

/// Opens envelopes until the result or an `rpc_error` (one [`Step`] per level).
fn open_envelopes(answer: &[u8], options: DecodeOptions) -> Result<Opened<'_>, DecodeError> {
    let mut buf = Cow::Borrowed(answer);
    let mut start = 0;
    let mut path = Vec::new();
    loop {
        let step = step(&buf, start, options, path.len()).map_err(|e| with_path(e, &path))?;
        let envelope = match step {
            Step::Result => {
                let inner = Inner::Result { buf, start };
                return Ok(Opened { inner, path });
            }
            Step::Error(error) => {
                let inner = Inner::Error(error);
                return Ok(Opened { inner, path });
            }
            Step::RpcResult(result) => {
                start = result;
                Envelope::RpcResult
            }
            Step::GzipPacked(inflated) => {
                (buf, start) = (Cow::Owned(inflated), 0);
                Envelope::GzipPacked
            }
        };
        path.push(envelope);
    }
}

/// Reads the value at `buf[start..]`, `depth` envelopes deep: its id, and the envelope
/// it is, if any.
fn step(
    buf: &[u8],
    start: usize,
    options: DecodeOptions,
    depth: usize,
) -> Result<Step, DecodeError> {
    let mut reader = Reader::with_options(buf, options);
    reader.read_slice(start)?;
    let offset = reader.position();
    let id = reader.clone().read_u32()?;
    if ![RPC_RESULT_ID, RPC_ERROR_ID, GZIP_PACKED_ID].contains(&id) {
        return Ok(Step::Result);
    }
    if depth >= options.depth_limit {
        let limit = options.depth_limit;
        return Err(DecodeErrorKind::RecursionLimit { offset, limit }.into());
    }
    reader.read_u32()?;
    match id {
        RPC_RESULT_ID => {
            reader.field::<i64>("rpc_result", "req_msg_id")?;
            Ok(Step::RpcResult(reader.position()))
        }
        RPC_ERROR_ID => read_rpc_error(&mut reader, options).map(Step::Error),
        _ => read_gzip_packed(&mut reader, options).map(Step::GzipPacked),
    }
}

/// The fields of an `rpc_error` after its id.
fn read_rpc_error(
    reader: &mut Reader<'_>,
    options: DecodeOptions,
) -> Result<RpcError, DecodeError> {
    let error = rpc_error::read_fields(reader)?;
    end_of_envelope(reader, options).map_err(|error| error.in_constructor("rpc_error"))?;
    Ok(error)
}

/// The `packed_data` of a `gzip_packed` after its id, inflated.
fn read_gzip_packed(
    reader: &mut Reader<'_>,
    options: DecodeOptions,
) -> Result<Vec<u8>, DecodeError> {
    let (offset, data) = reader.read_data().map_err(in_gzip_packed)?;
    end_of_envelope(reader, options).map_err(|e| e.in_constructor("gzip_packed"))?;
    inflate(data, offset, options.inflate_limit).map_err(in_gzip_packed)
}

/// [`DecodeErrorKind::TrailingBytes`] if input follows a delimited envelope, unless
/// `options` allow it.
fn end_of_envelope(reader: &Reader<'_>, options: DecodeOptions) -> Result<(), DecodeError> {
    if options.allow_trailing_bytes {
        return Ok(());
    }
    reader.clone().finish()
}

#[cold]
fn in_gzip_packed(error: DecodeError) -> DecodeError {
    error.in_field("packed_data").in_constructor("gzip_packed")
}

/// Adds the envelopes `path` (outermost first) around an error from inside them.
#[cold]
fn with_path(mut error: DecodeError, path: &[Envelope]) -> DecodeError {
    for envelope in path.iter().rev() {
        error = match envelope {
            Envelope::RpcResult => error.in_field("result").in_constructor("rpc_result"),
            Envelope::GzipPacked => in_gzip_packed(error),
        };
    }
    error
}
