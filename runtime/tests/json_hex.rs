//! The TL-JSON helpers (`--features json`): every shape `tl_runtime::json::hex`
//! supports round-trips through serde_json as lowercase hex, `is_false` drops
//! `false` flags, and bad hex is a serde error.

use serde::{Deserialize, Serialize};
use serde_json::json;
use tl_runtime::RawVec;

/// One field of every supported shape, annotated the way generated code does it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Shapes {
    #[serde(with = "tl_runtime::json::hex")]
    bytes: Vec<u8>,
    #[serde(with = "tl_runtime::json::hex")]
    int128: [u8; 16],
    #[serde(with = "tl_runtime::json::hex")]
    int256: [u8; 32],
    #[serde(default, with = "tl_runtime::json::hex")]
    maybe_bytes: Option<Vec<u8>>,
    #[serde(default, with = "tl_runtime::json::hex")]
    maybe_int128: Option<[u8; 16]>,
    #[serde(with = "tl_runtime::json::hex")]
    many_bytes: Vec<Vec<u8>>,
    #[serde(with = "tl_runtime::json::hex")]
    many_int256: Vec<[u8; 32]>,
    #[serde(default, with = "tl_runtime::json::hex")]
    maybe_many: Option<Vec<[u8; 16]>>,
    #[serde(with = "tl_runtime::json::hex")]
    bare_many: RawVec<Vec<u8>>,
    #[serde(default, skip_serializing_if = "tl_runtime::json::is_false")]
    silent: bool,
    plain: RawVec<i32>,
}

fn sample() -> Shapes {
    Shapes {
        bytes: vec![0xde, 0xad, 0x0b],
        int128: std::array::from_fn(|i| i as u8),
        int256: [0xab; 32],
        maybe_bytes: Some(vec![]),
        maybe_int128: None,
        many_bytes: vec![vec![1], vec![0xff, 0]],
        many_int256: vec![[0; 32]],
        maybe_many: Some(vec![[0x10; 16]]),
        bare_many: RawVec(vec![vec![0x7f]]),
        silent: false,
        plain: RawVec(vec![1, -2]),
    }
}

fn sample_json() -> serde_json::Value {
    json!({
        "bytes": "dead0b",
        "int128": "000102030405060708090a0b0c0d0e0f",
        "int256": "ab".repeat(32),
        "maybe_bytes": "",
        "maybe_int128": null,
        "many_bytes": ["01", "ff00"],
        "many_int256": ["00".repeat(32)],
        "maybe_many": ["10".repeat(16)],
        "bare_many": ["7f"],
        "plain": [1, -2],
    })
}

#[test]
fn every_shape_round_trips_as_lowercase_hex() {
    let value = sample();
    assert_eq!(serde_json::to_value(&value).unwrap(), sample_json());
    assert_eq!(
        serde_json::from_value::<Shapes>(sample_json()).unwrap(),
        value
    );
}

#[test]
fn true_flags_are_written_false_flags_are_left_out() {
    let value = Shapes {
        silent: true,
        ..sample()
    };
    let json = serde_json::to_value(&value).unwrap();
    assert_eq!(json["silent"], json!(true));
    assert_eq!(serde_json::from_value::<Shapes>(json).unwrap(), value);
    assert!(tl_runtime::json::is_false(&false));
    assert!(!tl_runtime::json::is_false(&true));
}

#[test]
fn absent_options_default_to_none_and_upper_case_is_accepted() {
    let mut json = sample_json();
    let object = json.as_object_mut().unwrap();
    object.remove("maybe_bytes");
    object.remove("maybe_many");
    object.insert("bytes".into(), json!("DEAD0B"));
    let value = serde_json::from_value::<Shapes>(json).unwrap();
    assert_eq!(value.maybe_bytes, None);
    assert_eq!(value.maybe_many, None);
    assert_eq!(value.bytes, [0xde, 0xad, 0x0b]);
}

/// Replaces one field of the sample and returns the deserialization error message.
fn error_with(field: &str, replacement: serde_json::Value) -> String {
    let mut json = sample_json();
    json[field] = replacement;
    serde_json::from_value::<Shapes>(json)
        .unwrap_err()
        .to_string()
}

#[test]
fn bad_hex_is_a_serde_error() {
    assert_eq!(
        error_with("bytes", json!("abc")),
        "invalid value: string \"abc\", expected a hex string"
    );
    assert_eq!(
        error_with("many_bytes", json!(["0g"])),
        "invalid value: string \"0g\", expected a hex string"
    );
    assert_eq!(
        error_with("int128", json!("00ff")),
        "invalid length 4, expected 32 hex digits (int128)"
    );
    assert_eq!(
        error_with("maybe_many", json!(["00"])),
        "invalid length 2, expected 32 hex digits (int128)"
    );
    assert_eq!(
        error_with("int256", json!(12)),
        "invalid type: integer `12`, expected 64 hex digits (int256)"
    );
}
