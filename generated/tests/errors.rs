//! The generated per-method error enums: listed errors by name, everything else `Other`.
//!
//! The table-driven tests read `schema/errors.tsv` and `schema/invite-roots.txt` at test time and
//! check every row against the generated enums, so a row added or changed without regenerating
//! (`cargo run -p codegen`) fails here; the rest are spot checks written by hand.

use std::collections::BTreeMap;
use std::error::Error;

use tl_api::errors::messages::{
    CheckChatInviteError, DeleteExportedChatInviteError, DeleteRevokedExportedChatInvitesError,
    EditExportedChatInviteError, ExportChatInviteError, GetAdminsWithInvitesError,
    GetChatInviteImportersError, GetExportedChatInviteError, GetExportedChatInvitesError,
    HideAllChatJoinRequestsError, HideChatJoinRequestError, ImportChatInviteError,
};
use tl_api::tl_runtime::{CallError, Decode, Encode, RpcError};

#[test]
fn listed_errors_become_variants() {
    let cases = [
        (
            400,
            "CHANNEL_PRIVATE",
            ExportChatInviteError::ChannelPrivate,
        ),
        (
            400,
            "CHAT_ADMIN_REQUIRED",
            ExportChatInviteError::ChatAdminRequired,
        ),
        (400, "CHAT_ID_INVALID", ExportChatInviteError::ChatIdInvalid),
        (
            403,
            "CHAT_WRITE_FORBIDDEN",
            ExportChatInviteError::ChatWriteForbidden,
        ),
        (
            400,
            "EXPIRE_DATE_INVALID",
            ExportChatInviteError::ExpireDateInvalid,
        ),
        (400, "PEER_ID_INVALID", ExportChatInviteError::PeerIdInvalid),
        (
            400,
            "USAGE_LIMIT_INVALID",
            ExportChatInviteError::UsageLimitInvalid,
        ),
    ];
    for (code, name, expected) in cases {
        let error = ExportChatInviteError::from(RpcError::new(code, name));
        assert_eq!(error, expected, "{name}");
        assert_eq!((error.code(), error.name()), (code, name));
        assert_eq!(error.to_string(), format!("rpc error {code}: {name}"));
    }
}

#[test]
fn unlisted_errors_fall_back_to_other() {
    for (code, message) in [(420, "FLOOD_WAIT_17"), (400, "EDIT_BOT_INVITE_FORBIDDEN")] {
        let rpc = RpcError::new(code, message);
        let error = ExportChatInviteError::from(rpc.clone());
        assert_eq!(error, ExportChatInviteError::Other(rpc.clone()));
        assert_eq!((error.code(), error.name()), (code, rpc.name.as_str()));
        assert_eq!(error.to_string(), rpc.to_string());
    }
    let edit = EditExportedChatInviteError::from(RpcError::new(403, "EDIT_BOT_INVITE_FORBIDDEN"));
    assert_eq!(edit, EditExportedChatInviteError::EditBotInviteForbidden);
}

/// The TL type `RpcError` is the runtime's: the bindings generate no `RpcError` of their own.
#[test]
fn rpc_error_from_the_wire() {
    let wire = hex("19ca4421 a4010000 0d 464c4f4f445f574149545f3137 0000");
    let error = RpcError::from_bytes(&wire).unwrap();
    assert_eq!(error, RpcError::new(420, "FLOOD_WAIT_17"));
    assert_eq!(
        (error.name.as_str(), error.value),
        ("FLOOD_WAIT_X", Some(17))
    );
    assert_eq!(error.to_bytes().unwrap(), wire);
    assert!(RpcError::from_bytes(&wire[..6]).is_err());
    let listed = ExportChatInviteError::from(RpcError::from_bytes(&wire).unwrap());
    assert_eq!(listed, ExportChatInviteError::Other(error));
}

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// A method's error prints once, alone or inside a `CallError`: a reporter walking the chain
/// of sources repeats nothing.
#[test]
fn method_errors_print_once_along_the_source_chain() {
    let listed = ExportChatInviteError::from(RpcError::new(400, "CHAT_ADMIN_REQUIRED"));
    let other = ExportChatInviteError::from(RpcError::new(420, "FLOOD_WAIT_17"));
    for error in [listed, other] {
        let text = error.to_string();
        assert!(!text.is_empty());
        assert!(error.source().is_none(), "{text}");
        let call = CallError::Rpc(error);
        assert_eq!(call.to_string(), text);
        assert!(call.source().is_none(), "{text}");
    }
}

/// One row of the error table.
#[derive(Debug)]
struct Row {
    method: String,
    code: i32,
    name: String,
}

/// A file of `schema/`, read at test time.
fn schema_file(name: &str) -> String {
    let path = format!("{}/../schema/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The rows of `schema/errors.tsv` in file order (comments, blank lines and the header skipped).
fn table() -> Vec<Row> {
    let text = schema_file("errors.tsv");
    let mut lines = text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'));
    assert_eq!(lines.next(), Some("method\tcode\tname\tdescription"));
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{line:?}");
            Row {
                method: fields[0].to_owned(),
                code: fields[1].parse().unwrap_or_else(|_| panic!("{line:?}")),
                name: fields[2].to_owned(),
            }
        })
        .collect()
}

/// The roots of `schema/invite-roots.txt` (all of them methods), in file order.
fn root_methods() -> Vec<String> {
    schema_file("invite-roots.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Runs `$check!(Enum, args..)` with the error enum of `$method`; one arm per method of the
/// table, so a method added to it without an arm here fails.
macro_rules! with_error_enum {
    ($method:expr, $check:ident!($($args:tt)*)) => {
        match $method {
            "messages.exportChatInvite" => $check!(ExportChatInviteError, $($args)*),
            "messages.editExportedChatInvite" => $check!(EditExportedChatInviteError, $($args)*),
            "messages.getExportedChatInvites" => $check!(GetExportedChatInvitesError, $($args)*),
            "messages.getExportedChatInvite" => $check!(GetExportedChatInviteError, $($args)*),
            "messages.deleteExportedChatInvite" => {
                $check!(DeleteExportedChatInviteError, $($args)*)
            }
            "messages.deleteRevokedExportedChatInvites" => {
                $check!(DeleteRevokedExportedChatInvitesError, $($args)*)
            }
            "messages.getAdminsWithInvites" => $check!(GetAdminsWithInvitesError, $($args)*),
            "messages.getChatInviteImporters" => $check!(GetChatInviteImportersError, $($args)*),
            "messages.checkChatInvite" => $check!(CheckChatInviteError, $($args)*),
            "messages.importChatInvite" => $check!(ImportChatInviteError, $($args)*),
            "messages.hideChatJoinRequest" => $check!(HideChatJoinRequestError, $($args)*),
            "messages.hideAllChatJoinRequests" => {
                $check!(HideAllChatJoinRequestsError, $($args)*)
            }
            other => panic!("no error enum is checked for `{other}`: add it to with_error_enum!"),
        }
    };
}

/// A listed row converts to its own variant (not `Other`), which gives back the listed name and
/// code; a `_X` name is sent with a number in place of `X`.
macro_rules! check_listed {
    ($enum:ident, $row:expr) => {{
        let row: &Row = $row;
        let message = match row.name.strip_suffix("_X") {
            Some(prefix) => format!("{prefix}_42"),
            None => row.name.clone(),
        };
        let error = $enum::from(RpcError::new(row.code, message));
        assert!(
            !matches!(error, $enum::Other(_)),
            "{row:?}: no variant of {} (regenerate with `cargo run -p codegen`)",
            stringify!($enum)
        );
        assert_eq!(
            (error.code(), error.name()),
            (row.code, row.name.as_str()),
            "{row:?}"
        );
        assert_eq!(
            error.to_string(),
            format!("rpc error {}: {}", row.code, row.name)
        );
        assert_eq!(
            $enum::from(RpcError::new(row.code, row.name.clone())).name(),
            row.name
        );
    }};
}

/// Errors not listed for the method land in `Other` with the `RpcError` as received: one with a
/// number (`FLOOD_WAIT_17`, read as `FLOOD_WAIT_X` with the value 17) and one without.
macro_rules! check_unlisted {
    ($enum:ident, $listed:expr) => {{
        let listed: &[&str] = $listed;
        let cases = [
            (420, "FLOOD_WAIT_17", "FLOOD_WAIT_X", Some(17)),
            (400, "NOT_A_LISTED_ERROR", "NOT_A_LISTED_ERROR", None),
            (
                500,
                "INTERNAL_SERVER_ERROR_3_A",
                "INTERNAL_SERVER_ERROR_3_A",
                None,
            ),
        ];
        for (code, message, name, value) in cases {
            assert!(
                !listed.contains(&name),
                "{name} is listed for {}",
                stringify!($enum)
            );
            let rpc = RpcError::new(code, message);
            assert_eq!((rpc.name.as_str(), rpc.value), (name, value));
            let error = $enum::from(rpc.clone());
            assert_eq!(
                error,
                $enum::Other(rpc.clone()),
                "{}: {message}",
                stringify!($enum)
            );
            assert_eq!((error.code(), error.name()), (code, name));
            assert_eq!(error.to_string(), rpc.to_string());
            let $enum::Other(inner) = error else {
                unreachable!()
            };
            assert_eq!(inner.raw, message);
        }
    }};
}

#[test]
fn table_covers_every_root_method_in_order() {
    let roots = root_methods();
    assert_eq!(roots.len(), 12, "{roots:?}");
    let rows = table();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &rows {
        assert!(roots.contains(&row.method), "{row:?}: not a root method");
        *counts.entry(row.method.as_str()).or_default() += 1;
    }
    for method in &roots {
        assert!(
            counts.contains_key(method.as_str()),
            "{method}: no errors listed"
        );
    }
    // Sorted by method in the order of invite-roots.txt, then by name; no name twice.
    let key = |row: &Row| {
        let rank = roots.iter().position(|m| *m == row.method).unwrap();
        (rank, row.name.clone())
    };
    for pair in rows.windows(2) {
        assert!(key(&pair[0]) < key(&pair[1]), "out of order: {pair:?}");
    }
}

#[test]
fn every_listed_error_converts_to_its_variant_and_back() {
    let rows = table();
    assert!(!rows.is_empty());
    for row in &rows {
        with_error_enum!(row.method.as_str(), check_listed!(row));
    }
}

#[test]
fn every_error_enum_keeps_unlisted_errors_in_other() {
    let rows = table();
    for method in root_methods() {
        let listed: Vec<&str> = rows
            .iter()
            .filter(|row| row.method == method)
            .map(|row| row.name.as_str())
            .collect();
        with_error_enum!(method.as_str(), check_unlisted!(&listed));
    }
}

#[test]
fn get_exported_chat_invites_errors() {
    let cases = [
        (
            400,
            "ADMIN_ID_INVALID",
            GetExportedChatInvitesError::AdminIdInvalid,
        ),
        (
            400,
            "CHANNEL_INVALID",
            GetExportedChatInvitesError::ChannelInvalid,
        ),
        (
            400,
            "CHANNEL_PRIVATE",
            GetExportedChatInvitesError::ChannelPrivate,
        ),
        (
            400,
            "CHAT_ADMIN_REQUIRED",
            GetExportedChatInvitesError::ChatAdminRequired,
        ),
        (
            400,
            "CHAT_ID_INVALID",
            GetExportedChatInvitesError::ChatIdInvalid,
        ),
        (
            403,
            "CHAT_WRITE_FORBIDDEN",
            GetExportedChatInvitesError::ChatWriteForbidden,
        ),
        (
            400,
            "PEER_ID_INVALID",
            GetExportedChatInvitesError::PeerIdInvalid,
        ),
    ];
    for (code, name, expected) in cases {
        let error = GetExportedChatInvitesError::from(RpcError::new(code, name));
        assert_eq!(error, expected);
        assert_eq!((error.code(), error.name()), (code, name));
    }
    // Listed for other methods, not for this one.
    let rpc = RpcError::new(400, "INVITE_HASH_EXPIRED");
    assert_eq!(
        GetExportedChatInvitesError::from(rpc.clone()),
        GetExportedChatInvitesError::Other(rpc)
    );
}

#[test]
fn edit_exported_chat_invite_errors() {
    let cases = [
        (
            403,
            "EDIT_BOT_INVITE_FORBIDDEN",
            EditExportedChatInviteError::EditBotInviteForbidden,
        ),
        (
            400,
            "EXPIRE_DATE_INVALID",
            EditExportedChatInviteError::ExpireDateInvalid,
        ),
        (
            400,
            "INVITE_HASH_EXPIRED",
            EditExportedChatInviteError::InviteHashExpired,
        ),
        (
            400,
            "INVITE_LINK_NAME_INVALID",
            EditExportedChatInviteError::InviteLinkNameInvalid,
        ),
        // The Bot API's name (editChatInviteLink) for MTProto's USAGE_LIMIT_INVALID.
        (
            400,
            "MEMBER_LIMIT_INVALID",
            EditExportedChatInviteError::MemberLimitInvalid,
        ),
        (
            400,
            "PEER_ID_INVALID",
            EditExportedChatInviteError::PeerIdInvalid,
        ),
        // What MTProto itself answers for a bad limit.
        (
            400,
            "USAGE_LIMIT_INVALID",
            EditExportedChatInviteError::UsageLimitInvalid,
        ),
        (
            400,
            "CHAT_INVITE_PERMANENT",
            EditExportedChatInviteError::ChatInvitePermanent,
        ),
    ];
    for (code, name, expected) in cases {
        let error = EditExportedChatInviteError::from(RpcError::new(code, name));
        assert_eq!(error, expected);
        assert_eq!((error.code(), error.name()), (code, name));
        assert_eq!(error.to_string(), format!("rpc error {code}: {name}"));
    }
    assert_eq!(
        ExportChatInviteError::from(RpcError::new(400, "USAGE_LIMIT_INVALID")),
        ExportChatInviteError::UsageLimitInvalid
    );
}

#[test]
fn codes_are_per_method_and_matching_is_by_name() {
    // INVITE_HASH_EXPIRED is documented as 406 for checkChatInvite and importChatInvite, 400
    // elsewhere; the variant reports the listed code whatever code came with the answer.
    let check = CheckChatInviteError::from(RpcError::new(400, "INVITE_HASH_EXPIRED"));
    assert_eq!(check, CheckChatInviteError::InviteHashExpired);
    assert_eq!(check.code(), 406);
    let import = ImportChatInviteError::from(RpcError::new(406, "INVITE_HASH_EXPIRED"));
    assert_eq!((import.code(), import.name()), (406, "INVITE_HASH_EXPIRED"));
    let importers = GetChatInviteImportersError::from(RpcError::new(406, "INVITE_HASH_EXPIRED"));
    assert_eq!(importers, GetChatInviteImportersError::InviteHashExpired);
    assert_eq!(importers.code(), 400);
    // USER_CHANNELS_TOO_MUCH: 403 for hideChatJoinRequest, 400 for hideAllChatJoinRequests.
    let one = HideChatJoinRequestError::from(RpcError::new(403, "USER_CHANNELS_TOO_MUCH"));
    assert_eq!(one, HideChatJoinRequestError::UserChannelsTooMuch);
    assert_eq!(one.code(), 403);
    let all = HideAllChatJoinRequestsError::from(RpcError::new(400, "USER_CHANNELS_TOO_MUCH"));
    assert_eq!(all, HideAllChatJoinRequestsError::UserChannelsTooMuch);
    assert_eq!(all.code(), 400);
}

#[test]
fn spot_checks_of_the_other_methods() {
    assert_eq!(
        ImportChatInviteError::from(RpcError::new(400, "INVITE_REQUEST_SENT")),
        ImportChatInviteError::InviteRequestSent
    );
    assert_eq!(
        GetChatInviteImportersError::from(RpcError::new(400, "SEARCH_WITH_LINK_NOT_SUPPORTED")),
        GetChatInviteImportersError::SearchWithLinkNotSupported
    );
    assert_eq!(
        DeleteExportedChatInviteError::from(RpcError::new(400, "INVITE_REVOKED_MISSING")),
        DeleteExportedChatInviteError::InviteRevokedMissing
    );
    assert_eq!(
        DeleteRevokedExportedChatInvitesError::from(RpcError::new(400, "ADMIN_ID_INVALID")),
        DeleteRevokedExportedChatInvitesError::AdminIdInvalid
    );
    assert_eq!(
        GetAdminsWithInvitesError::from(RpcError::new(403, "CHAT_WRITE_FORBIDDEN")),
        GetAdminsWithInvitesError::ChatWriteForbidden
    );
    assert_eq!(
        GetExportedChatInviteError::from(RpcError::new(400, "CHANNEL_INVALID")),
        GetExportedChatInviteError::ChannelInvalid
    );
    assert_eq!(
        HideChatJoinRequestError::from(RpcError::new(400, "HIDE_REQUESTER_MISSING")),
        HideChatJoinRequestError::HideRequesterMissing
    );
    assert_eq!(
        HideAllChatJoinRequestsError::from(RpcError::new(400, "HIDE_REQUESTER_MISSING")),
        HideAllChatJoinRequestsError::HideRequesterMissing
    );
    // A listed name sent with a number is another error (`PEER_ID_INVALID_X`): `Other`.
    let rpc = RpcError::new(400, "PEER_ID_INVALID_5");
    assert_eq!(rpc.name, "PEER_ID_INVALID_X");
    let error = CheckChatInviteError::from(RpcError::new(400, "INVITE_HASH_INVALID_5"));
    assert!(matches!(error, CheckChatInviteError::Other(ref e) if e.value == Some(5)));
    assert_eq!(
        HideAllChatJoinRequestsError::from(rpc.clone()),
        HideAllChatJoinRequestsError::Other(rpc)
    );
}
