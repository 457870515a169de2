//! A real `cargo build` of a scratch crate whose build.rs uses `tl_codegen`: a schema error
//! fails the build with the `file:line:col` diagnostic; once fixed, the build succeeds and
//! cargo records `rerun-if-changed` for exactly the schema file.
//!
//! The scratch crate lives in a temporary directory and builds into its own target directory
//! under `CARGO_TARGET_TMPDIR` (the workspace's target directory is locked by the running
//! `cargo test`), offline, with the workspace's `Cargo.lock` so no new versions are resolved.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BROKEN: &str = "\
geo.point x:int y:int = geo.Point;
shape.circle center:geo.Pointt radius:long = Shape;
";

const BUILD_RS: &str = r#"
fn main() -> Result<(), tl_codegen::Error> {
    tl_codegen::compile_schemas(&["schema.tl"], tl_codegen::Dialect::Tdlib)?;
    Ok(())
}
"#;

const LIB_RS: &str = r#"
include!(concat!(env!("OUT_DIR"), "/tl.rs"));

pub fn circle() -> enums::Shape {
    types::shape::Circle { center: types::geo::Point { x: 1, y: 2 }.into(), radius: 3 }.into()
}
"#;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn scratch_crate() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script-crate");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let root = workspace().canonicalize().unwrap();
    let manifest = format!(
        "[package]\nname = \"scratch-schema\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
         [workspace]\n\n\
         [dependencies]\ntl-runtime = {{ path = {runtime:?} }}\n\n\
         [build-dependencies]\ntl-codegen = {{ path = {codegen:?} }}\n",
        runtime = root.join("runtime"),
        codegen = root.join("codegen"),
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    fs::write(dir.join("build.rs"), BUILD_RS).unwrap();
    fs::write(dir.join("src/lib.rs"), LIB_RS).unwrap();
    if let Ok(lock) = fs::read(root.join("Cargo.lock")) {
        fs::write(dir.join("Cargo.lock"), lock).unwrap();
    }
    dir
}

fn cargo_build(dir: &Path, target: &Path) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["build", "--offline", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("OUT_DIR")
        .output()
        .expect("cargo runs")
}

/// The `output` files cargo kept of the scratch crate's build script runs.
fn build_script_outputs(target: &Path) -> Vec<PathBuf> {
    let build = target.join("debug/build");
    let Ok(entries) = fs::read_dir(&build) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("scratch-schema-")
        })
        .map(|p| p.join("output"))
        .filter(|p| p.is_file())
        .collect()
}

#[test]
fn a_broken_schema_fails_the_build_with_the_diagnostic_and_a_fixed_one_builds() {
    let dir = scratch_crate();
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script-target");
    fs::write(dir.join("schema.tl"), BROKEN).unwrap();

    let failed = cargo_build(&dir, &target);
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(!failed.status.success(), "the build should fail:\n{stderr}");
    // Cargo quotes the build script's stderr indented by two spaces; `main` returning
    // `Err` prefixes `Error: `.
    let expected = "schema.tl:2:21: error: unknown type `geo.Pointt`\n\
        \x20     2 | shape.circle center:geo.Pointt radius:long = Shape;\n\
        \x20       |                     ^^^^^^^^^^";
    assert!(
        stderr.contains(expected),
        "diagnostic missing in:\n{stderr}"
    );

    fs::write(dir.join("schema.tl"), BROKEN.replace("Pointt", "Point")).unwrap();
    let built = cargo_build(&dir, &target);
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        built.status.success(),
        "the fixed build should pass:\n{stderr}"
    );
    // The scratch crate declares no features: by default the generated code has no
    // `cfg(feature = ..)` for rustc's check-cfg to warn about.
    assert!(
        !stderr.contains("warning"),
        "the crate should build without warnings:\n{stderr}"
    );
    let outputs = build_script_outputs(&target);
    assert!(!outputs.is_empty(), "no build script output recorded");
    for output in outputs {
        let text = fs::read_to_string(&output).unwrap();
        let reruns: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("rerun-if-changed"))
            .collect();
        assert_eq!(
            reruns,
            ["cargo:rerun-if-changed=schema.tl"],
            "{}",
            output.display()
        );
    }
    let generated = fs::read_dir(target.join("debug/build"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("out/tl.rs"))
        .find(|p| p.is_file())
        .expect("tl.rs was written");
    let text = fs::read_to_string(generated).unwrap();
    assert!(text.starts_with("// @generated by tl_codegen from schema.tl. Do not edit.\n"));
}
