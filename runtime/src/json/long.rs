//! `#[serde(with = "tl_runtime::json::long")]`: `long` fields as exact JSON integers.
//!
//! Output is always a JSON integer (serde_json writes every `i64` exactly). Input may be an
//! integer or a string of decimal digits with an optional `-` (what JavaScript clients send
//! to keep 64 bits exact). Supported field types ([`LongField`]): `i64` alone, in an
//! `Option`, in a `Vec` or [`RawVec`], or in an `Option` of a `Vec`. A value outside the
//! `i64` range, a fraction or a non-numeric string is a serde error, never a panic.

use std::fmt;

use ::serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use ::serde::ser::{Serialize, Serializer};

use crate::RawVec;

/// Serializes a `long` field (the `with` module's `serialize`).
pub fn serialize<T: LongField, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_long(serializer)
}

/// Deserializes a `long` field (the `with` module's `deserialize`).
pub fn deserialize<'de, T: LongField, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize_long(deserializer)
}

/// A field type holding `long`s; implemented for the shapes listed in the module docs.
pub trait LongField: Sized + sealed::Sealed {
    /// Writes the value with every `long` as an integer.
    fn serialize_long<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads the value with every `long` from an integer or a decimal string.
    fn deserialize_long<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

mod sealed {
    /// Keeps [`super::LongField`] closed to the shapes of this module.
    pub trait Sealed {}
}

/// One `long` read from an integer or a decimal string.
pub(crate) struct Long(pub(crate) i64);

impl<'de> Deserialize<'de> for Long {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LongVisitor).map(Long)
    }
}

/// Accepts what a `long` may be written as.
struct LongVisitor;

impl Visitor<'_> for LongVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a long (an integer from -2^63 to 2^63-1, or one as a decimal string)")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        let digits = v.strip_prefix('-').unwrap_or(v);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(E::invalid_value(Unexpected::Str(v), &self));
        }
        v.parse()
            .map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
    }
}

impl sealed::Sealed for i64 {}
impl LongField for i64 {
    fn serialize_long<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(*self)
    }
    fn deserialize_long<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Long::deserialize(d).map(|Long(v)| v)
    }
}

impl sealed::Sealed for Option<i64> {}
impl LongField for Option<i64> {
    fn serialize_long<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.serialize(s)
    }
    fn deserialize_long<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Long>::deserialize(d).map(|o| o.map(|Long(v)| v))
    }
}

/// Unwraps deserialized longs.
fn unwrap_all(items: Vec<Long>) -> Vec<i64> {
    items.into_iter().map(|Long(v)| v).collect()
}

impl sealed::Sealed for Vec<i64> {}
impl LongField for Vec<i64> {
    fn serialize_long<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.serialize(s)
    }
    fn deserialize_long<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Long>::deserialize(d).map(unwrap_all)
    }
}

impl sealed::Sealed for Option<Vec<i64>> {}
impl LongField for Option<Vec<i64>> {
    fn serialize_long<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.serialize(s)
    }
    fn deserialize_long<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Vec<Long>>::deserialize(d).map(|o| o.map(unwrap_all))
    }
}

impl sealed::Sealed for RawVec<i64> {}
impl LongField for RawVec<i64> {
    fn serialize_long<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
    fn deserialize_long<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Long>::deserialize(d).map(|items| RawVec(unwrap_all(items)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<i64, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        i64::deserialize_long(&mut de).map_err(|e| e.to_string())
    }

    #[test]
    fn integers_and_decimal_strings_are_longs() {
        assert_eq!(read("-4638371920211275392"), Ok(-4638371920211275392));
        assert_eq!(read("\"-4638371920211275392\""), Ok(-4638371920211275392));
        assert_eq!(read("\"9223372036854775807\""), Ok(i64::MAX));
        assert_eq!(read("9223372036854775807"), Ok(i64::MAX));
    }

    #[test]
    fn out_of_range_and_non_numbers_are_errors() {
        let err = read("9223372036854775808").unwrap_err();
        assert!(
            err.contains("invalid value: integer `9223372036854775808`"),
            "{err}"
        );
        assert!(read("\"9223372036854775808\"").is_err());
        assert!(read("\"12a\"").is_err());
        assert!(read("\"\"").is_err());
        assert!(read("\"-\"").is_err());
        assert!(read("\"+1\"").is_err());
        assert!(read("1.5").is_err());
    }
}
