//! `borrowed(..)` from a build script: views of the selected calls and their answers, next
//! to `bytes(..)`/`shared_strings(..)` fields (which the views keep) and an extern type.

use build_config::chats::{borrowed, enums, types};
use build_config::peers;
use tl_runtime::bytes::Bytes;
use tl_runtime::{Decode, Encode, IntoOwned, SharedStr};

#[test]
fn views_borrow_plain_text_and_keep_shared_fields() {
    let link = types::ChatInviteLink {
        invite_link: String::from("https://t.me/+abc"),
        name: SharedStr::from("team"),
        creator: peers::types::PeerUser { user_id: 7 }.into(),
        expire_date: 5,
        is_primary: true,
    };
    let links: enums::ChatInviteLinks = types::ChatInviteLinks {
        total_count: 1,
        invite_links: vec![link.into()],
    }
    .into();
    let bytes = Bytes::from(links.to_bytes().unwrap());
    let view = borrowed::enums::ChatInviteLinks::from_bytes(&bytes).unwrap();
    let borrowed::enums::ChatInviteLinks::ChatInviteLinks(page) = &view;
    let borrowed::enums::ChatInviteLink::ChatInviteLink(first) = &page.invite_links[0];
    // `&str` into the input; the `SharedStr` shares the `Bytes` it was read from.
    let invite_link: &str = first.invite_link;
    assert!(bytes.as_ptr_range().contains(&invite_link.as_ptr()));
    assert!(bytes.as_ptr_range().contains(&first.name.as_ptr()));
    assert_eq!(view.to_bytes().unwrap(), bytes);
    assert_eq!(view.into_owned(), links);
}

#[test]
fn a_struct_whose_text_is_all_shared_has_no_view() {
    // `chatPhoto`'s bytes are all `Bytes`: `Chat`'s view holds the owned `ChatPhoto`.
    let chat = borrowed::types::Chat {
        flags: 0,
        id: 1,
        title: "news",
        photo: Some(
            types::ChatPhoto {
                id: 2,
                small: Bytes::from_static(b"s"),
                sizes: vec![],
            }
            .into(),
        ),
        members: vec![],
        tags: vec![SharedStr::from("a")],
        thumb: None,
    };
    let bytes = chat.to_bytes().unwrap();
    let back = borrowed::types::Chat::from_bytes(&bytes).unwrap();
    assert_eq!(back, chat);
    assert_eq!(back.into_owned().title, "news");
}
