//! `#[serde(with = "tl_runtime::json::double")]`: `double` fields that keep every bit.
//!
//! A TL `double` is any IEEE-754 binary64 value, and the wire carries NaN (with its payload)
//! and the infinities as readily as `1.5`. JSON numbers cannot spell those (serde_json
//! writes them as `null`, which then reads back as nothing), so TL-JSON spells them as
//! strings:
//!
//! | value | TL-JSON |
//! | --- | --- |
//! | finite (`-0.0` included) | a JSON number, the shortest text that reads back to the same bits (`1.5`, `-0.0`, `1e300`) |
//! | `+inf` / `-inf` | `"Infinity"` / `"-Infinity"` |
//! | the quiet NaN `0x7ff8000000000000` (Rust's `f64::NAN`) | `"NaN"` |
//! | any other NaN (sign, payload) | `"NaN(0x7ff0000000000001)"`: its 64 bits as 16 hex digits |
//!
//! Reading accepts a JSON number (integers too, as `f64` does), those strings (hex digits
//! of either case; the bits must be a NaN), and nothing else: anything else is a serde
//! error, never a panic. With serde_json's `float_roundtrip` feature (which this
//! workspace turns on), every finite value reads back to the bits it was printed from.
//!
//! Supported field types ([`DoubleField`]): `f64`, and `Option`, `Vec` and [`RawVec`] of
//! any supported type (`Option<f64>`, `Vec<f64>`, `Option<Vec<f64>>`, `Vec<Vec<f64>>`, ...),
//! so one attribute fits every shape a `double` parameter takes. [`Double`] is one value
//! in this spelling, for code that builds TL-JSON without a field to annotate.

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, SeqAccess, Unexpected, Visitor,
};
use ::serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::RawVec;

/// The bits of `f64::NAN`, spelled `"NaN"`.
const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;

/// Serializes a `double` field (the `with` module's `serialize`).
pub fn serialize<T: DoubleField, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_double(serializer)
}

/// Deserializes a `double` field (the `with` module's `deserialize`).
pub fn deserialize<'de, T: DoubleField, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize_double(deserializer)
}

/// The string a non-finite value is spelled as (`"NaN"`, `"NaN(0x...)"`, `"Infinity"`,
/// `"-Infinity"`); `None` for a finite value, which is a JSON number.
pub fn non_finite_text(value: f64) -> Option<String> {
    if value.is_finite() {
        return None;
    }
    Some(match value.to_bits() {
        QUIET_NAN => "NaN".to_owned(),
        _ if value == f64::INFINITY => "Infinity".to_owned(),
        _ if value == f64::NEG_INFINITY => "-Infinity".to_owned(),
        bits => format!("NaN(0x{bits:016x})"),
    })
}

/// The value a string of [`non_finite_text`] spells, bit for bit; `None` for any other
/// string.
pub fn parse_non_finite(text: &str) -> Option<f64> {
    match text {
        "NaN" => return Some(f64::from_bits(QUIET_NAN)),
        "Infinity" => return Some(f64::INFINITY),
        "-Infinity" => return Some(f64::NEG_INFINITY),
        _ => {}
    }
    let digits = text.strip_prefix("NaN(0x")?.strip_suffix(')')?;
    if digits.len() != 16 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let value = f64::from_bits(u64::from_str_radix(digits, 16).ok()?);
    value.is_nan().then_some(value)
}

/// One `double` in the TL-JSON spelling of this module (a number, or a string for NaN and
/// the infinities).
#[derive(Debug, Clone, Copy, Default)]
pub struct Double(pub f64);

impl PartialEq for Double {
    /// Bit equality: `Double(f64::NAN) == Double(f64::NAN)`, `Double(0.0) != Double(-0.0)`.
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Double {}

impl Serialize for Double {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match non_finite_text(self.0) {
            None => serializer.serialize_f64(self.0),
            Some(text) => serializer.serialize_str(&text),
        }
    }
}

impl<'de> Deserialize<'de> for Double {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DoubleVisitor).map(Double)
    }
}

/// Accepts what a `double` may be written as.
struct DoubleVisitor;

impl Visitor<'_> for DoubleVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a double (a number, or \"NaN\", \"Infinity\", \"-Infinity\" or \
             \"NaN(0x<16 hex digits>)\")",
        )
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        parse_non_finite(v).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }
}

/// A field type holding `double`s; implemented for the shapes listed in the module docs.
pub trait DoubleField: Sized + sealed::Sealed {
    /// Writes the value with every `double` in this module's spelling.
    fn serialize_double<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Reads the value with every `double` in this module's spelling.
    fn deserialize_double<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

mod sealed {
    /// Keeps [`super::DoubleField`] closed to the shapes of this module.
    pub trait Sealed {}
}

impl sealed::Sealed for f64 {}
impl DoubleField for f64 {
    fn serialize_double<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Double(*self).serialize(s)
    }
    fn deserialize_double<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Double::deserialize(d).map(|Double(v)| v)
    }
}

impl<T: DoubleField> sealed::Sealed for Option<T> {}
impl<T: DoubleField> DoubleField for Option<T> {
    fn serialize_double<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => s.serialize_some(&Ser(value)),
            None => s.serialize_none(),
        }
    }
    fn deserialize_double<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_option(OptionVisitor(PhantomData))
    }
}

impl<T: DoubleField> sealed::Sealed for Vec<T> {}
impl<T: DoubleField> DoubleField for Vec<T> {
    fn serialize_double<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_items(self, s)
    }
    fn deserialize_double<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(SeqVisitor(PhantomData))
    }
}

impl<T: DoubleField> sealed::Sealed for RawVec<T> {}
impl<T: DoubleField> DoubleField for RawVec<T> {
    fn serialize_double<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_items(&self.0, s)
    }
    fn deserialize_double<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(SeqVisitor(PhantomData)).map(RawVec)
    }
}

/// Serializes one [`DoubleField`] value through its own method.
struct Ser<'a, T>(&'a T);

impl<T: DoubleField> Serialize for Ser<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_double(serializer)
    }
}

/// Writes `items` as an array, each through [`DoubleField::serialize_double`].
fn serialize_items<T: DoubleField, S: Serializer>(items: &[T], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(items.len()))?;
    for item in items {
        seq.serialize_element(&Ser(item))?;
    }
    seq.end()
}

/// Deserializes one [`DoubleField`] value through its own method.
struct Seed<T>(PhantomData<T>);

impl<'de, T: DoubleField> DeserializeSeed<'de> for Seed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize_double(deserializer)
    }
}

/// `null` or a value, as `Option<T>` reads it.
struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: DoubleField> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<T>;

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
        T::deserialize_double(d).map(Some)
    }
}

/// An array, as `Vec<T>` reads it (the reservation bounded as serde bounds it).
struct SeqVisitor<T>(PhantomData<T>);

impl<'de, T: DoubleField> Visitor<'de> for SeqVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let hint = seq.size_hint().unwrap_or(0).min(4096);
        let mut items = Vec::with_capacity(hint);
        while let Some(item) = seq.next_element_seed(Seed(PhantomData))? {
            items.push(item);
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: f64) -> String {
        serde_json::to_string(&Double(value)).unwrap()
    }

    fn read(json: &str) -> Result<f64, String> {
        serde_json::from_str::<Double>(json)
            .map(|Double(v)| v)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn finite_values_are_numbers_and_read_back_exactly() {
        for value in [
            0.0,
            -0.0,
            1.5,
            -2.0,
            0.1,
            1e300,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            1.0 / 3.0,
        ] {
            let json = text(value);
            assert!(!json.starts_with('"'), "{json}");
            assert_eq!(read(&json).unwrap().to_bits(), value.to_bits(), "{json}");
        }
        assert_eq!(text(-0.0), "-0.0");
        assert_eq!(text(1.5), "1.5");
        assert_eq!(read("3").unwrap(), 3.0);
        assert_eq!(read("-3").unwrap(), -3.0);
    }

    #[test]
    fn non_finite_values_are_strings_with_every_bit() {
        assert_eq!(text(f64::NAN), "\"NaN\"");
        assert_eq!(text(f64::INFINITY), "\"Infinity\"");
        assert_eq!(text(f64::NEG_INFINITY), "\"-Infinity\"");
        for bits in [
            0x7ff0_0000_0000_0001_u64,
            0xfff8_0000_0000_0000,
            0x7fff_ffff_ffff_ffff,
            0xffff_ffff_ffff_ffff,
            0x7ff4_0000_dead_beef,
        ] {
            let json = text(f64::from_bits(bits));
            assert_eq!(json, format!("\"NaN(0x{bits:016x})\""));
            assert_eq!(read(&json).unwrap().to_bits(), bits, "{json}");
        }
        assert_eq!(read("\"NaN\"").unwrap().to_bits(), QUIET_NAN);
        let upper = read("\"NaN(0x7FF0000000000001)\"").unwrap();
        assert_eq!(upper.to_bits(), 0x7ff0_0000_0000_0001);
    }

    /// Every shape, annotated as generated code is.
    #[derive(Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    struct Shapes {
        #[serde(with = "crate::json::double")]
        alone: f64,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "crate::json::double"
        )]
        maybe: Option<f64>,
        #[serde(with = "crate::json::double")]
        many: Vec<f64>,
        #[serde(with = "crate::json::double")]
        bare: RawVec<f64>,
        #[serde(default, with = "crate::json::double")]
        maybe_many: Option<Vec<f64>>,
        #[serde(with = "crate::json::double")]
        nested: Vec<Vec<f64>>,
    }

    #[test]
    fn every_shape_round_trips_bit_for_bit() {
        let odd = f64::from_bits(0xfff0_0000_0000_0002);
        let value = Shapes {
            alone: f64::NAN,
            maybe: Some(f64::NEG_INFINITY),
            many: vec![1.0, -0.0, odd],
            bare: RawVec(vec![f64::INFINITY]),
            maybe_many: Some(vec![0.5, f64::NAN]),
            nested: vec![vec![], vec![2.5, odd]],
        };
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(
            json,
            r#"{"alone":"NaN","maybe":"-Infinity","many":[1.0,-0.0,"NaN(0xfff0000000000002)"],"bare":["Infinity"],"maybe_many":[0.5,"NaN"],"nested":[[],[2.5,"NaN(0xfff0000000000002)"]]}"#
        );
        let back: Shapes = serde_json::from_str(&json).unwrap();
        let bits = |v: &Shapes| {
            let mut all = vec![v.alone, v.maybe.unwrap()];
            all.extend(&v.many);
            all.extend(&v.bare.0);
            all.extend(v.maybe_many.iter().flatten());
            all.extend(v.nested.iter().flatten());
            all.iter().map(|d| d.to_bits()).collect::<Vec<u64>>()
        };
        assert_eq!(bits(&back), bits(&value));
        let absent: Shapes =
            serde_json::from_str(r#"{"alone":1,"maybe":null,"many":[],"bare":[],"nested":[]}"#)
                .unwrap();
        assert_eq!((absent.maybe, absent.maybe_many), (None, None));
        let error =
            serde_json::from_str::<Shapes>(r#"{"alone":1,"many":["Inf"],"bare":[],"nested":[]}"#)
                .unwrap_err();
        assert!(error.to_string().contains("string \"Inf\""), "{error}");
    }

    #[test]
    fn other_strings_and_values_are_errors() {
        for bad in [
            "\"nan\"",
            "\"inf\"",
            "\"1.5\"",
            "\"NaN(0x3ff0000000000000)\"",
            "\"NaN(0x7ff000000000001)\"",
            "\"NaN(0x7ff0000000000001\"",
            "\"NaN(0x+ff0000000000001)\"",
            "\"\"",
            "null",
            "true",
            "[]",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
        let message = read("\"x\"").unwrap_err();
        assert!(
            message.starts_with("invalid value: string \"x\", expected a double"),
            "{message}"
        );
    }
}
