//! The `tl` binary (`--features json`), run as a process: every golden vector through
//! `tl decode` and `tl encode` (both exact), every error it reports, and a 10,000-line
//! stdin stream.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const VECTORS: &str = include_str!("../../tests/vectors/invites.jsonl");

/// One golden line: the `tl` object exactly as written (compacted) and the hex.
struct Vector {
    name: String,
    json: String,
    hex: String,
}

/// The text without whitespace outside strings (key order and spelling kept).
fn compact(text: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

fn vectors() -> Vec<Vector> {
    let all: Vec<Vector> = VECTORS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("vector line is JSON");
            let start = line.find("\"tl\": ").expect("a tl field") + "\"tl\": ".len();
            let mut objects = serde_json::Deserializer::from_str(&line[start..]).into_iter();
            let tl: Value = objects.next().expect("tl object").expect("tl is JSON");
            let json = compact(&line[start..start + objects.byte_offset()]);
            assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), tl);
            Vector {
                name: v["name"].as_str().expect("name").to_owned(),
                json,
                hex: v["hex"].as_str().expect("hex").to_owned(),
            }
        })
        .collect();
    assert_eq!(all.len(), 40, "the vector file has 40 lines");
    all
}

/// Runs `tl` with `args` and `stdin`.
fn tl(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tl"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tl starts");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.to_owned();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()));
    let output = child.wait_with_output().expect("tl runs");
    writer.join().unwrap().expect("stdin written");
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// `tl <mode> <input>` must fail with exactly `error: <message>` on stderr.
fn fails(mode: &str, input: &str) -> String {
    let output = tl(&[mode, input], "");
    assert_eq!(output.status.code(), Some(1), "{mode} {input}: exit status");
    assert_eq!(stdout(&output), "", "{mode} {input}: nothing on stdout");
    let err = stderr(&output);
    let message = err.strip_prefix("error: ").expect("error: prefix");
    message.trim_end().to_owned()
}

#[test]
fn every_vector_decodes_to_its_exact_json_and_encodes_to_its_exact_hex() {
    for v in vectors() {
        let decoded = tl(&["decode", &v.hex], "");
        assert!(decoded.status.success(), "{}: {}", v.name, stderr(&decoded));
        assert_eq!(
            stdout(&decoded),
            format!("{}\n", v.json),
            "{}: decode",
            v.name
        );

        let encoded = tl(&["encode", &v.json], "");
        assert!(encoded.status.success(), "{}: {}", v.name, stderr(&encoded));
        assert_eq!(
            stdout(&encoded),
            format!("{}\n", v.hex),
            "{}: encode",
            v.name
        );
    }
}

#[test]
fn every_vector_goes_through_stdin_in_one_process_both_ways() {
    let all = vectors();
    let hex: String = all.iter().map(|v| format!("{}\n", v.hex)).collect();
    let json: String = all.iter().map(|v| format!("{}\n", v.json)).collect();
    let decoded = tl(&["decode"], &hex);
    assert!(decoded.status.success(), "{}", stderr(&decoded));
    assert_eq!(stdout(&decoded), json);
    let encoded = tl(&["encode"], &json);
    assert!(encoded.status.success(), "{}", stderr(&encoded));
    assert_eq!(stdout(&encoded), hex);
}

#[test]
fn a_long_may_be_given_as_a_decimal_string() {
    let text = r#"{"_":"messages.exportChatInvite","peer":{"_":"inputPeerChannel","channel_id":"1234567890","access_hash":"-4638371920211275392"}}"#;
    let output = tl(&["encode", text], "");
    assert_eq!(
        stdout(&output),
        "90de55a400000000fcbbbc27d2029649000000008011a94f5031a1bf\n"
    );
}

#[test]
fn decode_errors_say_what_and_where() {
    // messages.exportChatInvite/peer_only_self with 4 extra bytes.
    let trailing = fails("decode", "90de55a400000000c97ea07d00000000");
    assert!(
        trailing.contains("expected the end of the input at byte offset 12, found 4 more bytes"),
        "{trailing}"
    );
    let unknown_top = fails("decode", "efbeadde00000000");
    assert_eq!(
        unknown_top,
        "expected the id of a boxed constructor or function of this set at byte offset 0, \
         found unknown id 0xdeadbeef"
    );
    // The peer's id replaced: the field `peer` of messages.exportChatInvite, at offset 8.
    let unknown_inner = fails("decode", "90de55a400000000efbeadde");
    assert!(
        unknown_inner.contains("InputPeer")
            && unknown_inner.contains("byte offset 8")
            && unknown_inner.contains("0xdeadbeef"),
        "{unknown_inner}"
    );
    // messages.exportChatInvite whose inputPeerChannel ends inside `access_hash`.
    let truncated = fails("decode", "90de55a400000000fcbbbc27d2029649000000008011a94f");
    assert!(
        truncated.contains("expected 8 more bytes at byte offset 20, found only 4"),
        "{truncated}"
    );
    let too_short = fails("decode", "90de");
    assert!(
        too_short.contains("expected 4 more bytes at byte offset 0, found only 2"),
        "{too_short}"
    );
    // messages.chatAdminsWithInvites: a Vector claiming 2^31-1 elements in 0 bytes.
    let bad_count = fails("decode", "d7729bb615c4b51cffffff7f");
    assert!(
        bad_count.contains("found a count of 2147483647") && bad_count.contains("byte offset 12"),
        "{bad_count}"
    );
    // messages.checkChatInvite with the string length byte 0xff.
    let bad_length = fails("decode", "bbb1ad3eff000000");
    assert!(
        bad_length.contains("string length byte") && bad_length.contains("byte offset 4"),
        "{bad_length}"
    );
}

#[test]
fn bad_hex_is_an_error() {
    assert_eq!(
        fails("decode", "90de55a4zz"),
        "expected hex digits (two per byte) at character 8, found 'z'"
    );
    assert_eq!(
        fails("decode", "90de55a"),
        "expected hex digits (two per byte) at character 7, found an odd number of digits (7)"
    );
}

#[test]
fn encode_errors_name_the_field() {
    let peer = r#""peer":{"_":"inputPeerSelf"}"#;
    let cases = [
        (
            r#"{"_":"messages.exportChatInvitx"}"#.to_owned(),
            "expected a constructor or function of this set in `_`, found unknown name \
             `messages.exportChatInvitx` at line 1 column 33",
        ),
        (
            r#"{"_":"messages.exportChatInvite","peer":{"_":"inputPeerSelfx"}}"#.to_owned(),
            "in `peer`: expected a constructor of type InputPeer in `_`, found unknown name \
             `inputPeerSelfx` at line 1 column 62",
        ),
        (
            r#"{"_":"messages.exportChatInvite","title":"x"}"#.to_owned(),
            "missing field `peer` at line 1 column 45",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"title":5}}"#),
            "in `title`: invalid type: integer `5`, expected a string at line 1 column 71",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"titel":"x"}}"#),
            "in `titel`: unknown field `titel`, expected one of `legacy_revoke_permanent`, \
             `request_needed`, `peer`, `expire_date`, `usage_limit`, `title`, \
             `subscription_pricing` at line 1 column 69",
        ),
        (
            r#"{"_":"messages.exportChatInvite","peer":{"_":"inputPeerChannel","channel_id":1,"access_hash":2,"user_id":3}}"#.to_owned(),
            "in `peer.user_id`: unknown field `user_id`, expected `channel_id` or `access_hash` \
             at line 1 column 104",
        ),
        (
            format!(r#"{{"_":"messages.exportChatInvite",{peer},"expire_date":2147483648}}"#),
            "in `expire_date`: invalid value: integer `2147483648`, expected i32 \
             at line 1 column 86",
        ),
        (
            r#"{"_":"messages.exportChatInvite","peer":{"_":"inputPeerChannel","channel_id":1,"access_hash":9223372036854775808}}"#.to_owned(),
            "in `peer.access_hash`: invalid value: integer `9223372036854775808`, expected a long \
             (an integer from -2^63 to 2^63-1, or one as a decimal string) at line 1 column 112",
        ),
        (
            format!(
                r#"{{"_":"messages.getExportedChatInvites",{peer},"admin_id":{{"_":"inputUserSelf"}},"offset_date":5,"limit":10}}"#
            ),
            "in `offset_date`: expected messages.getExportedChatInvites.offset_date and \
             messages.getExportedChatInvites.offset_link (which share flags.2) to be both \
             present or both absent, found only offset_date present",
        ),
        (
            r#"{"peer":{"_":"inputPeerSelf"}}"#.to_owned(),
            "missing field `_` at line 1 column 30",
        ),
    ];
    for (input, message) in &cases {
        assert_eq!(&fails("encode", input), message, "{input}");
    }
}

#[test]
fn fields_before_the_name_still_report_their_path() {
    let text = r#"{"peer":{"access_hash":"x","channel_id":1,"_":"inputPeerChannel"},"_":"messages.exportChatInvite"}"#;
    let message = fails("encode", text);
    assert!(
        message.starts_with("in `peer.access_hash`: invalid value: string \"x\""),
        "{message}"
    );
}

#[test]
fn a_stream_of_ten_thousand_lines_keeps_going_past_bad_ones() {
    let all = vectors();
    let (mut input, mut expected, mut bad) = (String::new(), Vec::new(), 0);
    for i in 0..10_000 {
        if i % 997 == 0 {
            input.push_str("90de55a4zz\n");
            expected.push(
                "error: expected hex digits (two per byte) at character 8, found 'z'".to_owned(),
            );
            bad += 1;
        } else if i % 1_001 == 0 {
            input.push_str("   \n");
        } else {
            let v = &all[i % all.len()];
            input.push_str(&format!("{}\n", v.hex));
            expected.push(v.json.clone());
        }
    }
    let output = tl(&["decode"], &input);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a bad line makes the exit status 1"
    );
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        expected.len(),
        "one output line per non-blank input line"
    );
    assert!(lines.len() < 10_000 && lines.len() > 9_980);
    for (n, (line, want)) in lines.iter().zip(&expected).enumerate() {
        assert_eq!(line, want, "output line {n}");
    }
    let errors = stderr(&output);
    assert_eq!(
        errors.lines().count(),
        bad,
        "every bad line is reported on stderr"
    );
    assert!(errors.lines().all(|l| l == expected[0]), "{errors}");
}

#[test]
fn usage_mistakes_exit_with_2() {
    let output = tl(&["frobnicate"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("usage: tl decode"));
}
