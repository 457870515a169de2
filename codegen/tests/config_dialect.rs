//! `Config` without `.dialect(..)`: the schemas of issue 24 get the ids of their own rule,
//! conflicting evidence fails naming `.dialect(Dialect::Tdlib)`, and errors read as
//! `codegen check` prints them (one block each, a limit, no `error:` of its own).

use std::fs;
use std::path::{Path, PathBuf};

use tl_codegen::{Config, Dialect, Error};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shared zoo: `$TL_ZOO_DIR`, else `../shared/zoo` beside the workspace.
fn zoo() -> Option<PathBuf> {
    let dir = std::env::var_os("TL_ZOO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/zoo"));
    let found = dir.is_dir().then_some(dir);
    if found.is_none() {
        eprintln!("note: the shared zoo is not beside this checkout; zoo cases skipped");
    }
    found
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("config-dialect-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The bindings of `root` in `schemas`, with `dialect` or detected.
fn render(schemas: &[PathBuf], root: &str, dialect: Option<Dialect>) -> String {
    let mut config = Config::new();
    for schema in schemas {
        config.schema(schema);
    }
    if let Some(dialect) = dialect {
        config.dialect(dialect);
    }
    config.roots([root]).emit_rerun_if_changed(false);
    config.render_file().unwrap()
}

/// Detected and named give the same file, with `id` in it.
fn assert_detected(schemas: &[PathBuf], root: &str, dialect: Dialect, id: &str) {
    let detected = render(schemas, root, None);
    assert_eq!(detected, render(schemas, root, Some(dialect)), "{root}");
    assert!(
        detected.contains(&format!("const CONSTRUCTOR_ID: u32 = 0x{id};")),
        "{root}"
    );
}

#[test]
fn the_layer_is_read_with_telegrams_rule() {
    let layer = ["schema/api.tl", "schema/mtproto.tl"].map(|f| workspace().join(f));
    assert_detected(
        &layer,
        "messages.exportChatInvite",
        Dialect::Telegram,
        "a455de90",
    );
}

#[test]
fn lite_api_is_read_with_the_tdlib_rule() {
    let Some(zoo) = zoo() else { return };
    let lite = [zoo.join("ton/lite_api.tl")];
    assert_detected(
        &lite,
        "liteServer.listBlockTransactions",
        Dialect::Tdlib,
        "adfcc7da",
    );
}

#[test]
fn td_api_is_read_with_the_tdlib_rule() {
    let Some(zoo) = zoo() else { return };
    let td = [zoo.join("tdlib/td_api.tl")];
    assert_detected(&td, "minithumbnail", Dialect::Tdlib, "ec6addaa");
}

/// A definition whose explicit id is what only Telegram's rule computes.
fn telegram_only(name: &str) -> String {
    let id = crc32fast::hash(format!("{name} data:string = Photo").as_bytes());
    format!("{name}#{id:08x} data:bytes = Photo;\n")
}

#[test]
fn conflicting_evidence_fails_naming_the_dialect_setting() {
    let dir = scratch("conflict");
    let schema = format!(
        "int32 = Int32;\n{}{}doc data:bytes = Doc;\n",
        telegram_only("p1"),
        telegram_only("p2")
    );
    fs::write(dir.join("mixed.tl"), schema).unwrap();
    let mut config = Config::new();
    config
        .base_dir(&dir)
        .schema("mixed.tl")
        .emit_rerun_if_changed(false);
    let error = config.render_file().unwrap_err();
    assert!(matches!(error, Error::Schema { .. }));
    let expected = "\
mixed.tl:1:1: error: the schema declares `int32 = Int32;`, a TDLib built-in, but 2 explicit ids agree only with the telegram rule (the first at mixed.tl:2:1); 1 id depends on which rule is right: name it with `.dialect(Dialect::Tdlib)` or `.dialect(Dialect::Telegram)`
    1 | int32 = Int32;
      | ^^^^^^^^^^^^^^";
    assert_eq!(error.to_string(), expected);
    assert!(
        config.dialect(Dialect::Tdlib).render_file().is_ok(),
        "named: it wins"
    );
}

#[test]
fn several_errors_are_blocks_apart_and_stop_at_the_limit() {
    let dir = scratch("errors");
    let two = "a x:Nope = A;\nb y:Nada = B;\n";
    fs::write(dir.join("two.tl"), two).unwrap();
    let many: String = (0..150).map(|i| format!("c{i} x:Gone{i} = C;\n")).collect();
    fs::write(dir.join("many.tl"), many).unwrap();
    let error = |file: &str| {
        let mut config = Config::new();
        config
            .base_dir(&dir)
            .schema(file)
            .dialect(Dialect::Tdlib)
            .emit_rerun_if_changed(false);
        config.render_file().unwrap_err()
    };
    let expected = "\
two.tl:1:5: error: unknown type `Nope`
    1 | a x:Nope = A;
      |     ^^^^
two.tl:2:5: error: unknown type `Nada`
    2 | b y:Nada = B;
      |     ^^^^";
    // `fn main() -> Result<(), tl_codegen::Error>` prints `Error: ` and the `Debug` form.
    assert_eq!(
        format!("Error: {:?}", error("two.tl")),
        format!("Error: {expected}")
    );
    let many = error("many.tl").to_string();
    assert_eq!(many.matches(": error: ").count(), 100);
    assert!(many.ends_with("\n... and 50 more errors"), "{many}");
}
