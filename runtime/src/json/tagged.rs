//! Reading JSON objects whose tag (`"_"` in TL-JSON, `"@type"` in TDLib's JSON:
//! [`Tagged::TAG`]) decides what they are.
//!
//! A boxed type's enum is read by [`deserialize_tagged`]: when the tag is the first key (as
//! in everything this crate writes, and everything TDLib writes) the rest of the object
//! streams straight into the constructor's struct, so error paths (`peer.channel_id`) stay
//! exact; when it comes later, the object is buffered as a `serde_json::Value` first.
//! Whether unknown fields are errors is the struct's business (in TL-JSON they are).

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::value::MapAccessDeserializer;
use ::serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde_json::Value;

/// A type whose JSON objects are dispatched on their tag: the enum of a boxed type (or a
/// registry of many types).
pub trait Tagged: Sized {
    /// What an object of this type is, for messages: `"a constructor of type InputPeer"`.
    const EXPECTING: &'static str;

    /// The key whose value names the constructor: `"_"` (TL-JSON) unless the type says
    /// otherwise (`"@type"`, TDLib's JSON).
    const TAG: &'static str = "_";

    /// Reads the constructor named `tag` from `content` (the object without its tag);
    /// `Ok(None)` when no constructor has that name.
    fn variant<'de, D: Deserializer<'de>>(tag: &str, content: D) -> Result<Option<Self>, D::Error>;
}

/// Reads a [`Tagged`] value from an object with its tag ([`Tagged::TAG`]).
pub fn deserialize_tagged<'de, T: Tagged, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(TaggedVisitor(PhantomData))
}

/// Reads an object without fields (what a field-less constructor has besides `"_"`).
pub fn deserialize_unit<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    d.deserialize_map(UnitVisitor)
}

/// Ends the path prefixed to the message of an error found in a buffered object
/// (`channel_id: invalid type ...`); [`super::encode_text`] joins it to the outer path.
pub(crate) const PATH_END: &str = ": ";

/// The error for a tag naming nothing of the expected type.
fn unknown_tag<T: Tagged, E: de::Error>(tag: &str) -> E {
    E::custom(format_args!(
        "expected {} in `{}`, found unknown name `{tag}`",
        T::EXPECTING,
        T::TAG
    ))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (an object with `{}`)", T::EXPECTING, T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Err(de::Error::missing_field(T::TAG));
        };
        if first == T::TAG {
            let tag: String = map.next_value()?;
            let found = T::variant(&tag, MapAccessDeserializer::new(map))?;
            return found.ok_or_else(|| unknown_tag::<T, _>(&tag));
        }
        // The tag is not first: buffer the object to find it.
        let mut rest = serde_json::Map::new();
        rest.insert(first, map.next_value()?);
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            rest.insert(key, value);
        }
        let tag = match rest.remove(T::TAG) {
            Some(Value::String(tag)) => tag,
            Some(other) => {
                let message = format!("expected a string in `{}`, found {other}", T::TAG);
                return Err(de::Error::custom(message));
            }
            None => return Err(de::Error::missing_field(T::TAG)),
        };
        let mut track = serde_path_to_error::Track::new();
        let content = serde_path_to_error::Deserializer::new(Value::Object(rest), &mut track);
        match T::variant(&tag, content) {
            Ok(found) => found.ok_or_else(|| unknown_tag::<T, _>(&tag)),
            Err(error) => Err(de::Error::custom(format_args!(
                "{}{PATH_END}{error}",
                track.path()
            ))),
        }
    }
}

/// The entries of an object except `"_"`, which must be `name` if present.
pub(crate) struct SkipTag<A> {
    pub(crate) map: A,
    pub(crate) name: &'static str,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SkipTag<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(key) = self.map.next_key::<String>()? else {
                return Ok(None);
            };
            if key != "_" {
                // An unknown field fails here, outside the caller's path tracking: the
                // message carries the key (see `PATH_END`).
                let field = seed.deserialize(key.as_str().into_deserializer());
                return field.map(Some).map_err(|error: A::Error| {
                    de::Error::custom(format_args!("{key}{PATH_END}{error}"))
                });
            }
            let tag: String = self.map.next_value()?;
            if tag != self.name {
                let name = self.name;
                let message = format!("expected `{name}` in `_`, found `{tag}`");
                return Err(de::Error::custom(message));
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

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
