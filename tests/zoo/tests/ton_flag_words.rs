//! TON flag words keep every bit (issue 22): `mode:#` is a `u32` field holding the bits no
//! parameter is conditional on; the bits of conditional parameters come from those fields.
//! Every expected byte below is worked out by hand from `lite_api.tl`, one 32-bit word a line,
//! and checked both ways: the value encodes to exactly the bytes, the bytes decode to exactly
//! the value (its `mode` included). The ids are recomputed here (CRC32 of the canonical line
//! under the TDLib rule, `../shared/tl-spec.md` section 4); `codegen ids ../shared/zoo/ton/lite_api.tl
//! --dialect tdlib` prints the same (`fac8f71e`, `adfcc7da`).
#![cfg(zoo)]

use std::fmt::Debug;

use tl_runtime::{Decode, Encode, Identifiable};
use zoo::lite_api::functions::lite_server::{ListBlockTransactions, LookupBlock};
use zoo::lite_api::types::lite_server::TransactionId3;
use zoo::lite_api::types::ton_node::{BlockId, BlockIdExt};

const LOOKUP_BLOCK: &str = "liteServer.lookupBlock mode:# id:tonNode.blockId lt:mode.1?long \
                            utime:mode.2?int = liteServer.BlockHeader";
const LIST_BLOCK_TRANSACTIONS: &str = "liteServer.listBlockTransactions id:tonNode.blockIdExt \
     mode:# count:# after:mode.7?liteServer.transactionId3 reverse_order:mode.6?true \
     want_proof:mode.5?true = liteServer.BlockTransactions";

/// `lookupBlock` by seqno, `mode = 1`: bit 0 has no parameter (it means "by seqno").
const BY_SEQNO: &[&str] = &[
    "1ef7c8fa", // id 0xfac8f71e (liteServer.lookupBlock), little-endian
    "01000000", // mode = 1: bit 0 (no parameter); bits 1 (lt) and 2 (utime) clear
    "ffffffff", // id.workchain = -1 (tonNode.blockId, bare)
    "00000000", // id.shard = 0x8000000000000000, low word
    "00000080", //   high word
    "d2760f02", // id.seqno = 34567890 = 0x020f76d2
];

/// `lookupBlock` with bit 0 and `lt`: `mode = 1 | 2 = 3`.
const SEQNO_AND_LT: &[&str] = &[
    "1ef7c8fa", // id 0xfac8f71e
    "03000000", // mode = 3: bit 0 (the field's 1) | bit 1 (lt is set)
    "00000000", // id.workchain = 0
    "00000000", // id.shard = 0x6000000000000000, low word
    "00000060", //   high word
    "07000000", // id.seqno = 7
    "01f04d0a", // lt = 47000000000001 = 0x00002abf0a4df001, low word
    "bf2a0000", //   high word
];

/// `lookupBlock` with bit 0 and `utime`: `mode = 1 | 4 = 5` (no `lt` word).
const SEQNO_AND_UTIME: &[&str] = &[
    "1ef7c8fa", // id 0xfac8f71e
    "05000000", // mode = 5: bit 0 | bit 2 (utime is set)
    "00000000", // id.workchain = 0
    "00000000", // id.shard = 0x6000000000000000, low word
    "00000060", //   high word
    "07000000", // id.seqno = 7
    "00f15365", // utime = 1700000000 = 0x6553f100
];

/// The basechain block of the `listBlockTransactions` cases (`tonNode.blockIdExt`, bare).
const BLOCK: &[&str] = &[
    "00000000",                                                         // id.workchain = 0
    "00000000", // id.shard = 0x6000000000000000, low word
    "00000060", //   high word
    "403c6402", // id.seqno = 40123456 = 0x02643c40
    "505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f", // root_hash: 0x50..0x6f (8 words)
    "707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f", // file_hash: 0x70..0x8f (8 words)
];

/// `listBlockTransactions` with `mode = 7`: bits 0-2 have no parameter and come back as 7.
const MODE_7: &[&str] = &[
    "07000000", // mode = 7: bits 0, 1, 2 (no parameter); 5, 6, 7 clear
    "28000000", // count = 40
];

/// `mode = 7 | 128 | 64 | 32 = 0xe7`: the unused bits and every conditional one.
const MODE_E7: &[&str] = &[
    "e7000000", // mode = 0xe7: 7 | bit 7 (after) | bit 6 (reverse_order) | bit 5 (want_proof)
    "00010000", // count = 256
    "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecf", // after.account: 0xb0..0xcf
    "01f04d0a", // after.lt = 47000000000001, low word
    "bf2a0000", //   high word; reverse_order and want_proof (`true`) write nothing
];

/// The words of `parts`, as bytes.
fn bytes(parts: &[&[&str]]) -> Vec<u8> {
    let hex: String = parts
        .iter()
        .flat_map(|words| words.iter().copied())
        .collect();
    assert_eq!(hex.len() % 8, 0, "whole words only");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// CRC-32 (ISO-HDLC, as zlib), bit by bit: the id of a canonical declaration.
fn crc32(text: &str) -> u32 {
    let mut crc = !0u32;
    for byte in text.bytes() {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Both ways: `value` encodes to `expected`, and `expected` decodes to `value`.
fn both_ways<T: Encode + tl_runtime::DecodeOwned + PartialEq + Debug>(value: &T, expected: &[u8]) {
    assert_eq!(value.to_bytes().unwrap(), expected, "encoding {value:?}");
    assert_eq!(&T::from_bytes(expected).unwrap(), value, "decoding");
}

fn block_id(workchain: i32, shard: u64, seqno: i32) -> BlockId {
    let shard = shard as i64;
    BlockId {
        workchain,
        shard,
        seqno,
    }
}

fn block() -> BlockIdExt {
    let hash = |first: u8| std::array::from_fn(|i| first + i as u8);
    BlockIdExt {
        workchain: 0,
        shard: 0x6000_0000_0000_0000,
        seqno: 40_123_456,
        root_hash: hash(0x50),
        file_hash: hash(0x70),
    }
}

fn after() -> TransactionId3 {
    let account = std::array::from_fn(|i| 0xb0 + i as u8);
    TransactionId3 {
        account,
        lt: 47_000_000_000_001,
    }
}

#[test]
fn ids_are_the_crc32_of_the_canonical_lines() {
    assert_eq!(
        crc32("int ? = Int"),
        0xa850_9bda,
        "the CRC itself (tl-spec section 3)"
    );
    assert_eq!(crc32(LOOKUP_BLOCK), 0xfac8_f71e);
    assert_eq!(LookupBlock::CONSTRUCTOR_ID, 0xfac8_f71e);
    assert_eq!(crc32(LIST_BLOCK_TRANSACTIONS), 0xadfc_c7da);
    assert_eq!(ListBlockTransactions::CONSTRUCTOR_ID, 0xadfc_c7da);
    // The TDLib rule keeps the `?true` parameters; Telegram's would drop them.
    let telegram = LIST_BLOCK_TRANSACTIONS
        .replace(" reverse_order:mode.6?true", "")
        .replace(" want_proof:mode.5?true", "");
    assert_ne!(crc32(&telegram), ListBlockTransactions::CONSTRUCTOR_ID);
    assert_eq!(
        &bytes(&[BY_SEQNO])[..4],
        LookupBlock::CONSTRUCTOR_ID.to_le_bytes()
    );
}

#[test]
fn lookup_block_by_seqno_keeps_mode_1() {
    let mut call = LookupBlock::new(block_id(-1, 0x8000_0000_0000_0000, 34_567_890));
    call.mode = 1;
    both_ways(&call, &bytes(&[BY_SEQNO]));
    assert_eq!(
        LookupBlock::from_bytes(&bytes(&[BY_SEQNO])).unwrap().mode,
        1
    );
}

#[test]
fn lookup_block_mixes_the_unused_bit_with_lt_or_utime() {
    let mut call = LookupBlock::new(block_id(0, 0x6000_0000_0000_0000, 7));
    call.mode = 1; // the field holds bit 0 only: bit 1 comes from `lt`
    call.lt = Some(47_000_000_000_001);
    both_ways(&call, &bytes(&[SEQNO_AND_LT]));
    call.lt = None;
    call.utime = Some(1_700_000_000);
    both_ways(&call, &bytes(&[SEQNO_AND_UTIME]));
}

#[test]
fn lookup_block_conditional_bits_come_from_the_fields() {
    // Bits 1 and 2 set in `mode` by mistake, with neither `lt` nor `utime`: the same bytes
    // as `mode = 1` (no parameter is claimed that is not written), decoded back as `mode = 1`.
    let mut call = LookupBlock::new(block_id(-1, 0x8000_0000_0000_0000, 34_567_890));
    call.mode = 1 | 2 | 4;
    assert_eq!(call.to_bytes().unwrap(), bytes(&[BY_SEQNO]));
    assert_eq!(
        LookupBlock::from_bytes(&bytes(&[BY_SEQNO])).unwrap().mode,
        1
    );
    // Bit 1 set and bit 2 clear in `mode`, with `utime` (bit 2) instead of `lt`.
    let mut call = LookupBlock::new(block_id(0, 0x6000_0000_0000_0000, 7));
    call.mode = 1 | 2;
    call.utime = Some(1_700_000_000);
    assert_eq!(call.to_bytes().unwrap(), bytes(&[SEQNO_AND_UTIME]));
    // Every bit: the unused ones are written as given, 1 and 2 cleared.
    let mut call = LookupBlock::new(block_id(-1, 0x8000_0000_0000_0000, 34_567_890));
    call.mode = u32::MAX;
    let mut expected = bytes(&[BY_SEQNO]);
    expected[4..8].copy_from_slice(&0xffff_fff9_u32.to_le_bytes());
    both_ways(
        &LookupBlock {
            mode: 0xffff_fff9,
            ..call.clone()
        },
        &expected,
    );
    assert_eq!(call.to_bytes().unwrap(), expected);
}

#[test]
fn list_block_transactions_mode_7_comes_back_as_7() {
    let mut call = ListBlockTransactions::new(block(), 40);
    call.mode = 7;
    both_ways(&call, &bytes(&[&["dac7fcad"], BLOCK, MODE_7]));
    let decoded = ListBlockTransactions::from_bytes(&bytes(&[&["dac7fcad"], BLOCK, MODE_7]));
    let decoded = decoded.unwrap();
    assert_eq!(
        (decoded.mode, decoded.after, decoded.reverse_order),
        (7, None, false)
    );
}

#[test]
fn list_block_transactions_mode_7_with_after_reverse_order_and_want_proof() {
    let mut call = ListBlockTransactions::new(block(), 256);
    call.mode = 7;
    call.after = Some(after());
    call.reverse_order = true;
    call.want_proof = true;
    both_ways(&call, &bytes(&[&["dac7fcad"], BLOCK, MODE_E7]));
    // Only `after` (bit 7): mode 0x87, the same words without the two `true` bits.
    call.reverse_order = false;
    call.want_proof = false;
    let mut expected = bytes(&[&["dac7fcad"], BLOCK, MODE_E7]);
    expected[84] = 0x87;
    both_ways(&call, &expected);
}

#[test]
fn list_block_transactions_conditional_bits_come_from_the_fields() {
    // `mode = 0xe7`, no parameter set: bits 5-7 are not written, the bytes are mode 7's.
    let mut call = ListBlockTransactions::new(block(), 40);
    call.mode = 0xe7;
    assert_eq!(
        call.to_bytes().unwrap(),
        bytes(&[&["dac7fcad"], BLOCK, MODE_7])
    );
    // `mode = 0xe7` given along with the fields: the same bytes as `mode = 7` with them,
    // decoded back as 7 (the conditional bits live in the fields).
    let mut call = ListBlockTransactions::new(block(), 256);
    call.mode = 0xe7;
    call.after = Some(after());
    call.reverse_order = true;
    call.want_proof = true;
    let expected = bytes(&[&["dac7fcad"], BLOCK, MODE_E7]);
    assert_eq!(call.to_bytes().unwrap(), expected);
    assert_eq!(
        ListBlockTransactions::from_bytes(&expected).unwrap(),
        ListBlockTransactions { mode: 7, ..call }
    );
    // Bit 7 set by mistake without `after`: no `after` is claimed, and none is read back.
    let mut call = ListBlockTransactions::new(block(), 40);
    call.mode = 7 | 0x80;
    call.want_proof = true;
    let mut expected = bytes(&[&["dac7fcad"], BLOCK, MODE_7]);
    expected[84] = 0x27;
    assert_eq!(call.to_bytes().unwrap(), expected);
    let decoded = ListBlockTransactions::from_bytes(&expected).unwrap();
    assert_eq!(
        (decoded.mode, decoded.after, decoded.want_proof),
        (7, None, true)
    );
}
