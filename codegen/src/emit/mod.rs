//! Rust code emission: a pure function from the model (and options) to formatted files.
//!
//! ```text
//! Schema ──▶ Context (index, closure, boxing, flag plans, docs overlay)
//!        ──▶ items (struct + impls per definition), enums (per boxed type)
//!        ──▶ modules (namespaces) ──▶ syn + prettyplease ──▶ OutputFile
//! ```
//!
//! Cross-definition facts live in their own modules and are computed once:
//! [`closure`] (what to emit), [`recursion`] (which fields to box), [`flags`] (flag words
//! and shared bits), [`duplicates`] (name clashes are errors). Naming rules are all in
//! [`naming`].

pub mod closure;
mod context;
mod deserialize;
mod docs;
pub mod duplicates;
mod enums;
mod error;
mod fields;
pub mod flags;
mod format;
pub mod index;
mod items;
mod modules;
pub mod naming;
pub mod overlay;
pub mod recursion;
mod root_module;
mod rust_type;
mod serialize;
mod structs;
#[cfg(test)]
mod testing;

use crate::model::{Category, QualName, Schema};

pub use context::Context;
pub use error::EmitError;
pub use overlay::DocsOverlay;
pub use root_module::ALLOWED_LINTS;

use modules::ModuleTree;

/// What to emit and how to document it.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// TL names of the roots; `None` emits every definition.
    pub roots: Option<Vec<String>>,
    /// Extra documentation (`schema/docs.json`).
    pub docs: DocsOverlay,
    /// A `//` comment put first in every file (may be empty).
    pub header: String,
    /// Markdown opening the docs of the root module `mod.rs` (title, introduction, example).
    pub crate_docs: String,
    /// How the generated code reaches the runtime crate (a Rust path, default
    /// `::tl_runtime`): the root module imports it as `tl_runtime`.
    pub runtime_path: String,
}

impl Default for EmitOptions {
    fn default() -> Self {
        EmitOptions {
            roots: None,
            docs: DocsOverlay::default(),
            header: String::new(),
            crate_docs: String::new(),
            runtime_path: DEFAULT_RUNTIME_PATH.to_owned(),
        }
    }
}

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

/// Emits `mod.rs`, `types.rs`, `enums.rs` and `functions.rs` for the closure of the roots.
/// The files form one module tree that can be placed anywhere (`#[path = ".../mod.rs"]
/// mod bindings;`): generated code never writes `crate::`.
///
/// ```ignore
/// // mod.rs
/// use ::tl_runtime as tl_runtime; // EmitOptions::runtime_path
/// pub mod types;      // struct + impls per constructor, namespaces as modules
/// pub mod enums;      // enum + impls per boxed type
/// pub mod functions;  // struct + impls (RemoteCall) per method
/// pub const LAYER: i32 = 230;
/// ```
pub fn emit(schema: &Schema, options: &EmitOptions) -> Result<Vec<OutputFile>, EmitError> {
    let ctx = Context::new(schema, options)?;
    duplicates::check(&ctx)?;
    let mut types = ModuleTree::default();
    let mut functions = ModuleTree::default();
    for &def in &ctx.closure.definitions {
        let definition = ctx.def(def);
        let item = items::emit_definition(&ctx, def)?;
        let namespace = &definition.name.namespace;
        match definition.category {
            Category::Constructor => types.insert(namespace, item),
            Category::Function => functions.insert(namespace, item),
        }
    }
    let mut enums = ModuleTree::default();
    for ty in enum_order(&ctx) {
        enums.insert(&ty.namespace, enums::emit_enum(&ctx, ty)?);
    }
    let header = options.header.as_str();
    let root = root_module::emit_root(&ctx, schema, options)?;
    let root = format::format_file("mod.rs", root, header)?;
    Ok(vec![
        OutputFile {
            path: "mod.rs".into(),
            contents: root_module::annotate_lints(&root),
        },
        module_file("types.rs", &types, "constructors, one struct each", header)?,
        module_file("enums.rs", &enums, "boxed types, one enum each", header)?,
        module_file(
            "functions.rs",
            &functions,
            "methods, one struct each",
            header,
        )?,
    ])
}

/// Boxed types in the order of their first constructor in the schema.
fn enum_order<'c>(ctx: &'c Context<'_>) -> Vec<&'c QualName> {
    let mut types: Vec<&QualName> = ctx.closure.types.iter().collect();
    types.sort_by_key(|ty| ctx.index.constructors_of(ty).first().copied());
    types
}

fn module_file(
    path: &str,
    tree: &ModuleTree,
    what: &str,
    header: &str,
) -> Result<OutputFile, EmitError> {
    let docs = docs::inner_doc_attrs(&format!("The schema's {what}."));
    let imports = modules::sibling_imports();
    let contents = tree.emit_contents(what, "");
    let contents = format::format_file(path, quote::quote!(#docs #imports #contents), header)?;
    Ok(OutputFile {
        path: path.to_owned(),
        contents,
    })
}
