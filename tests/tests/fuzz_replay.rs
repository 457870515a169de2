//! Replays every file of the committed fuzz corpus (`fuzz/corpus/<target>/`) and every
//! crash artifact (`fuzz/artifacts/<target>/`) through the same checks the fuzz targets
//! run (`tests::hostile`), so a crash once found stays fixed without a fuzzer.
//!
//! The seed files (`golden-*` from the golden vectors, `schema-*` from real schemas) are
//! written by `TL_WRITE_SEEDS=1 cargo test -p tests --test fuzz_replay`; without the
//! variable the test checks they are all present and current.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tests::hostile::{
    accepting_types, check_prefix_input, check_schema_input, check_wire_input, BOXED_TYPES,
};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The files directly inside `dir` (none if it does not exist), sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    found
}

/// Runs `check` on every corpus and artifact file of `target`; returns how many.
fn replay(target: &str, mut check: impl FnMut(&[u8])) -> usize {
    let mut count = 0;
    for dir in ["corpus", "artifacts"] {
        for path in files(&fuzz_dir().join(dir).join(target)) {
            let data = fs::read(&path).expect("readable");
            // A panic names the file through the test's output.
            eprintln!("replaying {}", path.display());
            check(&data);
            count += 1;
        }
    }
    count
}

#[test]
fn decode_corpus_and_artifacts() {
    let count = replay("decode", |data| {
        let _ = check_wire_input(data);
    });
    assert!(count >= 40, "only {count} inputs");
}

#[test]
fn roundtrip_corpus_and_artifacts() {
    let count = replay("roundtrip", |data| {
        let _ = check_prefix_input(data);
    });
    assert!(count >= 40, "only {count} inputs");
}

/// The `-max_len` of the schema target's command in `fuzz/README.md`.
const SCHEMA_MAX_LEN: usize = 2048;

/// Whole schemas too (the fuzzer cuts inputs at [`SCHEMA_MAX_LEN`]): at least the seeds
/// of `mtproto.tl` (whole and its head) and `ton_lite_api.tl` load and are emitted.
#[test]
fn schema_corpus_and_artifacts() {
    let mut emitted = 0;
    let count = replay("schema", |data| {
        if check_schema_input(data) > 0 {
            emitted += 1;
        }
    });
    assert!(count >= 5, "only {count} inputs");
    assert!(emitted >= 3, "only {emitted} inputs reach the emitter");
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digit"))
        .collect()
}

/// The seed files: name and contents.
fn seeds() -> Vec<(String, String, Vec<u8>)> {
    let mut seeds = Vec::new();
    for line in include_str!("../vectors/invites.jsonl").lines() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).expect("vector line is JSON");
        let name = v["name"].as_str().expect("name");
        let bytes = hex(v["hex"].as_str().expect("hex"));
        let ty = accepting_types(&bytes)[0];
        let mut data = vec![u8::try_from(ty).expect("fewer than 256 boxed types")];
        data.extend(&bytes);
        let file: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        for target in ["decode", "roundtrip"] {
            seeds.push((target.into(), format!("golden-{file}"), data.clone()));
        }
    }
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    let mtproto = fs::read(schema.join("mtproto.tl")).expect("schema/mtproto.tl");
    // Its first lines up to the fuzzer's `-max_len` (fuzz/README.md), a schema that loads.
    let cut = mtproto[..SCHEMA_MAX_LEN].iter().rposition(|&b| b == b'\n');
    let head = mtproto[..=cut.expect("a line break")].to_vec();
    seeds.push(("schema".into(), "schema-mtproto-head".into(), head));
    seeds.push(("schema".into(), "schema-mtproto".into(), mtproto));
    // Three 4 KiB windows of api.tl (libFuzzer's default input size), cut at lines.
    let api = fs::read_to_string(schema.join("api.tl")).expect("schema/api.tl");
    for (i, start) in [0, api.len() / 3, api.len() * 2 / 3]
        .into_iter()
        .enumerate()
    {
        let start = api[start..].find('\n').map_or(start, |n| start + n + 1);
        let end = api[..start + 4096].rfind('\n').unwrap_or(start + 4096);
        seeds.push((
            "schema".into(),
            format!("schema-api-{i}"),
            api[start..end].into(),
        ));
    }
    seeds
}

#[test]
fn seed_corpus_is_current() {
    let write = std::env::var_os("TL_WRITE_SEEDS").is_some_and(|v| v == "1");
    for (target, name, data) in seeds() {
        let path = fuzz_dir().join("corpus").join(&target).join(&name);
        if write {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, &data).unwrap();
        }
        let found = fs::read(&path).unwrap_or_default();
        assert!(
            found == data,
            "{} is missing or stale (rerun with TL_WRITE_SEEDS=1)",
            path.display()
        );
    }
}

/// `BOXED_TYPES` names every enum and function the generator wrote (parsed from the
/// generated sources), so a regenerated set cannot leave types unfuzzed, and the boxed types
/// the bindings take from the runtime (`RpcError`), where the generated enum used to be (the
/// first byte of a corpus input picks a type by its index).
#[test]
fn boxed_types_cover_the_generated_set() {
    let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/src/invite");
    let enums = fs::read_to_string(generated.join("enums.rs")).expect("enums.rs");
    let functions = fs::read_to_string(generated.join("functions.rs")).expect("functions.rs");
    let mut expected = vec!["bool".to_owned()];
    expected.extend(items(&enums, "enum").map(|path| format!("enums::{path}")));
    expected.extend(items(&functions, "struct").map(|path| format!("functions::{path}")));
    let (runtime, listed): (Vec<String>, Vec<String>) = BOXED_TYPES
        .iter()
        .map(|t| t.replace(' ', ""))
        .partition(|t| t.starts_with("tl_runtime::"));
    assert_eq!(listed, expected);
    assert_eq!(runtime, ["tl_runtime::RpcError"]);
}

/// The `pub <kind> Name` items of a generated file with their module path (`messages::X`).
fn items<'a>(source: &'a str, kind: &'a str) -> impl Iterator<Item = String> + 'a {
    let mut modules: Vec<(usize, &str)> = Vec::new();
    source.lines().filter_map(move |line| {
        let indent = line.len() - line.trim_start().len();
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["pub", "mod", name, "{"] => modules.push((indent, name)),
            ["}"] if modules.last().is_some_and(|&(i, _)| i == indent) => {
                modules.pop();
            }
            ["pub", k, name, ..] if *k == kind => {
                let mut path: Vec<&str> = modules.iter().map(|&(_, m)| m).collect();
                path.push(name.trim_end_matches(['{', '<']));
                return Some(path.join("::"));
            }
            _ => {}
        }
        None
    })
}
