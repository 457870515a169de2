//! Table tests of how `rpc_error` messages are read into name, value and raw text.

use std::time::Duration;

use tl_runtime::{Decode, DecodeErrorKind, DecodeOptions, Encode, RpcError};

#[test]
fn error_names_table() {
    // (message, expected name, expected value)
    let cases: &[(&str, &str, Option<u32>)] = &[
        ("FLOOD_WAIT_17", "FLOOD_WAIT_X", Some(17)),
        ("FLOOD_PREMIUM_WAIT_4", "FLOOD_PREMIUM_WAIT_X", Some(4)),
        ("SLOWMODE_WAIT_10", "SLOWMODE_WAIT_X", Some(10)),
        ("FILE_MIGRATE_2", "FILE_MIGRATE_X", Some(2)),
        ("PHONE_MIGRATE_5", "PHONE_MIGRATE_X", Some(5)),
        ("2FA_CONFIRM_WAIT_86400", "2FA_CONFIRM_WAIT_X", Some(86400)),
        ("FLOOD_WAIT_0", "FLOOD_WAIT_X", Some(0)),
        ("FLOOD_WAIT_4294967295", "FLOOD_WAIT_X", Some(u32::MAX)),
        // Does not fit a u32: no value, the name stays whole.
        ("FLOOD_WAIT_4294967296", "FLOOD_WAIT_4294967296", None),
        // Two trailing number groups: neither is the value.
        (
            "INPUT_METHOD_INVALID_396093539_281621",
            "INPUT_METHOD_INVALID_396093539_281621",
            None,
        ),
        ("CHAT_ADMIN_REQUIRED", "CHAT_ADMIN_REQUIRED", None),
        ("EXPIRE_DATE_INVALID", "EXPIRE_DATE_INVALID", None),
        ("USAGE_LIMIT_INVALID", "USAGE_LIMIT_INVALID", None),
        (
            "EDIT_BOT_INVITE_FORBIDDEN",
            "EDIT_BOT_INVITE_FORBIDDEN",
            None,
        ),
        // A leading digit group is part of the name, not a value.
        ("2FA_RECENT_CONFIRM", "2FA_RECENT_CONFIRM", None),
        ("123", "123", None),
        ("123_456", "123_456", None),
        // Not name-shaped: kept whole.
        ("flood_wait_17", "flood_wait_17", None),
        ("FLOOD_WAIT_", "FLOOD_WAIT_", None),
        ("FLOOD__WAIT_3", "FLOOD__WAIT_3", None),
        ("FLOOD_WAIT_1A", "FLOOD_WAIT_1A", None),
        ("FLOOD_WAIT_-1", "FLOOD_WAIT_-1", None),
        (
            "Bad Request: chat not found",
            "Bad Request: chat not found",
            None,
        ),
        ("", "", None),
    ];
    for &(message, name, value) in cases {
        let error = RpcError::new(400, message);
        assert_eq!(error.name, name, "name of {message:?}");
        assert_eq!(error.value, value, "value of {message:?}");
        assert_eq!(error.raw, message, "raw of {message:?}");
        assert_eq!(error.code, 400);
    }
}

#[test]
fn is_matches_the_documented_form_and_the_raw_text() {
    let error = RpcError::new(303, "FILE_MIGRATE_2");
    assert!(error.is("FILE_MIGRATE_X"));
    assert!(error.is("FILE_MIGRATE_2"));
    assert!(!error.is("FILE_MIGRATE_3"));
    assert!(!error.is("PHONE_MIGRATE_X"));
    let plain = RpcError::new(400, "PEER_ID_INVALID");
    assert!(plain.is("PEER_ID_INVALID"));
    assert_eq!(plain.to_string(), "rpc error 400: PEER_ID_INVALID");
}

#[test]
fn retry_after_is_the_wait_of_wait_errors_only() {
    // (code, message, expected wait in seconds)
    let cases: &[(i32, &str, Option<u64>)] = &[
        (420, "FLOOD_WAIT_17", Some(17)),
        (420, "FLOOD_WAIT_0", Some(0)),
        (420, "FLOOD_WAIT_4294967295", Some(u64::from(u32::MAX))),
        (420, "FLOOD_PREMIUM_WAIT_4", Some(4)),
        (420, "SLOWMODE_WAIT_10", Some(10)),
        (420, "FLOOD_TEST_PHONE_WAIT_3600", Some(3600)),
        (420, "TAKEOUT_INIT_DELAY_86400", Some(86400)),
        // A number that is not a delay.
        (303, "FILE_MIGRATE_2", None),
        (303, "PHONE_MIGRATE_5", None),
        // A delay before an account reset, not before retrying.
        (420, "2FA_CONFIRM_WAIT_86400", None),
        // Wait errors without a usable number.
        (420, "FLOOD_WAIT", None),
        (420, "FLOOD_WAIT_4294967296", None),
        (420, "flood_wait_17", None),
        // Not a wait error at all.
        (400, "CHAT_ADMIN_REQUIRED", None),
        (400, "", None),
    ];
    for &(code, message, seconds) in cases {
        let error = RpcError::new(code, message);
        assert_eq!(
            error.retry_after(),
            seconds.map(Duration::from_secs),
            "{message:?}"
        );
    }
}

/// `rpc_error#2144ca19 error_code:420 error_message:"FLOOD_WAIT_17"`, boxed.
const FLOOD_WAIT_17: [u8; 24] = [
    0x19, 0xca, 0x44, 0x21, 0xa4, 0x01, 0x00, 0x00, 13, b'F', b'L', b'O', b'O', b'D', b'_', b'W',
    b'A', b'I', b'T', b'_', b'1', b'7', 0, 0,
];

#[test]
fn the_wire_form_is_the_boxed_rpc_error() {
    let error = RpcError::from_bytes(&FLOOD_WAIT_17).unwrap();
    assert_eq!(error, RpcError::new(420, "FLOOD_WAIT_17"));
    assert_eq!(error.to_bytes().unwrap(), FLOOD_WAIT_17);
    assert_eq!(error.encoded_len(), Ok(FLOOD_WAIT_17.len()));
    // The raw text is what is written, whatever the name reads as.
    let odd = RpcError::new(400, "Bad Request: chat not found");
    assert_eq!(RpcError::from_bytes(&odd.to_bytes().unwrap()).unwrap(), odd);
}

#[test]
fn a_wrong_id_or_a_cut_rpc_error_is_a_decode_error() {
    let mut other = FLOOD_WAIT_17;
    other[0] = 0x18;
    let error = RpcError::from_bytes(&other).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::UnknownConstructor { .. }),
        "{error}"
    );
    for cut in 0..FLOOD_WAIT_17.len() {
        let error = RpcError::from_bytes(&FLOOD_WAIT_17[..cut]).unwrap_err();
        let expected = match cut {
            0..4 => "",
            4..8 => "rpc_error.error_code",
            _ => "rpc_error.error_message",
        };
        assert_eq!(error.path_text(), expected, "cut at {cut}: {error}");
    }
    let depth_zero = DecodeOptions::new().depth_limit(0);
    let error = RpcError::from_bytes_with(&FLOOD_WAIT_17, depth_zero).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::RecursionLimit { .. }),
        "{error}"
    );
}
