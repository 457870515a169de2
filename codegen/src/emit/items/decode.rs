//! `tl_runtime::Decode` of constructor structs (bare form) and function structs (which
//! first expect their own id). Every field of a shared-bit group is read when the one
//! bit is set.
//!
//! A failed read names the parameter (and the function) in the error's path through the
//! runtime's `Reader::field`/`Reader::flagged` (`Reader::function_field`/
//! `Reader::function_flagged` in a function), on the error path only: no closure per
//! field or per definition.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::{Category, DefId};

use crate::emit::items::braced;
use crate::emit::items::encode::mask_expr;
use crate::emit::items::structs::{generic_args, generic_bounds};
use crate::emit::plan::context::Context;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::naming::{ident, tl_name};

/// `impl Decode`:
///
/// ```ignore
/// impl tl_runtime::Decode for ExportChatInvite {
///     fn read(reader: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> {
///         const NAME: &str = "messages.exportChatInvite";
///         reader.expect_id(<Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID, NAME)?;
///         let flags: u32 = reader.function_field(NAME, "flags")?;
///         let legacy_revoke_permanent = (flags & (1 << 2)) != 0;
///         let peer = reader.function_field(NAME, "peer")?;
///         let expire_date = reader.function_flagged((flags & (1 << 3)) != 0, NAME, "expire_date")?;
///         Ok(Self { legacy_revoke_permanent, peer, expire_date })
///     }
/// }
/// ```
pub fn emit_deserialize(ctx: &Context<'_>, def: DefId, fields: &[Field<'_>]) -> TokenStream {
    let definition = ctx.def(def);
    let boxed = definition.category == Category::Function;
    let name = ident(ctx.index.item_name(def));
    let bound = quote!(tl_runtime::RemoteCall + tl_runtime::Decode);
    let bounds = generic_bounds(ctx, def, bound);
    let args = generic_args(ctx, def);
    let reader = reader_ident(fields);
    // A function's fields' errors also name the function: nothing else above it does (a
    // constructor's name is added by the enum that dispatched to it).
    let function = boxed.then(|| function_const(fields));
    let reads = fields
        .iter()
        .map(|field| read_field(field, &reader, function.as_ref()));
    let names = fields
        .iter()
        .filter(|f| f.is_user_field())
        .map(|f| &f.ident);
    let done = quote!(Ok(Self { #(#names),* }));
    let expect = function.as_ref().map(|function| {
        let tl = tl_name(&definition.name);
        quote! {
            const #function: &str = #tl;
            #reader.expect_id(<Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID, #function)?;
        }
    });
    let body = braced(expect.into_iter().chain(reads).chain([done]));
    // Presence bits come from flag words, which are read: only an empty bare
    // constructor reads nothing.
    let param = if boxed || !fields.is_empty() {
        reader.clone()
    } else {
        ident(&format!("_{reader}"))
    };
    // A constructor's bare read has one caller, its enum's dispatch (or a bare field):
    // inlining it there lets the value be built in place instead of moved.
    let inline = (!boxed).then(|| quote!(#[inline]));
    quote! {
        impl #bounds tl_runtime::Decode for #name #args {
            #inline
            fn read(#param: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> #body
        }
    }
}

/// `reader`, unless a field already has that name.
fn reader_ident(fields: &[Field<'_>]) -> Ident {
    unused_name("reader", fields)
}

/// `NAME`, the constant holding a function's TL name, unless a field already has that
/// name.
fn function_const(fields: &[Field<'_>]) -> Ident {
    unused_name("NAME", fields)
}

/// `base`, with `_` appended until no field has that name.
fn unused_name(base: &str, fields: &[Field<'_>]) -> Ident {
    let mut name = base.to_owned();
    while fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    ident(&name)
}

/// One `let` per parameter, in wire order; `function`: the constant naming the function
/// whose parameters these are.
fn read_field(field: &Field<'_>, reader: &Ident, function: Option<&Ident>) -> TokenStream {
    let name = &field.ident;
    let tl = field.tl_name;
    let read = match function {
        Some(function) => quote!(#reader.function_field(#function, #tl)?),
        None => quote!(#reader.field(#tl)?),
    };
    match &field.role {
        Role::FlagWord => quote!(let #name: u32 = #read;),
        Role::Required => quote!(let #name = #read;),
        Role::Presence(bit) => {
            let (word, mask) = (&bit.word, mask_expr(bit.bit));
            quote!(let #name = (#word & #mask) != 0;)
        }
        Role::Optional(bit) => {
            let (word, mask) = (&bit.word, mask_expr(bit.bit));
            let present = quote!((#word & #mask) != 0);
            match function {
                Some(function) => quote! {
                    let #name = #reader.function_flagged(#present, #function, #tl)?;
                },
                None => quote!(let #name = #reader.flagged(#present, #tl)?;),
            }
        }
    }
}
