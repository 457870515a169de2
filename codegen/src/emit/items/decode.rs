//! `tl_runtime::Decode` of constructor structs (bare form) and function structs (which
//! first expect their own id, then read the `ReadArgs` of their parameters). Every field
//! of a shared-bit group is read when the one bit is set.
//!
//! A failed read names the parameter and the constructor or function whose parameter it
//! is in the error's path (`Reader::field`, `Reader::flagged`: one call per parameter,
//! the naming on the error path only). Each read returns early through `ok!`, a plain
//! `match` that costs the compiler less than `?`.

use crate::emit::code::Code;
use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::fields::Role;

/// `impl Decode` (and, for a function, `impl ReadArgs`):
///
/// ```ignore
/// impl Decode<'_> for ChatInviteExported {
///     #[inline]
///     fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
///         let flags: u32 = ok!(r.field(Self::NAME, "flags"));
///         let revoked = (flags & 1) != 0;
///         let link = ok!(r.field(Self::NAME, "link"));
///         let expire_date = ok!(r.flagged(Self::NAME, flags, 1, "expire_date"));
///         Ok(Self { revoked, link, expire_date })
///     }
/// }
/// impl Decode<'_> for ExportChatInvite {
///     fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
///         ok!(r.expect_id(Self::CONSTRUCTOR_ID, Self::NAME));
///         Self::read_args(r)
///     }
/// }
/// impl ReadArgs for ExportChatInvite {
///     fn read_args(r: &mut Reader<'_>) -> Result<Self, DecodeError> { .. }
/// }
/// ```
pub fn write_decode(code: &mut Code, plan: &DefPlan<'_>) {
    let bounds = plan.generic_bounds("RemoteCall + tl_runtime::DecodeOwned");
    let ty = format!("{}{}", plan.name, plan.generic_args());
    code.open(&format!("impl{bounds} Decode<'_> for {ty}"));
    if plan.is_function() {
        code.fn_open(
            "fn read",
            &["r: &mut Reader<'_>".to_owned()],
            " -> Result<Self, DecodeError>",
        );
        code.line("ok!(r.expect_id(Self::CONSTRUCTOR_ID, Self::NAME));");
        code.line("Self::read_args(r)");
        code.close();
        code.close();
        code.open(&format!("impl{bounds} ReadArgs for {ty}"));
        write_body(code, plan, "fn read_args", "'_", false);
    } else {
        // A constructor's bare read has one caller, its enum's dispatch (or a bare
        // field): inlining it there lets the value be built in place.
        code.line("#[inline]");
        write_body(code, plan, "fn read", "'_", false);
    }
    code.close();
}

/// `impl<'a> Decode<'a> for X<'a>` of a borrowed view: the owned type's reads, from a
/// `Reader<'a>` (so `&'a str` fields borrow from its input); a function checks its id
/// first (`ReadArgs` reads from any reader, so a view cannot implement it).
pub fn write_view_decode(code: &mut Code, plan: &DefPlan<'_>) {
    code.open(&format!("impl<'a> Decode<'a> for {}<'a>", plan.name));
    if !plan.is_function() {
        code.line("#[inline]");
    }
    write_body(code, plan, "fn read", "'a", plan.is_function());
    code.close();
}

/// `fn <head>(r: &mut Reader<input>) -> Result<Self, DecodeError> { .. }`: (the id check
/// when `id`), one `let` per parameter, in wire order, then the struct.
fn write_body(code: &mut Code, plan: &DefPlan<'_>, head: &str, input: &str, id: bool) {
    let r = &plan.reader;
    let param = if plan.fields.is_empty() && !id {
        format!("_{r}: &mut Reader<{input}>")
    } else {
        format!("{r}: &mut Reader<{input}>")
    };
    code.fn_open(head, &[param], " -> Result<Self, DecodeError>");
    if id {
        code.line(&format!(
            "ok!({r}.expect_id(Self::CONSTRUCTOR_ID, Self::NAME));"
        ));
    }
    for field in &plan.fields {
        let (name, tl) = (&field.name, field.tl_name);
        match &field.role {
            Role::FlagWord { .. } => code.assign(
                &format!("let {name}: u32"),
                &format!("ok!({r}.field(Self::NAME, \"{tl}\"))"),
            ),
            Role::Required => code.assign(
                &format!("let {name}"),
                &format!("ok!({r}.field(Self::NAME, \"{tl}\"))"),
            ),
            Role::Presence(bit) => code.assign(
                &format!("let {name}"),
                &format!("({} & {}) != 0", bit.word, mask(bit.bit)),
            ),
            Role::Optional(bit) => code.assign(
                &format!("let {name}"),
                &format!(
                    "ok!({r}.flagged(Self::NAME, {}, {}, \"{tl}\"))",
                    bit.word, bit.bit
                ),
            ),
        }
    }
    let names: Vec<String> = plan
        .fields
        .iter()
        .filter(|f| f.is_user_field())
        .map(|f| match used_bits(plan, f.param) {
            // A kept flag word holds only the bits no parameter is conditional on.
            Some(used) if used != 0 => format!("{0}: {0} & !{used:#x}", f.name),
            _ => f.name.clone(),
        })
        .collect();
    code.struct_literal("Ok(Self ", &names, ")");
    code.close();
}

/// The bits of kept flag word `param` that parameters are conditional on (`None` for
/// anything else).
pub fn used_bits(plan: &DefPlan<'_>, param: usize) -> Option<u32> {
    let field = plan.field(param)?;
    if field.role != (Role::FlagWord { kept: true }) {
        return None;
    }
    let word = plan.flags.words.iter().find(|w| w.param == param)?;
    Some(word.bits.iter().fold(0, |mask, g| mask | 1 << g.bit))
}

/// A mask with bit `bit` set, as the generated code spells it: `1`, `(1 << 5)`.
fn mask(bit: u32) -> String {
    match bit {
        0 => "1".to_owned(),
        n => format!("(1 << {n})"),
    }
}
