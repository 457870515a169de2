//! Everything decided before a line is written: the index, the naming plan, the closure of
//! the roots, which fields are boxed, the flag words, and the plan of each definition
//! (fields, Rust types, locals, answer, error enum) and of each enum (variants), all
//! computed once in [`context::Context::new`].

pub mod closure;
pub mod context;
pub mod customize;
pub mod def_plan;
pub mod defaults;
pub mod duplicates;
pub mod enum_plan;
pub mod fields;
pub mod flags;
pub mod index;
pub mod names;
pub mod naming;
pub mod nullable;
pub mod paths;
pub mod recursion;
pub mod rust_syntax;
pub mod rust_type;
pub mod views;
