//! `codegen regenerate [--check]` (also `codegen` and `codegen --check`): regenerate or check
//! the checked-in bindings of the workspace this binary was built from.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::out;
use crate::regenerate::{regenerate, SCHEMA_FILES};

/// The workspace this binary was built from (`codegen/cli/../..`), fixed at compile time.
const BUILT_FROM: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The tl-rs workspace to maintain: the checkout this binary was built from, when it still
/// has its `schema/` and the current directory is inside it. An installed binary run
/// anywhere else gets `Err` (why, for the user) and never writes into cargo's copy of the
/// sources.
pub fn workspace_root() -> Result<PathBuf, String> {
    let built_from = Path::new(BUILT_FROM);
    let root = built_from.canonicalize().ok();
    let root = root.filter(|root| root.join(SCHEMA_FILES[0]).is_file());
    let cwd = std::env::current_dir().and_then(|dir| dir.canonicalize());
    match (root, cwd) {
        (Some(root), Ok(cwd)) if cwd.starts_with(&root) => Ok(root),
        (root, _) => Err(format!(
            "not inside the tl-rs workspace this binary was built from ({}).\n\
             `codegen` without a subcommand, `codegen --check` and `codegen regenerate` \
             maintain that workspace's generated/src/ (run them there, e.g. \
             `cargo run -p codegen`).\n\
             For bindings of your own schema: codegen generate --schema FILE.tl --out FILE.rs\n\
             See `codegen --help`.",
            root.as_deref().unwrap_or(built_from).display()
        )),
    }
}

/// Regenerates (or checks) the bindings: 0 done or fresh, 1 failure or stale files, 2 not
/// in the workspace.
pub fn run(check: bool) -> ExitCode {
    let root = match workspace_root() {
        Ok(root) => root,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let outcome = match regenerate(&root, check) {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        for path in &outcome.stale {
            eprintln!("stale: {}", path.display());
        }
        if !outcome.stale.is_empty() {
            eprintln!("generated files are out of date; run `cargo run -p codegen`");
            return ExitCode::FAILURE;
        }
        out::println("generated files are up to date");
        return ExitCode::SUCCESS;
    }
    for path in &outcome.written {
        out::println(&format!("wrote {}", path.display()));
    }
    for path in &outcome.removed {
        out::println(&format!("removed {}", path.display()));
    }
    if outcome.written.is_empty() && outcome.removed.is_empty() {
        out::println("generated files are up to date");
    }
    ExitCode::SUCCESS
}
