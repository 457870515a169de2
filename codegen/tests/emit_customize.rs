//! `EmitOptions::customize` (what `Config::type_attribute`, `field_attribute`, `bytes`,
//! `shared_strings` and `extern_path` set): the effect of each on a small schema, read in
//! the emitted text. That the results compile (and behave) is shown by the
//! `tests/build-config` crate.

use std::num::NonZeroUsize;

use tl_codegen::emit::{
    emit_single_file, Customize, EmitError, EmitOptions, JsonConvention, JsonSupport,
};
use tl_codegen::model::{load_with, Dialect, LoadOptions, SourceFile};

const SCHEMA: &str = "\
inputPeerEmpty = InputPeer;
inputPeerUser user_id:long access_hash:long = InputPeer;
storage.fileJpeg = storage.FileType;
storage.filePng = storage.FileType;
chatInviteExported flags:# revoked:flags.0?true link:string title:flags.1?string hash:bytes = ExportedChatInvite;
upload.file type:storage.FileType mtime:int bytes:bytes = upload.File;
photo flags:# tags:Vector<string> sizes:Vector<bytes> thumb:flags.0?bytes alt:flags.1?Vector<string> = Photo;
---functions---
messages.exportChatInvite peer:InputPeer title:string = ExportedChatInvite;
upload.getFile peer:InputPeer location:bytes = upload.File;
users.getSelf = InputPeer;
getPhoto = Photo;
";

/// The single-file output of `schema` with `customize` (and TL-JSON under `json`).
fn emit_with(
    schema: &str,
    roots: Option<&[&str]>,
    customize: Customize,
) -> Result<String, EmitError> {
    let source = SourceFile::new("custom.tl", schema);
    let options = LoadOptions {
        dialect: Dialect::Tdlib,
        allow_external: true,
    };
    let schema = load_with(&[source], options)
        .into_result()
        .unwrap_or_else(|errors| panic!("the schema loads:\n{errors}"));
    let options = EmitOptions {
        roots: roots.map(|r| r.iter().map(|s| s.to_string()).collect()),
        json: JsonSupport::Feature("json".into()),
        // TL-JSON, as these tests were written for (the dialect's default is TDLib's JSON).
        json_convention: Some(JsonConvention::TlJson),
        threads: NonZeroUsize::new(1),
        customize,
        ..EmitOptions::default()
    };
    emit_single_file(&schema, &options)
}

fn emit(customize: Customize) -> String {
    emit_with(SCHEMA, None, customize).unwrap()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn customizations_that_match_nothing_change_nothing() {
    let plain = emit(Customize::default());
    let unmatched = emit(Customize {
        type_attributes: pairs(&[("nothing", "#[derive(Hash)]"), ("none.", "#[must_use]")]),
        field_attributes: pairs(&[("photo.nothing", "#[doc(hidden)]")]),
        bytes: strings(&["inputPeerUser"]),
        shared_strings: strings(&["upload.file"]),
        extern_paths: pairs(&[("Nothing", "::x::Nothing")]),
        borrowed: strings(&["nothing."]),
    });
    assert_eq!(plain, unmatched);
    assert!(!plain.contains("pub mod borrowed"));
    assert!(plain.contains("pub hash: Vec<u8>,"));
    assert!(plain.contains("pub link: String,"));
}

#[test]
fn type_attributes_go_after_the_derives() {
    let text = emit(Customize {
        type_attributes: pairs(&[
            ("chatInviteExported", "#[derive(Hash, Eq)]"),
            ("messages.exportChatInvite", "#[must_use]"),
            ("ExportedChatInvite", "#[derive(Eq)]"),
            ("storage.", "#[derive(Copy)]"),
            ("storage.FileType", "#[derive(Hash)] #[non_exhaustive]"),
        ]),
        ..Customize::default()
    });
    // Every field of chatInviteExported has a default (flags, optionals, string, bytes).
    let derives = "#[derive(Debug, Clone, Default)]\n";
    let serde =
        "    #[cfg_attr(feature = \"json\", derive(serde::Serialize, serde::Deserialize))]\n    \
                 #[cfg_attr(feature = \"json\", serde(deny_unknown_fields))]\n";
    let expected =
        format!("{derives}{serde}    #[derive(Hash, Eq)]\n    pub struct ChatInviteExported {{");
    assert!(text.contains(&format!("    {expected}")), "{text}");
    assert!(
        text.contains("    #[must_use]\n        pub struct ExportChatInvite {"),
        "{text}"
    );
    assert!(text.contains(
        "    #[derive(Debug, Clone)]\n    #[derive(Eq)]\n    pub enum ExportedChatInvite {"
    ));
    // A prefix: both constructors' structs and the type's enum, which also has its own.
    assert_eq!(text.matches("#[derive(Copy)]").count(), 3);
    assert!(text.contains("#[derive(Copy)]\n        #[derive(Hash)]\n        #[non_exhaustive]\n        pub enum FileType {"));
    assert_eq!(text.matches("#[derive(Hash, Eq)]").count(), 1);
}

#[test]
fn dot_reaches_every_struct_and_enum() {
    let text = emit(Customize {
        type_attributes: pairs(&[(".", "#[doc(alias = \"tl\")]")]),
        ..Customize::default()
    });
    let structs = text.matches("pub struct ").count();
    let enums = text.matches("pub enum ").count();
    assert_eq!(
        text.matches("#[doc(alias = \"tl\")]").count(),
        structs + enums
    );
}

#[test]
fn field_attributes_by_field_definition_and_prefix() {
    let text = emit(Customize {
        field_attributes: pairs(&[
            (
                "chatInviteExported.link",
                "#[cfg_attr(feature = \"json\", serde(rename = \"url\"))]",
            ),
            ("upload.file", "#[doc(alias = \"f\")]"),
        ]),
        ..Customize::default()
    });
    assert!(text.contains(
        "#[cfg_attr(feature = \"json\", serde(rename = \"url\"))]\n        pub link: String,"
    ));
    assert_eq!(text.matches("serde(rename = \"url\")").count(), 1);
    // After the generated serde attribute of the field (hex for bytes).
    assert!(text.contains(
        "#[cfg_attr(feature = \"json\", serde(with = \"tl_runtime::json::hex\"))]\n            #[doc(alias = \"f\")]\n            pub bytes: Vec<u8>,"
    ), "{text}");
    assert_eq!(
        text.matches("#[doc(alias = \"f\")]").count(),
        3,
        "the three fields of upload.file"
    );
}

#[test]
fn bytes_become_bytes_in_vectors_and_options_too() {
    let text = emit(Customize {
        bytes: strings(&["photo", "chatInviteExported.hash"]),
        ..Customize::default()
    });
    assert!(text.contains("pub hash: tl_runtime::bytes::Bytes,"));
    assert!(text.contains("pub sizes: Vec<tl_runtime::bytes::Bytes>,"));
    assert!(text.contains("pub thumb: Option<tl_runtime::bytes::Bytes>,"));
    // Not matched: still `Vec<u8>`.
    assert!(text.contains("pub bytes: Vec<u8>,"));
    assert!(text.contains("pub location: Vec<u8>,"));
    // TL-JSON: the same hex helper as `Vec<u8>`.
    let hex = "serde(with = \"tl_runtime::json::hex\")";
    assert!(text.contains(&format!(
        "{hex})]\n        pub hash: tl_runtime::bytes::Bytes,"
    )));
    assert!(text.contains("skip_serializing_if = \"Option::is_none\",\n                with = \"tl_runtime::json::hex\""));
}

#[test]
fn shared_strings_in_vectors_and_options_too() {
    let text = emit(Customize {
        shared_strings: strings(&["."]),
        ..Customize::default()
    });
    assert!(text.contains("pub link: tl_runtime::SharedStr,"));
    assert!(text.contains("pub title: Option<tl_runtime::SharedStr>,"));
    assert!(text.contains("pub tags: Vec<tl_runtime::SharedStr>,"));
    assert!(text.contains("pub alt: Option<Vec<tl_runtime::SharedStr>>,"));
    assert!(!text.contains(": String,"));
    assert!(!text.contains("<String>"));
    // bytes are untouched by shared_strings.
    assert!(text.contains("pub hash: Vec<u8>,"));
}

#[test]
fn extern_types_are_referenced_not_emitted() {
    let text = emit(Customize {
        extern_paths: pairs(&[
            ("InputPeer", "::peers::enums::InputPeer"),
            ("storage.", "crate::files::enums::storage"),
        ]),
        ..Customize::default()
    });
    assert!(text.contains("pub peer: ::peers::enums::InputPeer,"));
    assert!(text.contains("type Return = ::peers::enums::InputPeer;"));
    assert!(text.contains("pub r#type: crate::files::enums::storage::FileType,"));
    for gone in [
        "pub enum InputPeer",
        "pub struct InputPeerUser",
        "pub enum FileType",
        "pub struct FileJpeg",
    ] {
        assert!(!text.contains(gone), "{gone}");
    }
    assert!(text.contains("pub enum ExportedChatInvite"));
    assert!(text.contains("pub struct GetSelf"));
}

#[test]
fn roots_do_not_pull_in_extern_types_but_a_named_constructor_is_emitted() {
    let customize = Customize {
        extern_paths: pairs(&[("InputPeer", "::peers::InputPeer")]),
        ..Customize::default()
    };
    let text = emit_with(SCHEMA, Some(&["upload.getFile"]), customize.clone()).unwrap();
    assert!(text.contains("pub peer: ::peers::InputPeer,"));
    assert!(!text.contains("InputPeerUser"));
    assert!(text.contains("pub enum FileType"));
    let text = emit_with(SCHEMA, Some(&["inputPeerUser"]), customize).unwrap();
    assert!(text.contains("pub struct InputPeerUser"));
    assert!(!text.contains("pub enum InputPeer"));
}

#[test]
fn an_undeclared_type_is_fine_when_extern() {
    let fragment = "chat id:long peer:Peer peers:Vector<Peer> = Chat;\n";
    let customize = Customize {
        extern_paths: pairs(&[("Peer", "crate::peers::enums::Peer")]),
        ..Customize::default()
    };
    let text = emit_with(fragment, None, customize).unwrap();
    assert!(text.contains("pub peer: crate::peers::enums::Peer,"));
    assert!(text.contains("pub peers: Vec<crate::peers::enums::Peer>,"));
    let error = emit_with(fragment, None, Customize::default()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "type `Peer` used by `chat` has no constructor to emit"
    );
}

#[test]
fn bad_customizations_name_option_and_path() {
    let error = emit_with(
        SCHEMA,
        None,
        Customize {
            type_attributes: pairs(&[("photo", "derive(Hash)")]),
            ..Customize::default()
        },
    )
    .unwrap_err();
    let EmitError::InvalidCustomization {
        option,
        path,
        value,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(
        (option.as_str(), path.as_str(), value.as_str()),
        ("type_attribute", "photo", "derive(Hash)")
    );
    assert!(error.to_string().starts_with("invalid type_attribute(\"photo\", \"derive(Hash)\"): `derive(Hash)` is not an outer attribute"), "{error}");
}

#[test]
fn borrowed_views_borrow_text_and_bytes_and_keep_the_rest_owned() {
    let text = emit(Customize {
        borrowed: strings(&["messages.exportChatInvite", "getPhoto"]),
        ..Customize::default()
    });
    let views = &text[text.find("pub mod borrowed").expect("a borrowed module")..];
    // The call, its answer (an enum and its constructor), and what holds text.
    assert!(views.contains("pub struct ExportChatInvite<'a> {"));
    assert!(
        views.contains("pub peer: enums::InputPeer,"),
        "no text: owned"
    );
    assert!(views.contains("pub title: &'a str,"));
    assert!(views.contains("pub enum ExportedChatInvite<'a> {"));
    assert!(views.contains("pub title: Option<&'a str>,"));
    assert!(views.contains("pub hash: &'a [u8],"));
    assert!(views.contains("pub tags: Vec<&'a str>,"));
    assert!(views.contains("pub sizes: Vec<&'a [u8]>,"));
    assert!(views.contains("pub alt: Option<Vec<&'a str>>,"));
    assert!(views.contains("impl<'a> Decode<'a> for ExportChatInvite<'a> {"));
    assert!(views.contains("type Owned = functions::messages::ExportChatInvite;"));
    assert!(views.contains("type Return = enums::ExportedChatInvite;"));
    // Not selected, or holding no text: no view.
    assert!(!views.contains("struct GetFile<'a>"));
    assert!(!views.contains("enum InputPeer<'a>"));
    assert!(!views.contains("struct InputPeerUser"));
}
