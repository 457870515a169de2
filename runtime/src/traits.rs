//! The traits generated code implements. (CONTRACT: the emitter targets exactly these.)

use bytes::BufMut;

use crate::{DecodeError, DecodeOptions, EncodeError, Reader};

/// A value that can be written in TL binary form.
///
/// The required core (`serialized_len`, `checked_len`, `write_raw`) is what generated
/// code implements; `serialize` and `to_bytes` are the safe entry points users call.
pub trait Serialize {
    /// Exact number of bytes [`Serialize::write_raw`] writes for this value.
    fn serialized_len(&self) -> usize;

    /// [`Serialize::check`] and [`Serialize::serialized_len`] in one pass over the value:
    /// the exact length when the value has a valid encoding. `serialize` and `to_bytes`
    /// use it, so encoding walks the value twice (this, then the write), not three times.
    fn checked_len(&self) -> Result<usize, EncodeError>;

    /// Every invariant that must hold for this value to have a valid encoding
    /// (string lengths below 2^24, parameters that share a flag bit set together, ...).
    /// Writes nothing.
    fn check(&self) -> Result<(), EncodeError> {
        self.checked_len().map(|_| ())
    }

    /// Writes the value without checking. Callers must have called [`Serialize::check`]
    /// and made sure the buffer holds [`Serialize::serialized_len`] more bytes.
    ///
    /// # Panics
    /// May panic when `check` would have failed or the buffer is too small.
    fn write_raw<B: BufMut + ?Sized>(&self, buf: &mut B);

    /// Checks the value, then writes it; on error nothing has been written.
    fn serialize<B: BufMut + ?Sized>(&self, buf: &mut B) -> Result<(), EncodeError> {
        let needed = self.checked_len()?;
        if buf.remaining_mut() < needed {
            return Err(EncodeError::BufferTooSmall {
                needed,
                remaining: buf.remaining_mut(),
            });
        }
        self.write_raw(buf);
        Ok(())
    }

    /// Serializes into a fresh vector of exactly [`Serialize::serialized_len`] bytes.
    fn to_bytes(&self) -> Result<Vec<u8>, EncodeError> {
        let mut out = Vec::with_capacity(self.checked_len()?);
        self.write_raw(&mut out);
        Ok(out)
    }
}

/// A value that can be read from TL binary form.
pub trait Deserialize: Sized {
    /// Reads one value from the reader's current position.
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError>;

    /// Decodes a whole buffer (`&[u8]`, `Vec<u8>`, `bytes::Bytes`, ...) with the default
    /// [`DecodeOptions`]: the value must use every byte, otherwise
    /// [`DecodeErrorKind::TrailingBytes`](crate::DecodeErrorKind::TrailingBytes).
    fn from_bytes(bytes: impl AsRef<[u8]>) -> Result<Self, DecodeError> {
        let mut reader = Reader::new(bytes.as_ref());
        let value = Self::read(&mut reader)?;
        reader.finish()?;
        Ok(value)
    }

    /// Decodes one value from the start of a buffer that may continue after it (a
    /// stream of values, a container with more data): returns the value and the number
    /// of bytes it used. Otherwise the default [`DecodeOptions`].
    fn from_bytes_prefix(bytes: impl AsRef<[u8]>) -> Result<(Self, usize), DecodeError> {
        Self::from_bytes_with(bytes, DecodeOptions::new().allow_trailing_bytes(true))
    }

    /// Decodes one value from the start of `bytes` as `options` say: returns the value
    /// and the number of bytes it used (the whole input unless its
    /// `allow_trailing_bytes` is set).
    fn from_bytes_with(
        bytes: impl AsRef<[u8]>,
        options: DecodeOptions,
    ) -> Result<(Self, usize), DecodeError> {
        let mut reader = Reader::with_options(bytes.as_ref(), options);
        let value = Self::read(&mut reader)?;
        let used = reader.position();
        if !options.allow_trailing_bytes {
            reader.finish()?;
        }
        Ok((value, used))
    }
}

/// A type with one constructor id: a constructor struct or a function.
pub trait Identifiable {
    /// The constructor id (what is written first when the value is boxed).
    const CONSTRUCTOR_ID: u32;
}

/// A function (RPC method): serialized boxed, answered with a `Return`.
pub trait RemoteCall: Serialize + Identifiable {
    /// What the server answers this call with.
    type Return: Deserialize;

    /// Decodes the server's answer to this call.
    fn decode_response(bytes: impl AsRef<[u8]>) -> Result<Self::Return, DecodeError> {
        Self::Return::from_bytes(bytes)
    }
}
