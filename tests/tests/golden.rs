//! Golden vectors from real clients (see `tests/vectors/README.md`), in both directions.
//!
//! For every line of `vectors/invites.jsonl`:
//! - TL-JSON -> Rust value -> bytes equals the recorded `hex` (and `encoded_len` agrees);
//! - `hex` -> Rust value equals the value from JSON, with nothing left over;
//! - the decoded value prints back to the same TL-JSON.
//!
//! Each TL name maps to the Rust type that carries it *boxed* (as real clients send it):
//! functions to their struct (in TL-JSON through `tl_runtime::json::Boxed`, which writes
//! and checks the `"_"`), constructors to the enum of their type, Bool to `bool`.

use std::fmt::Debug;

use serde::{de::DeserializeOwned, Serialize as SerdeSerialize};
use serde_json::{json, Value};
use tl_api::{enums, functions};
use tl_runtime::json::Boxed;
use tl_runtime::{Decode, DecodeErrorKind, Encode, Identifiable, RpcError};

const VECTORS: &str = include_str!("../vectors/invites.jsonl");

/// One line of the vector file.
struct Vector {
    name: String,
    tl: Value,
    bytes: Vec<u8>,
}

fn vectors() -> Vec<Vector> {
    VECTORS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("vector line is JSON");
            Vector {
                name: v["name"].as_str().expect("name").to_owned(),
                tl: v["tl"].clone(),
                bytes: hex(v["hex"].as_str().expect("hex")),
            }
        })
        .collect()
}

fn hex(text: &str) -> Vec<u8> {
    assert!(text.len().is_multiple_of(2), "odd hex length");
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digit"))
        .collect()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A function: its struct's serde impls are its fields; `Boxed` adds and checks the `"_"`.
fn check_function<T>(vector: &Vector)
where
    T: Encode
        + tl_runtime::DecodeOwned
        + Identifiable
        + SerdeSerialize
        + DeserializeOwned
        + PartialEq
        + Debug,
{
    fn print<T: Identifiable + SerdeSerialize>(value: &T) -> Result<Value, serde_json::Error> {
        serde_json::to_value(Boxed(value))
    }
    let read = |json: &Value| serde_json::from_value::<Boxed<T>>(json.clone()).map(|b| b.0);
    check(vector, read, print::<T>);
    let printed = print(&T::from_bytes(&vector.bytes).unwrap()).unwrap();
    assert_eq!(
        printed["_"], vector.tl["_"],
        "{}: a function prints its `_`",
        vector.name
    );
}

/// A boxed type's enum: `"_"` is part of its serde representation.
fn check_enum<T>(vector: &Vector)
where
    T: Encode + tl_runtime::DecodeOwned + SerdeSerialize + DeserializeOwned + PartialEq + Debug,
{
    let read = |json: &Value| serde_json::from_value::<T>(json.clone());
    check(vector, read, |value: &T| serde_json::to_value(value));
}

/// Runs the three checks for one vector, with `T` the Rust type of its TL name.
fn check<T, R, P>(vector: &Vector, read: R, print: P)
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug,
    R: Fn(&Value) -> Result<T, serde_json::Error>,
    P: Fn(&T) -> Result<Value, serde_json::Error>,
{
    let name = &vector.name;
    let value: T = read(&vector.tl)
        .unwrap_or_else(|e| panic!("{name}: TL-JSON does not map to the Rust type: {e}"));

    let encoded = value
        .to_bytes()
        .unwrap_or_else(|e| panic!("{name}: encode failed: {e}"));
    assert_eq!(
        to_hex(&encoded),
        to_hex(&vector.bytes),
        "{name}: encoded bytes differ"
    );
    assert_eq!(
        value.encoded_len(),
        Ok(vector.bytes.len()),
        "{name}: encoded_len"
    );

    let decoded = T::from_bytes(&vector.bytes).unwrap_or_else(|e| panic!("{name}: decode: {e}"));
    assert_eq!(decoded, value, "{name}: decoded value differs");

    let printed = print(&decoded).expect("value prints as JSON");
    assert_eq!(
        printed, vector.tl,
        "{name}: decoded value prints different TL-JSON"
    );
}

/// A top-level Bool is written `{"_": "boolTrue"}` / `{"_": "boolFalse"}`.
fn check_bool(vector: &Vector) {
    let value = match vector.tl["_"].as_str() {
        Some("boolTrue") => true,
        Some("boolFalse") => false,
        other => panic!("{}: not a Bool: {other:?}", vector.name),
    };
    assert_eq!(value.to_bytes().unwrap(), vector.bytes, "{}", vector.name);
    assert_eq!(
        bool::from_bytes(&vector.bytes).unwrap(),
        value,
        "{}",
        vector.name
    );
}

/// `rpc_error`: the TL type `RpcError` is `tl_runtime::RpcError` (the bindings generate none),
/// which has no serde impls: its TL-JSON is read and printed here.
fn check_rpc_error(vector: &Vector) {
    let read = |json: &Value| {
        #[derive(serde::Deserialize)]
        struct Wire {
            error_code: i32,
            error_message: String,
        }
        let wire: Wire = serde_json::from_value(json.clone())?;
        Ok(RpcError::new(wire.error_code, wire.error_message))
    };
    let print = |error: &RpcError| {
        let json = json!({"_": "rpc_error", "error_code": error.code, "error_message": error.raw});
        Ok(json)
    };
    check(vector, read, print);
}

/// Dispatches on the TL name. Panics on a name without a mapping, so a new vector
/// cannot be skipped silently.
fn run(vector: &Vector) {
    use functions::messages as f;
    let tl_name = vector.tl["_"].as_str().expect("object has a `_`");
    match tl_name {
        "messages.exportChatInvite" => check_function::<f::ExportChatInvite>(vector),
        "messages.editExportedChatInvite" => check_function::<f::EditExportedChatInvite>(vector),
        "messages.getExportedChatInvites" => check_function::<f::GetExportedChatInvites>(vector),
        "messages.getExportedChatInvite" => check_function::<f::GetExportedChatInvite>(vector),
        "messages.deleteExportedChatInvite" => {
            check_function::<f::DeleteExportedChatInvite>(vector)
        }
        "messages.deleteRevokedExportedChatInvites" => {
            check_function::<f::DeleteRevokedExportedChatInvites>(vector)
        }
        "messages.getAdminsWithInvites" => check_function::<f::GetAdminsWithInvites>(vector),
        "messages.getChatInviteImporters" => check_function::<f::GetChatInviteImporters>(vector),
        "messages.checkChatInvite" => check_function::<f::CheckChatInvite>(vector),
        "messages.importChatInvite" => check_function::<f::ImportChatInvite>(vector),
        "messages.hideChatJoinRequest" => check_function::<f::HideChatJoinRequest>(vector),
        "messages.hideAllChatJoinRequests" => check_function::<f::HideAllChatJoinRequests>(vector),
        "chatInviteExported" | "chatInvitePublicJoinRequests" => {
            check_enum::<enums::ExportedChatInvite>(vector)
        }
        "messages.exportedChatInvite" | "messages.exportedChatInviteReplaced" => {
            check_enum::<enums::messages::ExportedChatInvite>(vector)
        }
        "messages.exportedChatInvites" => {
            check_enum::<enums::messages::ExportedChatInvites>(vector)
        }
        "messages.chatAdminsWithInvites" => {
            check_enum::<enums::messages::ChatAdminsWithInvites>(vector)
        }
        "messages.chatInviteImporters" => {
            check_enum::<enums::messages::ChatInviteImporters>(vector)
        }
        "rpc_error" => check_rpc_error(vector),
        "boolTrue" | "boolFalse" => check_bool(vector),
        other => panic!("{}: no Rust type mapped for `{other}`", vector.name),
    }
}

#[test]
fn every_vector_round_trips_byte_exact() {
    let all = vectors();
    assert_eq!(all.len(), 40, "the vector file has 40 lines");
    for vector in &all {
        run(vector);
    }
}

#[test]
fn seed_examples_are_present_by_name() {
    let all = vectors();
    for seed in [
        "messages.exportChatInvite/seed",
        "messages.editExportedChatInvite/seed",
        "messages.getExportedChatInvites/seed",
    ] {
        let vector = all.iter().find(|v| v.name == seed);
        let vector = vector.unwrap_or_else(|| panic!("seed vector {seed} missing"));
        run(vector);
    }
}

/// The seed of `messages.editExportedChatInvite` carries `request_needed = Some(false)`:
/// the bit is set and boolFalse is written.
#[test]
fn seed_edit_has_some_false_bool() {
    let all = vectors();
    let seed = all
        .iter()
        .find(|v| v.name == "messages.editExportedChatInvite/seed")
        .unwrap();
    let Boxed(value): Boxed<functions::messages::EditExportedChatInvite> =
        serde_json::from_value(seed.tl.clone()).unwrap();
    assert_eq!(value.request_needed, Some(false));
    let boolfalse = [0x37, 0x97, 0x79, 0xbc];
    assert!(seed.bytes.windows(4).any(|w| w == boolfalse));
    assert_eq!(value.to_bytes().unwrap(), seed.bytes);
}

/// Every proper prefix of every vector fails to decode with a typed error (never a panic,
/// never a value).
#[test]
fn truncated_vectors_are_rejected() {
    let all = vectors();
    let mut checked = 0;
    for vector in all
        .iter()
        .filter(|v| v.tl["_"] == json!("messages.exportChatInvite"))
    {
        for cut in 0..vector.bytes.len() {
            let prefix = &vector.bytes[..cut];
            match functions::messages::ExportChatInvite::from_bytes(prefix) {
                Err(error) if matches!(error.kind(), DecodeErrorKind::UnexpectedEnd { .. }) => {
                    checked += 1
                }
                other => panic!("{} cut at {cut}: {other:?}", vector.name),
            }
        }
    }
    assert!(checked > 100, "checked {checked} prefixes");
}

/// A corrupted constructor id inside a value is reported with the type, the id and the offset.
#[test]
fn corrupted_constructor_id_names_type_id_and_offset() {
    let all = vectors();
    let seed = all
        .iter()
        .find(|v| v.name == "messages.exportChatInvite/seed")
        .unwrap();
    let mut bytes = seed.bytes.clone();
    // Bytes 8..12 hold the InputPeer constructor id (after the method id and the flags).
    bytes[8..12].copy_from_slice(&0xdeadbeef_u32.to_le_bytes());
    let err = functions::messages::ExportChatInvite::from_bytes(&bytes).unwrap_err();
    match err.kind() {
        DecodeErrorKind::UnknownConstructor { ty, id, offset } => {
            assert_eq!((*ty, *id, *offset), ("InputPeer", 0xdeadbeef, 8));
        }
        other => panic!("unexpected error {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "messages.exportChatInvite.peer: expected a constructor of type InputPeer at byte \
         offset 8, found unknown id 0xdeadbeef"
    );
}

/// Extra bytes after a complete value are an error, not silently ignored.
#[test]
fn trailing_bytes_are_rejected() {
    let all = vectors();
    let seed = all
        .iter()
        .find(|v| v.name == "messages.getExportedChatInvites/seed")
        .unwrap();
    let mut bytes = seed.bytes.clone();
    bytes.extend_from_slice(&[0, 0, 0, 0]);
    let err = functions::messages::GetExportedChatInvites::from_bytes(&bytes).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            DecodeErrorKind::TrailingBytes { remaining: 4, .. }
        ),
        "{err:?}"
    );
}
