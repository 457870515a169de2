//! `codegen closure` of the real binary: what roots pull in, totals, generated lines.

mod support;

use support::{run_codegen as codegen, scratch_dir};

const SCHEMA: &str = "\
peerUser#1 user_id:long = Peer;
peerChat#2 chat_id:long = Peer;
salt#3 value:long = Salt;
salts#4 list:vector<salt> = Salts;
unrelated#5 = Unrelated;
---functions---
getPeer#6 id:long = Peer;
getSalts#7 = Salts;
";

/// Splits the report into its `kind<TAB>name` lines and its `lines:` counts.
fn split(report: &str) -> (Vec<&str>, Vec<(&str, usize)>) {
    let (mut names, mut lines) = (Vec::new(), Vec::new());
    for line in report.lines() {
        match line.strip_prefix("lines: ") {
            Some(rest) => {
                let (file, count) = rest.split_once('\t').expect("file<TAB>count");
                lines.push((file, count.parse().expect("a count")));
            }
            None => names.push(line),
        }
    }
    (names, lines)
}

#[test]
fn prints_the_closure_totals_and_lines_per_file() {
    let dir = scratch_dir("closure-cli");
    std::fs::write(dir.join("s.tl"), SCHEMA).unwrap();
    std::fs::write(dir.join("roots.txt"), "# roots\ngetSalts\n").unwrap();
    let out = codegen(
        &dir,
        &[
            "closure",
            "getPeer",
            "--roots-file",
            "roots.txt",
            "--schema",
            "s.tl",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let report = String::from_utf8(out.stdout).unwrap();
    let (names, lines) = split(&report);
    assert_eq!(
        names,
        [
            "constructor\tpeerUser",
            "constructor\tpeerChat",
            "constructor\tsalt",
            "constructor\tsalts",
            "function\tgetPeer",
            "function\tgetSalts",
            "type\tPeer",
            "type\tSalts",
            "total: 4 of 5 constructors, 2 types, 2 of 2 functions",
        ]
    );
    let files: Vec<&str> = lines.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        files,
        [
            "mod.rs",
            "types.rs",
            "enums.rs",
            "functions.rs",
            "registry.rs",
            "total"
        ]
    );
    let sum: usize = lines[..5].iter().map(|(_, n)| n).sum();
    assert_eq!(lines[5].1, sum);
    assert!(lines[1..4].iter().all(|(_, n)| *n > 10), "{lines:?}");

    let all = codegen(&dir, &["closure", "--all", "--schema", "s.tl"]);
    let all = String::from_utf8(all.stdout).unwrap();
    assert!(all.contains("constructor\tunrelated\n"));
    assert!(all.contains("total: 5 of 5 constructors, 4 types, 2 of 2 functions\n"));
    let (_, all_lines) = split(&all);
    assert!(all_lines[4].1 > lines[4].1, "more roots, more lines");

    let unknown = codegen(&dir, &["closure", "getPeeer", "--schema", "s.tl"]);
    assert_eq!(unknown.status.code(), Some(1));
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    assert_eq!(
        stderr,
        "note: dialect telegram, guessed: nothing in the schema tells; no id depends on it\n\
         error: root `getPeeer` is not declared; did you mean `getPeer`?\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
