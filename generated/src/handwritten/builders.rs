//! Checked builders for `messages.exportChatInvite` (create a link) and
//! `messages.editExportedChatInvite` (edit or revoke one).
//!
//! They apply the rules the Bot API states for the same operation (`editChatInviteLink`,
//! `createChatInviteLink`) before anything is sent; each violation is an [`InviteRuleError`]
//! that names the Telegram error it prevents ([`InviteRuleError::prevents`]):
//!
//! | rule | prevents |
//! | --- | --- |
//! | the name is 0 to [`MAX_NAME_CHARS`] characters (Unicode scalar values) | `INVITE_LINK_NAME_INVALID` |
//! | the member limit is [`MIN_MEMBER_LIMIT`] to [`MAX_MEMBER_LIMIT`] | `USAGE_LIMIT_INVALID` (Bot API: `MEMBER_LIMIT_INVALID`) |
//! | a member limit is not combined with join-request approval | "can't combine member limit with join request approval" |
//! | the expiry is Unix seconds in `1..=i32::MAX` (the wire field is a 32-bit `int`) | `EXPIRE_DATE_INVALID` |
//!
//! Whether the expiry is in the future is not checked: that needs the server's clock.
//!
//! # Leave unchanged or clear
//!
//! An edit sends only what is set; an absent field keeps its value (Bot API: "omitting
//! optional fields keeps the current value"). [`Change`] makes the three cases explicit. To
//! clear, the field is sent with its "none" value: expiry `0` (never expires) and usage limit
//! `0` (no limit), as Telegram clients (TDLib) send them, and an empty title (a 0-character
//! name is valid). The reference pages of the methods do not spell out the `0` convention;
//! it is what we relied on.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::enums::InputPeer;
use crate::functions::messages::{EditExportedChatInvite, ExportChatInvite};

/// The longest link name, in characters.
pub const MAX_NAME_CHARS: usize = 32;
/// The smallest member limit.
pub const MIN_MEMBER_LIMIT: u32 = 1;
/// The largest member limit.
pub const MAX_MEMBER_LIMIT: u32 = 99_999;

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

/// A documented rule a request would break, checked before sending.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InviteRuleError {
    /// The name is longer than [`MAX_NAME_CHARS`] characters.
    NameTooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// The member limit is outside [`MIN_MEMBER_LIMIT`]..=[`MAX_MEMBER_LIMIT`].
    MemberLimitOutOfRange {
        /// The limit asked for.
        limit: u32,
    },
    /// A member limit and join-request approval were both asked for.
    MemberLimitWithJoinRequest,
    /// The expiry is not in `1..=i32::MAX` Unix seconds.
    ExpireDateOutOfRange {
        /// The Unix seconds asked for.
        seconds: i64,
    },
}

impl InviteRuleError {
    /// The Telegram error this check prevents.
    pub fn prevents(&self) -> &'static str {
        match self {
            Self::NameTooLong { .. } => "INVITE_LINK_NAME_INVALID",
            Self::MemberLimitOutOfRange { .. } => "USAGE_LIMIT_INVALID",
            Self::MemberLimitWithJoinRequest => {
                "can't combine member limit with join request approval"
            }
            Self::ExpireDateOutOfRange { .. } => "EXPIRE_DATE_INVALID",
        }
    }
}

impl fmt::Display for InviteRuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NameTooLong { chars } => write!(
                f,
                "expected a link name of at most {MAX_NAME_CHARS} characters, found {chars}"
            ),
            Self::MemberLimitOutOfRange { limit } => write!(
                f,
                "expected a member limit of {MIN_MEMBER_LIMIT} to {MAX_MEMBER_LIMIT}, found {limit}"
            ),
            Self::MemberLimitWithJoinRequest => write!(
                f,
                "expected either a member limit or join-request approval, found both"
            ),
            Self::ExpireDateOutOfRange { seconds } => write!(
                f,
                "expected an expiry of 1 to {} Unix seconds, found {seconds}",
                i32::MAX
            ),
        }?;
        write!(f, " (Telegram would answer {})", self.prevents())
    }
}

impl std::error::Error for InviteRuleError {}

fn check_name(name: &str) -> Result<(), InviteRuleError> {
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(InviteRuleError::NameTooLong { chars });
    }
    Ok(())
}

fn check_limit(limit: u32) -> Result<i32, InviteRuleError> {
    if !(MIN_MEMBER_LIMIT..=MAX_MEMBER_LIMIT).contains(&limit) {
        return Err(InviteRuleError::MemberLimitOutOfRange { limit });
    }
    Ok(limit as i32)
}

fn check_expiry(time: UnixTime) -> Result<i32, InviteRuleError> {
    match i32::try_from(time.0) {
        Ok(seconds) if seconds >= 1 => Ok(seconds),
        _ => Err(InviteRuleError::ExpireDateOutOfRange { seconds: time.0 }),
    }
}

/// A checked `messages.exportChatInvite`: a new additional invite link.
#[derive(Debug, Clone, PartialEq)]
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

    /// Whether an administrator must approve each user joining (not with a member limit).
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
#[derive(Debug, Clone, PartialEq)]
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

    /// Turns join-request approval on or off (not sent unless called).
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
        let usage_limit = match self.member_limit {
            Change::Keep => None,
            Change::Set(limit) => Some(check_limit(limit)?),
            Change::Clear => Some(0),
        };
        if matches!(self.member_limit, Change::Set(_)) && self.join_request == Some(true) {
            return Err(InviteRuleError::MemberLimitWithJoinRequest);
        }
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
