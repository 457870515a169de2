//! Negative tests: one per error kind of the model (and the warnings), each
//! asserting the exact message, line and column.

mod model_support;

use model_support::{diags, load_text};
use tl_codegen::diag::Severity;
use tl_codegen::model::{load, load_with, Dialect, LoadOptions, SourceFile};

/// The errors of `text` as (message, line, column).
fn errors(text: &str) -> Vec<(String, usize, usize)> {
    diags(&load_text(text, Dialect::Telegram), Severity::Error)
}

fn warnings(text: &str) -> Vec<(String, usize, usize)> {
    diags(&load_text(text, Dialect::Telegram), Severity::Warning)
}

fn one(message: &str, line: usize, col: usize) -> Vec<(String, usize, usize)> {
    vec![(message.to_owned(), line, col)]
}

#[test]
fn unknown_type() {
    let text = "inputPeerSelf = InputPeer;\nfoo peer:InputPeeer = Foo;\n";
    assert_eq!(errors(text), one("unknown type `InputPeeer`", 2, 10));
    // Inside a vector and in a function result.
    let text = "---functions---\nget ids:Vector<Lng> = Vector<Thing>;\n";
    assert_eq!(
        errors(text),
        vec![
            ("unknown type `Lng`".to_owned(), 2, 16),
            ("unknown type `Thing`".to_owned(), 2, 30),
        ]
    );
}

#[test]
fn unknown_bare_constructor() {
    assert_eq!(
        errors("foo x:vector<future_salt> = Foo;"),
        one("unknown type `future_salt`", 1, 14)
    );
}

#[test]
fn conditional_on_a_field_that_is_not_nat() {
    let text = "foo flags:int x:flags.0?int = Foo;";
    let message = "conditional field refers to `flags`, which is not an earlier `#` field";
    assert_eq!(errors(text), one(message, 1, 17));
}

#[test]
fn conditional_on_a_later_or_missing_field() {
    let text = "foo x:flags.0?int flags:# = Foo;";
    let message = "conditional field refers to `flags`, which is not an earlier `#` field";
    assert_eq!(errors(text), one(message, 1, 7));
    let text = "foo flags:#\n  y:flags2.1?true = Foo;";
    let message = "conditional field refers to `flags2`, which is not an earlier `#` field";
    assert_eq!(errors(text), one(message, 2, 5));
}

#[test]
fn flag_bit_out_of_range() {
    let text = "foo flags:# a:flags.31?int b:flags.32?int = Foo;";
    let message = "flag bit 32 is out of range (a `#` field has bits 0 to 31)";
    assert_eq!(errors(text), one(message, 1, 36));
}

#[test]
fn undeclared_generic() {
    let text = "---functions---\ninvokeAfterMsg msg_id:long query:!X = X;";
    let message = "undeclared generic `X` (declare it with `{X:Type}`)";
    assert_eq!(
        errors(text),
        vec![(message.to_owned(), 2, 35), (message.to_owned(), 2, 39)]
    );
    let text = "wrapper value:T = Wrapper;";
    assert_eq!(
        errors(text),
        one("undeclared generic `T` (declare it with `{T:Type}`)", 1, 15)
    );
    // `!` before a name that is neither generic nor declared.
    let text = "---functions---\nrun {X:Type} query:!Y = X;";
    assert_eq!(
        errors(text),
        one("undeclared generic `Y` (declare it with `{Y:Type}`)", 2, 21)
    );
}

#[test]
fn declared_generic_is_accepted() {
    let text = "---functions---\ninvokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;";
    assert_eq!(errors(text), vec![]);
    assert_eq!(warnings(text), vec![]);
}

#[test]
fn syntax_errors_come_from_the_parser() {
    let text = "foo#1 x:int = Foo;\nbar x: = Bar;\nbaz = Baz;\n";
    let loaded = load_text(text, Dialect::Telegram);
    let errors = diags(&loaded, Severity::Error);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].1, errors[0].2), (2, 8));
    assert!(errors[0].0.starts_with("expected "), "{}", errors[0].0);
    // The parser recovers: the other two declarations are in the model.
    let names: Vec<String> = loaded
        .schema
        .definitions
        .iter()
        .map(|d| d.name.to_string())
        .collect();
    assert_eq!(names, ["foo", "baz"]);
}

#[test]
fn unsupported_constructs() {
    let cases = [
        (
            "foo {n:#} x:int = Foo;",
            "unsupported generic `n`: only `{X:Type}` type variables are supported",
            1,
            5,
        ),
        (
            "foo x:Vector<int,long> = Foo;",
            "`Vector` takes one type argument, found 2",
            1,
            7,
        ),
        (
            "foo x:Vector = Foo;",
            "`Vector` needs a type argument (`Vector<T>`)",
            1,
            7,
        ),
        (
            "foo = bar;",
            "the result of a constructor must be a boxed type name (capitalized last segment)",
            1,
            7,
        ),
    ];
    for (text, message, line, col) in cases {
        assert_eq!(errors(text), one(message, line, col), "{text}");
    }
}

#[test]
fn rendered_error_has_file_line_and_caret() {
    let text = "inputPeerSelf = InputPeer;\nmessages.exportChatInvite#a455de90 peer:InputPeeer = ExportedChatInvite;\n";
    let loaded = load_text(text, Dialect::Telegram);
    let rendered = loaded.render_diagnostics(&loaded.sources);
    let expected = "test.tl:2:41: error: unknown type `InputPeeer`\n    \
                    2 | messages.exportChatInvite#a455de90 peer:InputPeeer = ExportedChatInvite;\n      \
                    |                                         ^^^^^^^^^^\n";
    // One block per diagnostic, each ending with a newline (so that blocks never run
    // together), as `codegen check` prints them.
    assert_eq!(rendered, expected);
    assert_eq!(loaded.into_result().unwrap_err(), expected);
}

#[test]
fn errors_point_into_the_right_file() {
    let sources = [
        SourceFile::new("a.tl", "peer = Peer;\n"),
        SourceFile::new(
            "b.tl",
            "chat peer:Peer = Chat;\nuser chat:Chat photo:Photo = User;\n",
        ),
    ];
    let loaded = load(&sources, Dialect::Telegram);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].file, 1);
    let rendered = loaded.render_diagnostics(&sources);
    assert!(
        rendered.starts_with("b.tl:2:22: error: unknown type `Photo`\n"),
        "{rendered}"
    );
}

#[test]
fn id_mismatch_warns_with_both_values() {
    let text = "ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort;";
    let message =
        "explicit id 0x37982646 differs from the computed id 0x402d9b47; the explicit id is used";
    assert_eq!(warnings(text), one(message, 1, 14));
    assert_eq!(errors(text), vec![]);
}

#[test]
fn duplicate_names_and_ids_warn() {
    let text = "a#1 = T;\nb#2 = T;\na#3 = T;\nc#2 = T;\n---functions---\na#4 = T;\n";
    let loaded = load_text(text, Dialect::Telegram);
    let found: Vec<_> = diags(&loaded, Severity::Warning)
        .into_iter()
        .filter(|(m, ..)| !m.starts_with("explicit id"))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "duplicate constructor `a` (first declared at test.tl:1:1)".to_owned(),
                3,
                1
            ),
            (
                "id 0x00000002 of `c` is also the id of `b` (test.tl:2:1)".to_owned(),
                4,
                1
            ),
        ]
    );
    assert!(!loaded.has_errors());
}

#[test]
fn docs_naming_a_missing_parameter_warn() {
    let text = "//@description A user @id Identifier @name Name\nuser id:int = User;\n";
    let loaded = load_text(text, Dialect::Tdlib);
    let found = diags(&loaded, Severity::Warning);
    assert_eq!(
        found,
        one(
            "documentation names parameter `name`, which `user` does not have",
            1,
            38
        )
    );
}

#[test]
fn function_result_without_constructors_warns() {
    let text =
        "---functions---\nhttp_wait#9299359f max_delay:int wait_after:int max_wait:int = HttpWait;";
    let message = "no constructor builds `HttpWait`, the result of `http_wait`: its answers cannot be decoded";
    assert_eq!(warnings(text), one(message, 2, 64));
    assert_eq!(errors(text), vec![]);
}

#[test]
fn external_types_are_warnings_only_when_allowed() {
    let text = "legacy x:InputPeer y:vector<%binlog.EncrKey> = Legacy;";
    let source = [SourceFile::new("test.tl", text)];
    let strict = load(&source, Dialect::Telegram);
    assert_eq!(diags(&strict, Severity::Error).len(), 2);
    let options = LoadOptions {
        dialect: Dialect::Telegram,
        allow_external: true,
    };
    let loose = load_with(&source, options);
    assert_eq!(
        diags(&loose, Severity::Warning),
        vec![
            (
                "unknown type `InputPeer` (treated as declared elsewhere)".to_owned(),
                1,
                10
            ),
            (
                "unknown type `binlog.EncrKey` (treated as declared elsewhere)".to_owned(),
                1,
                30
            ),
        ]
    );
    let line = loose.schema.definitions[0].tl_line();
    assert_eq!(
        line,
        format!(
            "legacy#{:08x} x:InputPeer y:vector<%binlog.EncrKey> = Legacy;",
            crc32fast::hash(b"legacy x:InputPeer y:vector %binlog.EncrKey = Legacy")
        )
    );
    // A lone capital is still an undeclared generic.
    let generic = load_with(&[SourceFile::new("t.tl", "w v:T = W;")], options);
    assert_eq!(diags(&generic, Severity::Error).len(), 1);
}
