//! Values of the layer that only the dynamic codec reads: the generic wrappers of issue 24,
//! doubles that JSON numbers cannot spell, `decode_as` of the types a caller names, and
//! the "any value" types `Object` and `Function` of TDLib/TON-style schemas.

mod support;

use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::Codec;

/// `hex` decodes to `json`, which encodes to `hex`.
fn both_ways(codec: &Codec, hex: &str, json: &str) {
    let bytes = support::hex(hex);
    assert_eq!(codec.decode(&bytes).unwrap(), json, "{hex}");
    assert_eq!(codec.encode(json).unwrap(), bytes, "{json}");
}

#[test]
fn the_wrapped_calls_of_issue_24() {
    let codec = support::layer();
    both_ways(
        &codec,
        "0d0d9bda01000000d3c70ec0",
        r#"{"_":"invokeWithLayer","layer":1,"query":{"_":"payments.getStarsTopupOptions"}}"#,
    );
    both_ways(
        &codec,
        "0d0d9bda010000006b18f9c4",
        r#"{"_":"invokeWithLayer","layer":1,"query":{"_":"help.getConfig"}}"#,
    );
    // invokeAfterMsg#cb9f372d msg_id:long around a Bool answer's call is fine too; a
    // constructor or a Bool may stand for X.
    both_ways(
        &codec,
        "2d379fcb0500000000000000b5757299",
        r#"{"_":"invokeAfterMsg","msg_id":5,"query":{"_":"boolTrue"}}"#,
    );
}

#[test]
fn doubles_keep_every_bit() {
    let codec = support::layer();
    for (bits, spelled) in [
        (0x7ff8_0000_0000_0000_u64, r#""NaN""#.to_owned()),
        (
            0x7ff0_0000_0000_0001,
            r#""NaN(0x7ff0000000000001)""#.to_owned(),
        ),
        (
            0xfff8_0000_0000_0000,
            r#""NaN(0xfff8000000000000)""#.to_owned(),
        ),
        (0x7ff0_0000_0000_0000, r#""Infinity""#.to_owned()),
        (0xfff0_0000_0000_0000, r#""-Infinity""#.to_owned()),
        (0x8000_0000_0000_0000, "-0.0".to_owned()),
        (1, "5e-324".to_owned()),
        (0.1_f64.to_bits(), "0.1".to_owned()),
    ] {
        let hex = format!(
            "c0aecdbd04000000{}",
            tl_dynamic::to_hex(&bits.to_le_bytes())
        );
        let json = format!(r#"{{"_":"inputChatUploadedPhoto","video_start_ts":{spelled}}}"#);
        both_ways(&codec, &hex, &json);
    }
    // An integer is a double too (as serde reads f64).
    let bytes = codec
        .encode(r#"{"_":"inputChatUploadedPhoto","video_start_ts":3}"#)
        .unwrap();
    assert_eq!(bytes, support::hex("c0aecdbd040000000000000000000840"));
}

#[test]
fn decode_as_reads_the_types_a_caller_names() {
    let codec = support::layer();
    let hex = |text: &str| support::hex(text);
    assert_eq!(
        codec.decode_as("Bool", &hex("379779bc")).unwrap(),
        r#"{"_":"boolFalse"}"#
    );
    assert_eq!(
        codec
            .decode_as("Vector<Bool>", &hex("15c4b51c01000000b5757299"))
            .unwrap(),
        "[true]"
    );
    assert_eq!(
        codec
            .decode_as(
                "vector<long>",
                &hex("0200000001000000000000000200000000000000")
            )
            .unwrap(),
        "[1,2]"
    );
    // A bare constructor keeps its "_", at the top and in a vector.
    assert_eq!(
        codec
            .decode_as("inputPeerChat", &hex("2a00000000000000"))
            .unwrap(),
        r#"{"_":"inputPeerChat","chat_id":42}"#
    );
    // count 1: valid_since 1, valid_until 2, salt 3 (bare: no ids).
    let salts = hex("0100000001000000020000000300000000000000");
    assert_eq!(
        codec.decode_as("vector<future_salt>", &salts).unwrap(),
        r#"[{"_":"future_salt","valid_since":1,"valid_until":2,"salt":3}]"#
    );
    assert_eq!(
        codec.decode_as("double", &hex("000000000000f07f")).unwrap(),
        r#""Infinity""#
    );
    assert_eq!(
        codec.decode_as("int128", &[7; 16]).unwrap(),
        format!("\"{}\"", "07".repeat(16))
    );
}

const ANY_SCHEMA: &str = "
object ? = Object;
function ? = Function;
int32 = Int32;
int53 = Int53;
bytes = Bytes;
vector {t:Type} # [ t ] = Vector t;

ok = Ok;
user id:int53 name:string = User;
wrapped value:Object = Wrapped;
---functions---
getUser id:int53 = User;
withRetry attempts:int32 call:Function = Object;
";

#[test]
fn object_and_function_hold_any_value_or_call_of_the_schema() {
    let options = LoadOptions {
        dialect: Dialect::Tdlib,
        allow_external: false,
    };
    let codec = Codec::load(&[SourceFile::new("any.tl", ANY_SCHEMA)], options).unwrap();
    let id = |name: &str| {
        let def = codec
            .schema()
            .definitions
            .iter()
            .find(|d| d.name.to_string() == name);
        tl_dynamic::to_hex(&def.unwrap().id.to_le_bytes())
    };
    // user id:int53 42, name "Ada" (3 bytes: no padding).
    let user = format!("{}2a0000000000000003416461", id("user"));
    both_ways(
        &codec,
        &format!("{}{user}", id("wrapped")),
        r#"{"_":"wrapped","value":{"_":"user","id":42,"name":"Ada"}}"#,
    );
    both_ways(
        &codec,
        &format!(
            "{}03000000{}2a00000000000000",
            id("withRetry"),
            id("getUser")
        ),
        r#"{"_":"withRetry","attempts":3,"call":{"_":"getUser","id":42}}"#,
    );
    // A call is no Object, a constructor no Function.
    let wrong = codec.encode(r#"{"_":"withRetry","attempts":3,"call":{"_":"ok"}}"#);
    assert!(wrong.unwrap_err().to_string().starts_with(
        "in `call`: expected a constructor of type Function in `_`, found unknown name `ok`"
    ));
    let bytes = support::hex(&format!(
        "{}{}2a00000000000000",
        id("wrapped"),
        id("getUser")
    ));
    let error = codec.decode(&bytes).unwrap_err().to_string();
    assert!(
        error.starts_with("wrapped.value: expected a constructor of type Object"),
        "{error}"
    );
}

#[test]
fn what_the_runtime_accepts_decodes_and_encodes_canonically() {
    let codec = support::layer();
    let canonical = |hex: &str| {
        let json = codec.decode(&support::hex(hex)).unwrap();
        tl_dynamic::to_hex(&codec.encode(&json).unwrap())
    };
    // messages.checkChatInvite#3eadb1bb hash:string, "abc" in the long length form.
    assert_eq!(canonical("bbb1ad3efe03000061626300"), "bbb1ad3e03616263");
    // "a" with padding bytes that are not zero.
    assert_eq!(canonical("bbb1ad3e0161ffff"), "bbb1ad3e01610000");
    // messages.exportChatInvite with flag bit 31 set, which no parameter uses.
    assert_eq!(
        canonical("90de55a408000080c97ea07d"),
        "90de55a408000000c97ea07d"
    );
}
