//! Invite links as users paste them, read into the hash that `messages.checkChatInvite` and
//! `messages.importChatInvite` take. The forms are those of
//! <https://core.telegram.org/api/links> (chat invite links):
//!
//! | form | example |
//! | --- | --- |
//! | `[http[s]://][www.]HOST/+HASH` | `https://t.me/+AbCdEf_-12`, `t.me/+AbCdEf` |
//! | `[http[s]://][www.]HOST/joinchat/HASH` | `http://telegram.me/joinchat/AbCdEf` |
//! | `tg://join?invite=HASH` or `tg:join?invite=HASH` (other parameters ignored) | `tg:join?invite=AbCdEf` |
//!
//! where `HOST` is `t.me`, `telegram.me` or `telegram.dog`. The scheme and host may be in any
//! case; the hash is kept exactly as written. After the hash, one `/`, a `?query` and a
//! `#fragment` are ignored (the page: the fragment is always ignored). A hash is base64url text
//! (`A-Z a-z 0-9 _ -`), 1 to [`MAX_HASH_LEN`] characters (a bad hash would be answered
//! `INVITE_HASH_INVALID`).
//!
//! Other Telegram links are refused with a typed [`InviteLinkError`], so the caller can tell
//! what they are:
//!
//! | link | error |
//! | --- | --- |
//! | `t.me/+DIGITS`, `tg://resolve?phone=DIGITS` (a phone-number link) | [`InviteLinkError::PhoneNumber`] |
//! | `t.me/USERNAME`, `@USERNAME`, `tg://resolve?domain=USERNAME` | [`InviteLinkError::PublicUsername`] |
//! | `t.me/c/123/4` and other Telegram links | [`InviteLinkError::NotAnInvite`] |
//! | another host or scheme | [`InviteLinkError::UnknownHost`], [`InviteLinkError::UnknownScheme`] |
//! | `t.me/+`, `tg://join?invite=` | [`InviteLinkError::MissingHash`] |

use std::fmt;
use std::str::FromStr;

use crate::functions::messages::{CheckChatInvite, ImportChatInvite};

/// The longest hash accepted (real hashes are 16 to 22 characters; this bounds garbage).
pub const MAX_HASH_LEN: usize = 64;

const HOSTS: [&str; 3] = ["t.me", "telegram.me", "telegram.dog"];

/// The hash of a private invite link, as parsed from one of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InviteLink {
    hash: String,
}

/// Why a text is not an invite link.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InviteLinkError {
    /// The text is empty (or only whitespace).
    Empty,
    /// The scheme is neither `http`, `https` nor `tg`.
    UnknownScheme {
        /// The scheme found, without `://`.
        scheme: String,
    },
    /// The host is not one of Telegram's link hosts.
    UnknownHost {
        /// The host found.
        host: String,
    },
    /// The link names a public chat or user, which is joined by resolving the username,
    /// not with an invite hash.
    PublicUsername {
        /// The username, without `@`.
        username: String,
    },
    /// A phone-number link (`t.me/+15551234567`, `tg://resolve?phone=15551234567`): it opens
    /// the chat of the user with that number, it is not an invite.
    PhoneNumber {
        /// The phone number, digits only.
        phone: String,
    },
    /// A Telegram link, but not an invite (`t.me/c/123/4`, `tg://settings`, ...).
    NotAnInvite {
        /// The path (or `tg://` action with its query) found.
        path: String,
    },
    /// An invite form with no hash (`t.me/+`, `tg://join?invite=`).
    MissingHash,
    /// The hash has a character outside base64url or is too long (the server would answer
    /// `INVITE_HASH_INVALID`).
    InvalidHash {
        /// The hash as found.
        hash: String,
    },
}

impl InviteLink {
    /// Parses `text` (surrounding whitespace ignored); see the [module docs](self) for the forms.
    pub fn parse(text: &str) -> Result<InviteLink, InviteLinkError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(InviteLinkError::Empty);
        }
        if let Some(name) = text.strip_prefix('@') {
            return Err(username_or_not_invite(name));
        }
        // The fragment is never part of a Telegram link.
        let text = text.split_once('#').map_or(text, |(link, _)| link);
        match split_scheme(text) {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("tg") => parse_tg(rest),
            Some((scheme, rest))
                if scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http") =>
            {
                parse_web(rest)
            }
            Some((scheme, _)) => Err(InviteLinkError::UnknownScheme {
                scheme: scheme.to_owned(),
            }),
            None => parse_web(text),
        }
    }

    /// Builds a link from a bare hash, checking it as [`InviteLink::parse`] does.
    pub fn from_hash(hash: &str) -> Result<InviteLink, InviteLinkError> {
        check_hash(hash)
    }

    /// The hash, exactly as written in the link.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The canonical form: `https://t.me/+HASH`, or `https://t.me/joinchat/HASH` for a hash
    /// of digits only (which after `+` would read as a phone number).
    pub fn url(&self) -> String {
        self.to_string()
    }

    /// `messages.checkChatInvite` for this link (what the chat is, before joining).
    pub fn check_request(&self) -> CheckChatInvite {
        CheckChatInvite {
            hash: self.hash.clone(),
        }
    }

    /// `messages.importChatInvite` for this link (join the chat).
    pub fn import_request(&self) -> ImportChatInvite {
        ImportChatInvite {
            hash: self.hash.clone(),
        }
    }
}

/// `SCHEME://REST`, or `tg:REST` (the `tg:` scheme needs no `//`).
fn split_scheme(text: &str) -> Option<(&str, &str)> {
    if let Some(split) = text.split_once("://") {
        return Some(split);
    }
    let (scheme, rest) = text.split_at_checked(3)?;
    scheme
        .eq_ignore_ascii_case("tg:")
        .then_some((&scheme[..2], rest))
}

/// `HOST/PATH[?QUERY]` with an optional `www.`; the query is ignored.
fn parse_web(rest: &str) -> Result<InviteLink, InviteLinkError> {
    let rest = rest.split_once('?').map_or(rest, |(link, _)| link);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let bare = host.strip_prefix("www.").unwrap_or(host);
    let bare = bare.strip_prefix("WWW.").unwrap_or(bare);
    if !HOSTS.iter().any(|h| h.eq_ignore_ascii_case(bare)) {
        return Err(InviteLinkError::UnknownHost {
            host: host.to_owned(),
        });
    }
    let path = path.strip_suffix('/').unwrap_or(path);
    if let Some(hash) = path.strip_prefix('+') {
        if is_phone_number(hash) {
            return Err(InviteLinkError::PhoneNumber {
                phone: hash.to_owned(),
            });
        }
        return check_hash(hash);
    }
    if let Some(hash) = path.strip_prefix("joinchat/") {
        return check_hash(hash);
    }
    Err(match path {
        "joinchat" => InviteLinkError::MissingHash,
        "" => InviteLinkError::NotAnInvite {
            path: String::new(),
        },
        _ => username_or_not_invite(path),
    })
}

/// `join?invite=HASH` (or another action, which is not an invite).
fn parse_tg(rest: &str) -> Result<InviteLink, InviteLinkError> {
    let (action, query) = rest.split_once('?').unwrap_or((rest, ""));
    let param = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    };
    if action.eq_ignore_ascii_case("join") {
        return match param("invite") {
            Some(hash) => check_hash(hash),
            None => Err(InviteLinkError::MissingHash),
        };
    }
    if action.eq_ignore_ascii_case("resolve") {
        if let Some(domain) = param("domain") {
            return Err(username_or_not_invite(domain));
        }
        if let Some(phone) = param("phone").filter(|phone| is_phone_number(phone)) {
            return Err(InviteLinkError::PhoneNumber {
                phone: phone.to_owned(),
            });
        }
    }
    Err(InviteLinkError::NotAnInvite {
        path: rest.to_owned(),
    })
}

/// A phone number in a link: digits only (a hash of digits only would be read as one, as
/// Telegram's apps do).
fn is_phone_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn check_hash(hash: &str) -> Result<InviteLink, InviteLinkError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    if hash.is_empty() {
        Err(InviteLinkError::MissingHash)
    } else if hash.len() > MAX_HASH_LEN || !hash.chars().all(allowed) {
        Err(InviteLinkError::InvalidHash {
            hash: hash.to_owned(),
        })
    } else {
        Ok(InviteLink {
            hash: hash.to_owned(),
        })
    }
}

/// A username is a letter, then letters, digits or `_`; other paths are not invites.
fn username_or_not_invite(path: &str) -> InviteLinkError {
    let mut chars = path.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    if starts_with_letter && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        InviteLinkError::PublicUsername {
            username: path.to_owned(),
        }
    } else {
        InviteLinkError::NotAnInvite {
            path: path.to_owned(),
        }
    }
}

impl FromStr for InviteLink {
    type Err = InviteLinkError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        InviteLink::parse(text)
    }
}

impl fmt::Display for InviteLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if is_phone_number(&self.hash) {
            write!(f, "https://t.me/joinchat/{}", self.hash)
        } else {
            write!(f, "https://t.me/+{}", self.hash)
        }
    }
}

impl fmt::Display for InviteLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "expected an invite link, found empty text"),
            Self::UnknownScheme { scheme } => write!(
                f,
                "expected an https:// or tg:// invite link, found the scheme `{scheme}`"
            ),
            Self::UnknownHost { host } => write!(
                f,
                "expected a t.me, telegram.me or telegram.dog link, found the host `{host}`"
            ),
            Self::PublicUsername { username } => write!(
                f,
                "expected an invite link, found the public username `{username}` (resolve it instead)"
            ),
            Self::PhoneNumber { phone } => write!(
                f,
                "expected an invite link, found a link to the phone number +{phone} (resolve it instead)"
            ),
            Self::NotAnInvite { path } => {
                write!(f, "expected an invite link, found the Telegram link `{path}`")
            }
            Self::MissingHash => write!(f, "expected an invite hash after the invite prefix, found none"),
            Self::InvalidHash { hash } => write!(
                f,
                "expected an invite hash of 1 to {MAX_HASH_LEN} characters A-Z a-z 0-9 _ -, found `{hash}` \
                 (the server would answer INVITE_HASH_INVALID)"
            ),
        }
    }
}

impl std::error::Error for InviteLinkError {}
