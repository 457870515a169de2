//! Property tests on generated types: decode(encode(x)) == x and `encoded_len()` equals
//! the number of bytes written, for values with long strings (over 253 bytes), non-ASCII
//! text, `Some(false)` Bools, shared flag bits, and empty and large vectors.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use tl_api::borrowed;
use tl_api::functions::messages as f;
use tl_api::{enums, types};
use tl_runtime::{Decode, Encode, EncodeError, IntoOwned};

/// Text of any length up to `max` chars, mixing ASCII, Cyrillic, CJK and emoji.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex(&format!("[a-zA-Z0-9 ]{{0,{max}}}")).unwrap(),
        proptest::string::string_regex(&format!("[а-яё漢字😀a-z]{{0,{max}}}")).unwrap(),
        // Around the 253/254 boundary of the short length form.
        (250usize..260).prop_map(|n| "x".repeat(n)),
    ]
}

fn input_peer() -> impl Strategy<Value = enums::InputPeer> {
    let leaf = prop_oneof![
        Just(enums::InputPeer::Empty),
        Just(enums::InputPeer::InputPeerSelf),
        any::<i64>().prop_map(|chat_id| types::InputPeerChat { chat_id }.into()),
        (any::<i64>(), any::<i64>()).prop_map(|(channel_id, access_hash)| {
            types::InputPeerChannel {
                channel_id,
                access_hash,
            }
            .into()
        }),
        (any::<i64>(), any::<i64>()).prop_map(|(user_id, access_hash)| types::InputPeerUser {
            user_id,
            access_hash
        }
        .into()),
    ];
    // Recursion: inputPeerUserFromMessage holds another InputPeer.
    leaf.prop_recursive(3, 8, 1, |inner| {
        (inner, any::<i32>(), any::<i64>()).prop_map(|(peer, msg_id, user_id)| {
            types::InputPeerUserFromMessage {
                peer: peer.into(),
                msg_id,
                user_id,
            }
            .into()
        })
    })
}

fn input_user() -> impl Strategy<Value = enums::InputUser> {
    prop_oneof![
        Just(enums::InputUser::Empty),
        Just(enums::InputUser::InputUserSelf),
        (any::<i64>(), any::<i64>()).prop_map(|(user_id, access_hash)| types::InputUser {
            user_id,
            access_hash
        }
        .into()),
    ]
}

fn pricing() -> impl Strategy<Value = enums::StarsSubscriptionPricing> {
    (any::<i32>(), any::<i64>())
        .prop_map(|(period, amount)| types::StarsSubscriptionPricing { period, amount }.into())
}

prop_compose! {
    fn export_chat_invite()(
        legacy_revoke_permanent in any::<bool>(),
        request_needed in any::<bool>(),
        peer in input_peer(),
        expire_date in option::of(any::<i32>()),
        usage_limit in option::of(any::<i32>()),
        title in option::of(text(300)),
        subscription_pricing in option::of(pricing()),
    ) -> f::ExportChatInvite {
        f::ExportChatInvite {
            legacy_revoke_permanent, request_needed, peer, expire_date, usage_limit, title,
            subscription_pricing,
        }
    }
}

prop_compose! {
    fn edit_exported_chat_invite()(
        revoked in any::<bool>(),
        peer in input_peer(),
        link in text(300),
        expire_date in option::of(any::<i32>()),
        usage_limit in option::of(any::<i32>()),
        // Three states: None, Some(true), Some(false).
        request_needed in option::of(any::<bool>()),
        title in option::of(text(40)),
    ) -> f::EditExportedChatInvite {
        f::EditExportedChatInvite { revoked, peer, link, expire_date, usage_limit, request_needed, title }
    }
}

prop_compose! {
    fn get_exported_chat_invites()(
        revoked in any::<bool>(),
        peer in input_peer(),
        admin_id in input_user(),
        // offset_date and offset_link share flags.2: both or neither.
        offset in option::of((any::<i32>(), text(300))),
        limit in any::<i32>(),
    ) -> f::GetExportedChatInvites {
        let (offset_date, offset_link) = match offset {
            Some((date, link)) => (Some(date), Some(link)),
            None => (None, None),
        };
        f::GetExportedChatInvites { revoked, peer, admin_id, offset_date, offset_link, limit }
    }
}

prop_compose! {
    fn chat_invite_exported()(
        bits in any::<[bool; 3]>(),
        link in text(300),
        admin_id in any::<i64>(),
        date in any::<i32>(),
        ints in any::<[Option<i32>; 6]>(),
        title in option::of(text(64)),
        subscription_pricing in option::of(pricing()),
    ) -> types::ChatInviteExported {
        types::ChatInviteExported {
            revoked: bits[0], permanent: bits[1], request_needed: bits[2], link, admin_id, date,
            start_date: ints[0], expire_date: ints[1], usage_limit: ints[2], usage: ints[3],
            requested: ints[4], subscription_expired: ints[5], title, subscription_pricing,
        }
    }
}

fn exported_chat_invite() -> impl Strategy<Value = enums::ExportedChatInvite> {
    prop_oneof![
        Just(enums::ExportedChatInvite::ChatInvitePublicJoinRequests),
        chat_invite_exported().prop_map(Into::into),
    ]
}

/// The borrowed view `V` of `bytes` (the encoding of `value`) is `value` (`into_owned`)
/// and re-encodes to `bytes`; its cut at `cut` (modulo the length) fails as the owned
/// type's does.
fn view_agrees<'a, T, V>(value: &T, bytes: &'a [u8], cut: usize) -> Result<(), TestCaseError>
where
    T: tl_runtime::DecodeOwned + PartialEq + std::fmt::Debug,
    V: Decode<'a> + Encode + IntoOwned<Owned = T>,
{
    let view = V::from_bytes(bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(
        view.to_bytes()
            .map_err(|e| TestCaseError::fail(e.to_string()))?,
        bytes
    );
    prop_assert_eq!(&view.into_owned(), value);
    let cut = &bytes[..cut % bytes.len()];
    let owned = T::from_bytes(cut).map(drop);
    prop_assert!(owned.is_err());
    prop_assert_eq!(V::from_bytes(cut).map(drop), owned);
    Ok(())
}

/// Round trip and length agreement for one value.
fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + std::fmt::Debug,
{
    let bytes = value
        .to_bytes()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value.encoded_len(), Ok(bytes.len()));
    prop_assert_eq!(bytes.len() % 4, 0, "TL values are whole 32-bit words");
    let back = T::from_bytes(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, value);
    Ok(())
}

proptest! {
    #[test]
    fn export_chat_invite_round_trips(value in export_chat_invite()) {
        round_trip(&value)?;
    }

    #[test]
    fn edit_exported_chat_invite_round_trips(value in edit_exported_chat_invite()) {
        round_trip(&value)?;
    }

    #[test]
    fn get_exported_chat_invites_round_trips(value in get_exported_chat_invites()) {
        round_trip(&value)?;
    }

    #[test]
    fn exported_chat_invite_round_trips(value in exported_chat_invite()) {
        round_trip(&value)?;
    }

    #[test]
    fn exported_chat_invites_round_trip(
        count in any::<i32>(),
        // Empty and large vectors.
        invites in prop_oneof![Just(Vec::new()), vec(exported_chat_invite(), 0..200)],
    ) {
        let value: enums::messages::ExportedChatInvites =
            types::messages::ExportedChatInvites { count, invites, users: Vec::new() }.into();
        round_trip(&value)?;
    }

    #[test]
    fn borrowed_views_agree_with_owned_values(
        export in export_chat_invite(),
        edit in edit_exported_chat_invite(),
        get in get_exported_chat_invites(),
        count in any::<i32>(),
        invites in vec(exported_chat_invite(), 0..50),
        cut in any::<usize>(),
    ) {
        use borrowed::functions::messages as vf;
        let bytes = export.to_bytes().unwrap();
        view_agrees::<_, vf::ExportChatInvite>(&export, &bytes, cut)?;
        let bytes = edit.to_bytes().unwrap();
        view_agrees::<_, vf::EditExportedChatInvite>(&edit, &bytes, cut)?;
        let bytes = get.to_bytes().unwrap();
        view_agrees::<_, vf::GetExportedChatInvites>(&get, &bytes, cut)?;
        let page: enums::messages::ExportedChatInvites =
            types::messages::ExportedChatInvites { count, invites, users: Vec::new() }.into();
        let bytes = page.to_bytes().unwrap();
        view_agrees::<_, borrowed::enums::messages::ExportedChatInvites>(&page, &bytes, cut)?;
    }

    /// Arbitrary bytes never panic the decoder of any root type.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..512)) {
        let _ = f::ExportChatInvite::from_bytes(&bytes);
        let _ = enums::ExportedChatInvite::from_bytes(&bytes);
        let _ = enums::messages::ExportedChatInvites::from_bytes(&bytes);
        let _ = enums::Updates::from_bytes(&bytes);
        let _ = enums::User::from_bytes(&bytes);
    }
}

/// `offset_date` and `offset_link` share bit flags.2: setting only one is rejected before a
/// single byte is written.
#[test]
fn shared_bit_half_set_is_rejected_before_writing() {
    let value = f::GetExportedChatInvites {
        revoked: false,
        peer: enums::InputPeer::InputPeerSelf,
        admin_id: enums::InputUser::InputUserSelf,
        offset_date: Some(43),
        offset_link: None,
        limit: 10,
    };
    let mut out = Vec::new();
    let err = value.encode(&mut out).unwrap_err();
    assert!(out.is_empty(), "nothing may be written on error");
    match err {
        EncodeError::FlagGroupMismatch {
            ty,
            flag,
            set,
            unset,
        } => {
            assert_eq!(ty, "messages.getExportedChatInvites");
            assert_eq!(flag, "flags.2");
            assert_eq!((set, unset), ("offset_date", "offset_link"));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(value.to_bytes().is_err());
}

/// `bot:flags.14?true` and `bot_info_version:flags.14?int` in `user` share a bit too.
#[test]
fn user_bot_shared_bit_is_checked() {
    let mut user = types::User::new(42);
    user.bot = true;
    assert!(matches!(
        user.to_bytes(),
        Err(EncodeError::FlagGroupMismatch { .. })
    ));
    user.bot_info_version = Some(7);
    let bytes = enums::User::from(user.clone()).to_bytes().unwrap();
    assert_eq!(
        enums::User::from_bytes(&bytes).unwrap(),
        enums::User::from(user)
    );
}
