//! Names never make emission fail: TL names that give one Rust name are told apart by
//! the rules of `tl_codegen::emit::naming`, and every reference uses the final name. The
//! real schemas of the shared zoo (when next to this checkout) get distinct names in every
//! scope.

mod model_support;

use std::collections::{BTreeMap, HashSet};

use model_support::{read_source, zoo_dir};
use tl_codegen::emit::index::Index;
use tl_codegen::emit::naming::{field_names, module_path};
use tl_codegen::emit::{emit, EmitOptions, OutputFile};
use tl_codegen::model::{load, Category, Dialect, Schema, SourceFile, Type};

fn schema(text: &str) -> Schema {
    load(&[SourceFile::new("test.tl", text)], Dialect::Telegram)
        .into_result()
        .expect("the test schema loads")
}

/// Emits `text` whole; every file must parse as Rust.
fn emit_text(text: &str) -> Vec<OutputFile> {
    let files = emit(&schema(text), &EmitOptions::default()).expect("names never fail");
    for file in &files {
        syn::parse_file(&file.contents)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}\n{}", file.path, file.contents));
    }
    files
}

fn file<'f>(files: &'f [OutputFile], path: &str) -> &'f str {
    &files.iter().find(|f| f.path == path).expect(path).contents
}

#[test]
fn constructors_alike_after_case_conversion_are_numbered() {
    let files = emit_text("inputPeer#00000001 x:int = A;\ninput_peer#00000002 y:int = A;");
    let types = file(&files, "types.rs");
    assert!(types.contains("pub struct InputPeer {"), "{types}");
    assert!(types.contains("pub struct InputPeer2 {"), "{types}");
    let enums = file(&files, "enums.rs");
    assert!(enums.contains("InputPeer(types::InputPeer)"), "{enums}");
    assert!(enums.contains("InputPeer2(types::InputPeer2)"), "{enums}");
    assert!(
        enums.contains("impl From<types::InputPeer2> for A"),
        "{enums}"
    );
}

#[test]
fn namespaced_clashes_are_numbered_in_their_module() {
    let text = "messages.chat#00000001 = messages.Chats;\nmessages.Chat#00000002 = messages.Chats;";
    let files = emit_text(text);
    let types = file(&files, "types.rs");
    assert!(types.contains("pub struct Chat {"), "{types}");
    assert!(types.contains("pub struct Chat2 {"), "{types}");
    let enums = file(&files, "enums.rs");
    assert!(enums.contains("    Chat,\n"), "{enums}");
    assert!(enums.contains("    Chat2,\n"), "{enums}");
}

#[test]
fn namespaces_with_one_module_name_share_the_module() {
    let text = "Foo.x#00000001 a:int = Foo.T;\nfoo.x#00000002 b:int = foo.T;\nuse#00000003 t:foo.T u:Foo.T = U;";
    let files = emit_text(text);
    let types = file(&files, "types.rs");
    assert_eq!(types.matches("pub mod foo {").count(), 1, "{types}");
    assert!(types.contains("pub struct X2 {"), "{types}");
    assert!(types.contains("pub t: enums::foo::T2,"), "{types}");
    assert!(types.contains("pub u: enums::foo::T,"), "{types}");
    let enums = file(&files, "enums.rs");
    assert_eq!(enums.matches("pub mod foo {").count(), 1, "{enums}");
    assert!(enums.contains("pub enum T2 {"), "{enums}");
    assert!(enums.contains("X(types::foo::X2)"), "{enums}");
}

#[test]
fn fields_alike_after_snake_case_are_numbered() {
    let files = emit_text("pair#00000001 self:int self_:int fooBar:int foo_bar:int = Pair;");
    let types = file(&files, "types.rs");
    assert!(types.contains("pub self_: i32,"), "{types}");
    assert!(types.contains("pub self_2: i32,"), "{types}");
    assert!(types.contains("pub foo_bar_2: i32,"), "{types}");
}

#[test]
fn flag_words_alike_after_snake_case_keep_their_own_bits() {
    let text = "two#00000001 flags:# Flags:# a:flags.0?int b:Flags.0?int = Two;";
    let files = emit_text(text);
    let types = file(&files, "types.rs");
    assert!(types.contains("let flags_2: u32"), "{types}");
    assert!(
        types.contains("r.flagged(Self::NAME, flags_2, 0, \"b\")"),
        "{types}"
    );
    assert!(
        types.contains("let flags_2 = self.b.is_some() as u32;"),
        "{types}"
    );
}

#[test]
fn module_names_avoid_the_imports_of_generated_modules() {
    let files = emit_text("types.x#00000001 a:int = types.X;");
    let types = file(&files, "types.rs");
    assert!(types.contains("pub mod types_ {"), "{types}");
    let enums = file(&files, "enums.rs");
    assert!(enums.contains("X(types::types_::X)"), "{enums}");
}

/// Fails with every scope of `schema` where two entries share a Rust name.
fn assert_distinct(what: &str, schema: &Schema) {
    let index = Index::new(schema);
    let mut scopes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (def, definition) in schema.ids() {
        let root = match definition.category {
            Category::Constructor => "types",
            Category::Function => "functions",
        };
        let module = module_path(&definition.name.namespace).join("::");
        let scope = scopes.entry(format!("{root}::{module}")).or_default();
        scope.push(index.item_name(def).to_owned());
        let fields = field_names(definition.params.iter().map(|p| p.name.as_str()));
        scopes.insert(format!("{root}::{module}::{}", def.position()), fields);
    }
    for ty in index.boxed_types() {
        let module = module_path(&ty.namespace).join("::");
        let scope = scopes.entry(format!("enums::{module}")).or_default();
        scope.push(index.enum_name(ty));
        let variants = index.constructors_of(ty).iter();
        let variants = variants
            .map(|&d| index.variant_name(ty, d).to_owned())
            .collect();
        scopes.insert(
            format!("enums::{module}::{}", index.enum_name(ty)),
            variants,
        );
    }
    for (scope, names) in scopes {
        let distinct: HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len(), "{what}: {scope}: {names:?}");
    }
}

fn zoo_schema(files: &[&str], dialect: Dialect) -> Option<Schema> {
    let Some(dir) = zoo_dir() else {
        eprintln!("skipped: the shared zoo is not next to this checkout");
        return None;
    };
    let sources: Vec<SourceFile> = files.iter().map(|f| read_source(&dir.join(f), f)).collect();
    let schema = load(&sources, dialect).into_result();
    Some(schema.unwrap_or_else(|e| panic!("{files:?} loads: {e}")))
}

#[test]
fn zoo_schemas_get_distinct_names() {
    let cases: [(&[&str], Dialect); 7] = [
        (&["ton/ton_api.tl"], Dialect::Tdlib),
        (&["ton/tonlib_api.tl"], Dialect::Tdlib),
        (&["ton/lite_api.tl"], Dialect::Tdlib),
        (&["tdlib/td_api.tl"], Dialect::Tdlib),
        (&["tdlib/telegram_api.tl"], Dialect::Telegram),
        (&["tdlib/mtproto_api.tl"], Dialect::Telegram),
        (
            &["tdesktop/api.tl", "tdesktop/mtproto.tl"],
            Dialect::Telegram,
        ),
    ];
    for (files, dialect) in cases {
        if let Some(schema) = zoo_schema(files, dialect) {
            assert_distinct(files[0], &schema);
        }
    }
}

/// The variant of constructor `tl` in its own type's enum.
fn own_variant(index: &Index<'_>, tl: &str) -> String {
    let def = index.find(tl).expect(tl);
    let Type::Boxed(ty) = &index.def(def).ty else {
        panic!("{tl} is not a constructor of a boxed type");
    };
    index.variant_name(ty, def).to_owned()
}

#[test]
fn ton_clashes_get_qualified_variants() {
    let Some(schema) = zoo_schema(&["ton/ton_api.tl"], Dialect::Tdlib) else {
        return;
    };
    let index = Index::new(&schema);
    let variant = |tl: &str| own_variant(&index, tl);
    assert_eq!(variant("db.files.index.key"), "IndexKey");
    assert_eq!(variant("db.files.package.key"), "PackageKey");
    let Some(schema) = zoo_schema(&["ton/tonlib_api.tl"], Dialect::Tdlib) else {
        return;
    };
    let index = Index::new(&schema);
    let variant = |tl: &str| own_variant(&index, tl);
    assert_eq!(variant("raw.accountState"), "RawAccountState");
    assert_eq!(variant("wallet.v3.accountState"), "WalletV3AccountState");
}

#[test]
fn telegram_zoo_schemas_emit() {
    let cases: [&[&str]; 2] = [
        &["tdesktop/api.tl", "tdesktop/mtproto.tl"],
        &["tdlib/telegram_api.tl"],
    ];
    for files in cases {
        if let Some(schema) = zoo_schema(files, Dialect::Telegram) {
            let options = EmitOptions::default();
            emit(&schema, &options).unwrap_or_else(|e| panic!("{files:?}: {e}"));
        }
    }
}
