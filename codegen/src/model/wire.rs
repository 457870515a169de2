//! What the types of built-in lines stand for on the wire, for the emitter.
//!
//! A [`Type::Builtin`](super::Type::Builtin) keeps the spelling of the schema (`int32`,
//! `Int53`, `secureString`, `object`); [`builtin_wire`] says which value it carries:
//!
//! | built-in (both spellings) | declared as (TDLib, TON, MTProto) | wire form |
//! |---|---|---|
//! | `int32` `Int` | `int32 = Int32;` `int ? = Int;` | [`Prim::Int`] |
//! | `int53` `int64` `Long` | `int53 = Int53;` `int64 = Int64;` | [`Prim::Long`] |
//! | `Double` | `double ? = Double;` | [`Prim::Double`] |
//! | `String` `secureString` | `string ? = String;` `secureString = SecureString;` | [`Prim::String`] |
//! | `Bytes` `secureBytes` | `bytes = Bytes;` `bytes data:string = Bytes;` | [`Prim::Bytes`] |
//! | `Int128` `Int256` `int512` | `int128 4*[ int ] = Int128;` `int512 16*[ int ] = Int512;` | 16, 32, 64 raw bytes |
//! | `True` | `true = True;` | [`Prim::True`] |
//! | `object` `Object` | `object ? = Object;` | any boxed constructor ([`AnyKind::Object`]) |
//! | `function` `Function` | `function ? = Function;` | any boxed function call ([`AnyKind::Function`]) |
//!
//! The lower-case spelling of a scalar is its bare form; TDLib's scalars have no id, so
//! both spellings are the same bytes. `object`/`function` are read boxed in both
//! spellings: which constructor follows can only be known from its id.
//!
//! `Object` and `Function` are the types of "any value of the schema" and "any call":
//! [`Schema::any_types`] lists, for each one the schema declares, every (non-generic)
//! constructor or function as its members, so that the emitter builds one enum over them
//! the way it does for an ordinary boxed type.

use super::def_id::DefId;
use super::types::{Category, Prim, QualName, Schema};

/// What a built-in type name carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinWire {
    /// The same bytes as a scalar every schema knows.
    Scalar(Prim),
    /// Any boxed value of the schema: an `Object` or a `Function`.
    Any(AnyKind),
}

/// The two "any value" built-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnyKind {
    /// `object ? = Object;`: any constructor, written with its id.
    Object,
    /// `function ? = Function;`: any function call, written with its id.
    Function,
}

impl AnyKind {
    /// The boxed type name the emitter gives it: `Object` or `Function`.
    pub fn type_name(self) -> QualName {
        let name = match self {
            AnyKind::Object => "Object",
            AnyKind::Function => "Function",
        };
        QualName::parse(name)
    }

    /// Which definitions are its members.
    pub fn category(self) -> Category {
        match self {
            AnyKind::Object => Category::Constructor,
            AnyKind::Function => Category::Function,
        }
    }
}

/// What the built-in type `name` (either spelling) carries; `None` for names that are no
/// built-in type (`vector`, `Bool` and the scalars every schema knows are not
/// [`Type::Builtin`](super::Type::Builtin)s).
pub fn builtin_wire(name: &QualName) -> Option<BuiltinWire> {
    if !name.namespace.is_empty() {
        return None;
    }
    let scalar = match name.name.as_str() {
        "int" | "Int" | "int32" | "Int32" => Prim::Int,
        "long" | "Long" | "int53" | "Int53" | "int64" | "Int64" => Prim::Long,
        "double" | "Double" => Prim::Double,
        "string" | "String" | "secureString" | "SecureString" => Prim::String,
        "bytes" | "Bytes" | "secureBytes" | "SecureBytes" => Prim::Bytes,
        "int128" | "Int128" => Prim::Int128,
        "int256" | "Int256" => Prim::Int256,
        "int512" | "Int512" => Prim::Int512,
        "true" | "True" => Prim::True,
        "Bool" => Prim::Bool,
        "object" | "Object" => return Some(BuiltinWire::Any(AnyKind::Object)),
        "function" | "Function" => return Some(BuiltinWire::Any(AnyKind::Function)),
        _ => return None,
    };
    Some(BuiltinWire::Scalar(scalar))
}

impl Schema {
    /// The "any value" types the schema declares (`object ? = Object;`,
    /// `function ? = Function;`), each with its members: every constructor, or every
    /// function, without type parameters, in source order.
    pub fn any_types(&self) -> Vec<(QualName, Vec<DefId>)> {
        let declared = |kind: AnyKind| {
            self.builtins.iter().any(|b| {
                b.body.starts_with('?') && builtin_wire(&b.ty) == Some(BuiltinWire::Any(kind))
            })
        };
        [AnyKind::Object, AnyKind::Function]
            .into_iter()
            .filter(|&kind| declared(kind))
            .map(|kind| {
                let members = self
                    .ids()
                    .filter(|(_, d)| d.category == kind.category() && d.generics.is_empty());
                (kind.type_name(), members.map(|(id, _)| id).collect())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, SourceFile};

    #[test]
    fn tdlib_and_ton_scalars() {
        let wire = |name: &str| builtin_wire(&QualName::parse(name));
        assert_eq!(wire("int32"), Some(BuiltinWire::Scalar(Prim::Int)));
        assert_eq!(wire("Int53"), Some(BuiltinWire::Scalar(Prim::Long)));
        assert_eq!(wire("int64"), Some(BuiltinWire::Scalar(Prim::Long)));
        assert_eq!(wire("secureBytes"), Some(BuiltinWire::Scalar(Prim::Bytes)));
        assert_eq!(wire("int512"), Some(BuiltinWire::Scalar(Prim::Int512)));
        assert_eq!(wire("object"), Some(BuiltinWire::Any(AnyKind::Object)));
        assert_eq!(wire("Function"), Some(BuiltinWire::Any(AnyKind::Function)));
        assert_eq!(wire("a.int32"), None);
        assert_eq!(wire("Vector"), None);
    }

    #[test]
    fn any_types_list_every_constructor_or_function() {
        let text = "object ? = Object;\nfunction ? = Function;\n\
                    a = A;\nb x:int = B;\n---functions---\nf = A;\ng {X:Type} q:!X = X;\n";
        let loaded = load(&[SourceFile::new("t.tl", text)], Default::default());
        let schema = loaded.into_result().unwrap();
        let any: Vec<(QualName, Vec<usize>)> = schema
            .any_types()
            .into_iter()
            .map(|(ty, members)| (ty, members.iter().map(|d| d.position()).collect()))
            .collect();
        assert_eq!(
            any,
            [
                (QualName::parse("Object"), vec![0, 1]),
                (QualName::parse("Function"), vec![2]),
            ]
        );
        let plain = load(&[SourceFile::new("t.tl", "a = A;")], Default::default());
        assert_eq!(plain.into_result().unwrap().any_types(), []);
    }
}
