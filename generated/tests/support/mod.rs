//! Golden bytes for the builder tests: hex written by hand from the schema, and the vectors of
//! `tests/vectors/invites.jsonl` (bytes real clients produced; provenance in that directory's
//! README).

#![allow(dead_code)]

use tl_api::tl_runtime::Encode;
use tl_api::{enums, types};

/// The vector set, copied from the shared set (`tests/vectors/README.md` says from where).
const VECTORS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/vectors/invites.jsonl"
));

/// The `hex` of the vector line named `name`.
pub fn vector(name: &str) -> Vec<u8> {
    let key = format!("\"name\": \"{name}\"");
    let line = VECTORS
        .lines()
        .find(|line| line.contains(&key))
        .unwrap_or_else(|| panic!("no vector {name:?}"));
    let (_, rest) = line.split_once("\"hex\": \"").expect("a hex field");
    let (hex, _) = rest.split_once('"').expect("a closed hex string");
    unhex(&[hex])
}

/// The bytes of hex pieces written one field at a time.
pub fn unhex(pieces: &[&str]) -> Vec<u8> {
    let hex: String = pieces.concat().split_whitespace().collect();
    assert!(hex.len().is_multiple_of(2), "odd hex {hex:?}");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits"))
        .collect()
}

/// Asserts that `call` encodes to `expected`, showing both as hex when not.
pub fn assert_bytes<T: Encode>(call: &T, expected: &[u8]) {
    let bytes = call.to_bytes().expect("encodes");
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    assert_eq!(hex(&bytes), hex(expected));
}

/// `inputPeerChannel` 1234567890 with the vectors' access hash.
pub fn channel() -> enums::InputPeer {
    types::InputPeerChannel {
        channel_id: 1234567890,
        access_hash: -4638371920211275392,
    }
    .into()
}

/// `inputPeerChat` 987654321.
pub fn chat() -> enums::InputPeer {
    types::InputPeerChat { chat_id: 987654321 }.into()
}

/// `inputUser` 123456789 with the vectors' access hash.
pub fn user() -> enums::InputUser {
    types::InputUser {
        user_id: 123456789,
        access_hash: -3141592653589793238,
    }
    .into()
}

/// The link every edit acts on (the vectors' link).
pub const LINK: &str = "https://t.me/+AbCdEfGhIjKlMnOp";

// The wire pieces, little-endian, as the schema lays them out.

/// `inputPeerChannel#27bcbbfc channel_id:long access_hash:long`.
pub const CHANNEL: &str = "fcbbbc27 d202964900000000 8011a94f5031a1bf";
/// `inputPeerChat#35a95cb9 chat_id:long`.
pub const CHAT: &str = "b95ca935 b168de3a00000000";
/// `inputUser#f21158c6 user_id:long access_hash:long`.
pub const USER: &str = "c65811f2 15cd5b0700000000 2ab6cd5d20d266d4";
/// [`LINK`] as a TL string: length 0x1e, the 30 bytes, 1 byte of padding.
pub const LINK_HEX: &str = "1e 68747470733a2f2f742e6d652f2b4162436445664768496a4b6c4d6e4f70 00";
/// `boolTrue#997275b5`, `boolFalse#bc799737`.
pub const BOOL_TRUE: &str = "b5757299";
pub const BOOL_FALSE: &str = "379779bc";
/// Constructor ids.
pub const EXPORT_CHAT_INVITE: &str = "90de55a4";
pub const EDIT_EXPORTED_CHAT_INVITE: &str = "752fcabd";
pub const HIDE_CHAT_JOIN_REQUEST: &str = "15e8e77f";
pub const STARS_SUBSCRIPTION_PRICING: &str = "586d4105";
