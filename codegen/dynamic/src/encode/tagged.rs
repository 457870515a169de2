//! Objects whose `"_"` says what they are. When `"_"` is the first key (as in everything
//! the decoder writes) the rest of the object streams into the named definition, so error
//! paths and positions stay exact; otherwise the object is buffered as a
//! `serde_json::Value` first and read again from there.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use tl_codegen::model::AnyKind;
use tl_runtime::{BOOL_FALSE_ID, BOOL_TRUE_ID};

use super::object::ObjectSeed;
use super::{Ctx, PATH_END};

/// Which names `"_"` may hold.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Scope {
    /// Any call or constructor of the schema, or a `Bool` (the top level, `!X` queries).
    Top,
    /// A constructor of the boxed type with this index.
    Type(usize),
    /// Any constructor (`Object`) or any call (`Function`).
    Any(AnyKind),
}

/// Reads one object dispatched on `"_"` and writes its boxed bytes.
pub(crate) struct TaggedSeed<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) scope: Scope,
}

/// What `"_"` named.
#[derive(Debug, Clone, Copy)]
enum Target {
    Bool(bool),
    Definition(usize),
}

impl TaggedSeed<'_, '_> {
    /// What an object of this scope is, for messages.
    fn expecting(&self) -> String {
        match self.scope {
            Scope::Top => "a constructor or function of this set".to_owned(),
            Scope::Type(ty) => {
                format!("a constructor of type {}", self.ctx.index.types[ty].name)
            }
            Scope::Any(kind) => format!("a constructor of type {}", kind.type_name()),
        }
    }

    /// The definition (or `Bool`) `tag` names in this scope.
    fn target(&self, tag: &str) -> Option<Target> {
        let index = self.ctx.index;
        let def = match self.scope {
            Scope::Top => match tag {
                "boolTrue" => return Some(Target::Bool(true)),
                "boolFalse" => return Some(Target::Bool(false)),
                _ => index.definition_by_name(tag),
            },
            Scope::Type(ty) => index.types[ty].by_name.get(tag).copied(),
            Scope::Any(kind) => index.any_by_name(kind, tag),
        };
        def.map(Target::Definition)
    }

    /// Reads the object's fields (`"_"` left out) into the bytes of `target`.
    fn read<'de, D: Deserializer<'de>>(
        &self,
        target: Target,
        content: D,
    ) -> Result<Vec<u8>, D::Error> {
        match target {
            Target::Bool(value) => {
                content.deserialize_map(UnitVisitor)?;
                let id = if value { BOOL_TRUE_ID } else { BOOL_FALSE_ID };
                Ok(id.to_le_bytes().to_vec())
            }
            Target::Definition(def) => {
                let plan = &self.ctx.index.defs[def];
                let mut out = plan.id.to_le_bytes().to_vec();
                if plan.fields.is_empty() && !plan.function {
                    // A constructor without fields is read as its enum variant is.
                    content.deserialize_map(UnitVisitor)?;
                } else {
                    let seed = ObjectSeed { ctx: self.ctx, def };
                    out.extend(seed.deserialize(content)?);
                }
                Ok(out)
            }
        }
    }
}

/// `expected {what} in `_`, found unknown name `{tag}``.
fn unknown_tag<E: de::Error>(tag: &str, what: &str) -> E {
    E::custom(format_args!(
        "expected {what} in `_`, found unknown name `{tag}`"
    ))
}

impl<'de> DeserializeSeed<'de> for TaggedSeed<'_, '_> {
    type Value = Vec<u8>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TaggedSeed<'_, '_> {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (an object with `_`)", TaggedSeed::expecting(self))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<u8>, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Err(de::Error::missing_field("_"));
        };
        if first == "_" {
            let tag: String = map.next_value()?;
            let what = TaggedSeed::expecting(&self);
            let target = self.target(&tag).ok_or_else(|| unknown_tag(&tag, &what))?;
            return self.read(target, MapAccessDeserializer::new(map));
        }
        // `"_"` is not first: buffer the object to find it.
        let mut rest = serde_json::Map::new();
        rest.insert(first, map.next_value()?);
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            rest.insert(key, value);
        }
        let tag = match rest.remove("_") {
            Some(Value::String(tag)) => tag,
            Some(other) => {
                let message = format!("expected a string in `_`, found {other}");
                return Err(de::Error::custom(message));
            }
            None => return Err(de::Error::missing_field("_")),
        };
        let what = TaggedSeed::expecting(&self);
        let target = self.target(&tag).ok_or_else(|| unknown_tag(&tag, &what))?;
        let mut track = serde_path_to_error::Track::new();
        let content = serde_path_to_error::Deserializer::new(Value::Object(rest), &mut track);
        self.read(target, content)
            .map_err(|error| de::Error::custom(format_args!("{}{PATH_END}{error}", track.path())))
    }
}

/// An object without fields (what a field-less constructor has besides `"_"`).
struct UnitVisitor;

impl<'de> Visitor<'de> for UnitVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object without fields")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        match map.next_key::<String>()? {
            Some(key) => Err(de::Error::unknown_field(&key, &[])),
            None => Ok(()),
        }
    }
}
