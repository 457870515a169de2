//! Every real schema of the zoo (`../shared/zoo` beside the checkout, or `$TL_ZOO_DIR`) that
//! loads, read at run time by the dynamic codec: random values of every constructor and
//! every function (generic ones included) decode to TL-JSON and encode back to the same
//! bytes, with and without nested messages. TDLib's and TON's built-ins (`int32`, `int53`,
//! `bytes`, `Object`, `Function`, `secureString`, `int512`, ...) and bare vectors of bare
//! constructors are all met here. Without the zoo the test is skipped, except in CI.

use std::path::PathBuf;

use tests::sample::Sampler;
use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::{Codec, Options};

const TG: Dialect = Dialect::Telegram;
const TD: Dialect = Dialect::Tdlib;

/// The zoo files read together and their dialect (the zoo's README), as `tests/zoo` reads
/// them.
const CASES: [(&[&str], Dialect); 16] = [
    (&["ton/ton_api.tl"], TD),
    (&["ton/lite_api.tl"], TD),
    (&["ton/tonlib_api.tl"], TD),
    (&["tdlib/td_api.tl"], TD),
    (&["tdlib/e2e_api.tl"], TD),
    (&["tdlib/telegram_api.tl"], TG),
    (&["tdlib/mtproto_api.tl"], TG),
    (&["tdlib/secret_api.tl"], TG),
    (&["tdesktop/api.tl", "tdesktop/mtproto.tl"], TG),
    (&["older/layer170-tdesktop/api.tl"], TG),
    (&["older/layer140-tdesktop/api.tl"], TG),
    (&["older/layer100-tdesktop/scheme.tl"], TG),
    (&["older/layer45-tgl/scheme.tl"], TG),
    (&["unusual/ton-tontester/test_schema.tl"], TD),
    (&["unusual/gotd-td/mt.tl"], TG),
    (&["unusual/gotd-tl/categories.tl"], TG),
];

fn zoo() -> Option<PathBuf> {
    let dir = match std::env::var_os("TL_ZOO_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/zoo"),
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

#[test]
fn every_definition_of_every_zoo_schema_round_trips() {
    let Some(dir) = zoo() else {
        return;
    };
    let mut total = 0;
    for (files, dialect) in CASES {
        let sources: Vec<SourceFile> = files
            .iter()
            .map(|file| SourceFile::read(&dir.join(file)).expect("zoo file"))
            .collect();
        let options = LoadOptions {
            dialect,
            allow_external: false,
        };
        let codec = Codec::load(&sources, options).unwrap_or_else(|e| panic!("{files:?}: {e}"));
        let mut nested = codec.clone();
        nested.set_options(Options::new().nested(true));
        for seed in 0..3 {
            let mut sampler = Sampler::new(codec.schema(), seed);
            for def in 0..codec.schema().definitions.len() {
                let name = &codec.schema().definitions[def].name;
                let Some(bytes) = sampler.message(def) else {
                    continue;
                };
                for codec in [&codec, &nested] {
                    let json = codec
                        .decode(&bytes)
                        .unwrap_or_else(|e| panic!("{files:?} {name}: {e}"));
                    let again = codec
                        .encode(&json)
                        .unwrap_or_else(|e| panic!("{files:?} {name}: {json}: {e}"));
                    assert_eq!(again, bytes, "{files:?} {name}: {json}");
                }
                total += 1;
            }
        }
    }
    assert!(total > 3 * 12_000, "{total} values");
}
