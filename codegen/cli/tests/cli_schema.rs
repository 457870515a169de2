//! The `check` and `ids` commands of the real binary on the fixtures: stdout
//! lines, stderr diagnostics and exit codes; plus bad arguments.

mod support;

use std::process::Output;

use support::{model_fixtures, run_codegen, text};

fn codegen(args: &[&str]) -> Output {
    run_codegen(&model_fixtures(), args)
}

#[test]
fn check_clean_file_prints_summary_and_exits_zero() {
    let out = codegen(&["check", "tdlib_style.tl", "--dialect", "tdlib"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "layer: none\nconstructors: 8\nfunctions: 2\ntypes: 7\nbuilt-ins: 9\nid warnings: 0\nwarnings: 0\nerrors: 0\n"
    );
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn check_reports_errors_and_warnings_and_exits_one() {
    let out = codegen(&["check", "broken.tl"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "layer: none\nconstructors: 2\nfunctions: 0\ntypes: 2\nbuilt-ins: 0\nid warnings: 1\nwarnings: 1\nerrors: 2\n"
    );
    let stderr = text(&out.stderr);
    let expected = "\
note: dialect telegram, guessed: nothing in the schema tells; no id depends on it
broken.tl:2:49: error: unknown type `InputPeeer`
    2 | messages.exportChatInvite#a455de90 flags:# peer:InputPeeer
      |                                                 ^^^^^^^^^^
broken.tl:3:45: error: flag bit 40 is out of range (a `#` field has bits 0 to 31)
    3 |   expire_date:flags.0?int usage_limit:flags.40?int = ExportedChatInvite;
      |                                             ^^
broken.tl:4:14: warning: explicit id 0x37982646 differs from the computed id 0x402d9b47; the explicit id is used
    4 | ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort;
      |              ^^^^^^^^
";
    assert_eq!(stderr, expected);
}

#[test]
fn ids_lists_every_declaration_builtins_included() {
    let out = codegen(&["ids", "tdlib_style.tl", "--dialect=tdlib"]);
    assert_eq!(out.status.code(), Some(0));
    let crc = |line: &str| format!("{:08x}", crc32fast::hash(line.as_bytes()));
    let expected: Vec<String> = [
        ("double", "constructor", "double ? = Double"),
        ("string", "constructor", "string ? = String"),
        ("int32", "constructor", "int32 = Int32"),
        ("int53", "constructor", "int53 = Int53"),
        ("int64", "constructor", "int64 = Int64"),
        ("bytes", "constructor", "bytes = Bytes"),
        ("boolFalse", "constructor", "boolFalse = Bool"),
        ("boolTrue", "constructor", "boolTrue = Bool"),
        ("vector", "constructor", "vector t:Type # [ t ] = Vector t"),
        ("circle", "constructor", "circle radius:int32 description:string = Shape"),
        ("polygon", "constructor", "polygon points:vector point tags:vector string = Shape"),
        ("point", "constructor", "point x:int53 y:int53 = Point"),
        (
            "storage.file",
            "constructor",
            "storage.file mode:# pinned:mode.0?true pieces:mode.1?vector storage.piece data:bytes = storage.File",
        ),
        ("storage.piece", "constructor", "storage.piece index:int32 proof:bytes = storage.Piece"),
        ("error", "constructor", "error code:int32 message:string = Error"),
        ("minithumbnail", "constructor", "minithumbnail width:int32 height:int32 data:bytes = Minithumbnail"),
        ("ok", "constructor", "ok = Ok"),
        ("draw", "function", "draw mode:# fast:mode.2?true shapes:vector Shape = Ok"),
        ("getFile", "function", "getFile name:string = storage.File"),
    ]
    .iter()
    .map(|(name, kind, line)| format!("{name}\t{kind}\t{}\tcomputed", crc(line)))
    .collect();
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
    assert!(stdout.contains("error\tconstructor\t9bdd8f1a\tcomputed\n"));
    assert!(stdout.contains("vector\tconstructor\t1cb5c415\tcomputed\n"));
    assert!(stdout.contains("boolFalse\tconstructor\tbc799737\tcomputed\n"));
}

#[test]
fn ids_guesses_telegram_and_keeps_explicit_ids() {
    let out = codegen(&["ids", "odd_syntax.tl"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 18);
    assert_eq!(lines[0], "first\tconstructor\t00000001\texplicit");
    assert_eq!(lines[1], "second\tconstructor\t09d05049\texplicit");
    assert_eq!(lines[15], "invokeWithLayer\tfunction\tda9b0d0d\texplicit");
    let info = crc32fast::hash(
        b"storage.daemon.fileInfo flags:# count:# files:flags.3?vector storage.daemon.piece more:Vector int flags2:# = storage.daemon.FileInfo",
    );
    assert!(lines
        .contains(&format!("storage.daemon.fileInfo\tconstructor\t{info:08x}\tcomputed").as_str()));
    // Warnings are not printed by `ids`; the dialect is (a guess, with how to be sure).
    assert_eq!(
        text(&out.stderr),
        "note: dialect telegram, guessed: nothing in the schema tells; 1 id depends on it: \
         pass `--dialect telegram` or `--dialect tdlib` to be sure\n"
    );
}

#[test]
fn ids_on_errors_prints_them_and_exits_one() {
    let out = codegen(&["ids", "broken.tl"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(
            "note: dialect telegram, guessed: nothing in the schema tells; no id depends on it\n\
             broken.tl:2:49: error: unknown type `InputPeeer`\n"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn several_files_are_read_together() {
    let out = codegen(&[
        "check",
        "odd_builtins.tl",
        "tdlib_style.tl",
        "--dialect",
        "tdlib",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("constructors: 10\nfunctions: 3\n"),
        "{stdout}"
    );
    assert!(stdout.contains("built-ins: 25\n"), "{stdout}");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["frobnicate"],
            "error: unrecognized subcommand 'frobnicate'\n",
        ),
        (
            &["check"],
            "error: the following required arguments were not provided:\n",
        ),
        (
            &["ids", "x.tl", "--dialect", "ton"],
            "error: invalid value 'ton' for '--dialect <DIALECT>'\n",
        ),
        (
            &["--check", "now"],
            "error: the subcommand 'now' cannot be used with '--check'\n",
        ),
        (
            &["check", "a.tl", "--verbose"],
            "error: unexpected argument '--verbose' found\n",
        ),
    ];
    for (args, first_line) in cases {
        let out = codegen(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with(first_line), "{stderr}");
        assert!(stderr.contains("try '--help'"), "{stderr}");
        assert_eq!(text(&out.stdout), "");
    }
}

#[test]
fn unreadable_file_exits_one() {
    let out = codegen(&["check", "no-such-file.tl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: cannot read no-such-file.tl: "));
}
