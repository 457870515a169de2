//! The resolved, validated schema and how it is built from syntax trees.

mod types;

pub use types::*;
