//! TL-JSON (serde) code under a cargo feature of the including crate
//! ([`EmitOptions::json`](crate::emit::EmitOptions::json), `json` by default; none at all when
//! it is off). Every gate is written by [`cfg_attr`] or [`cfg`] here.
//!
//! - constructor and function structs derive both serde traits: an object of their fields
//!   (unknown fields are errors), without `"_"`;
//! - `"_"` is written where a value is boxed, always as the struct's
//!   `Identifiable::NAME` (each TL name is stated once): enums serialize each variant
//!   with `tl_runtime::json::serialize_tagged` and read through `tl_runtime::json::Tagged`
//!   (streaming when `"_"` comes first, so error paths are exact), matching on those
//!   names; `!X` parameters go through `tl_runtime::json::boxed`.

use crate::model::DefId;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::plan::context::Context;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::naming::unraw;
use crate::emit::plan::rust_type::Hex;

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

/// The serde attributes of a definition's struct: both derives, unknown fields are
/// errors; a type variable (`{X:Type}`, used as `!X`) must name itself in TL-JSON.
pub fn struct_attrs(ctx: &Context<'_>, def: DefId) -> TokenStream {
    let generics = &ctx.def(def).generics;
    let bound = (!generics.is_empty()).then(|| {
        let each = |bound: &str| {
            let bounds: Vec<String> = generics.iter().map(|g| format!("{g}: {bound}")).collect();
            bounds.join(", ")
        };
        let ser = each("serde::Serialize + tl_runtime::Identifiable");
        let de = each("serde::Deserialize<'de> + tl_runtime::Identifiable");
        quote!(, serde(bound(serialize = #ser, deserialize = #de)))
    });
    cfg_attr(
        ctx,
        quote! {
            derive(serde::Serialize, serde::Deserialize),
            serde(deny_unknown_fields) #bound
        },
    )
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
    if field.generic {
        parts.push(quote!(with = "tl_runtime::json::boxed"));
    } else if field.hex == Hex::Yes {
        parts.push(quote!(with = "tl_runtime::json::hex"));
    } else if field.long {
        parts.push(quote!(with = "tl_runtime::json::long"));
    }
    (!parts.is_empty()).then(|| quote!(serde(#(#parts),*)))
}

/// A constructor of a boxed type as the enum sees it.
pub struct JsonVariant<'a> {
    pub name: &'a Ident,
    /// `types::InputPeerChannel`: its `Identifiable::NAME` is the TL name.
    pub path: &'a TokenStream,
    pub unit: bool,
}

/// How an enum is written and read in TL-JSON:
///
/// ```ignore
/// #[cfg(feature = "json")]
/// impl serde::Serialize for InputPeer {
///     fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
///         match self {
///             Self::InputPeerSelf => tl_runtime::json::serialize_unit::<types::InputPeerSelf, S>(serializer),
///             Self::Channel(value) => tl_runtime::json::serialize_tagged(value, serializer),
///         }
///     }
/// }
/// #[cfg(feature = "json")]
/// impl tl_runtime::json::Tagged for InputPeer {
///     const EXPECTING: &'static str = "a constructor of type InputPeer";
///     fn variant<'de, D: serde::Deserializer<'de>>(tag: &str, content: D)
///         -> Result<Option<Self>, D::Error> {
///         Ok(Some(match tag {
///             <types::InputPeerSelf as tl_runtime::Identifiable>::NAME => {
///                 tl_runtime::json::deserialize_unit(content)?;
///                 Self::InputPeerSelf
///             }
///             <types::InputPeerChannel as tl_runtime::Identifiable>::NAME => {
///                 Self::Channel(serde::Deserialize::deserialize(content)?)
///             }
///             _ => return Ok(None),
///         }))
///     }
/// }
/// #[cfg(feature = "json")]
/// impl<'de> serde::Deserialize<'de> for InputPeer { .. deserialize_tagged .. }
/// ```
pub fn enum_json(
    ctx: &Context<'_>,
    name: &Ident,
    tl: &str,
    variants: &[JsonVariant<'_>],
) -> TokenStream {
    let mut items = cfg(ctx, || serialize_impl(name, variants));
    items.extend(cfg(ctx, || tagged_impl(name, tl, variants)));
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

/// `impl serde::Serialize` of [`enum_json`], ungated.
fn serialize_impl(name: &Ident, variants: &[JsonVariant<'_>]) -> TokenStream {
    let arms = variants.iter().map(|v| {
        let (variant, path) = (v.name, v.path);
        if v.unit {
            quote! {
                Self::#variant => tl_runtime::json::serialize_unit::<#path, S>(serializer),
            }
        } else {
            quote!(Self::#variant(value) => tl_runtime::json::serialize_tagged(value, serializer),)
        }
    });
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// `impl tl_runtime::json::Tagged` of [`enum_json`], ungated.
fn tagged_impl(name: &Ident, tl: &str, variants: &[JsonVariant<'_>]) -> TokenStream {
    let expecting = format!("a constructor of type {tl}");
    let arms = variants.iter().map(|v| {
        let (variant, path) = (v.name, v.path);
        let tag = quote!(<#path as tl_runtime::Identifiable>::NAME);
        if v.unit {
            quote!(#tag => { tl_runtime::json::deserialize_unit(content)?; Self::#variant })
        } else {
            quote!(#tag => Self::#variant(serde::Deserialize::deserialize(content)?),)
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
