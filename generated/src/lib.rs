//! Rust bindings for Telegram's chat invite-link methods, generated from the official MTProto
//! schema (layer 230) by `cargo run -p codegen` (see the `codegen` crate).
//!
//! Only the roots listed in `schema/invite-roots.txt` (the invite-link methods) and everything
//! they reference are generated. Values are written and read with the traits of
//! [`tl_runtime`]: `to_bytes()` and `from_bytes()`; a method's answer, as the server sends
//! it (inside `rpc_result` / `gzip_packed`, or an `rpc_error`), is decoded with
//! [`tl_runtime::RemoteCall::decode_answer`]. The TL type `RpcError` is
//! [`tl_runtime::RpcError`], not generated: it is the error of every method's answer
//! ([`tl_runtime::RemoteCall`]).
//!
//! # Example
//!
//! ```
//! use tl_api::{enums, functions, types};
//! use tl_api::tl_runtime::{Decode, RemoteCall, Encode};
//!
//! let peer = types::InputPeerChannel { channel_id: 1234567890, access_hash: -4638371920211275392 };
//! let mut call = functions::messages::ExportChatInvite::new(peer.into());
//! call.usage_limit = Some(10);
//! let bytes = call.to_bytes()?;
//! assert_eq!(bytes[..4], 0xa455de90_u32.to_le_bytes());
//! assert_eq!(functions::messages::ExportChatInvite::from_bytes(&bytes)?, call);
//!
//! // The server answers with an `ExportedChatInvite`:
//! let answer = enums::ExportedChatInvite::ChatInvitePublicJoinRequests.to_bytes()?;
//! let invite = functions::messages::ExportChatInvite::decode_answer(&answer)?;
//! assert_eq!(invite, enums::ExportedChatInvite::ChatInvitePublicJoinRequests);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Layout
//!
//! This file is written by hand; the generator writes only the module trees it includes:
//!
//! - `src/invite/`: the closure of `schema/invite-roots.txt` (the default);
//! - `src/layer/`: the whole layer, every constructor and method of `schema/api.tl` and
//!   `schema/mtproto.tl`, used instead of `src/invite/` with the `full-layer` feature.
//!
//! `cargo run -p codegen` keeps both fresh; CI checks them with `--check`. The selected one is
//! re-exported here: [`types`] (a struct per constructor), [`enums`] (an enum per boxed type),
//! [`functions`] (a struct per method), [`errors`] (an error enum per method with errors listed
//! in `schema/errors.tsv`) and [`LAYER`].
//!
//! # Helpers
//!
//! Written by hand over the generated items, each module named by what it does and reached by
//! that one path (nothing of theirs is re-exported here):
//!
//! - [`links`]: invite links as users paste them ([`links::InviteLink`]), parsed into the hash
//!   that `messages.checkChatInvite` and `messages.importChatInvite` take.
//! - [`invite_builders`]: the Bot API's invite-link operations as checked MTProto calls, each
//!   documented rule applied before anything is sent: create and edit
//!   ([`invite_builders::CreateInviteLink`], [`invite_builders::EditInviteLink`]), reset the
//!   primary link, revoke, subscription links, and approve or decline join requests.
//! - [`bot_api`]: Bot API shapes over TL values: the `ChatInviteLink` object
//!   ([`bot_api::ChatInviteLink`]) and Bot API chat ids ⇄ MTProto peers ([`bot_api::PeerId`]).
//! - [`pagination`]: the next `getExportedChatInvites` / `getChatInviteImporters` request from
//!   the last page ([`pagination::Pager`], [`pagination::PagedRequest`]).
//!
//! # Features
//!
//! - `json`: TL-JSON (`{"_": "inputPeerSelf"}`) for every generated type, and the `registry`
//!   module (TL bytes <-> TL-JSON for any boxed constructor or function of the set, or for a
//!   type named by the caller: `registry::decode_json_as`). The `tl` command line no longer
//!   uses it: it reads the schema at run time (`tl_dynamic`, package `codegen`), so building
//!   it compiles none of these bindings.
//! - `full-layer`: the whole layer instead of the invite-link closure. Additive: every item of
//!   the invite set is generated identically in the whole layer, so code written against the
//!   default keeps compiling. It costs build time: see the README's build-cost table.

// Generated, formatted by prettyplease at generation time: rustfmt must not reformat it, or
// `cargo fmt` and the freshness check would fight.
#[cfg(not(feature = "full-layer"))]
#[path = "invite/mod.rs"]
mod bindings;

#[cfg(feature = "full-layer")]
#[path = "layer/mod.rs"]
mod bindings;

#[cfg(feature = "borrowed")]
pub use bindings::borrowed;
#[cfg(feature = "json")]
pub use bindings::registry;
pub use bindings::{enums, errors, functions, types, LAYER};

pub mod bot_api;
pub mod invite_builders;
pub mod links;
pub mod pagination;

/// The runtime the generated code is written against (traits, reader, errors).
pub use tl_runtime;
