//! The `prost-build`-style setters of `tl_codegen::Config` reach the output: attributes,
//! `Bytes`/`SharedStr` fields, extern types, `allow_external`; bad values are errors that
//! name the option and the path.

use std::fs;
use std::path::{Path, PathBuf};

use tl_codegen::emit::EmitError;
use tl_codegen::{Config, Dialect, Error};

const CHATS: &str = "\
chatInvite flags:# link:string hash:bytes title:flags.0?string = ChatInvite;
chat id:long peer:Peer invite:ChatInvite = Chat;
---functions---
chats.get peer:Peer = Chat;
";

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("config-customize-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A config of `chats.tl`, which uses `Peer` without declaring it.
fn chats(dir: &Path) -> Config {
    fs::write(dir.join("chats.tl"), CHATS).unwrap();
    let mut config = Config::new();
    config
        .schema(dir.join("chats.tl"))
        .dialect(Dialect::Tdlib)
        .emit_rerun_if_changed(false);
    config
}

#[test]
fn every_setter_reaches_the_output() {
    let dir = scratch("all");
    let text = chats(&dir)
        .allow_external(true)
        .extern_path("Peer", "crate::peers::enums::Peer")
        .type_attribute("chatInvite", "#[derive(Hash, Eq)]")
        .type_attribute("Chat", "#[derive(Default)]")
        .field_attribute("chatInvite.link", "#[doc(alias = \"url\")]")
        .bytes(["chatInvite"])
        .shared_strings(["chatInvite.title"])
        .render_file()
        .unwrap();
    assert!(
        text.contains("#[derive(Hash, Eq)]\n    pub struct ChatInvite {"),
        "{text}"
    );
    assert!(
        text.contains("#[derive(Default)]\n    pub enum Chat {"),
        "{text}"
    );
    assert!(text.contains("#[doc(alias = \"url\")]\n        pub link: String,"));
    assert!(text.contains("pub hash: tl_runtime::bytes::Bytes,"));
    assert!(text.contains("pub title: Option<tl_runtime::SharedStr>,"));
    assert!(text.contains("pub peer: crate::peers::enums::Peer,"));
    assert!(!text.contains("pub enum Peer"));
}

#[test]
fn an_undeclared_type_needs_allow_external_and_an_extern_path() {
    let dir = scratch("external");
    let error = chats(&dir).render_file().unwrap_err();
    assert!(matches!(error, Error::Schema { .. }));
    assert!(
        error.to_string().contains("error: unknown type `Peer`"),
        "{error}"
    );

    let error = chats(&dir).allow_external(true).render_file().unwrap_err();
    assert_eq!(
        error.to_string(),
        "type `Peer` used by `chats.get` has no constructor to emit"
    );

    let text = chats(&dir)
        .allow_external(true)
        .extern_path(".", "crate::peers::enums")
        .render_file()
        .unwrap();
    // Every boxed type is extern: only the function is left.
    assert!(
        text.contains("pub peer: crate::peers::enums::Peer,"),
        "{text}"
    );
    assert!(
        text.contains("type Return = crate::peers::enums::Chat;"),
        "{text}"
    );
    assert!(!text.contains("pub struct Chat "), "{text}");
    assert!(!text.contains("pub struct ChatInvite "), "{text}");
}

#[test]
fn bad_attributes_and_paths_name_option_and_path() {
    let dir = scratch("bad");
    let error = chats(&dir)
        .allow_external(true)
        .extern_path("Peer", "crate::Peer")
        .field_attribute("chatInvite.link", "#[serde(rename = ")
        .render_file()
        .unwrap_err();
    let Error::Emit(EmitError::InvalidCustomization { option, path, .. }) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (option.as_str(), path.as_str()),
        ("field_attribute", "chatInvite.link")
    );
    assert!(error
        .to_string()
        .starts_with("invalid field_attribute(\"chatInvite.link\", \"#[serde(rename = \")"));

    let error = chats(&dir)
        .allow_external(true)
        .extern_path("peer", "crate::Peer")
        .render_file()
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("extern_path(\"peer\", \"crate::Peer\")"),
        "{error}"
    );
}

#[test]
#[allow(deprecated)]
fn cargo_metadata_is_the_old_name_of_emit_rerun_if_changed() {
    let dir = scratch("deprecated");
    fs::write(dir.join("chats.tl"), CHATS).unwrap();
    let text = Config::new()
        .schema(dir.join("chats.tl"))
        .dialect(Dialect::Tdlib)
        .allow_external(true)
        .extern_path("Peer", "crate::Peer")
        .cargo_metadata(false)
        .render_file()
        .unwrap();
    assert!(text.contains("pub struct Chat {"));
}
