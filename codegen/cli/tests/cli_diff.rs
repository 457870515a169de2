//! `codegen diff` on small schemas: the report and the exit codes (0 same, 1 different,
//! 2 a side does not load).

mod support;

use std::process::Output;

use support::{run_codegen as codegen, scratch_dir};

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

#[test]
fn the_binary_prints_the_report_and_exits_by_outcome() {
    let dir = scratch_dir("diff-cli");
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("old.tl", "a#1 x:int = A;\nb#2 = B;\n");
    write("new.tl", "a#1 x:long = A;\n");
    write("extra.tl", "b#2 = B;\n");
    write("broken.tl", "a#1 x:Nope = A;\n");

    let out = codegen(&dir, &["diff", "old.tl", "new.tl"]);
    assert_eq!(out.status.code(), Some(1), "schemas differ");
    let expected = "\
removed (1):
  - constructor b#00000002 = B;
changed (1):
  ~ constructor a: ~ x:int -> x:long
    - a#00000001 x:int = A;
    + a#00000001 x:long = A;
types removed (1):
  - B (b)
summary: 0 added, 1 removed, 1 changed; types: 0 added, 1 removed, 0 changed
";
    assert_eq!(stdout(&out), expected);

    let multi = codegen(
        &dir,
        &[
            "diff", "--old", "old.tl", "--new", "new.tl", "--new", "extra.tl",
        ],
    );
    assert_eq!(multi.status.code(), Some(1));
    assert!(
        stdout(&multi).starts_with("changed (1):\n"),
        "{}",
        stdout(&multi)
    );

    let none = codegen(&dir, &["diff", "old.tl", "old.tl"]);
    assert_eq!(none.status.code(), Some(0), "same schema");
    assert_eq!(
        stdout(&none),
        "summary: 0 added, 0 removed, 0 changed; types: 0 added, 0 removed, 0 changed\n"
    );

    let broken = codegen(&dir, &["diff", "old.tl", "broken.tl"]);
    assert_eq!(broken.status.code(), Some(2), "a side does not load");
    let stderr = String::from_utf8(broken.stderr).unwrap();
    // Each side's dialect is detected (and said), then the errors of the broken side.
    let expected = "\
note: old schema: dialect telegram, guessed: nothing in the schema tells; no id depends on it
note: new schema: dialect telegram, guessed: nothing in the schema tells; no id depends on it
broken.tl:1:7: error: unknown type `Nope`
    1 | a#1 x:Nope = A;
      |       ^^^^
";
    assert_eq!(stderr, expected);
}
