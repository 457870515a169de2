//! Which structs derive `Default`: those whose every field has a default, which for a
//! field of another struct's type depends on that struct, so it is a fixpoint.
//!
//! A field has a default when it is optional (`Option`, including TDLib's nullable
//! objects, see [`crate::emit::plan::nullable`]), a flag (`bool`), a kept flag word, or
//! required with a type that has one: a number, `Bool`, `string`, `bytes`, `int128`,
//! `int256` (not `int512`: `[u8; 64]` has no `Default`), a vector, `true` (`()`), or a
//! bare constructor whose struct derives `Default` (boxed if recursive). A boxed type's
//! enum has none (no constructor is a sensible default, and none is invented), nor has a
//! type variable (`query:!X`) or an extern type.
//!
//! Starting from no struct, each round adds the structs whose fields all have defaults
//! given the structs added so far, until a round adds none: the largest set that needs
//! no enum's default, found in as many rounds as bare fields nest.

use crate::model::{ParamKind, Prim, Type};

use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::index::Index;
use crate::emit::plan::nullable::Nullable;
use crate::emit::plan::rust_type::wire_type;

/// Sets [`DefPlan::derive_default`] of every planned definition (indexed by
/// [`crate::model::DefId::position`]).
pub fn compute(index: &Index<'_>, defs: &mut [Option<DefPlan<'_>>]) {
    let mut default = vec![false; defs.len()];
    loop {
        let mut added = false;
        for (pos, plan) in defs.iter().enumerate() {
            let Some(plan) = plan else { continue };
            if !default[pos] && has_default(index, plan, &default) {
                default[pos] = true;
                added = true;
            }
        }
        if !added {
            break;
        }
    }
    for (plan, default) in defs.iter_mut().zip(default) {
        if let Some(plan) = plan {
            plan.derive_default = default;
        }
    }
}

/// Whether every field of `plan` has a default, given the structs known to (`default`).
fn has_default(index: &Index<'_>, plan: &DefPlan<'_>, default: &[bool]) -> bool {
    plan.generics.is_empty()
        && plan
            .fields
            .iter()
            .filter(|f| f.is_user_field())
            .all(|f| field_has_default(index, plan, f, default))
}

fn field_has_default(
    index: &Index<'_>,
    plan: &DefPlan<'_>,
    field: &Field<'_>,
    default: &[bool],
) -> bool {
    if field.role != Role::Required || field.nullable != Nullable::No {
        return true;
    }
    match &plan.def.params[field.param].kind {
        ParamKind::Nat { .. } => true,
        ParamKind::Field { ty, .. } => type_has_default(index, ty, default),
    }
}

/// Whether the Rust type of a required `ty` has a default.
fn type_has_default(index: &Index<'_>, ty: &Type, default: &[bool]) -> bool {
    match wire_type(ty).as_ref() {
        Type::Prim(Prim::Int512) => false,
        Type::Prim(_) | Type::Nat | Type::Vector { .. } => true,
        Type::Bare(name) => index
            .resolve_bare(name)
            .is_some_and(|def| default[def.position()]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::emit::plan::context::Context;
    use crate::emit::testing::{bare, boxed, constructor, field, int, schema, vector};
    use crate::emit::EmitOptions;
    use crate::model::{Definition, Schema};

    /// The names of the structs of `schema` that derive `Default`.
    fn defaults(schema: &Schema) -> Vec<String> {
        let options = EmitOptions::default();
        let ctx = Context::new(schema, &options).unwrap();
        let mut names: Vec<String> = ctx
            .closure
            .definitions
            .iter()
            .filter(|&&d| ctx.plan(d).derive_default)
            .map(|&d| ctx.plan(d).tl.clone())
            .collect();
        names.sort();
        names
    }

    fn definitions() -> Vec<Definition> {
        vec![
            constructor("point", vec![field("x", int())], "Point"),
            // Bare fields of a defaultable struct, two levels deep.
            constructor("segment", vec![field("a", bare("point"))], "Segment"),
            constructor("path", vec![field("s", bare("segment"))], "Path"),
            // A boxed type's enum has no default, nor has what holds one bare.
            constructor("shape", vec![field("p", boxed("Point"))], "Shape"),
            constructor("frame", vec![field("s", bare("shape"))], "Frame"),
            // Vectors default to empty, whatever they hold.
            constructor("list", vec![field("v", vector(boxed("Shape")))], "List"),
        ]
    }

    #[test]
    fn the_fixpoint_follows_bare_fields_and_stops_at_enums() {
        let names = defaults(&schema(definitions()));
        assert_eq!(names, ["list", "path", "point", "segment"]);
    }

    #[test]
    fn a_nullable_object_defaults_to_none() {
        let mut defs = definitions();
        let docs = &mut defs[3].docs.params;
        docs.insert("p".to_owned(), "The point; may be null".to_owned());
        let names = defaults(&schema(defs));
        assert_eq!(
            names,
            ["frame", "list", "path", "point", "segment", "shape"]
        );
    }
}
