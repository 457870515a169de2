//! Table tests of the evidence and of the decision.

use super::*;
use crate::model::Origin;
use crate::span::Span;

fn sources(text: &str) -> Vec<SourceFile> {
    vec![SourceFile::new("t.tl", text)]
}

/// A clue as the table states it: what, for which dialect, how strong.
type Found = (ClueKind, Dialect, Strength);

fn clues_of(text: &str) -> Vec<Found> {
    let detection = detect(&sources(text), true);
    let clues = detection.clues.into_iter();
    clues
        .map(|c| (c.favors(), c.strength(), c.kind))
        .map(|(f, s, k)| (k, f, s))
        .collect()
}

/// `n` one-line declarations, the first `explicit` of them with an explicit id.
fn declarations(n: usize, explicit: usize) -> String {
    let line = |i: usize| match i < explicit {
        true => format!("c{i}#{:08x} = T;\n", 0x1000 + i),
        false => format!("c{i} = T;\n"),
    };
    (0..n).map(line).collect()
}

/// The clue of `explicit` explicit ids among `total` declarations.
fn share(explicit: usize, total: usize) -> ClueKind {
    ClueKind::ExplicitIds { explicit, total }
}

/// A definition whose explicit id is what only Telegram's rule computes.
fn telegram_only(name: &str) -> String {
    let id = crc32fast::hash(format!("{name} data:string = Photo").as_bytes());
    format!("{name}#{id:08x} data:bytes = Photo;\n")
}

#[test]
fn built_in_lines_layer_and_vector_id_are_strong_clues() {
    use ClueKind::*;
    use Dialect::{Tdlib as TD, Telegram as TG};
    use Strength::Strong;
    let cases: Vec<(&str, Vec<Found>)> = vec![
        (
            "int32 = Int32;",
            vec![(TdlibBuiltin("int32 = Int32;".into()), TD, Strong)],
        ),
        (
            "secureBytes = SecureBytes;",
            vec![(
                TdlibBuiltin("secureBytes = SecureBytes;".into()),
                TD,
                Strong,
            )],
        ),
        (
            "object ? = Object;\nfunction ? = Function;",
            vec![
                (TonBuiltin("object ? = Object;".into()), TD, Strong),
                (TonBuiltin("function ? = Function;".into()), TD, Strong),
            ],
        ),
        (
            "bytes data:string = Bytes;",
            vec![(TonBuiltin("bytes data:string = Bytes;".into()), TD, Strong)],
        ),
        (
            "bytes string = Bytes;\nbytes = Bytes;\nint ? = Int;",
            vec![],
        ),
        ("// LAYER 230\nx = X;", vec![(Layer(230), TG, Strong)]),
        (
            "vector#1cb5c415 {t:Type} # [ t ] = Vector t;",
            vec![(VectorId, TG, Strong)],
        ),
        ("vector {t:Type} # [ t ] = Vector t;", vec![]),
    ];
    for (text, expected) in cases {
        assert_eq!(clues_of(text), expected, "{text}");
    }
}

#[test]
fn habits_are_weak_clues() {
    use ClueKind::*;
    use Dialect::{Tdlib as TD, Telegram as TG};
    use Strength::{Strong, Weak};
    let (all, most, few, half, small) = (
        declarations(10, 10),
        declarations(12, 8),
        declarations(12, 4),
        declarations(12, 6),
        declarations(9, 0),
    );
    let cases: Vec<(&str, Vec<Found>)> = vec![
        (
            "//@description A thing\nthing = Thing;\nother = Thing;",
            vec![(DocComments(1), TD, Weak)],
        ),
        (
            "//@class Thing @description Things\nthing = Thing;",
            vec![(DocComments(1), TD, Weak)],
        ),
        (
            "a x:int32 = A;",
            vec![(UndeclaredTdlibType("int32".into()), TD, Weak)],
        ),
        (
            "a x:Vector<int53> = A;",
            vec![(UndeclaredTdlibType("int53".into()), TD, Weak)],
        ),
        (
            "int32 = Int32;\na x:int32 = A;",
            vec![(TdlibBuiltin("int32 = Int32;".into()), TD, Strong)],
        ),
        (&all, vec![(share(10, 10), TG, Weak)]),
        (&most, vec![(share(8, 12), TG, Weak)]),
        (&few, vec![(share(4, 12), TD, Weak)]),
        (&half, vec![]),
        (&small, vec![]),
    ];
    for (text, expected) in cases {
        assert_eq!(clues_of(text), expected, "{text}");
    }
}

#[test]
fn clues_say_where_they_are() {
    let text = "x = X;\n// LAYER 7\ny z:int53 = Y;\n";
    let detection = detect(&sources(text), true);
    let described: Vec<String> = detection
        .clues
        .iter()
        .map(|c| c.describe(&sources(text)))
        .collect();
    assert_eq!(
        described,
        [
            "t.tl:2:10 has `// LAYER 7`, as Telegram's api.tl",
            "t.tl:3:5 uses `int53` without declaring it, as TDLib's schemas may",
        ]
    );
}

#[test]
fn the_decision() {
    use Basis::*;
    use Dialect::{Tdlib as TD, Telegram as TG};
    let ids = format!("{}{}", telegram_only("p1"), telegram_only("p2"));
    let cases: Vec<(String, Dialect, Basis, bool)> = vec![
        ("int32 = Int32;\nx = X;".into(), TD, Strong, false),
        ("// LAYER 1\nx = X;".into(), TG, Strong, false),
        ("x = X;".into(), TG, Nothing, false),
        ("//@description d\nx = X;".into(), TD, Weak, false),
        // Strong clues both ways and no weak one: the default.
        ("int32 = Int32;\nvector#1cb5c415 {t:Type} # [ t ] = Vector t;".into(), TG, Nothing, false),
        // ... and a weak one decides.
        ("int32 = Int32;\nvector#1cb5c415 {t:Type} # [ t ] = Vector t;\n//@description d\nx = X;".into(), TD, Weak, false),
        // Two votes decide, over any text.
        (format!("//@description d\nx = X;\n{ids}"), TG, Ids, false),
        (format!("int32 = Int32;\n// LAYER 3\n{ids}"), TG, Ids, false),
        // Against strong clues of the other dialect only: a conflict.
        (format!("int32 = Int32;\n{ids}"), TG, Ids, true),
        // One vote does not decide.
        (format!("int32 = Int32;\n{}", telegram_only("p1")), TD, Strong, false),
    ];
    for (text, dialect, basis, conflict) in cases {
        let detection = detect(&sources(&text), true);
        assert_eq!(
            (
                detection.dialect,
                detection.basis,
                detection.conflict.is_some()
            ),
            (dialect, basis, conflict),
            "{text}"
        );
    }
}

#[test]
fn votes_need_two_and_four_times_the_other() {
    let votes = |telegram, tdlib| IdVotes {
        telegram,
        tdlib,
        ..IdVotes::default()
    };
    assert_eq!(votes(2, 0).decisive(), Some(Dialect::Telegram));
    assert_eq!(votes(1, 0).decisive(), None);
    assert_eq!(votes(8, 2).decisive(), Some(Dialect::Telegram));
    assert_eq!(votes(7, 2).decisive(), None);
    assert_eq!(votes(1, 5).decisive(), Some(Dialect::Tdlib));
    assert_eq!(votes(0, 0).decisive(), None);
}

#[test]
fn a_conflict_is_an_error_only_when_an_id_depends_on_it() {
    let ids = format!("{}{}", telegram_only("p1"), telegram_only("p2"));
    let harmless = format!("int32 = Int32;\n{ids}");
    let detection = detect(&sources(&harmless), true);
    assert!(detection.conflict.is_some());
    assert_eq!(
        detection.conflict_diagnostic(&sources(&harmless), Spelling::CommandLine),
        None
    );

    let text = format!("int32 = Int32;\n{ids}doc data:bytes = Doc;\n");
    let src = sources(&text);
    let detection = detect(&src, true);
    assert_eq!(detection.dependent_ids, 1);
    let error = detection
        .conflict_diagnostic(&src, Spelling::CommandLine)
        .unwrap();
    assert_eq!(error.file, 0);
    assert_eq!(error.diagnostic.span, Span::new(0, 14));
    assert_eq!(
        error.diagnostic.message,
        "the schema declares `int32 = Int32;`, a TDLib built-in, but 2 explicit ids agree \
         only with the telegram rule (the first at t.tl:2:1); 1 id depends on which rule \
         is right: name it with `--dialect tdlib` or `--dialect telegram`"
    );
    let build = detection
        .conflict_diagnostic(&src, Spelling::BuildScript)
        .unwrap();
    assert!(build
        .diagnostic
        .message
        .ends_with("name it with `.dialect(Dialect::Tdlib)` or `.dialect(Dialect::Telegram)`"));
}

#[test]
fn summaries() {
    let text = "a x:int32 data:bytes = A;\nb = B;\n";
    let summary = detect(&sources(text), true).summary(&sources(text), Spelling::CommandLine);
    assert_eq!(
        summary,
        "dialect tdlib, guessed: t.tl:1:5 uses `int32` without declaring it, as TDLib's \
         schemas may; 1 id depends on it: pass `--dialect tdlib` or `--dialect telegram` \
         to be sure"
    );
    let text = "x = X;";
    let summary = detect(&sources(text), true).summary(&sources(text), Spelling::BuildScript);
    assert_eq!(
        summary,
        "dialect telegram, guessed: nothing in the schema tells; no id depends on it"
    );
    let text = "int32 = Int32;\nbytes = Bytes;\nx d:bytes = X;";
    let summary = detect(&sources(text), true).summary(&sources(text), Spelling::BuildScript);
    assert_eq!(
        summary,
        "dialect tdlib, detected: t.tl:1:1 declares `int32 = Int32;`, a TDLib built-in"
    );
}

#[test]
fn the_ids_overrule_the_text_and_the_schema_is_read_again() {
    // Weak clues say TDLib; two explicit ids say Telegram: read with Telegram's rule.
    let text = format!(
        "//@description d\nx d:bytes = X;\n{}{}",
        telegram_only("p1"),
        telegram_only("p2")
    );
    let (loaded, detection) = load_detected(&sources(&text), false);
    assert_eq!(detection.dialect, Dialect::Telegram);
    assert_eq!(loaded.schema.dialect, Dialect::Telegram);
    let x = &loaded.schema.definitions[0];
    assert_eq!(x.id, crc32fast::hash(b"x d:string = X"));
}

#[test]
fn the_hint_names_the_rule_that_agrees() {
    let text: String = ["p1", "p2", "p3", "p4"].map(telegram_only).concat();
    let loaded = crate::model::load(&sources(&text), Dialect::Tdlib);
    let hint = id_hint(&loaded.schema).unwrap();
    assert_eq!((hint.differing, hint.other_agrees), (4, 4));
    assert_eq!(
        hint.first,
        Origin {
            file: 0,
            span: loaded.schema.definitions[0].origin.span
        }
    );
    let warning = hint.diagnostic(&loaded.schema, Spelling::CommandLine);
    assert_eq!(warning.diagnostic.span, Span::new(0, 2));
    assert_eq!(
        warning.diagnostic.message,
        "4 explicit ids differ from the ids the tdlib rule computes, and 4 of them are what \
         the telegram rule computes: is this a telegram schema (`--dialect telegram`)?"
    );
    let three: String = ["p1", "p2", "p3"].map(telegram_only).concat();
    assert_eq!(
        id_hint(&crate::model::load(&sources(&three), Dialect::Tdlib).schema),
        None
    );
    assert_eq!(
        id_hint(&crate::model::load(&sources(&text), Dialect::Telegram).schema),
        None
    );
}
