//! Bot API chat ids ⇄ MTProto peers, both directions with every range boundary, and the
//! `ChatInviteLink` view of a `chatInviteExported`.

mod support;

use support::vector;
use tl_api::bot_api::{
    ChatIdError, ChatInviteLink, PeerId, PeerKind, MAX_CHANNEL_ID, MAX_CHAT_ID, MAX_USER_ID,
};
use tl_api::tl_runtime::Decode;
use tl_api::{enums, types};

use PeerKind::{Channel, Chat, User};

/// (Bot API chat id, kind, MTProto id): every boundary of every range, and common values.
const TABLE: [(i64, PeerKind, i64); 12] = [
    (1, User, 1),
    (777_000, User, 777_000),
    (1_099_511_627_775, User, 1_099_511_627_775), // 0xffffffffff
    (-1, Chat, 1),
    (-987_654_321, Chat, 987_654_321),
    (-999_999_999_999, Chat, 999_999_999_999),
    (-1_000_000_000_001, Channel, 1),
    (-1_001_234_567_890, Channel, 1_234_567_890),
    (-1_002_147_483_647, Channel, 2_147_483_647),
    (-1_002_147_483_648, Channel, 2_147_483_648),
    (-1_500_000_000_000, Channel, 500_000_000_000),
    (-1_997_852_516_352, Channel, 997_852_516_352),
];

#[test]
fn bot_api_ids_convert_both_ways() {
    assert_eq!(
        (MAX_USER_ID, MAX_CHAT_ID, MAX_CHANNEL_ID),
        (0xff_ffff_ffff, 999_999_999_999, 997_852_516_352)
    );
    for (chat_id, kind, id) in TABLE {
        let peer = PeerId { kind, id };
        assert_eq!(PeerId::from_bot_api(chat_id), Ok(peer), "{chat_id}");
        assert_eq!(peer.to_bot_api(), Ok(chat_id), "{peer:?}");
        assert_eq!(PeerId::new(kind, id), Ok(peer));
    }
}

#[test]
fn ids_outside_every_range_are_typed_errors() {
    let not_a_peer = [
        0,
        1_099_511_627_776, // past the last user id
        i64::MAX,
        -1_000_000_000_000, // between basic groups and channels: channel id 0
        -1_997_852_516_353, // past the last channel: a secret chat
        -2_002_147_483_648, // a secret chat
        -2_002_147_483_649, // a monoforum
        -4_000_000_000_000, // the lowest monoforum
        -4_000_000_000_001,
        i64::MIN,
    ];
    for chat_id in not_a_peer {
        let error = PeerId::from_bot_api(chat_id).unwrap_err();
        assert_eq!(error, ChatIdError::NotAPeer { chat_id });
        assert!(error.to_string().contains(&chat_id.to_string()), "{error}");
    }
    let out_of_range = [
        (User, 0),
        (User, -5),
        (User, MAX_USER_ID + 1),
        (Chat, 0),
        (Chat, MAX_CHAT_ID + 1),
        (Channel, 0),
        (Channel, -1),
        (Channel, MAX_CHANNEL_ID + 1),
        (Channel, i64::MAX),
    ];
    for (kind, id) in out_of_range {
        let expected = ChatIdError::IdOutOfRange { kind, id };
        assert_eq!(PeerId::new(kind, id), Err(expected.clone()));
        assert_eq!(PeerId { kind, id }.to_bot_api(), Err(expected));
    }
}

#[test]
fn input_peers_take_the_callers_access_hash() {
    let hash = -4638371920211275392;
    let channel = PeerId::from_bot_api(-1_001_234_567_890).unwrap();
    let expected: enums::InputPeer = types::InputPeerChannel {
        channel_id: 1_234_567_890,
        access_hash: hash,
    }
    .into();
    assert_eq!(channel.input_peer(hash), expected);
    assert_eq!(PeerId::try_from(&expected), Ok(channel));

    let user = PeerId::from_bot_api(777_000).unwrap();
    let expected: enums::InputPeer = types::InputPeerUser {
        user_id: 777_000,
        access_hash: 42,
    }
    .into();
    assert_eq!(user.input_peer(42), expected);
    assert_eq!(PeerId::try_from(&expected), Ok(user));

    let group = PeerId::from_bot_api(-987_654_321).unwrap();
    let expected: enums::InputPeer = types::InputPeerChat {
        chat_id: 987_654_321,
    }
    .into();
    assert_eq!(group.input_peer(0), expected);
    assert_eq!(PeerId::try_from(&expected), Ok(group));

    for peer in [enums::InputPeer::Empty, enums::InputPeer::InputPeerSelf] {
        assert_eq!(PeerId::try_from(&peer), Err(ChatIdError::NoPeerId));
    }
    let wrong: enums::InputPeer = types::InputPeerChannel {
        channel_id: 0,
        access_hash: 0,
    }
    .into();
    assert_eq!(
        PeerId::try_from(&wrong),
        Err(ChatIdError::IdOutOfRange {
            kind: Channel,
            id: 0
        })
    );
}

fn decode_invite(name: &str) -> types::ChatInviteExported {
    match enums::ExportedChatInvite::from_bytes(&vector(name)).unwrap() {
        enums::ExportedChatInvite::ChatInviteExported(invite) => invite,
        other => panic!("{other:?}"),
    }
}

#[test]
fn chat_invite_link_reads_every_field() {
    // Vector `chatInviteExported/all_fields`, as real clients encoded it.
    let invite = decode_invite("chatInviteExported/all_fields");
    let expected = ChatInviteLink {
        invite_link: "https://t.me/+AbCdEfGhIjKlMnOp".into(),
        creator_id: 123_456_789,
        creates_join_request: true,
        is_primary: true,
        is_revoked: true,
        name: Some("Everything".into()),
        expire_date: Some(1_800_000_000),
        member_limit: Some(100),
        pending_join_request_count: Some(7),
        subscription_period: Some(2_592_000),
        subscription_price: Some(250),
    };
    assert_eq!(ChatInviteLink::from(&invite), expected);
}

#[test]
fn chat_invite_link_leaves_absent_fields_empty() {
    // Vector `chatInviteExported/minimal`: link, creator and date only.
    let invite = decode_invite("chatInviteExported/minimal");
    let expected = ChatInviteLink {
        invite_link: "https://t.me/+AbCdEfGhIjKlMnOp".into(),
        creator_id: 123_456_789,
        creates_join_request: false,
        is_primary: false,
        is_revoked: false,
        name: None,
        expire_date: None,
        member_limit: None,
        pending_join_request_count: None,
        subscription_period: None,
        subscription_price: None,
    };
    assert_eq!(ChatInviteLink::from(&invite), expected);
    // Vector `chatInviteExported/permanent`: the primary link.
    let primary = ChatInviteLink::from(&decode_invite("chatInviteExported/permanent"));
    assert!(primary.is_primary && !primary.is_revoked);
    assert_eq!(primary.member_limit, None);
}
