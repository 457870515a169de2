//! [`Shape`]: what a schema type carries on the wire, resolved once when a
//! [`Codec`](crate::Codec) is built, so that decoding and encoding only follow it.
//!
//! | schema type | shape |
//! | --- | --- |
//! | `int`, `int32`, `Int` | [`Shape::Int`] |
//! | `long`, `int53`, `int64` | [`Shape::Long`] |
//! | `double` | [`Shape::Double`] |
//! | `#` (not used as flags) | [`Shape::Nat`] |
//! | `string`, `secureString` / `bytes`, `secureBytes` | [`Shape::String`] / [`Shape::Bytes`] |
//! | `int128`, `int256`, `int512` | [`Shape::Raw`] of 16, 32, 64 bytes |
//! | `Bool` / `true` | [`Shape::Bool`] / [`Shape::True`] |
//! | `Vector<T>` / `vector<T>` | [`Shape::Vector`] |
//! | `n*[ T ]` | [`Shape::Array`] |
//! | a boxed type (`InputPeer`) | [`Shape::Boxed`]: one of its constructors, by id |
//! | `Object` / `Function` (declared `object ? = Object;`) | [`Shape::Any`]: any constructor / call |
//! | a bare constructor (`future_salt`, `%Message`) | [`Shape::Bare`]: its fields, no id |
//! | a type variable (`query:!X`) | [`Shape::Query`]: any boxed call or constructor |
//!
//! Anything else (a generic application such as `IntHash int`) is
//! [`Shape::Unsupported`]: a value of it is an error, never a guess.

use tl_codegen::model::{builtin_wire, AnyKind, BuiltinWire, Prim, QualName, Type};

/// What one value of a schema type is made of (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Shape {
    Int,
    Long,
    Double,
    Nat,
    String,
    Bytes,
    /// A fixed number of raw bytes (`int128`: 16, `int256`: 32, `int512`: 64).
    Raw(usize),
    Bool,
    True,
    /// `Vector<T>` (`boxed`: the id `0x1cb5c415` first) or `vector<T>`.
    Vector {
        boxed: bool,
        elem: Box<Shape>,
    },
    /// An inline array of exactly `len` values (`key:64*[int]`): no id, no count.
    Array {
        len: usize,
        elem: Box<Shape>,
    },
    /// A constructor of the boxed type with this index (`Index::types`), by its id.
    Boxed(usize),
    /// Any constructor (`Object`) or any call (`Function`) of the schema.
    Any(AnyKind),
    /// The fields of the constructor at this position of the schema, without its id.
    Bare(usize),
    /// What a type variable stands for: any boxed call or constructor.
    Query,
    /// A type this codec does not interpret, as written in the schema.
    Unsupported(String),
}

impl Shape {
    /// The shape of a scalar every schema knows.
    pub(crate) fn of_prim(prim: Prim) -> Shape {
        match prim {
            Prim::Int => Shape::Int,
            Prim::Long => Shape::Long,
            Prim::Double => Shape::Double,
            Prim::String => Shape::String,
            Prim::Bytes => Shape::Bytes,
            Prim::Int128 => Shape::Raw(16),
            Prim::Int256 => Shape::Raw(32),
            Prim::Int512 => Shape::Raw(64),
            Prim::Bool => Shape::Bool,
            Prim::True => Shape::True,
        }
    }
}

/// The names a shape is resolved against: boxed types, constructors, and which "any"
/// types the schema declares.
pub(crate) trait Names {
    /// The index of the boxed type `name` (added, without constructors, if unknown).
    fn boxed_type(&mut self, name: &QualName) -> usize;

    /// The position of the constructor named `name`.
    fn constructor(&self, name: &QualName) -> Option<usize>;

    /// The only constructor of the boxed type `name` (for `%Name`).
    fn sole_constructor(&self, name: &QualName) -> Option<usize>;

    /// Whether the schema declares `object ? = Object;` (or `function ? = Function;`).
    fn declares_any(&self, kind: AnyKind) -> bool;
}

/// The shape of the schema type `ty`.
pub(crate) fn resolve(ty: &Type, names: &mut dyn Names) -> Shape {
    match ty {
        Type::Prim(prim) => Shape::of_prim(*prim),
        Type::Nat => Shape::Nat,
        Type::Generic(_) => Shape::Query,
        Type::Vector { boxed, elem } => Shape::Vector {
            boxed: *boxed,
            elem: Box::new(resolve(elem, names)),
        },
        Type::Array { len, elem } => Shape::Array {
            len: *len as usize,
            elem: Box::new(resolve(elem, names)),
        },
        Type::Builtin(name) => match builtin_wire(name) {
            Some(BuiltinWire::Scalar(prim)) => Shape::of_prim(prim),
            Some(BuiltinWire::Any(kind)) => Shape::Any(kind),
            None => Shape::Unsupported(ty.to_string()),
        },
        Type::Boxed(name) => match any_kind(name) {
            Some(kind) if names.declares_any(kind) => Shape::Any(kind),
            _ => Shape::Boxed(names.boxed_type(name)),
        },
        Type::Bare(name) => {
            let def = match name.is_boxed() {
                true => names.sole_constructor(name),
                false => names.constructor(name),
            };
            def.map_or_else(|| Shape::Unsupported(ty.to_string()), Shape::Bare)
        }
        Type::Apply { .. } => Shape::Unsupported(ty.to_string()),
    }
}

/// `Object` or `Function`, the names of the "any" types.
pub(crate) fn any_kind(name: &QualName) -> Option<AnyKind> {
    match builtin_wire(name) {
        Some(BuiltinWire::Any(kind)) if name.is_boxed() => Some(kind),
        _ => None,
    }
}

/// A type named on the command line (`decode --type`): `Vector<T>` / `vector<T>` of
/// anything, a scalar, or a name the schema knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Named {
    /// `Vector<T>` (`boxed`) or `vector<T>`.
    Vector { boxed: bool, elem: Box<Named> },
    /// A scalar, a boxed type or an "any" type: printed as inside a value, except that a
    /// `Bool` at the top level is `{"_":"boolTrue"}`.
    Value(Shape),
    /// A bare constructor: its fields, printed with its `"_"`.
    Constructor(usize),
}

/// The scalars `--type` accepts by name besides the schema's own built-ins.
const SCALARS: [(&str, Shape); 8] = [
    ("int", Shape::Int),
    ("long", Shape::Long),
    ("double", Shape::Double),
    ("string", Shape::String),
    ("bytes", Shape::Bytes),
    ("int128", Shape::Raw(16)),
    ("int256", Shape::Raw(32)),
    ("Bool", Shape::Bool),
];

/// Resolves the text of `decode --type`; `Err` carries the innermost unknown name.
pub(crate) fn named(
    text: &str,
    boxed_type: &dyn Fn(&str) -> Option<usize>,
    constructor: &dyn Fn(&str) -> Option<usize>,
    declares_any: &dyn Fn(AnyKind) -> bool,
) -> Result<Named, String> {
    let text = text.trim();
    for (prefix, boxed) in [("Vector<", true), ("vector<", false)] {
        if let Some(inner) = text.strip_prefix(prefix).and_then(|t| t.strip_suffix('>')) {
            let elem = Box::new(named(inner, boxed_type, constructor, declares_any)?);
            return Ok(Named::Vector { boxed, elem });
        }
    }
    if let Some((_, shape)) = SCALARS.iter().find(|(name, _)| *name == text) {
        return Ok(Named::Value(shape.clone()));
    }
    let name = QualName::parse(text);
    if let Some(kind) = any_kind(&name).filter(|&kind| declares_any(kind)) {
        return Ok(Named::Value(Shape::Any(kind)));
    }
    if let Some(ty) = boxed_type(text) {
        return Ok(Named::Value(Shape::Boxed(ty)));
    }
    if let Some(def) = constructor(text) {
        return Ok(Named::Constructor(def));
    }
    match builtin_wire(&name) {
        Some(BuiltinWire::Scalar(prim)) if prim != Prim::True => {
            Ok(Named::Value(Shape::of_prim(prim)))
        }
        _ => Err(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;

    impl Names for Fixed {
        fn boxed_type(&mut self, name: &QualName) -> usize {
            name.name.len()
        }
        fn constructor(&self, name: &QualName) -> Option<usize> {
            (name.name == "future_salt").then_some(7)
        }
        fn sole_constructor(&self, name: &QualName) -> Option<usize> {
            (name.name == "Message").then_some(9)
        }
        fn declares_any(&self, kind: AnyKind) -> bool {
            kind == AnyKind::Object
        }
    }

    #[test]
    fn types_resolve_by_what_they_carry() {
        let q = QualName::parse;
        let vector = |boxed, elem| Type::Vector {
            boxed,
            elem: Box::new(elem),
        };
        let cases = [
            (Type::Prim(Prim::Int128), Shape::Raw(16)),
            (Type::Builtin(q("int53")), Shape::Long),
            (Type::Builtin(q("secureBytes")), Shape::Bytes),
            (Type::Boxed(q("Object")), Shape::Any(AnyKind::Object)),
            (Type::Boxed(q("Function")), Shape::Boxed(8)),
            (Type::Boxed(q("InputPeer")), Shape::Boxed(9)),
            (Type::Bare(q("future_salt")), Shape::Bare(7)),
            (Type::Bare(q("Message")), Shape::Bare(9)),
            (Type::Generic("X".into()), Shape::Query),
            (
                vector(false, Type::Prim(Prim::Long)),
                Shape::Vector {
                    boxed: false,
                    elem: Box::new(Shape::Long),
                },
            ),
        ];
        for (ty, shape) in cases {
            assert_eq!(resolve(&ty, &mut Fixed), shape, "{ty}");
        }
        let unknown = resolve(&Type::Bare(q("nothing")), &mut Fixed);
        assert_eq!(unknown, Shape::Unsupported("nothing".into()));
    }

    #[test]
    fn type_names_of_the_command_line() {
        let boxed = |t: &str| (t == "Peer").then_some(3);
        let constructor = |t: &str| (t == "peerUser").then_some(5);
        let any = |kind| kind == AnyKind::Function;
        let read = |text: &str| named(text, &boxed, &constructor, &any);
        assert_eq!(read(" Bool "), Ok(Named::Value(Shape::Bool)));
        assert_eq!(read("int53"), Ok(Named::Value(Shape::Long)));
        assert_eq!(
            read("Function"),
            Ok(Named::Value(Shape::Any(AnyKind::Function)))
        );
        assert_eq!(read("peerUser"), Ok(Named::Constructor(5)));
        assert_eq!(
            read("vector<Peer>"),
            Ok(Named::Vector {
                boxed: false,
                elem: Box::new(Named::Value(Shape::Boxed(3)))
            })
        );
        assert_eq!(read("Vector<Peerx>"), Err("Peerx".to_owned()));
        assert_eq!(read("Vector<long"), Err("Vector<long".to_owned()));
        assert_eq!(read("Object"), Err("Object".to_owned()));
        assert_eq!(read("true"), Err("true".to_owned()));
    }
}
