//! `borrowed.rs`: the borrowed views ([`crate::emit::Customize::borrowed`]), laid out as
//! the owned modules are (`borrowed::types::messages::ExportedChatInvites<'a>`).
//!
//! A view is its owned type with `&'a str` for `string` and `&'a [u8]` for `bytes` (and
//! views for what holds them): decoded from `&'a [u8]` without copying any text, encoded
//! as it is, and turned into the owned type with `IntoOwned::into_owned`. The encode and
//! decode bodies are the owned ones ([`encode::write_encode_as`],
//! [`decode::write_view_decode`]).
//!
//! ```ignore
//! pub struct ChatInviteExported<'a> { pub revoked: bool, pub link: &'a str, .. }
//! impl Identifiable for ChatInviteExported<'_> { .. }
//! impl Encode for ChatInviteExported<'_> { .. }
//! impl<'a> Decode<'a> for ChatInviteExported<'a> { .. }
//! impl IntoOwned for ChatInviteExported<'_> {
//!     type Owned = types::ChatInviteExported;
//!     fn into_owned(self) -> types::ChatInviteExported { .. }
//! }
//! ```

use std::collections::BTreeMap;

use crate::model::Category;

use crate::emit::code::{Code, Expr};
use crate::emit::items::structs::{base_derives, gated_partial_eq};
use crate::emit::items::{decode, encode, enums};
use crate::emit::plan::context::Context;
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::enum_plan::EnumPlan;
use crate::emit::plan::naming::module_path;

/// One item of the views: a definition's struct or a type's enum.
enum Item<'c, 'a> {
    Def(&'c DefPlan<'a>),
    Enum(&'c EnumPlan),
}

/// Items by top module (`types`, `enums`, `functions`) and namespace modules.
type Tree<'c, 'a> = BTreeMap<(&'static str, Vec<String>), Vec<Item<'c, 'a>>>;

/// The body of `borrowed.rs`.
pub fn write_views(code: &mut Code, ctx: &Context<'_>, has_errors: bool) {
    code.inner_docs(
        "Borrowed views: the types of the selected definitions with `&'a str` for `string` \
         and `&'a [u8]` for `bytes`, decoded without copying from the input they borrow; \
         `IntoOwned::into_owned` gives the owned type.",
    );
    let mut tree: Tree<'_, '_> = BTreeMap::new();
    for &def in &ctx.views.defs {
        let plan = ctx.plan(def);
        let top = match plan.def.category {
            Category::Constructor => "types",
            Category::Function => "functions",
        };
        let key = (top, module_path(&plan.def.name.namespace));
        tree.entry(key).or_default().push(Item::Def(plan));
    }
    for plan in ctx.enums.iter().filter(|p| ctx.views.types.contains(&p.ty)) {
        let key = ("enums", module_path(&plan.ty.namespace));
        tree.entry(key).or_default().push(Item::Enum(plan));
    }
    let mut open: Vec<String> = Vec::new();
    for ((top, namespace), items) in &tree {
        let path: Vec<String> = std::iter::once(top.to_string())
            .chain(namespace.iter().cloned())
            .collect();
        let common = open.iter().zip(&path).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            open.pop();
            code.close();
        }
        for module in &path[common..] {
            open.push(module.clone());
            code.open(&format!("pub mod {module}"));
            imports(code, open.len(), has_errors);
        }
        for item in items {
            match item {
                Item::Def(plan) => write_def(code, ctx, plan),
                Item::Enum(plan) => write_enum(code, ctx, plan),
            }
        }
    }
    for _ in open {
        code.close();
    }
}

/// The imports of a views module `depth` modules below `borrowed`: the runtime, the
/// owned modules and `borrowed` itself as `view`.
fn imports(code: &mut Code, depth: usize, has_errors: bool) {
    let root = "super::".repeat(depth + 1);
    let root = root.trim_end_matches("::");
    code.line("#[allow(unused_imports)]");
    code.use_list(
        &format!("{root}::tl_runtime"),
        &[
            "self",
            "ok",
            "Decode",
            "DecodeError",
            "Encode",
            "Identifiable",
            "IntoOwned",
            "Output",
            "Reader",
            "RemoteCall",
        ],
    );
    code.line("#[allow(unused_imports)]");
    let mut modules = vec!["borrowed as view", "enums"];
    if has_errors {
        modules.push("errors");
    }
    modules.extend(["functions", "types"]);
    code.use_list(root, &modules);
}

/// `#[derive(Debug, Clone)]` and `PartialEq` as the owned types have it.
fn derives(code: &mut Code, ctx: &Context<'_>) {
    code.attr("derive", &base_derives(ctx.partial_eq));
    gated_partial_eq(code, ctx.partial_eq);
}

/// The struct, `Identifiable`, `Encode`, `Decode`, `IntoOwned` (and `RemoteCall`) of a
/// definition's view.
fn write_def(code: &mut Code, ctx: &Context<'_>, plan: &DefPlan<'_>) {
    let name = &plan.name;
    code.docs(&format!(
        "[`{name}`]({}), borrowing its text and bytes from the input.",
        plan.path
    ));
    derives(code, ctx);
    code.open(&format!("pub struct {name}<'a>"));
    let mut owned = Vec::new();
    for field in plan.fields.iter().filter(|f| f.is_user_field()) {
        let view = ctx.views.view_type(&field.decl_ty);
        let ty = view.as_deref().unwrap_or(&field.decl_ty);
        code.line(&format!("pub {}: {ty},", field.name));
        owned.push(match view {
            Some(_) => format!("{0}: self.{0}.into_owned()", field.name),
            None => format!("{0}: self.{0}", field.name),
        });
    }
    code.close();
    code.open(&format!("impl Identifiable for {name}<'_>"));
    code.line(&format!(
        "const CONSTRUCTOR_ID: u32 = {:#010x};",
        plan.def.id
    ));
    code.line(&format!("const NAME: &'static str = \"{}\";", plan.tl));
    code.close();
    encode::write_encode_as(code, plan, &format!("impl Encode for {name}<'_>"));
    decode::write_view_decode(code, plan);
    code.open(&format!("impl IntoOwned for {name}<'_>"));
    code.line(&format!("type Owned = {};", plan.path));
    code.fn_open(
        "fn into_owned",
        &["self".to_owned()],
        &format!(" -> {}", plan.path),
    );
    code.struct_literal(&format!("{} ", plan.path), &owned, "");
    code.close();
    code.close();
    if let Some((ret, error)) = &plan.answer {
        code.open(&format!("impl RemoteCall for {name}<'_>"));
        code.line(&format!("type Return = {ret};"));
        code.line(&format!("type Error = {error};"));
        code.close();
    }
}

/// The enum, `Encode`, `Decode` and `IntoOwned` of a boxed type's view: a variant per
/// constructor, holding the constructor's view when it has one.
fn write_enum(code: &mut Code, ctx: &Context<'_>, plan: &EnumPlan) {
    let name = &plan.name;
    let payloads: Vec<Option<String>> = plan
        .variants
        .iter()
        .map(|v| (!v.unit).then(|| ctx.views.view_type(&v.payload).unwrap_or(v.payload.clone())))
        .collect();
    code.docs(&format!(
        "[`{name}`]({}), borrowing its text and bytes from the input.",
        plan.path
    ));
    derives(code, ctx);
    code.open(&format!("pub enum {name}<'a>"));
    for (v, payload) in plan.variants.iter().zip(&payloads) {
        match payload {
            Some(payload) => code.line(&format!("{}({payload}),", v.name)),
            None => code.line(&format!("{},", v.name)),
        }
    }
    code.close();
    write_enum_encode(code, plan);
    let head = format!("impl<'a> Decode<'a> for {name}<'a>");
    enums::write_decode_as(code, plan, &head, "'a", |v| {
        ctx.views.view_type(&v.payload).unwrap_or(v.payload.clone())
    });
    code.open(&format!("impl IntoOwned for {name}<'_>"));
    code.line(&format!("type Owned = {};", plan.path));
    code.fn_open(
        "fn into_owned",
        &["self".to_owned()],
        &format!(" -> {}", plan.path),
    );
    code.open("match self");
    for (v, payload) in plan.variants.iter().zip(&payloads) {
        let owned = format!("{}::{}", plan.path, v.name);
        let (pattern, value) = match payload {
            None => (format!("Self::{}", v.name), Expr::atom(owned)),
            Some(p) => {
                let inner = if *p == v.payload {
                    "value"
                } else {
                    "value.into_owned()"
                };
                let value = Expr::call(&owned, vec![Expr::atom(inner)]);
                (format!("Self::{}(value)", v.name), value)
            }
        };
        let line = format!("{pattern} => {},", value.inline());
        if code.fits(&line) {
            code.line(&line);
        } else {
            // rustfmt puts an arm that does not fit after `=>` in a block.
            code.arm_with(&[pattern], |code| code.expr("", &value, ""));
        }
    }
    code.close();
    code.close();
    code.close();
}

/// Boxed encoding: each variant's id, then its bare form.
fn write_enum_encode(code: &mut Code, plan: &EnumPlan) {
    code.open(&format!("impl Encode for {}<'_>", plan.name));
    code.open("fn write_to<O: Output>(&self, out: &mut O)");
    code.open("match self");
    for v in &plan.variants {
        let id = format!("out.put_u32({:#010x})", v.id);
        if v.unit {
            code.line(&format!("Self::{} => {id},", v.name));
        } else {
            code.arm_block(
                &[format!("Self::{}(value)", v.name)],
                &[format!("{id};"), "value.write_to(out);".to_owned()],
            );
        }
    }
    code.close();
    code.close();
    code.close();
}
