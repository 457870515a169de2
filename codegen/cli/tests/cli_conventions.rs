//! Conventions of the command line: `--help` of every subcommand (and `help NAME`),
//! `--version`, a reader that stops early (`codegen ids ... | head -1`), and the maintenance
//! form refusing to run outside the workspace it was built from.

mod support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use support::{codegen_in, run_codegen as codegen, scratch_dir, text, workspace_root};

const SUBCOMMANDS: [&str; 6] = ["generate", "check", "ids", "closure", "diff", "regenerate"];

#[test]
fn every_subcommand_has_its_help() {
    let dir = scratch_dir("conventions-help");
    let top = codegen(&dir, &["--help"]);
    assert_eq!(top.status.code(), Some(0));
    let top = text(&top.stdout);
    assert!(
        top.contains("Usage: codegen [OPTIONS]\n       codegen <COMMAND>"),
        "{top}"
    );
    assert!(
        top.contains("same as `codegen regenerate --check`"),
        "{top}"
    );
    for name in SUBCOMMANDS {
        assert!(
            top.contains(&format!("\n  {name} ")),
            "{name} listed:\n{top}"
        );
        for args in [[name, "--help"], [name, "-h"], ["help", name]] {
            let out = codegen(&dir, &args);
            assert_eq!(out.status.code(), Some(0), "{args:?}");
            let stdout = text(&out.stdout);
            assert!(
                stdout.contains(&format!("Usage: codegen {name} ")),
                "{args:?}:\n{stdout}"
            );
            assert_eq!(text(&out.stderr), "", "{args:?}");
        }
    }
}

#[test]
fn version() {
    let dir = scratch_dir("conventions-version");
    for flag in ["--version", "-V"] {
        let out = codegen(&dir, &[flag]);
        assert_eq!(out.status.code(), Some(0));
        let expected = format!("codegen {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(text(&out.stdout), expected);
    }
}

#[test]
fn a_reader_that_stops_early_ends_it_quietly() {
    let dir = scratch_dir("conventions-pipe");
    // Far more than a pipe buffer holds, so `codegen` is still writing when the reader goes.
    let schema: String = (0..20_000)
        .map(|i| format!("constructor{i} value:int = Type{i};\n"))
        .collect();
    std::fs::write(dir.join("big.tl"), schema).unwrap();
    let mut child = codegen_in(&dir)
        .args(["ids", "big.tl", "--dialect", "telegram"]) // named: no note on stderr
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("constructor0\tconstructor\t"), "{first}");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(text(&out.stderr), "", "no panic, no error");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn maintenance_refuses_outside_the_workspace() {
    // The system temporary directory, only as the current directory: nothing is written.
    let outside = std::env::temp_dir().canonicalize().unwrap();
    let root = workspace_root().canonicalize().unwrap();
    if outside.starts_with(&root) {
        eprintln!("note: the temporary directory is inside the workspace; skipped");
        return;
    }
    for args in [
        &[][..],
        &["--check"],
        &["regenerate"],
        &["regenerate", "--check"],
    ] {
        let out = codegen(&outside, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.starts_with("error: not inside the tl-rs workspace this binary was built from"),
            "{stderr}"
        );
        assert!(stderr.contains("codegen generate --schema"), "{stderr}");
        assert_eq!(text(&out.stdout), "");
    }
    let closure = codegen(&outside, &["closure", "--all"]);
    assert_eq!(closure.status.code(), Some(2));
}
