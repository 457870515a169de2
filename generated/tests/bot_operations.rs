//! The Bot API operations beyond create and edit: each gives the TL call it stands for (its
//! bytes against hex written from the schema or real clients' vectors), and each documented
//! rule is applied before sending, both sides of each bound.

mod support;

use support::*;
use tl_api::invite_builders::{
    approve_join_request, decline_join_request, reset_primary_link, revoke_link, Change,
    CreateSubscriptionLink, EditSubscriptionLink, InviteRuleError, PreventedError, MAX_NAME_CHARS,
    MAX_SUBSCRIPTION_PRICE, MIN_SUBSCRIPTION_PRICE, SUBSCRIPTION_PERIOD,
};
use tl_api::{enums, types};

#[test]
fn export_chat_invite_link_resets_the_primary_link() {
    let call = reset_primary_link(channel());
    assert!(call.legacy_revoke_permanent);
    assert_eq!(
        (
            call.request_needed,
            call.expire_date,
            call.usage_limit,
            call.title.as_deref()
        ),
        (false, None, None, None)
    );
    // By hand: exportChatInvite#a455de90 flags:# with legacy_revoke_permanent = bit 2 (0x04),
    // then the peer; nothing else.
    assert_bytes(&call, &unhex(&[EXPORT_CHAT_INVITE, "04000000", CHANNEL]));
}

#[test]
fn revoke_chat_invite_link_sets_only_revoked() {
    let call = revoke_link(chat(), LINK);
    assert!(call.revoked);
    assert_eq!(call.link, LINK);
    // Vector `messages.editExportedChatInvite/revoked_only`: flags bit 2, a basic group.
    assert_bytes(
        &call,
        &vector("messages.editExportedChatInvite/revoked_only"),
    );
    // By hand, in a channel: editExportedChatInvite#bdca2f75 flags 0x04, peer, link.
    let call = revoke_link(channel(), LINK);
    assert_bytes(
        &call,
        &unhex(&[EDIT_EXPORTED_CHAT_INVITE, "04000000", CHANNEL, LINK_HEX]),
    );
}

#[test]
fn join_requests_are_approved_or_declined() {
    let approve = approve_join_request(channel(), user());
    let decline = decline_join_request(channel(), user());
    assert!(approve.approved);
    assert!(!decline.approved);
    // Vector `messages.hideChatJoinRequest/approved`: flags bit 0 (approved), peer, user.
    assert_bytes(&approve, &vector("messages.hideChatJoinRequest/approved"));
    // By hand: hideChatJoinRequest#7fe7e815 flags 0 (not approved), peer, user_id:InputUser.
    assert_bytes(
        &decline,
        &unhex(&[HIDE_CHAT_JOIN_REQUEST, "00000000", CHANNEL, USER]),
    );
}

#[test]
fn subscription_period_is_30_days_only() {
    assert_eq!(SUBSCRIPTION_PERIOD, 2_592_000);
    let call = CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, 100)
        .build()
        .unwrap();
    let pricing = types::StarsSubscriptionPricing {
        period: 2_592_000,
        amount: 100,
    };
    assert_eq!(call.subscription_pricing, Some(pricing.into()));
    for seconds in [
        0,
        1,
        SUBSCRIPTION_PERIOD - 1,
        SUBSCRIPTION_PERIOD + 1,
        604_800,
        u32::MAX,
    ] {
        let error = CreateSubscriptionLink::new(channel(), seconds, 100).build();
        let expected = InviteRuleError::SubscriptionPeriodInvalid { seconds };
        assert_eq!(error, Err(expected.clone()), "{seconds}");
        assert_eq!(
            expected.prevents(),
            Some(PreventedError::SubscriptionPeriodInvalid)
        );
    }
}

#[test]
fn subscription_price_is_1_to_10000_stars() {
    assert_eq!(
        (MIN_SUBSCRIPTION_PRICE, MAX_SUBSCRIPTION_PRICE),
        (1, 10_000)
    );
    for stars in [1, 2, 9_999, 10_000] {
        let call = CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, stars)
            .build()
            .unwrap();
        let Some(enums::StarsSubscriptionPricing::StarsSubscriptionPricing(pricing)) =
            call.subscription_pricing
        else {
            panic!("no pricing for {stars}");
        };
        assert_eq!(pricing.amount, i64::from(stars));
    }
    for stars in [0, 10_001, u32::MAX] {
        let error = CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, stars).build();
        let expected = InviteRuleError::SubscriptionPriceOutOfRange { stars };
        assert_eq!(error, Err(expected.clone()), "{stars}");
        assert_eq!(
            expected.prevents(),
            Some(PreventedError::PricingChatInvalid)
        );
        assert!(
            expected.to_string().contains("1 to 10000 Stars"),
            "{expected}"
        );
    }
}

#[test]
fn subscription_names_are_0_to_32_characters() {
    let create = |name: &str| {
        CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, 250)
            .name(name)
            .build()
    };
    let edit = |name: &str| {
        EditSubscriptionLink::new(channel(), LINK)
            .name(Change::Set(name.to_owned()))
            .build()
    };
    for chars in [0, 1, MAX_NAME_CHARS] {
        let name = "ж".repeat(chars);
        assert_eq!(create(&name).unwrap().title.as_deref(), Some(name.as_str()));
        assert_eq!(edit(&name).unwrap().title.as_deref(), Some(name.as_str()));
    }
    let long = "ж".repeat(MAX_NAME_CHARS + 1);
    let expected = InviteRuleError::NameTooLong { chars: 33 };
    assert_eq!(create(&long), Err(expected.clone()));
    assert_eq!(edit(&long), Err(expected));
}

#[test]
fn subscription_create_bytes() {
    // Vector `messages.exportChatInvite/subscription_pricing`: title (bit 4) and
    // subscription_pricing (bit 5), 250 Stars every 2592000 seconds.
    let call = CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, 250)
        .name("Paid club")
        .build()
        .unwrap();
    assert_bytes(
        &call,
        &vector("messages.exportChatInvite/subscription_pricing"),
    );
    // By hand, no name and the highest price: exportChatInvite#a455de90 flags 0x20 (bit 5),
    // peer, starsSubscriptionPricing#05416d58 period:int amount:long.
    let call = CreateSubscriptionLink::new(channel(), SUBSCRIPTION_PERIOD, 10_000)
        .build()
        .unwrap();
    let expected = unhex(&[
        EXPORT_CHAT_INVITE,
        "20000000", // flags
        CHANNEL,    // peer
        STARS_SUBSCRIPTION_PRICING,
        "008d2700",         // period 2592000
        "1027000000000000", // amount 10000
    ]);
    assert_bytes(&call, &expected);
}

#[test]
fn subscription_edit_changes_only_the_name() {
    // Nothing to change: the link alone (vector `messages.editExportedChatInvite/link_only`).
    let keep = EditSubscriptionLink::new(channel(), LINK).build().unwrap();
    assert_bytes(&keep, &vector("messages.editExportedChatInvite/link_only"));
    // By hand: editExportedChatInvite#bdca2f75 flags 0x10 (title), peer, link, title.
    let rename = EditSubscriptionLink::new(channel(), LINK)
        .name(Change::Set("Summer".into()))
        .build()
        .unwrap();
    let expected = unhex(&[
        EDIT_EXPORTED_CHAT_INVITE,
        "10000000",           // flags
        CHANNEL,              // peer
        LINK_HEX,             // link
        "06 53756d6d6572 00", // title "Summer": length 6, bytes, 1 byte of padding
    ]);
    assert_bytes(&rename, &expected);
    let call = rename;
    assert_eq!(
        (
            call.revoked,
            call.expire_date,
            call.usage_limit,
            call.request_needed
        ),
        (false, None, None, None)
    );
    // Clearing the name sends an empty title: flags 0x10, title "" (length 0, 3 bytes pad).
    let clear = EditSubscriptionLink::new(channel(), LINK)
        .name(Change::Clear)
        .build()
        .unwrap();
    let expected = unhex(&[
        EDIT_EXPORTED_CHAT_INVITE,
        "10000000",
        CHANNEL,
        LINK_HEX,
        "00000000",
    ]);
    assert_bytes(&clear, &expected);
}
