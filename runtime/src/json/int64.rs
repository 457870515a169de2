//! `#[serde(with = "tl_runtime::json::int64")]`: TDLib's `int64` (and TON's `long`) as JSON
//! strings.
//!
//! TDLib's JSON interface writes every 64-bit integer as a string of decimal digits
//! (`{"@type":"pushReceiverId","id":"578437695752307201"}`), since JavaScript numbers hold
//! 53 bits; `int53` and `int32` stay numbers. Output is that string; input may be the
//! string or a JSON integer, as TDLib reads it. Supported field types ([`Int64Field`]):
//! `i64` alone, in an `Option`, in a `Vec` or [`RawVec`], or in an `Option` of a `Vec`. A
//! value outside the `i64` range, a fraction or a non-numeric string is a serde error,
//! never a panic.

use ::serde::de::{Deserialize, Deserializer};
use ::serde::ser::{Serialize, Serializer};

use super::long::Long;
use crate::RawVec;

/// Serializes an `int64` field (the `with` module's `serialize`).
pub fn serialize<T: Int64Field, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_int64(serializer)
}

/// Deserializes an `int64` field (the `with` module's `deserialize`).
pub fn deserialize<'de, T: Int64Field, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize_int64(deserializer)
}

/// A field type holding `int64`s; implemented for the shapes listed in the module docs.
pub trait Int64Field: Sized + sealed::Sealed {
    /// Writes the value with every `int64` as a decimal string.
    fn serialize_int64<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads the value with every `int64` from a decimal string or an integer.
    fn deserialize_int64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

mod sealed {
    /// Keeps [`super::Int64Field`] closed to the shapes of this module.
    pub trait Sealed {}
}

/// One `int64` written as a string.
struct Text(i64);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

fn texts(values: &[i64]) -> impl Iterator<Item = Text> + '_ {
    values.iter().map(|&v| Text(v))
}

/// Unwraps deserialized values.
fn unwrap_all(items: Vec<Long>) -> Vec<i64> {
    items.into_iter().map(|Long(v)| v).collect()
}

impl sealed::Sealed for i64 {}
impl Int64Field for i64 {
    fn serialize_int64<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Text(*self).serialize(s)
    }
    fn deserialize_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Long::deserialize(d).map(|Long(v)| v)
    }
}

impl sealed::Sealed for Option<i64> {}
impl Int64Field for Option<i64> {
    fn serialize_int64<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.map(Text).serialize(s)
    }
    fn deserialize_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Long>::deserialize(d).map(|o| o.map(|Long(v)| v))
    }
}

impl sealed::Sealed for Vec<i64> {}
impl Int64Field for Vec<i64> {
    fn serialize_int64<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(texts(self))
    }
    fn deserialize_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Long>::deserialize(d).map(unwrap_all)
    }
}

impl sealed::Sealed for Option<Vec<i64>> {}
impl Int64Field for Option<Vec<i64>> {
    fn serialize_int64<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(values) => s.collect_seq(texts(values)),
            None => s.serialize_none(),
        }
    }
    fn deserialize_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Option::<Vec<Long>>::deserialize(d).map(|o| o.map(unwrap_all))
    }
}

impl sealed::Sealed for RawVec<i64> {}
impl Int64Field for RawVec<i64> {
    fn serialize_int64<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(texts(&self.0))
    }
    fn deserialize_int64<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Long>::deserialize(d).map(|items| RawVec(unwrap_all(items)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    struct Ids {
        #[serde(with = "super")]
        one: i64,
        #[serde(default, with = "super")]
        maybe: Option<i64>,
        #[serde(with = "super")]
        many: Vec<i64>,
        #[serde(default, with = "super")]
        maybe_many: Option<Vec<i64>>,
        #[serde(with = "super")]
        bare: RawVec<i64>,
    }

    #[test]
    fn written_as_strings_read_from_strings_or_numbers() {
        let ids = Ids {
            one: 578437695752307201,
            maybe: Some(i64::MIN),
            many: vec![-1, i64::MAX],
            maybe_many: None,
            bare: RawVec(vec![0]),
        };
        let text = serde_json::to_string(&ids).unwrap();
        assert_eq!(
            text,
            r#"{"one":"578437695752307201","maybe":"-9223372036854775808","many":["-1","9223372036854775807"],"maybe_many":null,"bare":["0"]}"#
        );
        assert_eq!(serde_json::from_str::<Ids>(&text).unwrap(), ids);
        let numbers = r#"{"one":578437695752307201,"maybe":-9223372036854775808,"many":[-1,"9223372036854775807"],"bare":[0]}"#;
        assert_eq!(serde_json::from_str::<Ids>(numbers).unwrap(), ids);
    }

    #[test]
    fn anything_else_is_an_error() {
        for bad in ["\"1.5\"", "1.5", "\"x\"", "\"9223372036854775808\"", "true"] {
            let text = format!(r#"{{"one":{bad},"many":[],"bare":[]}}"#);
            assert!(serde_json::from_str::<Ids>(&text).is_err(), "{bad}");
        }
    }
}
