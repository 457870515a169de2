//! The dynamic codec (the schema read at run time) against the generated bindings'
//! `tl_api::registry` (compiled from the same schema): the same TL-JSON text for every
//! golden vector and for random values of every definition the bindings have (the invite
//! set by default, the whole layer with `--features full-layer`), and each side reads
//! what the other writes. Doubles are finite here: the bindings' registry still writes a
//! non-finite double as `null` (see `tl_runtime::json::double` for the spelling both will
//! share).

use std::path::Path;

use serde_json::Value;
use tests::sample::Sampler;
use tl_api::registry;
use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::Codec;
use tl_runtime::json::JsonError;
use tl_runtime::{Decode, RpcError};

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn layer() -> Codec {
    let sources: Vec<SourceFile> = ["schema/api.tl", "schema/mtproto.tl"]
        .iter()
        .map(|file| SourceFile::read(&root().join(file)).expect("schema file"))
        .collect();
    let options = LoadOptions {
        dialect: Dialect::Telegram,
        allow_external: false,
    };
    Codec::load(&sources, options).expect("the layer loads")
}

#[test]
fn every_golden_vector_decodes_to_the_registrys_json() {
    let codec = layer();
    let text = std::fs::read_to_string(root().join("tests/vectors/invites.jsonl")).unwrap();
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let vector: Value = serde_json::from_str(line).unwrap();
        let name = vector["name"].as_str().unwrap();
        let bytes = tl_dynamic::from_hex(vector["hex"].as_str().unwrap()).unwrap();
        let dynamic = codec
            .decode(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            serde_json::from_str::<Value>(&dynamic).unwrap(),
            vector["tl"],
            "{name}"
        );
        checked += 1;
        if from_the_runtime(&vector["tl"]) {
            let generated = registry::decode_json(&bytes);
            assert!(
                matches!(generated, Err(JsonError::UnknownId { .. })),
                "{name}: {generated:?}"
            );
            let error = RpcError::from_bytes(&bytes).unwrap();
            let tl = &vector["tl"];
            assert_eq!(error.code, tl["error_code"], "{name}");
            assert_eq!(error.raw, tl["error_message"], "{name}");
            continue;
        }
        let generated = registry::decode_json(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(dynamic, generated, "{name}");
    }
    assert_eq!(checked, 40);
}

#[test]
fn random_values_have_the_same_json_both_ways() {
    let codec = layer();
    let schema = codec.schema();
    let (mut compared, mut skipped) = (0, 0);
    for seed in 0..6 {
        let mut sampler = Sampler::new(schema, seed).finite_doubles(true);
        for (def, definition) in schema.definitions.iter().enumerate() {
            let name = definition.name.to_string();
            let Some(bytes) = sampler.message(def) else {
                continue;
            };
            let generated = match registry::decode_json(&bytes) {
                Ok(json) => json,
                // Not in the bindings' set (or a generic wrapper, which they cannot name).
                Err(JsonError::UnknownId { .. }) => {
                    skipped += 1;
                    continue;
                }
                Err(e) => panic!("{name}: the registry fails: {e}"),
            };
            let dynamic = codec
                .decode(&bytes)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(dynamic, generated, "{name}");
            let back = registry::encode_json(&dynamic).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(back, bytes, "{name}: the registry reads the dynamic JSON");
            compared += 1;
        }
    }
    assert!(
        compared >= 6 * 100,
        "{compared} compared, {skipped} skipped"
    );
}

/// Both decoders on `bytes`: the same JSON, or the same error text.
fn same_decoding(codec: &Codec, bytes: &[u8], what: &str) {
    match (codec.decode(bytes), registry::decode_json(bytes)) {
        (Ok(dynamic), Ok(generated)) => {
            // The bindings still spell a non-finite double `null`.
            if !dynamic.contains("NaN") && !dynamic.contains("Infinity") {
                assert_eq!(dynamic, generated, "{what}");
            }
        }
        (Err(dynamic), Err(generated)) => {
            assert_eq!(dynamic.to_string(), generated.to_string(), "{what}")
        }
        (dynamic, generated) => panic!("{what}: {dynamic:?} but {generated:?}"),
    }
}

/// Both encoders on `json`: the same bytes, or the same error text.
fn same_encoding(codec: &Codec, json: &str) {
    match (codec.encode(json), registry::encode_json(json)) {
        (Ok(dynamic), Ok(generated)) => assert_eq!(dynamic, generated, "{json}"),
        (Err(dynamic), Err(generated)) => {
            assert_eq!(dynamic.to_string(), generated.to_string(), "{json}")
        }
        (dynamic, generated) => panic!("{json}: {dynamic:?} but {generated:?}"),
    }
}

/// Whether the vector's value is of a TL type the bindings take from the runtime instead of
/// generating it (`RpcError` is `tl_runtime::RpcError`, see `codegen/cli/src/regenerate.rs`),
/// so the registry does not know it.
fn from_the_runtime(tl: &Value) -> bool {
    tl["_"] == "rpc_error"
}

/// The golden vectors of the bindings' set (not [`from_the_runtime`]).
fn vectors() -> Vec<(String, Value, Vec<u8>)> {
    let text = std::fs::read_to_string(root().join("tests/vectors/invites.jsonl")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            let bytes = tl_dynamic::from_hex(v["hex"].as_str().unwrap()).unwrap();
            (
                v["name"].as_str().unwrap().to_owned(),
                v["tl"].clone(),
                bytes,
            )
        })
        .filter(|(_, tl, _)| !from_the_runtime(tl))
        .collect()
}

#[test]
fn cut_and_flipped_vectors_fail_or_read_as_the_registry_says() {
    let codec = layer();
    for (name, _, bytes) in vectors() {
        for cut in 0..bytes.len() {
            same_decoding(&codec, &bytes[..cut], &format!("{name} cut at {cut}"));
        }
        for i in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut flipped = bytes.clone();
                flipped[i] ^= flip;
                same_decoding(&codec, &flipped, &format!("{name} byte {i} ^ {flip:#x}"));
            }
        }
    }
}

/// `value` with each field in turn taken out, retyped and renamed, plus one unknown field.
fn broken_variants(value: &Value) -> Vec<Value> {
    let Value::Object(map) = value else {
        return Vec::new();
    };
    let mut variants = Vec::new();
    for key in map.keys() {
        let mut without = map.clone();
        let removed = without.remove(key).unwrap();
        variants.push(Value::Object(without.clone()));
        for wrong in [
            Value::from(1.5),
            Value::from("x"),
            Value::Null,
            Value::from(-1),
            Value::from(vec![1]),
        ] {
            let mut retyped = map.clone();
            retyped.insert(key.clone(), wrong);
            variants.push(Value::Object(retyped));
        }
        let mut renamed = without;
        renamed.insert(format!("{key}x"), removed.clone());
        variants.push(Value::Object(renamed));
        variants.extend(broken_variants(&removed).into_iter().map(|inner| {
            let mut nested = map.clone();
            nested.insert(key.clone(), inner);
            Value::Object(nested)
        }));
    }
    let mut extra = map.clone();
    extra.insert("zzz".into(), Value::from(1));
    variants.push(Value::Object(extra));
    variants
}

#[test]
fn broken_json_fails_with_the_registrys_words() {
    let codec = layer();
    let mut checked = 0;
    for (_, tl, _) in vectors() {
        for variant in broken_variants(&tl) {
            same_encoding(&codec, &variant.to_string());
            checked += 1;
        }
        // Cut JSON text: syntax errors at every position of a compact line.
        let text = tl.to_string();
        for cut in (0..text.len()).step_by(7) {
            if let Some(prefix) = text.get(..cut) {
                same_encoding(&codec, prefix);
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}
