//! The root module of the generated bindings (`mod.rs`): docs, modules, `LAYER`, lint
//! allowances. It is placed by its user (`#[path = "..."] mod bindings;` in a hand-written
//! crate root, or `include!` from a build script), so it says nothing about the crate.

use crate::model::{Category, Schema};

use crate::emit::plan::context::Context;
use crate::emit::{EmitOptions, JsonConvention};

/// Lints the generated code trips legitimately, each with the reason.
pub const ALLOWED_LINTS: &[(&str, &str)] = &[
    (
        "dead_code",
        "a binary that includes the bindings uses only some of them",
    ),
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
    error_enums: usize,
}

fn counts(ctx: &Context<'_>) -> Counts {
    let defs = ctx.closure.definitions.iter().map(|&d| ctx.def(d).category);
    let functions = defs.filter(|c| *c == Category::Function).count();
    Counts {
        constructors: ctx.closure.definitions.len() - functions,
        functions,
        types: ctx.closure.types.len(),
        error_enums: ctx
            .closure
            .definitions
            .iter()
            .filter(|&&d| ctx.plan(d).error_enum.is_some())
            .count(),
    }
}

/// The Layout line of the `errors` module, when there is one.
fn errors_item(error_enums: usize) -> String {
    if error_enums == 0 {
        return String::new();
    }
    format!(
        "- [`errors`]: one enum per method with documented errors ({error_enums}), converted \
         from [`tl_runtime::RpcError`] by name, with a fallback for errors not listed.\n"
    )
}

/// The root module's docs, the runtime's path and the items after the modules
/// (`LAYER`); [`crate::emit::render`] lays them out:
///
/// ```ignore
/// //! <options.crate_docs>
/// //!
/// //! # Layout ...
/// use ::tl_runtime as tl_runtime; // EmitOptions::runtime_path
/// pub mod types;
/// pub mod enums;
/// pub mod functions;
/// pub mod errors; // only when a method has documented errors
/// /// The API layer these bindings were generated from.
/// pub const LAYER: i32 = 230;
/// ```
pub fn root(ctx: &Context<'_>, schema: &Schema, options: &EmitOptions) -> Root {
    let counts = counts(ctx);
    let mut text = options.crate_docs.trim_end().to_owned();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "# Layout\n\n\
         - [`types`]: one struct per constructor ({}), namespaces as modules \
         (`types::messages::ExportedChatInvites`); `Encode`/`Decode` write and read \
         the bare form (fields only).\n\
         - [`enums`]: one enum per boxed type ({}), a variant per constructor; written with \
         the constructor id first.\n\
         - [`functions`]: one struct per method ({}), implementing \
         [`tl_runtime::RemoteCall`] with the type of the answer.\n{}\n\
         {}",
        counts.constructors,
        counts.types,
        counts.functions,
        errors_item(counts.error_enums),
        flag_words_note(ctx),
    ));
    match (ctx.json, ctx.convention) {
        (Some(feature), JsonConvention::TlJson) => text.push_str(&format!(
            "\n\n# Features\n\n\
             - `{feature}`: TL-JSON (`{{\"_\": \"inputPeerSelf\"}}`) for every generated \
             type, and [`registry`] (TL bytes <-> TL-JSON for any boxed value of the set)."
        )),
        (Some(feature), JsonConvention::Tdlib) => text.push_str(&format!(
            "\n\n# Features\n\n\
             - `{feature}`: TDLib's JSON (`{{\"@type\": \"getMe\"}}`, as `td_json_client` \
             reads and writes it) for every generated type; \
             `tl_runtime::json::tdlib` wraps requests and answers."
        )),
        (None, _) => {}
    }
    Root {
        docs: text,
        runtime_path: options.runtime_path.clone(),
        layer: schema.layer,
    }
}

/// How flag words appear in the bindings.
fn flag_words_note(ctx: &Context<'_>) -> &'static str {
    let kept = ctx.closure.definitions.iter().any(|&d| {
        ctx.plan(d)
            .fields
            .iter()
            .any(|f| f.role == (crate::emit::plan::fields::Role::FlagWord { kept: true }))
    });
    if kept {
        "Flag words (`mode:#`) are `u32` fields holding the bits no parameter is \
         conditional on (read as sent, written as given); the bits of the `Option` and \
         `bool` fields come from those fields when writing."
    } else {
        "Flag words (`flags:#`) are not fields: they are computed from the `Option` and \
         `bool` fields when writing."
    }
}

/// The parts of the root module other than its modules.
#[derive(Debug, Clone)]
pub struct Root {
    /// The inner docs (Markdown).
    pub docs: String,
    /// The runtime crate's path, imported as `tl_runtime` before the modules.
    pub runtime_path: String,
    /// `LAYER`, when the schema declares one.
    pub layer: Option<u32>,
}

/// The reasons of [`ALLOWED_LINTS`], for a comment above the allowance.
pub fn lint_reasons() -> String {
    let reasons: Vec<String> = ALLOWED_LINTS
        .iter()
        .map(|(lint, why)| format!("{lint}: {why}."))
        .collect();
    format!(
        "Allowed lints, each legitimately tripped by generated code:\n{}",
        reasons.join("\n")
    )
}
