//! The root module of the generated bindings (`mod.rs`): docs, modules, `LAYER`, lint
//! allowances. It is placed by its user (`#[path = "..."] mod bindings;` in a hand-written
//! crate root, or `include!` from a build script), so it says nothing about the crate.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Category, Schema};

use super::context::Context;
use super::docs::inner_doc_attrs;
use super::error::EmitError;
use super::format::comment_before;
use super::EmitOptions;

/// Lints the generated code trips legitimately, each with the reason.
pub const ALLOWED_LINTS: &[(&str, &str)] = &[
    (
        "clippy::large_enum_variant",
        "enum variants mirror TL constructors, whose sizes differ",
    ),
    (
        "clippy::too_many_arguments",
        "`new()` takes every required parameter of a constructor",
    ),
];

/// Counts shown in the crate docs.
struct Counts {
    constructors: usize,
    functions: usize,
    types: usize,
}

fn counts(ctx: &Context<'_>) -> Counts {
    let defs = ctx.closure.definitions.iter().map(|&d| ctx.def(d).category);
    let functions = defs.filter(|c| *c == Category::Function).count();
    Counts {
        constructors: ctx.closure.definitions.len() - functions,
        functions,
        types: ctx.closure.types.len(),
    }
}

/// The root module:
///
/// ```ignore
/// //! <options.crate_docs>
/// //!
/// //! # Layout ...
/// #![allow(clippy::large_enum_variant, clippy::too_many_arguments)]
/// use ::tl_runtime as tl_runtime; // EmitOptions::runtime_path
/// pub mod types;
/// pub mod enums;
/// pub mod functions;
/// /// The API layer these bindings were generated from.
/// pub const LAYER: i32 = 230;
/// ```
pub fn emit_root(
    ctx: &Context<'_>,
    schema: &Schema,
    options: &EmitOptions,
) -> Result<TokenStream, EmitError> {
    let counts = counts(ctx);
    let mut text = options.crate_docs.trim_end().to_owned();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "# Layout\n\n\
         - [`types`]: one struct per constructor ({}), namespaces as modules \
         (`types::messages::ExportedChatInvites`); `Serialize`/`Deserialize` write and read \
         the bare form (fields only).\n\
         - [`enums`]: one enum per boxed type ({}), a variant per constructor; written with \
         the constructor id first.\n\
         - [`functions`]: one struct per method ({}), implementing \
         [`tl_runtime::RemoteCall`] with the type of the answer.\n\n\
         Flag words (`flags:#`) are not fields: they are computed from the `Option` and \
         `bool` fields when writing.\n\n\
         # Features\n\n\
         - `serde`: TL-JSON (`{{\"_\": \"inputPeerSelf\"}}`) for every generated type.",
        counts.constructors, counts.types, counts.functions
    ));
    let docs = inner_doc_attrs(&text);
    let lints = ALLOWED_LINTS
        .iter()
        .map(|(lint, _)| lint.parse::<TokenStream>().expect("lint path"));
    let layer = schema.layer.map(|layer| {
        let layer = Literal::i64_unsuffixed(i64::from(layer));
        quote! {
            #[doc = " The API layer these bindings were generated from."]
            pub const LAYER: i32 = #layer;
        }
    });
    let runtime = options.runtime_path()?;
    Ok(quote! {
        #docs
        #![allow(#(#lints),*)]
        // Every generated module names the runtime `tl_runtime` through this import (and
        // its children's `use super::tl_runtime`), so the runtime's path is an option.
        #[allow(unused_imports)]
        use #runtime as tl_runtime;
        // Formatted by prettyplease at generation time; rustfmt must not reformat it,
        // or `cargo fmt` and the freshness check would fight.
        #[rustfmt::skip]
        pub mod types;
        #[rustfmt::skip]
        pub mod enums;
        #[rustfmt::skip]
        pub mod functions;
        #layer
    })
}

/// Adds the reasons of [`ALLOWED_LINTS`] as a comment above the `#![allow]`.
pub fn annotate_lints(source: &str) -> String {
    let reasons: Vec<String> = ALLOWED_LINTS
        .iter()
        .map(|(lint, why)| format!("{lint}: {why}."))
        .collect();
    let comment = format!(
        "Allowed lints, each legitimately tripped by generated code:\n{}",
        reasons.join("\n")
    );
    comment_before(source, "#![allow(", &comment)
}
