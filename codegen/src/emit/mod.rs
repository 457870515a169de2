//! Rust code emission: a pure function from the model (and options) to formatted files.
//!
//! ```text
//! Schema ──▶ Context: the plan (index, closure, boxing, flag words, docs overlay, and the
//!            plan of every definition and enum, computed once)
//!        ──▶ Layout (which definition, error enum, enum goes in which namespace)
//!        ──▶ items: text written from the plan (struct + impls per definition, enum per
//!            boxed type, error enums, TL-JSON, registry)
//!        ──▶ files (a directory of modules, or one file)
//! ```
//!
//! The items are written as text, laid out as rustfmt lays them out ([`code`]), in pieces
//! on every core (a namespace, a batch of top-level items), joined in file order: the
//! bytes do not depend on the number of threads, and no formatter runs afterwards.
//!
//! The code is split by layer, each depending only on the ones before it:
//! - `input`: the documentation overlay and the error table ([`DocsOverlay`], [`ErrorTable`]);
//! - `plan`: the facts computed once per emission, keyed by [`DefId`](crate::model::DefId):
//!   [`index`] (lookups and the final Rust name of everything, by the rules of [`naming`]:
//!   names never make generation fail), [`closure`] (what to emit), which fields to box,
//!   the flag words and shared bits, each definition's fields, Rust types, locals, answer
//!   and error enum, each enum's variants, and the [`Customize`] options checked and looked
//!   up by TL path ([`paths`]: the one matching rule). Only [`index`], [`naming`],
//!   [`closure`] and [`paths`] are public (the `codegen closure` command and build scripts
//!   that need an item's path read them); the rest is the crate's own;
//! - `items`: one module per kind of written item, each reading the plan;
//! - `render`: which item goes in which module, the writing in pieces on every core, and
//!   the two renderings.

mod code;
mod error;
mod input;
mod items;
mod plan;
mod render;
#[cfg(test)]
mod testing;

pub use plan::customize::Customize;
pub use plan::{closure, index, naming, paths};

use std::num::NonZeroUsize;

use crate::model::{Dialect, Schema};

pub use error::EmitError;
pub use input::errors_table::ErrorTable;
pub use input::input_error::InputError;
pub use input::overlay::DocsOverlay;
pub use items::root_module::ALLOWED_LINTS;
use plan::context::Context;
use plan::duplicates;
use plan::rust_syntax::rust_path;

use render::files;
use render::layout::Layout;

/// What to emit and how to document it.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// TL names of the roots; `None` emits every definition.
    pub roots: Option<Vec<String>>,
    /// Extra documentation (`schema/docs.tsv`, with the errors of `schema/errors.tsv`
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
    /// Which JSON the serde code speaks; `None`: by the schema's dialect (TDLib's for the
    /// TDLib/TON dialect, TL-JSON for Telegram's). See [`JsonConvention`].
    pub json_convention: Option<JsonConvention>,
    /// How many threads write the output; `None`: one per core
    /// (`std::thread::available_parallelism`). The output does not depend on it.
    pub threads: Option<NonZeroUsize>,
    /// Whether flag words (`mode:#`) are also `u32` fields that keep the bits no parameter
    /// uses (TON gives them meanings of their own: `liteServer.lookupBlock` with `mode = 1`
    /// looks a block up by its seqno). The bits of the conditional parameters always come
    /// from those parameters. `None`: kept for schemas of the TDLib/TON dialect, computed
    /// only (no field) for Telegram's.
    pub keep_flag_bits: Option<bool>,
    /// Whether structs and enums derive `PartialEq` (not by default: it costs about 8% of
    /// the build of the bindings; error enums always do).
    pub partial_eq: Gate,
    /// Whether each constructor's struct converts back out of its type's enum when the
    /// type has several (`impl TryFrom<enums::X> for types::Y`; not by default: about 5%
    /// of the build). `From<types::Y> for enums::X`, and `From<enums::X> for types::Y` for a
    /// type's only constructor, are always there.
    pub try_from: Gate,
    /// Attributes, `Bytes`/`SharedStr` fields, extern types and borrowed views by TL
    /// path; empty by default (no change to the output).
    pub customize: Customize,
    /// Whether the module `borrowed` (the views [`Customize::borrowed`] selects) is
    /// compiled always (the default) or under a cargo feature.
    pub borrowed: Gate,
}

/// Whether an optional part of the generated code is written, and under which condition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Gate {
    /// Not written.
    #[default]
    Off,
    /// Always written.
    On,
    /// Written under `#[cfg(feature = "<name>")]` of the including crate, which declares
    /// that (empty) feature.
    Feature(String),
}

impl From<bool> for Gate {
    fn from(on: bool) -> Gate {
        if on {
            Gate::On
        } else {
            Gate::Off
        }
    }
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

/// The JSON the generated serde code reads and writes (when [`EmitOptions::json`] is on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonConvention {
    /// The project's TL-JSON (`tests/vectors/README.md`): `"_"` names what is boxed on the
    /// wire, `long` is an exact JSON integer, `bytes` lowercase hex, unknown fields are
    /// errors; the `registry` module converts TL bytes to it and back.
    TlJson,
    /// TDLib's JSON interface (`td_json_client`, and tonlib's, which is the same): every
    /// object, constructor or function, carries `"@type"` with its TL name; `int64`
    /// (and `long`) is a JSON string, `int53` and `int32` JSON numbers (a string of digits
    /// is read too), `bytes` (and `int128`/`int256`) standard base64, `double` a JSON
    /// number, an absent nullable object `null`; unknown fields are ignored, as TDLib
    /// ignores them. No `registry` (TDLib speaks no TL bytes to its clients).
    Tdlib,
}

impl JsonConvention {
    /// The convention a schema of `dialect` gets unless told otherwise: TDLib's for the
    /// TDLib/TON dialect (td_api, tonlib_api), TL-JSON for Telegram's.
    pub fn for_dialect(dialect: Dialect) -> Self {
        match dialect {
            Dialect::Tdlib => JsonConvention::Tdlib,
            Dialect::Telegram => JsonConvention::TlJson,
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
            json_convention: None,
            threads: None,
            keep_flag_bits: None,
            partial_eq: Gate::Off,
            try_from: Gate::Off,
            customize: Customize::default(),
            borrowed: Gate::On,
        }
    }
}

/// The cargo feature [`EmitOptions::json`] gates TL-JSON on by default.
pub const DEFAULT_JSON_FEATURE: &str = "json";

/// The runtime crate's path unless [`EmitOptions::runtime_path`] says otherwise.
pub const DEFAULT_RUNTIME_PATH: &str = "::tl_runtime";

impl EmitOptions {
    /// [`EmitOptions::runtime_path`], checked to be a Rust path.
    pub fn runtime_path(&self) -> Result<String, EmitError> {
        rust_path(&self.runtime_path).map_err(|message| EmitError::InvalidOption {
            option: "runtime_path".to_owned(),
            message,
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
    let (ctx, layout, root) = prepare(schema, options)?;
    Ok(files::files(
        &ctx,
        &layout,
        &root,
        &options.header,
        options.threads,
    ))
}

/// The same bindings as [`emit`], as one file for `include!`: the runtime import, the
/// modules inline, each with the lint allowances as outer attributes (an included file
/// cannot start with inner attributes), then `LAYER`.
///
/// Written in pieces on every core, like [`emit`].
pub fn emit_single_file(schema: &Schema, options: &EmitOptions) -> Result<String, EmitError> {
    let (ctx, layout, root) = prepare(schema, options)?;
    Ok(files::single_file(
        &ctx,
        &layout,
        &root,
        &options.header,
        options.threads,
    ))
}

/// The plan, the layout and the root module of an emission: everything that can fail.
fn prepare<'a>(
    schema: &'a Schema,
    options: &'a EmitOptions,
) -> Result<(Context<'a>, Layout, items::root_module::Root), EmitError> {
    let runtime_path = options.runtime_path()?;
    let ctx = Context::new(schema, options)?;
    duplicates::check(&ctx)?;
    let layout = Layout::new(&ctx);
    let mut root = items::root_module::root(&ctx, schema, options);
    root.runtime_path = runtime_path;
    Ok((ctx, layout, root))
}
