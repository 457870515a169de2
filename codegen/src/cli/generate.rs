//! `codegen` and `codegen --check`: regenerate or check `generated/src/`.

use std::path::Path;

use super::regenerate::regenerate;

/// The workspace root, fixed at compile time (the parent of this package).
pub(super) const WORKSPACE_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Regenerates (or checks) the bindings; false on failure or stale files.
pub fn run(check: bool) -> bool {
    let root = Path::new(WORKSPACE_ROOT);
    let outcome = match regenerate(root, check) {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("error: {message}");
            return false;
        }
    };
    if check {
        for path in &outcome.stale {
            eprintln!("stale: {}", path.display());
        }
        if !outcome.stale.is_empty() {
            eprintln!("generated files are out of date; run `cargo run -p codegen`");
            return false;
        }
        println!("generated files are up to date");
        return true;
    }
    for path in &outcome.written {
        println!("wrote {}", path.display());
    }
    for path in &outcome.removed {
        println!("removed {}", path.display());
    }
    if outcome.written.is_empty() && outcome.removed.is_empty() {
        println!("generated files are up to date");
    }
    true
}
