//! A real `cargo build` of a scratch crate whose build.rs names no dialect: a guess that
//! changes ids reaches the user as a cargo warning, and the build goes on.
//!
//! Like `build_script.rs`: a temporary crate, offline, the workspace's `Cargo.lock`, and
//! the same target directory under `CARGO_TARGET_TMPDIR` (cargo locks it, so the two
//! builds take turns and share the compiled dependencies).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// TDLib types used without a declaration, no explicit id: a guess, and `photo`'s id
/// depends on it.
const SCHEMA: &str = "\
photo id:int53 data:bytes = Photo;
sticker id:int53 = Sticker;
";

const BUILD_RS: &str = r#"
fn main() -> Result<(), tl_codegen::Error> {
    tl_codegen::Config::new().schema("schema.tl").generate()?;
    Ok(())
}
"#;

fn scratch_crate() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script-dialect-crate");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap();
    let manifest = format!(
        "[package]\nname = \"scratch-dialect\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
         [workspace]\n\n\
         [dependencies]\ntl-runtime = {{ path = {runtime:?} }}\n\n\
         [build-dependencies]\ntl-codegen = {{ path = {codegen:?} }}\n",
        runtime = root.join("runtime"),
        codegen = root.join("codegen"),
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    fs::write(dir.join("build.rs"), BUILD_RS).unwrap();
    fs::write(dir.join("schema.tl"), SCHEMA).unwrap();
    let lib = "include!(concat!(env!(\"OUT_DIR\"), \"/tl.rs\"));\n";
    fs::write(dir.join("src/lib.rs"), lib).unwrap();
    if let Ok(lock) = fs::read(root.join("Cargo.lock")) {
        fs::write(dir.join("Cargo.lock"), lock).unwrap();
    }
    dir
}

#[test]
fn a_guess_that_changes_ids_is_a_cargo_warning() {
    let dir = scratch_crate();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let built = Command::new(cargo)
        .args(["build", "--offline"]) // `--quiet` would hide the warnings
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("OUT_DIR")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "the build goes on:\n{stderr}");
    let expected = "warning: scratch-dialect@0.1.0: schema.tl: dialect tdlib, guessed: \
        schema.tl:1:10 uses `int53` without declaring it, as TDLib's schemas may; 1 id \
        depends on it: call `.dialect(Dialect::Tdlib)` or `.dialect(Dialect::Telegram)` to \
        be sure\n";
    assert!(stderr.contains(expected), "{stderr}");
}
