//! Helpers shared by the tests of the `codegen` binary: running it, scratch directories
//! under cargo's target directory, the library's fixtures and the shared zoo.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tl_codegen::diag::{line_col, Severity};
use tl_codegen::model::{Loaded, SourceFile};

/// The workspace root (`codegen/cli/../..`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The library's model fixtures, `codegen/tests/fixtures/model`.
pub fn model_fixtures() -> PathBuf {
    workspace_root().join("codegen/tests/fixtures/model")
}

/// The shared zoo of real schemas, when this checkout has it: `$TL_ZOO_DIR`, else
/// `../shared/zoo` beside the workspace.
pub fn zoo_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("TL_ZOO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("../shared/zoo"));
    dir.is_dir().then_some(dir)
}

/// Reads `path`, panicking with the path on failure (tests only).
pub fn read_source(path: &Path, name: &str) -> SourceFile {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    SourceFile::new(name, text)
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

/// An empty scratch directory named `tag` under cargo's target directory, so a failing test
/// leaves nothing outside `target/`.
pub fn scratch_dir(tag: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(tag);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The `codegen` binary, ready to run in `dir`.
pub fn codegen_in(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_codegen"));
    command.current_dir(dir);
    command
}

/// Runs the `codegen` binary in `dir` with `args`.
pub fn run_codegen(dir: &Path, args: &[&str]) -> Output {
    codegen_in(dir).args(args).output().expect("run codegen")
}

/// The output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8 output")
}
