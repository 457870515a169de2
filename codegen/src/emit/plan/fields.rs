//! The Rust view of a definition's parameters: which become fields, with what type.
//!
//! - a flag word (`flags:#` referred to by conditionals) is computed from the optional
//!   fields; it is no field, unless its unused bits are kept ([`Role::FlagWord`]);
//! - `name:flags.N?true` is a `bool` (only the bit);
//! - `name:flags.N?T` is an `Option<T>` (`flags.N?Bool` gives `Option<bool>`);
//! - anything else is a plain field; recursive ones are boxed (see
//!   [`crate::emit::plan::recursion`]), and objects TDLib's documentation calls nullable
//!   are `Option<T>` (or `Vec<Option<T>>`, see [`crate::emit::plan::nullable`]).

use crate::model::{DefId, Definition, Param, ParamKind, Prim, Type};

use crate::emit::error::EmitError;
use crate::emit::plan::customize::Custom;
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::{field_name, field_names};
use crate::emit::plan::nullable::{nullable, Nullable};
use crate::emit::plan::recursion::Boxing;
use crate::emit::plan::rust_type::{
    hex, is_double, is_int53, is_long, rust_type, Hex, Mapping, Position,
};
use crate::emit::JsonConvention;

/// What a parameter is in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A `#` word the conditional parameters read their bits from. Computed from them when
    /// writing; with `kept`, also a `u32` field holding the word's other bits (those no
    /// parameter is conditional on: TON gives them meanings of their own), read as sent
    /// and written as given.
    FlagWord { kept: bool },
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
    pub word: String,
    /// The TL spelling of the word.
    pub word_name: String,
    pub bit: u32,
}

/// How a field is written in TL-JSON, beyond what plain serde does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonShape {
    /// Plain serde.
    Plain,
    /// Bytes, int128 or int256 (possibly in one vector): lowercase hex.
    Hex,
    /// A `long` (possibly in one vector): an exact integer, also read from a string.
    Long,
    /// A `double` (possibly in one vector): non-finite values have a spelling.
    Double,
    /// A type variable (`query:!X`): a boxed call, named by `"_"`.
    Boxed,
    /// TDLib's JSON: bytes, int128 or int256 (possibly in one vector) as base64.
    Base64,
    /// TDLib's JSON: an `int64` or `long` (possibly in one vector) as a JSON string.
    Int64,
}

/// One parameter of a definition, ready for the item writers.
#[derive(Debug, Clone)]
pub struct Field<'a> {
    /// Index of the parameter in `Definition::params`.
    pub param: usize,
    /// The TL parameter name (`type`, `expire_date`).
    pub tl_name: &'a str,
    /// The escaped Rust name (`r#type`, `self_`).
    pub name: String,
    pub role: Role,
    /// Whether the value (or each element) may be null: `Option<T>` (`Vec<Option<T>>`)
    /// although the parameter is required.
    pub nullable: Nullable,
    /// The type the struct declares: `Option<T>`, `bool`, `T`.
    pub decl_ty: String,
    pub json: JsonShape,
    /// The attributes [`crate::emit::Customize`] gives this field.
    pub custom_attrs: Vec<String>,
}

impl Field<'_> {
    /// Whether this is a field of the struct (a computed flag word is not).
    pub fn is_user_field(&self) -> bool {
        self.role != Role::FlagWord { kept: false }
    }

    /// Whether the field is a plain, always present one (a `new()` argument).
    pub fn is_required(&self) -> bool {
        self.role == Role::Required
    }

    /// An expression that is true when the field is present (for conditional fields).
    pub fn presence(&self) -> String {
        match self.role {
            Role::Presence(_) => format!("self.{}", self.name),
            _ => format!("self.{}.is_some()", self.name),
        }
    }
}

/// What a plan of fields reads besides the definition.
pub struct Inputs<'c, 'a> {
    pub index: &'c Index<'a>,
    pub boxing: &'c Boxing,
    pub custom: &'c Custom,
    /// Whether flag words keep the bits no parameter uses (a field of their own).
    pub keep_flag_bits: bool,
    /// The JSON the serde attributes speak.
    pub convention: JsonConvention,
}

/// The role of a parameter and the TL type of its value; `field` names a flag word's field.
fn role_of<'p>(
    param: &'p Param,
    field: &dyn Fn(&str) -> String,
    keep_flag_bits: bool,
) -> (Role, &'p Type) {
    match &param.kind {
        ParamKind::Nat { used_as_flags } => {
            let role = if *used_as_flags {
                Role::FlagWord {
                    kept: keep_flag_bits,
                }
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
            let bit = Bit {
                word: field(&flag.field),
                word_name: flag.field.clone(),
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
pub fn plan<'a>(
    inputs: &Inputs<'_, 'a>,
    def: DefId,
    definition: &'a Definition,
    used_by: &str,
) -> Result<Vec<Field<'a>>, EmitError> {
    let mut fields = Vec::with_capacity(definition.params.len());
    let names = field_names(definition.params.iter().map(|p| p.name.as_str()));
    let field = |tl: &str| match definition.params.iter().position(|p| p.name == tl) {
        Some(i) => names[i].clone(),
        None => field_name(tl),
    };
    for (i, param) in definition.params.iter().enumerate() {
        let (role, ty) = role_of(param, &field, inputs.keep_flag_bits);
        let docs = definition.docs.params.get(&param.name).map(String::as_str);
        let nullable = match role {
            Role::Required => nullable(ty, docs),
            _ => Nullable::No,
        };
        let mapping = Mapping {
            externs: &inputs.custom.externs,
            strings: inputs.custom.strings(used_by, &param.name),
        };
        let mut value_ty = match (&role, ty) {
            (Role::Presence(_), _) => "bool".to_owned(),
            // Null elements: the element type is wrapped, not the vector.
            (_, Type::Vector { boxed, elem }) if nullable == Nullable::Elements => {
                let elem = rust_type(inputs.index, mapping, elem, Position::Field, used_by)?;
                match boxed {
                    true => format!("Vec<Option<{elem}>>"),
                    false => format!("tl_runtime::RawVec<Option<{elem}>>"),
                }
            }
            _ => rust_type(inputs.index, mapping, ty, Position::Field, used_by)?,
        };
        if inputs.boxing.is_boxed(def, i) {
            value_ty = format!("Box<{value_ty}>");
        }
        let decl_ty = match (&role, nullable) {
            (Role::Optional(_), _) | (_, Nullable::Value) => format!("Option<{value_ty}>"),
            _ => value_ty.clone(),
        };
        fields.push(Field {
            param: i,
            tl_name: &param.name,
            name: names[i].clone(),
            json: json_shape(ty, inputs.convention, used_by, &param.name)?,
            role,
            nullable,
            decl_ty,
            custom_attrs: inputs.custom.field_attrs(used_by, &param.name),
        });
    }
    Ok(fields)
}

/// How the JSON of a value of `ty` differs from plain serde, in `convention`.
fn json_shape(
    ty: &Type,
    convention: JsonConvention,
    used_by: &str,
    param: &str,
) -> Result<JsonShape, EmitError> {
    let bytes = match convention {
        JsonConvention::TlJson => JsonShape::Hex,
        JsonConvention::Tdlib => JsonShape::Base64,
    };
    Ok(match hex(ty) {
        Hex::Yes => bytes,
        Hex::Unsupported => {
            return Err(EmitError::Unsupported {
                definition: used_by.to_owned(),
                what: format!("TL-JSON of parameter `{param}` (bytes nested in vectors)"),
            })
        }
        Hex::No => match convention {
            JsonConvention::TlJson => tl_json_shape(ty),
            JsonConvention::Tdlib => tdlib_shape(ty),
        },
    })
}

/// TL-JSON: `long` exact, `double` spelled whole, `!X` with its `"_"`.
fn tl_json_shape(ty: &Type) -> JsonShape {
    match ty {
        Type::Generic(_) => JsonShape::Boxed,
        _ if is_long(ty) => JsonShape::Long,
        _ if is_double(ty) => JsonShape::Double,
        _ => JsonShape::Plain,
    }
}

/// TDLib's JSON: `int53` a number (a string read too), `int64`/`long` a string, `double`
/// a plain number; `!X` is plain, since every struct writes its own `"@type"`.
fn tdlib_shape(ty: &Type) -> JsonShape {
    match ty {
        _ if is_int53(ty) => JsonShape::Long,
        _ if is_long(ty) => JsonShape::Int64,
        _ => JsonShape::Plain,
    }
}
