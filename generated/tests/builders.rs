//! Every rule of the checked invite-link builders, both sides of each bound.

use std::time::{Duration, UNIX_EPOCH};

use tl_api::handwritten::builders::{MAX_MEMBER_LIMIT, MAX_NAME_CHARS};
use tl_api::handwritten::{Change, CreateInviteLink, EditInviteLink, InviteRuleError, UnixTime};
use tl_api::{enums, types};

fn peer() -> enums::InputPeer {
    types::InputPeerChannel {
        channel_id: 1234567890,
        access_hash: -4638371920211275392,
    }
    .into()
}

fn create() -> CreateInviteLink {
    CreateInviteLink::new(peer())
}

fn edit() -> EditInviteLink {
    EditInviteLink::new(peer(), "https://t.me/+AbCdEf")
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
    assert_eq!(expected.prevents(), "INVITE_LINK_NAME_INVALID");
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
        assert_eq!(expected.prevents(), "USAGE_LIMIT_INVALID");
    }
}

#[test]
fn member_limit_and_join_request_do_not_combine() {
    let both = create().member_limit(10).creates_join_request(true).build();
    assert_eq!(both, Err(InviteRuleError::MemberLimitWithJoinRequest));
    let call = create().creates_join_request(true).build().unwrap();
    assert!(call.request_needed);
    assert_eq!(call.usage_limit, None);
    let call = create()
        .member_limit(10)
        .creates_join_request(false)
        .build();
    assert_eq!(call.unwrap().usage_limit, Some(10));

    let both = edit()
        .member_limit(Change::Set(10))
        .creates_join_request(true)
        .build();
    assert_eq!(both, Err(InviteRuleError::MemberLimitWithJoinRequest));
    // Clearing the limit while turning approval on is what the Bot API asks for.
    let call = edit()
        .member_limit(Change::Clear)
        .creates_join_request(true)
        .build()
        .unwrap();
    assert_eq!(
        (call.usage_limit, call.request_needed),
        (Some(0), Some(true))
    );
    let call = edit()
        .member_limit(Change::Set(5))
        .creates_join_request(false)
        .build()
        .unwrap();
    assert_eq!(
        (call.usage_limit, call.request_needed),
        (Some(5), Some(false))
    );
    let error = InviteRuleError::MemberLimitWithJoinRequest;
    assert!(
        error.to_string().contains("can't combine member limit"),
        "{error}"
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
        assert_eq!(expected.prevents(), "EXPIRE_DATE_INVALID");
    }
}

#[test]
fn edit_keeps_sets_and_clears_explicitly() {
    let keep = edit().build().unwrap();
    assert_eq!(keep.link, "https://t.me/+AbCdEf");
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
