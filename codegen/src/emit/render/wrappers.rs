//! The pieces shared by the two renderings of one emission (see `parallel`): a directory
//! of module files (`mod.rs`, `types.rs`, `enums.rs`, `functions.rs`) for a checked-in
//! crate, or one file for `include!(concat!(env!("OUT_DIR"), "/tl.rs"))` from a build
//! script. They differ only in where module bodies go (their own files, or inline
//! `pub mod types { .. }`) and in how the root's attributes are written: an included file
//! cannot start with inner attributes, so there the lint allowances go on each module as
//! outer attributes and the root's `//!` docs are left to the includer.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::emit::error::EmitError;
use crate::emit::items::root_module::{lint_allowances, lint_reasons, Root};
use crate::emit::render::format::{comment_before, format_file};

/// A module of the single file: `pub mod <name> { <body> }` with its outer attributes and
/// the lint allowances (an included file cannot carry them as inner attributes).
pub(crate) fn inline_module(name: &str, attrs: &TokenStream, body: &TokenStream) -> TokenStream {
    let name = Ident::new(name, Span::call_site());
    let lints = lint_allowances();
    quote!(#attrs #[allow(#lints)] pub mod #name { #body })
}

/// The single file's text with the reasons for the lint allowances in a comment above the
/// first of them (prettyplease drops comments in tokens).
pub(crate) fn with_lint_reasons(text: &str) -> String {
    comment_before(text, "#[allow(clippy::", &lint_reasons())
}

/// `mod.rs`: the root's docs, `#![allow(..)]` (with the reasons in a comment), the runtime
/// import, one `pub mod` per module (name and outer attributes) and the root's items.
pub(crate) fn root_file(
    root: &Root,
    modules: impl Iterator<Item = (&'static str, TokenStream)>,
    header: &str,
) -> Result<String, EmitError> {
    let Root {
        docs,
        runtime,
        items,
    } = root;
    let lints = lint_allowances();
    let decls = modules.map(|(name, attrs)| {
        let name = Ident::new(name, Span::call_site());
        // Formatted by prettyplease at generation time; rustfmt must not reformat it,
        // or `cargo fmt` and the freshness check would fight.
        quote!(#attrs #[rustfmt::skip] pub mod #name;)
    });
    let root = quote!(#docs #![allow(#lints)] #runtime #(#decls)* #items);
    let root = format_file("mod.rs", root, header)?;
    Ok(comment_before(&root, "#![allow(", &lint_reasons()))
}
