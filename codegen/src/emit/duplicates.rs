//! Name clashes in what is generated are errors, never silently renamed.
//!
//! Scopes checked: the items of each module (`types::messages`, `enums`, `functions`), the
//! variants and constructor ids of each enum, and the fields of each struct.

use std::collections::BTreeMap;

use crate::model::{Category, QualName};

use super::context::Context;
use super::error::EmitError;
use super::fields::plan;
use super::naming::{module_path, tl_name, type_name, variant_name};

/// Fails on the first scope where two TL names give one Rust name: module items first,
/// then enum variants and ids, then struct fields.
pub fn check(ctx: &Context<'_>) -> Result<(), EmitError> {
    let mut modules: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for &def in &ctx.closure.definitions {
        let name = &ctx.def(def).name;
        let scope = scope_of(root_of(ctx, def), name);
        modules
            .entry(scope)
            .or_default()
            .push((type_name(name), tl_name(name)));
    }
    for ty in &ctx.closure.types {
        modules
            .entry(scope_of("enums", ty))
            .or_default()
            .push((type_name(ty), tl_name(ty)));
    }
    modules
        .into_iter()
        .try_for_each(|(scope, names)| unique(&scope, names))?;
    for ty in &ctx.closure.types {
        let enum_scope = format!("{}::{}", scope_of("enums", ty), type_name(ty));
        let constructors = ctx
            .index
            .constructors_of(ty)
            .iter()
            .map(|&d| &ctx.def(d).name);
        unique(
            &enum_scope,
            constructors
                .map(|c| (variant_name(c), tl_name(c)))
                .collect(),
        )?;
        unique_ids(ctx, &enum_scope, ty)?;
    }
    for &def in &ctx.closure.definitions {
        let name = &ctx.def(def).name;
        let struct_scope = format!("{}::{}", scope_of(root_of(ctx, def), name), type_name(name));
        let fields = plan(ctx, def)?;
        let fields = fields.iter().filter(|f| f.is_user_field());
        unique(
            &struct_scope,
            fields
                .map(|f| (f.name.clone(), f.tl_name.to_owned()))
                .collect(),
        )?;
    }
    Ok(())
}

fn root_of(ctx: &Context<'_>, def: usize) -> &'static str {
    match ctx.def(def).category {
        Category::Constructor => "types",
        Category::Function => "functions",
    }
}

/// `types::messages` for `messages.exportedChatInvite` under `types`.
fn scope_of(root: &str, name: &QualName) -> String {
    let mut scope = root.to_owned();
    for module in module_path(&name.namespace) {
        scope.push_str("::");
        scope.push_str(&module);
    }
    scope
}

/// Errors when two entries share a Rust name; `entries` are `(rust, tl)`.
fn unique(scope: &str, entries: Vec<(String, String)>) -> Result<(), EmitError> {
    let mut by_rust: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (rust, tl) in entries {
        by_rust.entry(rust).or_default().push(tl);
    }
    match by_rust.into_iter().find(|(_, tl)| tl.len() > 1) {
        Some((rust, tl)) => Err(EmitError::DuplicateNames {
            scope: scope.to_owned(),
            rust,
            tl,
        }),
        None => Ok(()),
    }
}

fn unique_ids(ctx: &Context<'_>, scope: &str, ty: &QualName) -> Result<(), EmitError> {
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
            scope: scope.to_owned(),
            id,
            tl,
        }),
        None => Ok(()),
    }
}
