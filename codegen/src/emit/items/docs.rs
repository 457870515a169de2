//! Documentation of generated items: the meaning where known, the TL line, the link.
//!
//! Docs are emitted as one `#[doc = " line"]` attribute per line, which prettyplease prints
//! as `/// line`.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

use crate::model::{Category, DefId, Definition, Dialect, QualName};

use crate::emit::plan::context::Context;
use crate::emit::plan::fields::Field;
use crate::emit::plan::naming::{error_enum_name, module_path, tl_name};

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
    doc_lines(text, false)
}

/// Inner `#![doc = " line"]` attributes (module docs).
pub fn inner_doc_attrs(text: &str) -> TokenStream {
    doc_lines(text, true)
}

/// One doc attribute per line, built token by token (a layer has tens of thousands).
fn doc_lines(text: &str, inner: bool) -> TokenStream {
    let mut tokens = TokenStream::new();
    for line in text.lines() {
        let value = [
            TokenTree::Ident(Ident::new("doc", Span::call_site())),
            TokenTree::Punct(Punct::new('=', Spacing::Alone)),
            TokenTree::Literal(doc_literal(line)),
        ];
        let attr = Group::new(Delimiter::Bracket, value.into_iter().collect());
        tokens.extend([TokenTree::Punct(Punct::new('#', Spacing::Alone))]);
        if inner {
            tokens.extend([TokenTree::Punct(Punct::new('!', Spacing::Alone))]);
        }
        tokens.extend([TokenTree::Group(attr)]);
    }
    tokens
}

/// The string literal of a doc line: `" line"` (`""` for a blank line). Written raw
/// (`r" line"`) when it can be: escaping char by char (`Literal::string`) is the costly
/// part, and prettyplease prints either as `/// line`.
fn doc_literal(line: &str) -> Literal {
    if line.is_empty() {
        return Literal::string("");
    }
    if line.contains(['"', '\r']) {
        return Literal::string(&format!(" {line}"));
    }
    format!("r\" {line}\"")
        .parse()
        .expect("a raw string literal")
}

/// The docs of a constructor or function struct.
pub fn definition_docs(ctx: &Context<'_>, def: DefId) -> String {
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
                error_enum_name(ctx.index.item_name(def)),
                error_enum_path_text(ctx, def)
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
            let path = enum_path_text(ctx, ty);
            format!("The `{name}` constructor of [`{}`]({path}).\n", tl_name(ty))
        }
        (Category::Constructor, ty) => {
            format!("The `{name}` constructor of `{}`.\n", ty)
        }
    }
}

/// `crate::enums::messages::ExportedChatInvite`, as text for intra-doc links.
pub fn enum_path_text(ctx: &Context<'_>, ty: &QualName) -> String {
    ctx.index.enum_path(ty).to_string().replace(' ', "")
}

/// The path of a method's error enum as seen from the method's own module, as text for
/// intra-doc links: `super::super::errors::messages::ExportChatInviteError` from
/// `functions::messages` (the root module, which declares `errors`, is one level above
/// `functions` and each namespace adds one; generated code never writes `crate::`).
pub fn error_enum_path_text(ctx: &Context<'_>, def: DefId) -> String {
    let method = &ctx.def(def).name;
    let up = "super::".repeat(1 + method.namespace.len());
    let modules: String = module_path(&method.namespace)
        .iter()
        .map(|m| format!("{m}::"))
        .collect();
    let name = error_enum_name(ctx.index.item_name(def));
    format!("{up}errors::{modules}{name}")
}

/// `crate::types::InputPeerChannel`, as text for intra-doc links.
pub fn struct_path_text(ctx: &Context<'_>, def: DefId) -> String {
    ctx.index.item_path(def).to_string().replace(' ', "")
}

/// The docs of a field: its meaning when known and a note on a shared bit (the TL line
/// is stated once, in the docs of the struct).
pub fn field_docs(ctx: &Context<'_>, def: DefId, field: &Field<'_>, all: &[Field<'_>]) -> String {
    let mut text = String::new();
    if let Some(meaning) = ctx.docs(def).param(field.tl_name) {
        text.push_str(&linkify(meaning));
    }
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

    /// The values of the doc attributes of `tokens` (put on a struct), and the struct as
    /// prettyplease prints it.
    fn docs_of(tokens: TokenStream) -> (Vec<String>, String) {
        let file: syn::File = syn::parse2(quote::quote!(#tokens struct S;)).unwrap();
        let syn::Item::Struct(item) = &file.items[0] else {
            panic!("a struct")
        };
        let values = item.attrs.iter().map(|attr| {
            let syn::Meta::NameValue(doc) = &attr.meta else {
                panic!("#[doc = ..]")
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &doc.value
            else {
                panic!("a string")
            };
            text.value()
        });
        (values.collect(), prettyplease::unparse(&file))
    }

    #[test]
    fn doc_lines_get_a_leading_space_except_blank_ones() {
        let (values, text) = docs_of(doc_attrs("a\n\nb"));
        assert_eq!(values, [" a", "", " b"]);
        assert_eq!(text, "/// a\n///\n/// b\nstruct S;\n");
    }

    #[test]
    fn doc_lines_keep_quotes_backslashes_and_hashes() {
        let lines = ["say \"hi\"", r"a \ b \n", "r#\"x\"# and \"#", "#[doc]"];
        let (values, text) = docs_of(doc_attrs(&lines.join("\n")));
        let expected: Vec<String> = lines.iter().map(|line| format!(" {line}")).collect();
        assert_eq!(values, expected);
        let printed: String = lines.iter().map(|line| format!("/// {line}\n")).collect();
        assert_eq!(text, format!("{printed}struct S;\n"));
    }
}
