//! The official layer-230 schema (`schema/api.tl` + `schema/mtproto.tl`): ids,
//! canonical lines, and a parse -> print -> parse round trip of the whole layer.

mod model_support;

use std::collections::BTreeSet;

use model_support::{def, layer_sources, without_origins};
use tl_codegen::model::{id_line, load, Dialect, IdSource, Loaded, SourceFile};

fn layer() -> Loaded {
    let loaded = load(&layer_sources(), Dialect::Telegram);
    assert!(
        !loaded.has_errors(),
        "{}",
        loaded.render_diagnostics(&loaded.sources)
    );
    loaded
}

#[test]
fn every_explicit_id_is_the_crc_except_three_whitelisted() {
    let loaded = layer();
    let explicit: Vec<_> = loaded
        .schema
        .definitions
        .iter()
        .filter(|d| d.id_source == IdSource::Explicit)
        .collect();
    assert!(
        explicit.len() > 2500,
        "only {} explicit ids",
        explicit.len()
    );
    let mismatched: BTreeSet<String> = explicit
        .iter()
        .filter(|d| d.id != d.computed_id)
        .map(|d| d.name.to_string())
        .collect();
    let expected: BTreeSet<String> = ["ipPortSecret", "accessPointRule", "help.configSimple"]
        .map(String::from)
        .into();
    assert_eq!(mismatched, expected);
    // Each mismatch is reported once, as a warning naming both ids.
    let warnings: Vec<&str> = loaded
        .diagnostics
        .iter()
        .map(|d| d.diagnostic.message.as_str())
        .collect();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings.contains(
        &"explicit id 0x37982646 differs from the computed id 0x402d9b47; the explicit id is used"
    ));
}

#[test]
fn layer_summary() {
    let loaded = layer();
    let schema = &loaded.schema;
    assert_eq!(schema.layer, Some(230));
    assert_eq!(schema.files, ["schema/api.tl", "schema/mtproto.tl"]);
    let builtins: Vec<String> = schema.builtins.iter().map(|b| b.name.to_string()).collect();
    // api.tl: boolFalse, boolTrue, true, vector; mtproto.tl: the scalars and int128/int256.
    assert_eq!(
        builtins,
        [
            "boolFalse",
            "boolTrue",
            "true",
            "vector",
            "int",
            "long",
            "double",
            "string",
            "vector",
            "int128",
            "int256"
        ]
    );
    for builtin in &schema.builtins {
        assert_eq!(builtin.id, builtin.computed_id, "{builtin}");
    }
}

#[test]
fn canonical_lines_and_hash_inputs() {
    let loaded = layer();
    let cases = [
        (
            "invokeAfterMsg",
            "invokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;",
            "invokeAfterMsg X:Type msg_id:long query:!X = X",
        ),
        (
            "starsSubscriptionPricing",
            "starsSubscriptionPricing#05416d58 period:int amount:long = StarsSubscriptionPricing;",
            "starsSubscriptionPricing period:int amount:long = StarsSubscriptionPricing",
        ),
        (
            "tlsBlockString",
            "tlsBlockString#4218a164 data:bytes = TlsBlock;",
            "tlsBlockString data:string = TlsBlock",
        ),
        (
            "tlsBlockScope",
            "tlsBlockScope#e725d44f entries:Vector<TlsBlock> = TlsBlock;",
            "tlsBlockScope entries:Vector TlsBlock = TlsBlock",
        ),
        (
            "msgs_ack",
            "msgs_ack#62d6b459 msg_ids:Vector<long> = MsgsAck;",
            "msgs_ack msg_ids:Vector long = MsgsAck",
        ),
    ];
    for (name, line, hashed) in cases {
        let d = def(&loaded, name);
        assert_eq!(d.tl_line(), line);
        assert_eq!(d.to_string(), line);
        assert_eq!(id_line(d, Dialect::Telegram), hashed);
        assert_eq!(d.computed_id, crc32fast::hash(hashed.as_bytes()), "{name}");
    }
}

#[test]
fn telegram_switches_drop_true_flags_and_hash_direct_bytes_as_string() {
    let loaded = layer();
    let poll = def(&loaded, "messages.sendVote");
    // `options:Vector<bytes>`: bytes inside a vector is not replaced.
    assert_eq!(
        id_line(poll, Dialect::Telegram),
        "messages.sendVote peer:InputPeer msg_id:int options:Vector bytes = Updates"
    );
    let user = def(&loaded, "user");
    let hashed = id_line(user, Dialect::Telegram);
    assert!(
        hashed.starts_with("user flags:# flags2:# id:long access_hash:flags.0?long "),
        "{hashed}"
    );
    assert!(!hashed.contains("?true"), "{hashed}");
    assert_eq!(user.id, 0xb1b8cc83);
    assert_eq!(user.computed_id, 0xb1b8cc83);
    let tdlib = id_line(user, Dialect::Tdlib);
    assert!(
        tdlib.starts_with("user flags:# self:flags.10?true contact:flags.11?true "),
        "{tdlib}"
    );
    assert_ne!(crc32fast::hash(tdlib.as_bytes()), 0xb1b8cc83);
}

#[test]
fn print_then_parse_gives_the_same_model() {
    let loaded = layer();
    let printed = loaded.schema.to_string();
    assert!(
        printed.starts_with("// LAYER 230\n\nboolFalse#bc799737 = Bool;\n"),
        "{}",
        &printed[..200]
    );
    let again = load(
        &[SourceFile::new("printed.tl", printed.clone())],
        Dialect::Telegram,
    );
    assert!(again.diagnostics.iter().all(|d| !d.diagnostic.is_error()));
    let (a, b) = (&loaded.schema, &again.schema);
    assert_eq!(b.layer, a.layer);
    assert_eq!(
        without_origins(&b.definitions),
        without_origins(&a.definitions)
    );
    let strip = |s: &tl_codegen::model::Schema| {
        let builtins = s
            .builtins
            .iter()
            .map(|b| (b.to_string(), b.id, b.computed_id));
        builtins.collect::<Vec<_>>()
    };
    assert_eq!(strip(b), strip(a));
    // Printing is a fixed point.
    assert_eq!(b.to_string(), printed);
}
