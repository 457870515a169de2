//! Bot API shapes over the TL values: the `ChatInviteLink` object the Bot API answers with, and
//! Bot API chat ids (`chat_id`) ⇄ MTProto peers.
//!
//! # Chat ids
//!
//! The Bot API names every chat with one signed 64-bit id; MTProto names it with a kind (user,
//! basic group, channel) and an id in that kind's own sequence, and the sequences overlap. The
//! mapping (<https://core.telegram.org/api/bots/ids>), with the ranges checked both ways:
//!
//! | kind | MTProto id | Bot API chat id |
//! | --- | --- | --- |
//! | user | `1..=`[`MAX_USER_ID`] | the same |
//! | basic group | `1..=`[`MAX_CHAT_ID`] | `-chat_id`: `-999999999999..=-1` |
//! | channel or supergroup | `1..=`[`MAX_CHANNEL_ID`] | `-1000000000000 - channel_id`: `-1997852516352..=-1000000000001` |
//!
//! Every other Bot API id (zero, secret chats, monoforums, anything out of range) is a
//! [`ChatIdError`]. Only the id converts: the access hash that `inputPeerUser` and
//! `inputPeerChannel` need is not part of a Bot API id, so it stays the caller's to supply
//! (from the `user` / `channel` the server sent): see [`PeerId::input_peer`].

use std::fmt;

use crate::enums::{InputPeer, StarsSubscriptionPricing};
use crate::types;

/// The largest MTProto user id (`0xffffffffff`).
pub const MAX_USER_ID: i64 = 0xff_ffff_ffff;
/// The largest MTProto basic-group id.
pub const MAX_CHAT_ID: i64 = 999_999_999_999;
/// The largest MTProto channel (or supergroup) id.
pub const MAX_CHANNEL_ID: i64 = 997_852_516_352;
/// What a Bot API channel id is offset by: `chat_id = CHANNEL_OFFSET - channel_id`.
const CHANNEL_OFFSET: i64 = -1_000_000_000_000;

/// The kind of an MTProto peer, each with its own id sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeerKind {
    /// A user or bot (`peerUser`, `inputPeerUser`).
    User,
    /// A basic group (`peerChat`, `inputPeerChat`).
    Chat,
    /// A channel or supergroup (`peerChannel`, `inputPeerChannel`).
    Channel,
}

impl PeerKind {
    /// The largest id of this kind.
    pub fn max_id(self) -> i64 {
        match self {
            PeerKind::User => MAX_USER_ID,
            PeerKind::Chat => MAX_CHAT_ID,
            PeerKind::Channel => MAX_CHANNEL_ID,
        }
    }
}

/// An MTProto peer by kind and id, as a Bot API chat id names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PeerId {
    /// Which id sequence `id` belongs to.
    pub kind: PeerKind,
    /// The id in that sequence (what `user_id`, `chat_id` or `channel_id` holds in TL).
    pub id: i64,
}

/// Why an id does not convert.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChatIdError {
    /// The Bot API chat id is in none of the user, basic-group or channel ranges (zero, a
    /// secret chat, a monoforum, or beyond every range).
    NotAPeer {
        /// The Bot API chat id.
        chat_id: i64,
    },
    /// The MTProto id is outside `1..=kind.max_id()`.
    IdOutOfRange {
        /// The kind of peer.
        kind: PeerKind,
        /// The id found.
        id: i64,
    },
    /// The `InputPeer` carries no id (`inputPeerSelf`, `inputPeerEmpty`).
    NoPeerId,
}

impl fmt::Display for ChatIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAPeer { chat_id } => write!(
                f,
                "expected a Bot API chat id of a user (1..={MAX_USER_ID}), a basic group \
                 (-{MAX_CHAT_ID}..=-1) or a channel ({}..={}), found {chat_id}",
                CHANNEL_OFFSET - MAX_CHANNEL_ID,
                CHANNEL_OFFSET - 1
            ),
            Self::IdOutOfRange { kind, id } => write!(
                f,
                "expected a {kind:?} id of 1 to {}, found {id}",
                kind.max_id()
            ),
            Self::NoPeerId => write!(
                f,
                "expected an input peer with a user, chat or channel id, found inputPeerSelf or inputPeerEmpty"
            ),
        }
    }
}

impl std::error::Error for ChatIdError {}

impl PeerId {
    /// A peer of `kind` with `id`, checked against the kind's range.
    pub fn new(kind: PeerKind, id: i64) -> Result<PeerId, ChatIdError> {
        if (1..=kind.max_id()).contains(&id) {
            Ok(PeerId { kind, id })
        } else {
            Err(ChatIdError::IdOutOfRange { kind, id })
        }
    }

    /// Reads a Bot API chat id (`123`, `-456`, `-1001234567890`).
    pub fn from_bot_api(chat_id: i64) -> Result<PeerId, ChatIdError> {
        let not_a_peer = ChatIdError::NotAPeer { chat_id };
        let (kind, id) = if chat_id > 0 {
            (PeerKind::User, chat_id)
        } else if chat_id >= -MAX_CHAT_ID {
            (
                PeerKind::Chat,
                chat_id.checked_neg().ok_or(not_a_peer.clone())?,
            )
        } else {
            // Below the basic groups: channels, then secret chats and monoforums (rejected
            // by the range check).
            let id = CHANNEL_OFFSET
                .checked_sub(chat_id)
                .ok_or(not_a_peer.clone())?;
            (PeerKind::Channel, id)
        };
        PeerId::new(kind, id).map_err(|_| not_a_peer)
    }

    /// The Bot API chat id of this peer.
    pub fn to_bot_api(self) -> Result<i64, ChatIdError> {
        let PeerId { kind, id } = PeerId::new(self.kind, self.id)?;
        Ok(match kind {
            PeerKind::User => id,
            PeerKind::Chat => -id,
            PeerKind::Channel => CHANNEL_OFFSET - id,
        })
    }

    /// The `InputPeer` for this peer. `access_hash` is the caller's: the one the server sent
    /// with this user or channel (a Bot API id does not carry it). A basic group needs none,
    /// and the argument is ignored for it.
    pub fn input_peer(self, access_hash: i64) -> InputPeer {
        match self.kind {
            PeerKind::User => types::InputPeerUser {
                user_id: self.id,
                access_hash,
            }
            .into(),
            PeerKind::Chat => types::InputPeerChat { chat_id: self.id }.into(),
            PeerKind::Channel => types::InputPeerChannel {
                channel_id: self.id,
                access_hash,
            }
            .into(),
        }
    }
}

impl TryFrom<&InputPeer> for PeerId {
    type Error = ChatIdError;

    /// The kind and id of an `inputPeerUser`, `inputPeerChat` or `inputPeerChannel` (range
    /// checked), and of their `...FromMessage` forms. `inputPeerSelf` and `inputPeerEmpty`
    /// carry no id: [`ChatIdError::NoPeerId`].
    fn try_from(peer: &InputPeer) -> Result<Self, Self::Error> {
        match peer {
            InputPeer::User(user) => PeerId::new(PeerKind::User, user.user_id),
            InputPeer::Chat(chat) => PeerId::new(PeerKind::Chat, chat.chat_id),
            InputPeer::Channel(channel) => PeerId::new(PeerKind::Channel, channel.channel_id),
            InputPeer::UserFromMessage(user) => PeerId::new(PeerKind::User, user.user_id),
            InputPeer::ChannelFromMessage(channel) => {
                PeerId::new(PeerKind::Channel, channel.channel_id)
            }
            InputPeer::Empty | InputPeer::InputPeerSelf => Err(ChatIdError::NoPeerId),
        }
    }
}

/// The Bot API's `ChatInviteLink` object, read from a `chatInviteExported`.
///
/// The Bot API's `creator` is a whole `User`; the TL value has only the creator's id
/// ([`ChatInviteLink::creator_id`]), to be looked up in the `users` of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatInviteLink {
    /// The link (`link`).
    pub invite_link: String,
    /// The user id of the administrator who created it (`admin_id`).
    pub creator_id: i64,
    /// Joining needs an administrator's approval (`request_needed`).
    pub creates_join_request: bool,
    /// The chat's primary link (`permanent`).
    pub is_primary: bool,
    /// The link was revoked (`revoked`).
    pub is_revoked: bool,
    /// The link's name (`title`).
    pub name: Option<String>,
    /// When the link expires or expired, Unix seconds (`expire_date`).
    pub expire_date: Option<i32>,
    /// How many users may be members through the link at once (`usage_limit`).
    pub member_limit: Option<i32>,
    /// Join requests through the link still pending (`requested`).
    pub pending_join_request_count: Option<i32>,
    /// Seconds a subscription lasts before the next payment (`subscription_pricing.period`).
    pub subscription_period: Option<i32>,
    /// Stars paid on joining and every period (`subscription_pricing.amount`).
    pub subscription_price: Option<i64>,
}

impl From<&types::ChatInviteExported> for ChatInviteLink {
    fn from(invite: &types::ChatInviteExported) -> Self {
        let pricing = invite
            .subscription_pricing
            .as_ref()
            .map(|StarsSubscriptionPricing::StarsSubscriptionPricing(p)| (p.period, p.amount));
        ChatInviteLink {
            invite_link: invite.link.clone(),
            creator_id: invite.admin_id,
            creates_join_request: invite.request_needed,
            is_primary: invite.permanent,
            is_revoked: invite.revoked,
            name: invite.title.clone(),
            expire_date: invite.expire_date,
            member_limit: invite.usage_limit,
            pending_join_request_count: invite.requested,
            subscription_period: pricing.map(|(period, _)| period),
            subscription_price: pricing.map(|(_, amount)| amount),
        }
    }
}
