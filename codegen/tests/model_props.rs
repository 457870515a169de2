//! Properties of loading, printing and id computation over generated schemas:
//! ids depend only on the tokens (not on spacing, line breaks or comments), and
//! printing a loaded schema then loading it again gives the same model.

mod model_support;

use model_support::without_origins;
use proptest::prelude::*;
use tl_codegen::model::{id_line, load, load_with, Dialect, LoadOptions, Loaded, SourceFile};

const TYPES: usize = 3;

/// One generated declaration as words: `c3`, `flags:#`, `f0:flags.2?Vector<T1>`, `=`, `T0`.
fn declaration(index: usize) -> impl Strategy<Value = Vec<String>> {
    let ty = prop_oneof![
        Just("int".to_owned()),
        Just("long".to_owned()),
        Just("string".to_owned()),
        Just("bytes".to_owned()),
        Just("Bool".to_owned()),
        (0..TYPES).prop_map(|t| format!("T{t}")),
        (0..TYPES).prop_map(|t| format!("Vector<T{t}>")),
        Just("vector<bytes>".to_owned()),
    ];
    let field = (ty, proptest::option::of(0u32..32), any::<bool>());
    (
        any::<bool>(),
        proptest::collection::vec(field, 0..5),
        0..TYPES,
    )
        .prop_map(move |(with_flags, fields, result)| {
            let mut words = vec![format!("c{index}")];
            if with_flags {
                words.push("flags:#".to_owned());
            }
            for (n, (ty, bit, is_true)) in fields.into_iter().enumerate() {
                let word = match (with_flags, bit) {
                    (true, Some(bit)) if is_true => format!("f{n}:flags.{bit}?true"),
                    (true, Some(bit)) => format!("f{n}:flags.{bit}?{ty}"),
                    _ => format!("f{n}:{ty}"),
                };
                words.push(word);
            }
            words.push("=".to_owned());
            words.push(format!("T{result}"));
            words
        })
}

/// A schema: every `T<i>` gets a constructor first so all types exist.
fn schema() -> impl Strategy<Value = Vec<Vec<String>>> {
    (1usize..8).prop_flat_map(|extra| {
        let decls: Vec<_> = (0..TYPES + extra).map(declaration).collect();
        decls.prop_map(|mut decls| {
            for (t, decl) in decls.iter_mut().take(TYPES).enumerate() {
                *decl.last_mut().unwrap() = format!("T{t}");
            }
            decls
        })
    })
}

/// Joins words with the given separators (cycled), ending each declaration with `;`.
fn render(decls: &[Vec<String>], separators: &[&str]) -> String {
    let mut text = String::new();
    let mut n = 0;
    for decl in decls {
        for word in decl {
            text.push_str(word);
            text.push_str(separators[n % separators.len()]);
            n += 1;
        }
        text.push_str(";\n");
    }
    text
}

fn load_ok(text: &str, dialect: Dialect) -> Loaded {
    let loaded = load(&[SourceFile::new("gen.tl", text)], dialect);
    assert!(
        !loaded.has_errors(),
        "{}\n{text}",
        loaded.render_diagnostics(&loaded.sources)
    );
    loaded
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just(" "),
        Just("  "),
        Just("\n  "),
        Just("\t"),
        Just(" // note\n"),
        Just(" /* c */ ")
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ids_ignore_spacing_and_comments(
        decls in schema(),
        seps in proptest::collection::vec(separator(), 1..6),
        tdlib in any::<bool>(),
    ) {
        let dialect = if tdlib { Dialect::Tdlib } else { Dialect::Telegram };
        let plain = load_ok(&render(&decls, &[" "]), dialect);
        let noisy = load_ok(&render(&decls, &seps), dialect);
        prop_assert_eq!(
            without_origins(&plain.schema.definitions),
            without_origins(&noisy.schema.definitions)
        );
        for def in &plain.schema.definitions {
            let line = id_line(def, dialect);
            prop_assert_eq!(def.id, crc32fast::hash(line.as_bytes()));
            let normalized = !line.contains("  ") && !line.contains('<') && !line.contains('{');
            prop_assert!(normalized, "not normalized: {}", line);
            if dialect == Dialect::Telegram {
                prop_assert!(!line.contains("?true") && !line.contains(":bytes") && !line.contains("?bytes"));
            }
        }
    }

    #[test]
    fn print_then_load_is_identity(decls in schema(), tdlib in any::<bool>()) {
        let dialect = if tdlib { Dialect::Tdlib } else { Dialect::Telegram };
        let first = load_ok(&render(&decls, &[" "]), dialect);
        let printed = first.schema.to_string();
        let second = load_ok(&printed, dialect);
        prop_assert_eq!(
            without_origins(&first.schema.definitions),
            without_origins(&second.schema.definitions)
        );
        prop_assert_eq!(second.schema.to_string(), printed);
    }

    /// Any soup of TL tokens: loading never panics, and whatever definitions load
    /// print to text that loads back to the same definitions without errors.
    #[test]
    fn token_soup_never_panics_and_what_loads_round_trips(
        tokens in proptest::collection::vec(token(), 0..60),
        tdlib in any::<bool>(),
        allow_external in any::<bool>(),
    ) {
        let dialect = if tdlib { Dialect::Tdlib } else { Dialect::Telegram };
        let options = LoadOptions { dialect, allow_external };
        let text = tokens.concat();
        let first = load_with(&[SourceFile::new("soup.tl", text)], options);
        let printed = first.schema.to_string();
        let second = load_with(&[SourceFile::new("printed.tl", printed.clone())], options);
        if first.has_errors() && second.has_errors() {
            // Error recovery keeps the type a failed declaration names (so one mistake does
            // not cascade), but the failed declaration is not printed: what loaded may then
            // use a type the printed text no longer declares. That, and nothing else, may fail.
            for found in second.diagnostics.iter().filter(|d| d.diagnostic.is_error()) {
                let message = &found.diagnostic.message;
                prop_assert!(
                    message.starts_with("undeclared generic") || message.starts_with("unknown type"),
                    "{}\n{}", printed, second.render_diagnostics(&second.sources)
                );
            }
            return Ok(());
        }
        prop_assert!(!second.has_errors(), "{}\n{}", printed, second.render_diagnostics(&second.sources));
        prop_assert_eq!(
            without_origins(&first.schema.definitions),
            without_origins(&second.schema.definitions)
        );
    }
}

fn token() -> impl Strategy<Value = &'static str> {
    let words = [
        "a",
        "b",
        "T",
        "U",
        "X",
        "x:",
        "y:",
        "flags:",
        "#",
        "flags.0?",
        "flags.31?",
        "flags.32?",
        "int",
        "long",
        "bytes",
        "true",
        "Bool",
        "Vector<",
        "vector<",
        ">",
        "(vector ",
        ")",
        "{X:Type}",
        "!X",
        "!",
        "%",
        "=",
        " = T",
        " = U",
        ";",
        ";\n",
        " ",
        "\n",
        "---functions---\n",
        "---types---\n",
        "#1f",
        "#ffffffff",
        "4*[ int ]",
        "64*[int]",
        "//@description d @x p\n",
        "//@class T @description c\n",
        "// LAYER 7\n",
        "int ? = Int;",
        "a x:int = T;\n",
        "b flags:# y:flags.1?true z:flags.1?U = U;\n",
        "vector {t:Type} # [ t ] = Vector t;",
        "object ? = Object;",
    ];
    proptest::sample::select(words.to_vec())
}

/// Found by `token_soup_never_panics_and_what_loads_round_trips`: the failed constructor
/// declares `T`, the function that returns `T` loads, and its printed form alone does not.
#[test]
fn a_type_named_only_by_a_failed_declaration_is_the_only_loss() {
    let text = "int{X:Type}a x:int = T;\n---functions---\na x:int = T;\n";
    let first = load_with(&[SourceFile::new("soup.tl", text)], LoadOptions::default());
    assert!(first.has_errors());
    let printed = first.schema.to_string();
    assert_eq!(printed.trim(), "---functions---\n\na x:int = T;");
    let second = load_with(
        &[SourceFile::new("printed.tl", printed)],
        LoadOptions::default(),
    );
    let errors: Vec<&str> = second
        .diagnostics
        .iter()
        .map(|d| d.diagnostic.message.as_str())
        .collect();
    assert_eq!(
        errors,
        ["undeclared generic `T` (declare it with `{T:Type}`)"]
    );
}
