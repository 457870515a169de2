//! `tl` beyond the built-in layer, run as a process: `--schema` with real schemas of the zoo
//! (TON's lite-server API with its nested messages, TDLib's `td_api.tl`, Telegram layer 100),
//! the generic wrappers of the built-in layer, and doubles that JSON numbers cannot spell.
//! Every expected hex below is assembled by hand from the wire rules and the ids the schemas
//! give (or that `codegen ids` computes), never by `tl` itself.
//!
//! The zoo is read from `../shared/zoo` beside the checkout (CI has it there) or
//! `$TL_ZOO_DIR`; without it, the zoo tests are skipped, except in CI, where that fails.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs `tl` with `args`.
fn tl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tl"))
        .args(args)
        .output()
        .expect("tl runs")
}

/// `tl args` must print exactly `expected` and a newline, and nothing on stderr.
fn prints(args: &[&str], expected: &str) {
    let output = tl(args);
    let (out, err) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{args:?}: {err}");
    assert_eq!(out, format!("{expected}\n"), "{args:?}");
    assert_eq!(err, "", "{args:?}");
}

/// `tl args` must fail with status `code` and exactly one `error: ` message on stderr.
fn fails(args: &[&str], code: i32) -> String {
    let output = tl(args);
    assert_eq!(output.status.code(), Some(code), "{args:?}");
    assert_eq!(text(&output.stdout), "", "{args:?}");
    text(&output.stderr)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Decoding `hex` prints `json`, and encoding `json` prints `hex` (with `schema` args).
fn both_ways(schema: &[&str], hex: &str, json: &str) {
    let decode: Vec<&str> = ["decode"]
        .iter()
        .chain(schema)
        .chain(&[hex])
        .copied()
        .collect();
    prints(&decode, json);
    let encode: Vec<&str> = ["encode"]
        .iter()
        .chain(schema)
        .chain(&[json])
        .copied()
        .collect();
    prints(&encode, hex);
}

/// A file of the zoo, when the zoo is here.
fn zoo(file: &str) -> Option<String> {
    let dir = match std::env::var_os("TL_ZOO_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/zoo"),
    };
    if !dir.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the zoo ({}) was not found",
            dir.display()
        );
        eprintln!("note: no zoo at {}: skipped", dir.display());
        return None;
    }
    Some(dir.join(file).to_str().expect("a UTF-8 path").to_owned())
}

/// adnl.message.query#b48bf97a query_id:int256 query:bytes, whose `query` holds
/// liteServer.query#798c06df data:bytes, whose `data` holds a lite-server call.
fn adnl_query(query_id: &str, call: &str) -> String {
    let inner = format!("04{call}000000"); // 4 bytes of call: 1 + 4 + 3 padding
    assert_eq!(call.len(), 8, "a call without parameters");
    let query = format!("df068c79{inner}"); // 12 bytes
    format!("7af98bb4{query_id}0c{query}000000")
}

#[test]
fn a_lite_server_query_in_its_adnl_message() {
    let Some(lite) = zoo("ton/lite_api.tl") else {
        return;
    };
    let schema = ["--schema", lite.as_str(), "--dialect", "tdlib"];
    let id = "77c1545b96fa136b8e01cc08338bec47e8a43215492dda6d4d7e286382bb00c4";
    // liteServer.getMasterchainInfo#89b5e62e (no parameters).
    let hex = adnl_query(id, "2ee6b589");
    let plain = format!(
        r#"{{"_":"adnl.message.query","query_id":"{id}","query":"df068c79042ee6b589000000"}}"#
    );
    both_ways(&schema, &hex, &plain);
    let nested = format!(
        r#"{{"_":"adnl.message.query","query_id":"{id}","query":{{"@tl":{{"_":"liteServer.query","data":{{"@tl":{{"_":"liteServer.getMasterchainInfo"}}}}}}}}}}"#
    );
    let mut decode = vec!["decode", "--nested"];
    decode.extend(schema);
    decode.push(&hex);
    prints(&decode, &nested);
    let mut encode = vec!["encode"];
    encode.extend(schema);
    encode.push(&nested);
    prints(&encode, &hex);
}

#[test]
fn a_lite_server_lookup_block_with_a_flag_and_a_bare_block_id() {
    let Some(lite) = zoo("ton/lite_api.tl") else {
        return;
    };
    let schema = ["--schema", lite.as_str(), "--dialect", "tdlib"];
    // liteServer.lookupBlock#fac8f71e mode:# id:tonNode.blockId lt:mode.1?long utime:mode.2?int
    // with mode 2 (lt), id = {workchain -1, shard 0x8000000000000000, seqno 34567890}.
    let hex = "1ef7c8fa02000000ffffffff0000000000000080d2760f0201d00361ed280000";
    let json = r#"{"_":"liteServer.lookupBlock","id":{"workchain":-1,"shard":-9223372036854775808,"seqno":34567890},"lt":45000000000001}"#;
    both_ways(&schema, hex, json);
    // The same call inside liteServer.query: 32 bytes of data, then no padding.
    let query = format!("df068c7920{hex}000000");
    let nested = format!(r#"{{"@tl":{{"_":"liteServer.query","data":{{"@tl":{json}}}}}}}"#);
    let mut decode = vec!["decode", "--nested", "--type", "bytes"];
    decode.extend(schema);
    let framed = format!("28{query}000000"); // 40 bytes, 3 of padding
    decode.push(&framed);
    prints(&decode, &nested);
}

#[test]
fn tdlib_get_me_and_an_error() {
    let Some(td) = zoo("tdlib/td_api.tl") else {
        return;
    };
    let schema = ["--schema", td.as_str(), "--dialect", "tdlib"];
    // getMe = User; is 0xf495b27f under TDLib's id rule.
    both_ways(&schema, "7fb295f4", r#"{"_":"getMe"}"#);
    // error#9bdd8f1a code:int32 message:string = Error;
    let hex = "1a8fdd9b900100000d546f6f204d616e7920526571730000";
    let json = r#"{"_":"error","code":400,"message":"Too Many Reqs"}"#;
    both_ways(&schema, hex, json);
    // Without the schema, the built-in layer does not know it.
    let message = fails(&["decode", "7fb295f4"], 1);
    assert!(message.contains("unknown id 0xf495b27f"), "{message}");
}

#[test]
fn an_old_layers_first_request() {
    let Some(layer100) = zoo("older/layer100-tdesktop/scheme.tl") else {
        return;
    };
    let schema = ["--schema", layer100.as_str()];
    // invokeWithLayer#da9b0d0d 100 (initConnection#785188b8 flags 0, api_id 2040, five
    // strings, then help.getConfig#c4f9186b).
    let hex = [
        "0d0d9bda",
        "64000000", // invokeWithLayer, layer 100
        "b8885178",
        "00000000",
        "f8070000",                 // initConnection, flags, api_id 2040
        "02504300",                 // "PC"
        "0a57696e646f777320313000", // "Windows 10"
        "05312e382e320000",         // "1.8.2"
        "02656e00",                 // "en"
        "08746465736b746f70000000", // "tdesktop"
        "02656e00",                 // "en"
        "6b18f9c4",                 // help.getConfig
    ]
    .concat();
    let json = r#"{"_":"invokeWithLayer","layer":100,"query":{"_":"initConnection","api_id":2040,"device_model":"PC","system_version":"Windows 10","app_version":"1.8.2","system_lang_code":"en","lang_pack":"tdesktop","lang_code":"en","query":{"_":"help.getConfig"}}}"#;
    both_ways(&schema, &hex, json);
    // Layer 100's inputPeerChannel#20adaef8 still has an `int` channel_id.
    let peer = "f8aead2015cd5b078011a94f5031a1bf";
    let json =
        r#"{"_":"inputPeerChannel","channel_id":123456789,"access_hash":-4638371920211275392}"#;
    both_ways(&schema, peer, json);
}

#[test]
fn the_generic_wrappers_of_the_issue() {
    // invokeWithLayer(1, payments.getStarsTopupOptions#c00ec7d3): the hex of issue 24.
    both_ways(
        &[],
        "0d0d9bda01000000d3c70ec0",
        r#"{"_":"invokeWithLayer","layer":1,"query":{"_":"payments.getStarsTopupOptions"}}"#,
    );
    // invokeWithLayer(230, invokeWithoutUpdates(invokeAfterMsgs([1, 2], help.getConfig))).
    let hex = [
        "0d0d9bda",
        "e6000000", // invokeWithLayer, layer 230
        "b75994bf", // invokeWithoutUpdates
        "f0b4c43d",
        "15c4b51c",
        "02000000", // invokeAfterMsgs, Vector, 2 elements
        "0100000000000000",
        "0200000000000000", // msg_ids 1 and 2
        "6b18f9c4",         // help.getConfig
    ]
    .concat();
    let json = r#"{"_":"invokeWithLayer","layer":230,"query":{"_":"invokeWithoutUpdates","query":{"_":"invokeAfterMsgs","msg_ids":[1,2],"query":{"_":"help.getConfig"}}}}"#;
    both_ways(&[], &hex, json);
}

#[test]
fn doubles_that_json_numbers_cannot_spell_round_trip() {
    // inputChatUploadedPhoto#bdcdaec0 flags:# ... video_start_ts:flags.2?double ...
    for (bits, spelled) in [
        ("000000000000f87f", r#""NaN""#),
        ("010000000000f07f", r#""NaN(0x7ff0000000000001)""#),
        ("efbeadde0000f4ff", r#""NaN(0xfff40000deadbeef)""#),
        ("000000000000f07f", r#""Infinity""#),
        ("000000000000f0ff", r#""-Infinity""#),
        ("0000000000000080", "-0.0"),
        ("000000000000f83f", "1.5"),
    ] {
        let hex = format!("c0aecdbd04000000{bits}");
        let json = format!(r#"{{"_":"inputChatUploadedPhoto","video_start_ts":{spelled}}}"#);
        both_ways(&[], &hex, &json);
    }
}

#[test]
fn schema_mistakes_are_reported() {
    let missing = fails(&["decode", "--schema", "no/such/file.tl", "7fb295f4"], 1);
    assert!(
        missing.starts_with("error: cannot read no/such/file.tl"),
        "{missing}"
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let bad = dir.join("tl_schema_bad.tl");
    std::fs::write(&bad, "a x:Nothing = A;\n").expect("scratch schema");
    let bad = bad.to_str().unwrap();
    let message = fails(&["encode", "--schema", bad, r#"{"_":"a"}"#], 1);
    assert!(
        message.contains("the schema does not load") && message.contains("unknown type `Nothing`"),
        "{message}"
    );
    // A dialect is about --schema files: alone, it is a usage mistake.
    let usage = fails(&["decode", "--dialect", "tdlib", "7fb295f4"], 2);
    assert!(usage.contains("--schema"), "{usage}");
}
