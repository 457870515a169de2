//! The resolved, validated schema and how it is built from syntax trees.
//!
//! [`load`] (or [`load_with`]) is the entry point: it parses one or more files,
//! recognizes built-in lines (`builtins.rs`), resolves names (`resolve.rs`),
//! lowers declarations (`lower.rs`, `docs.rs`), computes constructor ids
//! ([`id`]) and reports duplicates ([`duplicates`]). `display.rs` prints model
//! items back as canonical TL (`Display`, [`Definition::tl_line`]),
//! `schema_text.rs` whole schemas (`Display` for [`Schema`]); `wire.rs` what built-in
//! types (`int32`, `object`, ...) carry ([`builtin_wire`], [`Schema::any_types`]).
//! [`detect`] tells the [`Dialect`] of a schema from its text ([`load_detected`]).

mod ast_text;
mod builtins;
mod def_id;
pub mod detect;
pub mod diff;
mod display;
mod docs;
pub mod duplicates;
pub mod id;
mod load;
mod lower;
mod names;
mod resolve;
mod schema_text;
mod types;
mod validate;
mod wire;

pub use def_id::DefId;
pub use detect::{load_detected, Detection};
pub use diff::{diff, SchemaDiff};
pub use duplicates::{duplicate_ids, duplicate_names};
pub use id::{compute_id, id_line};
pub use load::{load, load_with, FileDiagnostic, LoadOptions, Loaded, SourceFile};
pub use types::{
    Builtin, Category, Definition, Dialect, Docs, FileId, Flag, IdSource, Origin, Param, ParamKind,
    Prim, QualName, Schema, Type,
};
pub use wire::{builtin_wire, AnyKind, BuiltinWire};
