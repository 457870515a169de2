//! The traits generated code implements. (CONTRACT: the emitter targets exactly these.)
//!
//! The names are TL's own (`Encode`/`Decode`), so they never clash with serde's
//! `Serialize`/`Deserialize`, which the generated types also implement under the TL-JSON
//! feature.

use bytes::BufMut;

use crate::output::{BufOutput, Counter, Output, VecOutput};
use crate::{CallError, DecodeError, DecodeOptions, EncodeError, Input, Reader, RpcError};

/// The room [`Encode::to_bytes`] starts with: most requests fit, so they are written
/// without growing the vector (an allocation of 256 bytes costs what one of 64 does).
const INITIAL_CAPACITY: usize = 256;

/// A value that can be written in TL binary form.
///
/// [`Encode::write_to`] is what generated code implements: one walk over the value, which
/// reports a value that has no encoding to the [`Output`] instead of returning a `Result`
/// per field. [`Encode::to_bytes`], [`Encode::encode_to_vec`] and [`Encode::encode`] are
/// the entry points users call; each fails with the first [`EncodeError`] found (a string
/// of 2^24 bytes or more, a vector of more than `i32::MAX` elements, parameters sharing a
/// flag bit set apart).
pub trait Encode {
    /// Writes the value's bytes to `out`, and reports to it (with [`Output::fail`]) any
    /// part that has no TL encoding.
    fn write_to<O: Output>(&self, out: &mut O);

    /// Encodes into a fresh vector, in one pass.
    fn to_bytes(&self) -> Result<Vec<u8>, EncodeError> {
        let mut bytes = Vec::with_capacity(INITIAL_CAPACITY);
        let mut out = VecOutput::new(&mut bytes);
        self.write_to(&mut out);
        out.finish()?;
        Ok(bytes)
    }

    /// Appends the encoding to `bytes`, in one pass; on error `bytes` is left as it was.
    fn encode_to_vec(&self, bytes: &mut Vec<u8>) -> Result<(), EncodeError> {
        let start = bytes.len();
        let mut out = VecOutput::new(bytes);
        self.write_to(&mut out);
        let result = out.finish();
        if result.is_err() {
            bytes.truncate(start);
        }
        result
    }

    /// Writes the value into `buf`, which must have room for all of it: the value is
    /// measured (and checked) first, so on error nothing has been written
    /// ([`EncodeError::BufferTooSmall`] when the room is short).
    fn encode<B: BufMut + ?Sized>(&self, buf: &mut B) -> Result<(), EncodeError> {
        let needed = self.encoded_len()?;
        if buf.remaining_mut() < needed {
            return Err(EncodeError::BufferTooSmall {
                needed,
                remaining: buf.remaining_mut(),
            });
        }
        let mut out = BufOutput::new(buf);
        self.write_to(&mut out);
        out.finish()
    }

    /// The exact number of bytes the encoding takes, or why there is no encoding (a walk
    /// that counts instead of writing).
    fn encoded_len(&self) -> Result<usize, EncodeError> {
        let mut counter = Counter::new();
        self.write_to(&mut counter);
        counter.finish()
    }

    /// `Ok` when the value has an encoding ([`Encode::encoded_len`] without the length).
    fn check(&self) -> Result<(), EncodeError> {
        self.encoded_len().map(|_| ())
    }
}

/// A value that can be read from TL binary form, borrowing from the input for `'a`.
///
/// Owned types (everything the generator emits by default) implement `Decode<'a>` for
/// every `'a` ([`DecodeOwned`]); borrowed types (`&'a str`, `&'a [u8]`, and generated
/// views with a lifetime) hold parts of the input and live as long as it.
///
/// [`Decode::from_bytes`] decodes a whole message and [`Decode::from_bytes_with`] does
/// so with [`DecodeOptions`]; both take any [`Input`] (`&[u8]`, `&Vec<u8>`, `&[u8; N]`,
/// `&Bytes`). Answers to calls, inside their envelopes, go through
/// [`RemoteCall::decode_answer`].
pub trait Decode<'a>: Sized {
    /// Reads one value from the reader's current position.
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError>;

    /// Decodes a whole input with the default [`DecodeOptions`]: the value must use
    /// every byte, otherwise
    /// [`DecodeErrorKind::TrailingBytes`](crate::DecodeErrorKind::TrailingBytes).
    fn from_bytes(input: impl Into<Input<'a>>) -> Result<Self, DecodeError> {
        let mut reader = Reader::new(input);
        let value = Self::read(&mut reader)?;
        reader.finish()?;
        Ok(value)
    }

    /// Decodes one value from the start of `input` as `options` say: returns the value
    /// and the number of bytes it used, which is the whole input unless
    /// [`DecodeOptions::allow_trailing_bytes`] is set (then the value may be followed by
    /// more: a stream of values, a container with more data).
    fn from_bytes_with(
        input: impl Into<Input<'a>>,
        options: DecodeOptions,
    ) -> Result<(Self, usize), DecodeError> {
        let mut reader = Reader::with_options(input, options);
        let value = Self::read(&mut reader)?;
        let used = reader.position();
        if !options.allow_trailing_bytes {
            reader.finish()?;
        }
        Ok((value, used))
    }
}

/// A type that decodes from input of any lifetime, holding none of it: what a call's
/// [`RemoteCall::Return`] is, and the bound for generic code over owned values.
pub trait DecodeOwned: for<'a> Decode<'a> {}

impl<T: for<'a> Decode<'a>> DecodeOwned for T {}

/// A borrowed value that can become its owned form (a generated view its owned type,
/// `&str` a `String`), copying the data it borrows.
pub trait IntoOwned {
    /// The owned form.
    type Owned;

    /// Copies what the value borrows into the owned form.
    fn into_owned(self) -> Self::Owned;
}

/// The parameters of a function read without its constructor id: what a function's
/// [`Decode`] reads after checking the id, and what
/// [`BoxedCall`](crate::BoxedCall) holds. Implemented by generated code.
#[doc(hidden)]
pub trait ReadArgs: Sized {
    /// Reads the parameters, in order.
    fn read_args(reader: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

/// A type with one constructor id: a constructor struct or a function.
pub trait Identifiable {
    /// The constructor id (what is written first when the value is boxed).
    const CONSTRUCTOR_ID: u32;

    /// The TL name, as in the schema (`messages.exportChatInvite`, `chatInviteExported`).
    const NAME: &'static str;
}

/// A reference names what it refers to (so `Boxed(&value)` works in TL-JSON).
impl<T: Identifiable + ?Sized> Identifiable for &T {
    const CONSTRUCTOR_ID: u32 = T::CONSTRUCTOR_ID;
    const NAME: &'static str = T::NAME;
}

/// A function (RPC method): encoded boxed, answered with a `Return` or an `Error`.
///
/// Generated code implements it for every function; [`RemoteCall::decode_answer`] reads
/// what the server sends back, envelopes and all (see [`answer`](crate::answer)).
///
/// ```
/// use tl_runtime::{CallError, Encode, Identifiable, Output, RemoteCall, RpcError};
///
/// /// `getAnswer#0a0b0c0d = Bool;`, written by hand.
/// struct GetAnswer;
///
/// impl Identifiable for GetAnswer {
///     const CONSTRUCTOR_ID: u32 = 0x0a0b_0c0d;
///     const NAME: &'static str = "getAnswer";
/// }
///
/// impl Encode for GetAnswer {
///     fn write_to<O: Output>(&self, out: &mut O) {
///         out.put_u32(Self::CONSTRUCTOR_ID);
///     }
/// }
///
/// impl RemoteCall for GetAnswer {
///     type Return = bool;
///     type Error = RpcError;
/// }
///
/// // rpc_result#f35c6d01 req_msg_id:long = 5 result:Object = boolTrue#997275b5
/// let answer = [
///     0x01, 0x6d, 0x5c, 0xf3, 5, 0, 0, 0, 0, 0, 0, 0, 0xb5, 0x75, 0x72, 0x99,
/// ];
/// assert_eq!(GetAnswer::decode_answer(&answer), Ok(true));
///
/// // rpc_error#2144ca19 error_code:int = 400 error_message:string = "BOT_INVALID"
/// let error = [
///     0x19, 0xca, 0x44, 0x21, 0x90, 1, 0, 0,
///     11, b'B', b'O', b'T', b'_', b'I', b'N', b'V', b'A', b'L', b'I', b'D',
/// ];
/// assert_eq!(
///     GetAnswer::decode_answer(&error),
///     Err(CallError::Rpc(RpcError::new(400, "BOT_INVALID")))
/// );
/// ```
pub trait RemoteCall: Encode + Identifiable {
    /// What the server answers this call with.
    type Return: DecodeOwned;

    /// What an `rpc_error` answer becomes: the method's generated error enum, or
    /// [`RpcError`] itself for a method without documented errors.
    type Error: From<RpcError> + std::fmt::Debug;

    /// Decodes the server's answer to this call with the default [`DecodeOptions`]: the
    /// result, or the method's error, inside any `rpc_result` / `gzip_packed` envelopes
    /// (see [`answer`](crate::answer)); the bare result decodes too. From a `&Bytes`
    /// input, the result's `Bytes`/`SharedStr` fields share the buffer (or the inflated
    /// data, when the result was in a `gzip_packed`).
    fn decode_answer<'a>(
        input: impl Into<Input<'a>>,
    ) -> Result<Self::Return, CallError<Self::Error>> {
        Self::decode_answer_with(input, DecodeOptions::new())
    }

    /// [`RemoteCall::decode_answer`] with `options`: the depth limit (envelopes count as
    /// levels), the inflate limit of `gzip_packed`, and whether input may follow an
    /// envelope or the result (it is then ignored).
    fn decode_answer_with<'a>(
        input: impl Into<Input<'a>>,
        options: DecodeOptions,
    ) -> Result<Self::Return, CallError<Self::Error>> {
        let answer = crate::answer::decode(input.into(), options)?;
        answer.map_err(|error| CallError::Rpc(error.into()))
    }
}

/// Writes a flag-guarded parameter: nothing when it is absent (its bit says so).
#[doc(hidden)]
#[inline]
pub fn write_optional<T: Encode, O: Output>(value: &Option<T>, out: &mut O) {
    if let Some(value) = value {
        value.write_to(out);
    }
}

/// Reports [`EncodeError::FlagGroupMismatch`] unless the parameters `members` (TL name,
/// present) of `ty` that share the flag bit `flag` are all present or all absent.
#[doc(hidden)]
#[inline]
pub fn check_flag_group<O: Output>(
    out: &mut O,
    ty: &'static str,
    flag: &'static str,
    members: &[(&'static str, bool)],
) {
    let Some(&(first, present)) = members.first() else {
        return;
    };
    if let Some(&(other, _)) = members.iter().find(|(_, p)| *p != present) {
        let (set, unset) = if present {
            (first, other)
        } else {
            (other, first)
        };
        out.fail(EncodeError::FlagGroupMismatch {
            ty,
            flag,
            set,
            unset,
        });
    }
}
