//! Hand-written helpers over the generated bindings (nothing here is written by the
//! generator): invite links as users meet them.
//!
//! - [`links`]: parse `https://t.me/+HASH`, `t.me/joinchat/HASH`, `tg://join?invite=HASH`
//!   into the hash of `messages.checkChatInvite` / `messages.importChatInvite`.
//! - [`builders`]: checked builders for creating and editing links, applying the Bot API's
//!   rules (name length, member limit, expiry) before anything is sent.
//! - [`pagination`]: the next `getExportedChatInvites` / `getChatInviteImporters` request
//!   from the last item of a page, with a stuck-cursor check.
//! - [`rpc`]: `rpc_error` to [`tl_runtime::RpcError`].

pub mod builders;
pub mod links;
pub mod pagination;
pub mod rpc;

pub use builders::{Change, CreateInviteLink, EditInviteLink, InviteRuleError, UnixTime};
pub use links::{InviteLink, InviteLinkError};
pub use pagination::{PageError, PageStatus, PagedRequest, Pager};
pub use rpc::decode_rpc_error;
