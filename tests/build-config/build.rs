//! Generates two modules with every customization of `tl_codegen::Config`:
//!
//! - `$OUT_DIR/peers.rs` from `schema/peers.tl`: every type derives `Hash` and `Eq`;
//! - `$OUT_DIR/chats.rs` from `schema/chats.tl`, a fragment that uses `Peer` without
//!   declaring it (`allow_external`), written as the enum of `peers.rs` (`extern_path`),
//!   with attributes on types and fields, and `Bytes`/`SharedStr` fields.
//!
//! TL-JSON is gated on this crate's `json` feature (chosen over the TDLib dialect's default,
//! TDLib's JSON, which `tests/tdlib-json` tests).

use tl_codegen::{Config, Dialect, JsonConvention};

fn main() -> Result<(), tl_codegen::Error> {
    Config::new()
        .schema("schema/peers.tl")
        .dialect(Dialect::Tdlib)
        .type_attribute(".", "#[derive(Hash, Eq)]")
        .json_feature("json")
        .json_convention(JsonConvention::TlJson)
        .emit_rerun_if_changed(true)
        .file_name("peers.rs")
        .partial_eq(true)
        .try_from_enums(true)
        .generate()?;

    let mut chats = Config::new();
    chats
        .schema("schema/chats.tl")
        .dialect(Dialect::Tdlib)
        .allow_external(true)
        .extern_path("Peer", "crate::peers::enums::Peer")
        .type_attribute("chatInviteLink", "#[derive(Hash, Eq)]")
        .type_attribute("ChatInviteLink", "#[derive(Hash, Eq)]")
        .type_attribute("getChat", "#[derive(Copy)]")
        .field_attribute(
            "chatInviteLink.invite_link",
            r#"#[cfg_attr(feature = "json", serde(rename = "link"))]"#,
        )
        .field_attribute("chat.title", r#"#[doc(alias = "name")]"#)
        .json_feature("json")
        .json_convention(JsonConvention::TlJson)
        .emit_rerun_if_changed(true)
        .file_name("chats.rs");
    chats
        .bytes(["chatPhoto", "chat.thumb"])
        .shared_strings(["chatInviteLink.name", "chat.tags"])
        .borrowed(["getChatInviteLinks", "getChat"])
        .partial_eq(true)
        .try_from_enums(true)
        .generate()?;
    Ok(())
}
