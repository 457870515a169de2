//! Canonical text of syntax-tree fragments, for the lines that are not lowered
//! into [`Definition`](super::Definition)s: built-ins (`vector {t:Type} # [ t ] = Vector t`).
//!
//! Two modes, like the model printer: [`Mode::Display`] keeps braces and
//! parentheses; [`Mode::Hash`] is the constructor-id form (no braces, no
//! parentheses, applications space-separated, `%` dropped before a lower-case name).

use crate::parse::ast::{Declaration, GenericDecl, Multiplicity, Param, TypeExpr};

use super::names::{last_segment, starts_upper};

/// Which canonical form to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Schema text: `{t:Type}`, `(vector X)`, `Vector<long>`.
    Display,
    /// Constructor-id input: `t:Type`, `vector X`, `Vector long`.
    Hash,
}

/// Everything right of the name and id, without `;`: `{t:Type} # [ t ] = Vector t`.
pub(crate) fn body(decl: &Declaration, mode: Mode) -> String {
    let mut parts: Vec<String> = decl.generics.iter().map(|g| generic(g, mode)).collect();
    if decl.question_mark {
        parts.push("?".to_owned());
    }
    parts.extend(decl.params.iter().map(|p| param(p, mode)));
    parts.push("=".to_owned());
    parts.push(type_expr(&decl.result, mode, true));
    parts.join(" ")
}

fn generic(g: &GenericDecl, mode: Mode) -> String {
    let excl = if g.excl { "!" } else { "" };
    let inner = format!("{}:{excl}{}", g.name.text, type_expr(&g.ty, mode, false));
    match mode {
        Mode::Display => format!("{{{inner}}}"),
        Mode::Hash => inner,
    }
}

fn param(p: &Param, mode: Mode) -> String {
    match p {
        Param::Field(f) => {
            let condition = f.condition.as_ref().map(|c| match &c.bit {
                Some(bit) => format!("{}.{}?", c.field.text, bit.value),
                None => format!("{}?", c.field.text),
            });
            let excl = if f.excl { "!" } else { "" };
            let ty = type_expr(&f.ty, mode, false);
            format!(
                "{}:{}{excl}{ty}",
                f.name.text,
                condition.unwrap_or_default()
            )
        }
        Param::Repeat(r) => {
            let name = r.name.as_ref().map(|n| format!("{}:", n.text));
            let count = r.multiplicity.as_ref().map(|m| match &m.value {
                Multiplicity::Const(n) => format!("{n}*"),
                Multiplicity::Var(v) => format!("{v}*"),
            });
            let inner: Vec<String> = r.inner.iter().map(|p| param(p, mode)).collect();
            format!(
                "{}{}[ {} ]",
                name.unwrap_or_default(),
                count.unwrap_or_default(),
                inner.join(" ")
            )
        }
        Param::Anonymous(a) => {
            let excl = if a.excl { "!" } else { "" };
            format!("{excl}{}", type_expr(&a.ty, mode, false))
        }
    }
}

/// A type expression; `top` is true for a whole result type (no parentheses needed).
fn type_expr(t: &TypeExpr, mode: Mode, top: bool) -> String {
    match t {
        TypeExpr::Name { name, percent, .. } => {
            let keep = *percent && (mode == Mode::Display || starts_upper(last_segment(name.text)));
            format!("{}{}", if keep { "%" } else { "" }, name.text)
        }
        TypeExpr::Nat { .. } => "#".to_owned(),
        TypeExpr::Apply {
            head, args, angle, ..
        } => {
            let head = type_expr(head, mode, false);
            if mode == Mode::Display && *angle {
                let args: Vec<String> = args.iter().map(|a| type_expr(a, mode, true)).collect();
                return format!("{head}<{}>", args.join(","));
            }
            let mut words = vec![head];
            words.extend(args.iter().map(|a| type_expr(a, mode, false)));
            let text = words.join(" ");
            if top || mode == Mode::Hash {
                text
            } else {
                format!("({text})")
            }
        }
    }
}
