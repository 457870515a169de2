//! Model types to Rust types, and the facts about them the impls need.
//!
//! | TL | Rust |
//! |---|---|
//! | `int` `long` `double` | `i32` `i64` `f64` |
//! | `string` `bytes` | `String` `Vec<u8>` |
//! | the same, customized ([`Strings`]) | `tl_runtime::SharedStr` `tl_runtime::bytes::Bytes` |
//! | `int128` `int256` `int512` | `[u8; 16]` `[u8; 32]` `[u8; 64]` |
//! | `Bool` / `#` | `bool` / `u32` |
//! | `true` (outside a flag; under one it is the flag's `bool`) | `()` |
//! | `Vector<T>` / `vector<T>` | `Vec<T>` / `tl_runtime::RawVec<T>` |
//! | boxed `InputPeer` | `crate::enums::InputPeer` |
//! | an extern boxed type ([`Externs`]) | the Rust path given for it |
//! | bare `future_salt` | `crate::types::FutureSalt` |
//! | `X` of `{X:Type}` | `X` (a result: `X::Return`) |
//! | a function's result no constructor builds (`= HttpWait`) | `tl_runtime::NoConstructor` |
//! | built-in `int32` `int53` `int64` `secureString` ... | as the scalar it carries ([`wire_type`]) |
//! | built-in `object` / `Object`, `function` / `Function` | `crate::enums::Object` / `Function` |
//! | a variant of `Function` | `tl_runtime::BoxedCall<crate::functions::..>` |
//!
//! `Object` and `Function` are enums like any boxed type's, over every constructor (every
//! function) of the schema: [`crate::model::Schema::any_types`].

use std::borrow::Cow;

use crate::model::{builtin_wire, BuiltinWire, Category, DefId, Prim, Type};

use crate::emit::error::EmitError;
use crate::emit::plan::customize::{Externs, Strings};
use crate::emit::plan::index::Index;

/// Where a type appears: generics mean the call (`X`) in a field, its answer in a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Field,
    Return,
}

/// What the customizations change in one type: the extern types, and the Rust types of
/// `string` and `bytes` (vectors and options of them included).
#[derive(Debug, Clone, Copy)]
pub struct Mapping<'c> {
    pub externs: &'c Externs,
    pub strings: Strings,
}

/// The Rust type of `ty`; `used_by` names the definition for error messages.
pub fn rust_type(
    index: &Index<'_>,
    mapping: Mapping<'_>,
    ty: &Type,
    position: Position,
    used_by: &str,
) -> Result<String, EmitError> {
    let text = match wire_type(ty).as_ref() {
        Type::Prim(prim) => prim_type(*prim, mapping.strings).to_owned(),
        Type::Nat => "u32".to_owned(),
        Type::Boxed(name) => match mapping.externs.path(index, name) {
            Some(path) => path,
            None => boxed_type(index, name, position),
        },
        Type::Bare(name) => {
            let def = index
                .resolve_bare(name)
                .ok_or_else(|| EmitError::UnknownType {
                    name: crate::emit::plan::naming::tl_name(name),
                    used_by: used_by.to_owned(),
                })?;
            index.item_path(def)
        }
        Type::Vector { boxed, elem } => {
            let elem = rust_type(index, mapping, elem, position, used_by)?;
            if *boxed {
                format!("Vec<{elem}>")
            } else {
                format!("tl_runtime::RawVec<{elem}>")
            }
        }
        Type::Generic(name) => match position {
            Position::Field => name.clone(),
            Position::Return => format!("{name}::Return"),
        },
        Type::Builtin(_) | Type::Array { .. } => {
            let what = format!("the type `{ty}`");
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what,
            });
        }
        Type::Apply { head, .. } => {
            let what = format!(
                "the generic application `{}`",
                crate::emit::plan::naming::tl_name(head)
            );
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what,
            });
        }
    };
    Ok(text)
}

/// The enum of a boxed type, or `NoConstructor` for a result no constructor builds.
fn boxed_type(index: &Index<'_>, name: &crate::model::QualName, position: Position) -> String {
    if position == Position::Return && index.constructors_of(name).is_empty() {
        "tl_runtime::NoConstructor".to_owned()
    } else {
        index.enum_path(name)
    }
}

fn prim_type(prim: Prim, strings: Strings) -> &'static str {
    match prim {
        Prim::Int => "i32",
        Prim::Long => "i64",
        Prim::Double => "f64",
        Prim::String if strings.shared => "tl_runtime::SharedStr",
        Prim::String => "String",
        Prim::Bytes if strings.bytes => "tl_runtime::bytes::Bytes",
        Prim::Bytes => "Vec<u8>",
        Prim::Int128 => "[u8; 16]",
        Prim::Int256 => "[u8; 32]",
        Prim::Int512 => "[u8; 64]",
        Prim::Bool => "bool",
        // Outside a flag (TON's `has_feature:true`): no bytes, no information.
        Prim::True => "()",
    }
}

/// The type as the emitter treats it: a built-in type (`int32`, `Int53`, `object`) as
/// the scalar or "any value" type it carries (see [`crate::model::builtin_wire`]);
/// anything else as it is.
pub fn wire_type(ty: &Type) -> Cow<'_, Type> {
    let Type::Builtin(name) = ty else {
        return Cow::Borrowed(ty);
    };
    match builtin_wire(name) {
        Some(BuiltinWire::Scalar(prim)) => Cow::Owned(Type::Prim(prim)),
        Some(BuiltinWire::Any(kind)) => Cow::Owned(Type::Boxed(kind.type_name())),
        None => Cow::Borrowed(ty),
    }
}

/// The payload of constructor `def`'s variant: its struct `types::...`, or for a
/// function (a variant of `Function`, see [`crate::model::Schema::any_types`])
/// `tl_runtime::BoxedCall<functions::...>`, its struct without the id the enum reads and
/// writes (function structs are always boxed).
pub fn struct_path(index: &Index<'_>, def: DefId) -> String {
    let path = index.item_path(def);
    match index.def(def).category {
        Category::Constructor => path,
        Category::Function => format!("tl_runtime::BoxedCall<{path}>"),
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
    match wire_type(ty).as_ref() {
        Type::Prim(Prim::Bytes | Prim::Int128 | Prim::Int256 | Prim::Int512) => Hex::Yes,
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
    let long = |ty: &Type| matches!(wire_type(ty).as_ref(), Type::Prim(Prim::Long));
    match ty {
        Type::Vector { elem, .. } => long(elem),
        _ => long(ty),
    }
}

/// Whether the type is TDLib's `int53`, alone or in one (boxed or bare) vector: an `i64`
/// whose TDLib JSON is a number, where `int64` is a string.
pub fn is_int53(ty: &Type) -> bool {
    let int53 = |ty: &Type| {
        matches!(ty, Type::Builtin(name)
            if name.namespace.is_empty() && matches!(name.name.as_str(), "int53" | "Int53"))
    };
    match ty {
        Type::Vector { elem, .. } => int53(elem),
        _ => int53(ty),
    }
}

/// Whether the type is a `double`, alone or in vectors (at any depth): its TL-JSON spells
/// the non-finite values (`tl_runtime::json::double`).
pub fn is_double(ty: &Type) -> bool {
    match ty {
        Type::Vector { elem, .. } => is_double(elem),
        _ => matches!(wire_type(ty).as_ref(), Type::Prim(Prim::Double)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualName;

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
    fn builtins_are_their_wire_form() {
        let builtin = |name: &str| Type::Builtin(QualName::parse(name));
        let text = |ty: &Type| {
            let schema = crate::model::Schema::default();
            let index = Index::new(&schema);
            let externs = Externs::default();
            let mapping = Mapping {
                externs: &externs,
                strings: Strings::default(),
            };
            rust_type(&index, mapping, ty, Position::Field, "t").unwrap()
        };
        assert_eq!(text(&builtin("int32")), "i32");
        assert_eq!(text(&builtin("int53")), "i64");
        assert_eq!(text(&builtin("Int64")), "i64");
        assert_eq!(text(&builtin("secureBytes")), "Vec<u8>");
        assert_eq!(text(&builtin("int512")), "[u8; 64]");
        assert_eq!(text(&builtin("object")), "enums::Object");
        assert_eq!(text(&builtin("Function")), "enums::Function");
        assert_eq!(text(&Type::Prim(Prim::True)), "()");
        assert!(is_long(&vector(true, builtin("int64"))));
        assert!(is_int53(&vector(true, builtin("int53"))));
        assert!(is_int53(&builtin("Int53")));
        assert!(!is_int53(&builtin("int64")));
        assert!(!is_int53(&Type::Prim(Prim::Long)));
        assert_eq!(hex(&vector(false, builtin("bytes"))), Hex::Yes);
    }

    #[test]
    fn a_result_no_constructor_builds_is_no_constructor() {
        let schema = crate::model::Schema::default();
        let index = Index::new(&schema);
        let ty = Type::Boxed(QualName::parse("HttpWait"));
        let externs = Externs::default();
        let mapping = Mapping {
            externs: &externs,
            strings: Strings::default(),
        };
        let text = rust_type(&index, mapping, &ty, Position::Return, "httpWait").unwrap();
        assert_eq!(text, "tl_runtime::NoConstructor");
    }
}
