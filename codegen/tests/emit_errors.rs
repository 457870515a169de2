//! What the emitter refuses, with the exact messages.

use tl_codegen::emit::{emit, EmitError, EmitOptions};
use tl_codegen::model::{load, Dialect, Schema, SourceFile};

fn schema(text: &str) -> Schema {
    let source = SourceFile {
        name: "test.tl".into(),
        text: text.into(),
    };
    load(&[source], Dialect::Telegram)
        .into_result()
        .expect("the test schema loads")
}

fn emit_error(text: &str, roots: Option<&[&str]>) -> EmitError {
    let roots = roots.map(|r| r.iter().map(|s| s.to_string()).collect());
    let options = EmitOptions {
        roots,
        ..EmitOptions::default()
    };
    emit(&schema(text), &options).expect_err("emission must fail")
}

#[test]
fn unknown_root_is_named() {
    let err = emit_error("a#00000001 = A;", Some(&["a", "auth.sendCod"]));
    assert_eq!(
        err,
        EmitError::UnknownRoot {
            name: "auth.sendCod".into()
        }
    );
    assert_eq!(err.to_string(), "root `auth.sendCod` is not declared");
}

#[test]
fn constructors_of_one_type_sharing_an_id_are_an_error() {
    let err = emit_error("a#0000000a x:int = T;\nb#0000000a y:long = T;", None);
    assert_eq!(
        err.to_string(),
        "duplicate constructor id 0x0000000a in `enums::T`, from `a`, `b`"
    );
}

#[test]
fn bytes_nested_in_vectors_have_no_tl_json() {
    let err = emit_error("blobs#00000001 rows:Vector<Vector<bytes>> = Blobs;", None);
    assert_eq!(
        err.to_string(),
        "`blobs`: TL-JSON of parameter `rows` (bytes nested in vectors) is not supported"
    );
}

#[test]
fn roots_limit_what_is_checked() {
    // The shared id is outside the closure of `b`, so it does not matter.
    let text = "inputPeer#00000001 = A;\ninput_peer#00000001 = A;\nb#00000003 x:int = B;";
    let options = EmitOptions {
        roots: Some(vec!["b".into()]),
        ..EmitOptions::default()
    };
    let files = emit(&schema(text), &options).expect("emits");
    let types = &files
        .iter()
        .find(|f| f.path == "types.rs")
        .unwrap()
        .contents;
    assert!(types.contains("pub struct B {"), "{types}");
    assert!(!types.contains("InputPeer"), "{types}");
}
