//! Answers to a call inside `rpc_result` / `gzip_packed` / `rpc_error` envelopes, with
//! gzip data made by an independent tool (Python's `gzip` module), checked in as hex.
//!
//! The TL bytes are written by hand from `tl-spec.md` (sections 3 and 5):
//!
//! * `RESULT`: `Vector<int>` [1, 2, 3]: `15c4b51c` (vector), count 3, three ints.
//! * `RPC_ERROR`: `rpc_error#2144ca19 error_code:420 error_message:"FLOOD_WAIT_17"`:
//!   `19ca4421`, `a4010000`, length 13, the 13 letters, 2 bytes of padding.
//! * `rpc_result#f35c6d01 req_msg_id:0x0102030405060708 result:...`:
//!   `016d5cf3 0807060504030201` then the result.
//! * `gzip_packed#3072cfa1 packed_data:bytes`: `a1cf7230` then the gzip stream as `bytes`.

mod common;

use std::borrow::Cow;

use common::hex;
use tl_runtime::answer::{self, Answer};
use tl_runtime::{
    CallError, DecodeErrorKind, DecodeOptions, Encode, Identifiable, Output, RemoteCall, RpcError,
};

const RESULT: &str = "15c4b51c 03000000 01000000 02000000 03000000";
const RPC_ERROR: &str = "19ca4421 a4010000 0d464c4f4f445f574149545f3137 0000";
const RPC_RESULT_HEAD: &str = "016d5cf3 0807060504030201";
const GZIP_PACKED_ID: &str = "a1cf7230";

/// `RESULT` gzipped:
/// `python3 -c "import gzip; print(gzip.compress(bytes.fromhex('15c4b51c03000000010000000200000003000000'), mtime=0).hex())"`
const GZ_RESULT: &str = "1f8b0800000000000203133db25586998181811188998018c40600411b28a314000000";

/// `RPC_ERROR` gzipped:
/// `python3 -c "import gzip; print(gzip.compress(bytes.fromhex('19ca4421a40100000d464c4f4f445f574149545f31370000'), mtime=0).hex())"`
const GZ_RPC_ERROR: &str =
    "1f8b0800000000000203933ce5a2b884918181d7cdc7dfdf253edcd13324ded09c8101004dcaf70018000000";

/// `rpc_result{RESULT}` gzipped:
/// `python3 -c "import gzip; print(gzip.compress(bytes.fromhex('016d5cf3080706050403020115c4b51c03000000010000000200000003000000'), mtime=0).hex())"`
const GZ_RPC_RESULT: &str =
    "1f8b080000000000020363cc8df9ccc1cec6cac2ccc4287a64ab0c330303032310330131880d00125c2ed120000000";

/// `RESULT` and 4 zero bytes, gzipped:
/// `python3 -c "import gzip; print(gzip.compress(bytes.fromhex('15c4b51c03000000010000000200000003000000' + '00000000'), mtime=0).hex())"`
const GZ_RESULT_AND_MORE: &str =
    "1f8b0800000000000203133db25586998181811188998018c40601002df01d0018000000";

/// `boolTrue#997275b5` gzipped:
/// `python3 -c "import gzip; print(gzip.compress(bytes.fromhex('b5757299'), mtime=0).hex())"`
const GZ_BOOL_TRUE: &str = "1f8b0800000000000203db5a5a3413009bfb08cd04000000";

/// TL `bytes` written by hand: 1-byte length (all data here is shorter than 254 bytes),
/// data, zero padding to a multiple of 4.
fn tl_bytes(data: &[u8]) -> Vec<u8> {
    assert!(data.len() < 254);
    let mut out = vec![data.len() as u8];
    out.extend_from_slice(data);
    out.resize(out.len().next_multiple_of(4), 0);
    out
}

fn rpc_result(inner: &[u8]) -> Vec<u8> {
    [hex(RPC_RESULT_HEAD), inner.to_vec()].concat()
}

fn gzip_packed(gzip_hex: &str) -> Vec<u8> {
    [hex(GZIP_PACKED_ID), tl_bytes(&hex(gzip_hex))].concat()
}

/// A method's error enum, as the generator emits them: a variant per listed error.
#[derive(Debug, Clone, PartialEq, Eq)]
enum GetNumbersError {
    FloodWait(u32),
    Other(RpcError),
}

impl From<RpcError> for GetNumbersError {
    fn from(error: RpcError) -> Self {
        match (error.name.as_str(), error.value) {
            ("FLOOD_WAIT_X", Some(seconds)) => Self::FloodWait(seconds),
            _ => Self::Other(error),
        }
    }
}

impl std::fmt::Display for GetNumbersError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::FloodWait(seconds) => write!(f, "FLOOD_WAIT_{seconds}"),
            Self::Other(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for GetNumbersError {}

/// `getNumbers#11223344 = Vector<int>;`
struct GetNumbers;

impl Identifiable for GetNumbers {
    const CONSTRUCTOR_ID: u32 = 0x1122_3344;
    const NAME: &'static str = "getNumbers";
}

impl Encode for GetNumbers {
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(Self::CONSTRUCTOR_ID);
    }
}

impl RemoteCall for GetNumbers {
    type Return = Vec<i32>;
    type Error = GetNumbersError;
}

/// `isTrue#55667788 = Bool;`, a method without an error enum.
struct IsTrue;

impl Identifiable for IsTrue {
    const CONSTRUCTOR_ID: u32 = 0x5566_7788;
    const NAME: &'static str = "isTrue";
}

impl Encode for IsTrue {
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(Self::CONSTRUCTOR_ID);
    }
}

impl RemoteCall for IsTrue {
    type Return = bool;
    type Error = RpcError;
}

/// Every answer that carries `RESULT`, named.
fn result_answers() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("bare result", hex(RESULT)),
        ("rpc_result{result}", rpc_result(&hex(RESULT))),
        (
            "rpc_result{gzip{result}}",
            rpc_result(&gzip_packed(GZ_RESULT)),
        ),
        ("gzip{result}", gzip_packed(GZ_RESULT)),
        ("gzip{rpc_result{result}}", gzip_packed(GZ_RPC_RESULT)),
    ]
}

/// Every answer that carries `RPC_ERROR`, named.
fn error_answers() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("bare rpc_error", hex(RPC_ERROR)),
        ("rpc_result{rpc_error}", rpc_result(&hex(RPC_ERROR))),
        ("gzip{rpc_error}", gzip_packed(GZ_RPC_ERROR)),
        (
            "rpc_result{gzip{rpc_error}}",
            rpc_result(&gzip_packed(GZ_RPC_ERROR)),
        ),
    ]
}

/// The decode error's kind, or a panic naming what came instead.
fn decode_kind<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, CallError<E>>,
) -> DecodeErrorKind {
    match result {
        Err(CallError::Decode(error)) => error.into_kind(),
        other => panic!("expected a decode error, found {other:?}"),
    }
}

#[test]
fn every_nesting_of_a_result_decodes_to_it() {
    for (name, answer) in result_answers() {
        assert_eq!(
            GetNumbers::decode_answer(&answer),
            Ok(vec![1, 2, 3]),
            "{name}"
        );
    }
    assert_eq!(IsTrue::decode_answer(&gzip_packed(GZ_BOOL_TRUE)), Ok(true));
    assert_eq!(
        IsTrue::decode_answer(&rpc_result(&gzip_packed(GZ_BOOL_TRUE))),
        Ok(true)
    );
}

#[test]
fn every_nesting_of_an_rpc_error_maps_to_the_typed_error() {
    for (name, answer) in error_answers() {
        let typed = GetNumbers::decode_answer(&answer);
        assert_eq!(
            typed,
            Err(CallError::Rpc(GetNumbersError::FloodWait(17))),
            "{name}"
        );
        let plain = IsTrue::decode_answer(&answer).unwrap_err();
        let error = plain.rpc().expect("an rpc error");
        assert_eq!(
            (error.code, error.raw.as_str()),
            (420, "FLOOD_WAIT_17"),
            "{name}"
        );
        assert_eq!(plain.to_string(), "rpc error 420: FLOOD_WAIT_17");
    }
    let other = rpc_result(&hex("19ca4421 90010000 0b 424f545f494e56414c4944"));
    assert_eq!(
        GetNumbers::decode_answer(&other),
        Err(CallError::Rpc(GetNumbersError::Other(RpcError::new(
            400,
            "BOT_INVALID"
        ))))
    );
}

#[test]
fn open_borrows_unless_it_inflated() {
    let options = DecodeOptions::new();
    for (name, answer) in result_answers() {
        let opened = answer::open(&answer, options).unwrap();
        let Answer::Result(bytes) = opened else {
            panic!("{name}: {opened:?}")
        };
        assert_eq!(bytes, hex(RESULT), "{name}");
        let inflated = name.contains("gzip");
        assert_eq!(matches!(bytes, Cow::Owned(_)), inflated, "{name}");
    }
    for (name, answer) in error_answers() {
        let opened = answer::open(&answer, options).unwrap();
        assert_eq!(
            opened,
            Answer::Error(RpcError::new(420, "FLOOD_WAIT_17")),
            "{name}"
        );
    }
}

#[test]
fn every_cut_of_every_answer_is_a_decode_error() {
    for (name, answer) in result_answers().into_iter().chain(error_answers()) {
        for cut in 0..answer.len() {
            let cut_answer = &answer[..cut];
            let result = GetNumbers::decode_answer(cut_answer);
            assert!(
                matches!(result, Err(CallError::Decode(_))),
                "{name} cut at {cut}: {result:?}"
            );
            // The envelopes alone: an error, or (cut inside the result) the result's bytes.
            if let Ok(Answer::Error(error)) = answer::open(cut_answer, DecodeOptions::new()) {
                panic!("{name} cut at {cut} opened to {error:?}");
            }
        }
    }
}

#[test]
fn a_cut_envelope_says_what_and_where() {
    // rpc_result cut inside req_msg_id.
    let error = GetNumbers::decode_answer(&rpc_result(&[])[..9]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "rpc_result.req_msg_id: expected 8 more bytes at byte offset 4, found only 5"
    );
    // rpc_result whose result is cut inside the vector.
    let answer = rpc_result(&hex(RESULT));
    let error = GetNumbers::decode_answer(&answer[..answer.len() - 2]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "rpc_result.result: expected at most 2 vector elements of at least 4 bytes at byte \
         offset 20 (10 bytes left), found a count of 3"
    );
    // An empty answer.
    assert_eq!(
        decode_kind(GetNumbers::decode_answer(&[])),
        DecodeErrorKind::UnexpectedEnd {
            offset: 0,
            needed: 4,
            remaining: 0
        }
    );
}

#[test]
fn corrupt_gzip_is_a_typed_error() {
    let good = rpc_result(&gzip_packed(GZ_RESULT));
    // The gzip data starts after rpc_result (12), the id (4) and the length byte (1).
    let data = 17;
    let gzip_len = hex(GZ_RESULT).len();
    // Damage: the magic number, the first deflate byte, the CRC-32, the size.
    for at in [0, 10, gzip_len - 8, gzip_len - 1] {
        let mut answer = good.clone();
        answer[data + at] ^= 0x55;
        let error = GetNumbers::decode_answer(&answer).unwrap_err();
        let CallError::Decode(error) = error else {
            panic!("byte {at}: {error:?}")
        };
        assert!(
            matches!(
                error.kind(),
                DecodeErrorKind::InvalidGzip { offset: 17, .. }
            ),
            "byte {at}: {error:?}"
        );
        assert!(
            error.to_string().starts_with(
                "rpc_result.result.packed_data: expected gzip data at byte offset 17, \
                 found an invalid stream ("
            ),
            "{error}"
        );
    }
    // Not gzip at all.
    let answer = [hex(GZIP_PACKED_ID), tl_bytes(b"not gzip")].concat();
    assert!(matches!(
        decode_kind(GetNumbers::decode_answer(&answer)),
        DecodeErrorKind::InvalidGzip { offset: 5, .. }
    ));
}

#[test]
fn gzip_data_decoding_to_garbage_names_the_inflated_offset() {
    // boolTrue is not a Vector<int>: the offset counts inside the inflated bytes.
    let error = GetNumbers::decode_answer(&rpc_result(&gzip_packed(GZ_BOOL_TRUE))).unwrap_err();
    assert_eq!(
        error.to_string(),
        "rpc_result.result.packed_data: expected constructor Vector (0x1cb5c415) at byte \
         offset 0, found id 0x997275b5"
    );
}

#[test]
fn trailing_bytes_follow_from_bytes() {
    let more = hex("00000000");
    let cases = [
        (
            "after a bare result",
            [hex(RESULT), more.clone()].concat(),
            20,
        ),
        (
            "after an rpc_error",
            [hex(RPC_ERROR), more.clone()].concat(),
            24,
        ),
        (
            "after packed_data",
            [gzip_packed(GZ_RESULT), more.clone()].concat(),
            40,
        ),
        (
            "inside the inflated bytes",
            gzip_packed(GZ_RESULT_AND_MORE),
            20,
        ),
        (
            "after rpc_result{result}",
            [rpc_result(&hex(RESULT)), more].concat(),
            32,
        ),
    ];
    let lenient = DecodeOptions::new().allow_trailing_bytes(true);
    for (name, answer, offset) in cases {
        assert_eq!(
            decode_kind(GetNumbers::decode_answer(&answer)),
            DecodeErrorKind::TrailingBytes {
                offset,
                remaining: 4
            },
            "{name}"
        );
        let decoded = GetNumbers::decode_answer_with(&answer, lenient);
        assert!(
            matches!(
                decoded,
                Ok(_) | Err(CallError::Rpc(GetNumbersError::FloodWait(17)))
            ),
            "{name}: {decoded:?}"
        );
    }
}

#[test]
fn the_inflate_limit_is_exact_and_configurable() {
    let answer = rpc_result(&gzip_packed(GZ_RESULT));
    // RESULT is 20 bytes.
    let exact = DecodeOptions::new().inflate_limit(20);
    assert_eq!(
        GetNumbers::decode_answer_with(&answer, exact),
        Ok(vec![1, 2, 3])
    );
    let below = DecodeOptions::new().inflate_limit(19);
    let error = GetNumbers::decode_answer_with(&answer, below).unwrap_err();
    assert_eq!(
        error.to_string(),
        "rpc_result.result.packed_data: expected gzip data at byte offset 17 to inflate to \
         at most 19 bytes, found more"
    );
    assert_eq!(
        decode_kind::<(), _>(Err(error)),
        DecodeErrorKind::InflateLimit {
            offset: 17,
            limit: 19
        }
    );
    assert_eq!(
        DecodeOptions::new().inflate_limit,
        tl_runtime::DEFAULT_INFLATE_LIMIT
    );
}

#[test]
fn envelopes_count_against_the_depth_limit() {
    let mut answer = hex(RESULT);
    for _ in 0..3 {
        answer = rpc_result(&answer);
    }
    let three = DecodeOptions::new().depth_limit(3);
    assert_eq!(
        GetNumbers::decode_answer_with(&answer, three),
        Ok(vec![1, 2, 3])
    );
    let two = DecodeOptions::new().depth_limit(2);
    assert_eq!(
        decode_kind(GetNumbers::decode_answer_with(&answer, two)),
        DecodeErrorKind::RecursionLimit {
            offset: 24,
            limit: 2
        }
    );
    // Hostile nesting with the default limit fails fast, without deep recursion.
    let mut deep = hex(RESULT);
    for _ in 0..10_000 {
        deep = rpc_result(&deep);
    }
    assert!(matches!(
        decode_kind(GetNumbers::decode_answer(&deep)),
        DecodeErrorKind::RecursionLimit { limit: 64, .. }
    ));
}

#[test]
fn call_errors_compare_clone_and_chain() {
    use std::error::Error;

    let answer = rpc_result(&hex(RPC_ERROR));
    let error = IsTrue::decode_answer(&answer).unwrap_err();
    assert_eq!(error.clone(), error);
    assert!(error.source().is_none());
    assert_eq!(
        error.rpc().and_then(RpcError::retry_after),
        Some(std::time::Duration::from_secs(17))
    );
    let boxed: Box<dyn Error> = Box::new(IsTrue::decode_answer(&[]).unwrap_err());
    assert_eq!(
        boxed.to_string(),
        "expected 4 more bytes at byte offset 0, found only 0"
    );
}
