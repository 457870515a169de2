//! The emitter on the real layer-230 schema: the invite-link closure, and the whole layer.

use std::path::Path;

use tl_codegen::config::parse_roots;
use tl_codegen::emit::closure;
use tl_codegen::emit::index::Index;
use tl_codegen::emit::{emit, EmitOptions};

/// The schema files of the checked-in bindings.
const SCHEMA_FILES: [&str; 2] = ["schema/api.tl", "schema/mtproto.tl"];
use tl_codegen::model::{load, Category, Dialect, Schema, SourceFile};

fn workspace_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn layer() -> Schema {
    let sources: Vec<SourceFile> = SCHEMA_FILES
        .iter()
        .map(|name| SourceFile {
            name: name.to_string(),
            text: workspace_file(name),
        })
        .collect();
    load(&sources, Dialect::Telegram)
        .into_result()
        .expect("layer 230 loads")
}

fn invite_roots() -> Vec<String> {
    parse_roots(&workspace_file("schema/invite-roots.txt"))
}

#[test]
fn invite_closure_holds_what_the_roots_reach_and_nothing_else() {
    let schema = layer();
    let index = Index::new(&schema);
    let closure = closure::compute(&index, Some(&invite_roots())).expect("closure");
    let reached = [
        "messages.exportChatInvite",
        "messages.hideAllChatJoinRequests",
        "chatInviteExported",
        "chatInvitePublicJoinRequests",
        "inputPeerChannel",
        "inputPeerUserFromMessage",
        "starsSubscriptionPricing",
        // messages.chatInviteImporters -> User -> ... -> Updates
        "updateShortMessage",
    ];
    for name in reached {
        assert!(
            closure.contains_definition(&index, name),
            "{name} should be generated"
        );
    }
    let not_reached = [
        // The runtime's `tl_runtime::RpcError`: no root names it, no parameter uses it.
        "rpc_error",
        "auth.sendCode",
        "invokeWithLayer",
        "ping",
        "pong",
        "req_pq",
        "resPQ",
    ];
    for name in not_reached {
        assert!(
            !closure.contains_definition(&index, name),
            "{name} should not be generated"
        );
    }
    let functions = closure
        .definitions
        .iter()
        .filter(|&&d| index.def(d).category == Category::Function);
    assert_eq!(functions.count(), 12, "exactly the twelve root methods");
    let constructors = closure.definitions.len() - 12;
    assert!(
        (800..=950).contains(&constructors),
        "{constructors} constructors"
    );
}

#[test]
fn every_constructor_of_a_reached_type_is_reached() {
    let schema = layer();
    let index = Index::new(&schema);
    let closure = closure::compute(&index, Some(&invite_roots())).expect("closure");
    for ty in &closure.types {
        for &def in index.constructors_of(ty) {
            assert!(
                closure.definitions.contains(&def),
                "{:?} of {ty:?}",
                index.def(def).name
            );
        }
    }
    // A constructor root brings its boxed type.
    let closure = closure::compute(&index, Some(&["rpc_error".to_owned()])).expect("closure");
    let rpc_error = schema
        .definitions
        .iter()
        .find(|d| d.name.name == "rpc_error")
        .unwrap();
    assert!(closure.types.contains(match &rpc_error.ty {
        tl_codegen::model::Type::Boxed(ty) => ty,
        other => panic!("rpc_error builds {other:?}"),
    }));
}

#[test]
fn the_whole_layer_emits_valid_rust() {
    let schema = layer();
    let files = emit(&schema, &EmitOptions::default()).expect("the whole layer emits");
    let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        names,
        [
            "mod.rs",
            "types.rs",
            "enums.rs",
            "functions.rs",
            "registry.rs"
        ]
    );
    for file in &files {
        syn::parse_file(&file.contents).unwrap_or_else(|e| panic!("{}: {e}", file.path));
    }
    let functions = &files[3].contents;
    assert!(functions.contains("pub struct InvokeWithLayer<X> {"));
    assert!(functions.contains("type Return = X::Return;"));
    assert!(files[1]
        .contents
        .contains("pub salts: tl_runtime::RawVec<types::FutureSalt>,"));
}
