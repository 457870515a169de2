//! The Bot API's invite-link operations as checked MTProto calls: each builder or function
//! gives the TL call the Bot API method stands for, after applying the rules the Bot API
//! documents for it, so a call that Telegram would refuse is never sent.
//!
//! | Bot API method | here | TL call |
//! | --- | --- | --- |
//! | `createChatInviteLink` | [`CreateInviteLink`] | `messages.exportChatInvite` |
//! | `editChatInviteLink` | [`EditInviteLink`] | `messages.editExportedChatInvite` |
//! | `exportChatInviteLink` | [`reset_primary_link`] | `messages.exportChatInvite` with `legacy_revoke_permanent` |
//! | `revokeChatInviteLink` | [`revoke_link`] | `messages.editExportedChatInvite` with `revoked` |
//! | `createChatSubscriptionInviteLink` | [`CreateSubscriptionLink`] | `messages.exportChatInvite` with `subscription_pricing` |
//! | `editChatSubscriptionInviteLink` | [`EditSubscriptionLink`] | `messages.editExportedChatInvite` with only `title` |
//! | `approveChatJoinRequest` | [`approve_join_request`] | `messages.hideChatJoinRequest` with `approved` |
//! | `declineChatJoinRequest` | [`decline_join_request`] | `messages.hideChatJoinRequest` without `approved` |
//!
//! The rules, each an [`InviteRuleError`] naming the Telegram error it prevents
//! ([`InviteRuleError::prevents`], a [`PreventedError`] that converts into the method's error
//! enum as the server's answer would):
//!
//! | rule | applies to | prevents |
//! | --- | --- | --- |
//! | the name is 0 to [`MAX_NAME_CHARS`] characters (Unicode scalar values) | every name | [`INVITE_LINK_NAME_INVALID`](PreventedError::InviteLinkNameInvalid) |
//! | the member limit is [`MIN_MEMBER_LIMIT`] to [`MAX_MEMBER_LIMIT`] | create, edit | [`USAGE_LIMIT_INVALID`](PreventedError::UsageLimitInvalid) (Bot API: `MEMBER_LIMIT_INVALID`) |
//! | a member limit is not given together with join-request approval | create, edit | none in MTProto; the Bot API's "can't combine member limit with join request approval" |
//! | the expiry is Unix seconds in `1..=i32::MAX` (the wire field is a 32-bit `int`) | create, edit | [`EXPIRE_DATE_INVALID`](PreventedError::ExpireDateInvalid) |
//! | the subscription period is [`SUBSCRIPTION_PERIOD`] seconds (30 days), the only one allowed | subscription create | [`SUBSCRIPTION_PERIOD_INVALID`](PreventedError::SubscriptionPeriodInvalid) |
//! | the subscription price is [`MIN_SUBSCRIPTION_PRICE`] to [`MAX_SUBSCRIPTION_PRICE`] Stars | subscription create | [`PRICING_CHAT_INVALID`](PreventedError::PricingChatInvalid) |
//!
//! An expiry given in milliseconds by mistake (about 1.7e12 today) is out of that range, so it
//! is refused rather than sent.
//!
//! Left to the server, because only it knows (each answer is an error of the method's error
//! enum, or `Other`):
//!
//! - whether the expiry is in the future: that needs the server's clock (`EXPIRE_DATE_INVALID`);
//! - whether the chat is of the right kind: a subscription link is for a channel, and an
//!   [`InputPeer`] cannot tell a channel from a supergroup;
//! - whether the link may be edited: only non-primary links, and for a bot only the links it
//!   created (`EDIT_BOT_INVITE_FORBIDDEN`); the primary link is replaced with
//!   [`reset_primary_link`] instead (`CHAT_INVITE_PERMANENT` for an expiry on it);
//! - whether the caller is an administrator with the right to invite users
//!   (`CHAT_ADMIN_REQUIRED`), and whether the link still works (`INVITE_HASH_EXPIRED`).
//!
//! The Bot API also accepts `@username` as a chat: over MTProto a username is resolved to a peer
//! first (`contacts.resolveUsername`); numeric Bot API chat ids convert with
//! [`crate::bot_api::PeerId`].
//!
//! What cannot be asked for at all is left out of the types: a subscription link has no
//! expiry, member limit or approval, and its edit can change only the name.
//!
//! # Join-request approval and the member limit
//!
//! The Bot API's `creates_join_request` excludes `member_limit`: with approval on, no limit may
//! be given, and a link switched to join requests is sent without a limit, the server clearing
//! any it had. So, for [`CreateInviteLink`] and [`EditInviteLink`] alike:
//!
//! | member limit | `creates_join_request(true)` gives |
//! | --- | --- |
//! | not given ([`Change::Keep`] when editing) | the call with `request_needed` and no `usage_limit` |
//! | [`Change::Clear`] (editing) | the same call: no `usage_limit`, the server clears the limit itself |
//! | a limit ([`Change::Set`]) | [`InviteRuleError::MemberLimitWithJoinRequest`] |
//!
//! # Leave unchanged or clear
//!
//! An edit sends only what is set; an absent field keeps its value (Bot API: "omitting
//! optional fields keeps the current value"). [`Change`] makes the three cases explicit. To
//! clear, the field is sent with its "none" value: expiry `0` (never expires) and usage limit
//! `0` (no limit), as Telegram clients (TDLib) send them, and an empty title (a 0-character
//! name is valid). The reference pages of the methods do not spell out the `0` convention;
//! it is what we relied on.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::enums::{InputPeer, InputUser};
use crate::functions::messages::{EditExportedChatInvite, ExportChatInvite, HideChatJoinRequest};
use crate::types;

mod rules;

use rules::{check_expiry, check_limit, check_name};
pub use rules::{InviteRuleError, PreventedError};

/// The longest link name, in characters.
pub const MAX_NAME_CHARS: usize = 32;
/// The smallest member limit.
pub const MIN_MEMBER_LIMIT: u32 = 1;
/// The largest member limit.
pub const MAX_MEMBER_LIMIT: u32 = 99_999;
/// The only subscription period the Bot API and MTProto accept: 30 days, in seconds.
pub const SUBSCRIPTION_PERIOD: u32 = 30 * 24 * 60 * 60;
/// The lowest subscription price, in Telegram Stars.
pub const MIN_SUBSCRIPTION_PRICE: u32 = 1;
/// The highest subscription price the Bot API accepts, in Telegram Stars.
pub const MAX_SUBSCRIPTION_PRICE: u32 = 10_000;

/// A point in time as Unix seconds, from whatever the caller has; checked against the wire's
/// 32-bit field when a request is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixTime(pub i64);

impl From<i64> for UnixTime {
    fn from(seconds: i64) -> Self {
        UnixTime(seconds)
    }
}

impl From<i32> for UnixTime {
    fn from(seconds: i32) -> Self {
        UnixTime(seconds.into())
    }
}

impl From<u32> for UnixTime {
    fn from(seconds: u32) -> Self {
        UnixTime(seconds.into())
    }
}

impl From<SystemTime> for UnixTime {
    /// Whole seconds, rounded down; times before 1970 become negative (and are rejected).
    fn from(time: SystemTime) -> Self {
        let seconds = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => {
                let d = before.duration();
                let whole = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                -whole - i64::from(d.subsec_nanos() > 0)
            }
        };
        UnixTime(seconds)
    }
}

/// A checked `messages.exportChatInvite`: a new additional invite link.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "eq", derive(PartialEq))]
pub struct CreateInviteLink {
    peer: InputPeer,
    name: Option<String>,
    expire_date: Option<UnixTime>,
    member_limit: Option<u32>,
    join_request: bool,
}

impl CreateInviteLink {
    /// A link for `peer` with no name, no expiry, no limit and no approval.
    pub fn new(peer: InputPeer) -> Self {
        CreateInviteLink {
            peer,
            name: None,
            expire_date: None,
            member_limit: None,
            join_request: false,
        }
    }

    /// The link's name (0 to [`MAX_NAME_CHARS`] characters), shown to administrators.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// When the link expires (Unix seconds, or a `SystemTime`).
    pub fn expire_date(mut self, at: impl Into<UnixTime>) -> Self {
        self.expire_date = Some(at.into());
        self
    }

    /// How many users may join through the link ([`MIN_MEMBER_LIMIT`] to [`MAX_MEMBER_LIMIT`]).
    pub fn member_limit(mut self, limit: u32) -> Self {
        self.member_limit = Some(limit);
        self
    }

    /// Whether an administrator must approve each user joining. With `true`, no member limit
    /// may be given (see the [module docs](self#join-request-approval-and-the-member-limit)).
    pub fn creates_join_request(mut self, yes: bool) -> Self {
        self.join_request = yes;
        self
    }

    /// Checks every rule and builds the request.
    pub fn build(self) -> Result<ExportChatInvite, InviteRuleError> {
        if let Some(name) = &self.name {
            check_name(name)?;
        }
        let usage_limit = self.member_limit.map(check_limit).transpose()?;
        if usage_limit.is_some() && self.join_request {
            return Err(InviteRuleError::MemberLimitWithJoinRequest);
        }
        let mut call = ExportChatInvite::new(self.peer);
        call.expire_date = self.expire_date.map(check_expiry).transpose()?;
        call.usage_limit = usage_limit;
        call.request_needed = self.join_request;
        call.title = self.name;
        Ok(call)
    }
}

/// One field of an edit: leave it as it is, set it, or clear it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Change<T> {
    /// Not sent: the server keeps the current value.
    #[default]
    Keep,
    /// Sent with this value.
    Set(T),
    /// Sent with the field's "none" value (see the [module docs](self)).
    Clear,
}

/// A checked `messages.editExportedChatInvite`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "eq", derive(PartialEq))]
pub struct EditInviteLink {
    peer: InputPeer,
    link: String,
    revoke: bool,
    name: Change<String>,
    expire_date: Change<UnixTime>,
    member_limit: Change<u32>,
    join_request: Option<bool>,
}

impl EditInviteLink {
    /// An edit of `link` (as returned when it was created) in `peer` that changes nothing yet.
    pub fn new(peer: InputPeer, link: impl Into<String>) -> Self {
        EditInviteLink {
            peer,
            link: link.into(),
            revoke: false,
            name: Change::Keep,
            expire_date: Change::Keep,
            member_limit: Change::Keep,
            join_request: None,
        }
    }

    /// Revokes the link: it stops working for new users.
    pub fn revoke(mut self) -> Self {
        self.revoke = true;
        self
    }

    /// Changes the name (`Change::Clear` sends an empty name).
    pub fn name(mut self, change: Change<String>) -> Self {
        self.name = change;
        self
    }

    /// Changes the expiry (`Change::Clear`: the link never expires).
    pub fn expire_date(mut self, change: Change<UnixTime>) -> Self {
        self.expire_date = change;
        self
    }

    /// Changes the member limit (`Change::Clear`: no limit).
    pub fn member_limit(mut self, change: Change<u32>) -> Self {
        self.member_limit = change;
        self
    }

    /// Turns join-request approval on or off (not sent unless called). Turning it on omits
    /// the member limit, which the server then clears; a limit set with
    /// [`Change::Set`] is refused (see the
    /// [module docs](self#join-request-approval-and-the-member-limit)).
    pub fn creates_join_request(mut self, yes: bool) -> Self {
        self.join_request = Some(yes);
        self
    }

    /// Checks every rule and builds the request.
    pub fn build(self) -> Result<EditExportedChatInvite, InviteRuleError> {
        let title = match self.name {
            Change::Keep => None,
            Change::Set(name) => check_name(&name).map(|()| Some(name))?,
            Change::Clear => Some(String::new()),
        };
        let usage_limit = match (self.member_limit, self.join_request) {
            (Change::Set(limit), Some(true)) => {
                check_limit(limit)?;
                return Err(InviteRuleError::MemberLimitWithJoinRequest);
            }
            // Switching to join requests: the limit is omitted and the server clears it.
            (Change::Keep | Change::Clear, Some(true)) | (Change::Keep, _) => None,
            (Change::Set(limit), _) => Some(check_limit(limit)?),
            (Change::Clear, _) => Some(0),
        };
        let expire_date = match self.expire_date {
            Change::Keep => None,
            Change::Set(at) => Some(check_expiry(at)?),
            Change::Clear => Some(0),
        };
        let mut call = EditExportedChatInvite::new(self.peer, self.link);
        call.revoked = self.revoke;
        call.title = title;
        call.usage_limit = usage_limit;
        call.expire_date = expire_date;
        call.request_needed = self.join_request;
        Ok(call)
    }
}

/// `exportChatInviteLink`: a new primary link for `peer`, every earlier primary link revoked
/// (`messages.exportChatInvite` with `legacy_revoke_permanent`, the flag kept for the Bot
/// API). The Bot API method takes nothing but the chat, so there is nothing to check.
pub fn reset_primary_link(peer: InputPeer) -> ExportChatInvite {
    let mut call = ExportChatInvite::new(peer);
    call.legacy_revoke_permanent = true;
    call
}

/// `revokeChatInviteLink`: `link` (as returned when it was created) stops working for new
/// users (`messages.editExportedChatInvite` with `revoked` and nothing else). Revoking a
/// primary link makes the server create a new one.
pub fn revoke_link(peer: InputPeer, link: impl Into<String>) -> EditExportedChatInvite {
    let mut call = EditExportedChatInvite::new(peer, link.into());
    call.revoked = true;
    call
}

/// `approveChatJoinRequest`: lets `user` into `peer` (`messages.hideChatJoinRequest` with
/// `approved`).
pub fn approve_join_request(peer: InputPeer, user: InputUser) -> HideChatJoinRequest {
    let mut call = HideChatJoinRequest::new(peer, user);
    call.approved = true;
    call
}

/// `declineChatJoinRequest`: dismisses the request of `user` to join `peer`
/// (`messages.hideChatJoinRequest` without `approved`).
pub fn decline_join_request(peer: InputPeer, user: InputUser) -> HideChatJoinRequest {
    HideChatJoinRequest::new(peer, user)
}

/// A checked `createChatSubscriptionInviteLink`: a link whose members pay Telegram Stars every
/// period (`messages.exportChatInvite` with `subscription_pricing`).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "eq", derive(PartialEq))]
pub struct CreateSubscriptionLink {
    peer: InputPeer,
    period: u32,
    price: u32,
    name: Option<String>,
}

impl CreateSubscriptionLink {
    /// A subscription link for the channel `peer`: `period` seconds (only
    /// [`SUBSCRIPTION_PERIOD`] is accepted) for `price` Stars
    /// ([`MIN_SUBSCRIPTION_PRICE`] to [`MAX_SUBSCRIPTION_PRICE`]), paid on joining and after
    /// each period.
    pub fn new(peer: InputPeer, period: u32, price: u32) -> Self {
        CreateSubscriptionLink {
            peer,
            period,
            price,
            name: None,
        }
    }

    /// The link's name (0 to [`MAX_NAME_CHARS`] characters), shown to administrators.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Checks every rule and builds the request.
    pub fn build(self) -> Result<ExportChatInvite, InviteRuleError> {
        if self.period != SUBSCRIPTION_PERIOD {
            return Err(InviteRuleError::SubscriptionPeriodInvalid {
                seconds: self.period,
            });
        }
        if !(MIN_SUBSCRIPTION_PRICE..=MAX_SUBSCRIPTION_PRICE).contains(&self.price) {
            return Err(InviteRuleError::SubscriptionPriceOutOfRange { stars: self.price });
        }
        if let Some(name) = &self.name {
            check_name(name)?;
        }
        let pricing = types::StarsSubscriptionPricing {
            period: SUBSCRIPTION_PERIOD as i32,
            amount: self.price.into(),
        };
        let mut call = ExportChatInvite::new(self.peer);
        call.title = self.name;
        call.subscription_pricing = Some(pricing.into());
        Ok(call)
    }
}

/// A checked `editChatSubscriptionInviteLink`: only the name of a subscription link can
/// change (`messages.editExportedChatInvite` with at most `title`).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "eq", derive(PartialEq))]
pub struct EditSubscriptionLink {
    peer: InputPeer,
    link: String,
    name: Change<String>,
}

impl EditSubscriptionLink {
    /// An edit of the subscription `link` in `peer` that changes nothing yet.
    pub fn new(peer: InputPeer, link: impl Into<String>) -> Self {
        EditSubscriptionLink {
            peer,
            link: link.into(),
            name: Change::Keep,
        }
    }

    /// Changes the name (`Change::Clear` sends an empty name).
    pub fn name(mut self, change: Change<String>) -> Self {
        self.name = change;
        self
    }

    /// Checks the name and builds the request.
    pub fn build(self) -> Result<EditExportedChatInvite, InviteRuleError> {
        let mut call = EditExportedChatInvite::new(self.peer, self.link);
        call.title = match self.name {
            Change::Keep => None,
            Change::Set(name) => check_name(&name).map(|()| Some(name))?,
            Change::Clear => Some(String::new()),
        };
        Ok(call)
    }
}
