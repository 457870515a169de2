//! Nested messages in `bytes` (`Options::nested`): shown as `{"@tl": ...}` exactly when the
//! bytes are one boxed value of the schema that encodes back to the same bytes; encoded
//! back from that form; everything else stays hex. A TON-like schema of our own keeps these
//! tests independent of the zoo (the `tl` tests read TON's real `lite_api.tl`).

mod support;

use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::{Codec, Options};

const SCHEMA: &str = "
object ? = Object;
function ? = Function;
bytes data:string = Bytes;
int256 8*[ int ] = Int256;

adnl.message.query query_id:int256 query:bytes = adnl.Message;
liteServer.masterchainInfo seqno:int = liteServer.MasterchainInfo;
liteServer.empty = liteServer.Empty;

---functions---

liteServer.query data:bytes = Object;
liteServer.getMasterchainInfo = liteServer.MasterchainInfo;
liteServer.echo text:string = liteServer.MasterchainInfo;
";

fn codec(nested: bool) -> Codec {
    let options = LoadOptions {
        dialect: Dialect::Tdlib,
        allow_external: false,
    };
    let mut codec = Codec::load(&[SourceFile::new("lite.tl", SCHEMA)], options).expect("loads");
    codec.set_options(Options::new().nested(nested));
    codec
}

/// Hex of the `bytes` form of `data` (hex).
fn framed(data: &str) -> String {
    let len = data.len() / 2;
    assert!(len <= 253);
    let pad = (4 - (1 + len) % 4) % 4;
    format!("{len:02x}{data}{}", "00".repeat(pad))
}

fn id(name: &str) -> String {
    let codec = codec(false);
    let def = codec
        .schema()
        .definitions
        .iter()
        .find(|d| d.name.to_string() == name);
    hex_u32(def.expect("a definition").id)
}

fn hex_u32(value: u32) -> String {
    tl_dynamic::to_hex(&value.to_le_bytes())
}

#[test]
fn a_query_in_a_query_in_a_message_is_shown_and_written_back() {
    let call = id("liteServer.getMasterchainInfo");
    let query = format!("{}{}", id("liteServer.query"), framed(&call));
    let message = format!(
        "{}{}{}",
        id("adnl.message.query"),
        "11".repeat(32),
        framed(&query)
    );
    let bytes = support::hex(&message);
    let plain = codec(false).decode(&bytes).unwrap();
    assert_eq!(
        plain,
        format!(
            r#"{{"_":"adnl.message.query","query_id":"{}","query":"{query}"}}"#,
            "11".repeat(32)
        )
    );
    let nested = codec(true).decode(&bytes).unwrap();
    assert_eq!(
        nested,
        format!(
            r#"{{"_":"adnl.message.query","query_id":"{}","query":{{"@tl":{{"_":"liteServer.query","data":{{"@tl":{{"_":"liteServer.getMasterchainInfo"}}}}}}}}}}"#,
            "11".repeat(32)
        )
    );
    // Encoding reads either form, whatever the options.
    for codec in [codec(false), codec(true)] {
        assert_eq!(codec.encode(&nested).unwrap(), bytes);
        assert_eq!(codec.encode(&plain).unwrap(), bytes);
    }
}

#[test]
fn bytes_that_are_no_exact_message_stay_hex() {
    let codec = codec(true);
    let query = id("liteServer.query");
    let echo = id("liteServer.echo");
    let cases = [
        // Random data, and too short for an id.
        "deadbeefcafe".to_owned(),
        "01".to_owned(),
        String::new(),
        // A message with bytes left after it.
        format!("{}00", id("liteServer.getMasterchainInfo")),
        // A message whose string has non-zero padding: it decodes, but would be
        // re-encoded with zeros, so it is not shown as a message.
        format!("{echo}01611234"),
        // The long length form of a short string: also read, also re-encoded otherwise.
        format!("{echo}fe01000061000000"),
        // A constructor that is not a whole value (a count with nothing after it).
        format!("{query}05"),
    ];
    for data in cases {
        let hex = format!("{}{}", id("liteServer.query"), framed(&data));
        let json = codec.decode(&support::hex(&hex)).unwrap();
        assert_eq!(
            json,
            format!(r#"{{"_":"liteServer.query","data":"{data}"}}"#),
            "{data}"
        );
        assert_eq!(codec.encode(&json).unwrap(), support::hex(&hex), "{data}");
    }
}

#[test]
fn four_bytes_equal_to_an_id_are_shown_as_that_value() {
    // The option's documented limit: a field-less constructor's id is a message.
    let codec = codec(true);
    let hex = format!(
        "{}{}",
        id("liteServer.query"),
        framed(&id("liteServer.empty"))
    );
    let json = codec.decode(&support::hex(&hex)).unwrap();
    assert_eq!(
        json,
        r#"{"_":"liteServer.query","data":{"@tl":{"_":"liteServer.empty"}}}"#
    );
    assert_eq!(codec.encode(&json).unwrap(), support::hex(&hex));
}

#[test]
fn nested_messages_count_as_levels_of_nesting() {
    // liteServer.query around liteServer.query ... 100 deep: shown nested up to the
    // limit, hex below it, and the whole still encodes back exactly.
    let mut data = id("liteServer.getMasterchainInfo");
    for _ in 0..100 {
        data = format!("{}{}", id("liteServer.query"), framed_long(&data));
    }
    let bytes = support::hex(&data);
    let mut shallow = codec(true);
    shallow.set_options(Options::new().nested(true).depth_limit(5));
    let json = shallow.decode(&bytes).unwrap();
    assert_eq!(json.matches("@tl").count(), 5, "{}", &json[..200]);
    assert_eq!(shallow.encode(&json).unwrap(), bytes);
    let json = codec(true).decode(&bytes).unwrap();
    // Two JSON levels a message: serde_json reads 127, so 63 are shown.
    assert_eq!(json.matches("@tl").count(), 63);
    assert_eq!(codec(true).encode(&json).unwrap(), bytes);
}

/// [`framed`] for data of any length.
fn framed_long(data: &str) -> String {
    let len = data.len() / 2;
    if len <= 253 {
        return framed(data);
    }
    let pad = (4 - len % 4) % 4;
    let header = tl_dynamic::to_hex(&(len as u32).to_le_bytes()[..3]);
    format!("fe{header}{data}{}", "00".repeat(pad))
}

#[test]
fn the_layer_reads_a_message_in_bytes_too() {
    // msgs_state_info#04deb57d req_msg_id:long info:bytes, holding a boolTrue.
    let codec = support::layer_nested();
    let bytes = support::hex("7db5de040100000000000000" /* id, req_msg_id 1 */);
    let bytes = [bytes, support::hex("04b575729900000000")].concat();
    let bytes = &bytes[..bytes.len() - 1];
    let json = codec.decode(bytes).unwrap();
    assert_eq!(
        json,
        r#"{"_":"msgs_state_info","req_msg_id":1,"info":{"@tl":{"_":"boolTrue"}}}"#
    );
    assert_eq!(codec.encode(&json).unwrap(), bytes);
}
