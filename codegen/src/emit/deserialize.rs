//! `tl_runtime::Deserialize` of constructor structs (bare form) and function structs
//! (which first expect their own id). Every field of a shared-bit group is read when
//! the one bit is set.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::Category;

use super::context::Context;
use super::fields::{Field, Role};
use super::modules::braced;
use super::naming::{ident, tl_name};
use super::serialize::mask_expr;
use super::structs::{generic_args, generic_bounds};

/// `impl Deserialize`:
///
/// ```ignore
/// impl tl_runtime::Deserialize for ExportChatInvite {
///     fn read(reader: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> {
///         reader.expect_id(<Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID, "messages.exportChatInvite")?;
///         let flags: u32 = tl_runtime::Deserialize::read(reader)
///             .map_err(|error| error.in_field("flags").in_constructor("messages.exportChatInvite"))?;
///         let legacy_revoke_permanent = (flags & (1 << 2)) != 0;
///         let peer = tl_runtime::Deserialize::read(reader).map_err(|error| ..)?;
///         let expire_date = if (flags & (1 << 3)) != 0 {
///             Some(tl_runtime::Deserialize::read(reader).map_err(|error| ..)?)
///         } else {
///             None
///         };
///         Ok(Self { legacy_revoke_permanent, peer, expire_date })
///     }
/// }
/// ```
pub fn emit_deserialize(ctx: &Context<'_>, def: usize, fields: &[Field<'_>]) -> TokenStream {
    let definition = ctx.def(def);
    let boxed = definition.category == Category::Function;
    let name = ident(ctx.index.item_name(def));
    let bound = quote!(tl_runtime::RemoteCall + tl_runtime::Deserialize);
    let bounds = generic_bounds(ctx, def, bound);
    let args = generic_args(ctx, def);
    let reader = reader_ident(fields);
    // Presence bits come from flag words, which are read: only an empty bare
    // constructor reads nothing.
    let param = if boxed || !fields.is_empty() {
        reader.clone()
    } else {
        ident(&format!("_{reader}"))
    };
    let expect = boxed.then(|| {
        let tl = tl_name(&definition.name);
        quote!(#reader.expect_id(<Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID, #tl)?;)
    });
    // Errors of a function's fields also name the function: nothing else above it
    // does (a constructor's name is added by the enum that dispatched to it).
    let function = boxed.then(|| tl_name(&definition.name));
    let reads = fields
        .iter()
        .map(|field| read_field(field, &reader, function.as_deref()));
    let names = fields
        .iter()
        .filter(|f| f.is_user_field())
        .map(|f| &f.ident);
    let done = quote!(Ok(Self { #(#names),* }));
    let body = braced(expect.into_iter().chain(reads).chain([done]));
    // A constructor's bare read has one caller, its enum's dispatch (or a bare field):
    // inlining it there lets the value be built in place instead of moved.
    let inline = (!boxed).then(|| quote!(#[inline]));
    quote! {
        impl #bounds tl_runtime::Deserialize for #name #args {
            #inline
            fn read(#param: &mut tl_runtime::Reader<'_>) -> Result<Self, tl_runtime::DecodeError> #body
        }
    }
}

/// `reader`, unless a field already has that name.
fn reader_ident(fields: &[Field<'_>]) -> Ident {
    let mut name = String::from("reader");
    while fields.iter().any(|f| f.name == name) {
        name.push('_');
    }
    ident(&name)
}

/// One `let` per parameter, in wire order. A failed read adds the parameter's name (and
/// the function's, for a function) to the error's path, on the error path only.
fn read_field(field: &Field<'_>, reader: &Ident, function: Option<&str>) -> TokenStream {
    let name = &field.ident;
    let tl = field.tl_name;
    let outer = function.map(|function| quote!(.in_constructor(#function)));
    let read = quote! {
        tl_runtime::Deserialize::read(#reader).map_err(|error| error.in_field(#tl) #outer)?
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
            quote!(let #name = if (#word & #mask) != 0 { Some(#read) } else { None };)
        }
    }
}
