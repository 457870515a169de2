//! Canonical TL text of model items.
//!
//! One printer, two styles. [`Style::Display`] is schema text, what `Display`
//! and [`Definition::tl_line`] give and what generated docs quote:
//!
//! ```text
//! invokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;
//! ```
//!
//! [`Style::Hash`] is the constructor-id input of `tl-spec.md` section 4 (no
//! `#id`, no braces, no parentheses, applications space-separated, `%` dropped
//! before a lower-case name, `!` kept) with the Telegram dialect's two switches:
//!
//! ```text
//! invokeAfterMsg X:Type msg_id:long query:!X = X
//! ```

use std::fmt;

use super::builtins::prim_name;
use super::types::{Builtin, Definition, Dialect, IdSource, Param, ParamKind, Prim, Type};

/// Which canonical form to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Schema text.
    Display,
    /// Constructor-id input under a dialect.
    Hash(Dialect),
}

/// `type` in the given style: `Vector<long>` / `Vector long`.
pub(crate) fn type_text(ty: &Type, style: Style) -> String {
    match ty {
        Type::Prim(prim) => prim_name(*prim).to_owned(),
        Type::Nat => "#".to_owned(),
        Type::Boxed(name) | Type::Builtin(name) => name.to_string(),
        Type::Bare(name) if name.is_boxed() => format!("%{name}"),
        Type::Bare(name) => name.to_string(),
        Type::Generic(name) => name.clone(),
        Type::Vector { boxed, elem } => {
            let head = if *boxed { "Vector" } else { "vector" };
            application(head, std::slice::from_ref(elem.as_ref()), style)
        }
        Type::Apply { head, boxed, args } => {
            let percent = if !boxed && head.is_boxed() { "%" } else { "" };
            application(&format!("{percent}{head}"), args, style)
        }
        Type::Array { len, elem } => format!("{len}*[ {} ]", type_text(elem, style)),
    }
}

/// `Head<A,B>` (display) or `Head A B` (hash).
fn application(head: &str, args: &[Type], style: Style) -> String {
    let args = args.iter().map(|arg| type_text(arg, style));
    match style {
        Style::Display => format!("{head}<{}>", args.collect::<Vec<_>>().join(",")),
        Style::Hash(_) => std::iter::once(head.to_owned())
            .chain(args)
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A parameter in the given style; `None` when the Telegram hash leaves it out
/// (`name:flags.N?true`).
pub(crate) fn param_text(param: &Param, style: Style) -> Option<String> {
    let telegram = style == Style::Hash(Dialect::Telegram);
    match &param.kind {
        ParamKind::Nat { .. } => Some(format!("{}:#", param.name)),
        ParamKind::Field { ty, flag, excl } => {
            if telegram && flag.is_some() && *ty == Type::Prim(Prim::True) {
                return None;
            }
            let condition = flag.as_ref().map(|f| format!("{}.{}?", f.field, f.bit));
            let excl = if *excl { "!" } else { "" };
            let ty = if telegram && *ty == Type::Prim(Prim::Bytes) {
                "string".to_owned()
            } else {
                type_text(ty, style)
            };
            Some(format!(
                "{}:{}{excl}{ty}",
                param.name,
                condition.unwrap_or_default()
            ))
        }
    }
}

/// Everything after the name (and id), without `;`: `{X:Type} query:!X = X`.
pub(crate) fn signature(def: &Definition, style: Style) -> String {
    let mut words: Vec<String> = def
        .generics
        .iter()
        .map(|g| match style {
            Style::Display => format!("{{{g}:Type}}"),
            Style::Hash(_) => format!("{g}:Type"),
        })
        .collect();
    words.extend(def.params.iter().filter_map(|p| param_text(p, style)));
    words.push("=".to_owned());
    words.push(type_text(&def.ty, style));
    words.join(" ")
}

/// The schema line of `def`; `#id` only when `with_id`.
pub(crate) fn definition_line(def: &Definition, with_id: bool) -> String {
    let id = if with_id {
        format!("#{:08x}", def.id)
    } else {
        String::new()
    };
    format!("{}{id} {};", def.name, signature(def, Style::Display))
}

impl Definition {
    /// The canonical schema line, `#id` as 8 lower-case hex digits and `;` included:
    /// what generated docs quote. Same text as `Display`.
    pub fn tl_line(&self) -> String {
        definition_line(self, true)
    }
}

impl fmt::Display for Definition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tl_line())
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&type_text(self, Style::Display))
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = param_text(self, Style::Display).unwrap_or_default();
        f.write_str(&text)
    }
}

impl fmt::Display for Builtin {
    /// `int ? = Int;`, `boolTrue#997275b5 = Bool;` (the id only when written).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if self.id_source == IdSource::Explicit {
            write!(f, "#{:08x}", self.id)?;
        }
        write!(f, " {};", self.body)
    }
}
