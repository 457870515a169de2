//! Documentation of generated items: the meaning where known, the TL line, the link.

use crate::model::{Category, Definition, Dialect};

use crate::emit::plan::context::Context;
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::naming::tl_name;

/// Wraps bare `http(s)://` addresses of prose (from the overlay) in `<...>`, so rustdoc
/// renders them as links; addresses already in `<...>` or `(...)` are left alone.
pub fn linkify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let next = |text: &str| {
        ["https://", "http://"]
            .iter()
            .filter_map(|p| text.find(p))
            .min()
    };
    while let Some(at) = next(rest) {
        let (before, url) = rest.split_at(at);
        out.push_str(before);
        let end = url
            .find(|c: char| c.is_whitespace() || c == '>' || c == ')')
            .unwrap_or(url.len());
        let mut link = &url[..end];
        link = link.trim_end_matches(['.', ',', ';', ':']);
        if before.ends_with(['<', '(']) {
            out.push_str(link);
        } else {
            out.push_str(&format!("<{link}>"));
        }
        rest = &url[link.len()..];
    }
    out.push_str(rest);
    out
}

/// The docs of a constructor or function struct.
pub fn definition_docs(ctx: &Context<'_>, plan: &DefPlan<'_>) -> String {
    let definition = plan.def;
    let known = ctx.docs(plan.id);
    let name = &plan.tl;
    let mut text = match known.description() {
        Some(description) => format!("{}\n", linkify(description)),
        None => default_description(ctx, definition),
    };
    text.push_str(&format!("\n```tl\n{}\n```\n", definition.tl_line()));
    if definition.category == Category::Function {
        match known.bots() {
            Some(true) => text.push_str("\nBots may call this method.\n"),
            Some(false) => text.push_str("\nOnly users may call this method, not bots.\n"),
            None => {}
        }
        if let Some(error_enum) = &plan.error_enum {
            text.push_str("\nPossible errors:\n\n| Code | Type | Description |\n|---|---|---|\n");
            for (error, _) in &error_enum.variants {
                let description = linkify(error.description.as_deref().unwrap_or(""));
                text.push_str(&format!(
                    "| {} | `{}` | {description} |\n",
                    error.code, error.kind
                ));
            }
            text.push_str(&format!(
                "\nAn error answer converts into [`{}`]({}).\n",
                error_enum.name, error_enum.path
            ));
        }
    }
    // core.telegram.org documents Telegram's schemas only, not TDLib's or TON's.
    if ctx.index.schema.dialect == Dialect::Telegram {
        let kind = match definition.category {
            Category::Constructor => "constructor",
            Category::Function => "method",
        };
        text.push_str(&format!("\nSee <https://core.telegram.org/{kind}/{name}>."));
    }
    text
}

fn default_description(ctx: &Context<'_>, definition: &Definition) -> String {
    let name = tl_name(&definition.name);
    match (definition.category, &definition.ty) {
        (Category::Function, _) => format!("The `{name}` method.\n"),
        (Category::Constructor, crate::model::Type::Boxed(ty))
            if ctx.closure.types.contains(ty) =>
        {
            let path = ctx.index.enum_path(ty);
            format!("The `{name}` constructor of [`{}`]({path}).\n", tl_name(ty))
        }
        (Category::Constructor, ty) => {
            format!("The `{name}` constructor of `{}`.\n", ty)
        }
    }
}

/// The docs of a field: its meaning when known and a note on a shared bit (the TL line
/// is stated once, in the docs of the struct).
pub fn field_docs(ctx: &Context<'_>, plan: &DefPlan<'_>, field: &Field<'_>) -> String {
    let all = &plan.fields;
    let mut text = String::new();
    if let Some(meaning) = ctx.docs(plan.id).param(field.tl_name) {
        text.push_str(&linkify(meaning));
    }
    if field.role == (Role::FlagWord { kept: true }) {
        text.push_str(&kept_word_docs(plan, field));
    }
    if let Some((word, group)) = plan.flags.group_of(field.param) {
        if group.is_shared() {
            let others: Vec<String> = group
                .members
                .iter()
                .filter(|&&m| m != field.param)
                .filter_map(|&m| all.iter().find(|f| f.param == m))
                .map(|f| format!("`{}`", f.name))
                .collect();
            let both = if others.len() == 1 { "both" } else { "all" };
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&format!(
                "Shares bit `{}.{}` with {}: set {both} or neither.",
                word.name,
                group.bit,
                others.join(", ")
            ));
        }
    }
    text
}

/// The docs of a flag word kept as a field: which bits it holds, which come from the
/// parameters.
fn kept_word_docs(plan: &DefPlan<'_>, field: &Field<'_>) -> String {
    let word = plan.flags.words.iter().find(|w| w.param == field.param);
    let used: Vec<String> = word
        .into_iter()
        .flat_map(|word| &word.bits)
        .map(|group| {
            let names: Vec<String> = group
                .members
                .iter()
                .filter_map(|&p| plan.field(p))
                .map(|f| format!("`{}`", f.name))
                .collect();
            format!("{} ({})", group.bit, names.join(", "))
        })
        .collect();
    let mut text = format!(
        "The bits of the flag word `{}` that no parameter is conditional on, written as \
         given and read as sent.",
        field.tl_name
    );
    if !used.is_empty() {
        let bits = if used.len() == 1 { "bit" } else { "bits" };
        text.push_str(&format!(
            " The {bits} of the conditional parameters come from them, not from here: {}.",
            used.join(", ")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_addresses_become_links() {
        let cases = [
            (
                "see https://core.telegram.org/api/offsets.",
                "see <https://core.telegram.org/api/offsets>.",
            ),
            ("(see https://a.b/c)", "(see <https://a.b/c>)"),
            (
                "<https://a.b> and [x](https://c.d)",
                "<https://a.b> and [x](https://c.d)",
            ),
            (
                "two http://a.b, https://c.d",
                "two <http://a.b>, <https://c.d>",
            ),
            ("no links", "no links"),
        ];
        for (text, expected) in cases {
            assert_eq!(linkify(text), expected, "{text}");
        }
    }
}
