//! The invite-link types of [`proto`](crate::proto) again, in `tl-proto`'s borrowed
//! mode: decoded values point into the input buffer instead of owning copies of it.
//!
//! Same types, constructor ids, field order and flag bits as `proto.rs`; what differs:
//! * TL `string` is `&'tl str`: [`tl_str`](crate::proto_borrowed::tl_str) reads the
//!   length-prefixed bytes, checks they are UTF-8 (as our decoder and `proto`'s
//!   `tl_string` do) and hands out a slice of the input, copying nothing;
//! * TL `bytes` is `&'tl [u8]` (`tl-proto`'s own form), where `proto` has `Vec<u8>`;
//! * a type holding either, directly or through `Option`, `Vec` or `Box`, takes the
//!   lifetime `'tl` of the buffer it was read from (the lifetime name `tl-proto`'s
//!   derive uses for `TlRead<'tl>`);
//! * a type with no string or bytes anywhere inside is `proto`'s own, re-exported here
//!   so every name of `proto` exists in this module too.
//!
//! A value is read with `tl_proto::deserialize::<proto_borrowed::X<'_>>(bytes)` and
//! lives no longer than `bytes`. The boxed `Vector<T>` uses `proto`'s
//! [`boxed_vec`](crate::proto::boxed_vec), which is generic over the lifetime already.

use tl_proto::{TlError, TlPacket, TlRead, TlResult, TlWrite};

pub use crate::proto::boxed_vec;
pub use crate::proto::{
    EmojiStatusDocument, InputPeer, InputUser, PeerColor, PeerColorCollectible, PeerColorPlain,
    RecentStory, StarsSubscriptionPricing, UserStatus, UserStatusByMe,
};

/// TL `string` as a UTF-8-checked `&'tl str` borrowed from the input.
pub mod tl_str {
    use super::*;

    pub fn size_hint(value: &str) -> usize {
        value.as_bytes().max_size_hint()
    }

    pub fn write<P: TlPacket>(value: &str, packet: &mut P) {
        value.as_bytes().write_to(packet);
    }

    pub fn read<'tl>(packet: &mut &'tl [u8]) -> TlResult<&'tl str> {
        let raw = <&'tl [u8]>::read_from(packet)?;
        std::str::from_utf8(raw).map_err(|_| TlError::InvalidData)
    }
}

/// `messages.exportChatInvite`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xa455de90)]
pub struct ExportChatInvite<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 2)]
    pub legacy_revoke_permanent: Option<()>,
    #[tl(flags_bit = 3)]
    pub request_needed: Option<()>,
    pub peer: InputPeer,
    #[tl(flags_bit = 0)]
    pub expire_date: Option<i32>,
    #[tl(flags_bit = 1)]
    pub usage_limit: Option<i32>,
    #[tl(flags_bit = 4, with = "tl_str")]
    pub title: Option<&'tl str>,
    #[tl(flags_bit = 5)]
    pub subscription_pricing: Option<StarsSubscriptionPricing>,
}

/// `messages.editExportedChatInvite`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xbdca2f75)]
pub struct EditExportedChatInvite<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 2)]
    pub revoked: Option<()>,
    pub peer: InputPeer,
    #[tl(with = "tl_str")]
    pub link: &'tl str,
    #[tl(flags_bit = 0)]
    pub expire_date: Option<i32>,
    #[tl(flags_bit = 1)]
    pub usage_limit: Option<i32>,
    #[tl(flags_bit = 3)]
    pub request_needed: Option<bool>,
    #[tl(flags_bit = 4, with = "tl_str")]
    pub title: Option<&'tl str>,
}

/// `messages.getExportedChatInvites`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xa2b5a3f6)]
pub struct GetExportedChatInvites<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 3)]
    pub revoked: Option<()>,
    pub peer: InputPeer,
    pub admin_id: InputUser,
    #[tl(flags_bit = 2)]
    pub offset_date: Option<i32>,
    #[tl(flags_bit = 2, with = "tl_str")]
    pub offset_link: Option<&'tl str>,
    pub limit: i32,
}

/// `chatInviteExported` (bare; boxed by [`ExportedChatInvite`]).
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct ChatInviteExported<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub revoked: Option<()>,
    #[tl(flags_bit = 5)]
    pub permanent: Option<()>,
    #[tl(flags_bit = 6)]
    pub request_needed: Option<()>,
    #[tl(with = "tl_str")]
    pub link: &'tl str,
    pub admin_id: i64,
    pub date: i32,
    #[tl(flags_bit = 4)]
    pub start_date: Option<i32>,
    #[tl(flags_bit = 1)]
    pub expire_date: Option<i32>,
    #[tl(flags_bit = 2)]
    pub usage_limit: Option<i32>,
    #[tl(flags_bit = 3)]
    pub usage: Option<i32>,
    #[tl(flags_bit = 7)]
    pub requested: Option<i32>,
    #[tl(flags_bit = 10)]
    pub subscription_expired: Option<i32>,
    #[tl(flags_bit = 8, with = "tl_str")]
    pub title: Option<&'tl str>,
    #[tl(flags_bit = 9)]
    pub subscription_pricing: Option<StarsSubscriptionPricing>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum ExportedChatInvite<'tl> {
    #[tl(id = 0xa22cbd96)]
    ChatInviteExported(ChatInviteExported<'tl>),
    #[tl(id = 0xed107ab7)]
    ChatInvitePublicJoinRequests,
}

/// `userProfilePhoto`: `stripped_thumb` borrowed.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserProfilePhotoFull<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub has_video: Option<()>,
    #[tl(flags_bit = 2)]
    pub personal: Option<()>,
    pub photo_id: i64,
    #[tl(flags_bit = 1)]
    pub stripped_thumb: Option<&'tl [u8]>,
    pub dc_id: i32,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserProfilePhoto<'tl> {
    #[tl(id = 0x4f11bae1)]
    Empty,
    #[tl(id = 0x82d1f706)]
    Photo(UserProfilePhotoFull<'tl>),
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xd072acb4)]
pub struct RestrictionReason<'tl> {
    #[tl(with = "tl_str")]
    pub platform: &'tl str,
    #[tl(with = "tl_str")]
    pub reason: &'tl str,
    #[tl(with = "tl_str")]
    pub text: &'tl str,
}

/// `emojiStatusCollectible`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct EmojiStatusCollectible<'tl> {
    #[tl(flags)]
    pub flags: (),
    pub collectible_id: i64,
    pub document_id: i64,
    #[tl(with = "tl_str")]
    pub title: &'tl str,
    #[tl(with = "tl_str")]
    pub slug: &'tl str,
    pub pattern_document_id: i64,
    pub center_color: i32,
    pub edge_color: i32,
    pub pattern_color: i32,
    pub text_color: i32,
    #[tl(flags_bit = 0)]
    pub until: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum EmojiStatus<'tl> {
    #[tl(id = 0x2de11aae)]
    Empty,
    #[tl(id = 0xe7ff068a)]
    Status(EmojiStatusDocument),
    #[tl(id = 0x7184603b)]
    Collectible(EmojiStatusCollectible<'tl>),
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xb4073647)]
pub struct Username<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub editable: Option<()>,
    #[tl(flags_bit = 1)]
    pub active: Option<()>,
    #[tl(flags_bit = 2)]
    pub deletable: Option<()>,
    #[tl(flags_bit = 3)]
    pub expired: Option<()>,
    #[tl(with = "tl_str")]
    pub username: &'tl str,
}

/// `user`, every field of layer 230, strings borrowed.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct User<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = "flags.10")]
    pub is_self: Option<()>,
    #[tl(flags_bit = "flags.11")]
    pub contact: Option<()>,
    #[tl(flags_bit = "flags.12")]
    pub mutual_contact: Option<()>,
    #[tl(flags_bit = "flags.13")]
    pub deleted: Option<()>,
    #[tl(flags_bit = "flags.14")]
    pub bot: Option<()>,
    #[tl(flags_bit = "flags.15")]
    pub bot_chat_history: Option<()>,
    #[tl(flags_bit = "flags.16")]
    pub bot_nochats: Option<()>,
    #[tl(flags_bit = "flags.17")]
    pub verified: Option<()>,
    #[tl(flags_bit = "flags.18")]
    pub restricted: Option<()>,
    #[tl(flags_bit = "flags.20")]
    pub min: Option<()>,
    #[tl(flags_bit = "flags.21")]
    pub bot_inline_geo: Option<()>,
    #[tl(flags_bit = "flags.23")]
    pub support: Option<()>,
    #[tl(flags_bit = "flags.24")]
    pub scam: Option<()>,
    #[tl(flags_bit = "flags.25")]
    pub apply_min_photo: Option<()>,
    #[tl(flags_bit = "flags.26")]
    pub fake: Option<()>,
    #[tl(flags_bit = "flags.27")]
    pub bot_attach_menu: Option<()>,
    #[tl(flags_bit = "flags.28")]
    pub premium: Option<()>,
    #[tl(flags_bit = "flags.29")]
    pub attach_menu_enabled: Option<()>,
    #[tl(flags)]
    pub flags2: (),
    #[tl(flags_bit = "flags2.1")]
    pub bot_can_edit: Option<()>,
    #[tl(flags_bit = "flags2.2")]
    pub close_friend: Option<()>,
    #[tl(flags_bit = "flags2.3")]
    pub stories_hidden: Option<()>,
    #[tl(flags_bit = "flags2.4")]
    pub stories_unavailable: Option<()>,
    #[tl(flags_bit = "flags2.10")]
    pub contact_require_premium: Option<()>,
    #[tl(flags_bit = "flags2.11")]
    pub bot_business: Option<()>,
    #[tl(flags_bit = "flags2.13")]
    pub bot_has_main_app: Option<()>,
    #[tl(flags_bit = "flags2.16")]
    pub bot_forum_view: Option<()>,
    #[tl(flags_bit = "flags2.17")]
    pub bot_forum_can_manage_topics: Option<()>,
    #[tl(flags_bit = "flags2.18")]
    pub bot_can_manage_bots: Option<()>,
    #[tl(flags_bit = "flags2.19")]
    pub bot_guestchat: Option<()>,
    #[tl(flags_bit = "flags2.20")]
    pub bot_guard: Option<()>,
    pub id: i64,
    #[tl(flags_bit = "flags.0")]
    pub access_hash: Option<i64>,
    #[tl(flags_bit = "flags.1", with = "tl_str")]
    pub first_name: Option<&'tl str>,
    #[tl(flags_bit = "flags.2", with = "tl_str")]
    pub last_name: Option<&'tl str>,
    #[tl(flags_bit = "flags.3", with = "tl_str")]
    pub username: Option<&'tl str>,
    #[tl(flags_bit = "flags.4", with = "tl_str")]
    pub phone: Option<&'tl str>,
    #[tl(flags_bit = "flags.5")]
    pub photo: Option<UserProfilePhoto<'tl>>,
    #[tl(flags_bit = "flags.6")]
    pub status: Option<UserStatus>,
    #[tl(flags_bit = "flags.14")]
    pub bot_info_version: Option<i32>,
    #[tl(flags_bit = "flags.18", with = "boxed_vec")]
    pub restriction_reason: Option<Vec<RestrictionReason<'tl>>>,
    #[tl(flags_bit = "flags.19", with = "tl_str")]
    pub bot_inline_placeholder: Option<&'tl str>,
    #[tl(flags_bit = "flags.22", with = "tl_str")]
    pub lang_code: Option<&'tl str>,
    #[tl(flags_bit = "flags.30")]
    pub emoji_status: Option<EmojiStatus<'tl>>,
    #[tl(flags_bit = "flags2.0", with = "boxed_vec")]
    pub usernames: Option<Vec<Username<'tl>>>,
    #[tl(flags_bit = "flags2.5")]
    pub stories_max_id: Option<RecentStory>,
    #[tl(flags_bit = "flags2.8")]
    pub color: Option<PeerColor>,
    #[tl(flags_bit = "flags2.9")]
    pub profile_color: Option<PeerColor>,
    #[tl(flags_bit = "flags2.12")]
    pub bot_active_users: Option<i32>,
    #[tl(flags_bit = "flags2.14")]
    pub bot_verification_icon: Option<i64>,
    #[tl(flags_bit = "flags2.15")]
    pub send_paid_messages_stars: Option<i64>,
    #[tl(flags_bit = "flags2.21")]
    pub linked_community_id: Option<i64>,
}

// Unboxed, like `proto::UserEnum`.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserEnum<'tl> {
    #[tl(id = 0xd3bc4b7a)]
    Empty { id: i64 },
    #[tl(id = 0xb1b8cc83)]
    User(User<'tl>),
}

/// `messages.exportedChatInvites`: the answer type of `decode_invites100`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xbdc62dcc)]
pub struct ExportedChatInvites<'tl> {
    pub count: i32,
    #[tl(with = "boxed_vec")]
    pub invites: Vec<ExportedChatInvite<'tl>>,
    #[tl(with = "boxed_vec")]
    pub users: Vec<UserEnum<'tl>>,
}
