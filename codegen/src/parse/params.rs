//! Arguments of a declaration: fields (`peer:InputPeer`, `ttl:flags.0?int`,
//! `query:!X`), optional arguments (`{X:Type}`), repetitions (`# [ t ]`,
//! `4*[ int ]`, `key:64*[int]`) and anonymous type terms (`long long`).
//!
//! ```text
//! generic   ::= '{' ident ':' [ '!' ] type-expr '}'
//! param     ::= ident ':' [ condition ] [ '!' ] type-term
//!             | [ ident ':' ] [ multiplicity '*' ] '[' { param } ']'
//!             | [ '!' ] type-term
//! condition ::= ident [ '.' number ] '?'
//! ```

use nom::character::complete::char;
use nom::combinator::opt;
use nom::Parser;

use super::ast::{
    AnonymousParam, Condition, FieldParam, GenericDecl, Ident, Multiplicity, Param, RepeatParam,
    Spanned,
};
use super::error::{expect, no_match, or_expected, PResult, SyntaxError};
use super::ident::{ident, ident_src, is_ident_start, number, to_ident};
use super::input::Src;
use super::trivia::ws;
use super::types::{check_depth, named_type, type_expr, type_term};

/// `{X:Type}`, `{n:#}`, `{X:!Type}`; does not match unless the input starts with `{`.
pub fn generic_decl(input: Src<'_>) -> PResult<'_, GenericDecl<'_>> {
    let (rest, _) = char('{').parse(input)?;
    let (rest, ()) = ws(rest)?;
    let (rest, name) = expect("a name after `{`", ident).parse(rest)?;
    let (rest, ()) = ws(rest)?;
    if let Ok((after, _)) = ident(rest) {
        let message = "several names in one optional argument `{a b:T}` are not supported";
        return SyntaxError::new(input.span_to(&after), message).fail();
    }
    let (rest, _) = expect("`:` after the optional argument name", char(':')).parse(rest)?;
    let (rest, ()) = ws(rest)?;
    let (rest, excl) = opt(char('!')).parse(rest)?;
    let (rest, ()) = ws(rest)?;
    let (rest, ty) = expect("a type after `:`", |i| type_expr(i, 1)).parse(rest)?;
    let (rest, ()) = ws(rest)?;
    let (rest, _) = expect("`}` to close `{`", char('}')).parse(rest)?;
    let span = input.span_to(&rest);
    Ok((
        rest,
        GenericDecl {
            name,
            ty,
            excl: excl.is_some(),
            span,
        },
    ))
}

/// One argument; does not match (plain error) when no argument starts here.
pub fn param(input: Src<'_>, depth: usize) -> PResult<'_, Param<'_>> {
    check_depth(input, depth)?;
    match input.peek() {
        Some('[') => repeat(input, input, None, None, depth),
        Some(c) if c.is_ascii_digit() => counted_repeat(input, input, None, depth),
        Some(c) if is_ident_start(c) => named(input, depth),
        Some('!' | '%' | '#' | '(') => anonymous(input, depth),
        _ => no_match(input),
    }
}

/// An argument starting with an identifier: a field, `n*[ ... ]`, or an
/// anonymous type term such as `string` in `bytes string = Bytes`.
fn named(input: Src<'_>, depth: usize) -> PResult<'_, Param<'_>> {
    let (after_name, name) = ident_src(input)?;
    let (rest, ()) = ws(after_name)?;
    match rest.peek() {
        Some(':') => field(input, to_ident(name), rest.advance(1), depth),
        Some('*') => {
            let name = to_ident(name);
            let count = Spanned {
                value: Multiplicity::Var(name.text),
                span: name.span,
            };
            let (rest, ()) = ws(rest.advance(1))?;
            repeat(input, rest, None, Some(count), depth)
        }
        _ => anonymous(input, depth),
    }
}

/// The part after `name:`.
fn field<'a>(
    start: Src<'a>,
    name: Ident<'a>,
    input: Src<'a>,
    depth: usize,
) -> PResult<'a, Param<'a>> {
    if has_dot(name.text) {
        let message = format!("parameter name `{}` must not contain `.`", name.text);
        return SyntaxError::new(name.span, message).fail();
    }
    let (rest, ()) = ws(input)?;
    match rest.peek() {
        Some('[') => return repeat(start, rest, Some(name), None, depth),
        Some(c) if c.is_ascii_digit() => return counted_repeat(start, rest, Some(name), depth),
        _ => {}
    }
    // One scan of the word after `:` tells a condition (`flags.3?`) from a
    // repetition count (`n*[...]`) and a type name (`InputPeer`).
    let (rest, condition) = match ident_src(rest) {
        Ok((after, word)) if matches!(after.peek(), Some('.' | '?')) => {
            let (after, condition) = condition(rest, word, after)?;
            (after, Some(condition))
        }
        Ok((after, word)) => return count_or_type(start, name, rest, (word, after), depth),
        Err(_) => (rest, None),
    };
    let (rest, excl) = match rest.peek() {
        Some('!') => (rest.advance(1), true),
        _ => (rest, false),
    };
    let (rest, ()) = ws(rest)?;
    let what = if condition.is_some() {
        "a type after `?`"
    } else {
        "a type after `:`"
    };
    let (rest, ty) = or_expected(type_term(rest, depth + 1), rest, what)?;
    let span = start.span_to(&rest);
    Ok((
        rest,
        Param::Field(FieldParam {
            name,
            condition,
            excl,
            ty,
            span,
        }),
    ))
}

/// `name:word` where `word` (already scanned, `after` follows it) is not a
/// condition: a repetition count `n*[ ... ]`, or the name of the type.
fn count_or_type<'a>(
    start: Src<'a>,
    name: Ident<'a>,
    at: Src<'a>,
    (word, after): (Src<'a>, Src<'a>),
    depth: usize,
) -> PResult<'a, Param<'a>> {
    if let Ok((at_star, ())) = ws(after) {
        if at_star.peek() == Some('*') {
            let count = to_ident(word);
            let count = Spanned {
                value: Multiplicity::Var(count.text),
                span: count.span,
            };
            let (after, ()) = ws(at_star.advance(1))?;
            return repeat(start, after, Some(name), Some(count), depth);
        }
    }
    check_depth(at, depth + 1)?;
    let (rest, ty) = named_type(word, after, depth + 1)?;
    let span = start.span_to(&rest);
    Ok((
        rest,
        Param::Field(FieldParam {
            name,
            condition: None,
            excl: false,
            ty,
            span,
        }),
    ))
}

/// `flags.3?` or `flags?` once `field` (the name) is scanned and `rest`, right
/// after it, starts with `.` or `?` (no whitespace inside).
fn condition<'a>(input: Src<'a>, field: Src<'a>, rest: Src<'a>) -> PResult<'a, Condition<'a>> {
    let field = to_ident(field);
    if rest.peek() == Some('?') && has_dot(field.text) {
        let message = format!(
            "the field of a condition must be a plain name, found `{}`",
            field.text
        );
        return SyntaxError::new(field.span, message).fail();
    }
    let (rest, bit) = match rest.peek() {
        Some('.') => {
            let at = rest.advance(1);
            let (rest, bit) = or_expected(number(at), at, "a bit number after `.`")?;
            (rest, Some(bit))
        }
        _ => (rest, None),
    };
    let (rest, _) = match bit {
        Some(_) => expect("`?` after the bit number", char('?')).parse(rest)?,
        None => char('?').parse(rest)?,
    };
    let span = input.span_to(&rest);
    Ok((rest, Condition { field, bit, span }))
}

/// Does an identifier contain a `.`? (A plain loop: identifiers are short.)
fn has_dot(text: &str) -> bool {
    text.bytes().any(|b| b == b'.')
}

/// `4*[ ... ]` (a constant count; `input` is at the digits).
fn counted_repeat<'a>(
    start: Src<'a>,
    input: Src<'a>,
    name: Option<Ident<'a>>,
    depth: usize,
) -> PResult<'a, Param<'a>> {
    let (rest, count) = number(input)?;
    let (rest, ()) = ws(rest)?;
    let (rest, _) = expect("`*` after the repetition count", char('*')).parse(rest)?;
    let (rest, ()) = ws(rest)?;
    let count = Spanned {
        value: Multiplicity::Const(count.value),
        span: count.span,
    };
    repeat(start, rest, name, Some(count), depth)
}

/// `[ param ... ]` (`input` is at the `[`); the span starts at `start`.
fn repeat<'a>(
    start: Src<'a>,
    input: Src<'a>,
    name: Option<Ident<'a>>,
    multiplicity: Option<Spanned<Multiplicity<'a>>>,
    depth: usize,
) -> PResult<'a, Param<'a>> {
    let (mut rest, _) = expect("`[` to start the repeated arguments", char('[')).parse(input)?;
    let mut inner = Vec::new();
    loop {
        let (at, ()) = ws(rest)?;
        match at.peek() {
            Some(']') => {
                let end = at.advance(1);
                let span = start.span_to(&end);
                return Ok((
                    end,
                    Param::Repeat(RepeatParam {
                        name,
                        multiplicity,
                        inner,
                        span,
                    }),
                ));
            }
            None | Some(';' | '=') => return SyntaxError::expected(at, "`]` to close `[`").fail(),
            _ => {}
        }
        let (after, p) = expect("an argument or `]`", |i| param(i, depth + 1)).parse(at)?;
        inner.push(p);
        rest = after;
    }
}

/// `[ '!' ] type-term` without a name.
fn anonymous(input: Src<'_>, depth: usize) -> PResult<'_, Param<'_>> {
    let (rest, excl) = opt(char('!')).parse(input)?;
    let (rest, ()) = ws(rest)?;
    let (rest, ty) = match excl {
        Some(_) => expect("a type after `!`", |i| type_term(i, depth + 1)).parse(rest)?,
        None => type_term(rest, depth + 1)?,
    };
    let span = input.span_to(&rest);
    Ok((
        rest,
        Param::Anonymous(AnonymousParam {
            excl: excl.is_some(),
            ty,
            span,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::ast::TypeExpr;
    use crate::span::Span;

    fn one(text: &str) -> Param<'_> {
        let (rest, p) = param(Src::new(text), 0).unwrap();
        assert!(
            rest.as_str().trim().is_empty() || rest.as_str().starts_with(' '),
            "{rest:?}"
        );
        p
    }

    fn failure(text: &str) -> SyntaxError {
        match param(Src::new(text), 0) {
            Err(nom::Err::Failure(e)) => e,
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn conditional_field() {
        let Param::Field(f) = one("files:flags.3?(vector X)") else {
            panic!()
        };
        assert_eq!(f.name.text, "files");
        let c = f.condition.unwrap();
        assert_eq!(
            (c.field.text, c.bit.unwrap().value, c.span),
            ("flags", 3, Span::new(6, 14))
        );
        assert!(matches!(f.ty, TypeExpr::Apply { angle: false, .. }));
        assert_eq!(f.span, Span::new(0, 24));
    }

    #[test]
    fn repetitions() {
        let Param::Repeat(r) = one("key:64*[int]") else {
            panic!()
        };
        assert_eq!(r.name.unwrap().text, "key");
        assert_eq!(r.multiplicity.unwrap().value, Multiplicity::Const(64));
        assert_eq!((r.inner.len(), r.span), (1, Span::new(0, 12)));
        let Param::Repeat(r) = one("n * [ a:int b:long ]") else {
            panic!()
        };
        assert_eq!(r.multiplicity.unwrap().value, Multiplicity::Var("n"));
        assert_eq!(r.inner.len(), 2);
        let Param::Repeat(r) = one("[ t ]") else {
            panic!()
        };
        assert!(r.name.is_none() && r.multiplicity.is_none());
    }

    #[test]
    fn anonymous_and_bang() {
        assert!(matches!(
            one("long"),
            Param::Anonymous(AnonymousParam { excl: false, .. })
        ));
        assert!(matches!(
            one("#"),
            Param::Anonymous(AnonymousParam {
                ty: TypeExpr::Nat { .. },
                ..
            })
        ));
        let Param::Field(f) = one("query:!X") else {
            panic!()
        };
        assert!(f.excl);
    }

    #[test]
    fn generics() {
        let (_, g) = generic_decl(Src::new("{X:Type}")).unwrap();
        assert_eq!((g.name.text, g.excl, g.span), ("X", false, Span::new(0, 8)));
        let (_, g) = generic_decl(Src::new("{ n : # }")).unwrap();
        assert!(matches!(g.ty, TypeExpr::Nat { .. }));
        let Err(nom::Err::Failure(e)) = generic_decl(Src::new("{a b:Type}")) else {
            panic!()
        };
        assert_eq!(
            e.message,
            "several names in one optional argument `{a b:T}` are not supported"
        );
        let Err(nom::Err::Failure(e)) = generic_decl(Src::new("{X Type}")) else {
            panic!()
        };
        assert!(e.message.starts_with("several names"));
        let Err(nom::Err::Failure(e)) = generic_decl(Src::new("{X:Type")) else {
            panic!()
        };
        assert_eq!(e.message, "expected `}` to close `{`, found end of input");
    }

    #[test]
    fn errors() {
        assert_eq!(
            failure("a:)").message,
            "expected a type after `:`, found `)`"
        );
        assert_eq!(
            failure("a:flags.1?;").message,
            "expected a type after `?`, found `;`"
        );
        let e = failure("a:flags.x?int").message;
        assert_eq!(
            e,
            "the field of a condition must be a plain name, found `flags.x`"
        );
        assert_eq!(
            failure("a:flags.?int").message,
            "expected a bit number after `.`, found `?`"
        );
        assert_eq!(
            failure("a:flags.1 int").message,
            "expected `?` after the bit number, found whitespace"
        );
        assert_eq!(
            failure("a.b:int").message,
            "parameter name `a.b` must not contain `.`"
        );
        assert_eq!(
            failure("4 [int]").message,
            "expected `*` after the repetition count, found `[`"
        );
        assert_eq!(
            failure("4*int").message,
            "expected `[` to start the repeated arguments, found `int`"
        );
        assert_eq!(
            failure("[ int ;").message,
            "expected `]` to close `[`, found `;`"
        );
        assert_eq!(
            failure("[ ) ]").message,
            "expected an argument or `]`, found `)`"
        );
        assert_eq!(
            failure("!;").message,
            "expected a type after `!`, found `;`"
        );
    }
}
