//! One enum per boxed type: a variant per constructor, written with its id first.

use crate::model::Dialect;

use crate::emit::code::{Code, Expr};
use crate::emit::items::json::write_enum_json;
use crate::emit::items::structs::{base_derives, gated_partial_eq};
use crate::emit::plan::context::Context;
use crate::emit::plan::enum_plan::{EnumPlan, VariantPlan};
use crate::emit::Gate;

fn enum_docs(ctx: &Context<'_>, plan: &EnumPlan) -> String {
    let name = &plan.tl;
    let mut text = match ctx.index.schema.type_docs.get(name) {
        Some(docs) => format!("{docs}\n"),
        None => {
            format!("The TL type `{name}`: one of its constructors, written with its id first.\n")
        }
    };
    // core.telegram.org documents Telegram's schemas only, not TDLib's or TON's.
    if ctx.index.schema.dialect == Dialect::Telegram {
        text.push_str(&format!("\nSee <https://core.telegram.org/type/{name}>."));
    }
    text
}

/// Declares the enum of a boxed type with its inherent and trait impls:
///
/// ```ignore
/// #[derive(Debug, Clone, PartialEq)]
/// // the attributes of `Customize::type_attributes` matching the type's TL name
/// pub enum InputPeer {
///     InputPeerSelf,
///     Channel(types::InputPeerChannel),
/// }
/// impl InputPeer { pub fn constructor_id(&self) -> u32 { .. } }
/// impl From<types::InputPeerChannel> for InputPeer { .. }
/// impl TryFrom<InputPeer> for types::InputPeerChannel { .. }
/// impl Encode for InputPeer { .. }
/// impl Decode<'_> for InputPeer { .. }
/// // and, under the `json` feature, `serde::Serialize`, `Tagged` and `serde::Deserialize`
/// // (see `json.rs`)
/// ```
pub fn write_enum(code: &mut Code, ctx: &Context<'_>, plan: &EnumPlan) {
    code.docs(&enum_docs(ctx, plan));
    let derives = base_derives(ctx.partial_eq);
    code.attr("derive", &derives);
    gated_partial_eq(code, ctx.partial_eq);
    for attr in &plan.custom_attrs {
        code.line(attr);
    }
    code.open(&format!("pub enum {}", plan.name));
    for v in &plan.variants {
        code.docs(&format!(
            "`{}#{:08x}`: see [`{}`].",
            v.tl, v.id, v.struct_path
        ));
        if v.unit {
            code.line(&format!("{},", v.name));
        } else {
            code.expr(
                "",
                &Expr::call(&v.name, vec![Expr::atom(v.payload.clone())]),
                ",",
            );
        }
    }
    code.close();
    write_constructor_id(code, plan);
    let only = plan.variants.len() == 1;
    for v in &plan.variants {
        write_from(code, plan, v);
        // A type's only constructor always converts back (`From`, which TDLib's answers,
        // one constructor each, are taken apart with); `TryFrom` out of a type with several
        // is gated.
        if v.constructor && (only || *ctx.try_from != Gate::Off) {
            if let (false, Gate::Feature(feature)) = (only, ctx.try_from) {
                code.line(&format!("#[cfg(feature = \"{feature}\")]"));
            }
            write_try_from(code, plan, v, only);
        }
    }
    write_encode(code, plan);
    write_decode(code, plan);
    write_enum_json(code, ctx, plan);
}

/// `pattern => value,` for each variant, the pattern `Self::X` or `Self::X(_)`.
fn write_constructor_id(code: &mut Code, plan: &EnumPlan) {
    code.open(&format!("impl {}", plan.name));
    code.docs(&format!(
        "The constructor id of this value (what [`{}`] writes first).",
        plan.path
    ));
    code.line("#[inline]");
    code.open("pub fn constructor_id(&self) -> u32");
    code.open("match self");
    for v in &plan.variants {
        let pattern = if v.unit {
            format!("Self::{}", v.name)
        } else {
            format!("Self::{}(_)", v.name)
        };
        code.line(&format!("{pattern} => {:#010x},", v.id));
    }
    code.close();
    code.close();
    code.close();
}

/// `impl From<types::X> for Y`:
///
/// ```ignore
/// impl From<types::InputPeerChannel> for InputPeer {
///     fn from(value: types::InputPeerChannel) -> Self {
///         Self::Channel(value)
///     }
/// }
/// ```
fn write_from(code: &mut Code, plan: &EnumPlan, v: &VariantPlan) {
    code.open_impl(&format!("impl From<{}>", v.payload), &plan.name);
    // Conversions are compiled where they are used, not for every type of the bindings.
    code.line("#[inline]");
    if v.unit {
        code.fn_open("fn from", &[format!("_value: {}", v.payload)], " -> Self");
        code.line(&format!("Self::{}", v.name));
    } else {
        code.fn_open("fn from", &[format!("value: {}", v.payload)], " -> Self");
        code.line(&format!("Self::{}(value)", v.name));
    }
    code.close();
    code.close();
}

/// `impl TryFrom<Y> for types::X`, which hands the value back when it holds another
/// constructor:
///
/// ```ignore
/// impl TryFrom<InputPeer> for types::InputPeerChannel {
///     type Error = InputPeer;
///     fn try_from(value: InputPeer) -> Result<Self, InputPeer> {
///         match value {
///             InputPeer::Channel(value) => Ok(value),
///             other => Err(other),
///         }
///     }
/// }
/// ```
///
/// The constructor of a type with no other (`only`) converts with `From` (and so with
/// the standard `TryFrom`, which cannot fail).
fn write_try_from(code: &mut Code, plan: &EnumPlan, v: &VariantPlan, only: bool) {
    let name = &plan.name;
    let (pattern, value) = if v.unit {
        (format!("{name}::{}", v.name), format!("{} {{}}", v.payload))
    } else {
        (format!("{name}::{}(value)", v.name), "value".to_owned())
    };
    if only {
        code.open_impl(&format!("impl From<{name}>"), &v.payload);
        code.line("#[inline]");
        code.fn_open("fn from", &[format!("value: {name}")], " -> Self");
        code.assign(&format!("let {pattern}"), "value");
        code.line(&value);
        code.close();
        code.close();
        return;
    }
    code.open_impl(&format!("impl TryFrom<{name}>"), &v.payload);
    code.line(&format!("type Error = {name};"));
    code.line("#[inline]");
    code.fn_open(
        "fn try_from",
        &[format!("value: {name}")],
        &format!(" -> Result<Self, {name}>"),
    );
    code.open("match value");
    code.arm(&[pattern], &Expr::call("Ok", vec![Expr::atom(value)]));
    code.line("other => Err(other),");
    code.close();
    code.close();
    code.close();
}

/// Boxed encoding: the id, then the constructor's bare form:
///
/// ```ignore
/// impl Encode for InputPeer {
///     fn write_to<O: Output>(&self, out: &mut O) {
///         out.put_u32(self.constructor_id());
///         match self {
///             Self::Channel(value) => value.write_to(out),
///             _ => {}
///         }
///     }
/// }
/// ```
fn write_encode(code: &mut Code, plan: &EnumPlan) {
    code.open(&format!("impl Encode for {}", plan.name));
    code.open("fn write_to<O: Output>(&self, out: &mut O)");
    code.line("out.put_u32(self.constructor_id());");
    let data: Vec<&VariantPlan> = plan.variants.iter().filter(|v| !v.unit).collect();
    let some_units = data.len() < plan.variants.len();
    match data.as_slice() {
        [] => {}
        // One variant with data among units: `if let` (clippy: no single-arm `match`).
        [only] if some_units => {
            code.open(&format!("if let Self::{}(value) = self", only.name));
            code.line("value.write_to(out);");
            code.close();
        }
        _ => {
            code.open("match self");
            for v in &data {
                code.line(&format!("Self::{}(value) => value.write_to(out),", v.name));
            }
            if some_units {
                code.line("_ => {}");
            }
            code.close();
        }
    }
    code.close();
    code.close();
}

/// Reads the id and enters one nesting level (the recursion budget), then reads the
/// constructor's bare form (which names itself in the error's path when it fails):
///
/// ```ignore
/// impl Decode<'_> for InputPeer {
///     fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
///         let id = ok!(r.enter_boxed());
///         let value = match id {
///             0x7da07ec9 => Self::InputPeerSelf,
///             0x27bcbbfc => Self::Channel(ok!(types::InputPeerChannel::read(r))),
///             _ => return r.unknown_constructor("InputPeer", id),
///         };
///         r.leave();
///         Ok(value)
///     }
/// }
/// ```
fn write_decode(code: &mut Code, plan: &EnumPlan) {
    let head = format!("impl Decode<'_> for {}", plan.name);
    write_decode_as(code, plan, &head, "'_", |v| v.payload.clone());
}

/// [`write_decode`] under the impl header `head`, from a `Reader<input>`, with the type
/// each variant holds given by `payload` (a borrowed view's: `view::types::User<'a>`).
pub fn write_decode_as(
    code: &mut Code,
    plan: &EnumPlan,
    head: &str,
    input: &str,
    payload: impl Fn(&VariantPlan) -> String,
) {
    code.open(head);
    code.open(&format!(
        "fn read(r: &mut Reader<{input}>) -> Result<Self, DecodeError>"
    ));
    code.line("let id = ok!(r.enter_boxed());");
    code.open("let value = match id");
    for v in &plan.variants {
        let id = format!("{:#010x}", v.id);
        if v.unit {
            code.arm(&[id], &Expr::atom(format!("Self::{}", v.name)));
            continue;
        }
        let payload = payload(v);
        let read = format!("ok!({}::read(r))", bare_read(&payload));
        let line = format!("{id} => Self::{}({read}),", v.name);
        if code.fits(&line) && read.len() <= 60 {
            code.line(&line);
        } else {
            // No call nested in `ok!(..)`: rustfmt would break a long one.
            let read = Expr::call(
                &format!("{}::read", bare_read(&payload)),
                vec![Expr::atom("r")],
            );
            code.arm_with(&[id], |code| {
                code.let_expr("let value", &read);
                code.line(&format!("Self::{}(ok!(value))", v.name));
            });
        }
    }
    let unknown = Expr::atom(format!("return r.unknown_constructor(\"{}\", id)", plan.tl));
    code.arm(&["_".to_owned()], &unknown);
    code.close_with(";");
    code.line("r.leave();");
    code.line("Ok(value)");
    code.close();
    code.close();
}

/// The type whose `read` reads a variant's payload: `types::X`, or `<tl_runtime::BoxedCall<
/// functions::X>>` for a call of `Function`.
fn bare_read(payload: &str) -> String {
    if payload.contains('<') {
        format!("<{payload}>")
    } else {
        payload.to_owned()
    }
}
