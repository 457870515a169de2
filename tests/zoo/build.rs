//! Generates every zoo schema that `codegen check` accepts with `tl_codegen::Config` (one
//! `$OUT_DIR/<module>.rs` each, every definition), `$OUT_DIR/zoo.rs` including them as
//! modules, and `$OUT_DIR/roundtrip.rs`: one test per schema that decodes and re-encodes
//! minimal bytes of every constructor and every non-generic function (`build/synth.rs`).
//!
//! The zoo is `../../../shared/zoo` (next to the checkout) or `$TL_ZOO_DIR`; without it
//! nothing is generated and the tests say so.

#[path = "build/synth.rs"]
mod synth;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tl_codegen::emit::index::Index;
use tl_codegen::model::{load, Category, Schema, SourceFile, Type};
use tl_codegen::{Config, Dialect};

const TG: Dialect = Dialect::Telegram;
const TD: Dialect = Dialect::Tdlib;

/// A module of this crate: the zoo files read together and their dialect (zoo README).
/// tdesktop's `api.tl` and `mtproto.tl` are one schema (tdesktop generates them together;
/// the layer comment is in `api.tl`): 16 modules, 17 files. The other three zoo files,
/// gotd's `legacy.tl` and `example.tl` and tgl's `binlog.tl`, are fragments of schemas that
/// are not in the zoo: `codegen check` rejects them (unknown types), so they are left out.
const CASES: [(&str, &[&str], Dialect); 16] = [
    ("ton_api", &["ton/ton_api.tl"], TD),
    ("lite_api", &["ton/lite_api.tl"], TD),
    ("tonlib_api", &["ton/tonlib_api.tl"], TD),
    ("td_api", &["tdlib/td_api.tl"], TD),
    ("e2e_api", &["tdlib/e2e_api.tl"], TD),
    ("telegram_api", &["tdlib/telegram_api.tl"], TG),
    ("mtproto_api", &["tdlib/mtproto_api.tl"], TG),
    ("secret_api", &["tdlib/secret_api.tl"], TG),
    ("tdesktop", &["tdesktop/api.tl", "tdesktop/mtproto.tl"], TG),
    ("layer170", &["older/layer170-tdesktop/api.tl"], TG),
    ("layer140", &["older/layer140-tdesktop/api.tl"], TG),
    ("layer100", &["older/layer100-tdesktop/scheme.tl"], TG),
    ("layer45", &["older/layer45-tgl/scheme.tl"], TG),
    ("tontester", &["unusual/ton-tontester/test_schema.tl"], TD),
    ("gotd_mt", &["unusual/gotd-td/mt.tl"], TG),
    ("gotd_categories", &["unusual/gotd-tl/categories.tl"], TG),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/synth.rs");
    println!("cargo:rerun-if-env-changed=TL_ZOO_DIR");
    // `cfg(zoo)`: the zoo was found and its modules exist (tests that name them need it).
    println!("cargo::rustc-check-cfg=cfg(zoo)");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let zoo = match std::env::var_os("TL_ZOO_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/zoo"),
    };
    let found = zoo.is_dir();
    if found {
        println!("cargo::rustc-cfg=zoo");
    } else {
        println!(
            "cargo:warning=zoo not found at {}: nothing generated",
            zoo.display()
        );
    }
    let mut modules = String::new();
    let mut failed = String::new();
    let mut tests = String::new();
    for (module, files, dialect) in CASES.iter().filter(|_| found) {
        match generate(&zoo, &out, module, files, *dialect) {
            Ok(schema) => {
                let file = format!("/{module}.rs");
                let include = format!("include!(concat!(env!(\"OUT_DIR\"), {file:?}));");
                writeln!(modules, "pub mod {module} {{ {include} }}").unwrap();
                tests.push_str(&roundtrip_test(module, &schema));
            }
            Err(error) => {
                let error = error.to_string();
                writeln!(failed, "    ({module:?}, {error:?}),").unwrap();
            }
        }
    }
    let zoo_rs = format!(
        "/// Whether the zoo was found (else nothing is generated).\n\
         pub const ZOO_FOUND: bool = {found};\n\
         /// Schemas that did not generate: (module, error).\n\
         pub const FAILED: &[(&str, &str)] = &[\n{failed}];\n{modules}"
    );
    std::fs::write(out.join("zoo.rs"), zoo_rs).expect("write zoo.rs");
    std::fs::write(out.join("roundtrip.rs"), tests).expect("write roundtrip.rs");
}

/// Generates `$OUT_DIR/<module>.rs`; the loaded model for the round trips.
fn generate(
    zoo: &Path,
    out: &Path,
    module: &str,
    files: &[&str],
    dialect: Dialect,
) -> Result<Schema, Box<dyn std::error::Error>> {
    let mut config = Config::new();
    files.iter().for_each(|file| {
        config.schema(file);
    });
    let file_name = format!("{module}.rs");
    config
        .base_dir(zoo)
        .dialect(dialect)
        .out_dir(out)
        .partial_eq(true)
        .try_from_enums(true)
        .file_name(file_name);
    config.generate()?;
    let sources = files.iter().map(|file| {
        let text = std::fs::read_to_string(zoo.join(file))?;
        Ok(SourceFile::new(*file, text))
    });
    let sources = sources.collect::<std::io::Result<Vec<_>>>()?;
    Ok(load(&sources, dialect).into_result()?)
}

/// `zoo::<module>::<path>`: the Rust path of a generated item, as the generator's naming
/// plan (`tl_codegen::emit::index::Index`) gives it.
fn in_module(module: &str, path: impl std::fmt::Display) -> String {
    format!("zoo::{module}::{}", path.to_string().replace(' ', ""))
}

/// `#[test] fn <module>()`: every constructor of a boxed type as minimal bytes decoded
/// through its type's enum and encoded again; every function without type parameters
/// likewise through its struct.
fn roundtrip_test(module: &str, schema: &Schema) -> String {
    let synth = synth::Synth::new(schema);
    let index = Index::new(schema);
    let mut cases = String::new();
    let mut skipped = Vec::new();
    for (id, def) in schema.ids() {
        let d = id.position();
        let path = match (def.category, &def.ty) {
            (Category::Constructor, Type::Boxed(ty)) => in_module(module, index.enum_path(ty)),
            (Category::Function, _) if def.generics.is_empty() => {
                in_module(module, index.item_path(id))
            }
            (Category::Function, _) => continue,
            (Category::Constructor, _) => String::new(),
        };
        let Some(bytes) = synth.boxed(d).filter(|_| !path.is_empty()) else {
            skipped.push(def.name.to_string());
            continue;
        };
        let name = def.name.to_string();
        writeln!(
            cases,
            "        ({name:?}, zoo::roundtrip::<{path}>, &{bytes:?}),"
        )
        .unwrap();
    }
    format!(
        "#[test]\nfn {module}() {{\n    check({module:?}, &[\n{cases}    ], &{skipped:?});\n}}\n\n"
    )
}
