//! Regenerates the checked-in bindings (`generated/src/`) from `schema/`.
//! (Stub: being written by the emitter helper.)

use std::path::{Path, PathBuf};

/// What a regeneration did (or, in check mode, found).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Files written (normal mode).
    pub written: Vec<PathBuf>,
    /// Files that differ from what would be written (check mode).
    pub stale: Vec<PathBuf>,
}

/// Regenerates `generated/src/` under `workspace_root`; with `check`, writes nothing and
/// reports stale files instead.
pub fn regenerate(workspace_root: &Path, check: bool) -> Result<Outcome, String> {
    let _ = (workspace_root, check);
    Err("code generation is not implemented yet".to_string())
}
