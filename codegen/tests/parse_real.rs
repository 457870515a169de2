//! Every real schema we know of parses without a single diagnostic, and the
//! parser finds exactly the declarations, sections, layer comments and doc
//! blocks that an independent, line-based count finds.
//!
//! Files: `schema/*.tl` (always present) and `../../shared/zoo/**/*.tl` relative
//! to this crate (skipped with a note when absent, e.g. in a fresh clone).

use std::path::{Path, PathBuf};

use tl_codegen::parse::ast::Section;
use tl_codegen::parse::parse;

fn tl_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            tl_files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "tl") {
            out.push(path);
        }
    }
}

fn real_files() -> Vec<PathBuf> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    tl_files_under(&crate_dir.join("../schema"), &mut files);
    let zoo = crate_dir.join("../../shared/zoo");
    if zoo.is_dir() {
        tl_files_under(&zoo, &mut files);
    } else {
        println!(
            "note: {} is absent; only schema/*.tl is checked",
            zoo.display()
        );
    }
    files.sort();
    files
}

/// The source with comments blanked out, done the naive way: `/* */` first,
/// then everything from `//` to the end of each line.
fn without_comments(source: &str) -> String {
    let mut text = String::new();
    let mut rest = source;
    while let Some(open) = rest.find("/*") {
        let line_comment_first = rest[..open]
            .rfind("//")
            .is_some_and(|l| !rest[l..open].contains('\n'));
        let cut = if line_comment_first { open + 2 } else { open };
        text.push_str(&rest[..cut]);
        rest = if line_comment_first {
            &rest[cut..]
        } else {
            rest[open..]
                .find("*/")
                .map_or("", |close| &rest[open + close + 2..])
        };
    }
    text.push_str(rest);
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What an independent count expects: (section, first word) of every `;`-terminated statement.
fn expected_statements(source: &str) -> Vec<(Section, String)> {
    let mut section = Section::Types;
    let mut statements = Vec::new();
    let mut current = String::new();
    for line in without_comments(source).lines() {
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        match compact.as_str() {
            "---functions---" => section = Section::Functions,
            "---types---" => section = Section::Types,
            _ => {
                let mut pieces = line.split(';');
                current.push_str(pieces.next().unwrap_or(""));
                current.push(' ');
                for piece in pieces {
                    let word = current.split_whitespace().next().unwrap_or("");
                    statements.push((section, word.split('#').next().unwrap_or("").to_string()));
                    current = format!("{piece} ");
                }
            }
        }
    }
    statements
}

fn check_file(path: &Path) -> usize {
    let source = std::fs::read_to_string(path).unwrap();
    let parsed = parse(&source);
    let rendered: Vec<String> = parsed
        .diagnostics
        .iter()
        .map(|d| d.render(&path.display().to_string(), &source))
        .collect();
    assert!(rendered.is_empty(), "{}", rendered.join("\n"));

    let found: Vec<(Section, String)> = parsed
        .file
        .declarations
        .iter()
        .map(|d| (d.section, d.name.text.to_string()))
        .collect();
    assert_eq!(found, expected_statements(&source), "{}", path.display());

    let layer_lines: Vec<u32> = source
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("// LAYER ")
                .and_then(|n| n.trim().parse().ok())
        })
        .collect();
    let layers: Vec<u32> = parsed.file.layers.iter().map(|l| l.value).collect();
    assert_eq!(layers, layer_lines, "{}", path.display());

    let class_lines = source
        .lines()
        .filter(|l| l.starts_with("//@class "))
        .count();
    assert_eq!(
        parsed.file.class_docs.len(),
        class_lines,
        "{}",
        path.display()
    );
    let description_lines = source
        .lines()
        .filter(|l| l.starts_with("//@description ") || l.starts_with("///@description "))
        .count();
    let described = parsed
        .file
        .declarations
        .iter()
        .filter(|d| d.docs.iter().any(|a| a.key == "description"));
    assert_eq!(described.count(), description_lines, "{}", path.display());
    parsed.file.declarations.len()
}

#[test]
fn every_real_schema_parses_cleanly() {
    let files = real_files();
    assert!(files.len() >= 2, "schema/*.tl not found");
    let mut total = 0;
    for path in &files {
        total += check_file(path);
    }
    println!("{} files, {total} declarations", files.len());
}

#[test]
fn spans_of_real_declarations_slice_back_to_their_text() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema/api.tl");
    let source = std::fs::read_to_string(path).unwrap();
    let parsed = parse(&source);
    assert_eq!(
        parsed
            .file
            .layers
            .first()
            .map(|l| &source[l.span.start..l.span.end]),
        Some("230")
    );
    for decl in &parsed.file.declarations {
        let text = &source[decl.span.start..decl.span.end];
        assert!(
            text.starts_with(decl.name.text) && text.ends_with(';'),
            "{text}"
        );
        assert_eq!(
            &source[decl.name.span.start..decl.name.span.end],
            decl.name.text
        );
        if let Some(id) = &decl.id {
            let digits = &source[id.span.start..id.span.end];
            assert_eq!(u32::from_str_radix(digits, 16), Ok(id.value));
        }
    }
}
