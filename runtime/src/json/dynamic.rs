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
//! // `decode_json_as("Vector<ExportedChatInvite>", bytes)`: the type named by the caller.
//! pub fn decode_json_as(ty: &str, bytes: &[u8]) -> Result<String, JsonError> {
//!     json::decode_as(ty, bytes, json_reader)
//! }
//! fn json_reader(name: &str) -> Option<json::ReadJson> {
//!     let read: json::ReadJson = match name {
//!         "InputPeer" => json::read_value::<enums::InputPeer>,
//!         "inputPeerChannel" => json::read_bare::<types::InputPeerChannel>,
//!         _ => return None,
//!     };
//!     Some(read)
//! }
//! ```

use ::serde::{Deserialize, Deserializer, Serialize};

use super::tagged::{deserialize_tagged, Tagged};
use super::JsonError;
use crate::reader::MIN_ELEMENT_SIZE;
use crate::{
    Decode, DecodeOwned, EncodeError, Identifiable, Reader, BOOL_FALSE_ID, BOOL_TRUE_ID, VECTOR_ID,
};

/// The boxed id the bytes start with (an error when there are fewer than 4 bytes).
pub fn leading_id(bytes: &[u8]) -> Result<u32, JsonError> {
    Ok(Reader::new(bytes).read_u32()?)
}

/// Decodes all of `bytes` as a `T` and prints it as one line of TL-JSON.
pub fn decode<T>(bytes: &[u8]) -> Result<String, JsonError>
where
    T: crate::DecodeOwned + ::serde::Serialize,
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
    T: crate::DecodeOwned + crate::Identifiable + ::serde::Serialize,
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

/// Reads one value at the reader's position and appends its TL-JSON to `out`: what a
/// generated registry's lookup gives for the name of a boxed type or a constructor.
pub type ReadJson = fn(&mut Reader<'_>, &mut String) -> Result<(), JsonError>;

/// [`ReadJson`] of a value printed as it serializes: a boxed type's enum (id checked, `"_"`
/// first), a primitive.
pub fn read_value<T: DecodeOwned + Serialize>(
    reader: &mut Reader<'_>,
    out: &mut String,
) -> Result<(), JsonError> {
    push_json(out, &T::read(reader)?)
}

/// [`ReadJson`] of a bare constructor (its fields, no id), printed with its `"_"` as the
/// boxed value would be.
pub fn read_bare<T: DecodeOwned + Identifiable + Serialize>(
    reader: &mut Reader<'_>,
    out: &mut String,
) -> Result<(), JsonError> {
    push_json(out, &super::Boxed(&T::read(reader)?))
}

/// [`ReadJson`] of `bytes`, `int128` and `int256`: a lowercase hex string.
fn read_hex<T: DecodeOwned + AsRef<[u8]>>(
    reader: &mut Reader<'_>,
    out: &mut String,
) -> Result<(), JsonError> {
    let value = T::read(reader)?;
    out.push('"');
    out.push_str(&super::hex::encode(value.as_ref()));
    out.push('"');
    Ok(())
}

/// Appends the one-line JSON of `value`.
fn push_json<T: Serialize + ?Sized>(out: &mut String, value: &T) -> Result<(), JsonError> {
    let text = serde_json::to_string(value).map_err(|e| JsonError::Json {
        path: String::new(),
        message: e.to_string(),
    })?;
    out.push_str(&text);
    Ok(())
}

/// A type named by the caller of `decode_json_as`, resolved.
enum Shape {
    /// A primitive, a boxed type or a bare constructor.
    Value(ReadJson),
    /// `Bool`: `{"_":"boolTrue"}` at the top level, `true` inside a vector.
    Bool,
    /// `Vector<T>` (`boxed`: the id `0x1cb5c415` first) or the bare `vector<T>`.
    Vector { boxed: bool, element: Box<Shape> },
}

/// Resolves `ty`: a primitive, `Vector<T>`/`vector<T>` (nested as deep as written), or a
/// name `lookup` knows (a boxed type or a constructor of the set).
fn shape(ty: &str, lookup: fn(&str) -> Option<ReadJson>) -> Result<Shape, JsonError> {
    let ty = ty.trim();
    for (prefix, boxed) in [("Vector<", true), ("vector<", false)] {
        if let Some(inner) = ty.strip_prefix(prefix).and_then(|t| t.strip_suffix('>')) {
            let element = Box::new(shape(inner, lookup)?);
            return Ok(Shape::Vector { boxed, element });
        }
    }
    let read: ReadJson = match ty {
        "Bool" => return Ok(Shape::Bool),
        "int" => read_value::<i32>,
        "long" => read_value::<i64>,
        "double" => read_value::<f64>,
        "string" => read_value::<String>,
        "bytes" => read_hex::<Vec<u8>>,
        "int128" => read_hex::<[u8; 16]>,
        "int256" => read_hex::<[u8; 32]>,
        _ => lookup(ty).ok_or_else(|| JsonError::UnknownType {
            name: ty.to_owned(),
        })?,
    };
    Ok(Shape::Value(read))
}

/// Reads one value of `shape` into `out`; `top`: not inside a vector.
fn read_shape(
    shape: &Shape,
    reader: &mut Reader<'_>,
    out: &mut String,
    top: bool,
) -> Result<(), JsonError> {
    match shape {
        Shape::Value(read) => read(reader, out),
        Shape::Bool => {
            let value = bool::read(reader)?;
            out.push_str(match (top, value) {
                (true, true) => "{\"_\":\"boolTrue\"}",
                (true, false) => "{\"_\":\"boolFalse\"}",
                (false, value) => {
                    if value {
                        "true"
                    } else {
                        "false"
                    }
                }
            });
            Ok(())
        }
        Shape::Vector { boxed, element } => {
            if *boxed {
                reader.expect_id(VECTOR_ID, "Vector")?;
            }
            let count = reader.read_count(MIN_ELEMENT_SIZE)?;
            out.push('[');
            for index in 0..count {
                if index > 0 {
                    out.push(',');
                }
                read_shape(element, reader, out, false).map_err(|error| match error {
                    JsonError::Decode(error) => JsonError::Decode(error.at_index(index)),
                    other => other,
                })?;
            }
            out.push(']');
            Ok(())
        }
    }
}

/// Decodes all of `bytes` as the type `ty` and prints it as one line of TL-JSON: what a
/// generated `decode_json_as` calls with its lookup of the set's names.
///
/// `ty` is a primitive (`int`, `long`, `double`, `string`, `bytes`, `int128`, `int256`,
/// `Bool`), a name `lookup` knows (a boxed type, whose id is checked, or a bare
/// constructor, printed with its `"_"`), or `Vector<T>` / the bare `vector<T>` of any of
/// these. An unknown name is [`JsonError::UnknownType`]; trailing bytes are an error.
pub fn decode_as(
    ty: &str,
    bytes: &[u8],
    lookup: fn(&str) -> Option<ReadJson>,
) -> Result<String, JsonError> {
    let shape = shape(ty, lookup)?;
    let mut reader = Reader::new(bytes);
    let mut out = String::new();
    read_shape(&shape, &mut reader, &mut out, true)?;
    reader.finish()?;
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<ReadJson> {
        None
    }

    fn hex(text: &str) -> Vec<u8> {
        from_hex(text).unwrap()
    }

    #[test]
    fn primitives_and_vectors_of_them() {
        let as_type = |ty: &str, text: &str| decode_as(ty, &hex(text), none).unwrap();
        assert_eq!(as_type("int", "feffffff"), "-2");
        assert_eq!(as_type("long", "ffffffffffffff7f"), "9223372036854775807");
        assert_eq!(as_type(" Bool ", "b5757299"), r#"{"_":"boolTrue"}"#);
        assert_eq!(as_type("string", "026869ff"), r#""hi""#);
        assert_eq!(as_type("bytes", "02ab00ff"), r#""ab00""#);
        assert_eq!(
            as_type(
                "Vector<long>",
                "15c4b51c0200000001000000000000000200000000000000"
            ),
            "[1,2]"
        );
        assert_eq!(
            as_type(
                "vector<Vector<Bool>>",
                "0100000015c4b51c02000000b5757299379779bc"
            ),
            "[[true,false]]"
        );
    }

    #[test]
    fn errors_name_the_type_and_the_element() {
        let error = decode_as("Vector<Peer>", &hex("15c4b51c00000000"), none).unwrap_err();
        assert!(matches!(&error, JsonError::UnknownType { name } if name == "Peer"));
        assert!(error.to_string().contains("unknown type `Peer`"), "{error}");
        let bad_bool = decode_as("Vector<Bool>", &hex("15c4b51c01000000efbeadde"), none);
        let text = bad_bool.unwrap_err().to_string();
        assert!(
            text.contains("[0]") && text.contains("byte offset 8"),
            "{text}"
        );
        let trailing = decode_as("int", &hex("0100000002"), none).unwrap_err();
        assert!(
            trailing.to_string().contains("found 1 more byte"),
            "{trailing}"
        );
    }
}
