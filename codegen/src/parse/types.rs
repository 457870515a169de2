//! Type expressions: `int`, `#`, `%Message`, `Vector<Vector<T>>`,
//! `(vector liteServer.signature)`, `Vector t`.
//!
//! ```text
//! type-term ::= '#' | '%' ident [ '<' type-expr { ',' type-expr } '>' ]
//!             | ident [ '<' type-expr { ',' type-expr } '>' ] | '(' type-expr ')'
//! type-expr ::= type-term { type-term }        (Haskell-style application)
//! ```
//!
//! Nesting is bounded by [`MAX_DEPTH`] so hostile input cannot overflow the stack.

use nom::character::complete::char;
use nom::multi::many1_count;
use nom::Parser;

use super::ast::TypeExpr;
use super::error::{expect, found_token, no_match, or_expected, PResult, SyntaxError};
use super::ident::{ident, ident_src, is_ident_start, to_ident};
use super::input::Src;
use super::trivia::ws;

/// How deeply `(`, `<` and `[` may nest before the parser gives up.
pub const MAX_DEPTH: usize = 32;

/// Fails (committed) when `depth` exceeds [`MAX_DEPTH`].
pub fn check_depth(input: Src<'_>, depth: usize) -> PResult<'_, ()> {
    if depth > MAX_DEPTH {
        let (span, _) = found_token(input);
        return SyntaxError::new(span, format!("nesting deeper than {MAX_DEPTH} levels")).fail();
    }
    Ok((input, ()))
}

/// Can a type term start here?
pub fn starts_term(input: Src<'_>) -> bool {
    matches!(input.peek(), Some(c) if c == '#' || c == '%' || c == '(' || is_ident_start(c))
}

/// One type term; does not match (plain error) when none starts here.
pub fn type_term(input: Src<'_>, depth: usize) -> PResult<'_, TypeExpr<'_>> {
    check_depth(input, depth)?;
    match input.peek() {
        Some('#') => {
            let rest = input.advance(1);
            Ok((
                rest,
                TypeExpr::Nat {
                    span: input.span_to(&rest),
                },
            ))
        }
        Some('%') => {
            let (rest, name) = expect("a type name after `%`", ident).parse(input.advance(1))?;
            let span = input.span_to(&rest);
            applied(
                rest,
                TypeExpr::Name {
                    name,
                    percent: true,
                    span,
                },
                depth,
            )
        }
        Some('(') => parenthesized(input, depth),
        Some(c) if is_ident_start(c) => {
            let (rest, name) = ident_src(input)?;
            named_type(name, rest, depth)
        }
        _ => no_match(input),
    }
}

/// A type name (`name`, already scanned; `rest` follows it), optionally
/// followed by `<arg, ...>`.
pub fn named_type<'a>(name: Src<'a>, rest: Src<'a>, depth: usize) -> PResult<'a, TypeExpr<'a>> {
    let name = to_ident(name);
    let span = name.span;
    let head = TypeExpr::Name {
        name,
        percent: false,
        span,
    };
    applied(rest, head, depth)
}

/// A term followed by more terms: `vector X`, `Vector t`, or just `int`.
pub fn type_expr(input: Src<'_>, depth: usize) -> PResult<'_, TypeExpr<'_>> {
    let (mut rest, head) = type_term(input, depth)?;
    let mut args = Vec::new();
    loop {
        let (after_ws, ()) = ws(rest)?;
        if !starts_term(after_ws) {
            break;
        }
        let (after, arg) = type_term(after_ws, depth)?;
        args.push(arg);
        rest = after;
    }
    if args.is_empty() {
        return Ok((rest, head));
    }
    let span = input.span_to(&rest);
    Ok((
        rest,
        TypeExpr::Apply {
            head: Box::new(head),
            args,
            angle: false,
            span,
        },
    ))
}

/// `head` optionally followed by `<arg, ...>`.
fn applied<'a>(input: Src<'a>, head: TypeExpr<'a>, depth: usize) -> PResult<'a, TypeExpr<'a>> {
    let (after_ws, ()) = ws(input)?;
    if after_ws.peek() != Some('<') {
        return Ok((input, head));
    }
    let mut rest = after_ws.advance(1);
    // Almost always one argument (`Vector<T>`): allocate for exactly that.
    let mut args = Vec::with_capacity(1);
    loop {
        let (at_arg, ()) = ws(rest)?;
        let (after_arg, arg) =
            or_expected(type_expr(at_arg, depth + 1), at_arg, "a type argument")?;
        args.push(arg);
        let (at_sep, ()) = ws(after_arg)?;
        match at_sep.peek() {
            Some(',') => rest = at_sep.advance(1),
            Some('>') => {
                let end = at_sep.advance(1);
                let span = head.span().to(input.span_to(&end));
                let head = Box::new(head);
                return Ok((
                    end,
                    TypeExpr::Apply {
                        head,
                        args,
                        angle: true,
                        span,
                    },
                ));
            }
            _ => return SyntaxError::expected(at_sep, "`,` or `>` in type arguments").fail(),
        }
    }
}

/// `( type-expr )`; the result's span includes the parentheses. Rejects the
/// formal grammar's `(a b : T)` groups and `(n + 1)` multiplicity expressions.
fn parenthesized(input: Src<'_>, depth: usize) -> PResult<'_, TypeExpr<'_>> {
    let (inner, ()) = ws(input.advance(1))?;
    if let Ok((after, _)) = (many1_count((ident, ws)), char(':')).parse(inner) {
        let message = "argument groups like `(a b : T)` are not supported";
        return SyntaxError::new(input.span_to(&after), message).fail();
    }
    let (rest, expr) = expect("a type after `(`", |i| type_expr(i, depth + 1)).parse(inner)?;
    let (rest, ()) = ws(rest)?;
    match rest.peek() {
        Some(')') => {
            let end = rest.advance(1);
            Ok((end, with_span(expr, input.span_to(&end))))
        }
        Some('+') => {
            let message = "multiplicity expressions like `(n + 1)` are not supported";
            SyntaxError::new(input.span_to(&rest.advance(1)), message).fail()
        }
        _ => SyntaxError::expected(rest, "`)` to close `(`").fail(),
    }
}

/// The same expression with its outermost span replaced.
fn with_span(expr: TypeExpr<'_>, new_span: crate::span::Span) -> TypeExpr<'_> {
    match expr {
        TypeExpr::Name { name, percent, .. } => TypeExpr::Name {
            name,
            percent,
            span: new_span,
        },
        TypeExpr::Nat { .. } => TypeExpr::Nat { span: new_span },
        TypeExpr::Apply {
            head, args, angle, ..
        } => TypeExpr::Apply {
            head,
            args,
            angle,
            span: new_span,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prints a type back in a compact form that shows its structure.
    fn show(t: &TypeExpr) -> String {
        match t {
            TypeExpr::Name { name, percent, .. } => {
                format!("{}{}", if *percent { "%" } else { "" }, name.text)
            }
            TypeExpr::Nat { .. } => "#".to_string(),
            TypeExpr::Apply {
                head, args, angle, ..
            } => {
                let args: Vec<String> = args.iter().map(show).collect();
                if *angle {
                    format!("{}<{}>", show(head), args.join(","))
                } else {
                    format!("({} {})", show(head), args.join(" "))
                }
            }
        }
    }

    fn parse_expr(text: &str) -> (String, &str) {
        let (rest, t) = type_expr(Src::new(text), 0).unwrap();
        (show(&t), rest.as_str())
    }

    #[test]
    fn shapes() {
        assert_eq!(
            parse_expr("Vector<Vector<TlsBlock>>;"),
            ("Vector<Vector<TlsBlock>>".into(), ";")
        );
        assert_eq!(parse_expr("Vector t;"), ("(Vector t)".into(), ";"));
        assert_eq!(
            parse_expr("(vector adnl.id.short) x"),
            ("((vector adnl.id.short) x)".into(), "")
        );
        assert_eq!(
            parse_expr("vector<%message>"),
            ("vector<%message>".into(), "")
        );
        assert_eq!(
            parse_expr("Vector < int , /* c */ long >"),
            ("Vector<int,long>".into(), "")
        );
        assert_eq!(parse_expr("# ="), ("#".into(), " ="));
    }

    #[test]
    fn spans_cover_what_was_written() {
        let (_, t) = type_term(Src::new("(vector X) "), 0).unwrap();
        assert_eq!(t.span(), crate::span::Span::new(0, 10));
        let (_, t) = type_term(Src::new("%binlog.EncrKey "), 0).unwrap();
        assert_eq!(t.span(), crate::span::Span::new(0, 15));
    }

    fn failure(text: &str) -> SyntaxError {
        match type_expr(Src::new(text), 0) {
            Err(nom::Err::Failure(e)) => e,
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn errors() {
        assert_eq!(
            failure("Vector<int;").message,
            "expected `,` or `>` in type arguments, found `;`"
        );
        assert_eq!(
            failure("Vector<>").message,
            "expected a type argument, found `>`"
        );
        assert_eq!(
            failure("(vector X;").message,
            "expected `)` to close `(`, found `;`"
        );
        assert_eq!(
            failure("%(X)").message,
            "expected a type name after `%`, found `(`"
        );
        let group = failure("(a b : T)");
        assert_eq!(
            group.message,
            "argument groups like `(a b : T)` are not supported"
        );
        assert_eq!(group.span, crate::span::Span::new(0, 6));
        assert_eq!(
            failure("(n + 1)").message,
            "multiplicity expressions like `(n + 1)` are not supported"
        );
        let deep = "(".repeat(100) + "X";
        assert_eq!(failure(&deep).message, "nesting deeper than 32 levels");
    }
}
