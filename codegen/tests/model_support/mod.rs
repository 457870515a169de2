//! Helpers shared by the `model_*` tests: locating the schema and the
//! zoo, loading text, reading diagnostics as (message, line, column).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use tl_codegen::diag::{line_col, Severity};
use tl_codegen::model::{load, Definition, Dialect, Loaded, Origin, SourceFile};

/// `codegen/`.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `codegen/tests/fixtures/model/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    manifest_dir().join("tests/fixtures/model").join(name)
}

/// The shared zoo of real schemas, when this checkout has it.
pub fn zoo_dir() -> Option<PathBuf> {
    let dir = manifest_dir().join("../../shared/zoo");
    dir.is_dir().then_some(dir)
}

/// Reads `path`, panicking with the path on failure (tests only).
pub fn read_source(path: &Path, name: &str) -> SourceFile {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    SourceFile::new(name, text)
}

/// `schema/api.tl` and `schema/mtproto.tl` (layer 230).
pub fn layer_sources() -> Vec<SourceFile> {
    let root = manifest_dir().join("..");
    ["schema/api.tl", "schema/mtproto.tl"]
        .iter()
        .map(|name| read_source(&root.join(name), name))
        .collect()
}

/// Loads one in-memory file named `test.tl`.
pub fn load_text(text: &str, dialect: Dialect) -> Loaded {
    load(&[SourceFile::new("test.tl", text)], dialect)
}

/// Every diagnostic of `severity` as `(message, line, column)`.
pub fn diags(loaded: &Loaded, severity: Severity) -> Vec<(String, usize, usize)> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.severity == severity)
        .map(|d| {
            let (line, col) = line_col(&loaded.sources[d.file].text, d.diagnostic.span.start);
            (d.diagnostic.message.clone(), line, col)
        })
        .collect()
}

/// The definitions with every origin cleared, for comparing models of different texts.
pub fn without_origins(defs: &[Definition]) -> Vec<Definition> {
    defs.iter()
        .cloned()
        .map(|mut def| {
            def.origin = Origin::default();
            def.params
                .iter_mut()
                .for_each(|p| p.origin = Origin::default());
            def
        })
        .collect()
}

/// The definition called `name` (panics when missing).
pub fn def<'a>(loaded: &'a Loaded, name: &str) -> &'a Definition {
    let found = loaded
        .schema
        .definitions
        .iter()
        .find(|d| d.name.to_string() == name);
    found.unwrap_or_else(|| panic!("no definition `{name}`"))
}
