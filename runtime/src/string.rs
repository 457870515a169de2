//! TL `string` (`String`, `str`) and `bytes` (`Vec<u8>`, `[u8]`): one length-prefixed,
//! zero-padded wire form (<https://core.telegram.org/mtproto/serialize>, "Base Types").
//!
//! Writing: a length `L <= 253` takes one byte; `L >= 254` takes the byte `0xfe`
//! followed by `L` as 3 little-endian bytes; then the `L` data bytes, then zero bytes up
//! to a multiple of 4. `L >= 2^24` has no encoding ([`EncodeError::StringTooLong`]).
//!
//! Reading is lenient where real clients are, strict where a byte sequence has no
//! defined meaning:
//! * the long form is accepted for short lengths too (it is unambiguous);
//! * padding bytes are skipped without looking at their values (they carry nothing);
//! * padding must be present: a value cut inside it is [`DecodeErrorKind::UnexpectedEnd`];
//! * a first byte of 255 is [`DecodeErrorKind::InvalidLengthPrefix`] (no encoder writes it);
//! * `string` must be valid UTF-8 ([`DecodeErrorKind::InvalidUtf8`]); it is never
//!   decoded lossily.

use crate::output::padding;
use crate::{Decode, DecodeError, DecodeErrorKind, Encode, EncodeError, Output, Reader};

/// The longest `string`/`bytes` value TL can express, in bytes (2^24 - 1).
pub const MAX_STRING_LEN: usize = (1 << 24) - 1;

/// The longest length the one-byte short form holds.
const SHORT_MAX: usize = 253;

/// The first byte of the long form.
const LONG_MARKER: u8 = 254;

/// The size of the length header for `len` data bytes.
#[inline]
fn header_len(len: usize) -> usize {
    if len <= SHORT_MAX {
        1
    } else {
        4
    }
}

/// The encoded size of a value with `len` data bytes: header, data, padding.
#[inline]
pub fn encoded_len(len: usize) -> usize {
    let used = header_len(len) + len;
    used + padding(used)
}

/// Writes header, data and padding; a value longer than [`MAX_STRING_LEN`] is
/// [`EncodeError::StringTooLong`] (and nothing is written).
#[inline]
fn write_data<O: Output>(data: &[u8], out: &mut O) {
    let len = data.len();
    if len <= SHORT_MAX {
        out.put_padded(&[len as u8], data);
    } else if len <= MAX_STRING_LEN {
        let [a, b, c, _] = (len as u32).to_le_bytes();
        out.put_padded(&[LONG_MARKER, a, b, c], data);
    } else {
        out.fail(EncodeError::StringTooLong { len });
    }
}

impl<'a> Reader<'a> {
    /// Reads one `string`/`bytes` value and returns its data, borrowed from the input
    /// (without the length header and the padding).
    #[inline]
    pub fn read_length_prefixed(&mut self) -> Result<&'a [u8], DecodeError> {
        self.read_data().map(|(_, data)| data)
    }

    /// Reads one `string` value as UTF-8 text borrowed from the input.
    #[inline]
    pub fn read_str(&mut self) -> Result<&'a str, DecodeError> {
        let (string_offset, data) = self.read_data()?;
        utf8(data).map_err(|error| {
            DecodeErrorKind::InvalidUtf8 {
                offset: string_offset + error.valid_up_to(),
                string_offset,
            }
            .into()
        })
    }

    /// Reads header, data and padding; returns where the data starts and the data.
    #[inline]
    pub(crate) fn read_data(&mut self) -> Result<(usize, &'a [u8]), DecodeError> {
        let offset = self.position();
        let [first] = self.read_array::<1>()?;
        let (header, len) = match first {
            LONG_MARKER => {
                let [a, b, c] = self.read_array::<3>()?;
                (4, u32::from_le_bytes([a, b, c, 0]) as usize)
            }
            255 => {
                return Err(DecodeErrorKind::InvalidLengthPrefix {
                    found: first,
                    offset,
                }
                .into())
            }
            short => (1, usize::from(short)),
        };
        let data = self.read_slice(len + padding(header + len))?;
        Ok((offset + header, &data[..len]))
    }
}

/// [`DecodeErrorKind::InvalidUtf8`] of a string whose data starts at `string_offset`
/// (as [`Reader::read_str`] reports it).
#[cold]
pub(crate) fn invalid_utf8(string_offset: usize, error: std::str::Utf8Error) -> DecodeError {
    DecodeErrorKind::InvalidUtf8 {
        offset: string_offset + error.valid_up_to(),
        string_offset,
    }
    .into()
}

/// `data` as text; ASCII (most names, links and usernames) is checked a word at a time.
#[inline]
pub(crate) fn utf8(data: &[u8]) -> Result<&str, std::str::Utf8Error> {
    if data.is_ascii() {
        // SAFETY: every ASCII byte sequence is valid UTF-8.
        return Ok(unsafe { std::str::from_utf8_unchecked(data) });
    }
    std::str::from_utf8(data)
}

/// Implements `Encode` for a type whose `as_ref()` is the data to write.
macro_rules! length_prefixed {
    ($($ty:ty),*) => {$(
        impl Encode for $ty {
            #[inline]
            fn write_to<O: Output>(&self, out: &mut O) {
                write_data(self.as_ref(), out);
            }
        }
    )*};
}

length_prefixed!(str, String, [u8], Vec<u8>);

/// TL `bytes`: the data is copied out of the input.
impl Decode<'_> for Vec<u8> {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.read_length_prefixed().map(<[u8]>::to_vec)
    }
}

/// TL `string`: strict UTF-8, see the module docs.
impl Decode<'_> for String {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.read_str().map(str::to_owned)
    }
}
