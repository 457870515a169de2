//! Name resolution: which type a name in a parameter or result refers to.
//!
//! A [`Scope`] holds every name the files read together declare: boxed types
//! (the results of ordinary constructors), bare constructors, and the types of
//! built-in lines. A [`Resolver`] maps a syntax-tree type expression to a
//! [`Type`] within one declaration, or explains why it cannot (unknown type,
//! undeclared generic). With `allow_external` (schema fragments that use types
//! of other files) an unknown name is resolved by its case and only warned about.

use std::collections::HashSet;

use crate::diag::Diagnostic;
use crate::parse::ast::{Ident, TypeExpr};

use super::builtins::{implicit, prim};
use super::names::starts_upper;
use super::types::{Builtin, Dialect, QualName, Type};

/// Every type name visible to the definitions of one load.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// Boxed types built by ordinary constructors: `InputPeer`, `messages.ChatFull`.
    boxed: HashSet<String>,
    /// Ordinary constructors, usable as bare types: `future_salt`.
    bare: HashSet<String>,
    /// Names declared by built-in lines (both sides: `int32`, `Int32`) or implied by the dialect.
    builtin: HashSet<String>,
    /// Unknown names are warnings, resolved by their case (see [`super::LoadOptions`]).
    allow_external: bool,
}

impl Scope {
    /// An empty scope with the dialect's implicit types.
    pub(crate) fn new(dialect: Dialect, allow_external: bool) -> Self {
        let mut scope = Scope {
            allow_external,
            ..Scope::default()
        };
        scope
            .builtin
            .extend(implicit(dialect).iter().map(|s| (*s).to_owned()));
        scope
    }

    /// Declares an ordinary constructor `name` building `result`.
    pub(crate) fn add_constructor(&mut self, name: &str, result: &TypeExpr) {
        self.bare.insert(name.to_owned());
        if let Some(head) = head_name(result) {
            self.boxed.insert(head.text.to_owned());
        }
    }

    /// Declares the names of a built-in line.
    pub(crate) fn add_builtin(&mut self, builtin: &Builtin) {
        self.builtin.insert(builtin.name.to_string());
        self.builtin.insert(builtin.ty.to_string());
    }

    /// True when `text` names a declared boxed type, bare constructor or built-in.
    pub(crate) fn knows(&self, text: &str) -> bool {
        self.boxed.contains(text) || self.bare.contains(text) || self.builtin.contains(text)
    }
}

/// Resolves the type expressions of one declaration; collects warnings.
pub(crate) struct Resolver<'a> {
    pub scope: &'a Scope,
    /// The declaration's `{X:Type}` variables.
    pub generics: &'a [String],
    /// Warnings (external names), in the order met.
    pub warnings: Vec<Diagnostic>,
}

impl Resolver<'_> {
    /// Resolves `expr`; `excl` is true after `!` (where only a type variable makes sense).
    pub(crate) fn resolve(&mut self, expr: &TypeExpr, excl: bool) -> Result<Type, Diagnostic> {
        match expr {
            TypeExpr::Nat { .. } => Ok(Type::Nat),
            TypeExpr::Name { name, percent, .. } => self.resolve_name(name, *percent, excl),
            TypeExpr::Apply {
                head, args, span, ..
            } => {
                let TypeExpr::Name { name, percent, .. } = head.as_ref() else {
                    return Err(Diagnostic::error(
                        head.span(),
                        "expected a type name before type arguments",
                    ));
                };
                let args = args
                    .iter()
                    .map(|arg| self.resolve(arg, false))
                    .collect::<Result<Vec<_>, _>>()?;
                self.apply(name, *percent, args, *span)
            }
        }
    }

    fn apply(
        &mut self,
        name: &Ident,
        percent: bool,
        mut args: Vec<Type>,
        span: crate::span::Span,
    ) -> Result<Type, Diagnostic> {
        if name.text == "Vector" || name.text == "vector" {
            if args.len() != 1 {
                let message = format!(
                    "`{}` takes one type argument, found {}",
                    name.text,
                    args.len()
                );
                return Err(Diagnostic::error(span, message));
            }
            let elem = Box::new(args.remove(0));
            return Ok(Type::Vector {
                boxed: name.text == "Vector" && !percent,
                elem,
            });
        }
        let (head, boxed) = match self.resolve_name(name, percent, false)? {
            Type::Boxed(head) => (head, true),
            Type::Bare(head) => (head, false),
            Type::Builtin(head) => {
                let boxed = head.is_boxed() && !percent;
                (head, boxed)
            }
            _ => {
                let message = format!("`{}` does not take type arguments", name.text);
                return Err(Diagnostic::error(name.span, message));
            }
        };
        Ok(Type::Apply { head, boxed, args })
    }

    fn resolve_name(
        &mut self,
        name: &Ident,
        percent: bool,
        excl: bool,
    ) -> Result<Type, Diagnostic> {
        let text = name.text;
        if self.generics.iter().any(|g| g == text) {
            return Ok(Type::Generic(text.to_owned()));
        }
        if let Some(prim) = prim(text) {
            return Ok(Type::Prim(prim));
        }
        if text == "Vector" || text == "vector" {
            let message = format!("`{text}` needs a type argument (`{text}<T>`)");
            return Err(Diagnostic::error(name.span, message));
        }
        let qual = QualName::parse(text);
        if qual.is_boxed() && self.scope.boxed.contains(text) {
            return Ok(if percent {
                Type::Bare(qual)
            } else {
                Type::Boxed(qual)
            });
        }
        if !qual.is_boxed() && self.scope.bare.contains(text) {
            return Ok(Type::Bare(qual));
        }
        if self.scope.builtin.contains(text) {
            return Ok(Type::Builtin(qual));
        }
        let generic_like = excl || is_single_letter(text);
        if self.scope.allow_external && !generic_like {
            let message = format!("unknown type `{text}` (treated as declared elsewhere)");
            self.warnings.push(Diagnostic::warning(name.span, message));
            return Ok(if qual.is_boxed() && !percent {
                Type::Boxed(qual)
            } else {
                Type::Bare(qual)
            });
        }
        Err(unknown(name, generic_like))
    }
}

/// The name at the head of a result type (`Vector` in `Vector t`).
pub(crate) fn head_name<'e, 'src>(expr: &'e TypeExpr<'src>) -> Option<&'e Ident<'src>> {
    match expr {
        TypeExpr::Name { name, .. } => Some(name),
        TypeExpr::Nat { .. } => None,
        TypeExpr::Apply { head, .. } => head_name(head),
    }
}

/// A lone upper-case letter (`X`, `T`): only ever a type variable.
pub(crate) fn is_single_letter(text: &str) -> bool {
    text.len() == 1 && starts_upper(text)
}

/// "unknown type", or "undeclared generic" when the name can only be a type
/// variable (after `!`, or a single upper-case letter).
fn unknown(name: &Ident, generic_like: bool) -> Diagnostic {
    let text = name.text;
    let message = if generic_like {
        format!("undeclared generic `{text}` (declare it with `{{{text}:Type}}`)")
    } else {
        format!("unknown type `{text}`")
    };
    Diagnostic::error(name.span, message)
}
