//! One combinator declaration, from its name to its `;`.
//!
//! ```text
//! declaration ::= ident [ '#' hex-id ] { generic } ( '?' | { param } ) '=' type-expr ';'
//! ```
//!
//! Built-ins parse like any other declaration: `int ? = Int;` sets
//! [`Declaration::question_mark`], `vector {t:Type} # [ t ] = Vector t;` has an
//! anonymous `#` and a repetition. The formal grammar's `New`/`Final`/`Empty`
//! declarations are rejected as unsupported.

use super::ast::{Declaration, GenericDecl, Ident, Param, Section};
use super::error::{or_expected, PResult, SyntaxError};
use super::ident::{explicit_id, ident};
use super::input::Src;
use super::params::{generic_decl, param};
use super::trivia::ws;
use super::types::type_expr;

/// Parses a declaration starting exactly at `input` (no leading trivia).
/// `docs` is left empty; the file driver attaches the preceding annotations.
/// `scratch` is an empty buffer the arguments are collected in (so the final
/// list is allocated once, at its exact size); it is left empty.
pub fn declaration<'a>(
    input: Src<'a>,
    section: Section,
    scratch: &mut Vec<Param<'a>>,
) -> PResult<'a, Declaration<'a>> {
    let (rest, name) = or_expected(ident(input), input, "a declaration name")?;
    reject_formal_only(&name, rest)?;
    let (rest, id) = match explicit_id(rest) {
        Err(nom::Err::Error(_)) => (rest, None),
        other => other.map(|(rest, id)| (rest, Some(id)))?,
    };
    let (rest, generics) = generics(rest)?;
    let (rest, ()) = ws(rest)?;
    let (rest, question_mark, params) = if rest.peek() == Some('?') {
        (rest.advance(1), true, Vec::new())
    } else {
        let (rest, params) = params(rest, scratch)?;
        (rest, false, params)
    };
    let (rest, ()) = ws(rest)?;
    let expected_eq = if question_mark {
        "`=` after `?`"
    } else {
        "`=` and a result type"
    };
    let (rest, ()) = punct(rest, b'=', expected_eq)?;
    let (rest, ()) = ws(rest)?;
    let (rest, result) = or_expected(type_expr(rest, 0), rest, "a result type after `=`")?;
    let (rest, ()) = ws(rest)?;
    let (rest, ()) = punct(rest, b';', "`;` after the result type")?;
    let span = input.span_to(&rest);
    let declaration = Declaration {
        span,
        section,
        name,
        id,
        generics,
        params,
        question_mark,
        result,
        docs: Vec::new(),
    };
    Ok((rest, declaration))
}

/// The ASCII character `c`, or a failure `expected {what}, found ...`.
fn punct<'a>(input: Src<'a>, c: u8, what: &'static str) -> PResult<'a, ()> {
    if input.as_str().as_bytes().first() == Some(&c) {
        Ok((input.advance(1), ()))
    } else {
        SyntaxError::expected(input, what).fail()
    }
}

/// `New T;`, `Final T;`, `Empty T;` (TL-formal) are not supported.
fn reject_formal_only<'a>(name: &Ident<'_>, rest: Src<'a>) -> PResult<'a, ()> {
    if matches!(name.text, "New" | "Final" | "Empty") {
        let (after_ws, ()) = ws(rest)?;
        if ident(after_ws).is_ok() {
            let message = format!("`{}` declarations are not supported", name.text);
            return SyntaxError::new(name.span, message).fail();
        }
    }
    Ok((rest, ()))
}

/// Zero or more `{X:Type}` optional arguments.
fn generics(input: Src<'_>) -> PResult<'_, Vec<GenericDecl<'_>>> {
    let mut rest = input;
    let mut generics = Vec::new();
    loop {
        let (at, ()) = ws(rest)?;
        if at.peek() != Some('{') {
            return Ok((rest, generics));
        }
        let (after, generic) = generic_decl(at)?;
        generics.push(generic);
        rest = after;
    }
}

/// Arguments up to (not including) `=`, `;` or the end of input, collected
/// in `scratch` (left empty) and returned in a list of the exact size.
fn params<'a>(input: Src<'a>, scratch: &mut Vec<Param<'a>>) -> PResult<'a, Vec<Param<'a>>> {
    scratch.clear();
    let mut rest = input;
    loop {
        let (at, ()) = ws(rest)?;
        match at.peek() {
            None | Some('=' | ';') => {
                let mut params = Vec::with_capacity(scratch.len());
                params.append(scratch);
                return Ok((rest, params));
            }
            Some('{') => {
                let message = "optional arguments `{...}` must come before all other arguments";
                return SyntaxError::new(at.span_to(&at.advance(1)), message).fail();
            }
            Some('?') => {
                let message = "`?` must be the only argument, as in `int ? = Int;`";
                return SyntaxError::new(at.span_to(&at.advance(1)), message).fail();
            }
            _ => {}
        }
        // Matched in place rather than through `or_expected`: an argument is
        // large, and every pass through a `Result` would copy it.
        match param(at, 0) {
            Ok((after, p)) => {
                scratch.push(p);
                rest = after;
            }
            Err(nom::Err::Error(_)) => {
                return SyntaxError::expected(at, "an argument or `=`").fail();
            }
            Err(failure) => return Err(failure),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::ast::TypeExpr;
    use crate::span::Span;

    fn decl(text: &str) -> Declaration<'_> {
        let (rest, d) = declaration(Src::new(text), Section::Types, &mut Vec::new()).unwrap();
        assert!(rest.is_empty(), "left over: {rest:?}");
        d
    }

    fn failure(text: &str) -> SyntaxError {
        match declaration(Src::new(text), Section::Types, &mut Vec::new()) {
            Err(nom::Err::Failure(e)) => e,
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn builtins() {
        let d = decl("int ?= Int;");
        assert!(d.question_mark && d.params.is_empty() && d.id.is_none());
        let d = decl("int#a8509bda ? = Int;");
        assert_eq!(d.id.unwrap().value, 0xa850_9bda);
        let d = decl("vector#1cb5c415 {t:Type} # [ t ] = Vector t;");
        assert_eq!((d.generics.len(), d.params.len()), (1, 2));
        assert!(matches!(d.result, TypeExpr::Apply { angle: false, .. }));
        assert_eq!(decl("int128 long long = Int128;").params.len(), 2);
        assert_eq!(decl("true = True;").name.text, "true");
    }

    #[test]
    fn span_runs_from_name_to_semicolon() {
        let d = decl("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;");
        assert_eq!(d.span, Span::new(0, 57));
        assert_eq!(d.name.span, Span::new(0, 15));
        assert_eq!(d.id.unwrap().span, Span::new(16, 24));
    }

    #[test]
    fn errors() {
        assert_eq!(
            failure("foo a:int;").message,
            "expected `=` and a result type, found `;`"
        );
        assert_eq!(
            failure("foo a:int").message,
            "expected `=` and a result type, found end of input"
        );
        assert_eq!(
            failure("int ? x = Int;").message,
            "expected `=` after `?`, found `x`"
        );
        assert_eq!(
            failure("foo = ;").message,
            "expected a result type after `=`, found `;`"
        );
        assert_eq!(
            failure("foo = Foo").message,
            "expected `;` after the result type, found end of input"
        );
        assert_eq!(
            failure("foo a:int ) = X;").message,
            "expected an argument or `=`, found `)`"
        );
        assert_eq!(
            failure("New Foo;").message,
            "`New` declarations are not supported"
        );
        assert_eq!(failure("Final Foo;").span, Span::new(0, 5));
        let e = failure("foo a:int {X:Type} = X;");
        assert_eq!(
            e.message,
            "optional arguments `{...}` must come before all other arguments"
        );
        assert_eq!(
            failure("foo a:int ? = X;").message,
            "`?` must be the only argument, as in `int ? = Int;`"
        );
    }
}
