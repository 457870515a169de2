//! `tl_runtime::Encode` of constructor structs (bare form) and function structs
//! (always boxed: id first). Flag words are computed from the fields; `encoded_len()`
//! rejects a shared bit set by some fields of its group but not all.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Category, DefId};

use crate::emit::items::braced;
use crate::emit::items::structs::{generic_args, generic_bounds};
use crate::emit::plan::context::Context;
use crate::emit::plan::fields::{Field, Role};
use crate::emit::plan::flags::{mask, FlagWord};
use crate::emit::plan::naming::{field_name, ident, tl_name};

/// `impl Encode`:
///
/// ```ignore
/// impl tl_runtime::Encode for ExportChatInvite {
///     fn encoded_len(&self) -> Result<usize, tl_runtime::EncodeError> {
///         Ok(8 + self.peer.encoded_len()? + if self.expire_date.is_some() { 4 } else { 0 })
///     }
///     fn write_raw<B: tl_runtime::bytes::BufMut + ?Sized>(&self, buf: &mut B) {
///         let flags: u32 = (u32::from(self.expire_date.is_some()) << 2);
///         <Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID.write_raw(buf);
///         flags.write_raw(buf);
///         self.peer.write_raw(buf);
///         if let Some(value) = &self.expire_date { value.write_raw(buf); }
///     }
/// }
/// ```
pub fn emit_serialize(ctx: &Context<'_>, def: DefId, fields: &[Field<'_>]) -> TokenStream {
    let definition = ctx.def(def);
    let boxed = definition.category == Category::Function;
    let name = ident(ctx.index.item_name(def));
    let bounds = generic_bounds(ctx, def, quote!(tl_runtime::RemoteCall));
    let args = generic_args(ctx, def);
    let encoded_len = braced([encoded_len_body(ctx, def, fields, boxed)]);
    let write = braced([write_body(ctx, def, fields, boxed)]);
    let buf = if boxed || !fields.is_empty() {
        quote!(buf)
    } else {
        quote!(_buf)
    };
    // A constructor's bare form has one caller, its enum (see `emit_deserialize`).
    let inline = (!boxed).then(|| quote!(#[inline]));
    quote! {
        impl #bounds tl_runtime::Encode for #name #args {
            #inline
            fn encoded_len(&self) -> Result<usize, tl_runtime::EncodeError> #encoded_len
            #inline
            fn write_raw<B: tl_runtime::bytes::BufMut + ?Sized>(&self, #buf: &mut B) #write
        }
    }
}

/// The exact encoded length: constant part folded into one literal, then variable terms
/// (`encoded_len()?`, which also checks the value).
fn length(fields: &[Field<'_>], boxed: bool) -> TokenStream {
    let mut constant = if boxed { 4 } else { 0 };
    let mut terms = Vec::new();
    for field in fields {
        let name = &field.ident;
        match (&field.role, field.fixed) {
            (Role::Presence(_), _) => {}
            (Role::FlagWord | Role::Required, Some(size)) => constant += size,
            (Role::FlagWord | Role::Required, None) => {
                terms.push(quote!(self.#name.encoded_len()?))
            }
            (Role::Optional(_), Some(size)) => {
                let size = Literal::usize_unsuffixed(size);
                terms.push(quote!(if self.#name.is_some() { #size } else { 0 }))
            }
            (Role::Optional(_), None) => terms.push(quote!(tl_runtime::optional_len(&self.#name)?)),
        }
    }
    if constant > 0 || terms.is_empty() {
        let constant = Literal::usize_unsuffixed(constant);
        terms.insert(0, quote!(#constant));
    }
    quote!(#(#terms)+*)
}

/// Shared-bit agreement, then the length.
fn encoded_len_body(
    ctx: &Context<'_>,
    def: DefId,
    fields: &[Field<'_>],
    boxed: bool,
) -> TokenStream {
    let ty = tl_name(&ctx.def(def).name);
    let by_param = |param: usize| fields.iter().find(|f| f.param == param);
    let mut statements = Vec::new();
    for (word, group) in ctx.flags(def).shared_groups() {
        let flag = format!("{}.{}", word.name, group.bit);
        let mut members = group.members.iter().filter_map(|&p| by_param(p));
        let Some(first) = members.next() else {
            continue;
        };
        for other in members {
            let (a, b) = (first.presence(), other.presence());
            let (a_name, b_name) = (first.tl_name, other.tl_name);
            statements.push(quote! {
                if #a != #b {
                    let (set, unset) = if #a { (#a_name, #b_name) } else { (#b_name, #a_name) };
                    return Err(tl_runtime::EncodeError::FlagGroupMismatch {
                        ty: #ty, flag: #flag, set, unset,
                    });
                }
            });
        }
    }
    let mut written = fields
        .iter()
        .filter(|f| !matches!(f.role, Role::Presence(_)));
    match (boxed, written.next(), written.next()) {
        // A lone variable field's `encoded_len()` is the result (clippy: no `Ok(x?)`).
        (false, Some(only), None) if only.role == Role::Required && only.fixed.is_none() => {
            let name = &only.ident;
            quote!(#(#statements)* self.#name.encoded_len())
        }
        _ => {
            let len = length(fields, boxed);
            quote!(#(#statements)* Ok(#len))
        }
    }
}

/// Computes the flag words, then writes (id,) parameters in order.
fn write_body(ctx: &Context<'_>, def: DefId, fields: &[Field<'_>], boxed: bool) -> TokenStream {
    let words = ctx
        .flags(def)
        .words
        .iter()
        .map(|word| compute_word(word, fields));
    let id =
        boxed.then(|| quote!(<Self as tl_runtime::Identifiable>::CONSTRUCTOR_ID.write_raw(buf);));
    let writes = fields.iter().map(|field| {
        let name = &field.ident;
        match field.role {
            Role::FlagWord => quote!(#name.write_raw(buf);),
            Role::Required => quote!(self.#name.write_raw(buf);),
            Role::Optional(_) => quote!(if let Some(value) = &self.#name { value.write_raw(buf); }),
            Role::Presence(_) => TokenStream::new(),
        }
    });
    quote!(#(#words)* #id #(#writes)*)
}

/// `let flags = u32::from(<present>) | (u32::from(<present>) << N) | ...;`: without
/// branches, one shift and or per bit.
fn compute_word(word: &FlagWord, fields: &[Field<'_>]) -> TokenStream {
    let local = fields
        .iter()
        .find(|f| f.tl_name == word.name)
        .map(|f| f.ident.clone());
    let local = local.unwrap_or_else(|| ident(&field_name(&word.name)));
    let bits: Vec<(TokenStream, u32)> = word
        .bits
        .iter()
        .filter_map(|group| {
            let first = fields.iter().find(|f| f.param == group.members[0])?;
            Some((first.presence(), group.bit))
        })
        .collect();
    // Parentheses only where the shift is one operand of `|`.
    let alone = bits.len() == 1;
    let terms = bits.iter().map(|(presence, bit)| match bit {
        0 => quote!(u32::from(#presence)),
        _ if alone => {
            let bit = Literal::u32_unsuffixed(*bit);
            quote!(u32::from(#presence) << #bit)
        }
        _ => {
            let bit = Literal::u32_unsuffixed(*bit);
            quote!((u32::from(#presence) << #bit))
        }
    });
    if bits.is_empty() {
        return quote!(let #local = 0u32;);
    }
    quote!(let #local: u32 = #(#terms)|*;)
}

/// `1 << N` (just `1` for bit 0, which clippy would call an identity operation).
pub fn bit_expr(bit: u32) -> TokenStream {
    if bit == 0 {
        let one = Literal::u32_unsuffixed(mask(0));
        quote!(#one)
    } else {
        let bit = Literal::u32_unsuffixed(bit);
        quote!(1 << #bit)
    }
}

/// [`bit_expr`] as an operand of `&`: `(1 << N)`, parenthesized for the reader.
pub fn mask_expr(bit: u32) -> TokenStream {
    let bit_expr = bit_expr(bit);
    if bit == 0 {
        bit_expr
    } else {
        quote!((#bit_expr))
    }
}
