//! Helpers shared by the integration tests: the repository's layer, the golden vectors
//! and the schema zoo.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::{Codec, Options};

/// The repository root (this crate is `codegen/dynamic`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A codec of the files `paths` read together.
pub fn codec_of(paths: &[PathBuf], dialect: Dialect) -> Codec {
    let sources: Vec<SourceFile> = paths
        .iter()
        .map(|path| SourceFile::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect();
    let options = LoadOptions {
        dialect,
        allow_external: false,
    };
    Codec::load(&sources, options).unwrap_or_else(|errors| panic!("{errors}"))
}

/// Layer 230 of this repository: `schema/api.tl` + `schema/mtproto.tl`.
pub fn layer() -> Codec {
    let root = repo_root();
    codec_of(
        &[root.join("schema/api.tl"), root.join("schema/mtproto.tl")],
        Dialect::Telegram,
    )
}

/// [`layer`] printing nested messages.
pub fn layer_nested() -> Codec {
    let mut codec = layer();
    codec.set_options(Options::new().nested(true));
    codec
}

/// The zoo of real schemas (`../shared/zoo` beside the checkout, or `$TL_ZOO_DIR`), when
/// present. CI always has it: there, a missing zoo is a failure.
pub fn zoo() -> Option<PathBuf> {
    let dir = match std::env::var_os("TL_ZOO_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => repo_root().join("../shared/zoo"),
    };
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the zoo ({}) was not found",
        dir.display()
    );
    eprintln!("note: the zoo was not found at {}; skipped", dir.display());
    None
}

/// One golden line: the `tl` object exactly as written (compacted, key order kept) and the
/// bytes.
pub struct Vector {
    pub name: String,
    pub json: String,
    pub bytes: Vec<u8>,
}

/// Every line of every `tests/vectors/*.jsonl`.
pub fn vectors() -> Vec<Vector> {
    let dir = repo_root().join("tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/vectors")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("vector file");
        all.extend(text.lines().filter(|l| !l.trim().is_empty()).map(vector));
    }
    assert!(all.len() >= 40, "the vector files have at least 40 lines");
    all
}

/// One vector line.
fn vector(line: &str) -> Vector {
    let value: serde_json::Value = serde_json::from_str(line).expect("vector line is JSON");
    let start = line.find("\"tl\": ").expect("a tl field") + "\"tl\": ".len();
    let mut objects = serde_json::Deserializer::from_str(&line[start..]).into_iter();
    let tl: serde_json::Value = objects.next().expect("tl object").expect("tl is JSON");
    let json = compact(&line[start..start + objects.byte_offset()]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        tl
    );
    Vector {
        name: value["name"].as_str().expect("name").to_owned(),
        json,
        bytes: tl_dynamic::from_hex(value["hex"].as_str().expect("hex")).expect("hex"),
    }
}

/// The text without whitespace outside strings (key order and spelling kept).
pub fn compact(text: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// Bytes from hex (test input).
pub fn hex(text: &str) -> Vec<u8> {
    tl_dynamic::from_hex(text).expect("test hex")
}
