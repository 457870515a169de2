//! Roots that name nothing (the nearest names, the roots file's line and caret) and TL
//! names given where `generate` expects a file (`--root`, exit 2).

mod support;

use std::fs;
use std::path::PathBuf;

use support::{run_codegen as codegen, scratch_dir, text, zoo_dir};

const SHAPES: &str = "\
geo.point x:int y:int = geo.Point;
circle center:geo.point radius:int = Shape;
---functions---
shapes.near point:geo.point = Shape;
shapes.nearest point:geo.point = Shape;
getMe = geo.Point;
";

fn shapes_dir(tag: &str) -> PathBuf {
    let dir = scratch_dir(tag);
    fs::write(dir.join("shapes.tl"), SHAPES).unwrap();
    dir
}

/// `codegen generate` on shapes.tl (dialect named: no note) with `extra` arguments.
fn generate(dir: &std::path::Path, extra: &[&str]) -> (Option<i32>, String) {
    let mut args = vec!["generate", "--schema", "shapes.tl", "--dialect", "telegram"];
    args.extend_from_slice(extra);
    let out = codegen(dir, &args);
    assert_eq!(text(&out.stdout), "", "nothing written");
    (out.status.code(), text(&out.stderr))
}

#[test]
fn an_unknown_root_of_a_roots_file_points_at_its_line() {
    let dir = shapes_dir("roots-file");
    fs::write(
        dir.join("roots.txt"),
        "# roots\nshapes.near\n  shapes.nar  # typo\n",
    )
    .unwrap();
    let args = [
        "--roots-file",
        "roots.txt",
        "--root",
        "GETME",
        "--out",
        "tl.rs",
    ];
    let (code, stderr) = generate(&dir, &args);
    assert_eq!(code, Some(1));
    let expected = "\
error: root `GETME` is not declared; did you mean `getMe`?
roots.txt:3:3: error: root `shapes.nar` is not declared; did you mean `shapes.near`?
    3 |   shapes.nar  # typo
      |   ^^^^^^^^^^
";
    assert_eq!(stderr, expected);
    assert!(!dir.join("tl.rs").exists());

    // `closure` reports them alike.
    let closure = codegen(
        &dir,
        &[
            "closure",
            "--schema",
            "shapes.tl",
            "--dialect",
            "telegram",
            "--roots-file",
            "roots.txt",
        ],
    );
    assert_eq!(closure.status.code(), Some(1));
    assert_eq!(
        text(&closure.stderr),
        expected.replacen(
            "error: root `GETME` is not declared; did you mean `getMe`?\n",
            "",
            1
        )
    );
}

#[test]
fn a_declared_name_after_the_schema_files_wants_root() {
    let dir = shapes_dir("roots-stray-declared");
    let (code, stderr) = generate(&dir, &["shapes.near", "--out", "tl.rs"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "error: `shapes.near` is not a file; to generate only it and what it references, \
         pass `--root shapes.near`\n"
    );
}

#[test]
fn a_name_like_word_that_is_no_file_wants_root_and_gets_the_nearest_names() {
    let dir = shapes_dir("roots-stray-lookalike");
    let (code, stderr) = generate(&dir, &["getMee", "--out", "tl.rs"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "error: `getMee` is not a file; to generate only it and what it references, pass \
         `--root getMee` (the schema declares no `getMee`; did you mean `getMe`?)\n"
    );
    // After `--out`, the word is no option's value at all: the same explanation.
    let (code, stderr) = generate(&dir, &["--out", "tl.rs", "shapes.near"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.starts_with("error: `shapes.near` is not a file; "),
        "{stderr}"
    );
    let (code, stderr) = generate(&dir, &["--out", "tl.rs", "other/file.tl"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "error: unexpected argument `other/file.tl` (schema files follow `--schema`, roots \
         `--root`)\n"
    );
}

#[test]
fn a_missing_file_is_still_a_missing_file() {
    let dir = shapes_dir("roots-missing-file");
    let args = [
        "generate",
        "--schema",
        "shapes.tl",
        "other.tl",
        "--out",
        "tl.rs",
    ];
    let out = codegen(&dir, &args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: cannot read other.tl: "),
        "{stderr}"
    );
}

/// The example of issue 24: `getMe` after TON's lite_api.tl.
#[test]
fn get_me_after_lite_api() {
    let Some(zoo) = zoo_dir() else { return };
    let lite = zoo.join("ton/lite_api.tl").display().to_string();
    let dir = scratch_dir("roots-lite-api");
    let out = codegen(
        &dir,
        &["generate", "--schema", &lite, "getMe", "--out", "tl.rs"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "error: `getMe` is not a file; to generate only it and what it references, pass \
         `--root getMe` (the schema declares no `getMe`)\n"
    );
    let root = "liteServer.getTime";
    let out = codegen(
        &dir,
        &["generate", "--schema", &lite, root, "--out", "tl.rs"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: `{root}` is not a file; to generate only it and what it references, pass \
             `--root {root}`\n"
        )
    );
}
