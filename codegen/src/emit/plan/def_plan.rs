//! Everything the item writers need about one constructor or function, decided once:
//! its names and path, generics, fields, flag words, shared bits, the names of the locals
//! its impls use, its answer and error types, and its error enum.

use crate::model::{Category, DefId, Definition, Type};

use crate::emit::error::EmitError;
use crate::emit::input::errors_table::ErrorDocs;
use crate::emit::plan::customize::Strings;
use crate::emit::plan::fields::{plan, Field, Inputs, Role};
use crate::emit::plan::flags::FlagPlan;
use crate::emit::plan::naming::{error_enum_name, error_variant_names, module_path, tl_name};
use crate::emit::plan::rust_type::{rust_type, Mapping, Position};

/// One definition's plan.
#[derive(Debug, Clone)]
pub struct DefPlan<'a> {
    pub id: DefId,
    pub def: &'a Definition,
    /// The dotted TL name: `messages.exportChatInvite`.
    pub tl: String,
    /// The struct's final name: `ExportChatInvite`.
    pub name: String,
    /// The struct's path from any generated module: `functions::messages::ExportChatInvite`.
    pub path: String,
    /// The type parameters (`X`), in order.
    pub generics: Vec<String>,
    /// Every parameter, in order (flag words included).
    pub fields: Vec<Field<'a>>,
    /// The flag words and their bits.
    pub flags: FlagPlan,
    /// The local holding the reader in `Decode::read` (`r`, unless a field has that name).
    pub reader: String,
    /// The local holding the output in `Encode::write_to`.
    pub out: String,
    /// The attributes [`crate::emit::Customize`] gives the struct.
    pub custom_attrs: Vec<String>,
    /// Whether the struct derives `Default` (every field has a default; decided for all
    /// definitions at once by [`crate::emit::plan::defaults`]).
    pub derive_default: bool,
    /// A function's answer: `RemoteCall::Return` and `RemoteCall::Error`.
    pub answer: Option<(String, String)>,
    /// A function's error enum, when the error table lists errors for it.
    pub error_enum: Option<ErrorEnumPlan<'a>>,
}

/// The error enum of a function.
#[derive(Debug, Clone)]
pub struct ErrorEnumPlan<'a> {
    /// `ExportChatInviteError`.
    pub name: String,
    /// `errors::messages::ExportChatInviteError`, from any generated module.
    pub path: String,
    /// The listed errors with their variant names, in table order.
    pub variants: Vec<(&'a ErrorDocs, String)>,
}

impl<'a> DefPlan<'a> {
    /// Whether the struct has no field (a unit variant in its enum).
    pub fn is_unit(&self) -> bool {
        !self.fields.iter().any(Field::is_user_field)
    }

    /// Whether the definition is a function (always written boxed).
    pub fn is_function(&self) -> bool {
        self.def.category == Category::Function
    }

    /// `<X, Y>` after the struct's name; empty when it is not generic.
    pub fn generic_args(&self) -> String {
        if self.generics.is_empty() {
            String::new()
        } else {
            format!("<{}>", self.generics.join(", "))
        }
    }

    /// `<X: bound, Y: bound>` after `impl`; empty when the struct is not generic.
    pub fn generic_bounds(&self, bound: &str) -> String {
        if self.generics.is_empty() {
            return String::new();
        }
        let each: Vec<String> = self
            .generics
            .iter()
            .map(|g| format!("{g}: {bound}"))
            .collect();
        format!("<{}>", each.join(", "))
    }

    /// The field of parameter `param`.
    pub fn field(&self, param: usize) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.param == param)
    }
}

/// Plans definition `def`.
pub fn def_plan<'a>(
    inputs: &Inputs<'_, 'a>,
    def: DefId,
    definition: &'a Definition,
    errors: &'a [ErrorDocs],
) -> Result<DefPlan<'a>, EmitError> {
    let tl = tl_name(&definition.name);
    if definition.category == Category::Constructor && !definition.generics.is_empty() {
        return Err(EmitError::Unsupported {
            definition: tl,
            what: "a constructor with type parameters".to_owned(),
        });
    }
    let fields = plan(inputs, def, definition, &tl)?;
    let name = inputs.index.item_name(def).to_owned();
    let error_enum = (definition.category == Category::Function && !errors.is_empty())
        .then(|| error_enum_plan(definition, &name, errors));
    let answer = match definition.category {
        Category::Function => Some(answer(inputs, definition, &tl, error_enum.as_ref())?),
        Category::Constructor => None,
    };
    Ok(DefPlan {
        id: def,
        def: definition,
        path: inputs.index.item_path(def),
        generics: definition.generics.clone(),
        flags: FlagPlan::of(definition),
        reader: unused_name("r", &fields),
        out: unused_name("out", &fields),
        custom_attrs: inputs.custom.type_attrs(&tl),
        derive_default: false,
        tl,
        name,
        fields,
        answer,
        error_enum,
    })
}

/// `RemoteCall::Return` and `RemoteCall::Error` of a function: the error is the method's
/// error enum when it has one, the wrapped call's for a generic result, `RpcError`
/// otherwise.
fn answer(
    inputs: &Inputs<'_, '_>,
    definition: &Definition,
    tl: &str,
    error_enum: Option<&ErrorEnumPlan<'_>>,
) -> Result<(String, String), EmitError> {
    let mapping = Mapping {
        externs: &inputs.custom.externs,
        strings: Strings::default(),
    };
    let ret = rust_type(inputs.index, mapping, &definition.ty, Position::Return, tl)?;
    let error = match (&definition.ty, error_enum) {
        (_, Some(error_enum)) => error_enum.path.clone(),
        (Type::Generic(wrapped), None) => format!("{wrapped}::Error"),
        _ => "tl_runtime::RpcError".to_owned(),
    };
    Ok((ret, error))
}

fn error_enum_plan<'a>(
    definition: &Definition,
    name: &str,
    errors: &'a [ErrorDocs],
) -> ErrorEnumPlan<'a> {
    let enum_name = error_enum_name(name);
    let mut path = "errors".to_owned();
    for module in module_path(&definition.name.namespace) {
        path.push_str("::");
        path.push_str(&module);
    }
    path.push_str("::");
    path.push_str(&enum_name);
    let names = error_variant_names(errors.iter().map(|e| e.kind.as_str()));
    ErrorEnumPlan {
        name: enum_name,
        path,
        variants: errors.iter().zip(names).collect(),
    }
}

/// `base`, with `_` appended until no field (and no flag word's local) has that name.
fn unused_name(base: &str, fields: &[Field<'_>]) -> String {
    let mut name = base.to_owned();
    while fields.iter().any(|f| {
        f.name == name
            || matches!(&f.role, Role::Optional(bit) | Role::Presence(bit) if bit.word == name)
    }) {
        name.push('_');
    }
    name
}
