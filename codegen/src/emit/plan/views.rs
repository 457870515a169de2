//! Borrowed views (`Customize::borrowed`): which definitions and boxed types get a view
//! with a lifetime, and the Rust type of each view field.
//!
//! A view exists for what the selected definitions hold, transitively (the types of their
//! parameters, and a function's answer), where that holds TL `string` or `bytes`
//! somewhere: those become `&'a str` and `&'a [u8]`, and a view is generic over `'a`.
//! Everything else keeps its owned type (`enums::InputPeer` holds no text: a view of
//! `exportChatInvite` has the owned `peer`). Generic definitions (`invokeWithLayer`) and
//! extern types get no view; `SharedStr`/`Bytes` fields (`Config::shared_strings`,
//! `Config::bytes`) stay as they are.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Category, DefId, ParamKind, Prim, QualName, Type};

use crate::emit::plan::closure::Closure;
use crate::emit::plan::customize::{Custom, Strings};
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::tl_name;
use crate::emit::plan::rust_type::wire_type;

/// The lifetime of every view.
pub const LIFETIME: &str = "'a";

/// What has a view, and where.
#[derive(Debug, Default)]
pub struct Views {
    /// Definitions with a view.
    pub defs: BTreeSet<DefId>,
    /// Boxed types whose enum has a view.
    pub types: BTreeSet<QualName>,
    /// Owned path (`types::User`) -> view type (`view::types::User<'a>`).
    paths: BTreeMap<String, String>,
}

impl Views {
    /// The views of the definitions `custom` selects, within the emitted `closure`.
    pub fn compute(index: &Index<'_>, closure: &Closure, custom: &Custom) -> Views {
        let selected = closure
            .definitions
            .iter()
            .copied()
            .filter(|&def| custom.borrowed(&tl_name(&index.def(def).name)));
        let (defs, types) = reachable(index, closure, custom, selected);
        if defs.is_empty() {
            return Views::default();
        }
        let holds = holders(index, custom, &defs);
        let defs: BTreeSet<DefId> = defs
            .into_iter()
            .filter(|def| holds.contains(def) && index.def(*def).generics.is_empty())
            .collect();
        let types: BTreeSet<QualName> = types
            .into_iter()
            .filter(|ty| index.constructors_of(ty).iter().any(|d| defs.contains(d)))
            .collect();
        let mut paths = BTreeMap::new();
        for &def in &defs {
            let path = index.item_path(def);
            paths.insert(path.clone(), format!("view::{path}<{LIFETIME}>"));
        }
        for ty in &types {
            let path = index.enum_path(ty);
            paths.insert(path.clone(), format!("view::{path}<{LIFETIME}>"));
        }
        Views { defs, types, paths }
    }

    /// Whether nothing has a view (no `borrowed` module).
    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// The view type of a field whose owned type is `owned` (as the struct declares it):
    /// `String` -> `&'a str`, `Vec<u8>` -> `&'a [u8]`, `Option<types::User>` ->
    /// `Option<view::types::User<'a>>`; `None` when it is the owned type itself.
    pub fn view_type(&self, owned: &str) -> Option<String> {
        let mut out = String::with_capacity(owned.len() + 8);
        let mut rest = owned;
        while !rest.is_empty() {
            let token_len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            if token_len == 0 {
                out.push_str(&rest[..1]);
                rest = &rest[1..];
                continue;
            }
            let token = &rest[..token_len];
            rest = &rest[token_len..];
            match token {
                // `SharedStr` and `Bytes` fields stay (they share a `Bytes` input already).
                "String" => out.push_str("&'a str"),
                "Vec" if rest.starts_with("<u8>") => {
                    out.push_str("&'a [u8]");
                    rest = &rest[4..];
                }
                _ => out.push_str(self.paths.get(token).map_or(token, String::as_str)),
            }
        }
        (out != owned).then_some(out)
    }
}

/// The definitions and boxed types `selected` reach through their parameters' types and
/// functions' answers (extern types not followed).
fn reachable(
    index: &Index<'_>,
    closure: &Closure,
    custom: &Custom,
    selected: impl Iterator<Item = DefId>,
) -> (BTreeSet<DefId>, BTreeSet<QualName>) {
    let mut defs = BTreeSet::new();
    let mut types = BTreeSet::new();
    let mut todo: Vec<DefId> = selected.collect();
    while let Some(def) = todo.pop() {
        if !closure.definitions.contains(&def) || !defs.insert(def) {
            continue;
        }
        let definition = index.def(def);
        let mut refs = Vec::new();
        for param in &definition.params {
            if let ParamKind::Field { ty, .. } = &param.kind {
                refs_of(index, custom, ty, &mut refs);
            }
        }
        if definition.category == Category::Function {
            refs_of(index, custom, &definition.ty, &mut refs);
        }
        for reference in refs {
            match reference {
                Ref::Def(def) => todo.push(def),
                Ref::Type(ty) => {
                    if closure.types.contains(&ty) && types.insert(ty.clone()) {
                        todo.extend(index.constructors_of(&ty).iter().copied());
                    }
                }
            }
        }
    }
    (defs, types)
}

/// What a type refers to.
enum Ref {
    Def(DefId),
    Type(QualName),
}

/// The definitions and boxed types `ty` names (vector elements included).
fn refs_of(index: &Index<'_>, custom: &Custom, ty: &Type, out: &mut Vec<Ref>) {
    match wire_type(ty).as_ref() {
        Type::Boxed(name) if !custom.externs.contains(name) => out.push(Ref::Type(name.clone())),
        Type::Bare(name) => out.extend(index.resolve_bare(name).map(Ref::Def)),
        Type::Vector { elem, .. } => refs_of(index, custom, elem, out),
        _ => {}
    }
}

/// The definitions of `defs` that hold a `string` or `bytes`, directly or through what
/// they refer to (a fixpoint: recursive types hold if any member does).
fn holders(index: &Index<'_>, custom: &Custom, defs: &BTreeSet<DefId>) -> BTreeSet<DefId> {
    let mut holds = BTreeSet::new();
    loop {
        let before = holds.len();
        for &def in defs {
            if holds.contains(&def) {
                continue;
            }
            let definition = index.def(def);
            let name = tl_name(&definition.name);
            let any = definition.params.iter().any(|param| match &param.kind {
                ParamKind::Field { ty, .. } => {
                    let strings = custom.strings(&name, &param.name);
                    type_holds(index, custom, ty, strings, &holds)
                }
                ParamKind::Nat { .. } => false,
            });
            if any {
                holds.insert(def);
            }
        }
        if holds.len() == before {
            return holds;
        }
    }
}

/// Whether `ty` holds a `string` or `bytes` that the owned type copies (not a `SharedStr`
/// or `Bytes` of [`Strings`]), given the definitions known to (`holds`).
fn type_holds(
    index: &Index<'_>,
    custom: &Custom,
    ty: &Type,
    strings: Strings,
    holds: &BTreeSet<DefId>,
) -> bool {
    match wire_type(ty).as_ref() {
        Type::Prim(Prim::String) => !strings.shared,
        Type::Prim(Prim::Bytes) => !strings.bytes,
        Type::Vector { elem, .. } => type_holds(index, custom, elem, strings, holds),
        Type::Boxed(name) if !custom.externs.contains(name) => index
            .constructors_of(name)
            .iter()
            .any(|def| holds.contains(def)),
        Type::Bare(name) => index
            .resolve_bare(name)
            .is_some_and(|def| holds.contains(&def)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn views(paths: &[(&str, &str)]) -> Views {
        Views {
            paths: paths
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            ..Views::default()
        }
    }

    #[test]
    fn text_and_bytes_borrow_and_paths_with_views_change() {
        let views = views(&[("types::User", "view::types::User<'a>")]);
        let view = |owned: &str| views.view_type(owned);
        assert_eq!(view("String").as_deref(), Some("&'a str"));
        assert_eq!(view("Option<Vec<u8>>").as_deref(), Some("Option<&'a [u8]>"));
        assert_eq!(view("Vec<Vec<u8>>").as_deref(), Some("Vec<&'a [u8]>"));
        assert_eq!(
            view("Vec<types::User>").as_deref(),
            Some("Vec<view::types::User<'a>>")
        );
        assert_eq!(
            view("Option<Box<types::User>>").as_deref(),
            Some("Option<Box<view::types::User<'a>>>")
        );
        assert_eq!(view("Vec<types::UserFull>"), None);
        assert_eq!(view("enums::InputPeer"), None);
        assert_eq!(view("[u8; 16]"), None);
        assert_eq!(view("Vec<i64>"), None);
    }
}
