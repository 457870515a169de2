//! The two renderings of one emission: a directory of module files (`mod.rs`, `types.rs`,
//! `enums.rs`, `functions.rs`) for a checked-in crate, or one file for
//! `include!(concat!(env!("OUT_DIR"), "/tl.rs"))` from a build script.
//!
//! Both render the same [`Bindings`]; they differ only in where module bodies go (their own
//! files, or inline `pub mod types { .. }`) and in how the root's attributes are written:
//! an included file cannot start with inner attributes, so there the lint allowances go on
//! each module as outer attributes and the root's `//!` docs are left to the includer.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::error::EmitError;
use super::format::{comment_before, format_file};
use super::root_module::{lint_allowances, lint_reasons, Root};
use super::OutputFile;

/// One top-level module of the bindings (`types`, `enums` or `functions`).
#[derive(Debug, Clone)]
pub struct Module {
    /// `types`, `enums` or `functions`.
    pub(crate) name: &'static str,
    /// Outer attributes of the module (`#[cfg(feature = "json")]`), or nothing.
    pub(crate) attrs: TokenStream,
    /// The body: inner docs, imports, items and namespace modules.
    pub(crate) body: TokenStream,
}

/// Everything emitted for a schema, before it is laid out as files.
#[derive(Debug, Clone)]
pub struct Bindings {
    /// The `//` comment put first in every file.
    pub(crate) header: String,
    /// The root module's docs and items other than the modules.
    pub(crate) root: Root,
    /// `types`, `enums`, `functions`.
    pub(crate) modules: Vec<Module>,
}

impl Bindings {
    /// `mod.rs` (docs, `#![allow(..)]`, `pub mod types;` ..., `LAYER`) and one file per module.
    pub fn files(&self) -> Result<Vec<OutputFile>, EmitError> {
        let decls = self.modules.iter().map(|m| (m.name, m.attrs.clone()));
        let mut files = vec![OutputFile {
            path: "mod.rs".into(),
            contents: root_file(&self.root, decls, &self.header)?,
        }];
        for module in &self.modules {
            let path = format!("{}.rs", module.name);
            let contents = format_file(&path, module.body.clone(), &self.header)?;
            files.push(OutputFile { path, contents });
        }
        Ok(files)
    }

    /// One file of items only (no inner attributes at its top): the root's items and the
    /// modules inline, each with the lint allowances as an outer attribute.
    pub fn single_file(&self) -> Result<String, EmitError> {
        let (runtime, items) = (&self.root.runtime, &self.root.items);
        let modules = (self.modules.iter()).map(|m| inline_module(m.name, &m.attrs, &m.body));
        let text = format_file("tl.rs", quote!(#runtime #(#modules)* #items), &self.header)?;
        Ok(with_lint_reasons(&text))
    }
}

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
