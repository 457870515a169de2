//! JSON (serde) code under a cargo feature of the including crate
//! ([`EmitOptions::json`](crate::emit::EmitOptions::json), `json` by default; none at all when
//! it is off), in one of two conventions ([`JsonConvention`]). Every gate is written here.
//!
//! TL-JSON ([`JsonConvention::TlJson`]):
//! - constructor and function structs derive both serde traits: an object of their fields
//!   (unknown fields are errors), without `"_"`;
//! - `"_"` is written where a value is boxed, always as the struct's
//!   `Identifiable::NAME` (each TL name is stated once): enums serialize each variant
//!   with `tl_runtime::json::serialize_tagged` and read through `tl_runtime::json::Tagged`
//!   (streaming when `"_"` comes first, so error paths are exact), matching on those
//!   names; `!X` parameters go through `tl_runtime::json::boxed`.
//!
//! TDLib's JSON ([`JsonConvention::Tdlib`]):
//! - every struct writes `"@type"` with its TL name first, boxed or not, as TDLib does
//!   (`#[serde(tag = "@type", rename = "formattedText")]`), and ignores unknown fields
//!   (`"@type"`, `"@extra"`, fields of a newer TDLib) when read;
//! - enums serialize a variant as its struct and read through `tl_runtime::json::Tagged`
//!   with `TAG = "@type"`;
//! - `int64`/`long` fields go through `tl_runtime::json::int64` (JSON strings), `int53`
//!   through `tl_runtime::json::long` (numbers, strings read too), `bytes` through
//!   `tl_runtime::json::base64`; nullable objects are plain `Option`s (`null`).

use crate::emit::code::{Code, Expr, Meta};
use crate::emit::plan::context::Context;
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::enum_plan::EnumPlan;
use crate::emit::plan::fields::{Field, JsonShape, Role};
use crate::emit::plan::naming::unraw;
use crate::emit::JsonConvention;

/// `#[cfg_attr(feature = "<json>", <name>(<args>))]`, nothing when TL-JSON is off.
fn cfg_attr(code: &mut Code, ctx: &Context<'_>, name: &str, args: Vec<String>) {
    if let Some(feature) = ctx.json {
        let inner = Meta::List(name.to_owned(), args.into_iter().map(Meta::Word).collect());
        let cfg = Meta::List(
            "cfg_attr".to_owned(),
            vec![Meta::Word(format!("feature = \"{feature}\"")), inner],
        );
        code.meta("#[", &cfg, "]");
    }
}

/// `#[cfg(feature = "<json>")]` before an item, nothing when TL-JSON is off (and the item
/// is then not written either: see [`Context::json`]).
fn cfg(code: &mut Code, feature: &str) {
    code.line(&format!("#[cfg(feature = \"{feature}\")]"));
}

/// The serde attributes of a definition's struct: both derives; in TL-JSON unknown fields
/// are errors and a type variable (`{X:Type}`, used as `!X`) must name itself; in TDLib's
/// JSON the struct names itself in `"@type"`.
pub fn struct_attrs(code: &mut Code, ctx: &Context<'_>, plan: &DefPlan<'_>) {
    let derives = vec![
        "serde::Serialize".to_owned(),
        "serde::Deserialize".to_owned(),
    ];
    cfg_attr(code, ctx, "derive", derives);
    if ctx.convention == JsonConvention::Tdlib {
        let tag = vec![
            "tag = \"@type\"".to_owned(),
            format!("rename = \"{}\"", plan.tl),
        ];
        cfg_attr(code, ctx, "serde", tag);
        return;
    }
    cfg_attr(code, ctx, "serde", vec!["deny_unknown_fields".to_owned()]);
    if !plan.generics.is_empty() {
        generic_bounds(code, ctx, plan);
    }
}

/// The serde bounds of a generic struct's type variables in TL-JSON (they are read and
/// written with their `"_"`).
fn generic_bounds(code: &mut Code, ctx: &Context<'_>, plan: &DefPlan<'_>) {
    let Some(feature) = ctx.json else {
        return;
    };
    let each = |bound: &str| {
        let bounds: Vec<String> = plan
            .generics
            .iter()
            .map(|g| format!("{g}: {bound}"))
            .collect();
        bounds.join(", ")
    };
    let ser = each("serde::Serialize + tl_runtime::Identifiable");
    let de = each("serde::Deserialize<'de> + tl_runtime::Identifiable");
    let bound = Meta::List(
        "bound".to_owned(),
        vec![
            Meta::Word(format!("serialize = \"{ser}\"")),
            Meta::Word(format!("deserialize = \"{de}\"")),
        ],
    );
    let serde = Meta::List("serde".to_owned(), vec![bound]);
    let cfg = Meta::List(
        "cfg_attr".to_owned(),
        vec![Meta::Word(format!("feature = \"{feature}\"")), serde],
    );
    code.meta("#[", &cfg, "]");
}

/// The JSON attributes of a field (none when plain serde already fits), gated. A nullable
/// object is a plain `Option`: `null` when written, `null` or absent when read.
pub fn field_attrs(code: &mut Code, ctx: &Context<'_>, field: &Field<'_>) {
    if ctx.json.is_none() {
        return;
    }
    let mut parts = Vec::new();
    if unraw(&field.name) != field.tl_name {
        parts.push(format!("rename = \"{}\"", field.tl_name));
    }
    let with = match field.json {
        JsonShape::Plain => None,
        JsonShape::Hex => Some("tl_runtime::json::hex"),
        JsonShape::Long => Some("tl_runtime::json::long"),
        JsonShape::Double => Some("tl_runtime::json::double"),
        JsonShape::Boxed => Some("tl_runtime::json::boxed"),
        JsonShape::Base64 => Some("tl_runtime::json::base64"),
        JsonShape::Int64 => Some("tl_runtime::json::int64"),
    };
    match field.role {
        // A plain `Option` is `None` when absent; one read `with` a helper needs `default`.
        Role::Optional(_) if with.is_some() => {
            parts.push("default".to_owned());
            parts.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        Role::Optional(_) => parts.push("skip_serializing_if = \"Option::is_none\"".to_owned()),
        Role::Presence(_) => {
            parts.push("default".to_owned());
            parts.push("skip_serializing_if = \"tl_runtime::json::is_false\"".to_owned());
        }
        Role::Required | Role::FlagWord { .. } => {}
    }
    if let Some(with) = with {
        parts.push(format!("with = \"{with}\""));
    }
    if !parts.is_empty() {
        cfg_attr(code, ctx, "serde", parts);
    }
}

/// How an enum is written and read in TL-JSON:
///
/// ```ignore
/// #[cfg(feature = "json")]
/// impl serde::Serialize for InputPeer {
///     fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
///         match self {
///             Self::InputPeerSelf => tl_runtime::json::serialize_unit::<types::InputPeerSelf, S>(serializer),
///             Self::Channel(value) => tl_runtime::json::serialize_tagged(value, serializer),
///         }
///     }
/// }
/// #[cfg(feature = "json")]
/// impl tl_runtime::json::Tagged for InputPeer { .. match on each `Identifiable::NAME` .. }
/// #[cfg(feature = "json")]
/// impl<'de> serde::Deserialize<'de> for InputPeer { .. deserialize_tagged .. }
/// ```
pub fn write_enum_json(code: &mut Code, ctx: &Context<'_>, plan: &EnumPlan) {
    let Some(feature) = ctx.json else {
        return;
    };
    let name = &plan.name;
    // In TDLib's JSON every struct writes its own `"@type"`.
    let serialize = match ctx.convention {
        JsonConvention::TlJson => "tl_runtime::json::serialize_tagged",
        JsonConvention::Tdlib => "serde::Serialize::serialize",
    };
    cfg(code, feature);
    code.open(&format!("impl serde::Serialize for {name}"));
    code.fn_open(
        "fn serialize<S: serde::Serializer>",
        &["&self".to_owned(), "serializer: S".to_owned()],
        " -> Result<S::Ok, S::Error>",
    );
    code.open("match self");
    for v in &plan.variants {
        // A unit variant is written as its struct with no field would be.
        let (pattern, value) = if v.unit {
            (
                format!("Self::{}", v.name),
                format!("&{}", unit_value(&v.payload)),
            )
        } else {
            (format!("Self::{}(value)", v.name), "value".to_owned())
        };
        let body = Expr::call(serialize, vec![Expr::atom(value), Expr::atom("serializer")]);
        code.arm(&[pattern], &body);
    }
    code.close();
    code.close();
    code.close();
    write_tagged(code, feature, ctx.convention, plan);
    cfg(code, feature);
    code.open(&format!("impl<'de> serde::Deserialize<'de> for {name}"));
    code.fn_open(
        "fn deserialize<D: serde::Deserializer<'de>>",
        &["d: D".to_owned()],
        " -> Result<Self, D::Error>",
    );
    code.line("tl_runtime::json::deserialize_tagged(d)");
    code.close();
    code.close();
}

/// `impl tl_runtime::json::Tagged` of [`write_enum_json`]; in TDLib's JSON the tag is
/// `"@type"` and a field-less constructor ignores any fields it is given.
fn write_tagged(code: &mut Code, feature: &str, convention: JsonConvention, plan: &EnumPlan) {
    cfg(code, feature);
    code.open(&format!("impl tl_runtime::json::Tagged for {}", plan.name));
    code.assign(
        "const EXPECTING: &'static str",
        &format!("\"a constructor of type {}\"", plan.tl),
    );
    let unit = match convention {
        JsonConvention::TlJson => "tl_runtime::json::deserialize_unit",
        JsonConvention::Tdlib => {
            code.line("const TAG: &'static str = \"@type\";");
            "tl_runtime::json::tdlib::deserialize_unit"
        }
    };
    code.fn_open(
        "fn variant<'de, D: serde::Deserializer<'de>>",
        &["tag: &str".to_owned(), "content: D".to_owned()],
        " -> Result<Option<Self>, D::Error>",
    );
    code.open("Ok(Some(match tag");
    for v in &plan.variants {
        let tag = format!("{}::NAME", v.struct_path);
        if v.unit {
            code.open(&format!("{tag} =>"));
            code.line(&format!("ok!({unit}(content));"));
            code.line(&format!("Self::{}", v.name));
            code.close();
        } else {
            code.open(&format!("{tag} =>"));
            code.line("let value = ok!(serde::Deserialize::deserialize(content));");
            code.line(&format!("Self::{}(value)", v.name));
            code.close();
        }
    }
    code.line("_ => return Ok(None),");
    code.close_with("))");
    code.close();
    code.close();
}

/// The value of a field-less constructor's payload: `types::X {}`, or
/// `tl_runtime::BoxedCall(functions::X {})` for a call of `Function`.
fn unit_value(payload: &str) -> String {
    match payload
        .strip_prefix("tl_runtime::BoxedCall<")
        .and_then(|p| p.strip_suffix('>'))
    {
        Some(call) => format!("tl_runtime::BoxedCall({call} {{}})"),
        None => format!("{payload} {{}}"),
    }
}
