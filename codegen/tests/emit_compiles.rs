//! The expected output of every emitter snapshot fixture (`fixtures/emit/<case>/expected`)
//! is Rust that compiles without warnings, TL-JSON included: a real `cargo build` of a
//! scratch crate that includes each case as a module. The `clashes` case shows that names
//! told apart by the naming rules are valid and referenced consistently.
//!
//! Like `build_script.rs`: offline, with the workspace's `Cargo.lock`, into its own target
//! directory under `CARGO_TARGET_TMPDIR`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every case with expected output, in name order.
fn cases() -> Vec<(String, PathBuf)> {
    let fixtures = manifest_dir().join("tests/fixtures/emit");
    let mut cases: Vec<(String, PathBuf)> = fs::read_dir(&fixtures)
        .expect("fixtures/emit")
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(_, path)| path.join("expected/mod.rs").is_file())
        .collect();
    cases.sort();
    cases
}

fn scratch_crate() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("emit-fixtures-crate");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let root = manifest_dir().join("..").canonicalize().unwrap();
    let manifest = format!(
        "[package]\nname = \"emit-fixtures\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
         [workspace]\n\n\
         [features]\ndefault = [\"json\"]\n\
         json = [\"dep:serde\", \"dep:serde_json\", \"tl-runtime/json\"]\n\n\
         [dependencies]\ntl-runtime = {{ path = {runtime:?} }}\n\
         serde = {{ version = \"1\", optional = true, features = [\"derive\"] }}\n\
         serde_json = {{ version = \"1\", optional = true }}\n",
        runtime = root.join("runtime"),
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    let mut lib = String::from("#![deny(warnings)]\n");
    for (case, path) in cases() {
        let module = path.join("expected/mod.rs");
        lib.push_str(&format!("#[path = {module:?}]\npub mod {case};\n"));
    }
    fs::write(dir.join("src/lib.rs"), lib).unwrap();
    if let Ok(lock) = fs::read(root.join("Cargo.lock")) {
        fs::write(dir.join("Cargo.lock"), lock).unwrap();
    }
    dir
}

#[test]
fn every_fixture_compiles_without_warnings() {
    let cases = cases();
    assert!(cases.iter().any(|(case, _)| case == "clashes"), "{cases:?}");
    let dir = scratch_crate();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("emit-fixtures-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let built = Command::new(cargo)
        .args(["build", "--offline", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("OUT_DIR")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        built.status.success(),
        "the fixtures should build:\n{stderr}"
    );
}
