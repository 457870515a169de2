//! What a generated `registry` module is built from: TL bytes <-> TL-JSON text for any
//! boxed value, dispatched on the leading id (decode) or on `"_"` (encode).
//!
//! ```ignore
//! // generated registry.rs, in short:
//! pub fn decode_json(bytes: &[u8]) -> Result<String, JsonError> {
//!     match json::leading_id(bytes)? {
//!         0x997275b5 | 0xbc799737 => json::decode_bool(bytes),
//!         0x7da07ec9 | 0x27bcbbfc => json::decode::<enums::InputPeer>(bytes),
//!         id => Err(JsonError::UnknownId { id }),
//!     }
//! }
//! ```

use ::serde::{Deserialize, Deserializer};

use super::tagged::{deserialize_tagged, Tagged};
use super::JsonError;
use crate::{EncodeError, Reader, BOOL_FALSE_ID, BOOL_TRUE_ID};

/// The boxed id the bytes start with (an error when there are fewer than 4 bytes).
pub fn leading_id(bytes: &[u8]) -> Result<u32, JsonError> {
    Ok(Reader::new(bytes).read_u32()?)
}

/// Decodes all of `bytes` as a `T` and prints it as one line of TL-JSON.
pub fn decode<T>(bytes: &[u8]) -> Result<String, JsonError>
where
    T: crate::Decode + ::serde::Serialize,
{
    let value = T::from_bytes(bytes)?;
    serde_json::to_string(&value).map_err(|e| JsonError::Json {
        path: String::new(),
        message: e.to_string(),
    })
}

/// Decodes all of `bytes` as the function `T` and prints it as one line of TL-JSON, its
/// name as `"_"` first.
pub fn decode_function<T>(bytes: &[u8]) -> Result<String, JsonError>
where
    T: crate::Decode + crate::Identifiable + ::serde::Serialize,
{
    let value = T::from_bytes(bytes)?;
    serde_json::to_string(&super::Boxed(&value)).map_err(|e| JsonError::Json {
        path: String::new(),
        message: e.to_string(),
    })
}

/// Decodes a top-level `Bool`: `{"_":"boolTrue"}` or `{"_":"boolFalse"}`.
pub fn decode_bool(bytes: &[u8]) -> Result<String, JsonError> {
    let name = if <bool as crate::Decode>::from_bytes(bytes)? {
        "boolTrue"
    } else {
        "boolFalse"
    };
    Ok(format!("{{\"_\":\"{name}\"}}"))
}

/// The ids of a top-level `Bool`.
pub const BOOL_IDS: [u32; 2] = [BOOL_TRUE_ID, BOOL_FALSE_ID];

/// Reads one TL-JSON object (and nothing after it) as a [`Tagged`] value; errors carry
/// the path of the field being read.
pub fn encode_text<T: Tagged>(text: &str) -> Result<T, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let Top(value) = serde_path_to_error::deserialize(&mut de).map_err(json_error)?;
    de.end().map_err(|e| JsonError::Json {
        path: String::new(),
        message: e.to_string(),
    })?;
    Ok(value)
}

/// The error with its full path: an error found inside a buffered object (one whose `"_"`
/// was not first) carries the rest of its path at the start of its message.
fn json_error(error: serde_path_to_error::Error<serde_json::Error>) -> JsonError {
    let mut path = error.path().to_string();
    let mut message = error.into_inner().to_string();
    if path == "." {
        path.clear();
    }
    if let Some((inner, rest)) = message.split_once(super::tagged::PATH_END) {
        let is_path = !inner.is_empty() && !inner.contains(char::is_whitespace);
        if is_path && inner != "." {
            path = if path.is_empty() {
                inner.to_owned()
            } else {
                format!("{path}.{inner}")
            };
        }
        if is_path {
            message = rest.to_owned();
        }
    }
    JsonError::Json { path, message }
}

/// A top-level object read through [`deserialize_tagged`].
struct Top<T>(T);

impl<'de, T: Tagged> Deserialize<'de> for Top<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_tagged(d).map(Top)
    }
}

/// Reads the constructor `tag` of the boxed type `T` and encodes it (boxed); `Ok(None)`
/// when `T` has no such constructor.
pub fn variant<'de, T, D>(tag: &str, d: D) -> Result<Option<Result<Vec<u8>, EncodeError>>, D::Error>
where
    T: Tagged + crate::Encode,
    D: Deserializer<'de>,
{
    Ok(T::variant(tag, d)?.map(|value| to_bytes(&value)))
}

/// Reads a `T` (a function struct) and encodes it (boxed).
pub fn function<'de, T, D>(d: D) -> Result<Result<Vec<u8>, EncodeError>, D::Error>
where
    T: Deserialize<'de> + crate::Encode,
    D: Deserializer<'de>,
{
    Ok(to_bytes(&T::deserialize(d)?))
}

/// Reads a top-level Bool's object (no fields besides `"_"`) and encodes `value`.
pub fn bool_value<'de, D: Deserializer<'de>>(
    value: bool,
    d: D,
) -> Result<Result<Vec<u8>, EncodeError>, D::Error> {
    super::deserialize_unit(d)?;
    Ok(to_bytes(&value))
}

/// Checks and writes a value (its boxed form for enums and functions).
pub fn to_bytes<T: crate::Encode>(value: &T) -> Result<Vec<u8>, EncodeError> {
    value.to_bytes()
}

/// Lowercase hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    super::hex::encode(bytes)
}

/// The bytes spelled by `text` (either case; surrounding whitespace ignored).
pub fn from_hex(text: &str) -> Result<Vec<u8>, JsonError> {
    let text = text.trim();
    if let Some((position, c)) = text
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_hexdigit())
    {
        let found = format!("{c:?}");
        return Err(JsonError::Hex { position, found });
    }
    if !text.len().is_multiple_of(2) {
        let found = format!("an odd number of digits ({})", text.len());
        return Err(JsonError::Hex {
            position: text.len(),
            found,
        });
    }
    let digits = text.as_bytes();
    let value = |c: u8| super::hex::digit(c).unwrap_or(0);
    Ok(digits
        .chunks_exact(2)
        .map(|pair| value(pair[0]) << 4 | value(pair[1]))
        .collect())
}
