//! Section markers: `---functions---` and `---types---`, also spaced as
//! `--- functions ---` (tdlib's lexer treats `---` as a token; tl-spec.md §1).

use nom::bytes::complete::{tag, take_till, take_while, take_while1};
use nom::Parser;

use super::ast::Section;
use super::error::{PResult, SyntaxError};
use super::input::Src;

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// `---word---` with optional spaces or tabs around the word. Does not match
/// unless the input starts with `---`; any other shape is a committed failure.
pub fn section_marker(input: Src<'_>) -> PResult<'_, Section> {
    let (rest, _) = tag("---").parse(input)?;
    let mut shape = (
        take_while(is_blank),
        take_while1(|c: char| c.is_ascii_alphanumeric() || c == '_'),
        take_while(is_blank),
        tag::<_, _, SyntaxError>("---"),
    );
    let Ok((after, (_, word, _, _))) = shape.parse(rest) else {
        let (line_end, _) = take_till(|c| c == '\n' || c == '\r').parse(input)?;
        let message = "malformed section marker, expected `---functions---` or `---types---`";
        return SyntaxError::new(input.span_to(&line_end), message).fail();
    };
    match word.as_str() {
        "functions" => Ok((after, Section::Functions)),
        "types" => Ok((after, Section::Types)),
        _ => {
            let written = input.take_prefix(&after).as_str();
            let message = format!("unknown section marker `{written}`");
            SyntaxError::new(input.span_to(&after), message).fail()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn marker(text: &str) -> Result<(Section, usize), SyntaxError> {
        match section_marker(Src::new(text)) {
            Ok((rest, section)) => Ok((section, rest.pos())),
            Err(nom::Err::Failure(e)) => Err(e),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn both_spellings() {
        assert_eq!(marker("---functions---\n"), Ok((Section::Functions, 15)));
        assert_eq!(marker("--- functions ---"), Ok((Section::Functions, 17)));
        assert_eq!(marker("---types---"), Ok((Section::Types, 11)));
        assert_eq!(marker("---\ttypes ---x"), Ok((Section::Types, 13)));
    }

    #[test]
    fn unknown_and_malformed() {
        let e = marker("---foo--- x").unwrap_err();
        assert_eq!(
            (&*e.message, e.span),
            ("unknown section marker `---foo---`", Span::new(0, 9))
        );
        let e = marker("---functions\nfoo = Bar;").unwrap_err();
        let expected = "malformed section marker, expected `---functions---` or `---types---`";
        assert_eq!((&*e.message, e.span), (expected, Span::new(0, 12)));
        assert!(matches!(
            section_marker(Src::new("--x")),
            Err(nom::Err::Error(_))
        ));
    }
}
