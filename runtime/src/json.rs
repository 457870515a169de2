//! TL-JSON for generated types (crate feature `json`).
//!
//! The convention (the project's `tests/vectors/README.md`): an object's `"_"` is its TL
//! name; parameters keep their schema names; flag words are never written; a clear
//! optional parameter is omitted and a set `?true` one is `true`; `int` and `long` are
//! exact integers (a `long` may also be given as a decimal string); `bytes`, `int128`
//! and `int256` are lowercase hex; `Bool` is `true`/`false`, and a top-level Bool is
//! `{"_": "boolTrue"}`.
//!
//! Generated code refers to these items by path:
//! * `#[serde(with = "tl_runtime::json::hex")]` on `bytes`, `int128` and `int256`
//!   fields (alone, optional, or in a vector): they are lowercase hex strings in JSON;
//! * `#[serde(with = "tl_runtime::json::long")]` on `long` fields;
//! * `#[serde(with = "tl_runtime::json::double")]` on `double` fields (alone, optional, or
//!   in vectors): finite values are JSON numbers that read back to the same bits, NaN and
//!   the infinities are the strings `"NaN"` (or `"NaN(0x<bits>)"`), `"Infinity"` and
//!   `"-Infinity"` (see the module's docs);
//! * `#[serde(default, skip_serializing_if = "tl_runtime::json::is_false")]` on
//!   `flags.N?true` fields: `true` is written, `false` is left out;
//! * [`serialize_tagged`] and [`serialize_unit`]: writing a boxed type's enum, `"_"`
//!   first; [`Tagged`] and [`deserialize_tagged`]: reading it, dispatched on `"_"`;
//! * `#[serde(with = "tl_runtime::json::boxed")]` on `!X` parameters (the wrapped call of
//!   `invokeWithLayer`), which are boxed with their `"_"`;
//! * `decode`, `encode_text` and their neighbours: the generated `registry` module (TL bytes
//!   <-> TL-JSON for any boxed value of a generated set).
//!
//! Bindings generated with TDLib's JSON convention (`tl_codegen::JsonConvention::Tdlib`, the
//! default for the TDLib/TON dialect) use instead:
//! * `#[serde(tag = "@type", rename = "<TL name>")]` on every struct, and [`Tagged`] with
//!   `TAG = "@type"` on enums;
//! * `#[serde(with = "tl_runtime::json::int64")]` on `int64`/`long` fields (JSON strings),
//!   [`long`] on `int53` ones (numbers), `#[serde(with = "tl_runtime::json::base64")]` on
//!   `bytes`, `int128` and `int256`; nullable objects are plain `Option`s (`null`);
//! * [`tdlib::Request`] and [`tdlib::Answer`], what a TDLib client sends and receives
//!   (`"@extra"`, `"@client_id"`, errors).
//!
//! All of these are plumbing for generated code and hidden from these docs; what users
//! call is [`Boxed`] (the TL-JSON of a boxed value, `"_"` first), [`JsonError`], the
//! hex helpers [`to_hex`] and [`from_hex`], and [`double`], whose docs define how a
//! `double` is spelled (and [`double::Double`], one value in that spelling).

pub mod base64;
#[doc(hidden)]
pub mod boxed;
mod byte_text;
pub mod double;
mod dynamic;
mod error;
#[doc(hidden)]
pub mod hex;
pub mod int64;
#[doc(hidden)]
pub mod long;
mod tagged;
pub mod tdlib;
mod trailing;

pub use boxed::Boxed;
#[doc(hidden)]
pub use boxed::{serialize_tagged, serialize_unit};
#[doc(hidden)]
pub use dynamic::{
    bool_value, decode, decode_as, decode_bool, decode_function, encode_text, function, leading_id,
    read_bare, read_value, to_bytes, variant, ReadJson, BOOL_IDS,
};
pub use dynamic::{from_hex, to_hex};
pub use error::JsonError;
#[doc(hidden)]
pub use tagged::{deserialize_tagged, deserialize_unit, Tagged};

/// Whether `b` is `false`: the `skip_serializing_if` predicate for `flags.N?true` fields.
#[doc(hidden)]
pub fn is_false(b: &bool) -> bool {
    !*b
}
