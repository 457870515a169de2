//! Everything decided before a token is written: the index, the naming plan, the closure of
//! the roots, which fields are boxed, the flag words, each definition's fields and their Rust
//! types, and which item goes in which module.

pub mod closure;
pub mod context;
pub mod customize;
pub mod duplicates;
pub mod fields;
pub mod flags;
pub mod index;

pub mod names;
pub mod naming;
pub mod paths;
pub mod recursion;
pub mod rust_type;
