//! Struct declarations of constructors and functions, and their `new()`.

use crate::model::DefId;
use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::items::braced;
use crate::emit::items::docs::{definition_docs, doc_attrs, field_docs};
use crate::emit::items::json::{field_attrs, struct_attrs};
use crate::emit::plan::context::Context;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::naming::{ident, tl_name};

/// The generic parameters of a definition.
fn generics(ctx: &Context<'_>, def: DefId) -> Vec<proc_macro2::Ident> {
    ctx.def(def).generics.iter().map(|g| ident(g)).collect()
}

/// `<X, Y>` after a type name; nothing when the definition is not generic.
pub fn generic_args(ctx: &Context<'_>, def: DefId) -> TokenStream {
    let generics = generics(ctx, def);
    if generics.is_empty() {
        return TokenStream::new();
    }
    quote!(<#(#generics),*>)
}

/// `<X: bound, Y: bound>` after `impl`; nothing when the definition is not generic.
pub fn generic_bounds(ctx: &Context<'_>, def: DefId, bound: TokenStream) -> TokenStream {
    let generics = generics(ctx, def);
    if generics.is_empty() {
        return TokenStream::new();
    }
    quote!(<#(#generics: #bound),*>)
}

/// Declares the struct of a constructor or function:
///
/// ```ignore
/// /// Creates a new invite link ...
/// ///
/// /// ```tl
/// /// messages.exportChatInvite#a455de90 flags:# ... = ExportedChatInvite;
/// /// ```
/// #[derive(Debug, Clone, PartialEq)]
/// #[cfg_attr(feature = "json", derive(serde::Serialize), serde(tag = "_", rename = "messages.exportChatInvite"))]
/// pub struct ExportChatInvite {
///     /// Revokes the chat's previous primary link.
///     #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "tl_runtime::json::is_false"))]
///     pub legacy_revoke_permanent: bool,
///     pub peer: crate::enums::InputPeer,
///     #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "Option::is_none"))]
///     pub expire_date: Option<i32>,
/// }
/// ```
///
/// The attributes of [`Customize`](crate::emit::Customize) come after the derives: those
/// of the type after the serde ones, those of a field after its docs and serde ones.
pub fn emit_struct(ctx: &Context<'_>, def: DefId, fields: &[Field<'_>]) -> TokenStream {
    let docs = doc_attrs(&definition_docs(ctx, def));
    let name = ident(ctx.index.item_name(def));
    let tl = tl_name(&ctx.def(def).name);
    let generics = generic_args(ctx, def);
    let user_fields = fields.iter().filter(|f| f.is_user_field());
    let decls = braced(user_fields.map(|field| {
        let docs = doc_attrs(&field_docs(ctx, def, field, fields));
        let serde = field_attrs(ctx, field);
        let custom = ctx.custom.field_attrs(&tl, field.tl_name);
        let (name, ty) = (&field.ident, field.decl_ty());
        quote! { #docs #serde #custom pub #name: #ty, }
    }));
    let default = (!fields.iter().any(Field::is_required)).then(|| quote!(Default,));
    let serde = struct_attrs(ctx, def);
    let custom = ctx.custom.type_attrs(&tl);
    let mut item = docs;
    item.extend(quote! {
        #[derive(Debug, Clone, PartialEq, #default)]
        #serde
        #custom
        pub struct #name #generics #decls
    });
    item
}

/// A constructor taking the required fields, for structs with optional ones:
///
/// ```ignore
/// impl ExportChatInvite {
///     /// Creates a value from its required fields: options `None`, flags `false`.
///     pub fn new(peer: crate::enums::InputPeer) -> Self {
///         Self { legacy_revoke_permanent: false, peer, expire_date: None }
///     }
/// }
/// ```
pub fn emit_new(ctx: &Context<'_>, def: DefId, fields: &[Field<'_>]) -> TokenStream {
    let optional = |f: &&Field<'_>| matches!(f.role, Role::Optional(_) | Role::Presence(_));
    if !fields.iter().any(|f| optional(&f)) {
        return TokenStream::new();
    }
    let name = ident(ctx.index.item_name(def));
    let generics = generic_args(ctx, def);
    let required = fields.iter().filter(|f| f.is_required());
    let args = required.map(|f| {
        let (name, ty) = (&f.ident, f.decl_ty());
        quote!(#name: #ty)
    });
    let inits = fields.iter().filter(|f| f.is_user_field()).map(|f| {
        let name = &f.ident;
        match f.role {
            Role::Optional(_) => quote!(#name: None),
            Role::Presence(_) => quote!(#name: false),
            _ => quote!(#name),
        }
    });
    quote! {
        impl #generics #name #generics {
            #[doc = " Creates a value from its required fields: optional ones `None`, flags `false`."]
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }
        }
    }
}
