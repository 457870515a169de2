//! The fast path agrees with the general parser: wherever it accepts a
//! declaration, the general parser accepts the same text and builds the very
//! same tree and stops at the same place. Checked on every line of every
//! `.tl` file in the repository (and the shared zoo, when present), on
//! hand-picked near misses, and on generated TL-like text.

use std::path::Path;

use proptest::prelude::*;

use super::super::ast::{Declaration, DocAnnotation, Section};
use super::super::decl;
use super::super::input::Src;
use super::declaration;
use crate::span::Span;

/// Runs both parsers at byte `at` of `text`; `true` when the fast path took it.
fn agree(text: &str, at: usize) -> bool {
    let input = Src::new(text).advance(at);
    let note = DocAnnotation {
        key: "description".to_string(),
        value: "x".to_string(),
        span: Span::new(0, 1),
    };
    let (mut docs, mut out) = (vec![note.clone()], Vec::new());
    let Some(fast_rest) = declaration(input, Section::Functions, &mut docs, &mut out) else {
        assert!(
            out.is_empty() && docs.len() == 1,
            "changed on `None`: {text:?}"
        );
        return false;
    };
    let general = decl::declaration(input, Section::Functions, &mut Vec::new());
    let expected: Option<(Src<'_>, Declaration<'_>)> = general.ok().map(|(rest, mut d)| {
        d.docs = vec![note];
        (rest, d)
    });
    let params = &out[0].params;
    assert_eq!(params.capacity(), params.len(), "{text:?}");
    assert!(docs.is_empty());
    assert_eq!(
        Some((fast_rest, out.pop().unwrap())),
        expected,
        "the fast path disagrees at byte {at} of {text:?}"
    );
    true
}

/// Tries every line start (after its indentation) of `text`.
fn agree_on_lines(text: &str) -> usize {
    let mut taken = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        taken += usize::from(agree(text, line_start + indent));
        line_start += line.len();
    }
    taken
}

fn tl_files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            tl_files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "tl") {
            out.push(path);
        }
    }
}

#[test]
fn agrees_on_every_line_of_every_tl_file() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "../schema",
        "tests/fixtures",
        "fuzz-corpus",
        "../../shared/zoo",
    ] {
        tl_files_under(&crate_dir.join(dir), &mut files);
    }
    let mut taken = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        taken += agree_on_lines(&String::from_utf8_lossy(&bytes));
    }
    // schema/api.tl alone has more than 2000 declarations of the common shape.
    assert!(taken > 2000, "the fast path took only {taken} declarations");
}

#[test]
fn agrees_on_near_misses() {
    let texts = [
        "a = B;",
        "a#1 = B;",
        "a#0 = B;",
        "a#ffffffff = B;",
        "a#123456789 = B;",
        "a#12g = B;",
        "a# = B;",
        "a x:int = B;",
        "a x:int=B;",
        "a x:int\n\ty:long\r\n = B ;",
        "a x: int = B;",
        "a x :int = B;",
        "a x:flags.0?true = B;",
        "a x:flags?true = B;",
        "a x:flags.?true = B;",
        "a x:flags.0 ?true = B;",
        "a x:flags.0? true = B;",
        "a x:flags.0?!X = B;",
        "a x:flags.4294967295?int = B;",
        "a x:flags.4294967296?int = B;",
        "a x:flags.0123?int = B;",
        "a x:a.b?int = B;",
        "a x:a.b.0?int = B;",
        "a x:# y:flags.31?Vector<Vector<long>> = B;",
        "a x:Vector <int> = B;",
        "a x:Vector  <int> = B;",
        "a x:Vector< int , long > = B;",
        "a x:Vector<vector int> = B;",
        "a x:Vector<> = B;",
        "a x:Vector<int = B;",
        "a x:n*[int] = B;",
        "a x:n *[int] = B;",
        "a x:!X = B;",
        "a x:%X = B;",
        "a x:(X) = B;",
        "a.b:int = B;",
        "a x.y:int = B;",
        "a int = B;",
        "a {X:Type} x:X = B;",
        "a ? = B;",
        "a x:int = Vector t;",
        "a x:int = Vector<t> ;",
        "a x:int = #;",
        "a x:int = ;",
        "a x:int = B",
        "a x:int // c\n = B;",
        "a x:int /* c */ = B;",
        "a x:int\u{a0}= B;",
        "New X = B;",
        "Empty = B;",
        "a x:Vector<Vector<Vector<Vector<Vector<Vector<Vector<Vector<Vector<X>>>>>>>>> = B;",
    ];
    let taken = texts.iter().filter(|t| agree(t, 0)).count();
    assert!(taken > 10, "the fast path took only {taken} texts");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn agrees_on_generated_text(
        text in "[ab]{1,2}(#[0-9a-f]{1,3})?( {1,2}[xy]{1,2}:(flags(\\.[0-9]{1,2})?\\?)?(#|A|V<A>|V <B>|V<V<A>>|V< A , B >|V<A B>))*\
                 ( ?= ?(#|B|V<A>|V t) ?;)"
    ) {
        agree(&text, 0);
    }

    #[test]
    fn agrees_on_noise(text in "[ab][ab:#.?<>,=;0-9 \n/*!%(){}\\[\\]]{0,40}") {
        agree(&text, 0);
    }
}
