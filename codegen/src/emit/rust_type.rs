//! Model types to Rust types, and the facts about them the impls need.
//!
//! | TL | Rust |
//! |---|---|
//! | `int` `long` `double` | `i32` `i64` `f64` |
//! | `string` `bytes` | `String` `Vec<u8>` |
//! | `int128` `int256` | `[u8; 16]` `[u8; 32]` |
//! | `Bool` / `#` | `bool` / `u32` |
//! | `Vector<T>` / `vector<T>` | `Vec<T>` / `tl_runtime::RawVec<T>` |
//! | boxed `InputPeer` | `crate::enums::InputPeer` |
//! | bare `future_salt` | `crate::types::FutureSalt` |
//! | `X` of `{X:Type}` | `X` (a result: `X::Return`) |

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Prim, Type};

use super::error::EmitError;
use super::index::Index;
use super::naming::ident;

/// Where a type appears: generics mean the call (`X`) in a field, its answer in a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Field,
    Return,
}

/// The Rust type of `ty`; `used_by` names the definition for error messages.
pub fn rust_type(
    index: &Index<'_>,
    ty: &Type,
    position: Position,
    used_by: &str,
) -> Result<TokenStream, EmitError> {
    let tokens = match ty {
        Type::Prim(prim) => prim_type(*prim, used_by)?,
        Type::Nat => quote!(u32),
        Type::Boxed(name) => index.enum_path(name),
        Type::Bare(name) => {
            let def = index
                .resolve_bare(name)
                .ok_or_else(|| EmitError::UnknownType {
                    name: super::naming::tl_name(name),
                    used_by: used_by.to_owned(),
                })?;
            index.item_path(def)
        }
        Type::Vector { boxed, elem } => {
            let elem = rust_type(index, elem, position, used_by)?;
            if *boxed {
                quote!(Vec<#elem>)
            } else {
                quote!(tl_runtime::RawVec<#elem>)
            }
        }
        Type::Generic(name) => {
            let name = ident(name);
            match position {
                Position::Field => quote!(#name),
                Position::Return => quote!(#name::Return),
            }
        }
        Type::Builtin(_) | Type::Array { .. } => {
            let what = format!("the type `{ty}`");
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what,
            });
        }
        Type::Apply { head, .. } => {
            let what = format!("the generic application `{}`", super::naming::tl_name(head));
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what,
            });
        }
    };
    Ok(tokens)
}

fn prim_type(prim: Prim, used_by: &str) -> Result<TokenStream, EmitError> {
    Ok(match prim {
        Prim::Int => quote!(i32),
        Prim::Long => quote!(i64),
        Prim::Double => quote!(f64),
        Prim::String => quote!(String),
        Prim::Bytes => quote!(Vec<u8>),
        Prim::Int128 => quote!([u8; 16]),
        Prim::Int256 => quote!([u8; 32]),
        Prim::Bool => quote!(bool),
        Prim::True => {
            let what = "a `true` parameter outside a flag".to_owned();
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what,
            });
        }
    })
}

/// The encoded size when it does not depend on the value.
pub fn fixed_size(ty: &Type) -> Option<usize> {
    match ty {
        Type::Prim(Prim::Int) | Type::Prim(Prim::Bool) | Type::Nat => Some(4),
        Type::Prim(Prim::Long) | Type::Prim(Prim::Double) => Some(8),
        Type::Prim(Prim::Int128) => Some(16),
        Type::Prim(Prim::Int256) => Some(32),
        Type::Prim(Prim::True) => Some(0),
        _ => None,
    }
}

/// How a type's TL-JSON relates to hex strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hex {
    /// No bytes inside: plain serde.
    No,
    /// Bytes, int128 or int256, alone or in one (boxed or bare) vector: `tl_runtime::json::hex`.
    Yes,
    /// Bytes nested deeper (`Vector<Vector<bytes>>`): no serde helper exists.
    Unsupported,
}

/// Whether the TL-JSON of this type is hex (bytes, int128, int256, possibly in a vector).
pub fn hex(ty: &Type) -> Hex {
    match ty {
        Type::Prim(Prim::Bytes | Prim::Int128 | Prim::Int256) => Hex::Yes,
        Type::Vector { elem, .. } => match hex(elem) {
            Hex::No => Hex::No,
            Hex::Yes if !matches!(**elem, Type::Vector { .. }) => Hex::Yes,
            _ => Hex::Unsupported,
        },
        _ => Hex::No,
    }
}

/// Whether the type is a `long`, alone or in one (boxed or bare) vector: its TL-JSON is an
/// exact integer that may also be given as a decimal string (`tl_runtime::json::long`).
pub fn is_long(ty: &Type) -> bool {
    match ty {
        Type::Prim(Prim::Long) => true,
        Type::Vector { elem, .. } => matches!(**elem, Type::Prim(Prim::Long)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector(boxed: bool, elem: Type) -> Type {
        Type::Vector {
            boxed,
            elem: Box::new(elem),
        }
    }

    #[test]
    fn hex_shapes() {
        let bytes = Type::Prim(Prim::Bytes);
        assert_eq!(hex(&bytes), Hex::Yes);
        assert_eq!(hex(&Type::Prim(Prim::Int256)), Hex::Yes);
        assert_eq!(hex(&vector(true, bytes.clone())), Hex::Yes);
        assert_eq!(hex(&vector(false, bytes.clone())), Hex::Yes);
        assert_eq!(hex(&vector(true, vector(true, bytes))), Hex::Unsupported);
        assert_eq!(hex(&vector(true, Type::Prim(Prim::Long))), Hex::No);
        assert_eq!(hex(&Type::Prim(Prim::String)), Hex::No);
    }

    #[test]
    fn long_shapes() {
        let long = Type::Prim(Prim::Long);
        assert!(is_long(&long));
        assert!(is_long(&vector(true, long.clone())));
        assert!(is_long(&vector(false, long.clone())));
        assert!(!is_long(&vector(true, vector(true, long))));
        assert!(!is_long(&Type::Prim(Prim::Int)));
    }

    #[test]
    fn fixed_sizes() {
        assert_eq!(fixed_size(&Type::Prim(Prim::Int)), Some(4));
        assert_eq!(fixed_size(&Type::Prim(Prim::Bool)), Some(4));
        assert_eq!(fixed_size(&Type::Prim(Prim::Double)), Some(8));
        assert_eq!(fixed_size(&Type::Prim(Prim::Int128)), Some(16));
        assert_eq!(fixed_size(&Type::Nat), Some(4));
        assert_eq!(fixed_size(&Type::Prim(Prim::String)), None);
    }
}
