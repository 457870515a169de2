//! The lite_api values of the vectors, as the script gave them to pytoniq. A flag word holds
//! only the bits no parameter is conditional on: where the wire's word differs, the comment
//! says what was sent and where the other bits come from.

use zoo::lite_api::functions::lite_server as call;
use zoo::lite_api::types::lite_server as ls;
use zoo::lite_api::types::lite_server::signature_set::Ordinary;
use zoo::lite_api::types::ton_node::{BlockId, BlockIdExt, ZeroStateIdExt};
use zoo::lite_api::{enums as e, types as t};

use super::{blob, h, nested, query_id, same, zero_file, zero_root, Case, LT, SHARD};

/// A masterchain block (the script's `MC`), and the same at another seqno.
fn mc() -> BlockIdExt {
    let (root_hash, file_hash) = (h(0x10), h(0x30));
    BlockIdExt {
        workchain: -1,
        shard: i64::MIN,
        seqno: 34_567_890,
        root_hash,
        file_hash,
    }
}
fn mc_at(seqno: i32) -> BlockIdExt {
    BlockIdExt { seqno, ..mc() }
}

/// A basechain block (`BC`).
fn bc() -> BlockIdExt {
    let (root_hash, file_hash) = (h(0x50), h(0x70));
    BlockIdExt {
        workchain: 0,
        shard: SHARD,
        seqno: 40_123_456,
        root_hash,
        file_hash,
    }
}

fn zero() -> ZeroStateIdExt {
    ZeroStateIdExt {
        workchain: -1,
        root_hash: zero_root(),
        file_hash: zero_file(),
    }
}

fn account() -> ls::AccountId {
    ls::AccountId {
        workchain: 0,
        id: h(0x90),
    }
}

fn info() -> ls::MasterchainInfo {
    ls::MasterchainInfo {
        last: mc(),
        state_root_hash: h(0x20),
        init: zero(),
    }
}

/// A `liteServer.transactionId` sent with mode 7: bits 0-2 are `account`, `lt`, `hash`.
fn transaction(lt: i64) -> ls::TransactionId {
    let (account, hash) = (Some(h(0x91)), Some(h(0x92)));
    ls::TransactionId {
        mode: 0,
        account,
        lt: Some(lt),
        hash,
        metadata: None,
    }
}

fn signature(node: u8) -> ls::Signature {
    ls::Signature {
        node_id_short: h(node),
        signature: blob(0x33, 64),
    }
}

fn lookup(mode: u32, id: BlockId, lt: Option<i64>, utime: Option<i32>) -> call::LookupBlock {
    call::LookupBlock {
        mode,
        id,
        lt,
        utime,
    }
}

fn list(mode: u32, count: u32, after: bool, flags: bool) -> call::ListBlockTransactions {
    let after = after.then(|| ls::TransactionId3 {
        account: h(0xb0),
        lt: LT,
    });
    let (reverse_order, want_proof) = (flags, flags);
    call::ListBlockTransactions {
        id: bc(),
        mode,
        count,
        after,
        reverse_order,
        want_proof,
    }
}

const MC_ID: BlockId = BlockId {
    workchain: -1,
    shard: i64::MIN,
    seqno: 34_567_890,
};
const SHARD_ID: BlockId = BlockId {
    workchain: 0,
    shard: SHARD,
    seqno: 0,
};

pub const CASES: &[Case] = &[
    ("lite_api/getMasterchainInfo", |b| {
        same(b, call::GetMasterchainInfo {})
    }),
    ("lite_api/getTime", |b| same(b, call::GetTime {})),
    ("lite_api/getMasterchainInfoExt", |b| {
        same(b, call::GetMasterchainInfoExt { mode: 1 })
    }),
    ("lite_api/lookupBlock/seqno", |b| {
        same(b, lookup(1, MC_ID, None, None))
    }),
    // Sent as mode 2 and 4: those bits come from `lt` and `utime`.
    ("lite_api/lookupBlock/lt", |b| {
        same(b, lookup(0, SHARD_ID, Some(LT), None))
    }),
    ("lite_api/lookupBlock/utime", |b| {
        same(b, lookup(0, SHARD_ID, None, Some(1_700_000_000)))
    }),
    // Sent as mode 3: bit 0 kept here, bit 1 from `lt`.
    ("lite_api/lookupBlock/seqno+lt", |b| {
        same(
            b,
            lookup(
                1,
                BlockId {
                    seqno: 7,
                    ..SHARD_ID
                },
                Some(LT),
                None,
            ),
        )
    }),
    ("lite_api/getBlock", |b| {
        same(b, call::GetBlock { id: mc() })
    }),
    ("lite_api/getBlockHeader", |b| {
        same(
            b,
            call::GetBlockHeader {
                id: mc(),
                mode: 0x0b,
            },
        )
    }),
    ("lite_api/getAccountState", |b| {
        same(
            b,
            call::GetAccountState {
                id: mc(),
                account: account(),
            },
        )
    }),
    ("lite_api/runSmcMethod", |b| {
        let (method_id, params) = (85_143, blob(0x01, 20)); // 85143: get method `seqno`
        let account = account();
        same(
            b,
            call::RunSmcMethod {
                mode: 4,
                id: mc(),
                account,
                method_id,
                params,
            },
        )
    }),
    ("lite_api/getTransactions", |b| {
        let account = account();
        same(
            b,
            call::GetTransactions {
                count: 10,
                account,
                lt: LT,
                hash: h(0xa1),
            },
        )
    }),
    ("lite_api/listBlockTransactions/7", |b| {
        same(b, list(7, 40, false, false))
    }),
    // Sent as 0x87 and 0xe7: bit 7 from `after`, 6 and 5 from `reverse_order`, `want_proof`.
    ("lite_api/listBlockTransactions/7+after", |b| {
        same(b, list(7, 40, true, false))
    }),
    ("lite_api/listBlockTransactions/7+all", |b| {
        same(b, list(7, 256, true, true))
    }),
    ("lite_api/getConfigParams", |b| {
        let param_list = vec![0, 1, 15, 34, -1].into();
        same(
            b,
            call::GetConfigParams {
                mode: 0,
                id: mc(),
                param_list,
            },
        )
    }),
    ("lite_api/getLibraries", |b| {
        let library_list = vec![h(0xc0), h(0xd0)].into();
        same(b, call::GetLibraries { library_list })
    }),
    ("lite_api/getShardInfo", |b| {
        let id = mc();
        same(
            b,
            call::GetShardInfo {
                id,
                workchain: 0,
                shard: SHARD,
                exact: true,
            },
        )
    }),
    ("lite_api/sendMessage", |b| {
        same(
            b,
            call::SendMessage {
                body: blob(0x03, 120),
            },
        )
    }),
    // Sent as mode 1: bit 0 from `target_block`.
    ("lite_api/getBlockProof", |b| {
        let target_block = Some(bc());
        same(
            b,
            call::GetBlockProof {
                mode: 0,
                known_block: mc(),
                target_block,
            },
        )
    }),
    // Sent as mode 1: `wc` and `shard` share bit 0.
    ("lite_api/getOutMsgQueueSizes", |b| {
        same(
            b,
            call::GetOutMsgQueueSizes {
                mode: 0,
                wc: Some(0),
                shard: Some(SHARD),
            },
        )
    }),
    // Sent as mode 5: bits 0 and 2 from `want_proof` and `messages_boc`.
    ("lite_api/getDispatchQueueMessages", |b| {
        let value = call::GetDispatchQueueMessages {
            mode: 0,
            id: bc(),
            addr: h(0xe0),
            after_lt: LT,
            max_messages: 10,
            want_proof: true,
            one_account: false,
            messages_boc: true,
        };
        same(b, value)
    }),
    ("lite_api/waitMasterchainSeqno", |b| {
        same(
            b,
            call::WaitMasterchainSeqno {
                seqno: 34_567_891,
                timeout_ms: 10_000,
            },
        )
    }),
    ("lite_api/query/getMasterchainInfo", |b| {
        same(
            b,
            call::Query {
                data: nested(call::GetMasterchainInfo {}),
            },
        )
    }),
    ("lite_api/query/lookupBlock", |b| {
        same(
            b,
            call::Query {
                data: nested(lookup(1, MC_ID, None, None)),
            },
        )
    }),
    ("lite_api/adnl.message.query", |b| {
        let query = nested(call::Query {
            data: nested(call::GetMasterchainInfo {}),
        });
        let message = t::adnl::message::Query {
            query_id: query_id(),
            query,
        };
        same::<e::adnl::Message>(b, message.into())
    }),
    ("lite_api/blockIdExt/boxed", |b| {
        same::<e::ton_node::BlockIdExt>(b, mc().into())
    }),
    ("lite_api/blockIdExt/bare", |b| same(b, bc())),
    ("lite_api/masterchainInfo", |b| {
        same::<e::lite_server::MasterchainInfo>(b, info().into())
    }),
    ("lite_api/masterchainInfoExt", |b| {
        let value = ls::MasterchainInfoExt {
            mode: 0,
            version: 0x101,
            capabilities: 7,
            last: mc(),
            last_utime: 1_700_000_000,
            now: 1_700_000_005,
            state_root_hash: h(0x20),
            init: zero(),
        };
        same::<e::lite_server::MasterchainInfoExt>(b, value.into())
    }),
    ("lite_api/currentTime", |b| {
        same::<e::lite_server::CurrentTime>(b, ls::CurrentTime { now: 1_700_000_005 }.into())
    }),
    ("lite_api/version", |b| {
        let value = ls::Version {
            mode: 0,
            version: 0x101,
            capabilities: 7,
            now: 1_700_000_005,
        };
        same::<e::lite_server::Version>(b, value.into())
    }),
    // 300 bytes of data: the long form of `bytes` (0xfe and a 3-byte length).
    ("lite_api/blockData", |b| {
        let value = ls::BlockData {
            id: mc(),
            data: blob(0x05, 300),
        };
        same::<e::lite_server::BlockData>(b, value.into())
    }),
    ("lite_api/blockHeader", |b| {
        let value = ls::BlockHeader {
            id: mc(),
            mode: 0x0b,
            header_proof: blob(0x09, 40),
        };
        same::<e::lite_server::BlockHeader>(b, value.into())
    }),
    ("lite_api/accountState", |b| {
        let value = ls::AccountState {
            id: mc(),
            shardblk: bc(),
            shard_proof: blob(0x0a, 10),
            proof: blob(0x0b, 11),
            state: blob(0x0c, 12),
        };
        same::<e::lite_server::AccountState>(b, value.into())
    }),
    // Sent as mode 0x25: bit 5 has no parameter; 0 and 2 from the proofs and `result`.
    ("lite_api/runMethodResult", |b| {
        let value = ls::RunMethodResult {
            mode: 0x20,
            id: mc(),
            shardblk: bc(),
            shard_proof: Some(blob(0x0d, 5)),
            proof: Some(blob(0x0e, 6)),
            state_proof: None,
            init_c7: None,
            lib_extras: None,
            exit_code: 0,
            result: Some(blob(0x0f, 7)),
        };
        same::<e::lite_server::RunMethodResult>(b, value.into())
    }),
    // Sent as mode 0x107 (explicit id #b12f65af): bits 0-2 and 8 all from the fields.
    ("lite_api/transactionId", |b| {
        let initiator = account();
        let metadata = ls::TransactionMetadata {
            mode: 0,
            depth: 1,
            initiator,
            initiator_lt: LT - 1,
        };
        let value = ls::TransactionId {
            metadata: Some(metadata),
            ..transaction(LT)
        };
        same::<e::lite_server::TransactionId>(b, value.into())
    }),
    ("lite_api/blockTransactions", |b| {
        let value = ls::BlockTransactions {
            id: bc(),
            req_count: 40,
            incomplete: true,
            ids: vec![transaction(LT), transaction(LT + 1)].into(),
            proof: vec![],
        };
        same::<e::lite_server::BlockTransactions>(b, value.into())
    }),
    ("lite_api/signatureSet.ordinary", |b| {
        let signatures = vec![signature(0x40), signature(0x41)].into();
        let value = Ordinary {
            validator_set_hash: -123_456_789,
            catchain_seqno: 4242,
            signatures,
        };
        same::<e::lite_server::SignatureSet>(b, value.into())
    }),
    // A vector of boxed values of two constructors.
    ("lite_api/partialBlockProof", |b| {
        let back = ls::BlockLinkBack {
            to_key_block: false,
            from: mc(),
            to: mc_at(34_567_880),
            dest_proof: blob(0x12, 3),
            proof: blob(0x13, 4),
            state_proof: blob(0x14, 5),
        };
        let signatures = vec![signature(0x40)].into();
        let set = Ordinary {
            validator_set_hash: 1,
            catchain_seqno: 2,
            signatures,
        };
        let forward = ls::BlockLinkForward {
            to_key_block: true,
            from: mc(),
            to: mc_at(34_567_900),
            dest_proof: blob(0x15, 6),
            config_proof: blob(0x16, 7),
            signatures: set.into(),
        };
        let steps = vec![back.into(), forward.into()].into();
        let value = ls::PartialBlockProof {
            complete: false,
            from: mc(),
            to: mc_at(34_567_900),
            steps,
        };
        same::<e::lite_server::PartialBlockProof>(b, value.into())
    }),
    ("lite_api/adnl.message.answer", |b| {
        let answer = nested(e::lite_server::MasterchainInfo::from(info()));
        let message = t::adnl::message::Answer {
            query_id: query_id(),
            answer,
        };
        same::<e::adnl::Message>(b, message.into())
    }),
    ("lite_api/libraryResult", |b| {
        let result = vec![ls::LibraryEntry {
            hash: h(0xc0),
            data: blob(0x17, 33),
        }]
        .into();
        same::<e::lite_server::LibraryResult>(b, ls::LibraryResult { result }.into())
    }),
    // pytoniq writes nothing for a string: serialized with the parameter read as bytes.
    ("lite_api/error", |b| {
        let value = ls::Error {
            code: 651,
            message: "block is not applied".into(),
        };
        same::<e::lite_server::Error>(b, value.into())
    }),
];
