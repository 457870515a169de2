//! Helpers for the TL-JSON form of generated types (crate feature `serde`).
//!
//! Generated code refers to these by path:
//! * `#[serde(with = "tl_runtime::serde::hex")]` on `bytes`, `int128` and `int256`
//!   fields (alone, optional, or in a vector): they are lowercase hex strings in JSON;
//! * `#[serde(default, skip_serializing_if = "tl_runtime::serde::is_false")]` on
//!   `flags.N?true` fields: `true` is written, `false` is left out.

pub mod hex;

/// Whether `b` is `false`: the `skip_serializing_if` predicate for `flags.N?true` fields.
pub fn is_false(b: &bool) -> bool {
    !*b
}
