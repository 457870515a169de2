//! Documentation of generated items: the meaning where known, the TL line, the link.
//!
//! Docs are emitted as one `#[doc = " line"]` attribute per line, which prettyplease prints
//! as `/// line`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Category, Definition, Dialect, QualName};

use super::context::Context;
use super::fields::Field;
use super::naming::{error_enum_name, module_path, tl_name};

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

/// `#[doc = " line"]` per line of `text` (blank lines included).
pub fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Inner `#![doc = " line"]` attributes (module docs).
pub fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    quote!(#(#lines)*)
}

/// The docs of a constructor or function struct.
pub fn definition_docs(ctx: &Context<'_>, def: usize) -> String {
    let definition = ctx.def(def);
    let known = ctx.docs(def);
    let name = tl_name(&definition.name);
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
        let errors = known.errors();
        if !errors.is_empty() {
            text.push_str("\nPossible errors:\n\n| Code | Type | Description |\n|---|---|---|\n");
            for error in errors {
                let description = linkify(error.description.as_deref().unwrap_or(""));
                text.push_str(&format!(
                    "| {} | `{}` | {description} |\n",
                    error.code, error.kind
                ));
            }
            text.push_str(&format!(
                "\nAn error answer converts into [`{}`]({}).\n",
                error_enum_name(&definition.name),
                error_enum_path_text(&definition.name)
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
            let path = enum_path_text(ty);
            format!("The `{name}` constructor of [`{}`]({path}).\n", tl_name(ty))
        }
        (Category::Constructor, ty) => {
            format!("The `{name}` constructor of `{}`.\n", ty)
        }
    }
}

/// `crate::enums::messages::ExportedChatInvite`, as text for intra-doc links.
pub fn enum_path_text(ty: &QualName) -> String {
    super::rust_type::item_path("enums", ty)
        .to_string()
        .replace(' ', "")
}

/// The path of a method's error enum as seen from the method's own module, as text for
/// intra-doc links: `super::super::errors::messages::ExportChatInviteError` from
/// `functions::messages` (the root module, which declares `errors`, is one level above
/// `functions` and each namespace adds one; generated code never writes `crate::`).
pub fn error_enum_path_text(method: &QualName) -> String {
    let up = "super::".repeat(1 + method.namespace.len());
    let modules: String = module_path(&method.namespace)
        .iter()
        .map(|m| format!("{m}::"))
        .collect();
    format!("{up}errors::{modules}{}", error_enum_name(method))
}

/// `crate::types::InputPeerChannel`, as text for intra-doc links.
pub fn struct_path_text(name: &QualName) -> String {
    super::rust_type::item_path("types", name)
        .to_string()
        .replace(' ', "")
}

/// The docs of a field: its meaning when known, its TL text, and a note on a shared bit.
pub fn field_docs(ctx: &Context<'_>, def: usize, field: &Field<'_>, all: &[Field<'_>]) -> String {
    let definition = ctx.def(def);
    let mut text = String::new();
    if let Some(meaning) = ctx.docs(def).param(field.tl_name) {
        text.push_str(&linkify(meaning));
        text.push_str("\n\n");
    }
    let param = &definition.params[field.param];
    text.push_str(&format!("TL: `{}`", param));
    if let Some((word, group)) = ctx.flags(def).group_of(field.param) {
        if group.is_shared() {
            let others: Vec<String> = group
                .members
                .iter()
                .filter(|&&m| m != field.param)
                .filter_map(|&m| all.iter().find(|f| f.param == m))
                .map(|f| format!("`{}`", f.name))
                .collect();
            let both = if others.len() == 1 { "both" } else { "all" };
            text.push_str(&format!(
                "\n\nShares bit `{}.{}` with {}: set {both} or neither.",
                word.name,
                group.bit,
                others.join(", ")
            ));
        }
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

    #[test]
    fn doc_lines_get_a_leading_space_except_blank_ones() {
        let tokens = doc_attrs("a\n\nb").to_string();
        assert_eq!(tokens, r#"# [doc = " a"] # [doc = ""] # [doc = " b"]"#);
    }
}
