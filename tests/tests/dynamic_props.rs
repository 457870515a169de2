//! Random values of every definition of the layer (`schema/api.tl` + `schema/mtproto.tl`:
//! every constructor and every function, the generic wrappers `invokeWithLayer`,
//! `initConnection`, `invokeAfterMsg(s)`, ... included) come back byte for byte through the
//! dynamic codec: bytes -> TL-JSON text -> bytes. The values come from `tests::sample`
//! (canonical bytes written from the schema by an independent generator), with every
//! double bit pattern allowed: NaN with payload and sign, the infinities, `-0.0`.

use std::path::Path;

use proptest::prelude::*;
use tests::sample::Sampler;
use tl_codegen::model::{Category, LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::{Codec, Options};

/// The layer's schema, read at run time.
fn layer() -> Codec {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sources: Vec<SourceFile> = ["schema/api.tl", "schema/mtproto.tl"]
        .iter()
        .map(|file| SourceFile::read(&root.join(file)).expect("schema file"))
        .collect();
    let options = LoadOptions {
        dialect: Dialect::Telegram,
        allow_external: false,
    };
    Codec::load(&sources, options).expect("the layer loads")
}

/// Decodes `bytes` (the definition `name`'s), encodes the JSON text again: the same bytes.
fn round_trip(codec: &Codec, name: &str, bytes: &[u8]) -> Result<String, TestCaseError> {
    let json = codec
        .decode(bytes)
        .map_err(|e| TestCaseError::fail(format!("{name}: decode: {e}")))?;
    let again = codec
        .encode(&json)
        .map_err(|e| TestCaseError::fail(format!("{name}: encode {json}: {e}")))?;
    prop_assert_eq!(again, bytes, "{}: {}", name, json);
    Ok(json)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn every_definition_round_trips_byte_for_byte(seed in any::<u64>()) {
        let codec = layer();
        let mut nested = codec.clone();
        nested.set_options(Options::new().nested(true));
        let schema = codec.schema();
        let mut sampler = Sampler::new(schema, seed);
        let mut non_finite = 0;
        for (def, definition) in schema.definitions.iter().enumerate() {
            let name = definition.name.to_string();
            let bytes = sampler.message(def).expect("every definition of the layer has values");
            let json = round_trip(&codec, &name, &bytes)?;
            round_trip(&nested, &name, &bytes)?;
            non_finite += json.matches("NaN").count() + json.matches("Infinity").count();
        }
        prop_assert!(non_finite > 0, "some double was not finite");
    }
}

#[test]
fn the_layer_has_every_kind_of_definition_the_property_needs() {
    let codec = layer();
    let schema = codec.schema();
    let functions = schema
        .definitions
        .iter()
        .filter(|d| d.category == Category::Function)
        .count();
    assert_eq!(schema.definitions.len() - functions, 1749, "constructors");
    assert_eq!(functions, 860, "functions");
    let generic: Vec<String> = schema
        .definitions
        .iter()
        .filter(|d| !d.generics.is_empty())
        .map(|d| d.name.to_string())
        .collect();
    for wrapper in [
        "invokeWithLayer",
        "initConnection",
        "invokeAfterMsg",
        "invokeAfterMsgs",
    ] {
        assert!(
            generic.iter().any(|g| g == wrapper),
            "{wrapper}: {generic:?}"
        );
    }
    let doubles = schema
        .definitions
        .iter()
        .filter(|d| d.tl_line().contains(":double"))
        .count()
        + schema
            .definitions
            .iter()
            .filter(|d| d.tl_line().contains("?double"))
            .count();
    assert!(doubles > 5, "{doubles} definitions with doubles");
}
