//! TL-JSON (serde) code under a cargo feature of the including crate
//! ([`EmitOptions::json`](super::EmitOptions::json), `json` by default; none at all when
//! it is off). Every gate is written by [`cfg_attr`] or [`cfg`] here.
//!
//! - constructor structs derive both serde traits; unknown fields are errors;
//! - function structs serialize with their `"_"` first and read it back when present
//!   (through a remote-derived twin and `tl_runtime::json::deserialize_function`);
//! - enums serialize internally tagged on `"_"` and read through
//!   `tl_runtime::json::Tagged` (streaming when `"_"` comes first, so error paths are exact).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::Category;

use super::context::Context;
use super::fields::{Field, Role};
use super::naming::{ident, tl_name, unraw};
use super::rust_type::Hex;
use super::structs::{generic_args, generic_bounds};

/// `#[cfg_attr(feature = "<json>", <attrs>)]`, or nothing when TL-JSON is off.
pub fn cfg_attr(ctx: &Context<'_>, attrs: TokenStream) -> TokenStream {
    match ctx.json {
        Some(feature) => quote!(#[cfg_attr(feature = #feature, #attrs)]),
        None => TokenStream::new(),
    }
}

/// `#[cfg(feature = "<json>")]` before the item `item` builds, or nothing at all (and
/// nothing built) when TL-JSON is off.
pub fn cfg(ctx: &Context<'_>, item: impl FnOnce() -> TokenStream) -> TokenStream {
    match ctx.json {
        Some(feature) => {
            let item = item();
            quote!(#[cfg(feature = #feature)] #item)
        }
        None => TokenStream::new(),
    }
}

/// The serde attributes of a definition's struct.
pub fn struct_attrs(ctx: &Context<'_>, def: usize) -> TokenStream {
    let definition = ctx.def(def);
    let attrs = match definition.category {
        Category::Constructor => quote! {
            derive(serde::Serialize, serde::Deserialize),
            serde(deny_unknown_fields)
        },
        Category::Function => {
            let tl = tl_name(&definition.name);
            quote!(derive(serde::Serialize), serde(tag = "_", rename = #tl))
        }
    };
    cfg_attr(ctx, attrs)
}

/// The TL-JSON attributes of a field (none when plain serde already fits), gated.
pub fn field_attrs(ctx: &Context<'_>, field: &Field<'_>) -> TokenStream {
    match field_serde(field) {
        Some(serde) => cfg_attr(ctx, serde),
        None => TokenStream::new(),
    }
}

/// `serde(..)` of a field, ungated: for items that are gated as a whole.
fn field_serde(field: &Field<'_>) -> Option<TokenStream> {
    let mut parts = Vec::new();
    if unraw(&field.name) != field.tl_name {
        let tl = field.tl_name;
        parts.push(quote!(rename = #tl));
    }
    match field.role {
        Role::Optional(_) => parts.push(quote!(default, skip_serializing_if = "Option::is_none")),
        Role::Presence(_) => parts.push(quote!(
            default,
            skip_serializing_if = "tl_runtime::json::is_false"
        )),
        Role::Required | Role::FlagWord => {}
    }
    if field.hex == Hex::Yes {
        parts.push(quote!(with = "tl_runtime::json::hex"));
    } else if field.long {
        parts.push(quote!(with = "tl_runtime::json::long"));
    }
    (!parts.is_empty()).then(|| quote!(serde(#(#parts),*)))
}

/// How a function struct is read: its fields through a remote-derived twin, its `"_"`
/// checked when present:
///
/// ```ignore
/// #[cfg(feature = "json")]
/// const _: () = {
///     #[derive(serde::Deserialize)]
///     #[serde(remote = "ExportChatInvite", deny_unknown_fields)]
///     struct Fields { /* the same fields and attributes */ }
///     impl tl_runtime::json::Function for ExportChatInvite { .. }
///     impl<'de> serde::Deserialize<'de> for ExportChatInvite { .. }
/// };
/// ```
pub fn function_deserialize(ctx: &Context<'_>, def: usize, fields: &[Field<'_>]) -> TokenStream {
    cfg(ctx, || function_twin(ctx, def, fields))
}

/// The items of [`function_deserialize`], ungated.
fn function_twin(ctx: &Context<'_>, def: usize, fields: &[Field<'_>]) -> TokenStream {
    let definition = ctx.def(def);
    let tl = tl_name(&definition.name);
    let name_text = ctx.index.item_name(def);
    let name = ident(name_text);
    let generics = generic_args(ctx, def);
    let owned = generic_bounds(ctx, def, quote!(serde::de::DeserializeOwned));
    let params = definition.generics.iter().map(|g| ident(g));
    let owned_params = quote!(#(#params: serde::de::DeserializeOwned,)*);
    let decls = fields.iter().filter(|f| f.is_user_field()).map(|field| {
        // The whole block is gated: plain attributes, no `cfg_attr`.
        let attrs = field_serde(field).map(|serde| quote!(#[#serde]));
        let (name, ty) = (&field.ident, field.decl_ty());
        quote! { #attrs #name: #ty, }
    });
    quote! {
        const _: () = {
            #[allow(dead_code)]
            #[derive(serde::Deserialize)]
            #[serde(remote = #name_text, deny_unknown_fields)]
            struct Fields #generics { #(#decls)* }
            impl #owned tl_runtime::json::Function for #name #generics {
                const TL_NAME: &'static str = #tl;
                fn deserialize_fields<'de, D: serde::Deserializer<'de>>(
                    content: D,
                ) -> Result<Self, D::Error> {
                    Fields::deserialize(content)
                }
            }
            impl<'de, #owned_params> serde::Deserialize<'de> for #name #generics {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    tl_runtime::json::deserialize_function(d)
                }
            }
        };
    }
}

/// A constructor of a boxed type as the enum sees it.
pub struct JsonVariant<'a> {
    pub name: &'a Ident,
    pub tl: &'a str,
    pub unit: bool,
}

/// How an enum is read from TL-JSON:
///
/// ```ignore
/// #[cfg(feature = "json")]
/// impl tl_runtime::json::Tagged for InputPeer {
///     const EXPECTING: &'static str = "a constructor of type InputPeer";
///     fn variant<'de, D: serde::Deserializer<'de>>(tag: &str, content: D)
///         -> Result<Option<Self>, D::Error> {
///         Ok(Some(match tag {
///             "inputPeerSelf" => { tl_runtime::json::deserialize_unit(content)?; Self::InputPeerSelf }
///             "inputPeerChannel" => Self::Channel(serde::Deserialize::deserialize(content)?),
///             _ => return Ok(None),
///         }))
///     }
/// }
/// #[cfg(feature = "json")]
/// impl<'de> serde::Deserialize<'de> for InputPeer { .. deserialize_tagged .. }
/// ```
pub fn enum_deserialize(
    ctx: &Context<'_>,
    name: &Ident,
    tl: &str,
    variants: &[JsonVariant<'_>],
) -> TokenStream {
    let mut items = cfg(ctx, || tagged_impl(name, tl, variants));
    items.extend(cfg(ctx, || {
        quote! {
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    tl_runtime::json::deserialize_tagged(d)
                }
            }
        }
    }));
    items
}

/// `impl tl_runtime::json::Tagged` of [`enum_deserialize`], ungated.
fn tagged_impl(name: &Ident, tl: &str, variants: &[JsonVariant<'_>]) -> TokenStream {
    let expecting = format!("a constructor of type {tl}");
    let arms = variants.iter().map(|v| {
        let (variant, tl) = (v.name, v.tl);
        if v.unit {
            quote!(#tl => { tl_runtime::json::deserialize_unit(content)?; Self::#variant })
        } else {
            quote!(#tl => Self::#variant(serde::Deserialize::deserialize(content)?),)
        }
    });
    quote! {
        impl tl_runtime::json::Tagged for #name {
            const EXPECTING: &'static str = #expecting;
            fn variant<'de, D: serde::Deserializer<'de>>(
                tag: &str,
                content: D,
            ) -> Result<Option<Self>, D::Error> {
                Ok(Some(match tag {
                    #(#arms)*
                    _ => return Ok(None),
                }))
            }
        }
    }
}
