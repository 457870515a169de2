//! `schema_generate`: the whole layer, from `schema/api.tl` text to Rust source in
//! memory, by our generator and by grammers'.

use tl_codegen::emit::{emit, EmitOptions};
use tl_codegen::model::{load, Dialect, SourceFile};

/// The layer of `schema/api.tl` (grammers' generator takes it as an argument).
pub const LAYER: i32 = 230;

/// The text of `schema/api.tl`.
pub fn api_tl() -> String {
    std::fs::read_to_string(crate::workspace_root().join("schema/api.tl")).expect("schema/api.tl")
}

/// Ours: parse, load (resolve, validate, ids), emit every definition and format it with
/// prettyplease. Returns the number of bytes of Rust written.
pub fn ours(api: &str) -> usize {
    let sources = [SourceFile::new("schema/api.tl", api.to_owned())];
    let schema = load(&sources, Dialect::Telegram)
        .into_result()
        .expect("api.tl loads");
    let options = EmitOptions {
        roots: None,
        ..EmitOptions::default()
    };
    let files = emit(&schema, &options).expect("the whole layer emits");
    files.iter().map(|file| file.contents.len()).sum()
}

/// grammers: `grammers-tl-parser` then `grammers-tl-gen` into memory (it does not
/// format). Returns the number of bytes of Rust written.
pub fn grammers(api: &str) -> usize {
    let definitions: Vec<_> = grammers_tl_parser::parse_tl_file(api)
        .filter_map(Result::ok)
        .collect();
    let mut outputs = grammers_tl_gen::Outputs {
        common: Vec::new(),
        types: Vec::new(),
        functions: Vec::new(),
        enums: Vec::new(),
    };
    let config = grammers_tl_gen::Config {
        deserializable_functions: true,
        ..grammers_tl_gen::Config::default()
    };
    grammers_tl_gen::generate_rust_code(&mut outputs, &definitions, LAYER, &config)
        .expect("writing to memory cannot fail");
    outputs.common.len() + outputs.types.len() + outputs.functions.len() + outputs.enums.len()
}
