//! Whole-schema checks that need every definition: duplicate names and ids
//! (warnings; see [`super::duplicates`]).

use crate::diag::Diagnostic;

use super::duplicates::{duplicate_ids, duplicate_names};
use super::types::{Category, Definition, Origin};

/// Warnings for every definition whose name (within its category) or id was
/// already taken, with the later definition's origin; `locate` prints the first
/// one's place for the message (`first declared at api.tl:12:1`).
pub(crate) fn duplicate_warnings(
    defs: &[Definition],
    locate: &dyn Fn(Origin) -> String,
) -> Vec<(Origin, Diagnostic)> {
    let mut out = Vec::new();
    for group in duplicate_names(defs) {
        let first = &defs[group[0]];
        let what = match first.category {
            Category::Constructor => "constructor",
            Category::Function => "function",
        };
        for &later in &group[1..] {
            let def = &defs[later];
            let message = format!(
                "duplicate {what} `{}` (first declared at {})",
                def.name,
                locate(first.origin)
            );
            out.push((def.origin, Diagnostic::warning(name_span(def), message)));
        }
    }
    for group in duplicate_ids(defs) {
        let first = &defs[group[0]];
        for &later in &group[1..] {
            let def = &defs[later];
            let message = format!(
                "id {:#010x} of `{}` is also the id of `{}` ({})",
                def.id,
                def.name,
                first.name,
                locate(first.origin)
            );
            out.push((def.origin, Diagnostic::warning(name_span(def), message)));
        }
    }
    out
}

/// The span of a definition's name (its origin starts at the name).
fn name_span(def: &Definition) -> crate::span::Span {
    let len = def.name.to_string().len();
    crate::span::Span::new(def.origin.span.start, def.origin.span.start + len)
}
