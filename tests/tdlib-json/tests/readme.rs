//! The README's TDLib example, run against the real TDLib, and the README holding it
//! verbatim (the lines between the markers below).
#![cfg(td_api)]

use serde_json::Value;
use tdlib_json::client;
use tdlib_json::exchange::{assert_agreed, Client};
use tdlib_json::td_api::enums::Message;
use tdlib_json::td_api::functions::SendMessage;
use tdlib_json::td_api::types::{FormattedText, InputMessageText};
use tdlib_json::tdjson::tdjson;
use tl_runtime::json::tdlib::{Answer, Request};

/// What the README's reader has: libtdjson's `td_send` ...
fn td_send(client_id: i32, request: &str) {
    let json: Value = serde_json::from_str(request).expect("JSON");
    assert_agreed(&json);
    tdjson().send(client_id, request);
}

/// ... and a way to wait for the answer carrying an `"@extra"` (`td_receive` in a loop).
fn receive_answer(extra: &str) -> String {
    client::receive_answer(&Value::from(extra))
}

/// The example; the answer it read.
#[rustfmt::skip] // laid out as in the README: ten lines
fn example(client_id: i32, chat_id: i64) -> Result<Answer<Message>, Box<dyn std::error::Error>> {
    // README START
    let text = FormattedText { text: "Hello from Rust".into(), ..Default::default() };
    let content = InputMessageText { text, ..Default::default() }.into();
    let request = Request::with_extra(SendMessage::new(chat_id, content), "send-1");
    td_send(client_id, &serde_json::to_string(&request)?);
    let answer: Answer<Message> = serde_json::from_str(&receive_answer("send-1"))?;
    match &answer.result {
        Ok(message) => println!("sent: {message:?}"),
        Err(error) => println!("not sent: {error}"), // offline: 400, no setTdlibParameters
    }
    // README END
    Ok(answer)
}

/// Offline and before `setTdlibParameters`, TDLib answers the request it parsed with an
/// error code 400 asking for the parameters (a request it could not parse would be
/// answered "Failed to parse JSON object as TDLib request: ...").
#[test]
fn the_readme_example_sends_and_reads() {
    let client = Client::new();
    let answer = example(client.id, 777000).expect("the example runs");
    assert_eq!(
        (answer.extra, answer.client_id),
        (Some(Value::from("send-1")), Some(client.id))
    );
    let error = answer.result.expect_err("no TDLib parameters, no message");
    assert_eq!(error.code, 400);
    assert!(
        error
            .message
            .starts_with("Initialization parameters are needed"),
        "{error}"
    );
}

/// What the example sends: TDLib's JSON of `sendMessage`, nullable objects `null`.
#[test]
fn the_request_is_tdlib_json() {
    let text = FormattedText {
        text: "Hello".into(),
        ..Default::default()
    };
    let content = InputMessageText {
        text,
        ..Default::default()
    }
    .into();
    let request = Request::with_extra(SendMessage::new(7, content), "send-1");
    let expected = r#"{"@type":"sendMessage","chat_id":7,"topic_id":null,"reply_to":null,"options":null,"reply_markup":null,"input_message_content":{"@type":"inputMessageText","text":{"@type":"formattedText","text":"Hello","entities":[]},"link_preview_options":null,"clear_draft":false},"@extra":"send-1"}"#;
    assert_eq!(serde_json::to_string(&request).unwrap(), expected);
    let read: Request<SendMessage> = serde_json::from_str(expected).unwrap();
    assert_eq!(read, request);
}

/// The README shows the example's lines as they are here.
#[test]
fn the_readme_holds_the_example() {
    let source = include_str!("readme.rs");
    let start = source.find("// README START\n").expect("start marker") + 16;
    let end = source.find("    // README END").expect("end marker");
    let example: String = source[start..end]
        .lines()
        .map(|line| format!("{}\n", line.strip_prefix("    ").unwrap_or(line)))
        .collect();
    assert!(example.lines().count() <= 10, "{example}");
    let readme = include_str!("../../../README.md");
    assert!(
        readme.contains(&example),
        "README.md lacks the example:\n{example}"
    );
}
