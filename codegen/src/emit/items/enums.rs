//! One enum per boxed type: a variant per constructor, written with its id first.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::LitInt;

use crate::model::{Category, Dialect, QualName};

use crate::emit::error::EmitError;
use crate::emit::items::braced;
use crate::emit::items::docs::{doc_attrs, enum_path_text, struct_path_text};
use crate::emit::items::json::{enum_json, JsonVariant};
use crate::emit::plan::context::Context;
use crate::emit::plan::fields::plan;
use crate::emit::plan::naming::{ident, tl_name};
use crate::emit::plan::rust_type::struct_path;

/// A constructor as a variant.
struct Variant {
    name: proc_macro2::Ident,
    id: LitInt,
    /// `crate::types::...` path of the constructor's struct.
    path: TokenStream,
    /// Field-less constructors are unit variants.
    unit: bool,
    /// A constructor's struct, which `TryFrom` can give back (not a call of `Function`,
    /// held as `BoxedCall<F>`, which a unit variant cannot rebuild).
    constructor: bool,
    docs: TokenStream,
}

/// An id as a hex literal: `0x27bcbbfc`.
pub fn id_literal(id: u32) -> LitInt {
    LitInt::new(&format!("0x{id:08x}"), Span::call_site())
}

fn variants(ctx: &Context<'_>, ty: &QualName) -> Result<Vec<Variant>, EmitError> {
    let mut variants = Vec::new();
    for &def in ctx.index.constructors_of(ty) {
        let definition = ctx.def(def);
        let unit = !plan(ctx, def)?.iter().any(|f| f.is_user_field());
        let tl = tl_name(&definition.name);
        let path = struct_path_text(ctx, def);
        let docs = format!("`{tl}#{:08x}`: see [`{path}`].", definition.id);
        variants.push(Variant {
            name: ident(ctx.index.variant_name(ty, def)),
            id: id_literal(definition.id),
            path: struct_path(&ctx.index, def),
            unit,
            constructor: definition.category == Category::Constructor,
            docs: doc_attrs(&docs),
        });
    }
    Ok(variants)
}

fn enum_docs(ctx: &Context<'_>, ty: &QualName) -> String {
    let name = tl_name(ty);
    let mut text = match ctx.index.schema.type_docs.get(&name) {
        Some(docs) => format!("{docs}\n"),
        None => {
            format!("The TL type `{name}`: one of its constructors, written with its id first.\n")
        }
    };
    // core.telegram.org documents Telegram's schemas only, not TDLib's or TON's.
    if ctx.index.schema.dialect == Dialect::Telegram {
        text.push_str(&format!("\nSee <https://core.telegram.org/type/{name}>."));
    }
    text
}

/// Declares the enum of a boxed type with its inherent and trait impls:
///
/// ```ignore
/// #[derive(Debug, Clone, PartialEq)]
/// // the attributes of `Customize::type_attributes` matching the type's TL name
/// pub enum InputPeer {
///     InputPeerSelf,
///     Channel(crate::types::InputPeerChannel),
/// }
/// impl InputPeer { pub fn constructor_id(&self) -> u32 { .. } }
/// impl From<crate::types::InputPeerChannel> for InputPeer { .. }
/// impl TryFrom<InputPeer> for crate::types::InputPeerChannel { .. }
/// impl tl_runtime::Encode for InputPeer { .. }
/// impl tl_runtime::Decode for InputPeer { .. }
/// // and, under the `json` feature, `serde::Serialize`, `Tagged` and `serde::Deserialize`
/// // (see `json.rs`)
/// ```
pub fn emit_enum(ctx: &Context<'_>, ty: &QualName) -> Result<TokenStream, EmitError> {
    let variants = variants(ctx, ty)?;
    let name = ident(&ctx.index.enum_name(ty));
    let docs = doc_attrs(&enum_docs(ctx, ty));
    let decls = braced(variants.iter().map(|v| {
        let (docs, variant, path) = (&v.docs, &v.name, &v.path);
        let payload = (!v.unit).then(|| quote!((#path)));
        quote! {
            #docs
            #variant #payload,
        }
    }));
    let ids = braced(variants.iter().map(|v| {
        let (variant, id) = (&v.name, &v.id);
        let pattern = if v.unit {
            quote!(Self::#variant)
        } else {
            quote!(Self::#variant(_))
        };
        quote!(#pattern => #id,)
    }));
    let only = variants.len() == 1;
    let from = variants.iter().map(|v| {
        let back = v.constructor.then(|| emit_try_from(&name, v, only));
        [emit_from(&name, v), back.unwrap_or_default()]
    });
    let serialize = emit_enum_serialize(&name, &variants);
    let deserialize = emit_enum_deserialize(&name, &tl_name(ty), &variants);
    let json_variants: Vec<JsonVariant<'_>> = variants
        .iter()
        .map(|v| JsonVariant {
            name: &v.name,
            path: &v.path,
            unit: v.unit,
        })
        .collect();
    let json = enum_json(ctx, &name, &tl_name(ty), &json_variants);
    let path = enum_path_text(ctx, ty);
    let id_doc = format!(" The constructor id of this value (what [`{path}`] writes first).");
    let custom = ctx.custom.type_attrs(&tl_name(ty));
    let mut item = docs;
    item.extend(quote! {
        #[derive(Debug, Clone, PartialEq)]
        #custom
        pub enum #name #decls
        impl #name {
            #[doc = #id_doc]
            pub fn constructor_id(&self) -> u32 {
                match self #ids
            }
        }
    });
    item.extend(from.flatten());
    item.extend([serialize, deserialize, json]);
    Ok(item)
}

/// `impl From<types::X> for Y`:
///
/// ```ignore
/// impl From<crate::types::InputPeerChannel> for InputPeer {
///     fn from(value: crate::types::InputPeerChannel) -> Self {
///         Self::Channel(value)
///     }
/// }
/// ```
fn emit_from(name: &proc_macro2::Ident, v: &Variant) -> TokenStream {
    let (variant, path) = (&v.name, &v.path);
    let body = if v.unit {
        quote!(fn from(_value: #path) -> Self { Self::#variant })
    } else {
        quote!(fn from(value: #path) -> Self { Self::#variant(value) })
    };
    quote!(impl From<#path> for #name { #body })
}

/// `impl TryFrom<Y> for types::X`, which hands the value back when it holds another
/// constructor:
///
/// ```ignore
/// impl TryFrom<InputPeer> for crate::types::InputPeerChannel {
///     type Error = InputPeer;
///     fn try_from(value: InputPeer) -> Result<Self, InputPeer> {
///         match value {
///             InputPeer::Channel(value) => Ok(value),
///             other => Err(other),
///         }
///     }
/// }
/// ```
///
/// The constructor of a type with no other (`only`) converts with `From` (and so with
/// the standard `TryFrom`, which cannot fail).
fn emit_try_from(name: &proc_macro2::Ident, v: &Variant, only: bool) -> TokenStream {
    let (variant, path) = (&v.name, &v.path);
    let (pattern, value) = if v.unit {
        (quote!(#name::#variant), quote!(#path {}))
    } else {
        (quote!(#name::#variant(value)), quote!(value))
    };
    if only {
        return quote! {
            impl From<#name> for #path {
                fn from(value: #name) -> Self {
                    let #pattern = value;
                    #value
                }
            }
        };
    }
    quote! {
        impl TryFrom<#name> for #path {
            type Error = #name;
            fn try_from(value: #name) -> Result<Self, #name> {
                match value {
                    #pattern => Ok(#value),
                    other => Err(other),
                }
            }
        }
    }
}

/// Boxed encoding: the id, then the constructor's bare form:
///
/// ```ignore
/// impl tl_runtime::Encode for InputPeer {
///     fn encoded_len(&self) -> Result<usize, tl_runtime::EncodeError> {
///         Ok(4 + match self { Self::Channel(value) => value.encoded_len()?, _ => 0 })
///     }
///     fn write_raw<B: tl_runtime::bytes::BufMut + ?Sized>(&self, buf: &mut B) {
///         self.constructor_id().write_raw(buf);
///         if let Self::Channel(value) = self { value.write_raw(buf); }
///     }
/// }
/// ```
fn emit_enum_serialize(name: &proc_macro2::Ident, variants: &[Variant]) -> TokenStream {
    let data: Vec<_> = variants
        .iter()
        .filter(|v| !v.unit)
        .map(|v| &v.name)
        .collect();
    let rest = (data.len() < variants.len()).then(|| quote!(_ => 0,));
    let rest_unit = (data.len() < variants.len()).then(|| quote!(_ => {}));
    let (len, write) = if data.is_empty() {
        (quote!(Ok(4)), TokenStream::new())
    } else {
        (
            quote!(Ok(4 + match self { #(Self::#data(value) => value.encoded_len()?,)* #rest })),
            match (data.as_slice(), rest_unit) {
                ([only], Some(_)) => {
                    quote!(if let Self::#only(value) = self { value.write_raw(buf); })
                }
                (_, rest) => {
                    quote!(match self { #(Self::#data(value) => value.write_raw(buf),)* #rest })
                }
            },
        )
    };
    quote! {
        impl tl_runtime::Encode for #name {
            fn encoded_len(&self) -> Result<usize, tl_runtime::EncodeError> { #len }
            fn write_raw<B: tl_runtime::bytes::BufMut + ?Sized>(&self, buf: &mut B) {
                self.constructor_id().write_raw(buf);
                #write
            }
        }
    }
}

/// Reads the id and enters one nesting level (the recursion budget), then dispatches;
/// a failed read of a constructor adds its TL name to the error's path
/// (`Reader::constructor`):
///
/// ```ignore
/// impl tl_runtime::Decode for InputPeer {
///     fn read(reader: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> {
///         let (id, offset) = reader.enter_boxed()?;
///         let value = match id {
///             0x7da07ec9 => Ok(Self::InputPeerSelf),
///             0x27bcbbfc => reader.constructor(Self::Channel),
///             _ => Err(tl_runtime::DecodeError::unknown_constructor("InputPeer", id, offset)),
///         };
///         reader.leave();
///         value
///     }
/// }
/// ```
fn emit_enum_deserialize(name: &proc_macro2::Ident, tl: &str, variants: &[Variant]) -> TokenStream {
    let arms = variants.iter().map(|v| {
        let (variant, id) = (&v.name, &v.id);
        if v.unit {
            quote!(#id => Ok(Self::#variant),)
        } else {
            quote!(#id => reader.constructor(Self::#variant),)
        }
    });
    quote! {
        impl tl_runtime::Decode for #name {
            fn read(reader: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> {
                let (id, offset) = reader.enter_boxed()?;
                let value = match id {
                    #(#arms)*
                    _ => Err(tl_runtime::DecodeError::unknown_constructor(#tl, id, offset)),
                };
                reader.leave();
                value
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::emit::{emit_single_file, EmitOptions};
    use crate::model::{load, Dialect, SourceFile};

    /// TON declares `Object` and `Function`: a field-less call is a unit variant of
    /// `Function` held as `BoxedCall<F>`, which `TryFrom` cannot rebuild, so only
    /// constructors convert back (the zoo's `ton_api.tl` once emitted invalid Rust here).
    #[test]
    fn only_constructors_convert_back_out_of_an_enum() {
        let text = "int32 = Int32;\nobject ? = Object;\nfunction ? = Function;\n\
                    empty = Empty;\npoint x:int32 = Point;\n\
                    holder value:Object call:Function = Holder;\n\
                    ---functions---\nping = Empty;\n";
        let sources = [SourceFile::new("t.tl", text)];
        let schema = load(&sources, Dialect::Tdlib).into_result().unwrap();
        let code = emit_single_file(&schema, &EmitOptions::default()).expect("valid Rust");
        let flat = code.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("impl TryFrom<Object> for types::Empty"),
            "{code}"
        );
        assert!(flat.contains("impl From<Point> for types::Point"), "{code}");
        assert!(flat.contains("pub enum Function"), "{code}");
        assert!(!flat.contains("TryFrom<Function>"), "{code}");
    }
}
