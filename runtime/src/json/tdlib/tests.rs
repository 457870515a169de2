//! [`Request`] and [`Answer`] around structs shaped as generated ones (TDLib convention).

use serde_json::json;

use super::*;

/// `testSquareInt x:int32 = TestInt;` as generated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "@type", rename = "testSquareInt")]
struct TestSquareInt {
    x: i32,
}

/// `testInt value:int32 = TestInt;` as generated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "@type", rename = "testInt")]
struct TestInt {
    value: i32,
}

/// `getMe = User;`: a function without parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "@type", rename = "getMe")]
struct GetMe {}

#[test]
fn a_request_is_the_function_then_its_extra() {
    let request = Request::with_extra(TestSquareInt { x: 12 }, 7);
    let text = serde_json::to_string(&request).unwrap();
    assert_eq!(text, r#"{"@type":"testSquareInt","x":12,"@extra":7}"#);
    assert_eq!(
        serde_json::from_str::<Request<TestSquareInt>>(&text).unwrap(),
        request
    );
    let plain = serde_json::to_string(&Request::new(GetMe {})).unwrap();
    assert_eq!(plain, r#"{"@type":"getMe"}"#);
    let extra = Request::with_extra(GetMe {}, json!({"id": [1, "a"]}));
    let text = serde_json::to_string(&extra).unwrap();
    assert_eq!(text, r#"{"@type":"getMe","@extra":{"id":[1,"a"]}}"#);
}

#[test]
fn an_answer_carries_extra_and_client_id() {
    let text = r#"{"@type":"testInt","value":144,"@extra":7,"@client_id":1}"#;
    let answer: Answer<TestInt> = serde_json::from_str(text).unwrap();
    assert_eq!(answer.result, Ok(TestInt { value: 144 }));
    assert_eq!(answer.extra, Some(json!(7)));
    assert_eq!(answer.client_id, Some(1));
    assert_eq!(serde_json::to_string(&answer).unwrap(), text);
    // From td_execute: neither.
    let answer: Answer<TestInt> = serde_json::from_str(r#"{"@type":"testInt","value":1}"#).unwrap();
    assert_eq!((answer.extra, answer.client_id), (None, None));
}

#[test]
fn an_error_answer_is_err() {
    let text = r#"{"@type":"error","code":400,"message":"Can't parse entities","@extra":"a"}"#;
    let answer: Answer<TestInt> = serde_json::from_str(text).unwrap();
    let error = answer.clone().into_result().unwrap_err();
    assert_eq!(
        (error.code, error.message.as_str()),
        (400, "Can't parse entities")
    );
    assert_eq!(error.to_string(), "TDLib error 400: Can't parse entities");
    assert_eq!(answer.extra, Some(json!("a")));
    assert_eq!(serde_json::to_string(&answer).unwrap(), text);
}

#[test]
fn a_bad_answer_names_the_field() {
    let text = r#"{"@type":"testInt","value":"many"}"#;
    let error = serde_json::from_str::<Answer<TestInt>>(text)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("value: invalid type: string \"many\""),
        "{error}"
    );
    let client = r#"{"@type":"testInt","value":1,"@client_id":"x"}"#;
    assert!(serde_json::from_str::<Answer<TestInt>>(client).is_err());
}

#[test]
fn any_answer_reads_as_a_value() {
    let text = r#"{"@type":"updateOption","name":"version","@client_id":2}"#;
    let answer: Answer<Value> = serde_json::from_str(text).unwrap();
    assert_eq!(answer.result.unwrap()["name"], json!("version"));
    assert_eq!((answer.extra, answer.client_id), (None, Some(2)));
}

#[test]
fn a_unit_ignores_what_it_is_given() {
    let mut de = serde_json::Deserializer::from_str(r#"{"@type":"ok","later_field":[1]}"#);
    deserialize_unit(&mut de).unwrap();
    let mut de = serde_json::Deserializer::from_str("{}");
    deserialize_unit(&mut de).unwrap();
}
