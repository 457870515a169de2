//! Replays the corpus of tricky inputs in `fuzz-corpus/parse/` (x509-parser's
//! `run_all_fuzz_files` idea): every file must parse without panicking, and its
//! outcome (diagnostics with line and column, declarations, layers, class docs)
//! must equal the snapshot in the neighbouring `.expected` file.
//!
//! On a mismatch the snapshot is rewritten and the test fails; review the diff
//! with `git diff` and re-run.

use std::fmt::Write as _;
use std::path::Path;

use tl_codegen::diag::{line_col, Severity};
use tl_codegen::parse::parse;

/// The outcome of parsing `source`, one fact per line.
fn snapshot(source: &str) -> String {
    let parsed = parse(source);
    let mut out = String::new();
    for d in &parsed.diagnostics {
        let (line, col) = line_col(source, d.span.start);
        let severity = if d.severity == Severity::Error {
            "error"
        } else {
            "warning"
        };
        let _ = writeln!(out, "{line}:{col}: {severity}: {}", d.message);
    }
    for d in &parsed.file.declarations {
        let (line, col) = line_col(source, d.span.start);
        let id =
            d.id.as_ref()
                .map_or(String::new(), |id| format!("#{:08x}", id.value));
        let _ = writeln!(
            out,
            "{line}:{col}: declaration {:?} {}{id}",
            d.section, d.name.text
        );
        for doc in &d.docs {
            let _ = writeln!(out, "    @{} {}", doc.key, doc.value);
        }
    }
    for l in &parsed.file.layers {
        let _ = writeln!(out, "layer {}", l.value);
    }
    for c in &parsed.file.class_docs {
        let _ = writeln!(out, "class {:?}: {}", c.name, c.description);
    }
    out
}

#[test]
fn corpus_replays_to_its_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-corpus/parse");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tl"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "corpus missing in {}", dir.display());
    let mut updated = Vec::new();
    for input in &inputs {
        let bytes = std::fs::read(input).unwrap();
        let source = String::from_utf8_lossy(&bytes);
        let actual = snapshot(&source);
        let expected_path = input.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected.replace("\r\n", "\n") != actual {
            std::fs::write(&expected_path, &actual).unwrap();
            updated.push(expected_path.display().to_string());
        }
    }
    assert!(
        updated.is_empty(),
        "snapshots were out of date and have been rewritten: {updated:#?}"
    );
}
