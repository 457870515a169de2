//! Every rule of the create and edit builders, both sides of each bound, and the bytes each
//! one's call encodes to, against hex written from the schema or real clients' vectors.

mod support;

use std::time::{Duration, UNIX_EPOCH};

use support::*;
use tl_api::invite_builders::{
    Change, CreateInviteLink, EditInviteLink, InviteRuleError, PreventedError, UnixTime,
    MAX_MEMBER_LIMIT, MAX_NAME_CHARS,
};

fn peer() -> tl_api::enums::InputPeer {
    channel()
}

fn create() -> CreateInviteLink {
    CreateInviteLink::new(peer())
}

fn edit() -> EditInviteLink {
    EditInviteLink::new(peer(), LINK)
}

#[test]
fn name_is_0_to_32_characters() {
    for chars in [0, 1, MAX_NAME_CHARS] {
        let name = "é".repeat(chars);
        let call = create().name(name.clone()).build().unwrap();
        assert_eq!(call.title.as_deref(), Some(name.as_str()));
        let call = edit().name(Change::Set(name.clone())).build().unwrap();
        assert_eq!(call.title, Some(name));
    }
    let long = "é".repeat(MAX_NAME_CHARS + 1);
    let expected = InviteRuleError::NameTooLong { chars: 33 };
    assert_eq!(create().name(long.clone()).build(), Err(expected.clone()));
    assert_eq!(
        edit().name(Change::Set(long)).build(),
        Err(expected.clone())
    );
    assert_eq!(
        expected.prevents(),
        Some(PreventedError::InviteLinkNameInvalid)
    );
}

#[test]
fn member_limit_is_1_to_99999() {
    for limit in [1, 2, MAX_MEMBER_LIMIT] {
        let call = create().member_limit(limit).build().unwrap();
        assert_eq!(call.usage_limit, Some(limit as i32));
        let call = edit().member_limit(Change::Set(limit)).build().unwrap();
        assert_eq!(call.usage_limit, Some(limit as i32));
    }
    for limit in [0, MAX_MEMBER_LIMIT + 1, u32::MAX] {
        let expected = InviteRuleError::MemberLimitOutOfRange { limit };
        assert_eq!(create().member_limit(limit).build(), Err(expected.clone()));
        let edited = edit().member_limit(Change::Set(limit)).build();
        assert_eq!(edited, Err(expected.clone()));
        assert_eq!(expected.prevents(), Some(PreventedError::UsageLimitInvalid));
    }
}

#[test]
fn create_refuses_a_member_limit_with_join_requests() {
    // Bot API createChatInviteLink: with creates_join_request true, no member_limit.
    let both = create().member_limit(10).creates_join_request(true).build();
    assert_eq!(both, Err(InviteRuleError::MemberLimitWithJoinRequest));
    let call = create().creates_join_request(true).build().unwrap();
    assert_eq!((call.request_needed, call.usage_limit), (true, None));
    let call = create()
        .member_limit(10)
        .creates_join_request(false)
        .build();
    assert_eq!(call.unwrap().usage_limit, Some(10));
    // An out-of-range limit is reported as such, whatever the approval.
    let wrong = create().member_limit(0).creates_join_request(true).build();
    assert_eq!(
        wrong,
        Err(InviteRuleError::MemberLimitOutOfRange { limit: 0 })
    );
    let error = InviteRuleError::MemberLimitWithJoinRequest;
    assert_eq!(error.prevents(), None);
    assert!(
        error.to_string().contains("can't combine member limit"),
        "{error}"
    );
}

#[test]
fn switching_an_edit_to_join_requests_omits_the_member_limit() {
    // Bot API editChatInviteLink: with creates_join_request true, no member_limit; a link
    // switched to join requests is sent without one and the server clears any limit it had.
    let switch = edit().creates_join_request(true).build().unwrap();
    assert_eq!(
        (switch.usage_limit, switch.request_needed),
        (None, Some(true))
    );
    // Asking to clear the limit as well gives the same call: the server clears it anyway,
    // and sending `usage_limit` would be specifying it.
    let clear = edit()
        .member_limit(Change::Clear)
        .creates_join_request(true)
        .build()
        .unwrap();
    assert_eq!(clear, switch);
    // A limit together with the switch is refused before sending.
    let both = edit()
        .member_limit(Change::Set(10))
        .creates_join_request(true)
        .build();
    assert_eq!(both, Err(InviteRuleError::MemberLimitWithJoinRequest));
    // Turning approval off leaves the limit free to set or clear.
    let call = edit()
        .member_limit(Change::Set(5))
        .creates_join_request(false)
        .build()
        .unwrap();
    assert_eq!(
        (call.usage_limit, call.request_needed),
        (Some(5), Some(false))
    );
    let call = edit()
        .member_limit(Change::Clear)
        .creates_join_request(false)
        .build()
        .unwrap();
    assert_eq!(
        (call.usage_limit, call.request_needed),
        (Some(0), Some(false))
    );
}

#[test]
fn expire_date_fits_the_32_bit_field() {
    let max = i32::MAX;
    let accepted: [(UnixTime, i32); 5] = [
        (1_i64.into(), 1),
        (1_700_000_000_u32.into(), 1_700_000_000),
        (i64::from(max).into(), max),
        ((max as u32).into(), max),
        (
            (UNIX_EPOCH + Duration::from_millis(1_700_000_000_999)).into(),
            1_700_000_000,
        ),
    ];
    for (at, seconds) in accepted {
        assert_eq!(
            create().expire_date(at).build().unwrap().expire_date,
            Some(seconds)
        );
        let call = edit().expire_date(Change::Set(at)).build().unwrap();
        assert_eq!(call.expire_date, Some(seconds));
    }
    let rejected: [(UnixTime, i64); 6] = [
        (0_i64.into(), 0),
        ((-1_i32).into(), -1),
        ((max as u32 + 1).into(), i64::from(max) + 1),
        (u32::MAX.into(), i64::from(u32::MAX)),
        (i64::MAX.into(), i64::MAX),
        ((UNIX_EPOCH - Duration::from_millis(1500)).into(), -2),
    ];
    for (at, seconds) in rejected {
        let expected = InviteRuleError::ExpireDateOutOfRange { seconds };
        assert_eq!(create().expire_date(at).build(), Err(expected.clone()));
        assert_eq!(
            edit().expire_date(Change::Set(at)).build(),
            Err(expected.clone())
        );
        assert_eq!(expected.prevents(), Some(PreventedError::ExpireDateInvalid));
    }
}

#[test]
fn an_expiry_in_milliseconds_is_refused() {
    // 2023-11-14 22:13:20 UTC, mistakenly in milliseconds (as JavaScript's Date.now() gives).
    let millis: i64 = 1_700_000_000_000;
    let expected = InviteRuleError::ExpireDateOutOfRange { seconds: millis };
    assert_eq!(create().expire_date(millis).build(), Err(expected.clone()));
    assert_eq!(
        edit().expire_date(Change::Set(millis.into())).build(),
        Err(expected)
    );
}

#[test]
fn edit_keeps_sets_and_clears_explicitly() {
    let keep = edit().build().unwrap();
    assert_eq!(keep.link, LINK);
    assert_eq!(
        (
            keep.title,
            keep.expire_date,
            keep.usage_limit,
            keep.request_needed,
            keep.revoked
        ),
        (None, None, None, None, false)
    );
    let clear = edit()
        .name(Change::Clear)
        .expire_date(Change::Clear)
        .member_limit(Change::Clear)
        .build()
        .unwrap();
    assert_eq!(
        (clear.title.as_deref(), clear.expire_date, clear.usage_limit),
        (Some(""), Some(0), Some(0))
    );
    let set = edit()
        .name(Change::Set("Summer".into()))
        .expire_date(Change::Set(1_800_000_000_i64.into()))
        .member_limit(Change::Set(100))
        .build()
        .unwrap();
    assert_eq!(
        (set.title.as_deref(), set.expire_date, set.usage_limit),
        (Some("Summer"), Some(1_800_000_000), Some(100))
    );
    let revoke = edit().revoke().build().unwrap();
    assert!(revoke.revoked);
}

#[test]
fn create_defaults_send_nothing_optional() {
    let call = create().build().unwrap();
    assert_eq!(
        call,
        tl_api::functions::messages::ExportChatInvite::new(peer())
    );
}

// Golden bytes: each call as the schema lays it out on the wire (constructor id, the flags
// word, then the fields in schema order, little-endian), or as real clients encoded the same
// value (`tests/vectors/invites.jsonl`, named by its `name`).

#[test]
fn create_bytes() {
    // Vector `messages.exportChatInvite/peer_only_channel`: flags 0, the peer.
    let call = create().build().unwrap();
    assert_bytes(
        &call,
        &vector("messages.exportChatInvite/peer_only_channel"),
    );

    // Vector `messages.exportChatInvite/peer=inputPeerChannel`: request_needed (bit 3) and
    // title (bit 4).
    let call = create()
        .creates_join_request(true)
        .name("Join requests")
        .build()
        .unwrap();
    assert_bytes(
        &call,
        &vector("messages.exportChatInvite/peer=inputPeerChannel"),
    );

    // Vector `messages.exportChatInvite/peer=inputPeerChat`: usage_limit (bit 1) = 10.
    let call = CreateInviteLink::new(chat())
        .member_limit(10)
        .build()
        .unwrap();
    assert_bytes(
        &call,
        &vector("messages.exportChatInvite/peer=inputPeerChat"),
    );

    // By hand: exportChatInvite#a455de90 flags:# (expire_date = bit 0, usage_limit = bit 1,
    // title = bit 4: 0x13) peer expire_date:int usage_limit:int title:string.
    let call = create()
        .name("Summer")
        .expire_date(1_800_000_000_i64)
        .member_limit(100)
        .build()
        .unwrap();
    let expected = unhex(&[
        EXPORT_CHAT_INVITE,
        "13000000",           // flags
        CHANNEL,              // peer
        "00d2496b",           // expire_date 1_800_000_000
        "64000000",           // usage_limit 100
        "06 53756d6d6572 00", // title "Summer": length 6, bytes, 1 byte of padding
    ]);
    assert_bytes(&call, &expected);
}

#[test]
fn edit_bytes() {
    // Vector `messages.editExportedChatInvite/link_only`: nothing changed, flags 0.
    let keep = edit().build().unwrap();
    assert_bytes(&keep, &vector("messages.editExportedChatInvite/link_only"));

    // Vector `messages.editExportedChatInvite/request_needed_true`: the switch to join
    // requests is request_needed (bit 3) = boolTrue and no usage_limit, with the limit kept
    // or asked cleared alike.
    let golden = vector("messages.editExportedChatInvite/request_needed_true");
    assert_bytes(&edit().creates_join_request(true).build().unwrap(), &golden);
    let clear = edit()
        .member_limit(Change::Clear)
        .creates_join_request(true)
        .build()
        .unwrap();
    assert_bytes(&clear, &golden);

    // Vector `messages.editExportedChatInvite/seed`: revoked, expiry and limit 43,
    // request_needed boolFalse, a title: every flag bit 0-4 (0x1f).
    let seed = EditInviteLink::new(peer(), "some string here")
        .revoke()
        .expire_date(Change::Set(43_i64.into()))
        .member_limit(Change::Set(43))
        .creates_join_request(false)
        .name(Change::Set("My very normal title".into()))
        .build()
        .unwrap();
    assert_bytes(&seed, &vector("messages.editExportedChatInvite/seed"));

    // By hand: editExportedChatInvite#bdca2f75 flags:# revoked:flags.2?true peer link:string
    // expire_date:flags.0?int usage_limit:flags.1?int request_needed:flags.3?Bool
    // title:flags.4?string. Clearing name, expiry and limit: bits 0, 1, 4 (0x13), the "none"
    // values 0, 0 and "".
    let clear = edit()
        .name(Change::Clear)
        .expire_date(Change::Clear)
        .member_limit(Change::Clear)
        .build()
        .unwrap();
    let expected = unhex(&[
        EDIT_EXPORTED_CHAT_INVITE,
        "13000000", // flags
        CHANNEL,    // peer
        LINK_HEX,   // link
        "00000000", // expire_date 0: never
        "00000000", // usage_limit 0: none
        "00000000", // title "": length 0, 3 bytes of padding
    ]);
    assert_bytes(&clear, &expected);

    // By hand: a limit of 5 with approval off: bits 1 and 3 (0x0a).
    let limit = edit()
        .member_limit(Change::Set(5))
        .creates_join_request(false)
        .build()
        .unwrap();
    let expected = unhex(&[
        EDIT_EXPORTED_CHAT_INVITE,
        "0a000000", // flags
        CHANNEL,    // peer
        LINK_HEX,   // link
        "05000000", // usage_limit 5
        BOOL_FALSE, // request_needed
    ]);
    assert_bytes(&limit, &expected);
}

/// A prevented error becomes each method's own error as the server's answer would decode:
/// the variant the method lists, or `Other`; every one is listed by at least one method, so
/// its name is spelled as in the error table.
#[test]
fn prevented_errors_convert_as_the_servers_answer_would() {
    use tl_api::errors::messages::{
        EditExportedChatInviteError as Edit, ExportChatInviteError as Export,
    };
    use tl_api::tl_runtime::RpcError;
    use PreventedError::*;

    let all = [
        InviteLinkNameInvalid,
        UsageLimitInvalid,
        ExpireDateInvalid,
        SubscriptionPeriodInvalid,
        PricingChatInvalid,
    ];
    for prevented in all {
        let rpc = RpcError::from(prevented);
        assert_eq!(rpc, RpcError::new(400, prevented.name()));
        let (export, edit) = (Export::from(prevented), Edit::from(prevented));
        assert_eq!(export, Export::from(rpc.clone()));
        assert_eq!(edit, Edit::from(rpc));
        for (code, name) in [(export.code(), export.name()), (edit.code(), edit.name())] {
            assert_eq!((code, name), (prevented.code(), prevented.name()));
        }
        let listed = !matches!(export, Export::Other(_)) || !matches!(edit, Edit::Other(_));
        assert!(listed, "{prevented:?} is listed for neither method");
    }
    // The name rule is listed for the edit only: the create's answer would be `Other`.
    assert_eq!(
        Edit::from(InviteLinkNameInvalid),
        Edit::InviteLinkNameInvalid
    );
    assert_eq!(
        Export::from(InviteLinkNameInvalid),
        Export::Other(RpcError::new(400, "INVITE_LINK_NAME_INVALID"))
    );
    assert_eq!(Export::from(UsageLimitInvalid), Export::UsageLimitInvalid);
    assert_eq!(Edit::from(ExpireDateInvalid), Edit::ExpireDateInvalid);
}
