//! Diagnostics as the commands print them: one block per diagnostic in `check`, `ids` and
//! `generate` alike, and at most 100 errors (and 100 warnings) with a count of the rest,
//! the summary counting all.

mod support;

use std::fs;

use support::{run_codegen as codegen, scratch_dir, text};

/// `errors` definitions with an unknown type each, between good ones, and two duplicates
/// (a warning each).
fn broken_schema(errors: usize) -> String {
    let mut text = String::new();
    for i in 0..errors {
        text.push_str(&format!("good{i} x:int = Good;\n"));
        text.push_str(&format!("bad{i} x:Missing{i} = Bad;\n"));
    }
    text + "good0 y:int = Good;\ngood1 y:int = Good;\n"
}

/// The first line of each block, and the lines that are not part of a block.
fn heads(stderr: &str) -> (Vec<&str>, Vec<&str>) {
    let lines = stderr.lines().filter(|l| !l.starts_with(' '));
    lines.partition(|l| l.contains(": error: ") || l.contains(": warning: "))
}

#[test]
fn a_long_run_of_errors_stops_at_the_limit_and_counts_the_rest() {
    let dir = scratch_dir("diagnostics-limit");
    fs::write(dir.join("many.tl"), broken_schema(1_234)).unwrap();
    let out = codegen(&dir, &["check", "many.tl", "--dialect", "telegram"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let (blocks, other) = heads(&stderr);
    let errors = blocks.iter().filter(|l| l.contains(": error: ")).count();
    let warnings = blocks.iter().filter(|l| l.contains(": warning: ")).count();
    assert_eq!((errors, warnings), (100, 2));
    assert_eq!(blocks[0], "many.tl:2:8: error: unknown type `Missing0`");
    assert_eq!(blocks[99], "many.tl:200:9: error: unknown type `Missing99`");
    assert_eq!(other, ["... and 1,134 more errors"]);
    assert!(
        stderr.ends_with("\n... and 1,134 more errors\n"),
        "the count comes last"
    );
    // The summary counts every diagnostic.
    let stdout = text(&out.stdout);
    assert!(stdout.ends_with("warnings: 2\nerrors: 1234\n"), "{stdout}");
}

#[test]
fn warnings_have_a_limit_of_their_own() {
    let dir = scratch_dir("diagnostics-warnings");
    let duplicates: String = (0..150).map(|i| format!("same x{i}:int = S;\n")).collect();
    fs::write(dir.join("dup.tl"), duplicates).unwrap();
    let out = codegen(&dir, &["check", "dup.tl", "--dialect", "telegram"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    let (blocks, other) = heads(&stderr);
    assert_eq!(blocks.len(), 100);
    assert_eq!(other, ["... and 49 more warnings"]);
    assert!(text(&out.stdout).ends_with("warnings: 149\nerrors: 0\n"));
}

#[test]
fn ids_and_generate_print_errors_as_check_does() {
    let dir = scratch_dir("diagnostics-apart");
    let schema = "a x:Nope = A;\nb y:Nada = B;\nc = C;\n";
    fs::write(dir.join("bad.tl"), schema).unwrap();
    let expected = "\
bad.tl:1:5: error: unknown type `Nope`
    1 | a x:Nope = A;
      |     ^^^^
bad.tl:2:5: error: unknown type `Nada`
    2 | b y:Nada = B;
      |     ^^^^
";
    let named = ["--dialect", "tdlib"];
    let check = codegen(&dir, &[&["check", "bad.tl"][..], &named].concat());
    assert_eq!(text(&check.stderr), expected);
    let ids = codegen(&dir, &[&["ids", "bad.tl"][..], &named].concat());
    assert_eq!(
        (ids.status.code(), text(&ids.stderr)),
        (Some(1), expected.into())
    );
    let generate = ["generate", "--schema", "bad.tl", "--out", "tl.rs"];
    let generate = codegen(&dir, &[&generate[..], &named].concat());
    assert_eq!(generate.status.code(), Some(1));
    assert_eq!(text(&generate.stderr), expected);
}
