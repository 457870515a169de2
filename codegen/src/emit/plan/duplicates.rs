//! What the emitter cannot tell apart: two constructors of one boxed type with one id
//! (decoding reads the id to pick the variant). Names never clash: the rules of
//! [`crate::emit::plan::naming`] give every TL name its own Rust name.

use std::collections::BTreeMap;

use crate::model::QualName;

use crate::emit::error::EmitError;
use crate::emit::plan::context::Context;
use crate::emit::plan::naming::tl_name;

/// Fails on the first emitted enum (in name order) two of whose constructors share an id.
pub fn check(ctx: &Context<'_>) -> Result<(), EmitError> {
    ctx.closure
        .types
        .iter()
        .try_for_each(|ty| unique_ids(ctx, ty))
}

/// `enums::messages::ExportedChatInvite`, the enum of `ty`, for error messages.
fn enum_scope(ctx: &Context<'_>, ty: &QualName) -> String {
    ctx.index.enum_path(ty)
}

fn unique_ids(ctx: &Context<'_>, ty: &QualName) -> Result<(), EmitError> {
    let mut by_id: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for &def in ctx.index.constructors_of(ty) {
        let definition = ctx.def(def);
        by_id
            .entry(definition.id)
            .or_default()
            .push(tl_name(&definition.name));
    }
    match by_id.into_iter().find(|(_, tl)| tl.len() > 1) {
        Some((id, tl)) => Err(EmitError::DuplicateIds {
            scope: enum_scope(ctx, ty),
            id,
            tl,
        }),
        None => Ok(()),
    }
}
