//! TL-JSON under the crate's `json` feature: a `field_attribute` serde rename shows in the
//! output and is read back; the extern `Peer` writes its own `"_"`.
//! Byte fields are built with `.into()`: `Bytes` here, as `bytes(..)` asks.
#![cfg(feature = "json")]
#![allow(clippy::useless_conversion)]

use build_config::chats::{enums, types};
use build_config::peers;

fn link() -> types::ChatInviteLink {
    types::ChatInviteLink {
        invite_link: "https://t.me/+abc".into(),
        name: "team".into(),
        creator: peers::types::PeerUser { user_id: 7 }.into(),
        expire_date: 1_700_000_000,
        is_primary: true,
    }
}

#[test]
fn field_attribute_renames_the_json_field() {
    let json = serde_json::to_value(link()).unwrap();
    assert_eq!(json["link"], "https://t.me/+abc");
    assert!(json.get("invite_link").is_none(), "{json}");
    assert_eq!(json["creator"]["_"], "peerUser");
    let back: types::ChatInviteLink = serde_json::from_value(json).unwrap();
    assert_eq!(back, link());
}

#[test]
fn the_boxed_form_and_the_registry_use_the_rename() {
    let text = serde_json::to_string(&enums::ChatInviteLink::from(link())).unwrap();
    assert!(
        text.starts_with(r#"{"_":"chatInviteLink","link":"https://t.me/+abc","#),
        "{text}"
    );
    let bytes = build_config::chats::registry::encode_json(&text).unwrap();
    let again = build_config::chats::registry::decode_json(&bytes).unwrap();
    assert_eq!(again, text);
}

#[test]
fn bytes_fields_are_hex() {
    let photo = types::ChatPhoto {
        id: 1,
        small: b"\x01\xff".to_vec().into(),
        sizes: vec![b"\x02".to_vec().into()],
    };
    let json = serde_json::to_value(&photo).unwrap();
    assert_eq!(json["small"], "01ff");
    assert_eq!(json["sizes"][0], "02");
    assert_eq!(
        serde_json::from_value::<types::ChatPhoto>(json).unwrap(),
        photo
    );
}
