//! The Rust view of a definition's parameters: which become fields, with what type.
//!
//! - a flag word (`flags:#` referred to by conditionals) is no field: it is computed;
//! - `name:flags.N?true` is a `bool` (only the bit);
//! - `name:flags.N?T` is an `Option<T>` (`flags.N?Bool` gives `Option<bool>`);
//! - anything else is a plain field; recursive ones are boxed (see [`crate::emit::plan::recursion`]).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::{DefId, Param, ParamKind, Prim, Type};

use crate::emit::error::EmitError;
use crate::emit::plan::context::Context;
use crate::emit::plan::naming::{field_name, field_names, ident, tl_name};
use crate::emit::plan::rust_type::{fixed_size, hex, is_long, rust_type, Hex, Mapping, Position};

/// What a parameter is in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A `#` word computed from the optional fields.
    FlagWord,
    /// Always present.
    Required,
    /// `flags.N?T`: present when the bit is set.
    Optional(Bit),
    /// `flags.N?true`: the bit itself.
    Presence(Bit),
}

/// A bit of a flag word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bit {
    /// The local variable holding the word (`flags`, `flags2`).
    pub word: Ident,
    /// The TL spelling of the word.
    pub word_name: String,
    pub bit: u32,
}

/// One parameter of a definition, ready for the emitters.
#[derive(Debug, Clone)]
pub struct Field<'a> {
    /// Index of the parameter in `Definition::params`.
    pub param: usize,
    /// The TL parameter name (`type`, `expire_date`).
    pub tl_name: &'a str,
    /// The escaped Rust name (`r#type`, `self_`).
    pub name: String,
    pub ident: Ident,
    pub role: Role,
    /// The Rust type of the value (`Box<..>` included, `Option` not).
    pub value_ty: TokenStream,
    /// The encoded size of the value when constant.
    pub fixed: Option<usize>,
    pub hex: Hex,
    /// A `long` (alone or in one vector): TL-JSON also accepts it as a decimal string.
    pub long: bool,
    /// A type variable (`query:!X`): a call wrapped by a generic function.
    pub generic: bool,
}

impl Field<'_> {
    /// The type the struct declares: `Option<T>`, `bool` or `T`.
    pub fn decl_ty(&self) -> TokenStream {
        let value = &self.value_ty;
        match self.role {
            Role::Optional(_) => quote!(Option<#value>),
            Role::Presence(_) => quote!(bool),
            Role::FlagWord | Role::Required => quote!(#value),
        }
    }

    /// Whether this is a field of the struct (flag words are not).
    pub fn is_user_field(&self) -> bool {
        self.role != Role::FlagWord
    }

    /// Whether the field is a plain, always present one (a `new()` argument).
    pub fn is_required(&self) -> bool {
        self.role == Role::Required
    }

    /// An expression that is true when the field is present (for conditional fields).
    pub fn presence(&self) -> TokenStream {
        let name = &self.ident;
        match self.role {
            Role::Presence(_) => quote!(self.#name),
            _ => quote!(self.#name.is_some()),
        }
    }
}

/// The role of a parameter and the TL type of its value; `field` names a flag word's field.
fn role_of<'p>(param: &'p Param, field: &dyn Fn(&str) -> String) -> (Role, &'p Type) {
    match &param.kind {
        ParamKind::Nat { used_as_flags } => {
            let role = if *used_as_flags {
                Role::FlagWord
            } else {
                Role::Required
            };
            (role, &Type::Nat)
        }
        ParamKind::Field { ty, flag: None, .. } => (Role::Required, ty),
        ParamKind::Field {
            ty,
            flag: Some(flag),
            ..
        } => {
            let word_name = flag.field.clone();
            let word = ident(&field(&word_name));
            let bit = Bit {
                word,
                word_name,
                bit: flag.bit,
            };
            match ty {
                Type::Prim(Prim::True) => (Role::Presence(bit), ty),
                _ => (Role::Optional(bit), ty),
            }
        }
    }
}

/// The fields of definition `def`, in parameter order.
pub fn plan<'a>(ctx: &Context<'a>, def: DefId) -> Result<Vec<Field<'a>>, EmitError> {
    let definition = ctx.def(def);
    let used_by = tl_name(&definition.name);
    let mut fields = Vec::with_capacity(definition.params.len());
    let names = field_names(definition.params.iter().map(|p| p.name.as_str()));
    let field = |tl: &str| match definition.params.iter().position(|p| p.name == tl) {
        Some(i) => names[i].clone(),
        None => field_name(tl),
    };
    for (i, param) in definition.params.iter().enumerate() {
        let (role, ty) = role_of(param, &field);
        let value_ty = match role {
            Role::Presence(_) => quote!(bool),
            _ => {
                let mapping = Mapping {
                    externs: &ctx.custom.externs,
                    strings: ctx.custom.strings(&used_by, &param.name),
                };
                rust_type(&ctx.index, mapping, ty, Position::Field, &used_by)?
            }
        };
        let value_ty = if ctx.boxing.is_boxed(def, i) {
            quote!(Box<#value_ty>)
        } else {
            value_ty
        };
        let hex = hex(ty);
        if hex == Hex::Unsupported {
            let what = format!(
                "TL-JSON of parameter `{}` (bytes nested in vectors)",
                param.name
            );
            return Err(EmitError::Unsupported {
                definition: used_by,
                what,
            });
        }
        let name = names[i].clone();
        fields.push(Field {
            param: i,
            tl_name: &param.name,
            ident: ident(&name),
            name,
            role,
            value_ty,
            fixed: fixed_size(ty),
            hex,
            long: is_long(ty),
            generic: matches!(ty, Type::Generic(_)),
        });
    }
    Ok(fields)
}
