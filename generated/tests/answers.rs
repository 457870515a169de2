//! Answers as they arrive on the wire, decoded into the typed result or the method's typed
//! error with `RemoteCall::decode_answer`.
//!
//! The envelopes were built by Python around the golden vectors of `tests/vectors/` (bytes
//! real clients produced), with Python's own `gzip` (`gzip.compress(data, mtime=0)`), when
//! this test was written; the script, run from the workspace root:
//!
//! ```text
//! import gzip, json, struct
//! vec = {}
//! for line in open('tests/vectors/invites.jsonl'):
//!     v = json.loads(line); vec[v['name']] = bytes.fromhex(v['hex'])
//! def tl_bytes(b):
//!     head = bytes([len(b)]) if len(b) <= 253 else b'\xfe' + len(b).to_bytes(3, 'little')
//!     out = head + b
//!     return out + b'\0' * (-len(out) % 4)
//! def gzip_packed(inner): return struct.pack('<I', 0x3072cfa1) + tl_bytes(gzip.compress(inner, mtime=0))
//! def rpc_result(msg_id, inner): return struct.pack('<Iq', 0xf35c6d01, msg_id) + inner
//! def rpc_error(code, msg): return struct.pack('<Ii', 0x2144ca19, code) + tl_bytes(msg.encode())
//! page = vec['messages.exportedChatInvites/one']
//! print(rpc_result(0x5f3d4a2b00000004, gzip_packed(page)).hex())
//! print(rpc_result(0x5f3d4a2b00000008, vec['rpc_error/invite_hash_expired']).hex())
//! print(gzip_packed(rpc_error(420, 'FLOOD_WAIT_17')).hex())
//! ```

mod support;

use std::time::Duration;

use support::{unhex, vector};
use tl_api::errors::messages::{CheckChatInviteError, ExportChatInviteError};
use tl_api::functions::messages::{CheckChatInvite, ExportChatInvite, GetExportedChatInvites};
use tl_api::tl_runtime::{CallError, Decode, RemoteCall};
use tl_api::{enums, types};

/// `rpc_result` { `gzip_packed` { `messages.exportedChatInvites/one` } }.
const PAGE_GZIP_RPC_RESULT: &str = "016d5cf3040000002b4a3d5fa1cf72308a1f8b08000000000002033ba37b\
    6c2f23030383e891ad32207ada5e9d450c40865c46494941b195be7e895e6eaabeb66392738a6b9a7b866796778e\
    6f9e7f0183e8d968760610f8189ccae19f9753a9909f978a644ef3991d1bfd25c02ae06ab5b69d8d55b8947685d5\
    31273319a898dd273325253527873511c23f512b590d520700e3cb57139400000000";

/// `rpc_result` { `rpc_error/invite_hash_expired` }.
const HASH_EXPIRED_RPC_RESULT: &str =
    "016d5cf3080000002b4a3d5f19ca44219001000013494e564954455f484153485f45585049524544";

/// `gzip_packed` { `rpc_error` 420 `FLOOD_WAIT_17` }.
const FLOOD_WAIT_GZIP: &str = "a1cf72302c1f8b0800000000000203933ce5a2b884918181d7cdc7dfdf253e\
    dcd13324ded09c8101004dcaf70018000000000000";

#[test]
fn a_gzipped_page_inside_rpc_result_is_the_page() {
    let answer = GetExportedChatInvites::decode_answer(&unhex(&[PAGE_GZIP_RPC_RESULT])).unwrap();
    let bare = vector("messages.exportedChatInvites/one");
    assert_eq!(
        answer,
        enums::messages::ExportedChatInvites::from_bytes(&bare).unwrap()
    );
    let enums::messages::ExportedChatInvites::ExportedChatInvites(page) = answer;
    assert_eq!(page.count, 1);
    let invite = types::ChatInviteExported::try_from(page.invites[0].clone()).unwrap();
    assert_eq!(invite.link, "https://t.me/+AbCdEfGhIjKlMnOp");
    assert_eq!(invite.title.as_deref(), Some("Only one"));
}

#[test]
fn an_rpc_error_inside_rpc_result_is_the_methods_typed_error() {
    let error = CheckChatInvite::decode_answer(&unhex(&[HASH_EXPIRED_RPC_RESULT])).unwrap_err();
    assert_eq!(
        error,
        CallError::Rpc(CheckChatInviteError::InviteHashExpired)
    );
    assert_eq!(error.rpc().map(|e| e.code()), Some(406));
}

#[test]
fn a_gzipped_flood_wait_says_how_long_to_wait() {
    let error = ExportChatInvite::decode_answer(&unhex(&[FLOOD_WAIT_GZIP])).unwrap_err();
    let CallError::Rpc(ExportChatInviteError::Other(rpc)) = &error else {
        panic!("expected an unlisted rpc error, got {error:?}");
    };
    assert_eq!(rpc.code, 420);
    assert_eq!(rpc.name, "FLOOD_WAIT_X");
    assert_eq!(rpc.retry_after(), Some(Duration::from_secs(17)));
}

#[test]
fn the_bare_result_is_an_answer_too() {
    let bare = vector("messages.exportedChatInvites/one");
    let answer = GetExportedChatInvites::decode_answer(&bare).unwrap();
    assert_eq!(
        answer,
        GetExportedChatInvites::decode_answer(&bare).unwrap()
    );
}

#[test]
fn every_cut_of_an_answer_is_a_decode_error() {
    for answer in [
        PAGE_GZIP_RPC_RESULT,
        HASH_EXPIRED_RPC_RESULT,
        FLOOD_WAIT_GZIP,
    ] {
        let bytes = unhex(&[answer]);
        for cut in 0..bytes.len() {
            match ExportChatInvite::decode_answer(&bytes[..cut]) {
                Err(CallError::Decode(_)) => {}
                other => panic!("{answer} cut at {cut}: {other:?}"),
            }
        }
    }
}

#[test]
fn an_answer_of_another_type_is_a_decode_error_that_says_so() {
    // The page is no `ExportedChatInvite` (the answer of `exportChatInvite`).
    let error = ExportChatInvite::decode_answer(&unhex(&[PAGE_GZIP_RPC_RESULT])).unwrap_err();
    let CallError::Decode(decode) = error else {
        panic!("expected a decode error, got {error:?}");
    };
    let text = decode.to_string();
    assert!(
        text.contains("bdc62dcc") || text.contains("0xbdc62dcc"),
        "{text}"
    );
}
