//! The customizations of build.rs, used: derives added by `type_attribute`, the extern
//! `Peer` of the other module, and the wire form of everything together.
//!
//! Byte fields are `Bytes` (`bytes(..)`), built with `.into()` and read as slices.
#![allow(clippy::useless_conversion)]

use std::collections::HashSet;

use build_config::chats::{enums, functions, types};
use build_config::peers;
use tl_runtime::{Decode, Encode};

fn link(name: &'static str) -> types::ChatInviteLink {
    types::ChatInviteLink {
        invite_link: "https://t.me/+abc".into(),
        name: name.into(),
        creator: peers::types::PeerUser { user_id: 7 }.into(),
        expire_date: 1_700_000_000,
        is_primary: true,
    }
}

#[test]
fn type_attribute_derives_hash_and_eq_for_a_hash_set() {
    let mut links = HashSet::new();
    assert!(links.insert(link("team")));
    assert!(!links.insert(link("team")), "equal links hash alike");
    assert!(links.insert(link("press")));
    assert_eq!(links.len(), 2);
    // On the boxed type's enum too.
    let boxed: HashSet<enums::ChatInviteLink> = links.into_iter().map(Into::into).collect();
    assert_eq!(boxed.len(), 2);
    // And on every type of the other module (`type_attribute(".", ..)`).
    let peers: HashSet<peers::enums::Peer> = [
        peers::types::PeerUser { user_id: 1 }.into(),
        peers::types::PeerChat { chat_id: 1 }.into(),
        peers::types::PeerUser { user_id: 1 }.into(),
    ]
    .into_iter()
    .collect();
    assert_eq!(peers.len(), 2);
}

#[test]
fn type_attribute_on_a_function_derives_copy() {
    let call = functions::GetChat { chat_id: 5 };
    let copy = call;
    assert_eq!(call, copy, "still usable: `GetChat` is `Copy`");
}

#[test]
fn the_extern_peer_is_the_other_modules_enum() {
    let link = link("team");
    let creator: &peers::enums::Peer = &link.creator;
    assert_eq!(
        creator,
        &peers::enums::Peer::from(peers::types::PeerUser { user_id: 7 })
    );
    let call = functions::GetChatInviteLinks {
        chat_id: 1,
        creator: peers::types::PeerChat { chat_id: 3 }.into(),
        limit: 10,
    };
    let bytes = call.to_bytes().unwrap();
    assert_eq!(
        functions::GetChatInviteLinks::from_bytes(&bytes).unwrap(),
        call
    );
}

#[test]
fn a_chat_with_extern_members_bytes_and_strings_round_trips() {
    let chat = types::Chat {
        flags: 0,
        id: 42,
        title: "Team".into(),
        photo: Some(
            types::ChatPhoto {
                id: 9,
                small: b"tiny".to_vec().into(),
                sizes: vec![b"s".to_vec().into(), b"big".to_vec().into()],
            }
            .into(),
        ),
        members: vec![
            peers::types::PeerUser { user_id: 1 }.into(),
            peers::types::PeerChat { chat_id: 2 }.into(),
        ],
        tags: vec!["a".into(), "b".into()],
        thumb: Some(b"\x00\x01".to_vec().into()),
    };
    let boxed = enums::Chat::from(chat.clone());
    let bytes = boxed.to_bytes().unwrap();
    let decoded = enums::Chat::from_bytes(&bytes).unwrap();
    assert_eq!(decoded, boxed);
    let decoded = types::Chat::from(decoded);
    let Some(enums::ChatPhoto::ChatPhoto(photo)) = &decoded.photo else {
        panic!("a photo")
    };
    assert_eq!(&photo.small[..], b"tiny");
    assert_eq!(&photo.sizes[1][..], b"big");
    assert_eq!(&decoded.tags[0][..], "a");
    assert_eq!(decoded.members, chat.members);
}
