//! The `"_"` of TL-JSON: what is boxed on the wire names its constructor or function.
//!
//! A generated struct (constructor or function) serializes as its fields only, through
//! its derived serde impls. The TL name is added where the value is boxed:
//! * the enum of a boxed type writes each variant with [`serialize_tagged`] (or
//!   [`serialize_unit`] for a constructor without fields), so `"_"` comes first;
//! * anything else that is boxed goes through [`Boxed`]: a function call at the top
//!   level (`Boxed(&call)`), the `query` of `invokeWithLayer` (`!X` parameters, as
//!   `#[serde(with = "tl_runtime::json::boxed")]`).
//!
//! The name is always the type's [`Identifiable::NAME`]: generated code states each TL
//! name once.

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::value::MapAccessDeserializer;
use ::serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use ::serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};

use super::tagged::SkipTag;
use crate::Identifiable;

/// A value in its boxed TL-JSON form: `{"_": NAME, ...fields}`. Reading accepts the
/// object with or without its `"_"`; when present it must be `T`'s name.
///
/// ```ignore
/// let text = serde_json::to_string(&Boxed(&call))?; // {"_":"messages.exportChatInvite",...}
/// let Boxed(call) = serde_json::from_str::<Boxed<ExportChatInvite>>(&text)?;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Boxed<T>(pub T);

impl<T: Identifiable + Serialize> Serialize for Boxed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_tagged(&self.0, serializer)
    }
}

impl<'de, T: Identifiable + Deserialize<'de>> Deserialize<'de> for Boxed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize(deserializer).map(Boxed)
    }
}

/// `#[serde(with = "tl_runtime::json::boxed")]`: writes `{"_": NAME, ...fields}`.
pub fn serialize<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Identifiable + Serialize,
    S: Serializer,
{
    serialize_tagged(value, serializer)
}

/// `#[serde(with = "tl_runtime::json::boxed")]`: reads the fields, and `"_"` when present
/// (it must then be `T`'s name).
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: Identifiable + Deserialize<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(BoxedVisitor(PhantomData))
}

/// Writes a struct `value` with `"_": T::NAME` as its first entry.
pub fn serialize_tagged<T, S>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Identifiable + Serialize + ?Sized,
    S: Serializer,
{
    value.serialize(TagFirst {
        inner: serializer,
        tag: T::NAME,
    })
}

/// Writes `{"_": T::NAME}`: a constructor without fields, as a variant of its enum.
pub fn serialize_unit<T: Identifiable, S: Serializer>(serializer: S) -> Result<S::Ok, S::Error> {
    let mut object = serializer.serialize_struct(T::NAME, 1)?;
    object.serialize_field("_", T::NAME)?;
    object.end()
}

struct BoxedVisitor<T>(PhantomData<T>);

impl<'de, T: Identifiable + Deserialize<'de>> Visitor<'de> for BoxedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object for {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let name = T::NAME;
        T::deserialize(MapAccessDeserializer::new(SkipTag { map, name }))
    }
}

/// A serializer that accepts one struct and writes `"_"` before its fields.
struct TagFirst<S> {
    inner: S,
    tag: &'static str,
}

/// The error for anything but a struct (generated types are always structs).
fn not_a_struct<E: ser::Error>() -> E {
    E::custom("a boxed TL-JSON value must serialize as a struct")
}

/// Serializer methods that reject their value (`Err(not_a_struct())`, both named where the
/// macro is used; `S` is the wrapped serializer).
macro_rules! reject {
    ($($method:ident($($arg:ty),*) -> $ret:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ret, S::Error> {
            Err(not_a_struct())
        }
    )*};
}

pub(crate) use reject;

impl<S: Serializer> Serializer for TagFirst<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = S::SerializeStruct;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        let mut object = self.inner.serialize_struct(name, len + 1)?;
        object.serialize_field("_", self.tag)?;
        Ok(object)
    }

    reject! {
        serialize_bool(bool) -> S::Ok;
        serialize_i8(i8) -> S::Ok;
        serialize_i16(i16) -> S::Ok;
        serialize_i32(i32) -> S::Ok;
        serialize_i64(i64) -> S::Ok;
        serialize_u8(u8) -> S::Ok;
        serialize_u16(u16) -> S::Ok;
        serialize_u32(u32) -> S::Ok;
        serialize_u64(u64) -> S::Ok;
        serialize_f32(f32) -> S::Ok;
        serialize_f64(f64) -> S::Ok;
        serialize_char(char) -> S::Ok;
        serialize_str(&str) -> S::Ok;
        serialize_bytes(&[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(&'static str) -> S::Ok;
        serialize_unit_variant(&'static str, u32, &'static str) -> S::Ok;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(not_a_struct())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_struct())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_struct())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Ping {
        ping_id: i32,
    }

    impl Identifiable for Ping {
        const CONSTRUCTOR_ID: u32 = 0x7abe77ec;
        const NAME: &'static str = "ping";
    }

    #[test]
    fn the_name_comes_first() {
        let text = serde_json::to_string(&Boxed(Ping { ping_id: 7 })).unwrap();
        assert_eq!(text, r#"{"_":"ping","ping_id":7}"#);
    }

    #[test]
    fn the_name_is_optional_on_input_but_must_match() {
        let read = |text| serde_json::from_str::<Boxed<Ping>>(text).map(|b| b.0);
        assert_eq!(
            read(r#"{"_":"ping","ping_id":7}"#).unwrap(),
            Ping { ping_id: 7 }
        );
        assert_eq!(
            read(r#"{"ping_id":7,"_":"ping"}"#).unwrap(),
            Ping { ping_id: 7 }
        );
        assert_eq!(read(r#"{"ping_id":7}"#).unwrap(), Ping { ping_id: 7 });
        let wrong = read(r#"{"_":"pong","ping_id":7}"#).unwrap_err().to_string();
        assert!(
            wrong.contains("expected `ping` in `_`, found `pong`"),
            "{wrong}"
        );
        let unknown = read(r#"{"_":"ping","ping_id":7,"x":1}"#).unwrap_err();
        assert!(
            unknown.to_string().contains("unknown field `x`"),
            "{unknown}"
        );
    }

    #[test]
    fn a_unit_is_its_name() {
        let mut out = Vec::new();
        serialize_unit::<Ping, _>(&mut serde_json::Serializer::new(&mut out)).unwrap();
        assert_eq!(out, br#"{"_":"ping"}"#);
    }
}
