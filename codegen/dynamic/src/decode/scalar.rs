//! Scalars and their TL-JSON: integers as exact numbers, doubles as
//! `tl_runtime::json::double` spells them, `string` as JSON text (strict UTF-8), `bytes`
//! and `int128`/`int256`/`int512` as lowercase hex, `Bool` as `true`/`false`, and `bytes`
//! holding one message of the schema as `{"@tl": ...}` when
//! [`Options::nested`](crate::Options::nested) asks for it.

use tl_runtime::json::double::Double;
use tl_runtime::{DecodeErrorKind as WireKind, BOOL_FALSE_ID, BOOL_TRUE_ID};

use super::Decoder;
use crate::error::{DecodeError, DecodeErrorKind};
use crate::shape::Shape;

impl Decoder<'_, '_> {
    /// One scalar (anything [`Decoder::value`] does not dispatch itself).
    pub(super) fn scalar(&mut self, shape: &Shape) -> Result<(), DecodeError> {
        let offset = self.reader.position();
        match shape {
            Shape::Int => {
                let value = i32::from_le_bytes(self.reader.read_array()?);
                self.out.push_str(&value.to_string());
            }
            Shape::Long => {
                let value = i64::from_le_bytes(self.reader.read_array()?);
                self.out.push_str(&value.to_string());
            }
            Shape::Nat => {
                let value = self.reader.read_u32()?;
                self.out.push_str(&value.to_string());
            }
            Shape::Double => {
                let value = f64::from_le_bytes(self.reader.read_array()?);
                push_double(&mut self.out, value);
            }
            Shape::String => {
                let text = self.reader.read_str()?;
                push_json_str(&mut self.out, text);
            }
            Shape::Bytes => self.bytes()?,
            Shape::Raw(len) => {
                let data = self.reader.read_slice(*len)?;
                push_hex(&mut self.out, data);
            }
            Shape::Bool => {
                let value = self.read_bool()?;
                self.out.push_str(if value { "true" } else { "false" });
            }
            Shape::True => self.out.push_str("null"),
            other => {
                let ty = match other {
                    Shape::Unsupported(ty) => ty.clone(),
                    _ => format!("{other:?}"),
                };
                return Err(DecodeErrorKind::Unsupported { ty, offset }.into());
            }
        }
        Ok(())
    }

    /// A `Bool`: `boolTrue` or `boolFalse`, any other id an error.
    pub(super) fn read_bool(&mut self) -> Result<bool, DecodeError> {
        let offset = self.reader.position();
        match self.reader.read_u32()? {
            BOOL_TRUE_ID => Ok(true),
            BOOL_FALSE_ID => Ok(false),
            id => Err(WireKind::InvalidBool { id, offset }.into()),
        }
    }

    /// A `bytes` value: hex, or the message it holds (see [`Decoder::nested_message`]).
    fn bytes(&mut self) -> Result<(), DecodeError> {
        let data = self.reader.read_length_prefixed()?;
        match self.nested_message(data) {
            Some((json, json_max)) => {
                self.out.push_str("{\"@tl\":");
                self.out.push_str(&json);
                self.out.push('}');
                self.json_max = self.json_max.max(json_max);
            }
            None => push_hex(&mut self.out, data),
        }
        Ok(())
    }

    /// With [`Options::nested`](crate::Options::nested): the TL-JSON of `data` (and the
    /// deepest JSON level it reaches here) when it is exactly one boxed value of the schema
    /// (all of it read) whose TL-JSON encodes back to exactly `data`, and the whole JSON
    /// stays shallow enough for the encoder to read; `None` otherwise, and always without
    /// the option. A nested message counts as one more level of nesting.
    fn nested_message(&self, data: &[u8]) -> Option<(String, usize)> {
        let options = &self.codec.options;
        if !options.nested || data.len() < 4 || self.depth >= options.depth_limit {
            return None;
        }
        let decoder = Decoder::new(self.codec, data, self.depth + 1);
        let (json, json_max) = decoder.message_within(self.json_depth + 1).ok()?;
        if json_max > super::JSON_DEPTH_LIMIT {
            return None;
        }
        let again = self.codec.encode(&json).ok()?;
        (again == data).then_some((json, json_max))
    }
}

/// Appends `text` as a JSON string (escaped as serde_json escapes).
pub(super) fn push_json_str(out: &mut String, text: &str) {
    match serde_json::to_string(text) {
        Ok(json) => out.push_str(&json),
        // A `str` always serializes; keep the output JSON anyway.
        Err(_) => out.push_str("\"\""),
    }
}

/// Appends a double as `tl_runtime::json::double` spells it.
fn push_double(out: &mut String, value: f64) {
    match serde_json::to_string(&Double(value)) {
        Ok(json) => out.push_str(&json),
        Err(_) => out.push_str("\"NaN\""),
    }
}

/// Appends `data` as a string of lowercase hex digits.
fn push_hex(out: &mut String, data: &[u8]) {
    out.push('"');
    out.push_str(&crate::hex::encode(data));
    out.push('"');
}
