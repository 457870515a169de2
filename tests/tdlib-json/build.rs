//! Generates td_api bindings in TDLib's JSON convention from the zoo's `tdlib/td_api.tl`
//! (`../../../shared/zoo`, or `$TL_ZOO_DIR`), for the methods the tests send to a real
//! TDLib, and `$OUT_DIR/ids.rs`: the constructor id of every generated definition and the
//! names of those the tests exchange, to be compared with TDLib 1.8.69's own ids.
//!
//! Without the zoo nothing is generated and the `td_api` cfg is not set: the crate then
//! has only a test that fails saying so.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tl_codegen::emit::closure;
use tl_codegen::emit::index::Index;
use tl_codegen::emit::naming::tl_name;
use tl_codegen::model::{load, SourceFile};
use tl_codegen::{Config, Dialect, JsonConvention};

/// The methods the tests call, and what answers them: every definition these pull in must
/// be the same in the zoo's schema and in TDLib 1.8.69 (`tests/schema.rs` checks).
const TESTED: [&str; 27] = [
    "setLogVerbosityLevel",
    "getOption",
    "getTextEntities",
    "parseTextEntities",
    "parseMarkdown",
    "getMarkdownText",
    "getPhoneNumberInfoSync",
    "getPushReceiverId",
    "getJsonValue",
    "getJsonString",
    "searchStringsByPrefix",
    "getFileMimeType",
    "getFileExtension",
    "cleanFileName",
    "getCountryFlagEmoji",
    "searchQuote",
    "getChatFolderDefaultIconName",
    "testReturnError",
    "testCallEmpty",
    "testCallString",
    "testCallBytes",
    "testCallVectorInt",
    "testCallVectorIntObject",
    "testCallVectorString",
    "testCallVectorStringObject",
    "testSquareInt",
    "close",
];

/// The README's example: `sendMessage`, whose closure (670 constructors, the whole
/// `Message`) holds definitions TDLib 1.8.69 changed; only what the tests send of it is
/// checked, object by object, as it is sent.
const README: [&str; 1] = ["sendMessage"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rustc-check-cfg=cfg(td_api)");
    println!("cargo:rerun-if-env-changed=TL_ZOO_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR")?);
    let zoo = match std::env::var_os("TL_ZOO_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/zoo"),
    };
    let schema = zoo.join("tdlib/td_api.tl");
    if !schema.is_file() {
        println!(
            "cargo:warning=td_api.tl not found at {}: no bindings",
            schema.display()
        );
        return Ok(());
    }
    Config::new()
        .schema(&schema)
        .dialect(Dialect::Tdlib)
        .json_feature("json")
        .json_convention(JsonConvention::Tdlib) // the TDLib dialect's default, said aloud
        .roots(TESTED.iter().chain(&README).copied())
        // A struct holding an enum derives no Default; a user who gives the enum one by
        // hand (`src/lib.rs`) may ask for it.
        .type_attribute("parseTextEntities", "#[derive(Default)]")
        .out_dir(&out)
        .file_name("td_api.rs")
        .partial_eq(true)
        .generate()?;
    let text = std::fs::read_to_string(&schema)?;
    std::fs::write(out.join("ids.rs"), ids(&text)?)?;
    println!("cargo:rustc-cfg=td_api");
    Ok(())
}

/// `GENERATED` (name and id of every generated definition) and `TESTED` (the closure of
/// [`TESTED`]), as Rust.
fn ids(text: &str) -> Result<String, Box<dyn std::error::Error>> {
    let schema = load(&[SourceFile::new("td_api.tl", text)], Dialect::Tdlib).into_result()?;
    let index = Index::new(&schema);
    let roots = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let all = roots(&[&TESTED[..], &README[..]].concat());
    let generated = closure::compute(&index, Some(&all))?;
    let tested = closure::compute(&index, Some(&roots(&TESTED)))?;
    let mut rust = String::from(
        "/// Every generated definition: its TL name and the id computed from the zoo's schema.\n\
         pub const GENERATED: &[(&str, u32)] = &[\n",
    );
    for &def in &generated.definitions {
        let definition = index.def(def);
        let name = tl_name(&definition.name);
        writeln!(rust, "    ({name:?}, {:#010x}),", definition.id)?;
    }
    rust.push_str(
        "];\n/// The definitions the tested methods pull in (all but the README's sendMessage).\n\
         pub const TESTED: &[&str] = &[\n",
    );
    for &def in &tested.definitions {
        writeln!(rust, "    {:?},", tl_name(&index.def(def).name))?;
    }
    rust.push_str("];\n");
    Ok(rust)
}
