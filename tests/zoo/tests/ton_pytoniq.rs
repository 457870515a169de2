//! TON bytes from an independent implementation (issue 24): `tests/zoo/ton/pytoniq_vectors.jsonl`,
//! lite_api and ton_api values serialized by pytoniq-core (its own schema copies, parser and
//! serializer), produced by `tests/zoo/ton/pytoniq_vectors.py` (how, which version, and what
//! pytoniq gets wrong: `tests/zoo/ton/README.md`).
//!
//! Each vector is decoded with the zoo's generated bindings (through the function's struct, the
//! boxed type's enum, or the bare constructor's struct), compared with the value stated in
//! `lite.rs`/`ton.rs` (every field, through `PartialEq`), and that value must encode to exactly
//! the vector's bytes. `pytoniq_rederives_the_vectors` runs the script again when pytoniq-core
//! is installed (`.ci/run` installs it; in CI its absence is a failure) and compares the output
//! with the checked-in file line for line.
#![cfg(zoo)]

#[path = "ton_pytoniq/lite.rs"]
mod lite;
#[path = "ton_pytoniq/ton.rs"]
mod ton;

use std::fmt::Debug;
use std::path::PathBuf;
use std::process::Command;

use tl_runtime::Encode;

/// A vector's name and the check of its bytes.
pub type Case = (&'static str, fn(&[u8]) -> Result<(), String>);

/// The version the vectors come from (the script refuses any other).
const PRODUCER: &str = "pytoniq-core 0.2.1";

/// A basechain shard (prefix `01`), the logical time and the query id the vectors share.
pub const SHARD: i64 = 0x6000_0000_0000_0000;
pub const LT: i64 = 47_000_000_000_001;

/// An int256 of the script's `h(first)`: bytes `first`, `first + 1`, ... (mod 256).
pub fn h(first: u8) -> [u8; 32] {
    std::array::from_fn(|i| first.wrapping_add(i as u8))
}

/// The script's `blob(first, len)`: bytes `first`, `first + 7`, `first + 14`, ... (mod 256).
pub fn blob(first: u8, len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| first.wrapping_add((7 * i) as u8))
        .collect()
}

/// Bytes from lowercase hex.
pub fn hex<const N: usize>(text: &str) -> [u8; N] {
    let bytes = decode_hex(text);
    bytes
        .try_into()
        .unwrap_or_else(|_| panic!("{text}: not {N} bytes"))
}

fn decode_hex(text: &str) -> Vec<u8> {
    assert_eq!(text.len() % 2, 0, "{text}: odd length");
    let byte = |i: usize| u8::from_str_radix(&text[i..i + 2], 16);
    (0..text.len())
        .step_by(2)
        .map(|i| byte(i).unwrap())
        .collect()
}

/// TON mainnet's zero state (global config: `F6OpKZKq...` and `XplPz01C...` in base64).
pub fn zero_root() -> [u8; 32] {
    hex("17a3a92992aabea785a7a090985a265cd31f323d849da51239737e321fb05569")
}
pub fn zero_file() -> [u8; 32] {
    hex("5e994fcf4d425c0a6ce6a792594b7173205f740a39cd56f537defd28b48a0f6e")
}

/// The query id of the README's `tl decode` example.
pub fn query_id() -> [u8; 32] {
    hex("77c1545b96fa136b8e01cc08338bec47e8a43215492dda6d4d7e286382bb00c4")
}

/// The boxed bytes of a call or boxed value nested in a `bytes` field.
pub fn nested(value: impl Encode) -> Vec<u8> {
    value.to_bytes().unwrap()
}

/// `bytes` decode to `expected` and `expected` encodes to `bytes`.
pub fn same<T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug>(
    bytes: &[u8],
    expected: T,
) -> Result<(), String> {
    let decoded = T::from_bytes(bytes).map_err(|e| format!("decode: {e}"))?;
    if decoded != expected {
        return Err(format!("decoded {decoded:#?}\nexpected {expected:#?}"));
    }
    let encoded = expected.to_bytes().map_err(|e| format!("encode: {e}"))?;
    if encoded != bytes {
        return Err(format!("{expected:?} encodes to {encoded:02x?}"));
    }
    Ok(())
}

/// One line of the vector file: the fields the test reads.
struct Vector {
    name: String,
    hex: String,
    corrected: bool,
}

fn directory() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ton")
}

fn file_text() -> String {
    std::fs::read_to_string(directory().join("pytoniq_vectors.jsonl")).unwrap()
}

/// The string value of `"key": "..."` in a line the script wrote (`json.dumps`: names and hex
/// never hold a quote or an escape).
fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("\"{key}\": \""))? + key.len() + 5;
    line[start..].split('"').next()
}

fn vectors() -> Vec<Vector> {
    let text = file_text();
    let lines = text.lines().filter(|line| !line.is_empty());
    let vector = |line: &str| {
        assert_eq!(field(line, "producer"), Some(PRODUCER), "{line}");
        Vector {
            name: field(line, "name").expect("name").to_owned(),
            hex: field(line, "hex").expect("hex").to_owned(),
            corrected: field(line, "corrected").is_some(),
        }
    };
    lines.map(vector).collect()
}

#[test]
fn every_vector_decodes_to_its_value_and_encodes_to_its_bytes() {
    let vectors = vectors();
    let cases: Vec<&Case> = lite::CASES.iter().chain(ton::CASES).collect();
    let mut failures = Vec::new();
    for vector in &vectors {
        let Some((_, check)) = cases.iter().find(|(name, _)| *name == vector.name) else {
            failures.push(format!("{}: no expected value in the test", vector.name));
            continue;
        };
        if let Err(error) = check(&decode_hex(&vector.hex)) {
            failures.push(format!("{}: {error}", vector.name));
        }
    }
    for (name, _) in &cases {
        if vectors.iter().filter(|vector| vector.name == *name).count() != 1 {
            failures.push(format!("{name}: not exactly one vector"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(vectors.len(), 66, "vectors in the file");
    assert_eq!(cases.len(), vectors.len());
    // The one value pytoniq could not write as it is (a `string`, README.md defect 1).
    let corrected: Vec<&str> = vectors
        .iter()
        .filter(|v| v.corrected)
        .map(|v| &v.name[..])
        .collect();
    assert_eq!(corrected, ["lite_api/error"]);
}

#[test]
fn a_changed_byte_is_caught() {
    // The check itself can fail: the first vector with one byte changed, and with one more.
    let vectors = vectors();
    let (name, check) = lite::CASES[0];
    let vector = vectors.iter().find(|vector| vector.name == name).unwrap();
    let mut bytes = decode_hex(&vector.hex);
    assert!(check(&bytes).is_ok());
    bytes.push(0);
    assert!(check(&bytes).is_err(), "a trailing byte");
    bytes.pop();
    bytes[0] ^= 1;
    assert!(check(&bytes).is_err(), "another id");
}

#[test]
fn pytoniq_rederives_the_vectors() {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let script = directory().join("pytoniq_vectors.py");
    let output = Command::new(&python).arg(&script).output();
    let missing = match &output {
        Err(error) => Some(format!("{python} did not start: {error}")),
        Ok(out) if matches!(out.status.code(), Some(3 | 4)) => {
            Some(String::from_utf8_lossy(&out.stderr).trim().to_owned())
        }
        Ok(_) => None,
    };
    if let Some(why) = missing {
        // `.ci/run` installs pytoniq-core: there, not running the script is a failure.
        assert!(std::env::var_os("CI").is_none(), "{why}");
        eprintln!("note: vectors not re-derived ({why}); the checked-in ones are still tested");
        return;
    }
    let output = output.unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{} failed:\n{stderr}",
        script.display()
    );
    let derived = String::from_utf8(output.stdout).unwrap();
    let file = file_text();
    for (number, (ours, theirs)) in file.lines().zip(derived.lines()).enumerate() {
        assert_eq!(
            ours,
            theirs,
            "line {} differs from pytoniq's output",
            number + 1
        );
    }
    assert_eq!(file.lines().count(), derived.lines().count(), "lines");
}
