//! Struct declarations of constructors and functions, and their `new()`.

use crate::emit::code::Code;
use crate::emit::items::docs::{definition_docs, field_docs};
use crate::emit::items::json::{field_attrs, struct_attrs};
use crate::emit::plan::context::Context;
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::nullable::Nullable;
use crate::emit::Gate;

/// Declares the struct of a constructor or function:
///
/// ```ignore
/// /// Creates a new invite link ...
/// ///
/// /// ```tl
/// /// messages.exportChatInvite#a455de90 flags:# ... = ExportedChatInvite;
/// /// ```
/// #[derive(Debug, Clone, PartialEq)]
/// #[cfg_attr(feature = "json", derive(serde::Serialize, serde::Deserialize))]
/// #[cfg_attr(feature = "json", serde(deny_unknown_fields))]
/// pub struct ExportChatInvite {
///     /// Revokes the chat's previous primary link.
///     #[cfg_attr(feature = "json", serde(default, skip_serializing_if = ..))]
///     pub legacy_revoke_permanent: bool,
///     pub peer: enums::InputPeer,
///     #[cfg_attr(feature = "json", serde(skip_serializing_if = "Option::is_none"))]
///     pub expire_date: Option<i32>,
/// }
/// ```
///
/// The attributes of [`Customize`](crate::emit::Customize) come after the derives: those
/// of the type after the serde ones, those of a field after its docs and serde ones. A
/// customized `#[derive(..)]` loses the traits the struct derives already (`Default`
/// comes wherever every field has one, see [`crate::emit::plan::defaults`]), so that
/// `type_attribute(".", "#[derive(Default)]")` written for older bindings does not
/// derive a trait twice.
pub fn write_struct(code: &mut Code, ctx: &Context<'_>, plan: &DefPlan<'_>) {
    code.docs(&definition_docs(ctx, plan));
    let mut derives = base_derives(ctx.partial_eq);
    if plan.derive_default {
        derives.push("Default".to_owned());
    }
    code.attr("derive", &derives);
    gated_partial_eq(code, ctx.partial_eq);
    struct_attrs(code, ctx, plan);
    for attr in &plan.custom_attrs {
        if let Some(attr) = without_derived(attr, &derives) {
            code.line(&attr);
        }
    }
    let head = format!("pub struct {}{}", plan.name, plan.generic_args());
    let mut fields = plan.fields.iter().filter(|f| f.is_user_field()).peekable();
    if fields.peek().is_none() {
        code.line(&format!("{head} {{}}"));
        return;
    }
    code.open(&head);
    for field in fields {
        code.docs(&field_docs(ctx, plan, field));
        field_attrs(code, ctx, field);
        for attr in &field.custom_attrs {
            code.line(attr);
        }
        code.line(&format!("pub {}: {},", field.name, field.decl_ty));
    }
    code.close();
}

/// `attr` without the traits of `derived` when it is a `#[derive(..)]` (`None` when
/// nothing is left of it); any other attribute as it is.
fn without_derived(attr: &str, derived: &[String]) -> Option<String> {
    let Some(list) = attr
        .trim()
        .strip_prefix("#[derive(")
        .and_then(|rest| rest.strip_suffix(")]"))
    else {
        return Some(attr.to_owned());
    };
    let traits: Vec<&str> = list.split(',').map(str::trim).collect();
    let kept: Vec<&str> = traits
        .iter()
        .copied()
        .filter(|t| !t.is_empty() && !derived.iter().any(|d| d == t))
        .collect();
    match kept.as_slice() {
        [] => None,
        _ if kept.len() == traits.len() => Some(attr.to_owned()),
        _ => Some(format!("#[derive({})]", kept.join(", "))),
    }
}

/// What every generated struct and enum derives: `Debug`, `Clone`, and `PartialEq` when
/// its gate is on (under a feature, [`gated_partial_eq`] writes it apart).
pub fn base_derives(partial_eq: &Gate) -> Vec<String> {
    let mut derives = vec!["Debug".to_owned(), "Clone".to_owned()];
    if *partial_eq == Gate::On {
        derives.push("PartialEq".to_owned());
    }
    derives
}

/// `#[cfg_attr(feature = "..", derive(PartialEq))]` when `PartialEq` is under a feature.
pub fn gated_partial_eq(code: &mut Code, gate: &Gate) {
    if let Gate::Feature(feature) = gate {
        code.attr(
            "cfg_attr",
            &[
                format!("feature = \"{feature}\""),
                "derive(PartialEq)".to_owned(),
            ],
        );
    }
}

/// A constructor taking the required fields, for structs with optional ones (flag-guarded,
/// or objects TDLib documents as nullable):
///
/// ```ignore
/// impl ExportChatInvite {
///     /// Creates a value from its required fields: optional ones `None`, flags `false`.
///     pub fn new(peer: enums::InputPeer) -> Self {
///         Self { legacy_revoke_permanent: false, peer, expire_date: None }
///     }
/// }
/// ```
pub fn write_new(code: &mut Code, plan: &DefPlan<'_>) {
    let argument = |f: &Field<'_>| f.is_required() && f.nullable != Nullable::Value;
    let user_fields: Vec<_> = plan.fields.iter().filter(|f| f.is_user_field()).collect();
    if user_fields.iter().all(|f| argument(f)) {
        return;
    }
    let generics = plan.generic_args();
    code.open(&format!("impl{generics} {}{generics}", plan.name));
    code.docs(&new_docs(&user_fields));
    // Compiled where it is used, not for every type of the bindings.
    code.line("#[inline]");
    let params: Vec<String> = user_fields
        .iter()
        .filter(|f| argument(f))
        .map(|f| format!("{}: {}", f.name, f.decl_ty))
        .collect();
    code.fn_open("pub fn new", &params, " -> Self");
    let inits: Vec<String> = user_fields
        .iter()
        .map(|f| match f.role {
            Role::Optional(_) => format!("{}: None", f.name),
            Role::Presence(_) => format!("{}: false", f.name),
            Role::FlagWord { .. } => format!("{}: 0", f.name),
            Role::Required if argument(f) => f.name.clone(),
            Role::Required => format!("{}: None", f.name),
        })
        .collect();
    code.struct_literal("Self ", &inits, "");
    code.close();
    code.close();
}

/// "Creates a value from its required fields: " and what the others are.
fn new_docs(fields: &[&Field<'_>]) -> String {
    let has = |wanted: &dyn Fn(&Field<'_>) -> bool| fields.iter().any(|f| wanted(f));
    let mut others = Vec::new();
    if has(&|f| !matches!(f.role, Role::Required)) {
        others.push("optional ones `None`");
        others.push("flags `false`");
    }
    if has(&|f| f.role == (Role::FlagWord { kept: true })) {
        others.push("flag words 0");
    }
    if has(&|f| f.nullable == Nullable::Value) {
        others.push("objects that may be null `None`");
    }
    format!(
        "Creates a value from its required fields: {}.",
        others.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::without_derived;

    #[test]
    fn derives_already_written_are_dropped() {
        let derived = ["Debug".to_owned(), "Default".to_owned()];
        assert_eq!(without_derived("#[derive(Default)]", &derived), None);
        assert_eq!(
            without_derived("#[derive(Hash, Default, Eq)]", &derived).as_deref(),
            Some("#[derive(Hash, Eq)]")
        );
        assert_eq!(
            without_derived("#[derive(Hash, Eq)]", &derived).as_deref(),
            Some("#[derive(Hash, Eq)]")
        );
        assert_eq!(
            without_derived("#[serde(default)]", &derived).as_deref(),
            Some("#[serde(default)]")
        );
    }
}
