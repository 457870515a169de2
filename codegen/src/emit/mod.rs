//! Rust code emission: a pure function from the model (and options) to formatted files.
//!
//! ```text
//! Schema ──▶ Context (index, closure, boxing, flag plans, docs overlay)
//!        ──▶ Layout (which definition, error enum, enum goes in which namespace)
//!        ──▶ items (struct + impls per definition), enums (per boxed type)
//!        ──▶ modules (namespaces) ──▶ syn + prettyplease ──▶ OutputFile
//! ```
//!
//! [`emit`] and [`emit_single_file`] render and format the output in pieces (a namespace,
//! a batch of top-level items) on every core, joined in file order (`parallel.rs`);
//! [`emit_bindings`] renders the same layout whole. Both ways give the same bytes.
//!
//! Cross-definition facts live in their own modules and are computed once:
//! [`closure`] (what to emit), [`recursion`] (which fields to box), [`flags`] (flag words
//! and shared bits), [`names`] (the final Rust name of everything), [`duplicates`] (two
//! constructors of one type with one id are an error). Naming rules, clashes included,
//! are all in [`naming`]: names never make generation fail.

pub mod closure;
mod context;
mod deserialize;
mod docs;
mod duplicates;
mod enums;
mod error;
mod error_enums;
pub mod errors_table;
mod fields;
pub mod flags;
mod format;
pub mod index;
mod input_error;
mod items;
mod json;
mod layout;
mod modules;
pub mod names;
pub mod naming;
pub mod overlay;
mod parallel;
pub mod recursion;
mod registry;
mod render;
mod root_module;
mod rust_type;
mod serialize;
mod structs;
#[cfg(test)]
mod testing;

use std::num::NonZeroUsize;

use crate::model::Schema;

use context::Context;
pub use error::EmitError;
pub use errors_table::ErrorTable;
pub use input_error::InputError;
pub use overlay::DocsOverlay;
pub use root_module::ALLOWED_LINTS;

use layout::Layout;
pub use render::{Bindings, Module};

/// What to emit and how to document it.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// TL names of the roots; `None` emits every definition.
    pub roots: Option<Vec<String>>,
    /// Extra documentation (`schema/docs.json`, with the errors of `schema/errors.tsv`
    /// merged in by [`DocsOverlay::with_errors`]; methods with errors get an error enum).
    pub docs: DocsOverlay,
    /// A `//` comment put first in every file (may be empty).
    pub header: String,
    /// Markdown opening the docs of the root module `mod.rs` (title, introduction, example).
    pub crate_docs: String,
    /// How the generated code reaches the runtime crate (a Rust path, default
    /// `::tl_runtime`): the root module imports it as `tl_runtime`.
    pub runtime_path: String,
    /// Whether the generated types derive TL-JSON (serde), and under which cargo feature
    /// of the including crate. Default: under `json`.
    pub json: JsonSupport,
    /// How many threads build and format the output; `None`: one per core
    /// (`std::thread::available_parallelism`). The output does not depend on it.
    pub threads: Option<NonZeroUsize>,
}

/// TL-JSON (serde) in the generated code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonSupport {
    /// No serde attributes, impls or `registry` module: the including crate needs no
    /// `serde` dependency and declares no feature.
    Off,
    /// Everything serde is gated on `#[cfg(feature = "<name>")]` of the including crate,
    /// which must then enable `serde`, `serde_json` and `tl-runtime/json`.
    Feature(String),
}

impl JsonSupport {
    /// The cargo feature the serde code is gated on, if any.
    pub fn feature(&self) -> Option<&str> {
        match self {
            JsonSupport::Off => None,
            JsonSupport::Feature(name) => Some(name),
        }
    }
}

impl Default for EmitOptions {
    fn default() -> Self {
        EmitOptions {
            roots: None,
            docs: DocsOverlay::default(),
            header: String::new(),
            crate_docs: String::new(),
            runtime_path: DEFAULT_RUNTIME_PATH.to_owned(),
            json: JsonSupport::Feature(DEFAULT_JSON_FEATURE.to_owned()),
            threads: None,
        }
    }
}

/// The cargo feature [`EmitOptions::json`] gates TL-JSON on by default.
pub const DEFAULT_JSON_FEATURE: &str = "json";

/// The runtime crate's path unless [`EmitOptions::runtime_path`] says otherwise.
pub const DEFAULT_RUNTIME_PATH: &str = "::tl_runtime";

impl EmitOptions {
    /// [`EmitOptions::runtime_path`] as a Rust path.
    pub fn runtime_path(&self) -> Result<syn::Path, EmitError> {
        syn::parse_str(&self.runtime_path).map_err(|e| EmitError::InvalidOption {
            option: "runtime_path".to_owned(),
            message: format!("`{}` is not a Rust path: {e}", self.runtime_path),
        })
    }
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the root module's directory: `mod.rs`, `types.rs`, ...
    pub path: String,
    pub contents: String,
}

/// Emits `mod.rs`, `types.rs`, `enums.rs`, `functions.rs` and `errors.rs` for the closure of
/// the roots.
/// The files form one module tree that can be placed anywhere (`#[path = ".../mod.rs"]
/// mod bindings;`): generated code never writes `crate::`.
///
/// ```ignore
/// // mod.rs
/// use ::tl_runtime as tl_runtime; // EmitOptions::runtime_path
/// pub mod types;      // struct + impls per constructor, namespaces as modules
/// pub mod enums;      // enum + impls per boxed type
/// pub mod functions;  // struct + impls (RemoteCall) per method
/// pub mod errors;     // error enum per method with documented errors (only if any)
/// pub const LAYER: i32 = 230;
/// ```
pub fn emit(schema: &Schema, options: &EmitOptions) -> Result<Vec<OutputFile>, EmitError> {
    let ctx = Context::new(schema, options)?;
    duplicates::check(&ctx)?;
    let layout = Layout::new(&ctx);
    parallel::files(&ctx, &layout, schema, options)
}

/// The same bindings as [`emit`], as one file for `include!` (see [`Bindings::single_file`]).
///
/// Built and formatted in pieces on every core, like [`emit`].
pub fn emit_single_file(schema: &Schema, options: &EmitOptions) -> Result<String, EmitError> {
    let ctx = Context::new(schema, options)?;
    duplicates::check(&ctx)?;
    let layout = Layout::new(&ctx);
    parallel::single_file(&ctx, &layout, schema, options)
}

/// Emits the bindings of the closure of the roots, ready to be rendered as files or one file.
pub fn emit_bindings(schema: &Schema, options: &EmitOptions) -> Result<Bindings, EmitError> {
    let ctx = Context::new(schema, options)?;
    duplicates::check(&ctx)?;
    let layout = Layout::new(&ctx);
    let mut failure = None;
    let modules = layout.modules.iter().map(|module| Module {
        name: module.name,
        attrs: module.attrs(),
        body: layout.module_body(&ctx, module, &mut failure),
    });
    let modules = modules.collect();
    if let Some(failure) = failure {
        return Err(failure.error);
    }
    Ok(Bindings {
        header: options.header.clone(),
        root: root_module::emit_root(&ctx, schema, options)?,
        modules,
    })
}
