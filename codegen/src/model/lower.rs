//! Lowering one ordinary declaration into a [`Definition`]: generics, parameters
//! (with their flag conditions checked against earlier `#` fields), the result
//! type, docs and the constructor id.

use crate::diag::Diagnostic;
use crate::parse::ast::{self, Declaration, FieldParam, Section, TypeExpr};

use super::docs::lower_docs;
use super::id::{compute_id, mismatch_warning};
use super::names::{last_segment, starts_upper};
use super::resolve::{is_single_letter, Resolver, Scope};
use super::types::{
    Category, Definition, Dialect, Docs, FileId, Flag, IdSource, Origin, Param, ParamKind,
    QualName, Type,
};

/// What a declaration is lowered against.
pub(crate) struct Context<'a> {
    pub scope: &'a Scope,
    pub dialect: Dialect,
    pub file: FileId,
}

/// The definition `decl` declares (none when it has errors), and its diagnostics.
pub(crate) fn lower_definition(
    decl: &Declaration,
    cx: &Context<'_>,
) -> (Option<Definition>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let generics = lower_generics(decl, &mut diags);
    let mut resolver = Resolver {
        scope: cx.scope,
        generics: &generics,
        warnings: Vec::new(),
    };
    let params = lower_params(decl, cx.file, &mut resolver, &mut diags);
    let category = match decl.section {
        Section::Types => Category::Constructor,
        Section::Functions => Category::Function,
    };
    let ty = match category {
        Category::Constructor => constructor_result(decl, &mut resolver),
        Category::Function => function_result(decl, &mut resolver),
    };
    let ty = ty.map_err(|e| diags.push(e)).ok();
    diags.append(&mut resolver.warnings);
    let (Some(ty), false) = (ty, diags.iter().any(Diagnostic::is_error)) else {
        return (None, diags);
    };
    let mut def = Definition {
        name: QualName::parse(decl.name.text),
        category,
        id: 0,
        id_source: IdSource::Computed,
        computed_id: 0,
        generics,
        params,
        ty,
        docs: Docs::default(),
        origin: Origin {
            file: cx.file,
            span: decl.span,
        },
    };
    def.docs = lower_docs(decl, &def, &mut diags);
    def.computed_id = compute_id(&def, cx.dialect);
    def.id = def.computed_id;
    if let Some(explicit) = &decl.id {
        def.id = explicit.value;
        def.id_source = IdSource::Explicit;
        if explicit.value != def.computed_id {
            diags.push(mismatch_warning(
                explicit.span,
                explicit.value,
                def.computed_id,
            ));
        }
    }
    (Some(def), diags)
}

/// `{X:Type}` names; `{n:#}` and other kinds are rejected.
fn lower_generics(decl: &Declaration, diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut names = Vec::new();
    for generic in &decl.generics {
        match &generic.ty {
            TypeExpr::Name {
                name,
                percent: false,
                ..
            } if name.text == "Type" => {
                names.push(generic.name.text.to_owned());
            }
            _ => diags.push(Diagnostic::error(
                generic.span,
                format!(
                    "unsupported generic `{}`: only `{{X:Type}}` type variables are supported",
                    generic.name.text
                ),
            )),
        }
    }
    names
}

fn lower_params(
    decl: &Declaration,
    file: FileId,
    resolver: &mut Resolver<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Param> {
    let mut params: Vec<Param> = Vec::new();
    for param in &decl.params {
        let lowered = match param {
            ast::Param::Field(field) => lower_field(field, &mut params, file, resolver),
            ast::Param::Repeat(repeat) => lower_repeat(repeat, file, resolver),
            ast::Param::Anonymous(anon) => Err(Diagnostic::error(
                anon.span,
                "anonymous parameters are only supported in built-in declarations",
            )),
        };
        match lowered {
            Ok(param) => params.push(param),
            Err(e) => diags.push(e),
        }
    }
    params
}

fn lower_field(
    field: &FieldParam,
    params: &mut [Param],
    file: FileId,
    resolver: &mut Resolver<'_>,
) -> Result<Param, Diagnostic> {
    let origin = Origin {
        file,
        span: field.span,
    };
    let name = field.name.text.to_owned();
    let flag = match &field.condition {
        Some(condition) => Some(lower_condition(condition, params)?),
        None => None,
    };
    if flag.is_none() && !field.excl && matches!(field.ty, TypeExpr::Nat { .. }) {
        let kind = ParamKind::Nat {
            used_as_flags: false,
        };
        return Ok(Param { name, kind, origin });
    }
    let ty = resolver.resolve(&field.ty, field.excl)?;
    if let Some(flag) = &flag {
        if let ParamKind::Nat { used_as_flags } = &mut params[flag.field_index].kind {
            *used_as_flags = true;
        }
    }
    let kind = ParamKind::Field {
        ty,
        flag,
        excl: field.excl,
    };
    Ok(Param { name, kind, origin })
}

/// `flags.3?`: the field must be an earlier `#` parameter, the bit at most 31.
fn lower_condition(condition: &ast::Condition, params: &[Param]) -> Result<Flag, Diagnostic> {
    let field = condition.field.text;
    let index = params
        .iter()
        .position(|p| p.name == field && matches!(p.kind, ParamKind::Nat { .. }))
        .ok_or_else(|| {
            let message =
                format!("conditional field refers to `{field}`, which is not an earlier `#` field");
            Diagnostic::error(condition.field.span, message)
        })?;
    let Some(bit) = &condition.bit else {
        let message = format!("conditional field needs a bit index (`{field}.N?`)");
        return Err(Diagnostic::error(condition.span, message));
    };
    if bit.value > 31 {
        let message = format!(
            "flag bit {} is out of range (a `#` field has bits 0 to 31)",
            bit.value
        );
        return Err(Diagnostic::error(bit.span, message));
    }
    Ok(Flag {
        field: field.to_owned(),
        field_index: index,
        bit: bit.value,
    })
}

/// `key:64*[int]`: a named, fixed-length repetition of one anonymous type.
fn lower_repeat(
    repeat: &ast::RepeatParam,
    file: FileId,
    resolver: &mut Resolver<'_>,
) -> Result<Param, Diagnostic> {
    let unsupported = || {
        Diagnostic::error(
            repeat.span,
            "unsupported repetition: only `name:N*[ type ]` with a constant N is supported outside built-ins",
        )
    };
    let (Some(name), Some(count)) = (&repeat.name, &repeat.multiplicity) else {
        return Err(unsupported());
    };
    let (ast::Multiplicity::Const(len), [ast::Param::Anonymous(inner)]) =
        (&count.value, repeat.inner.as_slice())
    else {
        return Err(unsupported());
    };
    if inner.excl {
        return Err(unsupported());
    }
    let elem = resolver.resolve(&inner.ty, false)?;
    let kind = ParamKind::Field {
        ty: Type::Array {
            len: *len,
            elem: Box::new(elem),
        },
        flag: None,
        excl: false,
    };
    let origin = Origin {
        file,
        span: repeat.span,
    };
    Ok(Param {
        name: name.text.to_owned(),
        kind,
        origin,
    })
}

/// A constructor builds a boxed type: `= InputPeer`, or `= IntHash t` with arguments.
fn constructor_result(decl: &Declaration, resolver: &mut Resolver<'_>) -> Result<Type, Diagnostic> {
    let not_boxed = || {
        Diagnostic::error(
            decl.result.span(),
            "the result of a constructor must be a boxed type name (capitalized last segment)",
        )
    };
    match &decl.result {
        TypeExpr::Name {
            name,
            percent: false,
            ..
        } if starts_upper(last_segment(name.text)) => Ok(Type::Boxed(QualName::parse(name.text))),
        TypeExpr::Apply { head, args, .. } => {
            let TypeExpr::Name {
                name,
                percent: false,
                ..
            } = head.as_ref()
            else {
                return Err(not_boxed());
            };
            if !starts_upper(last_segment(name.text)) {
                return Err(not_boxed());
            }
            let args = args
                .iter()
                .map(|arg| resolver.resolve(arg, false))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Type::Apply {
                head: QualName::parse(name.text),
                boxed: true,
                args,
            })
        }
        _ => Err(not_boxed()),
    }
}

/// A function's result. A boxed name no constructor builds (gotd's `http_wait ... =
/// HttpWait`) is only a warning: the call can be made, its answer cannot be decoded.
fn function_result(decl: &Declaration, resolver: &mut Resolver<'_>) -> Result<Type, Diagnostic> {
    let error = match resolver.resolve(&decl.result, false) {
        Ok(ty) => return Ok(ty),
        Err(error) => error,
    };
    match &decl.result {
        TypeExpr::Name {
            name,
            percent: false,
            ..
        } if starts_upper(last_segment(name.text))
            && !is_single_letter(name.text)
            && name.text != "Vector"
            && !resolver.scope.knows(name.text) =>
        {
            let message = format!(
                "no constructor builds `{}`, the result of `{}`: its answers cannot be decoded",
                name.text, decl.name.text
            );
            resolver
                .warnings
                .push(Diagnostic::warning(name.span, message));
            Ok(Type::Boxed(QualName::parse(name.text)))
        }
        _ => Err(error),
    }
}
