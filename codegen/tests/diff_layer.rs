//! `diff` on the real layer against an older one made by editing a few definitions (the
//! `codegen diff` command is tested in `codegen/cli/tests/cli_diff.rs`).

use std::path::Path;

/// The schema files of the checked-in bindings.
const SCHEMA_FILES: [&str; 2] = ["schema/api.tl", "schema/mtproto.tl"];
use tl_codegen::model::{diff, load, Dialect, Schema, SourceFile};

fn workspace_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load_texts(api: String, mtproto: String) -> Schema {
    let sources = [
        SourceFile::new(SCHEMA_FILES[0], api),
        SourceFile::new(SCHEMA_FILES[1], mtproto),
    ];
    load(&sources, Dialect::Telegram)
        .into_result()
        .expect("schema loads")
}

/// Replaces exactly one occurrence of `from` in `text`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` occurs once");
    text.replacen(from, to, 1)
}

const EXPORT: &str =
    "messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true \
request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int \
title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite;";

/// The older layer: `messages.exportChatInvite` without `subscription_pricing` (and without
/// its explicit id, so the old id is computed), `inputPeerChannel` with an `int` channel id,
/// no `chatInvitePublicJoinRequests`, plus a constructor and a method since removed.
fn older_api(api: &str) -> String {
    let old_export = "messages.exportChatInvite flags:# legacy_revoke_permanent:flags.2?true \
request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int \
title:flags.4?string = ExportedChatInvite;";
    let api = edit(api, "// LAYER 230", "// LAYER 229");
    let api = edit(&api, EXPORT, old_export);
    let api = edit(
        &api,
        "inputPeerChannel#27bcbbfc channel_id:long ",
        "inputPeerChannel#27bcbbfc channel_id:int ",
    );
    let api = edit(
        &api,
        "chatInvitePublicJoinRequests#ed107ab7 = ExportedChatInvite;\n",
        "chatInviteLegacy#0badcafe link:string = ExportedChatInvite;\n",
    );
    edit(
        &api,
        "---functions---\n",
        "---functions---\n\nmessages.oldMethod#0ddba11 peer:InputPeer = Bool;\n",
    )
}

#[test]
fn the_layer_against_an_edited_older_one_reports_exactly_the_edits() {
    let (api, mtproto) = (
        workspace_file(SCHEMA_FILES[0]),
        workspace_file(SCHEMA_FILES[1]),
    );
    let new = load_texts(api.clone(), mtproto.clone());
    let old = load_texts(older_api(&api), mtproto);
    let old_id = crc32fast::hash(
        b"messages.exportChatInvite flags:# peer:InputPeer expire_date:flags.0?int \
usage_limit:flags.1?int title:flags.4?string = ExportedChatInvite",
    );
    let old_export = EXPORT
        .replace("#a455de90", &format!("#{old_id:08x}"))
        .replace(" subscription_pricing:flags.5?StarsSubscriptionPricing", "");
    let expected = format!(
        "\
layer: 229 -> 230
added (1):
  + constructor chatInvitePublicJoinRequests#ed107ab7 = ExportedChatInvite;
removed (2):
  - constructor chatInviteLegacy#0badcafe link:string = ExportedChatInvite;
  - function messages.oldMethod#00ddba11 peer:InputPeer = Bool;
changed (2):
  ~ constructor inputPeerChannel: ~ channel_id:int -> channel_id:long
    - inputPeerChannel#27bcbbfc channel_id:int access_hash:long = InputPeer;
    + inputPeerChannel#27bcbbfc channel_id:long access_hash:long = InputPeer;
  ~ function messages.exportChatInvite: id {old_id:08x} -> a455de90; \
+ subscription_pricing:flags.5?StarsSubscriptionPricing
    - {old_export}
    + {EXPORT}
types changed (1):
  ~ ExportedChatInvite: + chatInvitePublicJoinRequests, - chatInviteLegacy
summary: 1 added, 2 removed, 2 changed; types: 0 added, 0 removed, 1 changed
"
    );
    assert_eq!(diff(&old, &new).to_string(), expected);
    assert!(diff(&new, &new).is_empty(), "the layer against itself");
}
