//! What TDLib users get, read in the emitted text of the TDLib-style fixture
//! (`fixtures/emit/tdlib/input.tl`, whose whole output is also a snapshot that
//! `emit_compiles.rs` builds): TDLib's JSON convention (`"@type"`, int64 strings, base64),
//! nullable objects as `Option`s, `Default` wherever every field has one, and the
//! convention chosen by dialect unless an option says otherwise.

use std::num::NonZeroUsize;

use tl_codegen::emit::{emit_single_file, Customize, EmitOptions, JsonConvention, JsonSupport};
use tl_codegen::model::{load, Dialect, SourceFile};

const SCHEMA: &str = include_str!("fixtures/emit/tdlib/input.tl");

/// The single-file output of `schema` read in `dialect`, with JSON under `json`.
fn emit_as(
    schema: &str,
    dialect: Dialect,
    convention: Option<JsonConvention>,
    customize: Customize,
) -> String {
    let source = SourceFile::new("tdlib.tl", schema);
    let schema = load(&[source], dialect)
        .into_result()
        .unwrap_or_else(|errors| panic!("the schema loads:\n{errors}"));
    let options = EmitOptions {
        json: JsonSupport::Feature("json".into()),
        json_convention: convention,
        threads: NonZeroUsize::new(1),
        customize,
        ..EmitOptions::default()
    };
    emit_single_file(&schema, &options).expect("emits")
}

fn tdlib() -> String {
    emit_as(SCHEMA, Dialect::Tdlib, None, Customize::default())
}

/// The text of the item declared by `head` (`pub struct FormattedText`), from the
/// attributes before it to its closing brace.
fn item<'a>(text: &'a str, head: &str) -> &'a str {
    let at = text
        .find(&format!("{head} "))
        .unwrap_or_else(|| panic!("no `{head}` in:\n{text}"));
    let start = text[..at]
        .rfind("///")
        .map_or(0, |doc| text[..doc].rfind('\n').map_or(0, |line| line + 1));
    let end = at
        + text[at..]
            .find("\n    }\n")
            .map_or(text.len() - at, |e| e + 6);
    &text[start..end]
}

#[test]
fn every_struct_names_itself_in_at_type() {
    let text = tdlib();
    let formatted = item(&text, "pub struct FormattedText");
    assert!(
        formatted.contains(
            "#[cfg_attr(feature = \"json\", serde(tag = \"@type\", rename = \"formattedText\"))]"
        ),
        "{formatted}"
    );
    let call = item(&text, "pub struct TestCallEmpty");
    assert!(
        call.contains("serde(tag = \"@type\", rename = \"testCallEmpty\")"),
        "{call}"
    );
    // Unknown fields (`@extra`, fields of a newer TDLib) are ignored, as TDLib does.
    assert!(!text.contains("deny_unknown_fields"));
    // Enums write their variant's struct (which names itself) and read on `"@type"`.
    assert!(
        text.contains("Self::TextUrl(value) => serde::Serialize::serialize(value, serializer),")
    );
    assert!(text.contains("serde::Serialize::serialize(&types::TextEntityTypeBold {}, serializer)"));
    assert!(!text.contains("json::serialize_tagged"));
    // One per boxed type.
    assert_eq!(
        text.matches("const TAG: &'static str = \"@type\";").count(),
        10
    );
    assert!(text.contains("ok!(tl_runtime::json::tdlib::deserialize_unit(content));"));
    // No TL bytes <-> JSON registry: TDLib's JSON has no byte form.
    assert!(!text.contains("mod registry"));
}

#[test]
fn numbers_and_bytes_are_spelled_as_tdlib_does() {
    let text = tdlib();
    let int64 = "#[cfg_attr(feature = \"json\", serde(with = \"tl_runtime::json::int64\"))]";
    let receiver = item(&text, "pub struct PushReceiverId");
    assert!(
        receiver.contains(&format!("{int64}\n        pub id: i64,")),
        "{receiver}"
    );
    assert!(receiver.contains(&format!(
        "{int64}\n        pub other_ids: tl_runtime::RawVec<i64>,"
    )));
    let int53 = "#[cfg_attr(feature = \"json\", serde(with = \"tl_runtime::json::long\"))]";
    let send = item(&text, "pub struct SendMessage");
    assert!(
        send.contains(&format!("{int53}\n        pub chat_id: i64,")),
        "{send}"
    );
    let base64 = "#[cfg_attr(feature = \"json\", serde(with = \"tl_runtime::json::base64\"))]";
    let thumbnail = item(&text, "pub struct Minithumbnail");
    assert!(
        thumbnail.contains(&format!("{base64}\n        pub data: Vec<u8>,")),
        "{thumbnail}"
    );
    // int32 and double are plain JSON numbers.
    assert!(
        thumbnail.contains("Thumbnail width\n        pub width: i32,"),
        "{thumbnail}"
    );
    assert!(
        thumbnail.contains("Map zoom level\n        pub zoom: f64,"),
        "{thumbnail}"
    );
}

#[test]
fn objects_documented_as_nullable_are_options() {
    let text = tdlib();
    let info = item(&text, "pub struct PhoneNumberInfo");
    assert!(
        info.contains("pub country: Option<types::CountryInfo>,"),
        "{info}"
    );
    assert!(info.contains("pub country_calling_code: String,"));
    let send = item(&text, "pub struct SendMessage");
    assert!(
        send.contains("pub reply_to: Option<enums::TextEntityType>,"),
        "{send}"
    );
    assert!(send.contains("pub text: types::FormattedText,"));
    // "texts may be null": each element.
    let list = item(&text, "pub struct TextList");
    assert!(list.contains("pub texts: tl_runtime::RawVec<Option<types::FormattedText>>,"));
    // `new()` takes what cannot be null.
    assert!(text.contains("pub fn new(chat_id: i64, text: types::FormattedText) -> Self {"));
    assert!(text.contains("reply_to: None,"));
    // Binary TL writes `Some` as the value and fails on `None` (the runtime's impls).
    assert!(text.contains("self.country.write_to(out);"));
}

#[test]
fn default_is_derived_wherever_every_field_has_one() {
    let text = tdlib();
    let with_default = "#[derive(Debug, Clone, Default)]";
    let without = "#[derive(Debug, Clone)]";
    // A bare vector of structs holding enums is still empty by default.
    assert!(item(&text, "pub struct FormattedText").contains(with_default));
    // An enum-typed field has no default (none is invented) ...
    assert!(item(&text, "pub struct TextEntity").contains(without));
    // ... unless it is nullable: `None`.
    assert!(item(&text, "pub struct SendMessage").contains(with_default));
    assert!(item(&text, "pub struct PhoneNumberInfo").contains(with_default));
    assert!(item(&text, "pub enum TextEntityType").contains(without));
}

#[test]
fn a_default_derive_asked_for_is_not_written_twice() {
    let customize = Customize {
        type_attributes: vec![(".".into(), "#[derive(Default, Hash)]".into())],
        ..Customize::default()
    };
    let text = emit_as(SCHEMA, Dialect::Tdlib, None, customize);
    let formatted = item(&text, "pub struct FormattedText");
    assert_eq!(formatted.matches("Default").count(), 1, "{formatted}");
    assert!(formatted.contains("#[derive(Hash)]"), "{formatted}");
    // Where the emitter derives no Default, the attribute stays as written.
    let entity = item(&text, "pub struct TextEntity");
    assert!(entity.contains("#[derive(Default, Hash)]"), "{entity}");
}

#[test]
fn the_convention_follows_the_dialect_unless_chosen() {
    let tl_json = emit_as(
        SCHEMA,
        Dialect::Tdlib,
        Some(JsonConvention::TlJson),
        Customize::default(),
    );
    assert!(tl_json.contains("serde(deny_unknown_fields)"));
    assert!(tl_json.contains("serde(with = \"tl_runtime::json::hex\")"));
    assert!(tl_json.contains("mod registry"));
    assert!(!tl_json.contains("@type"));
    let telegram = "inputPeerSelf = InputPeer;\ninputPeerChat chat_id:long = InputPeer;\n";
    let plain = emit_as(telegram, Dialect::Telegram, None, Customize::default());
    assert!(plain.contains("tl_runtime::json::serialize_tagged"));
    let tdlib = emit_as(
        telegram,
        Dialect::Telegram,
        Some(JsonConvention::Tdlib),
        Customize::default(),
    );
    assert!(tdlib.contains("serde(tag = \"@type\", rename = \"inputPeerChat\")"));
    assert!(tdlib.contains("serde(with = \"tl_runtime::json::int64\")"));
}
