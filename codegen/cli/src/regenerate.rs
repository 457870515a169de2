//! Repository maintenance, not part of the library (`codegen regenerate`): regenerates the
//! checked-in bindings (the [`TARGETS`] under `generated/src/`) from `schema/`.
//!
//! Inputs, relative to the workspace root: `schema/api.tl` and `schema/mtproto.tl`
//! (Telegram dialect), each target's roots file, the documentation overlay
//! `schema/docs.tsv` (optional) and the error table `schema/errors.tsv` (merged into the
//! overlay). The files are rendered in memory by [`render`]; then
//! [`regenerate`] either writes those that changed and deletes stale `.rs` files of the
//! target directories, or (check mode) only reports what is out of date. Newlines are
//! normalized before comparing. The crate root `generated/src/lib.rs` is hand-written.

use std::fs;
use std::path::{Path, PathBuf};

use tl_codegen::emit::{Gate, OutputFile, DEFAULT_JSON_FEATURE};
use tl_codegen::model::Dialect;
use tl_codegen::Config;

/// The schema files read together, relative to the workspace root.
pub const SCHEMA_FILES: [&str; 2] = ["schema/api.tl", "schema/mtproto.tl"];
/// The documentation overlay.
pub const DOCS_FILE: &str = "schema/docs.tsv";
/// The possible errors of each method (merged into the overlay).
pub const ERRORS_FILE: &str = "schema/errors.tsv";

/// One set of checked-in bindings: the closure of a root list (or the whole layer), written
/// as a module tree (`mod.rs`, `types.rs`, ...) into a directory of the generated crate,
/// whose hand-written `lib.rs` includes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The roots file, relative to the workspace root; `None`: every definition.
    pub roots_file: Option<&'static str>,
    /// Where the files go, relative to the workspace root.
    pub out_dir: &'static str,
    /// Markdown opening the docs of the target's `mod.rs`.
    pub docs: &'static str,
    /// Definitions that also get borrowed views (with what they hold and answer), under
    /// the generated crate's `borrowed` feature.
    pub borrowed: &'static [&'static str],
}

/// The invite-link bindings: the closure of `schema/invite-roots.txt`.
pub const INVITE: Target = Target {
    roots_file: Some("schema/invite-roots.txt"),
    out_dir: "generated/src/invite",
    docs: "The chat invite-link methods of the layer and everything they reference: the \
           closure of `schema/invite-roots.txt`.",
    borrowed: INVITE_VIEWS,
};

/// The invite methods whose views the `borrowed` feature has: those answering with invite
/// links, their importers and their admins (the others answer `Updates` or `ChatInvite`,
/// whose closures are most of the layer).
pub const INVITE_VIEWS: &[&str] = &[
    "messages.exportChatInvite",
    "messages.editExportedChatInvite",
    "messages.getExportedChatInvites",
    "messages.getExportedChatInvite",
    "messages.deleteExportedChatInvite",
    "messages.deleteRevokedExportedChatInvites",
    "messages.getAdminsWithInvites",
    "messages.getChatInviteImporters",
];

/// The whole layer (every definition of both schema files), behind the `full-layer` feature
/// of the generated crate.
pub const LAYER: Target = Target {
    roots_file: None,
    out_dir: "generated/src/layer",
    docs: "The whole layer: every constructor and method of `schema/api.tl` and \
           `schema/mtproto.tl` (the `full-layer` feature of the crate).",
    borrowed: INVITE_VIEWS,
};

/// Every checked-in target, in generation order.
pub const TARGETS: &[Target] = &[INVITE, LAYER];

/// TL types the runtime provides, written as its type instead of generated (see
/// [`Config::extern_path`]). `RpcError`: `mtproto.tl` declares
/// `rpc_error#2144ca19 error_code:int error_message:string = RpcError;` beside the envelopes it
/// leaves to the implementation (`rpc_result`, `gzip_packed`: "parsed manually").
/// `tl_runtime::answer` opens all three and reads an `rpc_error` into `tl_runtime::RpcError`,
/// so generated `types::RpcError` / `enums::RpcError` would be a second `RpcError` for the same
/// error. No parameter of the schema has the type `RpcError`, so the mapping only keeps the
/// whole layer from generating them; the invite closure does not reach them at all.
pub const RUNTIME_TYPES: &[(&str, &str)] = &[("RpcError", "tl_runtime::RpcError")];

/// The files of one target, rendered in memory.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub target: Target,
    pub files: Vec<OutputFile>,
}

/// What a regeneration did (or, in check mode, found).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Files written (normal mode).
    pub written: Vec<PathBuf>,
    /// Files that differ from what would be written, are missing, or should not be there
    /// (check mode).
    pub stale: Vec<PathBuf>,
    /// Extra `.rs` files deleted from a target directory (normal mode).
    pub removed: Vec<PathBuf>,
}

/// Regenerates every target under `workspace_root`; with `check`, writes nothing and
/// reports stale files instead. Only the targets' own directories are looked at.
pub fn regenerate(workspace_root: &Path, check: bool) -> Result<Outcome, String> {
    let mut outcome = Outcome::default();
    for rendered in render(workspace_root)? {
        let out_dir = workspace_root.join(rendered.target.out_dir);
        if check {
            outcome
                .stale
                .extend(stale_files(&out_dir, &rendered.files)?);
        } else {
            let done = write_files(&out_dir, &rendered.files)?;
            outcome.written.extend(done.written);
            outcome.removed.extend(done.removed);
        }
    }
    Ok(outcome)
}

/// Renders every target in memory, through the same [`Config`] a build script uses (only
/// rendered as a directory of module files instead of one file).
pub fn render(workspace_root: &Path) -> Result<Vec<Rendered>, String> {
    let mut out = Vec::new();
    for &target in TARGETS {
        let mut config = Config::new();
        config
            .base_dir(workspace_root)
            .dialect(Dialect::Telegram)
            .generated_by("`cargo run -p codegen`")
            .module_docs(target.docs)
            .json_feature(DEFAULT_JSON_FEATURE)
            .partial_eq(Gate::Feature("eq".to_owned()))
            .try_from_enums(Gate::Feature("try-from".to_owned()))
            .emit_rerun_if_changed(false);
        if let Some(file) = target.roots_file {
            config.roots_file(file);
        }
        if !target.borrowed.is_empty() {
            config
                .borrowed(target.borrowed.iter().copied())
                .borrowed_feature("borrowed");
        }
        for &(tl_path, rust_path) in RUNTIME_TYPES {
            config.extern_path(tl_path, rust_path);
        }
        for schema in SCHEMA_FILES {
            config.schema(schema);
        }
        if workspace_root.join(DOCS_FILE).is_file() {
            config.docs(DOCS_FILE);
        }
        config.errors(ERRORS_FILE);
        let files = config.render_files().map_err(|e| e.to_string())?;
        out.push(Rendered { target, files });
    }
    Ok(out)
}

fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// `.rs` files directly in `dir` (none when it does not exist).
fn existing_rs_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", dir.display())),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|ext| ext == "rs") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn is_generated(path: &Path, files: &[OutputFile]) -> bool {
    let name = path.file_name().and_then(|n| n.to_str());
    files.iter().any(|f| Some(f.path.as_str()) == name)
}

/// Files of `out_dir` that are missing, differ, or are not generated at all.
pub fn stale_files(out_dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, String> {
    let mut stale = Vec::new();
    for file in files {
        let path = out_dir.join(&file.path);
        let current = fs::read_to_string(&path).map(|text| normalize(&text)).ok();
        if current.as_deref() != Some(normalize(&file.contents).as_str()) {
            stale.push(path);
        }
    }
    let extra = existing_rs_files(out_dir)?
        .into_iter()
        .filter(|p| !is_generated(p, files));
    stale.extend(extra);
    Ok(stale)
}

fn write_files(out_dir: &Path, files: &[OutputFile]) -> Result<Outcome, String> {
    fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut outcome = Outcome::default();
    for path in stale_files(out_dir, files)? {
        match files.iter().find(|f| out_dir.join(&f.path) == path) {
            Some(file) => {
                fs::write(&path, &file.contents).map_err(|e| format!("{}: {e}", path.display()))?;
                outcome.written.push(path);
            }
            None => {
                fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                outcome.removed.push(path);
            }
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_changed_files_removes_extra_ones_and_checks() {
        // Unit tests have no `CARGO_TARGET_TMPDIR`: a directory beside the test binary
        // (`target/debug/deps/..`), so a failure leaves nothing outside the target directory.
        let exe = std::env::current_exe().unwrap();
        let dir = exe.parent().unwrap().join("../tmp/regenerate-unit");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("old.rs"), "// stale").unwrap();
        fs::write(dir.join("notes.txt"), "kept").unwrap();
        fs::write(dir.join("same.rs"), "a\r\nb\r\n").unwrap();
        let files = vec![
            OutputFile {
                path: "same.rs".into(),
                contents: "a\nb\n".into(),
            },
            OutputFile {
                path: "new.rs".into(),
                contents: "fn f() {}\n".into(),
            },
        ];
        let stale = stale_files(&dir, &files).unwrap();
        assert_eq!(stale, [dir.join("new.rs"), dir.join("old.rs")]);
        let outcome = write_files(&dir, &files).unwrap();
        assert_eq!(outcome.written, [dir.join("new.rs")]);
        assert_eq!(outcome.removed, [dir.join("old.rs")]);
        assert!(stale_files(&dir, &files).unwrap().is_empty());
        assert!(dir.join("notes.txt").exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
