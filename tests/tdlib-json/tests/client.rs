//! TDLib instances (`td_create_client_id`) asked with `td_send` and answered through
//! `td_receive`: the offline `test*` methods, each answer matched to its request by
//! `"@extra"` and carrying the instance's `"@client_id"`, read into the generated types
//! and checked by value (and by `Client::call`, as in `execute.rs`).
#![cfg(td_api)]

use tdlib_json::client::updates;
use tdlib_json::exchange::Client;
use tdlib_json::td_api::{enums, functions, types};
use tl_runtime::json::tdlib::Answer;

/// testCallEmpty, testCallString, testSquareInt: the simplest answers.
#[test]
fn empty_string_and_number() {
    let client = Client::new();
    assert_eq!(client.call(functions::TestCallEmpty {}).ok(), enums::Ok::Ok);
    let x = "héllo, мир \u{1f980} \"quoted\"\n".to_owned();
    let answer = client.call(functions::TestCallString { x: x.clone() }).ok();
    assert_eq!(types::TestString::from(answer).value, x);
    let square = client.call(functions::TestSquareInt { x: -12 }).ok();
    assert_eq!(types::TestInt::from(square).value, 144);
}

/// testCallBytes: every byte value, as base64 both ways.
#[test]
fn bytes_are_base64() {
    let client = Client::new();
    let x: Vec<u8> = (0..=255).collect();
    let exchange = client.call(functions::TestCallBytes { x: x.clone() });
    let base64 = tl_runtime::json::base64::encode(&x);
    assert!(exchange.sent.contains(&base64), "{}", exchange.sent);
    assert!(exchange.received.contains(&base64), "{}", exchange.received);
    assert_eq!(types::TestBytes::from(exchange.ok()).value, x);
    let empty = client.call(functions::TestCallBytes { x: Vec::new() }).ok();
    assert_eq!(types::TestBytes::from(empty).value, b"");
}

/// testCallVectorInt, testCallVectorString and their object forms: vectors of numbers,
/// strings and objects.
#[test]
fn vectors_of_values_and_objects() {
    let client = Client::new();
    let numbers = vec![1, -2, i32::MAX, i32::MIN];
    let x = numbers.clone().into();
    let answer = client.call(functions::TestCallVectorInt { x }).ok();
    assert_eq!(*types::TestVectorInt::from(answer).value, numbers);
    let objects: Vec<types::TestInt> = numbers
        .iter()
        .map(|&value| types::TestInt { value })
        .collect();
    let x = objects.clone().into();
    let answer = client.call(functions::TestCallVectorIntObject { x }).ok();
    assert_eq!(*types::TestVectorIntObject::from(answer).value, objects);
    let strings = vec![String::new(), "b".to_owned(), "\u{1f980}".to_owned()];
    let x = strings.clone().into();
    let answer = client.call(functions::TestCallVectorString { x }).ok();
    assert_eq!(*types::TestVectorString::from(answer).value, strings);
    let objects: Vec<types::TestString> = strings
        .into_iter()
        .map(|value| types::TestString { value })
        .collect();
    let x = objects.clone().into();
    let answer = client
        .call(functions::TestCallVectorStringObject { x })
        .ok();
    assert_eq!(*types::TestVectorStringObject::from(answer).value, objects);
    let empty = client
        .call(functions::TestCallVectorIntObject {
            x: Vec::new().into(),
        })
        .ok();
    assert!(types::TestVectorIntObject::from(empty).value.is_empty());
}

/// testReturnError through a client; getOption("version") and getMarkdownText, which
/// need no `setTdlibParameters`.
#[test]
fn errors_and_options_through_a_client() {
    let client = Client::new();
    let error = types::Error {
        code: 500,
        message: "made up".to_owned(),
    };
    let answer = client.call(functions::TestReturnError { error }).error();
    assert_eq!((answer.code, answer.message.as_str()), (500, "made up"));
    let version = client
        .call(functions::GetOption {
            name: "version".to_owned(),
        })
        .ok();
    let enums::OptionValue::String(version) = version else {
        panic!("a string option: {version:?}")
    };
    assert_eq!(version.value, "1.8.69");
    // A method TDLib can also run synchronously answers through a client too.
    let markdown = functions::GetMarkdownText {
        text: types::FormattedText::default(),
    };
    let empty = client.call(markdown).ok();
    assert_eq!(
        types::FormattedText::from(empty),
        types::FormattedText::default()
    );
}

/// Updates (no `"@extra"`): a new instance announces its options; `close` closes it
/// (`authorizationStateClosed`, which `Client::close` waits for).
#[test]
fn updates_and_close() {
    let mut client = Client::new();
    assert_eq!(client.close().ok(), enums::Ok::Ok);
    let options: Vec<Answer<serde_json::Value>> = updates()
        .iter()
        .map(|text| serde_json::from_str(text).expect("an update"))
        .filter(|update: &Answer<serde_json::Value>| update.client_id == Some(client.id))
        .collect();
    let version = options.iter().find_map(|update| {
        let object = update.result.as_ref().ok()?;
        (object["@type"] == "updateOption" && object["name"] == "version").then_some(object)
    });
    let version = version.expect("updateOption for version");
    assert_eq!(version["value"]["@type"], "optionValueString");
    assert_eq!(version["value"]["value"], "1.8.69");
    assert!(options.iter().all(|update| update.extra.is_none()));
}
