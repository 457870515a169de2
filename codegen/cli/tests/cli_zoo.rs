//! Every real schema of the shared zoo (`../shared/zoo` beside the workspace, or
//! `$TL_ZOO_DIR`; see its README): loads with its dialect and zero errors, the `codegen ids`
//! / `codegen check` commands of the real binary list every declaration with the right ids,
//! and without `--dialect` each schema is detected as the README says, with the same ids.
//!
//! Skipped (with a note) when the zoo is not next to this checkout; the odd cases
//! are also reproduced in `codegen/tests/fixtures/model/` for fresh clones.

mod support;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use support::{diags, read_source, zoo_dir};
use tl_codegen::diag::Severity;
use tl_codegen::model::detect::load_detected;
use tl_codegen::model::{load_with, Dialect, LoadOptions};

/// Files read together, their dialect (zoo README), and for schema fragments the
/// type names they take from files that are not in the zoo.
struct Case {
    files: &'static [&'static str],
    dialect: Dialect,
    external: &'static [&'static str],
}

const fn case(files: &'static [&'static str], dialect: Dialect) -> Case {
    Case {
        files,
        dialect,
        external: &[],
    }
}

const TG: Dialect = Dialect::Telegram;
const TD: Dialect = Dialect::Tdlib;

/// tdesktop's api.tl and mtproto.tl are one schema (the layer comment is in api.tl);
/// gotd's legacy.tl and example.tl and tgl's binlog.tl are fragments of larger
/// schemas that are not in the zoo.
const CASES: [Case; 19] = [
    case(&["ton/ton_api.tl"], TD),
    case(&["ton/lite_api.tl"], TD),
    case(&["ton/tonlib_api.tl"], TD),
    case(&["tdlib/td_api.tl"], TD),
    case(&["tdlib/e2e_api.tl"], TD),
    case(&["tdlib/telegram_api.tl"], TG),
    case(&["tdlib/mtproto_api.tl"], TG),
    case(&["tdlib/secret_api.tl"], TG),
    case(&["tdesktop/api.tl", "tdesktop/mtproto.tl"], TG),
    case(&["older/layer170-tdesktop/api.tl"], TG),
    case(&["older/layer140-tdesktop/api.tl"], TG),
    case(&["older/layer100-tdesktop/scheme.tl"], TG),
    case(&["older/layer45-tgl/scheme.tl"], TG),
    case(&["unusual/ton-tontester/test_schema.tl"], TD),
    case(&["unusual/gotd-td/mt.tl"], TG),
    case(&["unusual/gotd-tl/categories.tl"], TG),
    Case {
        files: &["unusual/gotd-td/legacy.tl"],
        dialect: TG,
        external: &["InputPeer", "InputStickerSet"],
    },
    Case {
        files: &["unusual/gotd-td/example.tl"],
        dialect: TG,
        external: &["bool"],
    },
    Case {
        files: &["unusual/tgl/binlog.tl"],
        dialect: TD,
        external: &[
            "BotInfo",
            "ChatParticipant",
            "ChatPhoto",
            "DecryptedMessageAction",
            "DecryptedMessageMedia",
            "EncryptedFile",
            "MessageAction",
            "MessageMedia",
            "Photo",
            "ReplyMarkup",
            "UserProfilePhoto",
        ],
    },
];

/// Computed ids published elsewhere (tl-spec.md section 4), per zoo file.
const KNOWN_IDS: [(&str, &str, &str); 17] = [
    ("ton/lite_api.tl", "int", "a8509bda\tcomputed"),
    ("tdesktop/mtproto.tl", "vector", "1cb5c415\texplicit"),
    ("tdlib/td_api.tl", "vector", "1cb5c415\tcomputed"),
    ("tdlib/td_api.tl", "boolFalse", "bc799737\tcomputed"),
    ("tdlib/td_api.tl", "boolTrue", "997275b5\tcomputed"),
    ("ton/ton_api.tl", "true", "3fedd339\tcomputed"),
    ("tdesktop/api.tl", "boolFalse", "bc799737\texplicit"),
    ("tdlib/td_api.tl", "error", "9bdd8f1a\tcomputed"),
    ("tdlib/td_api.tl", "photo", "876d6de1\tcomputed"),
    ("tdlib/td_api.tl", "minithumbnail", "ec6addaa\tcomputed"),
    ("ton/lite_api.tl", "liteServer.query", "798c06df\tcomputed"),
    (
        "ton/lite_api.tl",
        "liteServer.listBlockTransactions",
        "adfcc7da\tcomputed",
    ),
    (
        "ton/lite_api.tl",
        "liteServer.getLibraries",
        "d122b662\tcomputed",
    ),
    (
        "ton/ton_api.tl",
        "adnl.packetContents",
        "d142cd89\tcomputed",
    ),
    ("tdesktop/api.tl", "invokeAfterMsg", "cb9f372d\texplicit"),
    (
        "tdesktop/mtproto.tl",
        "tlsBlockString",
        "4218a164\tcomputed",
    ),
    (
        "ton/lite_api.tl",
        "liteServer.getValidatorStats",
        "091a58bc\texplicit",
    ),
];

fn options(case: &Case) -> LoadOptions {
    LoadOptions {
        dialect: case.dialect,
        allow_external: !case.external.is_empty(),
    }
}

fn run(zoo: &Path, command: &str, case: &Case) -> Output {
    run_as(zoo, command, case, Some(case.dialect))
}

/// `command` on the case's files with `dialect`, or without `--dialect` (detected).
fn run_as(zoo: &Path, command: &str, case: &Case, dialect: Option<Dialect>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_codegen"));
    cmd.current_dir(zoo).arg(command).args(case.files);
    if let Some(dialect) = dialect {
        cmd.arg("--dialect").arg(dialect.to_string());
    }
    if !case.external.is_empty() {
        cmd.arg("--allow-external");
    }
    cmd.output().expect("run codegen")
}

fn zoo_or_skip() -> Option<std::path::PathBuf> {
    let zoo = zoo_dir();
    if zoo.is_none() {
        eprintln!("note: ../shared/zoo not found; zoo tests skipped");
    }
    zoo
}

#[test]
fn cases_cover_every_zoo_file() {
    let Some(zoo) = zoo_or_skip() else { return };
    let mut on_disk = BTreeSet::new();
    let mut stack = vec![zoo.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "tl") {
                on_disk.insert(
                    path.strip_prefix(&zoo)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    let covered: BTreeSet<String> = CASES
        .iter()
        .flat_map(|c| c.files.iter().map(|f| f.to_string()))
        .collect();
    assert_eq!(covered, on_disk);
    assert_eq!(on_disk.len(), 20);
}

#[test]
fn every_zoo_file_loads_without_errors() {
    let Some(zoo) = zoo_or_skip() else { return };
    for case in &CASES {
        let sources: Vec<_> = case
            .files
            .iter()
            .map(|f| read_source(&zoo.join(f), f))
            .collect();
        let loaded = load_with(&sources, options(case));
        assert_eq!(diags(&loaded, Severity::Error), vec![], "{:?}", case.files);
        let external: BTreeSet<String> = diags(&loaded, Severity::Warning)
            .into_iter()
            .filter_map(|(message, ..)| {
                let rest = message.strip_prefix("unknown type `")?;
                Some(rest.split('`').next()?.to_owned())
            })
            .collect();
        let expected: BTreeSet<String> = case.external.iter().map(|s| s.to_string()).collect();
        assert_eq!(external, expected, "{:?}", case.files);
    }
}

#[test]
fn check_command_exits_zero_on_every_zoo_file() {
    let Some(zoo) = zoo_or_skip() else { return };
    for case in &CASES {
        let output = run(&zoo, "check", case);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{:?}\n{stdout}", case.files);
        assert!(stdout.ends_with("errors: 0\n"), "{stdout}");
    }
}

/// One declaration found by a plain text scan (independent of the parser):
/// comments stripped, split on `;`, section markers dropped.
struct Scanned {
    name: String,
    explicit: Option<u32>,
}

fn scan(text: &str) -> Vec<Scanned> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for statement in code.split(';') {
        let mut words: Vec<&str> = statement.split_whitespace().collect();
        while let Some(first) = words.first() {
            let marker = first.starts_with("---")
                || (*first == "---" || *first == "functions" || *first == "types");
            if !marker {
                break;
            }
            words.remove(0);
        }
        let Some(first) = words.first() else { continue };
        let (name, id) = match first.split_once('#') {
            Some((name, hex)) => (name, Some(u32::from_str_radix(hex, 16).expect("hex id"))),
            None => (*first, None),
        };
        found.push(Scanned {
            name: name.to_owned(),
            explicit: id,
        });
    }
    found
}

#[test]
fn ids_command_lists_every_declaration() {
    let Some(zoo) = zoo_or_skip() else { return };
    let mut total = 0;
    for case in &CASES {
        let output = run(&zoo, "ids", case);
        assert_eq!(output.status.code(), Some(0), "{:?}", case.files);
        let stdout = String::from_utf8(output.stdout).unwrap();
        let lines: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
        let scanned: Vec<Scanned> = case
            .files
            .iter()
            .flat_map(|f| scan(&std::fs::read_to_string(zoo.join(f)).unwrap()))
            .collect();
        // Every declaration, built-ins included (`int ? = Int`, `boolTrue = Bool`,
        // `true = True`, `vector ...`), in file order.
        let names: Vec<&str> = lines.iter().map(|l| l[0]).collect();
        let expected: Vec<&str> = scanned.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, expected, "{:?}", case.files);
        for (line, scanned) in lines.iter().zip(&scanned) {
            assert_eq!(line.len(), 4, "{line:?}");
            assert_eq!(line[0], scanned.name);
            assert!(line[1] == "constructor" || line[1] == "function");
            assert_eq!(line[2].len(), 8, "{line:?}");
            let id = u32::from_str_radix(line[2], 16).unwrap();
            match scanned.explicit {
                Some(explicit) => assert_eq!((id, line[3]), (explicit, "explicit"), "{line:?}"),
                None => assert_eq!(line[3], "computed", "{line:?}"),
            }
        }
        for (file, name, expected) in KNOWN_IDS {
            if case.files.contains(&file) {
                let line = lines
                    .iter()
                    .find(|l| l[0] == name)
                    .unwrap_or_else(|| panic!("{name}"));
                assert_eq!(format!("{}\t{}", line[2], line[3]), expected, "{name}");
            }
        }
        total += lines.len();
    }
    // About 14,000 declarations in all (zoo README).
    assert!((13_000..16_000).contains(&total), "{total}");
}

#[test]
fn the_library_detects_the_dialect_of_every_zoo_schema() {
    let Some(zoo) = zoo_or_skip() else { return };
    for case in &CASES {
        let sources: Vec<_> = case
            .files
            .iter()
            .map(|f| read_source(&zoo.join(f), f))
            .collect();
        let (loaded, detection) = load_detected(&sources, !case.external.is_empty());
        assert_eq!(detection.dialect, case.dialect, "{:?}", case.files);
        assert_eq!(loaded.schema.dialect, case.dialect, "{:?}", case.files);
        assert_eq!(detection.conflict, None, "{:?}", case.files);
        assert!(!loaded.has_errors(), "{:?}", case.files);
    }
}

#[test]
fn ids_without_a_dialect_are_the_ids_with_the_right_one() {
    let Some(zoo) = zoo_or_skip() else { return };
    for case in &CASES {
        let named = run(&zoo, "ids", case);
        let detected = run_as(&zoo, "ids", case, None);
        assert_eq!(detected.status.code(), Some(0), "{:?}", case.files);
        assert!(detected.stdout == named.stdout, "{:?}", case.files);
        let stderr = String::from_utf8(detected.stderr).unwrap();
        let note = format!("note: dialect {}, ", case.dialect);
        assert!(stderr.starts_with(&note), "{:?}: {stderr}", case.files);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

/// The schemas of issue 24: each read with the right rule and saying why, `check` clean.
#[test]
fn check_explains_the_dialect_of_td_api_lite_api_and_the_layer() {
    let Some(zoo) = zoo_or_skip() else { return };
    let workspace = support::workspace_root();
    let layer = [
        workspace.join("schema/api.tl").display().to_string(),
        workspace.join("schema/mtproto.tl").display().to_string(),
    ];
    let cases: [(Vec<String>, String); 3] = [
        (
            vec!["tdlib/td_api.tl".into()],
            "note: dialect tdlib, detected: tdlib/td_api.tl:4:1 declares `int32 = Int32;`, \
             a TDLib built-in"
                .into(),
        ),
        (
            vec!["ton/lite_api.tl".into()],
            "note: dialect tdlib, detected: ton/lite_api.tl:5:1 declares `object ? = Object;`, \
             a TON built-in"
                .into(),
        ),
        // The count of ids changes with the layer: up to it.
        (layer.to_vec(), "note: dialect telegram, detected: ".into()),
    ];
    for (files, note) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_codegen"))
            .current_dir(&zoo)
            .arg("check")
            .args(&files)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{files:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.starts_with(&note), "{files:?}: {first}");
        assert!(
            first == note || first.contains(" explicit ids agree only with the telegram rule"),
            "{first}"
        );
    }
}
