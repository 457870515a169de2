//! A toolchain for Telegram's Type Language (TL).
//!
//! The pipeline runs in one direction:
//!
//! 1. [`parse`]: `.tl` text to a syntax tree (nom; syntax only, every node has a span);
//! 2. [`model`]: the syntax tree to a resolved, validated [`model::Schema`] with
//!    constructor ids (explicit or computed with the CRC32 rule of a [`model::Dialect`],
//!    named or told from the text by [`model::detect`]);
//! 3. [`emit`]: the model to Rust tokens, formatted with prettyplease.
//!
//! The generated types can derive JSON (serde) in one of two conventions
//! ([`JsonConvention`]): TL-JSON (`"_"`) for Telegram's schemas, TDLib's own JSON
//! (`"@type"`, what `td_json_client` and tonlib speak) for the TDLib/TON dialect. From
//! TDLib's documentation, objects a parameter's `//@` text calls nullable ("may be null",
//! "pass null") are `Option`s, and every struct whose fields all have a default derives
//! `Default` (see [`Config::json_convention`] and the README's "TDLib users").
//!
//! [`diag`] renders errors as `file:line:col: error: message` with the source line and a caret,
//! many of them in linear time and up to a limit ([`diag::Report`]).
//!
//! [`Config`] runs the whole pipeline from a build script, like `prost-build`: see [`config`]
//! for a complete `build.rs` (with `tl-codegen` as a build dependency). The `codegen` command
//! line (package `codegen`, in `codegen/cli/`: `codegen generate`, and `cargo run -p codegen`
//! which regenerates this repository's checked-in bindings) goes through it too; this library
//! depends on no argument parser.

pub mod config;
pub mod diag;
pub mod emit;
pub mod model;
pub mod parse;
pub mod span;

pub use config::{compile_schemas, Config, Error};
pub use emit::JsonConvention;
pub use model::Dialect;
