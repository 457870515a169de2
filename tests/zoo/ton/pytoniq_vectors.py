#!/usr/bin/env python3
"""TON TL values serialized by pytoniq-core, an independent implementation (PyPI; its own
schema copies, parser and serializer in `pytoniq_core.tl`), for `tests/zoo/tests/ton_pytoniq.rs`.

    python3 -m pip install pytoniq-core==0.2.1
    python3 tests/zoo/ton/pytoniq_vectors.py > tests/zoo/ton/pytoniq_vectors.jsonl

Prints one JSON line per value: `name`, `schema`, `tl` (the TL name), `kind` (`function`,
`boxed` or `bare`), `hex` (what pytoniq wrote), `value` (what pytoniq was given: int256/int128
and `bytes` as hex, a nested object with `@type`), `producer`, and `corrected` when pytoniq
had to be helped around one of its known defects (README.md beside this file).

Nothing is trusted blindly: before a value is written, every declaration it reaches must have
the same text in pytoniq's schema copy as in the zoo's, and the id pytoniq computed must be the
CRC32 of that text under the TDLib rule (or its explicit id); the known defects of the pinned
version are checked to be what README.md says. Any difference stops the script (exit 1).
Exit 3: pytoniq-core is not installed; exit 4: another version is.
"""

import base64
import importlib.metadata
import json
import os
import re
import sys
import zlib

PINNED = "0.2.1"
PRODUCER = "pytoniq-core " + PINNED

try:
    from pytoniq_core.tl import generator
except ImportError:
    print("pytoniq-core is not installed: python3 -m pip install pytoniq-core==" + PINNED, file=sys.stderr)
    sys.exit(3)
if importlib.metadata.version("pytoniq-core") != PINNED:
    print("pytoniq-core " + importlib.metadata.version("pytoniq-core") + " is installed, not " + PINNED, file=sys.stderr)
    sys.exit(4)

HERE = os.path.dirname(os.path.abspath(__file__))
ZOO = os.environ.get("TL_ZOO_DIR") or os.path.join(HERE, "../../../../shared/zoo")
COPIES = os.path.join(os.path.dirname(generator.__file__), "schemas")


def fail(message):
    print("pytoniq_vectors.py: " + message, file=sys.stderr)
    sys.exit(1)


# Each file is a schema of its own: `TlGenerator.with_default_schemas()` would read all three
# into one name table, where the last file read wins (`bytes`, `int256`, `ton.blockId` clash).
def pytoniq(schema):
    return generator.TlGenerator(os.path.join(COPIES, schema + ".tl")).generate()


def declarations(path):
    """{name: declaration text}: `//` comments dropped, whitespace collapsed, no `;`."""
    with open(path) as f:
        text = "\n".join(line.split("//")[0] for line in f)
    result = {}
    for decl in re.sub(r"---\w+---", " ", text).split(";"):
        decl = " ".join(decl.split())
        if decl:
            result[decl.split(" ")[0].split("#")[0]] = decl
    return result


def tdlib_id(decl):
    """The constructor id under the TDLib rule (tl-spec section 4): an explicit id wins, else
    CRC32 of the text without parentheses, whitespace collapsed."""
    head = decl.split(" ")[0]
    if "#" in head:
        return head.split("#")[1].rjust(8, "0")
    text = " ".join(decl.replace("(", "").replace(")", "").split())
    return "%08x" % zlib.crc32(text.encode())


SCHEMAS = {name: pytoniq(name) for name in ("lite_api", "ton_api")}
COPY = {name: declarations(os.path.join(COPIES, name + ".tl")) for name in SCHEMAS}
ZOO_DECLS = {name: declarations(os.path.join(ZOO, "ton", name + ".tl")) for name in SCHEMAS}
BASE = set(generator.TlSchemas.base_types) | {"true"}


def reached(schemas, tl, seen):
    """Every definition `tl` (a constructor, function or boxed type) reaches, checked."""
    found = [schemas.get_by_name(tl)] if schemas.get_by_name(tl) else schemas.get_by_class_name(tl)
    if not found:
        fail("pytoniq has no definition of " + tl)
    for definition in found:
        if definition.name in seen:
            continue
        seen.add(definition.name)
        for type_ in definition.args.values():
            type_ = type_.split("?")[-1].strip("()").split(" ")[-1]
            if type_ not in BASE:
                reached(schemas, type_, seen)
    return seen


def nested(value):
    """The `@type` names in a value (objects in `bytes` fields and boxed fields included)."""
    if isinstance(value, dict):
        yield from ([value["@type"]] if "@type" in value else [])
        for v in value.values():
            yield from nested(v)
    elif isinstance(value, list):
        for v in value:
            yield from nested(v)


def check_definitions(schema, tl, value):
    schemas, seen = SCHEMAS[schema], set()
    for name in [tl, *nested(value)]:
        reached(schemas, name, seen)
    for name in sorted(seen):
        copy, zoo = COPY[schema].get(name), ZOO_DECLS[schema].get(name)
        if copy != zoo:
            fail(f"{schema} {name}: pytoniq's copy says {copy!r}, the zoo {zoo!r}")
        if schemas.get_by_name(name).id.hex() != tdlib_id(zoo):
            fail(f"{schema} {name}: pytoniq's id {schemas.get_by_name(name).id.hex()}, not {tdlib_id(zoo)}")
    return seen


def check_defects():
    """The defects of 0.2.1 that README.md lists, as they are: if one changes, look again."""
    lite, ton = SCHEMAS["lite_api"], SCHEMAS["ton_api"]
    # 1. A `string` parameter is written as nothing (only `bytes` has a branch in serialize_field).
    if lite.serialize("liteServer.error", {"code": 1, "message": "abc"}).hex() != "48e1a9bb01000000":
        fail("defect 1 (string written as nothing) changed")
    # 2. A `double` is written as nothing too (it is no base type; `double ? = Double` has no args).
    written = ton.serialize("storage.db.config", {"flags": 0, "download_speed_limit": 1.5, "upload_speed_limit": 2.5})
    if len(written) != 8:
        fail("defect 2 (double written as nothing) changed")
    # 3. A declaration is cut at its first `//`, even a comment inside a multi-line declaration:
    #    the two storage.daemon ones lose every parameter, and their ids are wrong.
    for name in ("storage.daemon.torrentPiecesInfo", "storage.daemon.getTorrentPiecesInfo"):
        definition = ton.get_by_name(name)
        if definition.args or definition.id.hex() == tdlib_id(COPY["ton_api"][name]):
            fail("defect 3 (declaration cut at //) changed for " + name)
    # 4. Not a defect of the bytes, a convention to know: an int256 (or long, int) given as Python
    #    bytes is written reversed, so the values below give int256/int128 as hex strings, written
    #    as they are.
    if lite.serialize_field("int256", bytes(range(32))) != bytes(range(31, -1, -1)):
        fail("convention 4 (int256 from bytes reversed) changed")
    # 5. A flag word is written as given, and a conditional parameter whenever it is not None,
    #    whatever the bits say: the values below give flag words that match their parameters
    #    (the Rust test would see any mismatch as bytes left over or missing).
    lookup = {"mode": 0, "id": {"workchain": 0, "shard": 0, "seqno": 0}, "lt": 5}
    if len(lite.serialize("liteServer.lookupBlock", lookup)) != 32:
        fail("convention 5 (flag word as given) changed")


def with_bytes_for_strings(schemas):
    """pytoniq's own schemas with every `string` parameter read as `bytes` (same wire form, tl-spec
    section 5): the correction for defect 1."""

    def args(schema):
        return {k: ("bytes" if t == "string" else t) for k, t in schema.args.items()}

    return generator.TlSchemas([generator.TlSchema(s.id, s.name, s.class_name, args(s)) for s in schemas.list])


def b64(text):
    return base64.b64decode(text).hex()


def h(n, size=32):
    """An int256 (or int128): bytes n, n+1, ... (mod 256), as the hex string pytoniq writes as is."""
    return bytes((n + i) % 256 for i in range(size)).hex()


def blob(n, length):
    """A `bytes` value: n, n+7, n+14, ... (mod 256)."""
    return bytes((n + 7 * i) % 256 for i in range(length))


# Facts from TON mainnet's global config: the zero state, and a liteserver (ip, port, key).
ZERO_ROOT = b64("F6OpKZKqvqeFp6CQmFomXNMfMj2EnaUSOXN+Mh+wVWk=")
ZERO_FILE = b64("XplPz01CXAps5qeSWUtxcyBfdAo5zVb1N979KLSKD24=")
LS_IP, LS_PORT, LS_KEY = 1137658550, 4924, b64("peJTw/arlRfssgTuf9BMypJzqOi7SXEqSPSWiEw2U1M=")
# The query id of the README's `tl decode` example.
QUERY_ID = "77c1545b96fa136b8e01cc08338bec47e8a43215492dda6d4d7e286382bb00c4"

SHARD = 0x6000000000000000  # a basechain shard (prefix 01)
MC = {"workchain": -1, "shard": -(2**63), "seqno": 34567890, "root_hash": h(0x10), "file_hash": h(0x30)}
BC = {"workchain": 0, "shard": SHARD, "seqno": 40123456, "root_hash": h(0x50), "file_hash": h(0x70)}
ZERO = {"workchain": -1, "root_hash": ZERO_ROOT, "file_hash": ZERO_FILE}
ACC = {"workchain": 0, "id": h(0x90)}
LT = 47000000000001
ED = {"@type": "pub.ed25519", "key": LS_KEY}
UDP = {"@type": "adnl.address.udp", "ip": LS_IP, "port": LS_PORT}
ADDRS = {"addrs": [UDP], "version": 1700000000, "reinit_date": 1700000000, "priority": 0, "expire_at": 0}
NODE = {"id": ED, "addr_list": ADDRS, "version": 1700000000, "signature": blob(0x11, 64)}
KEY_DESC = {
    "key": {"id": h(0xA0), "name": b"address", "idx": 0},
    "id": ED,
    "update_rule": {"@type": "dht.updateRule.signature"},
    "signature": blob(0x22, 64),
}
TX = {"mode": 7, "account": h(0x91), "lt": LT, "hash": h(0x92)}
SIG = {"node_id_short": h(0x40), "signature": blob(0x33, 64)}

F, BOX, BARE = "function", "boxed", "bare"
LITE = [
    ("getMasterchainInfo", "liteServer.getMasterchainInfo", F, {}),
    ("getTime", "liteServer.getTime", F, {}),
    ("getMasterchainInfoExt", "liteServer.getMasterchainInfoExt", F, {"mode": 1}),
    ("lookupBlock/seqno", "liteServer.lookupBlock", F, {"mode": 1, "id": {"workchain": -1, "shard": -(2**63), "seqno": 34567890}}),
    ("lookupBlock/lt", "liteServer.lookupBlock", F, {"mode": 2, "id": {"workchain": 0, "shard": SHARD, "seqno": 0}, "lt": LT}),
    ("lookupBlock/utime", "liteServer.lookupBlock", F, {"mode": 4, "id": {"workchain": 0, "shard": SHARD, "seqno": 0}, "utime": 1700000000}),
    ("lookupBlock/seqno+lt", "liteServer.lookupBlock", F, {"mode": 3, "id": {"workchain": 0, "shard": SHARD, "seqno": 7}, "lt": LT}),
    ("getBlock", "liteServer.getBlock", F, {"id": MC}),
    ("getBlockHeader", "liteServer.getBlockHeader", F, {"id": MC, "mode": 0x0B}),
    ("getAccountState", "liteServer.getAccountState", F, {"id": MC, "account": ACC}),
    ("runSmcMethod", "liteServer.runSmcMethod", F, {"mode": 4, "id": MC, "account": ACC, "method_id": 85143, "params": blob(0x01, 20)}),
    ("getTransactions", "liteServer.getTransactions", F, {"count": 10, "account": ACC, "lt": LT, "hash": h(0xA1)}),
    ("listBlockTransactions/7", "liteServer.listBlockTransactions", F, {"id": BC, "mode": 7, "count": 40}),
    ("listBlockTransactions/7+after", "liteServer.listBlockTransactions", F, {"id": BC, "mode": 7 | 128, "count": 40, "after": {"account": h(0xB0), "lt": LT}}),
    ("listBlockTransactions/7+all", "liteServer.listBlockTransactions", F, {"id": BC, "mode": 7 | 128 | 64 | 32, "count": 256, "after": {"account": h(0xB0), "lt": LT}, "reverse_order": True, "want_proof": True}),
    ("getConfigParams", "liteServer.getConfigParams", F, {"mode": 0, "id": MC, "param_list": [0, 1, 15, 34, -1]}),
    ("getLibraries", "liteServer.getLibraries", F, {"library_list": [h(0xC0), h(0xD0)]}),
    ("getShardInfo", "liteServer.getShardInfo", F, {"id": MC, "workchain": 0, "shard": SHARD, "exact": True}),
    ("sendMessage", "liteServer.sendMessage", F, {"body": blob(0x03, 120)}),
    ("getBlockProof", "liteServer.getBlockProof", F, {"mode": 1, "known_block": MC, "target_block": BC}),
    ("getOutMsgQueueSizes", "liteServer.getOutMsgQueueSizes", F, {"mode": 1, "wc": 0, "shard": SHARD}),
    ("getDispatchQueueMessages", "liteServer.getDispatchQueueMessages", F, {"mode": 5, "id": BC, "addr": h(0xE0), "after_lt": LT, "max_messages": 10, "want_proof": True, "messages_boc": True}),
    ("waitMasterchainSeqno", "liteServer.waitMasterchainSeqno", F, {"seqno": 34567891, "timeout_ms": 10000}),
    ("query/getMasterchainInfo", "liteServer.query", F, {"data": {"@type": "liteServer.getMasterchainInfo"}}),
    ("query/lookupBlock", "liteServer.query", F, {"data": {"@type": "liteServer.lookupBlock", "mode": 1, "id": {"workchain": -1, "shard": -(2**63), "seqno": 34567890}}}),
    ("adnl.message.query", "adnl.message.query", BOX, {"query_id": QUERY_ID, "query": {"@type": "liteServer.query", "data": {"@type": "liteServer.getMasterchainInfo"}}}),
    ("blockIdExt/boxed", "tonNode.blockIdExt", BOX, MC),
    ("blockIdExt/bare", "tonNode.blockIdExt", BARE, BC),
    ("masterchainInfo", "liteServer.masterchainInfo", BOX, {"last": MC, "state_root_hash": h(0x20), "init": ZERO}),
    ("masterchainInfoExt", "liteServer.masterchainInfoExt", BOX, {"mode": 0, "version": 0x101, "capabilities": 7, "last": MC, "last_utime": 1700000000, "now": 1700000005, "state_root_hash": h(0x20), "init": ZERO}),
    ("currentTime", "liteServer.currentTime", BOX, {"now": 1700000005}),
    ("version", "liteServer.version", BOX, {"mode": 0, "version": 0x101, "capabilities": 7, "now": 1700000005}),
    ("blockData", "liteServer.blockData", BOX, {"id": MC, "data": blob(0x05, 300)}),
    ("blockHeader", "liteServer.blockHeader", BOX, {"id": MC, "mode": 0x0B, "header_proof": blob(0x09, 40)}),
    ("accountState", "liteServer.accountState", BOX, {"id": MC, "shardblk": BC, "shard_proof": blob(0x0A, 10), "proof": blob(0x0B, 11), "state": blob(0x0C, 12)}),
    ("runMethodResult", "liteServer.runMethodResult", BOX, {"mode": 0x25, "id": MC, "shardblk": BC, "shard_proof": blob(0x0D, 5), "proof": blob(0x0E, 6), "exit_code": 0, "result": blob(0x0F, 7)}),
    ("transactionId", "liteServer.transactionId", BOX, {"mode": 0x107, "account": h(0x91), "lt": LT, "hash": h(0x92), "metadata": {"mode": 0, "depth": 1, "initiator": ACC, "initiator_lt": LT - 1}}),
    ("blockTransactions", "liteServer.blockTransactions", BOX, {"id": BC, "req_count": 40, "incomplete": True, "ids": [TX, dict(TX, lt=LT + 1)], "proof": b""}),
    ("signatureSet.ordinary", "liteServer.signatureSet.ordinary", BOX, {"validator_set_hash": -123456789, "catchain_seqno": 4242, "signatures": [SIG, dict(SIG, node_id_short=h(0x41))]}),
    ("partialBlockProof", "liteServer.partialBlockProof", BOX, {"complete": False, "from": MC, "to": dict(MC, seqno=34567900), "steps": [
        {"@type": "liteServer.blockLinkBack", "to_key_block": False, "from": MC, "to": dict(MC, seqno=34567880), "dest_proof": blob(0x12, 3), "proof": blob(0x13, 4), "state_proof": blob(0x14, 5)},
        {"@type": "liteServer.blockLinkForward", "to_key_block": True, "from": MC, "to": dict(MC, seqno=34567900), "dest_proof": blob(0x15, 6), "config_proof": blob(0x16, 7),
         "signatures": {"@type": "liteServer.signatureSet.ordinary", "validator_set_hash": 1, "catchain_seqno": 2, "signatures": [SIG]}}]}),
    ("adnl.message.answer", "adnl.message.answer", BOX, {"query_id": QUERY_ID, "answer": {"@type": "liteServer.masterchainInfo", "last": MC, "state_root_hash": h(0x20), "init": ZERO}}),
    ("libraryResult", "liteServer.libraryResult", BOX, {"result": [{"hash": h(0xC0), "data": blob(0x17, 33)}]}),
    ("error", "liteServer.error", BOX, {"code": 651, "message": "block is not applied"}),
]
TON = [
    ("pub.ed25519", "pub.ed25519", BOX, {"key": LS_KEY}),
    ("pub.overlay", "pub.overlay", BOX, {"name": blob(0x18, 36)}),
    ("adnl.address.udp", "adnl.address.udp", BOX, {"ip": LS_IP, "port": LS_PORT}),
    ("adnl.address.udp6", "adnl.address.udp6", BOX, {"ip": "20010db8000000000000000000000001", "port": 30303}),
    ("adnl.addressList", "adnl.addressList", BARE, ADDRS),
    ("dht.node", "dht.node", BARE, NODE),
    ("dht.nodes", "dht.nodes", BOX, {"nodes": [NODE, dict(NODE, version=1700000001, addr_list=dict(ADDRS, addrs=[]))]}),
    ("dht.findNode", "dht.findNode", F, {"key": h(0xA2), "k": 10}),
    ("dht.findValue", "dht.findValue", F, {"key": h(0xA3), "k": 6}),
    ("dht.ping", "dht.ping", F, {"random_id": -8070450532247928832}),
    ("dht.pong", "dht.pong", BOX, {"random_id": -8070450532247928832}),
    ("dht.getSignedAddressList", "dht.getSignedAddressList", F, {}),
    ("dht.keyDescription", "dht.keyDescription", BARE, KEY_DESC),
    ("dht.valueFound", "dht.valueFound", BOX, {"value": {"key": KEY_DESC, "value": blob(0x19, 50), "ttl": 1700003600, "signature": blob(0x1A, 64)}}),
    ("adnl.message.query", "adnl.message.query", BOX, {"query_id": h(0xA4), "query": {"@type": "dht.findNode", "key": h(0xA2), "k": 10}}),
    ("tcp.ping", "tcp.ping", F, {"random_id": 123456789012345}),
    ("tcp.pong", "tcp.pong", BOX, {"random_id": 123456789012345}),
    ("tonNode.capabilities", "tonNode.capabilities", BOX, {"version_major": 3, "version_minor": 9, "flags": 5}),
    ("tonNode.getNextBlockDescription", "tonNode.getNextBlockDescription", F, {"prev_block": MC}),
    ("tonNode.shardPublicOverlayId", "tonNode.shardPublicOverlayId", BARE, {"workchain": 0, "shard": -(2**63), "zero_state_file_hash": ZERO_FILE}),
    ("db.block.info", "db.block.info", BOX, {"id": BC, "flags": 1 | 2 | 8 | 0x2000 | 0x4000 | 0x800000, "prev_left": dict(BC, seqno=40123455), "next_left": dict(BC, seqno=40123457), "lt": LT, "ts": 1700000000, "masterchain_ref_seqno": 34567890}),
    ("adnl.packetContents", "adnl.packetContents", BOX, {"rand1": blob(0x1B, 15), "flags": 1 | 4 | 16 | 64 | 128 | 1024 | 2048, "from": ED,
        "message": {"@type": "adnl.message.query", "query_id": h(0xA4), "query": {"@type": "dht.getSignedAddressList"}},
        "address": ADDRS, "seqno": 1, "confirm_seqno": 0, "reinit_date": 1700000000, "dst_reinit_date": 0, "signature": blob(0x1C, 64), "rand2": blob(0x1D, 7)}),
    ("engine.validator.getShardOutQueueSize", "engine.validator.getShardOutQueueSize", F, {"flags": 1, "block_id": {"workchain": 0, "shard": SHARD, "seqno": 40123456}, "dest_wc": -1, "dest_shard": -(2**63)}),
]


def describe(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {k: describe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [describe(v) for v in value]
    return value


def main():
    check_defects()
    strings = {name: with_bytes_for_strings(s) for name, s in SCHEMAS.items()}
    for schema, vectors in (("lite_api", LITE), ("ton_api", TON)):
        for name, tl, kind, value in vectors:
            reaches = check_definitions(schema, tl, value)
            line = {"name": schema + "/" + name, "schema": schema, "tl": tl, "kind": kind}
            serializer, given = SCHEMAS[schema], value
            if any("string" in SCHEMAS[schema].get_by_name(n).args.values() for n in reaches):
                # Defect 1: the same schema with `bytes` for `string`, the text as UTF-8.
                serializer = strings[schema]
                args = SCHEMAS[schema].get_by_name(tl).args
                if any("string" in SCHEMAS[schema].get_by_name(n).args.values() for n in reaches - {tl}):
                    fail(schema + "/" + name + ": a nested string parameter: not corrected here")
                given = {k: v.encode() if args[k] == "string" else v for k, v in value.items()}
                line["corrected"] = "string parameters serialized as bytes: pytoniq writes nothing for a string"
            written = serializer.serialize(serializer.get_by_name(tl), given, boxed=kind != BARE)
            line.update(hex=written.hex(), value=describe(value), producer=PRODUCER)
            print(json.dumps(line))

if __name__ == "__main__":
    main()
