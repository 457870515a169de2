//! Negative tests: one per kind of syntax error (and documentation warning),
//! each asserting the exact message, line and column; plus recovery (several
//! errors per run) and the rendered `file:line:col` form.

use tl_codegen::diag::{line_col, Severity};
use tl_codegen::parse::parse;

/// `(line, column, "error"|"warning", message)` of every diagnostic.
fn diagnostics(source: &str) -> Vec<(usize, usize, &'static str, String)> {
    parse(source)
        .diagnostics
        .into_iter()
        .map(|d| {
            let (line, col) = line_col(source, d.span.start);
            let severity = if d.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            (line, col, severity, d.message)
        })
        .collect()
}

/// Asserts that `source` yields exactly one error, at `line:col`, saying `message`.
fn error_at(source: &str, line: usize, col: usize, message: &str) {
    assert_eq!(
        diagnostics(source),
        [(line, col, "error", message.to_string())],
        "{source:?}"
    );
}

#[test]
fn declaration_structure() {
    error_at(
        "foo a:int;",
        1,
        10,
        "expected `=` and a result type, found `;`",
    );
    error_at(
        "foo a:int",
        1,
        10,
        "expected `=` and a result type, found end of input",
    );
    error_at("int ? x = Int;", 1, 7, "expected `=` after `?`, found `x`");
    error_at(
        "foo = ;",
        1,
        7,
        "expected a result type after `=`, found `;`",
    );
    error_at(
        "foo = Foo\n",
        2,
        1,
        "expected `;` after the result type, found end of input",
    );
    error_at(
        "foo = Foo = Bar;",
        1,
        11,
        "expected `;` after the result type, found `=`",
    );
    error_at(
        "foo a:int ) = X;",
        1,
        11,
        "expected an argument or `=`, found `)`",
    );
    error_at(
        "ok = Ok;\n  } = X;",
        2,
        3,
        "expected a declaration, found `}`",
    );
    error_at(
        "foo a:int ? = X;",
        1,
        11,
        "`?` must be the only argument, as in `int ? = Int;`",
    );
    error_at(
        "foo a:int {X:Type} = X;",
        1,
        11,
        "optional arguments `{...}` must come before all other arguments",
    );
}

#[test]
fn explicit_ids() {
    error_at(
        "foo#123456789 = Foo;",
        1,
        5,
        "explicit id must be 1 to 8 hex digits, found `#123456789`",
    );
    error_at(
        "foo#12g4 = Foo;",
        1,
        5,
        "explicit id must be 1 to 8 hex digits, found `#12g4`",
    );
    error_at(
        "foo# = Foo;",
        1,
        4,
        "explicit id must be 1 to 8 hex digits, found nothing",
    );
    error_at("foo#0 = Foo;", 1, 5, "explicit id must not be 0");
    error_at(
        "foo#FFFFFFFF = Foo;",
        1,
        5,
        "explicit id must not be 0xffffffff",
    );
}

#[test]
fn comments_and_sections() {
    error_at(
        "foo = Foo;\n/* never closed\nbar = Bar;",
        2,
        1,
        "unterminated block comment",
    );
    error_at(
        "foo a:int /* open\n = Foo;",
        1,
        11,
        "unterminated block comment",
    );
    error_at(
        "---foo---\nbar = Bar;",
        1,
        1,
        "unknown section marker `---foo---`",
    );
    error_at(
        "--- methods ---",
        1,
        1,
        "unknown section marker `--- methods ---`",
    );
    error_at(
        "---functions\nbar = Bar;",
        1,
        1,
        "malformed section marker, expected `---functions---` or `---types---`",
    );
    error_at(
        "// LAYER 4294967296\nfoo = Foo;",
        1,
        10,
        "layer number is too large",
    );
}

#[test]
fn type_expressions() {
    error_at(
        "foo a:Vector<int = X;",
        1,
        18,
        "expected `,` or `>` in type arguments, found `=`",
    );
    error_at(
        "foo a:Vector<> = X;",
        1,
        14,
        "expected a type argument, found `>`",
    );
    error_at(
        "foo a:(vector X = X;",
        1,
        17,
        "expected `)` to close `(`, found `=`",
    );
    error_at(
        "foo a:( ) = X;",
        1,
        9,
        "expected a type after `(`, found `)`",
    );
    error_at(
        "foo a:%(X) = X;",
        1,
        8,
        "expected a type name after `%`, found `(`",
    );
    let deep = format!("foo a:{}X{} = X;", "(".repeat(40), ")".repeat(40));
    error_at(&deep, 1, 39, "nesting deeper than 32 levels");
}

#[test]
fn parameters() {
    error_at("foo a:) = X;", 1, 7, "expected a type after `:`, found `)`");
    error_at(
        "foo a:flags.1? = X;",
        1,
        16,
        "expected a type after `?`, found `=`",
    );
    error_at(
        "foo a:flags.x?int = X;",
        1,
        7,
        "the field of a condition must be a plain name, found `flags.x`",
    );
    error_at(
        "foo a:flags.?int = X;",
        1,
        13,
        "expected a bit number after `.`, found `?`",
    );
    error_at(
        "foo a:flags.1 int = X;",
        1,
        14,
        "expected `?` after the bit number, found whitespace",
    );
    error_at(
        "foo a:flags.99999999999?int = X;",
        1,
        13,
        "number `99999999999` is too large",
    );
    error_at(
        "foo a.b:int = X;",
        1,
        5,
        "parameter name `a.b` must not contain `.`",
    );
    error_at(
        "foo 4 [int] = X;",
        1,
        7,
        "expected `*` after the repetition count, found `[`",
    );
    error_at(
        "foo 4*int = X;",
        1,
        7,
        "expected `[` to start the repeated arguments, found `int`",
    );
    error_at("foo [ int ;", 1, 11, "expected `]` to close `[`, found `;`");
    error_at(
        "foo [ ) ] = X;",
        1,
        7,
        "expected an argument or `]`, found `)`",
    );
    error_at("foo ! = X;", 1, 7, "expected a type after `!`, found `=`");
}

#[test]
fn optional_arguments() {
    error_at(
        "foo {X Y:Type} = X;",
        1,
        5,
        "several names in one optional argument `{a b:T}` are not supported",
    );
    error_at(
        "foo {X} = X;",
        1,
        7,
        "expected `:` after the optional argument name, found `}`",
    );
    error_at(
        "foo {X:Type = X;",
        1,
        13,
        "expected `}` to close `{`, found `=`",
    );
    error_at(
        "foo {:Type} = X;",
        1,
        6,
        "expected a name after `{`, found `:`",
    );
}

#[test]
fn unsupported_formal_grammar() {
    error_at("New Foo;", 1, 1, "`New` declarations are not supported");
    error_at("Final Foo;", 1, 1, "`Final` declarations are not supported");
    error_at("Empty Foo;", 1, 1, "`Empty` declarations are not supported");
    error_at(
        "foo (a b : int) = X;",
        1,
        5,
        "argument groups like `(a b : T)` are not supported",
    );
    error_at(
        "foo (n + 1)*[ int ] = X;",
        1,
        5,
        "multiplicity expressions like `(n + 1)` are not supported",
    );
}

#[test]
fn documentation_warnings() {
    let warn = |source: &str| {
        let found = diagnostics(source);
        assert!(found.iter().all(|d| d.2 == "warning"), "{found:?}");
        found
            .into_iter()
            .map(|(l, c, _, m)| (l, c, m))
            .collect::<Vec<_>>()
    };
    let dangling = "documentation is not followed by a declaration".to_string();
    assert_eq!(
        warn("//@description lost\n---functions---\nfoo = Foo;"),
        [(1, 3, dangling.clone())]
    );
    assert_eq!(
        warn("foo = Foo;\n//@description lost at the end"),
        [(2, 3, dangling)]
    );
    assert_eq!(
        warn("//@description a\n//@class T @description b\nfoo = T;"),
        [(
            1,
            3,
            "documentation is followed by a `//@class` block, not a declaration".to_string()
        )]
    );
    assert_eq!(
        warn("foo = Foo;\n//-orphan\nbar = Bar;"),
        [(
            2,
            1,
            "`//-` continuation line without a preceding annotation".to_string()
        )]
    );
    assert_eq!(
        warn("//@class T @description d @extra e\nfoo = T;"),
        [(
            1,
            27,
            "unexpected `@extra` in a `//@class` block".to_string()
        )]
    );
    assert_eq!(
        warn("//@ description x\nfoo = Foo;"),
        [(
            1,
            3,
            "expected an annotation name right after `@`".to_string()
        )]
    );
}

#[test]
fn recovery_reports_every_broken_declaration() {
    let source = "\
good1 = Good;
bad1 a: = Bad;
good2 x:int = Good;
bad2#zz = Bad;
---functions---
bad3 = ;
good3 = Good;
";
    let parsed = parse(source);
    let names: Vec<&str> = parsed
        .file
        .declarations
        .iter()
        .map(|d| d.name.text)
        .collect();
    assert_eq!(names, ["good1", "good2", "good3"]);
    let found: Vec<(usize, usize, String)> = diagnostics(source)
        .into_iter()
        .map(|(l, c, _, m)| (l, c, m))
        .collect();
    assert_eq!(
        found,
        [
            (2, 9, "expected a type after `:`, found `=`".to_string()),
            (
                4,
                6,
                "explicit id must be 1 to 8 hex digits, found `#zz`".to_string()
            ),
            (
                6,
                8,
                "expected a result type after `=`, found `;`".to_string()
            ),
        ]
    );
}

#[test]
fn recovery_stops_at_a_section_marker() {
    let source = "broken = Foo\n---functions---\ncall = Foo;\n";
    let parsed = parse(source);
    assert_eq!(
        diagnostics(source),
        [(
            2,
            1,
            "error",
            "expected `;` after the result type, found `-`".to_string()
        )]
    );
    let decls: Vec<(&str, bool)> = parsed
        .file
        .declarations
        .iter()
        .map(|d| {
            (
                d.name.text,
                d.section == tl_codegen::parse::ast::Section::Functions,
            )
        })
        .collect();
    assert_eq!(decls, [("call", true)]);
}

#[test]
fn rendered_errors() {
    let source = "ok = Ok;\nuser#123456789 id:long = User;\n\tbad\ta:) = X;\n";
    let rendered: Vec<String> = parse(source)
        .diagnostics
        .iter()
        .map(|d| d.render("api.tl", source))
        .collect();
    assert_eq!(
        rendered,
        [
            "api.tl:2:6: error: explicit id must be 1 to 8 hex digits, found `#123456789`\n    \
             2 | user#123456789 id:long = User;\n      |      ^^^^^^^^^"
                .to_string(),
            "api.tl:3:8: error: expected a type after `:`, found `)`\n    \
             3 |     bad    a:) = X;\n      |              ^"
                .to_string(),
        ]
    );
}
