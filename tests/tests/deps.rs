//! Every dependency named in a workspace `Cargo.toml` is explained in `DEPS.md`.

use std::path::Path;

/// Names of the dependencies declared in the `[*dependencies]` tables of a manifest.
fn dependency_names(manifest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.ends_with("dependencies]");
            continue;
        }
        if !in_deps || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim().trim_end_matches(".workspace").trim();
            names.push(name.to_owned());
        }
    }
    names
}

#[test]
fn every_dependency_is_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let deps_md = std::fs::read_to_string(root.join("DEPS.md")).expect("DEPS.md exists");
    let internal = ["tl-runtime", "tl-api", "tl-codegen", "tl-dynamic", "tests"];
    let mut checked = 0;
    for krate in [
        "Cargo.toml",
        "codegen/Cargo.toml",
        "codegen/cli/Cargo.toml",
        "codegen/dynamic/Cargo.toml",
        "runtime/Cargo.toml",
        "generated/Cargo.toml",
        "tests/Cargo.toml",
        "tests/build-tdlib/Cargo.toml",
        "tests/build-invite/Cargo.toml",
        "tests/tdlib-json/Cargo.toml",
        "fuzz/Cargo.toml",
        "bench/Cargo.toml",
    ] {
        let manifest = std::fs::read_to_string(root.join(krate)).expect("manifest");
        for name in dependency_names(&manifest) {
            checked += 1;
            if internal.contains(&name.as_str()) {
                continue;
            }
            assert!(
                deps_md.contains(&format!("`{name}`")),
                "{krate}: dependency `{name}` is not explained in DEPS.md"
            );
        }
    }
    assert!(checked >= 10, "parsed only {checked} dependencies");
}

#[test]
fn parser_of_manifests_sees_all_tables() {
    let manifest = "[dependencies]\nfoo = \"1\"\nbar.workspace = true\n[features]\nx = []\n[dev-dependencies]\nbaz = { version = \"1\" }\n";
    assert_eq!(dependency_names(manifest), ["foo", "bar", "baz"]);
}
