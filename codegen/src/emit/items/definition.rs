//! Everything emitted for one constructor or function: the struct, `new()`, and the
//! `Identifiable`, `Encode`, `Decode` (and, for functions, `RemoteCall`) impls.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Category, DefId, Type};

use crate::emit::error::EmitError;
use crate::emit::items::decode::emit_deserialize;
use crate::emit::items::docs::error_enum_path_text;
use crate::emit::items::encode::emit_serialize;
use crate::emit::items::enums::id_literal;
use crate::emit::items::error_enums::has_error_enum;
use crate::emit::items::structs::{emit_new, emit_struct, generic_args, generic_bounds};
use crate::emit::plan::context::Context;
use crate::emit::plan::customize::Strings;
use crate::emit::plan::fields::plan;
use crate::emit::plan::naming::{ident, tl_name};
use crate::emit::plan::rust_type::{rust_type, Mapping, Position};

/// The struct of definition `def` and all its impls.
pub fn emit_definition(ctx: &Context<'_>, def: DefId) -> Result<TokenStream, EmitError> {
    let fields = plan(ctx, def)?;
    let definition = ctx.def(def);
    if definition.category == Category::Constructor && !definition.generics.is_empty() {
        let what = "a constructor with type parameters".to_owned();
        return Err(EmitError::Unsupported {
            definition: tl_name(&definition.name),
            what,
        });
    }
    let item = emit_struct(ctx, def, &fields);
    let new = emit_new(ctx, def, &fields);
    let identifiable = emit_identifiable(ctx, def);
    let serialize = emit_serialize(ctx, def, &fields);
    let deserialize = emit_deserialize(ctx, def, &fields);
    let remote_call = match definition.category {
        Category::Function => emit_remote_call(ctx, def)?,
        Category::Constructor => TokenStream::new(),
    };
    let parts = [item, new, identifiable, serialize, deserialize, remote_call];
    Ok(parts.into_iter().collect())
}

/// `impl Identifiable`:
///
/// ```ignore
/// impl tl_runtime::Identifiable for InputPeerChannel {
///     const CONSTRUCTOR_ID: u32 = 0x27bcbbfc;
///     const NAME: &'static str = "inputPeerChannel";
/// }
/// ```
pub fn emit_identifiable(ctx: &Context<'_>, def: DefId) -> TokenStream {
    let definition = ctx.def(def);
    let name = ident(ctx.index.item_name(def));
    let generics = generic_args(ctx, def);
    let id = id_literal(definition.id);
    let tl = tl_name(&definition.name);
    quote! {
        impl #generics tl_runtime::Identifiable for #name #generics {
            const CONSTRUCTOR_ID: u32 = #id;
            const NAME: &'static str = #tl;
        }
    }
}

/// `impl RemoteCall` of a function; a generic result `X` answers what the wrapped call does:
///
/// and its error is the method's error enum when it has one, the wrapped call's for a generic
/// result, [`tl_runtime::RpcError`] otherwise:
///
/// ```ignore
/// impl tl_runtime::RemoteCall for ExportChatInvite {
///     type Return = enums::ExportedChatInvite;
///     type Error = super::super::errors::messages::ExportChatInviteError;
/// }
/// impl<X: tl_runtime::RemoteCall> tl_runtime::RemoteCall for InvokeWithLayer<X> {
///     type Return = X::Return;
///     type Error = X::Error;
/// }
/// ```
pub fn emit_remote_call(ctx: &Context<'_>, def: DefId) -> Result<TokenStream, EmitError> {
    let definition = ctx.def(def);
    let name = ident(ctx.index.item_name(def));
    let used_by = tl_name(&definition.name);
    let mapping = Mapping {
        externs: &ctx.custom.externs,
        strings: Strings::default(),
    };
    let ret = rust_type(
        &ctx.index,
        mapping,
        &definition.ty,
        Position::Return,
        &used_by,
    )?;
    let error = match &definition.ty {
        _ if has_error_enum(ctx, def) => error_enum_path_text(ctx, def)
            .parse()
            .expect("an error enum's path is tokens"),
        Type::Generic(wrapped) => {
            let wrapped = ident(wrapped);
            quote!(#wrapped::Error)
        }
        _ => quote!(tl_runtime::RpcError),
    };
    let bounds = generic_bounds(ctx, def, quote!(tl_runtime::RemoteCall));
    let args = generic_args(ctx, def);
    Ok(quote! {
        impl #bounds tl_runtime::RemoteCall for #name #args {
            type Return = #ret;
            type Error = #error;
        }
    })
}
