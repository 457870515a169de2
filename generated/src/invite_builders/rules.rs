//! The rules the builders apply ([`InviteRuleError`]) and the Telegram errors they prevent
//! ([`PreventedError`]).

use std::fmt;

use tl_runtime::RpcError;

use super::{
    UnixTime, MAX_MEMBER_LIMIT, MAX_NAME_CHARS, MAX_SUBSCRIPTION_PRICE, MIN_MEMBER_LIMIT,
    MIN_SUBSCRIPTION_PRICE, SUBSCRIPTION_PERIOD,
};
use crate::errors::messages::{EditExportedChatInviteError, ExportChatInviteError};

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
    /// A subscription period other than [`SUBSCRIPTION_PERIOD`].
    SubscriptionPeriodInvalid {
        /// The period asked for, in seconds.
        seconds: u32,
    },
    /// A subscription price outside [`MIN_SUBSCRIPTION_PRICE`]..=[`MAX_SUBSCRIPTION_PRICE`].
    SubscriptionPriceOutOfRange {
        /// The price asked for, in Telegram Stars.
        stars: u32,
    },
}

/// What the Bot API answers a member limit given with join-request approval; MTProto has no
/// error name for it.
const MEMBER_LIMIT_WITH_JOIN_REQUEST: &str =
    "can't combine member limit with join request approval";

impl InviteRuleError {
    /// The Telegram error this check prevents: what the server would answer the call with.
    /// `None` for [`InviteRuleError::MemberLimitWithJoinRequest`], a rule of the Bot API
    /// ("can't combine member limit with join request approval") without an MTProto error.
    ///
    /// ```
    /// use tl_api::errors::messages::ExportChatInviteError;
    /// use tl_api::invite_builders::{InviteRuleError, PreventedError};
    ///
    /// let error = InviteRuleError::MemberLimitOutOfRange { limit: 0 };
    /// let prevented = error.prevents().unwrap();
    /// assert_eq!(prevented, PreventedError::UsageLimitInvalid);
    /// assert_eq!(prevented.name(), "USAGE_LIMIT_INVALID");
    /// // The method's own error, as the server's answer would decode.
    /// let answer = ExportChatInviteError::from(prevented);
    /// assert_eq!(answer, ExportChatInviteError::UsageLimitInvalid);
    /// ```
    pub fn prevents(&self) -> Option<PreventedError> {
        Some(match self {
            Self::NameTooLong { .. } => PreventedError::InviteLinkNameInvalid,
            Self::MemberLimitOutOfRange { .. } => PreventedError::UsageLimitInvalid,
            Self::MemberLimitWithJoinRequest => return None,
            Self::ExpireDateOutOfRange { .. } => PreventedError::ExpireDateInvalid,
            Self::SubscriptionPeriodInvalid { .. } => PreventedError::SubscriptionPeriodInvalid,
            Self::SubscriptionPriceOutOfRange { .. } => PreventedError::PricingChatInvalid,
        })
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
            Self::SubscriptionPeriodInvalid { seconds } => write!(
                f,
                "expected a subscription period of {SUBSCRIPTION_PERIOD} seconds (30 days), found {seconds}"
            ),
            Self::SubscriptionPriceOutOfRange { stars } => write!(
                f,
                "expected a subscription price of {MIN_SUBSCRIPTION_PRICE} to {MAX_SUBSCRIPTION_PRICE} Stars, found {stars}"
            ),
        }?;
        match self.prevents() {
            Some(prevented) => write!(f, " (Telegram would answer {})", prevented.name()),
            None => write!(
                f,
                " (the Bot API answers \"{MEMBER_LIMIT_WITH_JOIN_REQUEST}\")"
            ),
        }
    }
}

impl std::error::Error for InviteRuleError {}

/// A Telegram error that a rule of the builders prevents ([`InviteRuleError::prevents`]).
///
/// The builders make two methods, whose documented errors differ (`INVITE_LINK_NAME_INVALID`
/// is listed for `messages.editExportedChatInvite` only), so this converts into the error
/// type of either, [`ExportChatInviteError`] and [`EditExportedChatInviteError`], as the
/// server's answer would: the variant the method lists, or `Other` with the
/// [`RpcError`] (which it converts into too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreventedError {
    /// `400 INVITE_LINK_NAME_INVALID`: the name is longer than [`MAX_NAME_CHARS`] characters.
    InviteLinkNameInvalid,
    /// `400 USAGE_LIMIT_INVALID`: the member limit is out of range (the Bot API's
    /// `MEMBER_LIMIT_INVALID`).
    UsageLimitInvalid,
    /// `400 EXPIRE_DATE_INVALID`: the expiry is not a valid date.
    ExpireDateInvalid,
    /// `400 SUBSCRIPTION_PERIOD_INVALID`: a period other than [`SUBSCRIPTION_PERIOD`].
    SubscriptionPeriodInvalid,
    /// `400 PRICING_CHAT_INVALID`: the subscription price is not allowed.
    PricingChatInvalid,
}

impl PreventedError {
    /// The error's name, as Telegram sends it (`USAGE_LIMIT_INVALID`).
    pub fn name(self) -> &'static str {
        match self {
            Self::InviteLinkNameInvalid => "INVITE_LINK_NAME_INVALID",
            Self::UsageLimitInvalid => "USAGE_LIMIT_INVALID",
            Self::ExpireDateInvalid => "EXPIRE_DATE_INVALID",
            Self::SubscriptionPeriodInvalid => "SUBSCRIPTION_PERIOD_INVALID",
            Self::PricingChatInvalid => "PRICING_CHAT_INVALID",
        }
    }

    /// The error's code: 400 (bad request) for all of them.
    pub fn code(self) -> i32 {
        400
    }
}

impl From<PreventedError> for RpcError {
    fn from(error: PreventedError) -> Self {
        RpcError::new(error.code(), error.name())
    }
}

impl From<PreventedError> for ExportChatInviteError {
    fn from(error: PreventedError) -> Self {
        RpcError::from(error).into()
    }
}

impl From<PreventedError> for EditExportedChatInviteError {
    fn from(error: PreventedError) -> Self {
        RpcError::from(error).into()
    }
}

pub(super) fn check_name(name: &str) -> Result<(), InviteRuleError> {
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(InviteRuleError::NameTooLong { chars });
    }
    Ok(())
}

pub(super) fn check_limit(limit: u32) -> Result<i32, InviteRuleError> {
    if !(MIN_MEMBER_LIMIT..=MAX_MEMBER_LIMIT).contains(&limit) {
        return Err(InviteRuleError::MemberLimitOutOfRange { limit });
    }
    Ok(limit as i32)
}

pub(super) fn check_expiry(time: UnixTime) -> Result<i32, InviteRuleError> {
    match i32::try_from(time.0) {
        Ok(seconds) if seconds >= 1 => Ok(seconds),
        _ => Err(InviteRuleError::ExpireDateOutOfRange { seconds: time.0 }),
    }
}
