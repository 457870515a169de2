//! What the codec says when bytes or JSON are wrong: what was expected, what was found,
//! where (byte offset, or line and column) and along which path, in the words of the
//! runtime and of generated bindings.

mod support;

use tl_dynamic::{DecodeErrorKind, Error, Options, PathSegment};

fn decode_error(hex: &str) -> String {
    let codec = support::layer();
    codec.decode(&support::hex(hex)).unwrap_err().to_string()
}

fn encode_error(json: &str) -> String {
    support::layer().encode(json).unwrap_err().to_string()
}

#[test]
fn bytes_errors_name_what_where_and_the_path() {
    let cases = [
        (
            "efbeadde00000000",
            "expected the id of a boxed constructor or function of this set at byte offset \
             0, found unknown id 0xdeadbeef",
        ),
        (
            "90de",
            "expected 4 more bytes at byte offset 0, found only 2",
        ),
        (
            "90de55a400000000c97ea07d00000000",
            "expected the end of the input at byte offset 12, found 4 more bytes",
        ),
        (
            "90de55a400000000efbeadde",
            "messages.exportChatInvite.peer: expected a constructor of type InputPeer at byte \
             offset 8, found unknown id 0xdeadbeef",
        ),
        (
            "d7729bb615c4b51cffffff7f",
            "messages.chatAdminsWithInvites.admins: expected at most 0 vector elements of at \
             least 4 bytes at byte offset 12 (0 bytes left), found a count of 2147483647",
        ),
        (
            "bbb1ad3eff000000",
            "messages.checkChatInvite.hash: expected a string length byte (0 to 254) at byte \
             offset 4, found 0xff",
        ),
        (
            "bbb1ad3e02c3280000",
            "messages.checkChatInvite.hash: expected UTF-8 text in the string starting at \
             byte offset 5, found an invalid byte sequence at byte offset 5",
        ),
        (
            "0d0d9bda01000000efbeadde",
            "invokeWithLayer.query: expected a call or constructor of this schema (a `!X` \
             query) at byte offset 8, found unknown id 0xdeadbeef",
        ),
        // future_salts: a bare vector of bare future_salt, the second one cut short.
        (
            "950850ae0100000000000000020000000200000001000000020000000300000000000000",
            "future_salts.salts[1].valid_since: expected 4 more bytes at byte offset 36, \
             found only 0",
        ),
    ];
    for (hex, message) in cases {
        assert_eq!(decode_error(hex), message, "{hex}");
    }
}

#[test]
fn decode_errors_carry_the_offset_and_every_path_segment() {
    let codec = support::layer();
    let error = codec
        .decode(&support::hex("90de55a400000000efbeadde"))
        .unwrap_err();
    let Error::Decode(error) = error else {
        panic!("a decode error: {error:?}");
    };
    assert_eq!(error.offset(), 8);
    assert!(matches!(
        error.kind(),
        DecodeErrorKind::UnknownConstructor { ty, id: 0xdeadbeef, offset: 8 } if ty == "InputPeer"
    ));
    let path: Vec<&PathSegment> = error.path().collect();
    assert_eq!(
        path,
        [
            &PathSegment::Constructor("messages.exportChatInvite".into()),
            &PathSegment::Field("peer".into())
        ]
    );
}

#[test]
fn nesting_is_bounded() {
    // 10,000 invokeWithLayer around one another: an error, quickly, without a deep stack.
    let mut hex = "0d0d9bda01000000".repeat(10_000);
    hex.push_str("6b18f9c4");
    let message = decode_error(&hex);
    assert!(
        message.contains("expected boxed values nested at most 64 deep")
            && message.contains("(")
            && message.contains("more)"),
        "{message}"
    );
    // The limit is an option; the top-level call itself is not a level.
    let mut shallow = support::layer();
    shallow.set_options(Options::new().depth_limit(2));
    let three = support::hex(&format!("{}6b18f9c4", "0d0d9bda01000000".repeat(3)));
    let error = shallow.decode(&three).unwrap_err().to_string();
    assert!(error.contains("nested at most 2 deep"), "{error}");
    let two = support::hex(&format!("{}6b18f9c4", "0d0d9bda01000000".repeat(2)));
    assert!(shallow.decode(&two).is_ok());
}

#[test]
fn an_unknown_type_is_named() {
    let codec = support::layer();
    for (ty, name) in [
        ("ExportedChatInvitx", "ExportedChatInvitx"),
        ("Vector<Peerx>", "Peerx"),
        ("Vector<long", "Vector<long"),
        ("messages.exportChatInvite", "messages.exportChatInvite"),
    ] {
        let error = codec.decode_as(ty, &[]).unwrap_err();
        assert_eq!(error, Error::UnknownType { name: name.into() }, "{ty}");
    }
}

#[test]
fn json_errors_name_the_field_and_the_position() {
    let peer = r#""peer":{"_":"inputPeerSelf"}"#;
    let cases = [
        (
            r#"{"_":"messages.exportChatInvitx"}"#.to_owned(),
            "expected a constructor or function of this set in `_`, found unknown name \
             `messages.exportChatInvitx` at line 1 column 33",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"titel":"x"}}"#),
            "in `titel`: unknown field `titel`, expected one of `legacy_revoke_permanent`, \
             `request_needed`, `peer`, `expire_date`, `usage_limit`, `title`, \
             `subscription_pricing` at line 1 column 69",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"peer":{{"_":"inputPeerSelf"}}}}"#),
            "duplicate field `peer` at line 1 column 68",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"title":5}}"#),
            "in `title`: invalid type: integer `5`, expected a string at line 1 column 71",
        ),
        (
            r#"{"_":"inputPeerSelf","x":1}"#.to_owned(),
            "unknown field `x`, there are no fields at line 1 column 24",
        ),
        (
            r#"{"_":"resPQ","nonce":"00","server_nonce":"","pq":"","server_public_key_fingerprints":[]}"#
                .to_owned(),
            "in `nonce`: invalid length 2, expected 32 hex digits (int128) at line 1 column 25",
        ),
        (
            r#"{"_":"msgs_state_info","req_msg_id":1,"info":"0g"}"#.to_owned(),
            "in `info`: invalid value: string \"0g\", expected a hex string at line 1 column 49",
        ),
        (
            r#"{"_":"msgs_state_info","req_msg_id":1,"info":{"@tl":{"_":"boolTrue"},"x":1}}"#
                .to_owned(),
            "in `info`: unknown field `x`, expected `@tl` at line 1 column 72",
        ),
        (
            r#"{"_":"inputChatUploadedPhoto","video_start_ts":"nan"}"#.to_owned(),
            "in `video_start_ts`: invalid value: string \"nan\", expected a double (a number, \
             or \"NaN\", \"Infinity\", \"-Infinity\" or \"NaN(0x<16 hex digits>)\") at line 1 \
             column 52",
        ),
        (
            r#"{"_":"invokeWithLayer","layer":1,"query":{"_":"help.getConfi"}}"#.to_owned(),
            "in `query`: expected a constructor or function of this set in `_`, found unknown \
             name `help.getConfi` at line 1 column 62",
        ),
        (
            r#"{"_":"boolTrue"} {}"#.to_owned(),
            "trailing characters at line 1 column 18",
        ),
    ];
    for (input, message) in &cases {
        assert_eq!(&encode_error(input), message, "{input}");
    }
}

#[test]
fn a_shared_flag_bit_given_once_is_reported_after_the_rest_reads() {
    let peer = r#""peer":{"_":"inputPeerSelf"}"#;
    let admin = r#""admin_id":{"_":"inputUserSelf"}"#;
    let call = format!(
        r#"{{"_":"messages.getExportedChatInvites",{peer},{admin},"offset_date":5,"limit":10}}"#
    );
    assert_eq!(
        encode_error(&call),
        "in `offset_date`: expected messages.getExportedChatInvites.offset_date and \
         messages.getExportedChatInvites.offset_link (which share flags.2) to be both present \
         or both absent, found only offset_date present"
    );
    // Inside a wrapper, the path leads to it; a JSON error found later wins.
    let wrapped = format!(r#"{{"_":"invokeWithLayer","layer":1,"query":{call}}}"#);
    assert!(encode_error(&wrapped).starts_with("in `query.offset_date`: expected"));
    let broken = format!(r#"{{"_":"invokeWithLayer","layer":1,"query":{call},"x":1}}"#);
    assert!(encode_error(&broken).starts_with("in `x`: unknown field `x`"));
}

#[test]
fn json_nested_too_deep_is_an_error_not_a_crash() {
    let deep = format!(
        "{}{{\"_\":\"help.getConfig\"}}{}",
        r#"{"_":"invokeWithLayer","layer":1,"query":"#.repeat(200),
        "}".repeat(200)
    );
    let message = encode_error(&deep);
    assert!(message.contains("recursion limit exceeded"), "{message}");
}
