//! `bytes(..)` and `shared_strings(..)`: the matching fields are `tl_runtime::bytes::Bytes`
//! and `tl_runtime::SharedStr`, and decode from a `Bytes` buffer.

use build_config::chats::{enums, types};
use build_config::peers;
use tl_runtime::bytes::Bytes;
use tl_runtime::{Decode, Encode, SharedStr};

#[test]
fn matching_fields_have_the_shared_types() {
    let photo = types::ChatPhoto {
        id: 9,
        small: Bytes::from_static(b"tiny"),
        sizes: vec![Bytes::from_static(b"s")],
    };
    let link = types::ChatInviteLink {
        invite_link: String::from("https://t.me/+abc"), // not matched: still `String`
        name: SharedStr::from("team"),
        creator: peers::types::PeerUser { user_id: 7 }.into(),
        expire_date: 0,
        is_primary: false,
    };
    let chat = types::Chat {
        flags: 0,
        id: 1,
        title: String::from("Team"), // not matched
        photo: Some(photo.clone().into()),
        members: Vec::new(),
        tags: vec![SharedStr::from("a")],
        thumb: Some(Bytes::from_static(b"\x00")),
    };
    let bytes = enums::Chat::from(chat.clone()).to_bytes().unwrap();
    let decoded = enums::Chat::from_bytes(&bytes).unwrap();
    assert_eq!(decoded, enums::Chat::from(chat));
    let bytes = enums::ChatInviteLink::from(link.clone())
        .to_bytes()
        .unwrap();
    let enums::ChatInviteLink::ChatInviteLink(decoded) =
        enums::ChatInviteLink::from_bytes(&bytes).unwrap();
    assert_eq!(&*decoded.name, "team");
    assert_eq!(decoded, link);
}
