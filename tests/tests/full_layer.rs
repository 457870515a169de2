//! What only the whole layer has (`--features full-layer`): mtproto service types with
//! `int128`/`int256`, bare vectors of bare constructors, generic wrapper methods, recursive
//! types. Bytes are written by hand from the TL binary rules (tl-spec.md), not by the
//! generated code under test.
#![cfg(feature = "full-layer")]

use tl_api::{enums, functions, types};
use tl_runtime::{Decode, Encode, RemoteCall};

fn le32(value: u32) -> Vec<u8> {
    value.to_le_bytes().to_vec()
}

fn le64(value: i64) -> Vec<u8> {
    value.to_le_bytes().to_vec()
}

#[test]
fn req_pq_multi_and_res_pq_carry_int128_nonces() {
    let nonce: [u8; 16] = std::array::from_fn(|i| i as u8);
    let server_nonce: [u8; 16] = std::array::from_fn(|i| 0xf0 | i as u8);
    let call = functions::ReqPqMulti { nonce };
    let expected = [le32(0xbe7e8ef1), nonce.to_vec()].concat();
    assert_eq!(call.to_bytes().unwrap(), expected);
    assert_eq!(functions::ReqPqMulti::from_bytes(&expected).unwrap(), call);

    // resPQ nonce server_nonce pq:bytes server_public_key_fingerprints:Vector<long>
    let pq = [0x17, 0xed, 0x48, 0x94, 0x1a, 0x08, 0xf9, 0x81];
    let answer = [
        le32(0x05162463),
        nonce.to_vec(),
        server_nonce.to_vec(),
        vec![8],
        pq.to_vec(),
        vec![0, 0, 0], // 1 + 8 bytes, padded to 12
        le32(0x1cb5c415),
        le32(1),
        le64(-0x3f3f_3f3f_3f3f_3f3f),
    ]
    .concat();
    let enums::ResPq::ResPq(res) = functions::ReqPqMulti::decode_answer(&answer).unwrap();
    assert_eq!(res.nonce, nonce);
    assert_eq!(res.server_nonce, server_nonce);
    assert_eq!(res.pq, pq);
    assert_eq!(res.server_public_key_fingerprints, [-0x3f3f_3f3f_3f3f_3f3f]);
    assert_eq!(enums::ResPq::ResPq(res).to_bytes().unwrap(), answer);
}

#[test]
fn future_salts_hold_a_bare_vector_of_bare_constructors() {
    // future_salts req_msg_id:long now:int salts:vector<future_salt>: the vector has no
    // id, each future_salt no constructor id.
    let salt = |since: i32, salt: i64| {
        [le32(since as u32), le32((since + 1800) as u32), le64(salt)].concat()
    };
    let bytes = [
        le32(0xae500895),
        le64(0x5e0b_700a_0000_0001),
        le32(1_700_000_000),
        le32(2),
        salt(1_700_000_000, 11),
        salt(1_700_001_800, -12),
    ]
    .concat();
    let decoded = enums::FutureSalts::from_bytes(&bytes).unwrap();
    let enums::FutureSalts::FutureSalts(salts) = &decoded;
    assert_eq!(salts.now, 1_700_000_000);
    let values: Vec<(i32, i32, i64)> = salts
        .salts
        .iter()
        .map(|s| (s.valid_since, s.valid_until, s.salt))
        .collect();
    assert_eq!(
        values,
        [
            (1_700_000_000, 1_700_001_800, 11),
            (1_700_001_800, 1_700_003_600, -12)
        ]
    );
    assert_eq!(decoded.to_bytes().unwrap(), bytes);
    let mut truncated = bytes.clone();
    truncated.truncate(bytes.len() - 1);
    assert!(enums::FutureSalts::from_bytes(&truncated).is_err());
}

#[test]
fn invoke_with_layer_wraps_any_method_and_answers_with_its_type() {
    let call = functions::InvokeWithLayer {
        layer: tl_api::LAYER,
        query: functions::Ping { ping_id: 7 },
    };
    let expected = [le32(0xda9b0d0d), le32(230), le32(0x7abe77ec), le64(7)].concat();
    assert_eq!(call.to_bytes().unwrap(), expected);
    type Wrapped = functions::InvokeWithLayer<functions::Ping>;
    assert_eq!(Wrapped::from_bytes(&expected).unwrap(), call);
    let pong = [le32(0x347773c5), le64(99), le64(7)].concat();
    let enums::Pong::Pong(answer) = Wrapped::decode_answer(&pong).unwrap();
    assert_eq!((answer.msg_id, answer.ping_id), (99, 7));
}

#[test]
fn recursive_rich_text_round_trips() {
    let plain = |text: &str| {
        enums::RichText::TextPlain(types::TextPlain {
            text: text.to_owned(),
        })
    };
    let value = enums::RichText::TextBold(types::TextBold {
        text: Box::new(enums::RichText::TextConcat(types::TextConcat {
            texts: vec![plain("a"), plain("b")],
        })),
    });
    let plain_bytes = |c: u8| [le32(0x744694e0), vec![1, c, 0, 0]].concat();
    let bytes = [
        le32(0x6724abc4),
        le32(0x7e6260d7),
        le32(0x1cb5c415),
        le32(2),
        plain_bytes(b'a'),
        plain_bytes(b'b'),
    ]
    .concat();
    assert_eq!(value.to_bytes().unwrap(), bytes);
    assert_eq!(enums::RichText::from_bytes(&bytes).unwrap(), value);
}

/// The registry the `tl` command line tool is built on, over the whole layer: methods and
/// constructors the invite set does not have, mtproto's int128 as hex, recursive values,
/// and an id no definition has.
#[test]
fn registry_converts_values_of_the_whole_layer() {
    use tl_api::registry::{decode_json, encode_json};
    let history = [
        le32(0x4423e6c5),
        le32(0x7da07ec9),
        le32(1),
        le32(2),
        le32(3),
        le32(4),
        le32(5),
        le32(6),
        le64(7),
    ]
    .concat();
    let nonce = "000102030405060708090a0b0c0d0e0f";
    let req_pq = [le32(0xbe7e8ef1), (0u8..16).collect()].concat();
    let bold = [le32(0x6724abc4), le32(0x744694e0), vec![1, b'a', 0, 0]].concat();
    let cases = [
        (
            history,
            r#"{"_":"messages.getHistory","peer":{"_":"inputPeerSelf"},"offset_id":1,"offset_date":2,"add_offset":3,"limit":4,"max_id":5,"min_id":6,"hash":7}"#.to_owned(),
        ),
        (req_pq, format!(r#"{{"_":"req_pq_multi","nonce":"{nonce}"}}"#)),
        (
            bold,
            r#"{"_":"textBold","text":{"_":"textPlain","text":"a"}}"#.to_owned(),
        ),
    ];
    for (bytes, json) in cases {
        assert_eq!(decode_json(&bytes).unwrap(), json);
        assert_eq!(encode_json(&json).unwrap(), bytes, "{json}");
    }
    let unknown = decode_json(&le32(0xdeadbeef)).unwrap_err().to_string();
    assert!(unknown.contains("0xdeadbeef"), "{unknown}");
}
