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
        let generated = registry::decode_json(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(dynamic, generated, "{name}");
        assert_eq!(
            serde_json::from_str::<Value>(&dynamic).unwrap(),
            vector["tl"],
            "{name}"
        );
        checked += 1;
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
