//! Hand-built schemas for the emitter's unit tests (no parser involved).

use crate::model::{
    Category, Definition, Docs, Flag, IdSource, Origin, Param, ParamKind, Prim, QualName, Schema,
    Type,
};

/// `messages.exportChatInvite` -> namespace `messages`, name `exportChatInvite`.
pub fn qual(text: &str) -> QualName {
    let mut parts: Vec<String> = text.split('.').map(str::to_owned).collect();
    let name = parts.pop().unwrap_or_default();
    QualName {
        namespace: parts,
        name,
    }
}

pub fn boxed(name: &str) -> Type {
    Type::Boxed(qual(name))
}

pub fn bare(name: &str) -> Type {
    Type::Bare(qual(name))
}

pub fn int() -> Type {
    Type::Prim(Prim::Int)
}

pub fn vector(elem: Type) -> Type {
    Type::Vector {
        boxed: true,
        elem: Box::new(elem),
    }
}

/// A plain parameter.
pub fn field(name: &str, ty: Type) -> Param {
    let kind = ParamKind::Field {
        ty,
        flag: None,
        excl: false,
    };
    Param {
        name: name.into(),
        kind,
        origin: Origin::default(),
    }
}

/// A `flags:#` word used by conditionals.
pub fn flags(name: &str) -> Param {
    let kind = ParamKind::Nat {
        used_as_flags: true,
    };
    Param {
        name: name.into(),
        kind,
        origin: Origin::default(),
    }
}

/// `name:word.bit?ty`, with `word` at parameter index `word_index`.
pub fn optional(name: &str, word: (&str, usize), bit: u32, ty: Type) -> Param {
    let flag = Some(Flag {
        field: word.0.into(),
        field_index: word.1,
        bit,
    });
    let kind = ParamKind::Field {
        ty,
        flag,
        excl: false,
    };
    Param {
        name: name.into(),
        kind,
        origin: Origin::default(),
    }
}

fn definition(name: &str, category: Category, params: Vec<Param>, ty: Type) -> Definition {
    let id = crc32fast::hash(name.as_bytes());
    Definition {
        name: qual(name),
        category,
        id,
        id_source: IdSource::Computed,
        computed_id: id,
        generics: Vec::new(),
        params,
        ty,
        docs: Docs::default(),
        origin: Origin::default(),
    }
}

/// A constructor of boxed type `ty`.
pub fn constructor(name: &str, params: Vec<Param>, ty: &str) -> Definition {
    definition(name, Category::Constructor, params, boxed(ty))
}

/// A function returning `ty`.
pub fn function(name: &str, params: Vec<Param>, ty: Type) -> Definition {
    definition(name, Category::Function, params, ty)
}

/// A schema of these definitions, in order.
pub fn schema(definitions: Vec<Definition>) -> Schema {
    Schema {
        definitions,
        ..Schema::default()
    }
}
