//! One module per kind of emitted item: definition structs and their `Encode`/`Decode`,
//! enums, TL-JSON, error enums, the registry, the root module, and their docs.

pub mod decode;
pub mod definition;
pub mod docs;
pub mod encode;
pub mod enums;
pub mod error_enums;
pub mod json;
pub mod registry;
pub mod root_module;
pub mod structs;

use proc_macro2::{Delimiter, Group, TokenStream};

/// `{ parts.. }` as one token: interpolating a group into `quote!` copies one token,
/// interpolating a stream copies every one of its top-level tokens.
pub fn braced(parts: impl IntoIterator<Item = TokenStream>) -> Group {
    Group::new(Delimiter::Brace, parts.into_iter().collect())
}
