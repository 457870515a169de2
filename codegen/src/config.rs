//! Generating bindings from a build script, the way `prost-build` does it.
//!
//! [`Config`] reads the schema files (and optionally a root list and a documentation
//! overlay), validates them, emits the bindings and writes them as one file,
//! `$OUT_DIR/tl.rs` by default, to be pulled in with
//! `include!(concat!(env!("OUT_DIR"), "/tl.rs"))`. Under cargo it prints a
//! `cargo:rerun-if-changed` line for every file it read, so the build script reruns exactly
//! when one of them changes. [`compile_schemas`] is the one-call form.
//!
//! A complete build script (`build.rs` of a crate with `tl-runtime` as a dependency and
//! `tl-codegen` as a build dependency):
//!
//! ```no_run
//! use tl_codegen::Dialect;
//!
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     tl_codegen::Config::new()
//!         .schema("schema/shapes.tl")
//!         .dialect(Dialect::Tdlib)
//!         .roots(["shapes.search"]) // optional: these and what they reference
//!         .generate()?;
//!     Ok(())
//! }
//! ```
//!
//! and in `src/lib.rs`:
//!
//! ```ignore
//! include!(concat!(env!("OUT_DIR"), "/tl.rs"));
//! // now `types::...`, `enums::...`, `functions::...` are items of this module
//! ```
//!
//! The generated code has no serde attributes unless [`Config::json_feature`] names the
//! cargo feature of the including crate that turns TL-JSON on. It is built and formatted on
//! [`Config::threads`] threads (cargo's job count in a build script); the output does not
//! depend on their number.
//!
//! A schema error fails the build with the same diagnostics as the `codegen` command line:
//!
//! ```text
//! schema/shapes.tl:34:21: error: unknown type `geo.Pointt`
//!    34 | shape.circle center:geo.Pointt radius:long = Shape;
//!       |                     ^^^^^^^^^^
//! ```

mod customize;
mod derives;
mod dialect;
mod error;
mod roots;

use std::fs;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use crate::emit::{
    self, Customize, DocsOverlay, EmitOptions, ErrorTable, Gate, JsonConvention, JsonSupport,
    OutputFile,
};
use crate::model::{Dialect, Schema, SourceFile};

pub use error::Error;
pub use roots::parse_roots;

/// The default output file name, in [`Config::out_dir`].
pub const DEFAULT_FILE_NAME: &str = "tl.rs";

/// What to generate from which schema, and where to put it (see also the [module docs](self)).
///
/// The setters take and return `&mut Config`, so a build script configures and generates in
/// one statement:
///
/// ```no_run
/// // build.rs of a crate with `tl-runtime` as a dependency and `tl-codegen` as a build dependency
/// use tl_codegen::{Config, Dialect};
///
/// fn main() -> Result<(), tl_codegen::Error> {
///     Config::new()
///         .schema("schema/api.tl")
///         .schema("schema/mtproto.tl")
///         .dialect(Dialect::Telegram)
///         .roots_file("schema/roots.txt") // and/or `.roots(["messages.exportChatInvite"])`
///         .docs("schema/docs.json") // optional documentation overlay
///         .runtime_path("::tl_runtime")
///         .file_name("tl.rs") // `$OUT_DIR/tl.rs`; `.out_dir(..)` to write elsewhere
///         .generate()?;
///     Ok(())
/// }
/// ```
///
/// Then `include!(concat!(env!("OUT_DIR"), "/tl.rs"));` in any module of the crate.
///
/// # Customizing the generated code
///
/// Like `prost-build`, some setters change the generated items selected by a *TL path*:
/// [`type_attribute`](Self::type_attribute), [`field_attribute`](Self::field_attribute),
/// [`bytes`](Self::bytes), [`shared_strings`](Self::shared_strings) and
/// [`extern_path`](Self::extern_path). The rule (of
/// [`emit::paths`](crate::emit::paths)):
///
/// - every item has its dotted TL name: a constructor `chatInviteExported`, a function
///   `messages.exportChatInvite`, a boxed type `messages.ExportedChatInvites`, a field
///   `chatInviteExported.link` (its definition's name, a dot, the TL parameter name);
/// - a path matches a name when it is `"."` (everything), exactly the name (case
///   sensitive), or a prefix of it ending with a dot: `"messages."` is everything in the
///   namespace `messages`, `"chatInviteExported."` every field of that constructor;
/// - a field is also matched by the paths of its definition: `"chatInviteExported"`
///   selects all its fields.
///
/// Constructors and functions start with a lower-case letter, boxed types with an
/// upper-case one, so `"chatInviteExported"` (a struct) and `"ExportedChatInvite"` (an
/// enum) are never confused. A path that matches nothing is not an error; a path or value
/// that is not well formed is ([`Error::Emit`] with
/// [`EmitError::InvalidCustomization`](crate::emit::EmitError::InvalidCustomization), naming
/// the option and the path). Error enums (the module `errors`) are not customized.
///
/// ```no_run
/// tl_codegen::Config::new()
///     .schema("schema/api.tl")
///     .roots(["messages.exportChatInvite"])
///     .type_attribute("chatInviteExported", "#[derive(Hash, Eq)]")
///     .field_attribute("chatInviteExported.link", "#[doc(alias = \"url\")]")
///     .bytes(["."]) // every `bytes` field is `tl_runtime::bytes::Bytes`
///     .extern_path("InputPeer", "::peers::enums::InputPeer")
///     .generate()?;
/// # Ok::<(), tl_codegen::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    schemas: Vec<PathBuf>,
    /// `None`: detected from the schema's text.
    dialect: Option<Dialect>,
    roots: Option<Vec<String>>,
    roots_files: Vec<PathBuf>,
    docs: Option<PathBuf>,
    errors: Option<PathBuf>,
    runtime_path: String,
    out_dir: Option<PathBuf>,
    file_name: String,
    base_dir: Option<PathBuf>,
    generated_by: String,
    module_docs: String,
    rerun_if_changed: Option<bool>,
    json: JsonSupport,
    json_convention: Option<JsonConvention>,
    threads: Option<NonZeroUsize>,
    keep_flag_bits: Option<bool>,
    partial_eq: Gate,
    try_from: Gate,
    borrowed: Gate,
    allow_external: bool,
    customize: Customize,
}

impl Default for Config {
    fn default() -> Self {
        Config::new()
    }
}

impl Config {
    /// No schema yet; the dialect detected from the schema; every definition; runtime
    /// `::tl_runtime`; output `$OUT_DIR/tl.rs`.
    pub fn new() -> Self {
        Config {
            schemas: Vec::new(),
            dialect: None,
            roots: None,
            roots_files: Vec::new(),
            docs: None,
            errors: None,
            runtime_path: "::tl_runtime".to_owned(),
            out_dir: None,
            file_name: DEFAULT_FILE_NAME.to_owned(),
            base_dir: None,
            generated_by: "tl_codegen".to_owned(),
            module_docs: String::new(),
            rerun_if_changed: None,
            json: JsonSupport::Off,
            json_convention: None,
            threads: None,
            keep_flag_bits: None,
            partial_eq: Gate::Off,
            try_from: Gate::Off,
            borrowed: Gate::On,
            allow_external: false,
            customize: Customize::default(),
        }
    }

    /// Adds a schema file; several files are read together (names declared in one are
    /// visible in the others), like `api.tl` + `mtproto.tl`.
    pub fn schema(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.schemas.push(path.as_ref().to_owned());
        self
    }

    /// The constructor-id rule: [`Dialect::Telegram`] (Telegram's api.tl and mtproto.tl)
    /// or [`Dialect::Tdlib`] (TDLib and TON schemas). Always wins over detection.
    ///
    /// Without it the dialect is detected from the schema ([`crate::model::detect`]: its
    /// explicit ids, TDLib and TON built-ins, `// LAYER N`, ...). Evidence that conflicts
    /// fails with [`Error::Schema`] naming `.dialect(Dialect::Tdlib)` and
    /// `.dialect(Dialect::Telegram)`; a guess from weak evidence that changes some id is a
    /// `cargo:warning` in a build script, as are explicit ids that only the other rule
    /// computes.
    pub fn dialect(&mut self, dialect: Dialect) -> &mut Self {
        self.dialect = Some(dialect);
        self
    }

    /// Generates only these definitions (TL names of functions or constructors) and
    /// everything they reference. Repeatable; without roots everything is generated.
    pub fn roots<I, S>(&mut self, names: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let roots = self.roots.get_or_insert_with(Vec::new);
        roots.extend(names.into_iter().map(Into::into));
        self
    }

    /// Reads more roots from a file: one TL name a line, `#` starts a comment.
    pub fn roots_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.roots_files.push(path.as_ref().to_owned());
        self
    }

    /// A documentation overlay (the format of the project's `schema/docs.tsv`: one row
    /// `name<TAB>param<TAB>text` per part, see [`DocsOverlay`]).
    pub fn docs(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.docs = Some(path.as_ref().to_owned());
        self
    }

    /// Whether flag words (`mode:#`, `flags:#`) are also `u32` fields keeping the bits no
    /// parameter is conditional on, written back as given (the bits of conditional
    /// parameters always come from them). TON gives such bits meanings of their own
    /// (`liteServer.lookupBlock` with `mode = 1` looks a block up by its seqno), so the
    /// default keeps them for schemas of the TDLib/TON dialect; Telegram's flag words are
    /// computed only (no field) unless this says otherwise.
    pub fn keep_flag_bits(&mut self, keep: bool) -> &mut Self {
        self.keep_flag_bits = Some(keep);
        self
    }

    /// How the generated code names the runtime crate (default `::tl_runtime`), e.g.
    /// `my_crate::tl_runtime` when it is re-exported.
    pub fn runtime_path(&mut self, path: impl Into<String>) -> &mut Self {
        self.runtime_path = path.into();
        self
    }

    /// The directory [`generate`](Self::generate) writes to (default: `$OUT_DIR`).
    pub fn out_dir(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.out_dir = Some(path.as_ref().to_owned());
        self
    }

    /// The name of the file [`generate`](Self::generate) writes (default `tl.rs`).
    pub fn file_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.file_name = name.into();
        self
    }

    /// Resolves relative input paths against `dir` instead of the current directory.
    /// Diagnostics and the `@generated` header keep the paths as given.
    pub fn base_dir(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.base_dir = Some(dir.as_ref().to_owned());
        self
    }

    /// Who the `@generated` header names as the generator (default `tl_codegen`).
    pub fn generated_by(&mut self, generator: impl Into<String>) -> &mut Self {
        self.generated_by = generator.into();
        self
    }

    /// A table of the possible errors of methods (tab-separated `method`, `code`, `name`,
    /// `description`, the format of the project's `schema/errors.tsv`): each listed method
    /// gets an error enum in the module `errors` and the list in its docs.
    pub fn errors(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.errors = Some(path.as_ref().to_owned());
        self
    }

    /// Markdown opening the docs of the root module in the directory layout
    /// ([`render_files`](Self::render_files)); the single file has no root docs.
    pub fn module_docs(&mut self, markdown: impl Into<String>) -> &mut Self {
        self.module_docs = markdown.into();
        self
    }

    /// Whether to print `cargo:rerun-if-changed=<path>` for every file read (default: when
    /// `OUT_DIR` is set, i.e. in a build script).
    ///
    /// ```no_run
    /// // A test or a tool rendering bindings outside a build script: nothing for cargo.
    /// let text = tl_codegen::Config::new()
    ///     .schema("schema/shapes.tl")
    ///     .emit_rerun_if_changed(false)
    ///     .render_file()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn emit_rerun_if_changed(&mut self, enabled: bool) -> &mut Self {
        self.rerun_if_changed = Some(enabled);
        self
    }

    /// The former name of [`emit_rerun_if_changed`](Self::emit_rerun_if_changed).
    #[deprecated(since = "0.1.0", note = "renamed to `emit_rerun_if_changed`")]
    pub fn cargo_metadata(&mut self, enabled: bool) -> &mut Self {
        self.emit_rerun_if_changed(enabled)
    }

    /// Derives TL-JSON (serde) for every generated type, gated on this cargo feature of
    /// the including crate, which must turn on `serde`, `serde_json` and
    /// `tl-runtime/json` (e.g. `json = ["dep:serde", "dep:serde_json", "tl-runtime/json"]`).
    /// Off by default: no serde code, no feature to declare.
    pub fn json_feature(&mut self, feature: impl Into<String>) -> &mut Self {
        self.json = JsonSupport::Feature(feature.into());
        self
    }

    /// Which JSON the serde code of [`json_feature`](Self::json_feature) speaks. By
    /// default the dialect's: TDLib's JSON ([`JsonConvention::Tdlib`]: `"@type"` on every
    /// object, `int64` as strings, `bytes` as base64, `null`, what `td_json_client` and
    /// tonlib read and write) for schemas of the TDLib/TON dialect, TL-JSON
    /// ([`JsonConvention::TlJson`]: `"_"`, exact integers, hex) for Telegram's.
    ///
    /// `Config::new().json_feature("json").json_convention(JsonConvention::TlJson)` keeps
    /// TL-JSON for a TDLib-dialect schema.
    pub fn json_convention(&mut self, convention: JsonConvention) -> &mut Self {
        self.json_convention = Some(convention);
        self
    }

    /// How many threads generate the code (the output does not depend on it). Default:
    /// in a build script, cargo's job count (`NUM_JOBS`, what `-j` says), so generation
    /// shares the cores the way the rest of the build does; elsewhere one per core.
    pub fn threads(&mut self, threads: NonZeroUsize) -> &mut Self {
        self.threads = Some(threads);
        self
    }

    /// Generates the bindings as one file in the output directory and returns its path.
    /// The file is rewritten only when its contents change.
    pub fn generate(&self) -> Result<PathBuf, Error> {
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Error::Config(
                        "no output directory: OUT_DIR is not set (not in a build script?); \
                     call `.out_dir(..)`"
                            .to_owned(),
                    )
                })?,
        };
        let contents = self.render_file()?;
        let path = out_dir.join(&self.file_name);
        if fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
            let io = |error| Error::Io {
                path: path.clone(),
                error,
            };
            fs::create_dir_all(&out_dir).map_err(io)?;
            fs::write(&path, contents).map_err(io)?;
        }
        Ok(path)
    }

    /// The bindings as one file: what [`generate`](Self::generate) writes.
    pub fn render_file(&self) -> Result<String, Error> {
        let (schema, options) = self.load()?;
        Ok(emit::emit_single_file(&schema, &options)?)
    }

    /// The bindings as a directory of module files (the layout of the checked-in crate).
    pub fn render_files(&self) -> Result<Vec<OutputFile>, Error> {
        let (schema, options) = self.load()?;
        Ok(emit::emit(&schema, &options)?)
    }

    /// Reads and validates every input; the emit options that go with the schema.
    fn load(&self) -> Result<(Schema, EmitOptions), Error> {
        if self.schemas.is_empty() {
            return Err(Error::Config("no schema file given".to_owned()));
        }
        let mut sources = Vec::new();
        for path in &self.schemas {
            sources.push(SourceFile::new(
                path.display().to_string(),
                self.read(path)?,
            ));
        }
        let mut roots = self.roots.clone();
        for path in &self.roots_files {
            let names = parse_roots(&self.read(path)?);
            roots.get_or_insert_with(Vec::new).extend(names);
        }
        let docs = match &self.docs {
            Some(path) => {
                DocsOverlay::from_tsv(&self.read(path)?).map_err(|error| Error::Docs {
                    path: path.clone(),
                    message: error.to_string(),
                })?
            }
            None => DocsOverlay::default(),
        };
        let docs = match &self.errors {
            Some(path) => {
                let table =
                    ErrorTable::from_tsv(&self.read(path)?).map_err(|error| Error::Docs {
                        path: path.clone(),
                        message: error.to_string(),
                    })?;
                docs.with_errors(&table)
            }
            None => docs,
        };
        let schema = self.load_schema(&sources)?;
        self.check_roots(&schema, roots.as_deref())?;
        let options = EmitOptions {
            roots,
            docs,
            header: self.header(schema.layer),
            runtime_path: self.runtime_path.clone(),
            crate_docs: self.module_docs.clone(),
            json: self.json.clone(),
            json_convention: self.json_convention,
            threads: self.threads.or_else(cargo_jobs),
            keep_flag_bits: self.keep_flag_bits,
            partial_eq: self.partial_eq.clone(),
            try_from: self.try_from.clone(),
            borrowed: self.borrowed.clone(),
            customize: self.customize.clone(),
        };
        Ok((schema, options))
    }

    /// Reads one input, announcing it to cargo once it is known to exist.
    fn read(&self, path: &Path) -> Result<String, Error> {
        let full = match &self.base_dir {
            Some(base) => base.join(path),
            None => path.to_owned(),
        };
        let text = fs::read_to_string(&full).map_err(|error| Error::Io {
            path: path.to_owned(),
            error,
        })?;
        let announce = self
            .rerun_if_changed
            .unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        if announce {
            println!("cargo:rerun-if-changed={}", full.display());
        }
        Ok(text)
    }

    /// The first line of the output:
    /// `// @generated by tl_codegen from a.tl + b.tl (layer 230), roots: r.txt. Do not edit.`
    fn header(&self, layer: Option<u32>) -> String {
        let names = |paths: &[PathBuf]| {
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            names.join(" + ")
        };
        let layer = layer.map(|l| format!(" (layer {l})")).unwrap_or_default();
        let roots = match (&self.roots, self.roots_files.is_empty()) {
            (_, false) => format!(", roots: {}", names(&self.roots_files)),
            (Some(roots), true) => format!(", roots: {}", roots.join(" ")),
            (None, true) => String::new(),
        };
        format!(
            "// @generated by {} from {}{layer}{roots}. Do not edit.",
            self.generated_by,
            names(&self.schemas)
        )
    }
}

/// Generates the bindings of `schemas` (read together, every definition) into
/// `$OUT_DIR/tl.rs`: `Config::new().schema(..)..dialect(dialect).generate()`.
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), tl_codegen::Error> {
///     tl_codegen::compile_schemas(&["schema/shapes.tl"], tl_codegen::Dialect::Tdlib)?;
///     Ok(())
/// }
/// ```
pub fn compile_schemas(schemas: &[impl AsRef<Path>], dialect: Dialect) -> Result<PathBuf, Error> {
    let mut config = Config::new();
    for schema in schemas {
        config.schema(schema);
    }
    config.dialect(dialect).generate()
}

/// The job count cargo gives a build script (`NUM_JOBS`), when there is one.
fn cargo_jobs() -> Option<NonZeroUsize> {
    std::env::var("NUM_JOBS").ok()?.parse().ok()
}

#[cfg(test)]
mod tests;
