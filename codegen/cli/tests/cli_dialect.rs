//! The dialect on the command line: detected by default (a note says which and why), an
//! error when the evidence conflicts, a hint when explicit ids follow the other rule, and
//! `--dialect` always winning. (The zoo's schemas are in `cli_zoo.rs`.)

mod support;

use std::fs;
use std::path::Path;
use std::process::Output;

use support::{run_codegen as codegen, scratch_dir, text};

/// A TDLib-style schema: its built-ins say so; `minithumbnail` has an id that depends on it.
const TDLIB: &str = "\
int32 = Int32;
bytes = Bytes;
minithumbnail width:int32 height:int32 data:bytes = Minithumbnail;
---functions---
getThumbnail id:int32 = Minithumbnail;
";

/// A definition whose explicit id is what only Telegram's rule computes.
fn telegram_only(name: &str) -> String {
    let id = crc32fast::hash(format!("{name} data:string = Photo").as_bytes());
    format!("{name}#{id:08x} data:bytes = Photo;\n")
}

fn dir_with(tag: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = scratch_dir(tag);
    for (name, contents) in files {
        fs::write(dir.join(name), contents).unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out: Output = codegen(dir, args);
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_tdlib_schema_is_read_as_tdlib_without_being_told() {
    let dir = dir_with("dialect-tdlib", &[("td.tl", TDLIB)]);
    let (code, detected, stderr) = run(&dir, &["ids", "td.tl"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stderr,
        "note: dialect tdlib, detected: td.tl:1:1 declares `int32 = Int32;`, a TDLib built-in\n"
    );
    let (_, named, quiet) = run(&dir, &["ids", "td.tl", "--dialect", "tdlib"]);
    assert_eq!(detected, named);
    assert_eq!(quiet, "", "a named dialect needs no note");
    let id = crc32fast::hash(b"minithumbnail width:int32 height:int32 data:bytes = Minithumbnail");
    assert!(detected.contains(&format!("minithumbnail\tconstructor\t{id:08x}\tcomputed\n")));
}

#[test]
fn generate_detects_too_and_writes_what_the_named_dialect_writes() {
    let dir = dir_with("dialect-generate", &[("td.tl", TDLIB)]);
    let (code, _, stderr) = run(&dir, &["generate", "--schema", "td.tl", "--out", "a.rs"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.starts_with("note: dialect tdlib, detected: "),
        "{stderr}"
    );
    let args = [
        "generate",
        "--schema",
        "td.tl",
        "--dialect",
        "tdlib",
        "--out",
        "b.rs",
    ];
    let (code, _, stderr) = run(&dir, &args);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    let read = |name: &str| fs::read_to_string(dir.join(name)).unwrap();
    assert_eq!(read("a.rs"), read("b.rs"));
}

#[test]
fn conflicting_evidence_is_an_error_naming_both_dialects() {
    let schema = format!(
        "int32 = Int32;\n{}{}doc data:bytes = Doc;\n",
        telegram_only("p1"),
        telegram_only("p2")
    );
    let dir = dir_with("dialect-conflict", &[("mixed.tl", &schema)]);
    let (code, stdout, stderr) = run(&dir, &["check", "mixed.tl"]);
    assert_eq!(code, Some(1));
    let expected = "\
note: dialect telegram, detected: 2 explicit ids agree only with the telegram rule (the first at mixed.tl:2:1)
mixed.tl:1:1: error: the schema declares `int32 = Int32;`, a TDLib built-in, but 2 explicit ids agree only with the telegram rule (the first at mixed.tl:2:1); 1 id depends on which rule is right: name it with `--dialect tdlib` or `--dialect telegram`
    1 | int32 = Int32;
      | ^^^^^^^^^^^^^^
";
    assert_eq!(stderr, expected);
    assert!(stdout.ends_with("errors: 1\n"), "{stdout}");
    for dialect in ["tdlib", "telegram"] {
        let (code, _, stderr) = run(&dir, &["check", "mixed.tl", "--dialect", dialect]);
        assert_eq!(code, Some(0), "--dialect {dialect} wins: {stderr}");
        assert!(!stderr.contains("note:"), "{stderr}");
    }
}

#[test]
fn a_guess_that_changes_ids_says_how_to_be_sure() {
    let dir = dir_with("dialect-guess", &[("g.tl", "a x:int32 data:bytes = A;\n")]);
    let (code, _, stderr) = run(&dir, &["check", "g.tl"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stderr,
        "note: dialect tdlib, guessed: g.tl:1:5 uses `int32` without declaring it, as TDLib's \
         schemas may; 1 id depends on it: pass `--dialect tdlib` or `--dialect telegram` to be \
         sure\n"
    );
}

#[test]
fn explicit_ids_that_follow_the_other_rule_get_a_hint() {
    let schema: String = ["p1", "p2", "p3", "p4"].map(telegram_only).concat();
    let dir = dir_with("dialect-hint", &[("tg.tl", &schema)]);
    let (code, stdout, stderr) = run(&dir, &["check", "tg.tl", "--dialect", "tdlib"]);
    assert_eq!(code, Some(0));
    let first_block = stderr.lines().take(3).collect::<Vec<_>>().join("\n");
    let expected = "\
tg.tl:1:1: warning: 4 explicit ids differ from the ids the tdlib rule computes, and 4 of them are what the telegram rule computes: is this a telegram schema (`--dialect telegram`)?
    1 | p1#ab5ba3b9 data:bytes = Photo;
      | ^^"
        .replace("ab5ba3b9", &schema[3..11]);
    assert_eq!(first_block, expected);
    // The hint is counted with the four `explicit id ... differs` warnings.
    assert!(stdout.contains("id warnings: 4\nwarnings: 5\n"), "{stdout}");
    // `ids` prints no schema warnings, but the hint.
    let (code, _, stderr) = run(&dir, &["ids", "tg.tl", "--dialect", "tdlib"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stderr.lines().take(3).collect::<Vec<_>>().join("\n"),
        expected
    );
    assert_eq!(stderr.lines().count(), 3);
}

#[test]
fn the_layer_read_as_tdlib_gets_the_hint_first() {
    let workspace = support::workspace_root();
    let args = [
        "check",
        "schema/api.tl",
        "schema/mtproto.tl",
        "--dialect",
        "tdlib",
    ];
    let (code, _, stderr) = run(&workspace, &args);
    assert_eq!(code, Some(0));
    let first = stderr.lines().next().unwrap();
    assert!(first.starts_with("schema/api.tl:"), "{first}");
    assert!(
        first.contains(" explicit ids differ from the ids the tdlib rule computes, and "),
        "{first}"
    );
    assert!(
        first.ends_with("is this a telegram schema (`--dialect telegram`)?"),
        "{first}"
    );
}
