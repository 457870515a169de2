//! The parser's error type and the helpers that turn "did not match" into
//! "expected X, found Y" messages.
//!
//! Parsers return nom's `Err::Error` when their first token does not match, so
//! alternatives can be tried, and `Err::Failure` once they are committed. The
//! failure carries the final, human-readable message and the span of the
//! offending token; the file driver turns it into a [`Diagnostic`].

use std::borrow::Cow;

use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Parser};

use super::input::Src;
use crate::diag::Diagnostic;
use crate::span::Span;

/// A syntax error: where, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The offending token (empty at the end of input).
    pub span: Span,
    /// One sentence, no trailing period.
    pub message: Cow<'static, str>,
}

/// Result of every parser in this module tree.
pub type PResult<'a, T> = IResult<Src<'a>, T, SyntaxError>;

impl SyntaxError {
    /// An error with an explicit span and message.
    pub fn new(span: Span, message: impl Into<Cow<'static, str>>) -> Self {
        SyntaxError {
            span,
            message: message.into(),
        }
    }

    /// `expected {what}, found {the next token}`, pointing at the next token.
    pub fn expected(input: Src<'_>, what: &str) -> Self {
        let (span, found) = found_token(input);
        SyntaxError::new(span, format!("expected {what}, found {found}"))
    }

    /// Wraps the error as a committed (non-backtracking) nom failure.
    pub fn fail<T>(self) -> Result<T, nom::Err<SyntaxError>> {
        Err(nom::Err::Failure(self))
    }

    /// The error as an error-severity diagnostic.
    pub fn into_diagnostic(self) -> Diagnostic {
        Diagnostic::error(self.span, self.message.into_owned())
    }
}

impl ParseError<Src<'_>> for SyntaxError {
    /// Cheap on purpose (no allocation): alternatives fail all the time, and
    /// [`expect`] replaces the message whenever it reaches a user.
    fn from_error_kind(input: Src<'_>, _kind: ErrorKind) -> Self {
        SyntaxError::new(input.here(), "unexpected input")
    }

    fn append(_input: Src<'_>, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    fn or(self, other: Self) -> Self {
        // Keep the error that got further into the input.
        if other.span.start >= self.span.start {
            other
        } else {
            self
        }
    }
}

/// Runs `parser`; if it does not match, fails with `expected {what}, found ...`
/// at the position where it was tried. Failures inside `parser` pass through.
pub fn expect<'a, O, P>(
    what: &'static str,
    mut parser: P,
) -> impl Parser<Src<'a>, Output = O, Error = SyntaxError>
where
    P: Parser<Src<'a>, Output = O, Error = SyntaxError>,
{
    move |input: Src<'a>| match parser.parse(input) {
        Err(nom::Err::Error(_)) => SyntaxError::expected(input, what).fail(),
        other => other,
    }
}

/// [`expect`] for a parser already run at `input`: a mismatch becomes the
/// failure `expected {what}, found ...`; success and failures pass through.
#[inline]
pub fn or_expected<'a, O>(result: PResult<'a, O>, input: Src<'a>, what: &str) -> PResult<'a, O> {
    match result {
        Err(nom::Err::Error(_)) => SyntaxError::expected(input, what).fail(),
        other => other,
    }
}

/// A non-committed "no match here" error at `input`.
pub fn no_match<T>(input: Src<'_>) -> PResult<'_, T> {
    Err(nom::Err::Error(SyntaxError::from_error_kind(
        input,
        ErrorKind::Fail,
    )))
}

/// The span and a description of the token at the start of `input`:
/// `` `word` `` for identifiers and numbers, `` `c` `` for one character,
/// `end of input` at the end.
pub fn found_token(input: Src<'_>) -> (Span, String) {
    let text = input.as_str();
    let Some(first) = text.chars().next() else {
        return (input.here(), "end of input".to_string());
    };
    let len = if is_word_char(first) {
        text.find(|c: char| !is_word_char(c)).unwrap_or(text.len())
    } else {
        first.len_utf8()
    };
    let span = Span::new(input.pos(), input.pos() + len);
    let found = match first {
        '\n' | '\r' => "end of line".to_string(),
        c if c.is_whitespace() => "whitespace".to_string(),
        c if c.is_control() => format!("control character U+{:04X}", u32::from(c)),
        _ => format!("`{}`", &text[..len]),
    };
    (span, found)
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_words_characters_and_end() {
        let src = Src::new("abc_1 x");
        assert_eq!(found_token(src), (Span::new(0, 5), "`abc_1`".to_string()));
        let src = Src::new(")");
        assert_eq!(found_token(src), (Span::new(0, 1), "`)`".to_string()));
        let src = Src::new("é");
        assert_eq!(found_token(src), (Span::new(0, 2), "`é`".to_string()));
        let src = Src::new("\0");
        assert_eq!(
            found_token(src),
            (Span::new(0, 1), "control character U+0000".to_string())
        );
        let src = Src::new("");
        assert_eq!(
            found_token(src),
            (Span::new(0, 0), "end of input".to_string())
        );
    }

    #[test]
    fn expect_turns_a_mismatch_into_a_failure() {
        let mut p = expect("`=`", nom::character::complete::char('='));
        let err = p.parse(Src::new(";")).unwrap_err();
        assert_eq!(
            err,
            nom::Err::Failure(SyntaxError::new(Span::new(0, 1), "expected `=`, found `;`"))
        );
        let mut p = nom::character::complete::char::<_, SyntaxError>('=');
        assert_eq!(
            p.parse(Src::new(";")).unwrap_err(),
            nom::Err::Error(SyntaxError::new(Span::new(0, 0), "unexpected input"))
        );
    }
}
