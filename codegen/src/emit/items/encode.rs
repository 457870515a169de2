//! `tl_runtime::Encode` of constructor structs (bare form) and function structs (always
//! boxed: id first). Flag words are computed from the fields; parameters that share a
//! bit but are set apart are reported to the output (the encoding then fails).

use crate::emit::code::{Code, Expr};
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::fields::Role;
use crate::emit::plan::flags::FlagWord;
use crate::emit::plan::naming::field_name;

/// `impl Encode`:
///
/// ```ignore
/// impl Encode for ExportChatInvite {
///     fn write_to<O: Output>(&self, out: &mut O) {
///         let flags = (self.legacy_revoke_permanent as u32) << 2
///             | (self.expire_date.is_some() as u32) << 3;
///         out.put_u32(Self::CONSTRUCTOR_ID);
///         flags.write_to(out);
///         self.peer.write_to(out);
///         tl_runtime::write_optional(&self.expire_date, out);
///     }
/// }
/// ```
pub fn write_encode(code: &mut Code, plan: &DefPlan<'_>) {
    let bounds = plan.generic_bounds("RemoteCall");
    let head = format!(
        "impl{bounds} Encode for {}{}",
        plan.name,
        plan.generic_args()
    );
    write_encode_as(code, plan, &head);
}

/// [`write_encode`] under the impl header `head` (a borrowed view's: `impl Encode for
/// X<'_>`): the body only reads the fields, whatever their types.
pub fn write_encode_as(code: &mut Code, plan: &DefPlan<'_>, head: &str) {
    code.open(head);
    let out = &plan.out;
    let boxed = plan.is_function();
    if !boxed && plan.fields.is_empty() {
        code.line("#[inline]");
        code.line(&format!(
            "fn write_to<O: Output>(&self, _{out}: &mut O) {{}}"
        ));
        code.close();
        return;
    }
    if !boxed {
        // A constructor's bare form has one caller, its enum (or a bare field).
        code.line("#[inline]");
    }
    code.fn_open(
        "fn write_to<O: Output>",
        &["&self".to_owned(), format!("{out}: &mut O")],
        "",
    );
    write_flag_groups(code, plan);
    for word in &plan.flags.words {
        compute_word(code, plan, word);
    }
    if boxed {
        code.line(&format!("{out}.put_u32(Self::CONSTRUCTOR_ID);"));
    }
    for field in &plan.fields {
        let name = &field.name;
        match field.role {
            Role::FlagWord { .. } => code.line(&format!(
                "{}.write_to({out});",
                word_local(field.tl_name, plan)
            )),
            Role::Required => code.line(&format!("self.{name}.write_to({out});")),
            Role::Optional(_) => {
                code.line(&format!("tl_runtime::write_optional(&self.{name}, {out});"))
            }
            Role::Presence(_) => {}
        }
    }
    code.close();
    code.close();
}

/// The local holding flag word `tl` while writing (named as its field would be).
fn word_local(tl: &str, plan: &DefPlan<'_>) -> String {
    plan.fields
        .iter()
        .find(|f| f.tl_name == tl)
        .map_or_else(|| field_name(tl), |f| f.name.clone())
}

/// The check of every shared bit whose parameters must be set together:
/// `tl_runtime::check_flag_group(out, "ty", "flags.2", &[("a", ..), ("b", ..)]);`.
fn write_flag_groups(code: &mut Code, plan: &DefPlan<'_>) {
    for (word, group) in plan.flags.shared_groups() {
        let members: Vec<Expr> = group
            .members
            .iter()
            .filter_map(|&p| plan.field(p))
            .map(|f| {
                Expr::tuple(vec![
                    Expr::atom(format!("\"{}\"", f.tl_name)),
                    Expr::atom(f.presence()),
                ])
            })
            .collect();
        let check = Expr::call(
            "tl_runtime::check_flag_group",
            vec![
                Expr::atom(plan.out.clone()),
                Expr::atom(format!("\"{}\"", plan.tl)),
                Expr::atom(format!("\"{}.{}\"", word.name, group.bit)),
                Expr::slice(members),
            ],
        );
        code.expr("", &check, ";");
    }
}

/// `let flags = (self.a as u32) | (self.b.is_some() as u32) << 1 | ...;`: one shift and
/// or per bit, no branches; a kept word contributes the bits no parameter uses.
fn compute_word(code: &mut Code, plan: &DefPlan<'_>, word: &FlagWord) {
    let local = word_local(&word.name, plan);
    let mut terms = Vec::new();
    let kept = plan
        .field(word.param)
        .is_some_and(|f| f.role == (Role::FlagWord { kept: true }));
    if kept {
        let used = word.bits.iter().fold(0u32, |mask, g| mask | 1 << g.bit);
        terms.push(if used == 0 {
            format!("self.{local}")
        } else {
            format!("(self.{local} & !{used:#x})")
        });
    }
    for group in &word.bits {
        let Some(first) = plan.field(group.members[0]) else {
            continue;
        };
        let bit = format!("({} as u32)", first.presence());
        terms.push(match group.bit {
            0 => bit,
            n => format!("{bit} << {n}"),
        });
    }
    if terms.is_empty() {
        code.line(&format!("let {local} = 0u32;"));
    } else if let [only] = terms.as_slice() {
        // Alone, a term needs no parentheses (`unused_parens`): `(x as u32)` -> `x as u32`.
        let bare = only
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(" as u32)"))
            .map(|t| format!("{t} as u32"));
        code.assign(&format!("let {local}"), bare.as_deref().unwrap_or(only));
    } else {
        code.or_chain(&format!("let {local}"), &terms);
    }
}
