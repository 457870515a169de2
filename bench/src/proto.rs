//! The invite-link types of the benchmark written with `tl-proto`'s derive macros, so
//! `tl-proto` can decode and encode the very same bytes.
//!
//! Shapes `tl-proto` has no direct form for, and how they are written here:
//! * TL `string`: `tl-proto` has no `String`; [`tl_string`] reads bytes and checks
//!   UTF-8 into an owned `String` (the same work our decoder does);
//! * the boxed `Vector<T>`: `tl-proto`'s `Vec<T>` is the bare vector, so [`boxed_vec`]
//!   reads and writes the `vector` id first;
//! * `flags.N?true`: `Option<()>` instead of `bool`;
//! * only the constructors the benchmark's data uses are declared (a subset of `User`'s
//!   fields and of `UserStatus`'s constructors), unlike the full types of the other two.

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
    #[tl(id = 0x27bcbbfc)]
    Channel { channel_id: i64, access_hash: i64 },
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum InputUser {
    #[tl(id = 0xf21158c6)]
    User { user_id: i64, access_hash: i64 },
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

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserStatusRecently {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub by_me: Option<()>,
}

#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserStatus {
    #[tl(id = 0x008c703f)]
    Offline { was_online: i32 },
    #[tl(id = 0x7b197dc8)]
    Recently(UserStatusRecently),
}

/// `user`: the fields the benchmark's data sets (see the module docs).
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct User {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = "flags.11")]
    pub contact: Option<()>,
    #[tl(flags_bit = "flags.14")]
    pub bot: Option<()>,
    #[tl(flags_bit = "flags.28")]
    pub premium: Option<()>,
    #[tl(flags)]
    pub flags2: (),
    #[tl(flags_bit = "flags2.2")]
    pub close_friend: Option<()>,
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
    #[tl(flags_bit = "flags.6")]
    pub status: Option<UserStatus>,
    #[tl(flags_bit = "flags.14")]
    pub bot_info_version: Option<i32>,
}

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
