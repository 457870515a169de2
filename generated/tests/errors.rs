//! The generated per-method error enums: listed errors by name, everything else `Other`.

use tl_api::errors::messages::{EditExportedChatInviteError, ExportChatInviteError};
use tl_api::handwritten::decode_rpc_error;
use tl_api::tl_runtime::{Encode, RpcError};
use tl_api::{enums, types};

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

#[test]
fn rpc_error_from_the_wire() {
    let wire = enums::RpcError::from(types::RpcError {
        error_code: 420,
        error_message: "FLOOD_WAIT_17".to_owned(),
    });
    let bytes = wire.to_bytes().unwrap();
    assert_eq!(bytes[..4], 0x2144ca19_u32.to_le_bytes());
    let error = decode_rpc_error(&bytes).unwrap();
    assert_eq!(error, RpcError::new(420, "FLOOD_WAIT_17"));
    assert_eq!(
        (error.name.as_str(), error.value),
        ("FLOOD_WAIT_X", Some(17))
    );
    assert!(decode_rpc_error(&bytes[..6]).is_err());
    assert_eq!(RpcError::from(wire), error);
}
