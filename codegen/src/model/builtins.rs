//! Built-in lines (`int ? = Int;`, `vector {t:Type} # [ t ] = Vector t;`,
//! `int128 4*[ int ] = Int128;`, `int32 = Int32;`, `boolTrue = Bool;`, ...): how
//! they are recognized, what they declare, and the scalars every schema knows.
//!
//! Built-ins go to [`Schema::builtins`](super::Schema::builtins), never to the
//! ordinary definitions. See `tl-spec.md`, section 3.

use crate::diag::Diagnostic;
use crate::parse::ast::{Declaration, Section, TypeExpr};

use super::ast_text::{body, Mode};
use super::id::{crc, mismatch_warning};
use super::types::{Builtin, Category, Dialect, FileId, IdSource, Origin, Prim, QualName};

/// Constructor names that declare a built-in when their result is the matching type
/// (`int32 = Int32`, `bytes data:string = Bytes`, `boolTrue = Bool`).
const BUILTIN_NAMES: [&str; 18] = [
    "int",
    "long",
    "double",
    "string",
    "bytes",
    "int32",
    "int53",
    "int64",
    "int128",
    "int256",
    "int512",
    "true",
    "boolTrue",
    "boolFalse",
    "secureString",
    "secureBytes",
    "object",
    "function",
];

/// The scalar a type name denotes in every schema, declared or not.
pub(crate) fn prim(name: &str) -> Option<Prim> {
    Some(match name {
        "int" => Prim::Int,
        "long" => Prim::Long,
        "double" => Prim::Double,
        "string" => Prim::String,
        "bytes" => Prim::Bytes,
        "int128" => Prim::Int128,
        "int256" => Prim::Int256,
        "Bool" => Prim::Bool,
        "true" => Prim::True,
        _ => return None,
    })
}

/// The canonical name of a scalar, as written in schemas.
pub(crate) fn prim_name(prim: Prim) -> &'static str {
    match prim {
        Prim::Int => "int",
        Prim::Long => "long",
        Prim::Double => "double",
        Prim::String => "string",
        Prim::Bytes => "bytes",
        Prim::Int128 => "int128",
        Prim::Int256 => "int256",
        Prim::Int512 => "int512",
        Prim::Bool => "Bool",
        Prim::True => "true",
    }
}

/// Types a dialect knows without a declaration: TDLib's generator treats
/// `int32`, `int53`, `int64`, `secureString` and `secureBytes` as primitives
/// (TON's test schema uses them without declaring them).
pub(crate) fn implicit(dialect: Dialect) -> &'static [&'static str] {
    match dialect {
        Dialect::Telegram => &[],
        Dialect::Tdlib => &["int32", "int53", "int64", "secureString", "secureBytes"],
    }
}

/// True when `decl` is a built-in line rather than an ordinary definition: any
/// `name ? = Type`, the `vector` line, or one of [`BUILTIN_NAMES`] building the
/// matching type (`int128 4*[ int ] = Int128`, `boolFalse = Bool`).
pub(crate) fn is_builtin(decl: &Declaration) -> bool {
    let name = decl.name.text;
    if decl.question_mark || name == "vector" {
        return true;
    }
    if !BUILTIN_NAMES.contains(&name) {
        return false;
    }
    match &decl.result {
        TypeExpr::Name {
            name: ty,
            percent: false,
            ..
        } => ty.text == expected_type(name),
        _ => false,
    }
}

/// The type a built-in constructor name builds: `Bool` for `boolTrue`, else the
/// name capitalized (`int32` -> `Int32`).
fn expected_type(name: &str) -> String {
    if name == "boolTrue" || name == "boolFalse" {
        return "Bool".to_owned();
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The built-in a line declares, and a warning when its explicit id is not the CRC.
pub(crate) fn lower_builtin(decl: &Declaration, file: FileId) -> (Builtin, Option<Diagnostic>) {
    let computed_id = crc(&format!("{} {}", decl.name.text, body(decl, Mode::Hash)));
    let (id, id_source) = match &decl.id {
        Some(explicit) => (explicit.value, IdSource::Explicit),
        None => (computed_id, IdSource::Computed),
    };
    let warning = decl
        .id
        .as_ref()
        .filter(|explicit| explicit.value != computed_id)
        .map(|explicit| mismatch_warning(explicit.span, explicit.value, computed_id));
    let builtin = Builtin {
        name: QualName::parse(decl.name.text),
        category: match decl.section {
            Section::Types => Category::Constructor,
            Section::Functions => Category::Function,
        },
        ty: QualName::parse(result_head(&decl.result)),
        id,
        id_source,
        computed_id,
        body: body(decl, Mode::Display),
        origin: Origin {
            file,
            span: decl.span,
        },
    };
    (builtin, warning)
}

/// The name at the head of a result type: `Vector` for `Vector t`.
fn result_head<'src>(result: &TypeExpr<'src>) -> &'src str {
    match result {
        TypeExpr::Name { name, .. } => name.text,
        TypeExpr::Nat { .. } => "#",
        TypeExpr::Apply { head, .. } => result_head(head),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_types() {
        assert_eq!(expected_type("int32"), "Int32");
        assert_eq!(expected_type("secureString"), "SecureString");
        assert_eq!(expected_type("boolTrue"), "Bool");
        assert_eq!(expected_type("true"), "True");
    }

    #[test]
    fn prim_names_round_trip() {
        for name in [
            "int", "long", "double", "string", "bytes", "int128", "int256", "Bool", "true",
        ] {
            assert_eq!(prim_name(prim(name).unwrap()), name);
        }
        assert_eq!(prim("Int"), None);
        assert_eq!(prim("int32"), None);
    }
}
