//! One value of a [`Shape`] from TL-JSON: scalars read by the same serde impls generated
//! bindings use (so their messages are the same), vectors, and `bytes` as hex or as the
//! marked message `{"@tl": {...}}` the decoder's nested mode writes.

use std::fmt;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};
use tl_runtime::json::double::Double;
use tl_runtime::{BOOL_FALSE_ID, BOOL_TRUE_ID};

use super::object::ObjectSeed;
use super::tagged::{Scope, TaggedSeed};
use super::{unknown_field, Ctx};
use crate::shape::Shape;
use crate::wire::{put_string, put_u32, MAX_STRING_LEN, VECTOR_ID};

/// The key of a `bytes` value written as the message it holds.
const NESTED_KEY: &str = "@tl";

/// Reads one value of `shape` and writes its bytes.
pub(crate) struct ValueSeed<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) shape: &'a Shape,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_> {
    type Value = Vec<u8>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<u8>, D::Error> {
        let ctx = self.ctx;
        let bytes = match self.shape {
            Shape::Int => i32::deserialize(d)?.to_le_bytes().to_vec(),
            Shape::Long => {
                let value: i64 = tl_runtime::json::long::deserialize(d)?;
                value.to_le_bytes().to_vec()
            }
            Shape::Double => Double::deserialize(d)?.0.to_le_bytes().to_vec(),
            Shape::Nat => u32::deserialize(d)?.to_le_bytes().to_vec(),
            Shape::String => string(String::deserialize(d)?.as_bytes())?,
            Shape::Bytes => d.deserialize_any(BytesVisitor { ctx })?,
            Shape::Raw(len) => raw(*len, d)?,
            Shape::Bool => {
                let id = if bool::deserialize(d)? {
                    BOOL_TRUE_ID
                } else {
                    BOOL_FALSE_ID
                };
                id.to_le_bytes().to_vec()
            }
            Shape::True => {
                <()>::deserialize(d)?;
                Vec::new()
            }
            Shape::Vector { boxed, elem } => d.deserialize_seq(SeqVisitor {
                ctx,
                elem,
                boxed: *boxed,
                len: None,
            })?,
            Shape::Array { len, elem } => d.deserialize_seq(SeqVisitor {
                ctx,
                elem,
                boxed: false,
                len: Some(*len),
            })?,
            Shape::Boxed(ty) => tagged(ctx, Scope::Type(*ty), d)?,
            Shape::Any(kind) => tagged(ctx, Scope::Any(*kind), d)?,
            Shape::Query => tagged(ctx, Scope::Top, d)?,
            Shape::Bare(def) => ObjectSeed { ctx, def: *def }.deserialize(d)?,
            Shape::Unsupported(ty) => {
                return Err(de::Error::custom(format_args!(
                    "expected a type this codec writes, found a value of `{ty}`"
                )))
            }
        };
        Ok(bytes)
    }
}

/// A value dispatched on its `"_"`.
fn tagged<'de, D: Deserializer<'de>>(
    ctx: &Ctx<'_>,
    scope: Scope,
    d: D,
) -> Result<Vec<u8>, D::Error> {
    TaggedSeed { ctx, scope }.deserialize(d)
}

/// `int128`, `int256`, `int512`: as many hex digits as the bytes need.
fn raw<'de, D: Deserializer<'de>>(len: usize, d: D) -> Result<Vec<u8>, D::Error> {
    use tl_runtime::json::hex;
    Ok(match len {
        16 => hex::deserialize::<[u8; 16], D>(d)?.to_vec(),
        32 => hex::deserialize::<[u8; 32], D>(d)?.to_vec(),
        _ => hex::deserialize::<[u8; 64], D>(d)?.to_vec(),
    })
}

/// The `string`/`bytes` form of `data`, or the runtime's error for data too long for it.
fn string<E: de::Error>(data: &[u8]) -> Result<Vec<u8>, E> {
    if data.len() > MAX_STRING_LEN {
        return Err(E::custom(format_args!(
            "expected a string or bytes value shorter than 16777216 bytes, found {} bytes",
            data.len()
        )));
    }
    let mut out = Vec::with_capacity(data.len() + 8);
    put_string(&mut out, data);
    Ok(out)
}

/// A flag-guarded parameter: `null` is absent, anything else the value.
pub(crate) struct OptionSeed<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) shape: &'a Shape,
}

impl<'de> DeserializeSeed<'de> for OptionSeed<'_, '_> {
    type Value = Option<Vec<u8>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptionSeed<'_, '_> {
    type Value = Option<Vec<u8>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let seed = ValueSeed {
            ctx: self.ctx,
            shape: self.shape,
        };
        seed.deserialize(d).map(Some)
    }
}

/// A JSON array: `Vector<T>`/`vector<T>` (the count first), or an inline array of `len`.
struct SeqVisitor<'a, 'c> {
    ctx: &'a Ctx<'c>,
    elem: &'a Shape,
    boxed: bool,
    len: Option<usize>,
}

impl<'de> Visitor<'de> for SeqVisitor<'_, '_> {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.len {
            Some(len) => write!(f, "an array of {len} elements"),
            None => f.write_str("a sequence"),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
        let mut body = Vec::new();
        let mut count = 0_usize;
        loop {
            let seed = ValueSeed {
                ctx: self.ctx,
                shape: self.elem,
            };
            let next = self
                .ctx
                .within(format!("[{count}]"), || seq.next_element_seed(seed))?;
            let Some(bytes) = next else {
                break;
            };
            body.extend(bytes);
            count += 1;
        }
        if self.len.is_some_and(|len| len != count) {
            return Err(de::Error::invalid_length(count, &self));
        }
        let Ok(count) = i32::try_from(count) else {
            return Err(de::Error::custom(format_args!(
                "expected a vector of at most 2147483647 elements, found {count} elements"
            )));
        };
        let mut out = Vec::with_capacity(body.len() + 8);
        if self.boxed {
            put_u32(&mut out, VECTOR_ID);
        }
        if self.len.is_none() {
            out.extend(count.to_le_bytes());
        }
        out.extend(body);
        Ok(out)
    }
}

/// `bytes`: a hex string, or `{"@tl": MESSAGE}` for the bytes of one boxed value.
struct BytesVisitor<'a, 'c> {
    ctx: &'a Ctx<'c>,
}

impl<'de> Visitor<'de> for BytesVisitor<'_, '_> {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a hex string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Vec<u8>, E> {
        let data = crate::hex::decode(text)
            .ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))?;
        string(&data)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<u8>, A::Error> {
        let expected = [NESTED_KEY.to_owned()];
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom(format_args!(
                "missing field `{NESTED_KEY}`"
            )));
        };
        if key != NESTED_KEY {
            return Err(unknown_field(&key, &expected));
        }
        let ctx = self.ctx;
        let message = map.next_value_seed(TaggedSeed {
            ctx,
            scope: Scope::Top,
        })?;
        if let Some(key) = map.next_key::<String>()? {
            return Err(unknown_field(&key, &expected));
        }
        string(&message)
    }
}
