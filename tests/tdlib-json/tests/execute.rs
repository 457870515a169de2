//! Methods TDLib runs synchronously (`td_execute`), each request built from the generated
//! types and each answer read into them, checked by value (and, by [`execute`], checked to
//! read and write back to exactly TDLib's JSON, with every object one TDLib 1.8.69 and the
//! zoo's schema agree on).
#![cfg(td_api)]

use tdlib_json::exchange::execute;
use tdlib_json::td_api::enums::{JsonValue, TextEntityType, TextParseMode};
use tdlib_json::td_api::{functions, types};

/// A formatted text with no entities.
fn plain(text: &str) -> types::FormattedText {
    types::FormattedText {
        text: text.to_owned(),
        ..Default::default()
    }
}

fn entity(offset: i32, length: i32, r#type: TextEntityType) -> types::TextEntity {
    types::TextEntity {
        offset,
        length,
        r#type,
    }
}

/// getTextEntities: a vector of objects holding an enum (unit variants).
#[test]
fn text_entities_are_found() {
    let text = "@user https://example.org #tag".to_owned();
    let found = execute(functions::GetTextEntities { text }).ok();
    let found = types::TextEntities::from(found);
    let expected = [
        entity(0, 5, TextEntityType::Mention),
        entity(6, 19, TextEntityType::Url),
        entity(26, 4, TextEntityType::Hashtag),
    ];
    assert_eq!(*found.entities, expected);
}

/// parseTextEntities: an enum with data in the request, nested objects in the answer; a
/// text TDLib cannot parse is an error answer.
#[test]
fn markdown_is_parsed_or_refused() {
    let mode = TextParseMode::Markdown(types::TextParseModeMarkdown { version: 2 });
    let request = |text: &str| functions::ParseTextEntities {
        text: text.to_owned(),
        parse_mode: mode.clone(),
    };
    let parsed = execute(request("*bold* _it_ [link](https://example.org/)")).ok();
    let parsed = types::FormattedText::from(parsed);
    assert_eq!(parsed.text, "bold it link");
    let url = types::TextEntityTypeTextUrl {
        url: "https://example.org/".to_owned(),
    };
    let expected = [
        entity(0, 4, TextEntityType::Bold),
        entity(5, 2, TextEntityType::Italic),
        entity(8, 4, TextEntityType::TextUrl(url)),
    ];
    assert_eq!(*parsed.entities, expected);
    // With the default the crate gives the enum, the struct derives Default (build.rs).
    let text = "*bold*".to_owned();
    let bold = execute(functions::ParseTextEntities {
        text,
        ..Default::default()
    })
    .ok();
    assert_eq!(
        *types::FormattedText::from(bold).entities,
        [entity(0, 4, TextEntityType::Bold)]
    );
    let error = execute(request("*bold")).error();
    assert_eq!(error.code, 400);
    assert!(error.message.starts_with("Can't parse entities"), "{error}");
}

/// getMarkdownText and parseMarkdown: a formattedText with entities both ways.
#[test]
fn markdown_round_trips_through_tdlib() {
    let url = types::TextEntityTypeTextUrl {
        url: "https://example.org/".to_owned(),
    };
    let text = types::FormattedText {
        text: "bold link".to_owned(),
        entities: vec![
            entity(0, 4, TextEntityType::Bold),
            entity(5, 4, TextEntityType::TextUrl(url)),
        ]
        .into(),
    };
    let markdown = execute(functions::GetMarkdownText { text: text.clone() }).ok();
    let markdown = types::FormattedText::from(markdown);
    assert_eq!(markdown, plain("**bold** [link](https://example.org/)"));
    let again = execute(functions::ParseMarkdown { text: markdown }).ok();
    assert_eq!(types::FormattedText::from(again), text);
}

/// getPhoneNumberInfoSync: `country` "may be null", and is for an unknown prefix.
#[test]
fn nullable_objects_are_some_or_none() {
    let info = |prefix: &str| {
        let request = functions::GetPhoneNumberInfoSync {
            language_code: "en".to_owned(),
            phone_number_prefix: prefix.to_owned(),
        };
        types::PhoneNumberInfo::from(execute(request).ok())
    };
    let germany = info("4915");
    let country = germany.country.expect("a known prefix has a country");
    assert_eq!(
        (country.country_code.as_str(), country.name.as_str()),
        ("DE", "Germany")
    );
    assert_eq!(country.flag_emoji, "\u{1f1e9}\u{1f1ea}");
    assert_eq!(*country.calling_codes, ["49"]);
    assert_eq!(
        (
            germany.country_calling_code.as_str(),
            germany.formatted_phone_number.as_str()
        ),
        ("49", "15")
    );
    let unknown = info("999");
    assert_eq!(unknown.country, None);
    assert_eq!(unknown.formatted_phone_number, "999");
}

/// getPushReceiverId: an int64 beyond 2^53, sent by TDLib as a JSON string.
#[test]
fn int64_is_exact() {
    let receiver_id = |bytes: Vec<u8>| {
        let payload = format!(r#"{{"p":"{}"}}"#, base64url(&bytes));
        execute(functions::GetPushReceiverId { payload })
    };
    // TDLib's id is the encrypted payload's first 8 bytes, little-endian.
    let exchange = receiver_id((1..=80).collect());
    assert!(
        exchange.received.contains(r#""id":"578437695752307201""#),
        "{}",
        exchange.received
    );
    let id = types::PushReceiverId::from(exchange.ok()).id;
    assert_eq!(id, 578437695752307201);
    assert_eq!(id, i64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 8]));
    let negative = receiver_id((176..=255).rev().collect()).ok();
    let expected = i64::from_le_bytes([255, 254, 253, 252, 251, 250, 249, 248]);
    assert_eq!(types::PushReceiverId::from(negative).id, expected);
}

/// parseTextEntities (HTML) and getMarkdownText: an int53 (`textEntityTypeMentionName`'s
/// `user_id`) is a JSON number both ways, beyond 32 bits too (2^40 - 1, the largest user
/// id TDLib keeps).
#[test]
fn int53_is_a_number() {
    let html = functions::ParseTextEntities {
        text: r#"<a href="tg://user?id=123456789">x</a> <code>y</code>"#.to_owned(),
        parse_mode: TextParseMode::Html,
    };
    let exchange = execute(html);
    assert!(
        exchange.received.contains(r#""user_id":123456789}"#),
        "{}",
        exchange.received
    );
    let parsed = types::FormattedText::from(exchange.ok());
    let mention = types::TextEntityTypeMentionName { user_id: 123456789 };
    let expected = [
        entity(0, 1, TextEntityType::MentionName(mention)),
        entity(2, 1, TextEntityType::Code),
    ];
    assert_eq!(
        (parsed.text.as_str(), parsed.entities.as_slice()),
        ("x y", &expected[..])
    );
    let largest = types::TextEntityTypeMentionName {
        user_id: (1 << 40) - 1,
    };
    let text = types::FormattedText {
        text: "x".to_owned(),
        entities: vec![entity(0, 1, TextEntityType::MentionName(largest))].into(),
    };
    let exchange = execute(functions::GetMarkdownText { text: text.clone() });
    assert!(
        exchange.sent.contains(r#""user_id":1099511627775}"#),
        "{}",
        exchange.sent
    );
    assert_eq!(types::FormattedText::from(exchange.ok()), text);
}

/// URL-safe base64 without padding, as Telegram's push payloads carry it.
fn base64url(bytes: &[u8]) -> String {
    let text = tl_runtime::json::base64::encode(bytes);
    text.trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

/// getJsonValue and getJsonString: a recursive enum with doubles, a unit variant and
/// nested vectors of objects, both ways.
#[test]
fn json_values_both_ways() {
    let json = r#"{"a":[1,2.5,null,true,"s"],"b":{}}"#.to_owned();
    let value = execute(functions::GetJsonValue { json }).ok();
    let JsonValue::Object(object) = &value else {
        panic!("an object: {value:?}")
    };
    assert_eq!(object.members.len(), 2);
    assert_eq!(object.members[0].key, "a");
    let number = |value: f64| JsonValue::Number(types::JsonValueNumber { value });
    let expected = JsonValue::Array(types::JsonValueArray {
        values: vec![
            number(1.0),
            number(2.5),
            JsonValue::Null,
            JsonValue::Boolean(types::JsonValueBoolean { value: true }),
            JsonValue::String(types::JsonValueString {
                value: "s".to_owned(),
            }),
        ]
        .into(),
    });
    assert_eq!(object.members[0].value, expected);
    let text = execute(functions::GetJsonString { json_value: value }).ok();
    let text: serde_json::Value = serde_json::from_str(&types::Text::from(text).text).unwrap();
    assert_eq!(
        text,
        serde_json::json!({"a": [1.0, 2.5, null, true, "s"], "b": {}})
    );
}

/// searchStringsByPrefix: a vector of strings and a Bool in, a vector of int32 out.
#[test]
fn strings_are_searched() {
    let request = functions::SearchStringsByPrefix {
        strings: vec!["abc".to_owned(), "abd".to_owned(), "x".to_owned()].into(),
        query: "ab".to_owned(),
        limit: 5,
        return_none_for_empty_query: true,
    };
    let found = types::FoundPositions::from(execute(request).ok());
    assert_eq!(
        (found.total_count, found.positions.as_slice()),
        (2, &[0, 1][..])
    );
}

/// getFileMimeType, getFileExtension, cleanFileName, getCountryFlagEmoji: strings.
#[test]
fn file_names_and_flags() {
    let text = |answer| types::Text::from(answer).text;
    let mime = execute(functions::GetFileMimeType {
        file_name: "a.png".to_owned(),
    });
    assert_eq!(text(mime.ok()), "image/png");
    let extension = execute(functions::GetFileExtension {
        mime_type: "image/png".to_owned(),
    });
    assert_eq!(text(extension.ok()), "png");
    let clean = execute(functions::CleanFileName {
        file_name: "a/b:c*.txt".to_owned(),
    });
    assert_eq!(text(clean.ok()), "b c.txt");
    let flag = execute(functions::GetCountryFlagEmoji {
        country_code: "DE".to_owned(),
    });
    assert_eq!(text(flag.ok()), "\u{1f1e9}\u{1f1ea}");
}

/// searchQuote: two formattedText objects and an int32.
#[test]
fn a_quote_is_found() {
    let request = functions::SearchQuote {
        text: plain("hello world"),
        quote: plain("world"),
        quote_position: 0,
    };
    assert_eq!(
        types::FoundPosition::from(execute(request).ok()).position,
        6
    );
}

/// getChatFolderDefaultIconName: a chatFolder built from `Default` (its `icon` "may be
/// null": sent as `null`), with vectors of int53.
#[test]
fn a_folder_gets_its_icon() {
    let folder = |bots: bool, chats: Vec<i64>| types::ChatFolder {
        name: types::ChatFolderName {
            text: plain("Folder"),
            ..Default::default()
        },
        include_bots: bots,
        included_chat_ids: chats.into(),
        ..Default::default()
    };
    let icon = |folder| {
        let request = functions::GetChatFolderDefaultIconName { folder };
        let exchange = execute(request);
        assert!(
            exchange.sent.contains(r#""icon":null"#),
            "{}",
            exchange.sent
        );
        types::ChatFolderIcon::from(exchange.ok()).name
    };
    assert_eq!(icon(folder(true, vec![])), "Bots");
    assert_eq!(
        icon(folder(false, vec![1, 9_007_199_254_740_991])),
        "Custom"
    );
}

/// testReturnError: an answer of type Error is the error.
#[test]
fn an_error_is_returned() {
    let error = types::Error {
        code: 42,
        message: "boom".to_owned(),
    };
    let answer = execute(functions::TestReturnError { error }).error();
    assert_eq!((answer.code, answer.message.as_str()), (42, "boom"));
}
