//! The invite-link types of the benchmark written with `tl-proto`'s derive macros, so
//! `tl-proto` can decode and encode the very same bytes.
//!
//! Shapes `tl-proto` has no direct form for, and how they are written here:
//! * TL `string`: `tl-proto` has no `String`; [`tl_string`] reads bytes and checks
//!   UTF-8 into an owned `String` (the same work our decoder does);
//! * the boxed `Vector<T>`: `tl-proto`'s `Vec<T>` is the bare vector, so [`boxed_vec`]
//!   reads and writes the `vector` id first;
//! * `flags.N?true`: `Option<()>` instead of `bool`;
//! * a constructor with flags inside a boxed type's enum: a struct of its own.
//!
//! Every type is declared whole, as in layer 230 (every constructor of each boxed type,
//! every field of `user`), so all three libraries decode into and encode from the same
//! shapes, not only the fields the benchmark's data happens to set.

use tl_proto::{TlError, TlPacket, TlRead, TlResult, TlWrite};

/// TL `string` as an owned, UTF-8-checked `String`.
pub mod tl_string {
    use super::*;

    pub fn size_hint(value: &str) -> usize {
        value.as_bytes().max_size_hint()
    }

    pub fn write<P: TlPacket>(value: &str, packet: &mut P) {
        value.as_bytes().write_to(packet);
    }

    pub fn read(packet: &mut &[u8]) -> TlResult<String> {
        let data = <&[u8]>::read_from(packet)?;
        match std::str::from_utf8(data) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => Err(TlError::InvalidData),
        }
    }
}

/// The boxed `Vector<T>`: the id `0x1cb5c415`, then `tl-proto`'s bare vector.
pub mod boxed_vec {
    use super::*;

    const VECTOR_ID: u32 = 0x1cb5_c415;

    pub fn size_hint<T: TlWrite>(items: &[T]) -> usize {
        4 + items.max_size_hint()
    }

    pub fn write<P: TlPacket, T: TlWrite>(items: &[T], packet: &mut P) {
        packet.write_u32(VECTOR_ID);
        items.write_to(packet);
    }

    pub fn read<'a, T: TlRead<'a>>(packet: &mut &'a [u8]) -> TlResult<Vec<T>> {
        match u32::read_from(packet)? {
            VECTOR_ID => Vec::<T>::read_from(packet),
            _ => Err(TlError::UnknownConstructor),
        }
    }
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum InputPeer {
    #[tl(id = 0x7f3b18ea)]
    Empty,
    #[tl(id = 0x7da07ec9)]
    PeerSelf,
    #[tl(id = 0x35a95cb9)]
    Chat { chat_id: i64 },
    #[tl(id = 0xdde8a54c)]
    User { user_id: i64, access_hash: i64 },
    #[tl(id = 0x27bcbbfc)]
    Channel { channel_id: i64, access_hash: i64 },
    #[tl(id = 0xa87b0a1c)]
    UserFromMessage {
        peer: Box<InputPeer>,
        msg_id: i32,
        user_id: i64,
    },
    #[tl(id = 0xbd2a0840)]
    ChannelFromMessage {
        peer: Box<InputPeer>,
        msg_id: i32,
        channel_id: i64,
    },
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum InputUser {
    #[tl(id = 0xb98886cf)]
    Empty,
    #[tl(id = 0xf7c1b13f)]
    UserSelf,
    #[tl(id = 0xf21158c6)]
    User { user_id: i64, access_hash: i64 },
    #[tl(id = 0x1da448e2)]
    FromMessage {
        peer: InputPeer,
        msg_id: i32,
        user_id: i64,
    },
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0x05416d58)]
pub struct StarsSubscriptionPricing {
    pub period: i32,
    pub amount: i64,
}

/// `messages.exportChatInvite`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xa455de90)]
pub struct ExportChatInvite {
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
    #[tl(flags_bit = 4, with = "tl_string")]
    pub title: Option<String>,
    #[tl(flags_bit = 5)]
    pub subscription_pricing: Option<StarsSubscriptionPricing>,
}

/// `messages.editExportedChatInvite`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xbdca2f75)]
pub struct EditExportedChatInvite {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 2)]
    pub revoked: Option<()>,
    pub peer: InputPeer,
    #[tl(with = "tl_string")]
    pub link: String,
    #[tl(flags_bit = 0)]
    pub expire_date: Option<i32>,
    #[tl(flags_bit = 1)]
    pub usage_limit: Option<i32>,
    #[tl(flags_bit = 3)]
    pub request_needed: Option<bool>,
    #[tl(flags_bit = 4, with = "tl_string")]
    pub title: Option<String>,
}

/// `messages.getExportedChatInvites`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xa2b5a3f6)]
pub struct GetExportedChatInvites {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 3)]
    pub revoked: Option<()>,
    pub peer: InputPeer,
    pub admin_id: InputUser,
    #[tl(flags_bit = 2)]
    pub offset_date: Option<i32>,
    #[tl(flags_bit = 2, with = "tl_string")]
    pub offset_link: Option<String>,
    pub limit: i32,
}

/// `chatInviteExported` (bare; boxed by [`ExportedChatInvite`]).
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct ChatInviteExported {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub revoked: Option<()>,
    #[tl(flags_bit = 5)]
    pub permanent: Option<()>,
    #[tl(flags_bit = 6)]
    pub request_needed: Option<()>,
    #[tl(with = "tl_string")]
    pub link: String,
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
    #[tl(flags_bit = 8, with = "tl_string")]
    pub title: Option<String>,
    #[tl(flags_bit = 9)]
    pub subscription_pricing: Option<StarsSubscriptionPricing>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum ExportedChatInvite {
    #[tl(id = 0xa22cbd96)]
    ChatInviteExported(ChatInviteExported),
    #[tl(id = 0xed107ab7)]
    ChatInvitePublicJoinRequests,
}

/// `userStatusRecently` / `userStatusLastWeek` / `userStatusLastMonth`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserStatusByMe {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub by_me: Option<()>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserStatus {
    #[tl(id = 0x09d05049)]
    Empty,
    #[tl(id = 0xedb93949)]
    Online { expires: i32 },
    #[tl(id = 0x008c703f)]
    Offline { was_online: i32 },
    #[tl(id = 0x7b197dc8)]
    Recently(UserStatusByMe),
    #[tl(id = 0x541a1d1a)]
    LastWeek(UserStatusByMe),
    #[tl(id = 0x65899777)]
    LastMonth(UserStatusByMe),
}

/// `userProfilePhoto`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserProfilePhotoFull {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub has_video: Option<()>,
    #[tl(flags_bit = 2)]
    pub personal: Option<()>,
    pub photo_id: i64,
    #[tl(flags_bit = 1)]
    pub stripped_thumb: Option<Vec<u8>>,
    pub dc_id: i32,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserProfilePhoto {
    #[tl(id = 0x4f11bae1)]
    Empty,
    #[tl(id = 0x82d1f706)]
    Photo(UserProfilePhotoFull),
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xd072acb4)]
pub struct RestrictionReason {
    #[tl(with = "tl_string")]
    pub platform: String,
    #[tl(with = "tl_string")]
    pub reason: String,
    #[tl(with = "tl_string")]
    pub text: String,
}

/// `emojiStatus`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct EmojiStatusDocument {
    #[tl(flags)]
    pub flags: (),
    pub document_id: i64,
    #[tl(flags_bit = 0)]
    pub until: Option<i32>,
}

/// `emojiStatusCollectible`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct EmojiStatusCollectible {
    #[tl(flags)]
    pub flags: (),
    pub collectible_id: i64,
    pub document_id: i64,
    #[tl(with = "tl_string")]
    pub title: String,
    #[tl(with = "tl_string")]
    pub slug: String,
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
pub enum EmojiStatus {
    #[tl(id = 0x2de11aae)]
    Empty,
    #[tl(id = 0xe7ff068a)]
    Status(EmojiStatusDocument),
    #[tl(id = 0x7184603b)]
    Collectible(EmojiStatusCollectible),
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xb4073647)]
pub struct Username {
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
    #[tl(with = "tl_string")]
    pub username: String,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0x711d692d)]
pub struct RecentStory {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub live: Option<()>,
    #[tl(flags_bit = 1)]
    pub max_id: Option<i32>,
}

/// `peerColor`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct PeerColorPlain {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub color: Option<i32>,
    #[tl(flags_bit = 1)]
    pub background_emoji_id: Option<i64>,
}

/// `peerColorCollectible`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct PeerColorCollectible {
    #[tl(flags)]
    pub flags: (),
    pub collectible_id: i64,
    pub gift_emoji_id: i64,
    pub background_emoji_id: i64,
    pub accent_color: i32,
    #[tl(with = "boxed_vec")]
    pub colors: Vec<i32>,
    #[tl(flags_bit = 0)]
    pub dark_accent_color: Option<i32>,
    #[tl(flags_bit = 1, with = "boxed_vec")]
    pub dark_colors: Option<Vec<i32>>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum PeerColor {
    #[tl(id = 0xb54b5acf)]
    Color(PeerColorPlain),
    #[tl(id = 0xb9c0639a)]
    Collectible(PeerColorCollectible),
    #[tl(id = 0xb8ea86a9)]
    InputCollectible { collectible_id: i64 },
}

/// `user`, every field of layer 230.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct User {
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
    #[tl(flags_bit = "flags.1", with = "tl_string")]
    pub first_name: Option<String>,
    #[tl(flags_bit = "flags.2", with = "tl_string")]
    pub last_name: Option<String>,
    #[tl(flags_bit = "flags.3", with = "tl_string")]
    pub username: Option<String>,
    #[tl(flags_bit = "flags.4", with = "tl_string")]
    pub phone: Option<String>,
    #[tl(flags_bit = "flags.5")]
    pub photo: Option<UserProfilePhoto>,
    #[tl(flags_bit = "flags.6")]
    pub status: Option<UserStatus>,
    #[tl(flags_bit = "flags.14")]
    pub bot_info_version: Option<i32>,
    #[tl(flags_bit = "flags.18", with = "boxed_vec")]
    pub restriction_reason: Option<Vec<RestrictionReason>>,
    #[tl(flags_bit = "flags.19", with = "tl_string")]
    pub bot_inline_placeholder: Option<String>,
    #[tl(flags_bit = "flags.22", with = "tl_string")]
    pub lang_code: Option<String>,
    #[tl(flags_bit = "flags.30")]
    pub emoji_status: Option<EmojiStatus>,
    #[tl(flags_bit = "flags2.0", with = "boxed_vec")]
    pub usernames: Option<Vec<Username>>,
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

// Unboxed, like the `User` enums of ours and grammers.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserEnum {
    #[tl(id = 0xd3bc4b7a)]
    Empty { id: i64 },
    #[tl(id = 0xb1b8cc83)]
    User(User),
}

/// `messages.exportedChatInvites`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xbdc62dcc)]
pub struct ExportedChatInvites {
    pub count: i32,
    #[tl(with = "boxed_vec")]
    pub invites: Vec<ExportedChatInvite>,
    #[tl(with = "boxed_vec")]
    pub users: Vec<UserEnum>,
}
