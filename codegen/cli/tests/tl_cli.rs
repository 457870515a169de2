//! The `tl` binary (built-in layer 230), run as a process: every golden vector through
//! `tl decode` and `tl encode` (both exact, hex and raw bytes), `--type` (bare constructors,
//! vectors, primitives), every error it reports (once), a 10,000-line stdin stream, the
//! command line conventions (help, version, usage errors) and a closed stdout.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const VECTORS: &str = include_str!("../../../tests/vectors/invites.jsonl");

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
    tl_bytes(args, stdin.as_bytes())
}

/// Runs `tl` with `args` and the raw bytes `stdin`.
fn tl_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tl"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tl starts");
    let mut input = child.stdin.take().expect("stdin");
    let text = stdin.to_owned();
    let writer = std::thread::spawn(move || input.write_all(&text));
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
fn every_vector_goes_through_stdin_lines_in_one_process_both_ways() {
    let all = vectors();
    let hex: String = all.iter().map(|v| format!("{}\n", v.hex)).collect();
    let json: String = all.iter().map(|v| format!("{}\n", v.json)).collect();
    let decoded = tl(&["decode", "--lines"], &hex);
    assert!(decoded.status.success(), "{}", stderr(&decoded));
    assert_eq!(stdout(&decoded), json);
    let encoded = tl(&["encode", "--lines"], &json);
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
    let output = tl(&["decode", "--lines"], &input);
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
    let reported = lines.iter().filter(|l| l.starts_with("error: ")).count();
    assert_eq!(reported, bad, "every bad line is reported in its place");
    assert_eq!(stderr(&output), "", "and only there: not again on stderr");
}

/// The bytes spelled by a vector's hex.
fn bytes_of(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

fn vector(name: &str) -> Vector {
    let found = vectors().into_iter().find(|v| v.name == name);
    found.unwrap_or_else(|| panic!("no vector {name}"))
}

/// `tl args` with `stdin` must print exactly `expected` and a newline, nothing on stderr.
fn prints(args: &[&str], stdin: &[u8], expected: &str) {
    let output = tl_bytes(args, stdin);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    assert_eq!(stdout(&output), format!("{expected}\n"), "{args:?}");
    assert_eq!(stderr(&output), "", "{args:?}");
}

#[test]
fn binary_files_decode_as_one_message() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tl_cli_binary");
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (n, v) in vectors().iter().enumerate() {
        let path = dir.join(format!("{n}.bin"));
        std::fs::write(&path, bytes_of(&v.hex)).expect("temp file");
        prints(
            &["decode", "--binary", path.to_str().unwrap()],
            b"",
            &v.json,
        );
    }
    let missing = tl(
        &["decode", "--binary", dir.join("none.bin").to_str().unwrap()],
        "",
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).starts_with("error: reading "),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn binary_stdin_decodes_as_one_message_even_with_newline_bytes() {
    for v in vectors() {
        prints(&["decode", "--binary", "-"], &bytes_of(&v.hex), &v.json);
    }
    // Raw bytes given as hex text on stdin are not UTF-8 hex: the error says what to use.
    let raw = tl_bytes(&["decode"], &bytes_of(&vector("boolTrue").hex));
    assert_eq!(raw.status.code(), Some(1));
    assert!(stderr(&raw).contains("use --binary -"), "{}", stderr(&raw));
}

#[test]
fn wrapped_hex_on_stdin_is_one_message() {
    for v in vectors() {
        // `xxd -p`: 30 bytes (60 digits) a line, and a final newline.
        let wrapped: String = v
            .hex
            .as_bytes()
            .chunks(60)
            .map(|line| format!("{}\n", std::str::from_utf8(line).unwrap()))
            .collect();
        prints(&["decode"], wrapped.as_bytes(), &v.json);
        let spaced = format!("  {}\r\n\n", v.hex.to_uppercase());
        prints(&["decode"], spaced.as_bytes(), &v.json);
    }
    // A bad digit's position counts the line breaks before it.
    let bad = tl(&["decode"], "90de\n55a4\nzz\n");
    assert_eq!(
        stderr(&bad),
        "error: expected hex digits (two per byte) at character 10, found 'z'\n"
    );
    let empty = tl(&["decode"], " \n");
    assert_eq!(
        stderr(&empty),
        "error: expected hex on stdin, found nothing\n"
    );
}

#[test]
fn type_reads_bare_constructors_and_checks_boxed_types() {
    for name in [
        "chatInviteExported/minimal",
        "chatInviteExported/all_fields",
        "messages.exportedChatInvite/with_users",
        "messages.chatInviteImporters/basic",
        "rpc_error/invite_hash_expired",
    ] {
        let v = vector(name);
        let constructor = name.split('/').next().unwrap();
        // The bare bytes: the boxed ones without their id, printed with the same "_".
        prints(
            &["decode", "--type", constructor, &v.hex[8..]],
            b"",
            &v.json,
        );
    }
    let v = vector("chatInviteExported/all_fields");
    prints(
        &["decode", "--type", "ExportedChatInvite", &v.hex],
        b"",
        &v.json,
    );
    let other = fails_with(&["decode", "-t", "ExportedChatInvite", "b5757299"]);
    assert!(
        other.contains("ExportedChatInvite at byte offset 0, found unknown id 0x997275b5"),
        "{other}"
    );
    prints(
        &["decode", "--type", "Bool", "379779bc"],
        b"",
        r#"{"_":"boolFalse"}"#,
    );
}

#[test]
fn type_reads_vectors_of_boxed_types_and_primitives() {
    let invites: Vec<Vector> = vectors()
        .into_iter()
        .filter(|v| v.name.starts_with("chatInvite"))
        .collect();
    assert_eq!(
        invites.len(),
        4,
        "three chatInviteExported, one chatInvitePublicJoinRequests"
    );
    let mut hex = format!("15c4b51c{:02x}000000", invites.len());
    hex.extend(invites.iter().map(|v| v.hex.as_str()));
    let json: Vec<&str> = invites.iter().map(|v| v.json.as_str()).collect();
    let expected = format!("[{}]", json.join(","));
    prints(
        &["decode", "--type", "Vector<ExportedChatInvite>", &hex],
        b"",
        &expected,
    );
    // The bare vector of bare constructors: no vector id, no constructor ids.
    let exported: Vec<&Vector> = invites
        .iter()
        .filter(|v| v.name.starts_with("chatInviteExported"))
        .collect();
    let mut bare = format!("{:02x}000000", exported.len());
    bare.extend(exported.iter().map(|v| &v.hex[8..]));
    let json: Vec<&str> = exported.iter().map(|v| v.json.as_str()).collect();
    let expected = format!("[{}]", json.join(","));
    prints(
        &["decode", "--type", "vector<chatInviteExported>", &bare],
        b"",
        &expected,
    );

    // channel_id and access_hash of messages.exportChatInvite/peer_only_channel.
    let call = vector("messages.exportChatInvite/peer_only_channel").hex;
    let longs = format!("15c4b51c02000000{}", &call[24..56]);
    prints(
        &["decode", "--type", "Vector<long>", &longs],
        b"",
        "[1234567890,-4638371920211275392]",
    );
    prints(
        &["decode", "-t", "vector<int>", "0200000001000000ffffffff"],
        b"",
        "[1,-1]",
    );
    // The `hash` string of messages.checkChatInvite/basic.
    let check = vector("messages.checkChatInvite/basic").hex;
    prints(
        &["decode", "-t", "string", &check[8..]],
        b"",
        r#""AbCdEfGhIjKlMnOp""#,
    );
    prints(
        &["decode", "-t", "bytes", &check[8..]],
        b"",
        r#""4162436445664768496a4b6c4d6e4f70""#,
    );
    // A Vector answer without --type has no constructor to name it.
    assert!(fails("decode", &hex).contains("found unknown id 0x1cb5c415"));
    // An element that fails says which one.
    let bad = format!("15c4b51c02000000{}efbeadde", invites[0].hex);
    let message = fails_with(&["decode", "--type", "Vector<ExportedChatInvite>", &bad]);
    assert!(
        message.contains("[1]") && message.contains("0xdeadbeef"),
        "{message}"
    );
}

/// `tl args` must fail with exit status 1 and exactly one `error: ` line on stderr.
fn fails_with(args: &[&str]) -> String {
    let output = tl(args, "");
    assert_eq!(output.status.code(), Some(1), "{args:?}: exit status");
    assert_eq!(stdout(&output), "", "{args:?}: nothing on stdout");
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    err.strip_prefix("error: ")
        .expect("error: prefix")
        .trim_end()
        .to_owned()
}

#[test]
fn an_unknown_type_name_is_named() {
    for (ty, name) in [
        ("ExportedChatInvitx", "ExportedChatInvitx"),
        ("Vector<Peerx>", "Peerx"),
        ("Vector<long", "Vector<long"),
        ("messages.exportChatInvite", "messages.exportChatInvite"),
    ] {
        let message = fails_with(&["decode", "--type", ty, "15c4b51c00000000"]);
        assert!(
            message.ends_with(&format!("found unknown type `{name}`")),
            "{ty}: {message}"
        );
    }
}

#[test]
fn encode_binary_round_trips_through_decode_binary() {
    for v in vectors() {
        let encoded = tl(&["encode", "--binary", &v.json], "");
        assert!(encoded.status.success(), "{}: {}", v.name, stderr(&encoded));
        assert_eq!(encoded.stdout, bytes_of(&v.hex), "{}: raw bytes", v.name);
        prints(&["decode", "--binary", "-"], &encoded.stdout, &v.json);
    }
    // One object from stdin, pretty-printed over several lines.
    let v = vector("messages.exportChatInvite/subscription_pricing");
    let value: Value = serde_json::from_str(&v.json).unwrap();
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    let encoded = tl(&["encode", "--binary"], &pretty);
    assert_eq!(encoded.stdout, bytes_of(&v.hex));
    prints(&["encode"], pretty.as_bytes(), &v.hex);
}

#[test]
fn a_stream_with_a_type_and_errors_printed_once() {
    let v = vector("chatInviteExported/permanent");
    let input = format!("{}\nzz\n\n{}\n", &v.hex[8..], &v.hex[8..]);
    let output = tl(
        &["decode", "--lines", "--type", "chatInviteExported"],
        &input,
    );
    assert_eq!(output.status.code(), Some(1));
    let error = "error: expected hex digits (two per byte) at character 0, found 'z'";
    assert_eq!(
        stdout(&output),
        format!("{}\n{error}\n{}\n", v.json, v.json)
    );
    assert_eq!(stderr(&output), "");
    let encoded = tl(
        &["encode", "--lines"],
        &format!("{}\n{{\"_\":\"x\"}}\n", v.json),
    );
    assert_eq!(encoded.status.code(), Some(1));
    let lines: Vec<String> = stdout(&encoded).lines().map(str::to_owned).collect();
    assert_eq!(lines[0], v.hex);
    assert!(
        lines[1].starts_with("error: expected a constructor or function"),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(stderr(&encoded), "");
}

#[test]
fn help_and_version_go_to_stdout_with_status_0() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["decode", "--help"],
        &["decode", "-h"],
        &["help", "decode"],
        &["encode", "--help"],
        &["encode", "-h"],
        &["help", "encode"],
    ] {
        let output = tl(args, "");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let text = stdout(&output);
        assert!(text.contains("Usage: tl"), "{args:?}: {text}");
        assert_eq!(stderr(&output), "", "{args:?}");
        if args.contains(&"decode") {
            for word in ["--binary", "--lines", "--type", "xxd -p", "printed once"] {
                assert!(text.contains(word), "{args:?}: {word}: {text}");
            }
        }
    }
    let version = format!("tl {}\n", env!("CARGO_PKG_VERSION"));
    for args in [&["--version"][..], &["-V"]] {
        let output = tl(args, "");
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(stdout(&output), version);
    }
    let decode = tl(&["decode", "-V"], "");
    assert_eq!(
        stdout(&decode),
        format!("tl-decode {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_mistakes_exit_with_2_on_stderr() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["decode", "--frobnicate"],
        &["decode", "--type"],
        &["decode", "--lines", "b5757299"],
        &["decode", "--binary", "x.bin", "b5757299"],
        &["encode", "--binary", "--lines"],
        &["encode", "{}", "{}"],
    ] {
        let output = tl(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(
            stderr(&output).contains("--help"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    let unknown = tl(&["frobnicate"], "");
    assert!(stderr(&unknown).starts_with("error: unrecognized subcommand 'frobnicate'"));
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let v = vector("messages.exportedChatInvites/one");
    let input: String = (0..20_000).map(|_| format!("{}\n", v.hex)).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tl"))
        .args(["decode", "--lines"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tl starts");
    let mut stdin = child.stdin.take().expect("stdin");
    // tl may stop reading before all of it is written: a failed write is expected.
    let writer = std::thread::spawn(move || drop(stdin.write_all(input.as_bytes())));
    let mut first = String::new();
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    reader.read_line(&mut first).expect("one line");
    assert_eq!(first, format!("{}\n", v.json));
    drop(reader);
    let output = child.wait_with_output().expect("tl ends");
    writer.join().unwrap();
    let errors = stderr(&output);
    assert!(!errors.contains("panicked"), "{errors}");
    assert_eq!(errors, "", "nothing to report");
    assert_eq!(output.status.code(), Some(0), "{errors}");
}
