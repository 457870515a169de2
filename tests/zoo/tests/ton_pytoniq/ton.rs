//! The ton_api values of the vectors, as the script gave them to pytoniq (flag words: see
//! `lite.rs`).

use zoo::ton_api::functions as call;
use zoo::ton_api::types::ton_node::{BlockId, BlockIdExt};
use zoo::ton_api::types::{adnl, dht};
use zoo::ton_api::{enums as e, types as t};

use super::{blob, h, hex, nested, same, zero_file, Case, LT, SHARD};

/// A mainnet liteserver of the global config: its key, ip and port.
fn ed25519() -> e::PublicKey {
    let key = hex("a5e253c3f6ab9517ecb204ee7fd04cca9273a8e8bb49712a48f496884c365353");
    t::r#pub::Ed25519 { key }.into()
}
fn udp() -> e::adnl::Address {
    adnl::address::Udp {
        ip: 1_137_658_550,
        port: 4924,
    }
    .into()
}

fn addresses() -> adnl::AddressList {
    adnl::AddressList {
        addrs: vec![udp()].into(),
        version: 1_700_000_000,
        reinit_date: 1_700_000_000,
        priority: 0,
        expire_at: 0,
    }
}

fn node() -> dht::Node {
    let (version, signature) = (1_700_000_000, blob(0x11, 64));
    dht::Node {
        id: ed25519(),
        addr_list: addresses(),
        version,
        signature,
    }
}

fn key_description() -> dht::KeyDescription {
    dht::KeyDescription {
        key: dht::Key {
            id: h(0xa0),
            name: b"address".to_vec(),
            idx: 0,
        },
        id: ed25519(),
        update_rule: e::dht::UpdateRule::Signature,
        signature: blob(0x22, 64),
    }
}

/// The script's `MC` and `BC` (ton_api's own `tonNode.blockIdExt`).
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
fn bc_at(seqno: i32) -> BlockIdExt {
    let (root_hash, file_hash) = (h(0x50), h(0x70));
    BlockIdExt {
        workchain: 0,
        shard: SHARD,
        seqno,
        root_hash,
        file_hash,
    }
}

/// 0x9000000000000000 as a long.
const RANDOM_ID: i64 = -8_070_450_532_247_928_832;

pub const CASES: &[Case] = &[
    ("ton_api/pub.ed25519", |b| same(b, ed25519())),
    ("ton_api/pub.overlay", |b| {
        same::<e::PublicKey>(
            b,
            t::r#pub::Overlay {
                name: blob(0x18, 36),
            }
            .into(),
        )
    }),
    ("ton_api/adnl.address.udp", |b| same(b, udp())),
    ("ton_api/adnl.address.udp6", |b| {
        let ip = hex("20010db8000000000000000000000001"); // 2001:db8::1
        same::<e::adnl::Address>(b, adnl::address::Udp6 { ip, port: 30303 }.into())
    }),
    ("ton_api/adnl.addressList", |b| same(b, addresses())),
    ("ton_api/dht.node", |b| same(b, node())),
    ("ton_api/dht.nodes", |b| {
        let addr_list = adnl::AddressList {
            addrs: vec![].into(),
            ..addresses()
        };
        let second = dht::Node {
            version: 1_700_000_001,
            addr_list,
            ..node()
        };
        let value = dht::Nodes {
            nodes: vec![node(), second].into(),
        };
        same::<e::dht::Nodes>(b, value.into())
    }),
    ("ton_api/dht.findNode", |b| {
        same(
            b,
            call::dht::FindNode {
                key: h(0xa2),
                k: 10,
            },
        )
    }),
    ("ton_api/dht.findValue", |b| {
        same(b, call::dht::FindValue { key: h(0xa3), k: 6 })
    }),
    ("ton_api/dht.ping", |b| {
        same(
            b,
            call::dht::Ping {
                random_id: RANDOM_ID,
            },
        )
    }),
    ("ton_api/dht.pong", |b| {
        same::<e::dht::Pong>(
            b,
            dht::Pong {
                random_id: RANDOM_ID,
            }
            .into(),
        )
    }),
    ("ton_api/dht.getSignedAddressList", |b| {
        same(b, call::dht::GetSignedAddressList {})
    }),
    ("ton_api/dht.keyDescription", |b| same(b, key_description())),
    ("ton_api/dht.valueFound", |b| {
        let value = dht::Value {
            key: key_description(),
            value: blob(0x19, 50),
            ttl: 1_700_003_600,
            signature: blob(0x1a, 64),
        };
        let found = dht::ValueFound {
            value: value.into(),
        };
        same::<e::dht::ValueResult>(b, found.into())
    }),
    ("ton_api/adnl.message.query", |b| {
        let query = nested(call::dht::FindNode {
            key: h(0xa2),
            k: 10,
        });
        let message = adnl::message::Query {
            query_id: h(0xa4),
            query,
        };
        same::<e::adnl::Message>(b, message.into())
    }),
    ("ton_api/tcp.ping", |b| {
        same(
            b,
            call::tcp::Ping {
                random_id: 123_456_789_012_345,
            },
        )
    }),
    ("ton_api/tcp.pong", |b| {
        same::<e::tcp::Pong>(
            b,
            t::tcp::Pong {
                random_id: 123_456_789_012_345,
            }
            .into(),
        )
    }),
    // Explicit id #f5bf60c0; `flags` has no conditional parameter: all 32 bits are the field.
    ("ton_api/tonNode.capabilities", |b| {
        let value = t::ton_node::Capabilities {
            version_major: 3,
            version_minor: 9,
            flags: 5,
        };
        same::<e::ton_node::Capabilities>(b, value.into())
    }),
    ("ton_api/tonNode.getNextBlockDescription", |b| {
        same(
            b,
            call::ton_node::GetNextBlockDescription { prev_block: mc() },
        )
    }),
    ("ton_api/tonNode.shardPublicOverlayId", |b| {
        let zero_state_file_hash = zero_file();
        let value = t::ton_node::ShardPublicOverlayId {
            workchain: 0,
            shard: i64::MIN,
            zero_state_file_hash,
        };
        same(b, value)
    }),
    // Explicit id #4ac6e727, declared over nine lines. Sent as flags 0x80600b: bit 0 has no
    // parameter; 1, 3, 13, 14 and 23 from `prev_left`, `next_left`, `lt`, `ts`, the seqno.
    ("ton_api/db.block.info", |b| {
        let value = t::db::block::Info {
            id: bc_at(40_123_456),
            flags: 1,
            prev_left: Some(bc_at(40_123_455)),
            prev_right: None,
            next_left: Some(bc_at(40_123_457)),
            next_right: None,
            lt: Some(LT),
            ts: Some(1_700_000_000),
            state: None,
            masterchain_ref_seqno: Some(34_567_890),
        };
        same::<e::db::block::Info>(b, value.into())
    }),
    // Declared over eighteen lines; sent as flags 0xcd5, every bit from a field (bit 10 is
    // shared by `reinit_date` and `dst_reinit_date`).
    ("ton_api/adnl.packetContents", |b| {
        let query = nested(call::dht::GetSignedAddressList {});
        let message = adnl::message::Query {
            query_id: h(0xa4),
            query,
        };
        let value = adnl::PacketContents {
            rand1: blob(0x1b, 15),
            flags: 0,
            from: Some(ed25519()),
            from_short: None,
            message: Some(message.into()),
            messages: None,
            address: Some(addresses()),
            priority_address: None,
            seqno: Some(1),
            confirm_seqno: Some(0),
            recv_addr_list_version: None,
            recv_priority_addr_list_version: None,
            reinit_date: Some(1_700_000_000),
            dst_reinit_date: Some(0),
            signature: Some(blob(0x1c, 64)),
            rand2: blob(0x1d, 7),
        };
        same::<e::adnl::PacketContents>(b, value.into())
    }),
    // Sent as flags 1: `dest_wc` and `dest_shard` share bit 0.
    ("ton_api/engine.validator.getShardOutQueueSize", |b| {
        let block_id = BlockId {
            workchain: 0,
            shard: SHARD,
            seqno: 40_123_456,
        };
        let (dest_wc, dest_shard) = (Some(-1), Some(i64::MIN));
        let value = call::engine::validator::GetShardOutQueueSize {
            flags: 0,
            block_id,
            dest_wc,
            dest_shard,
        };
        same(b, value)
    }),
];
