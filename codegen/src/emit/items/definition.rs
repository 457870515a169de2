//! Everything written for one constructor or function: the struct, `new()`, and the
//! `Identifiable`, `Encode`, `Decode` (and, for functions, `ReadArgs` and `RemoteCall`)
//! impls.

use crate::emit::code::Code;
use crate::emit::items::decode::write_decode;
use crate::emit::items::encode::write_encode;
use crate::emit::items::structs::{write_new, write_struct};
use crate::emit::plan::context::Context;
use crate::emit::plan::def_plan::DefPlan;

/// The struct of a definition and all its impls.
pub fn write_definition(code: &mut Code, ctx: &Context<'_>, plan: &DefPlan<'_>) {
    write_struct(code, ctx, plan);
    write_new(code, plan);
    write_identifiable(code, plan);
    write_encode(code, plan);
    write_decode(code, plan);
    if let Some((ret, error)) = &plan.answer {
        write_remote_call(code, plan, ret, error);
    }
}

/// `impl Identifiable`:
///
/// ```ignore
/// impl Identifiable for InputPeerChannel {
///     const CONSTRUCTOR_ID: u32 = 0x27bcbbfc;
///     const NAME: &'static str = "inputPeerChannel";
/// }
/// ```
fn write_identifiable(code: &mut Code, plan: &DefPlan<'_>) {
    let generics = plan.generic_args();
    code.open(&format!(
        "impl{generics} Identifiable for {}{generics}",
        plan.name
    ));
    code.line(&format!(
        "const CONSTRUCTOR_ID: u32 = {:#010x};",
        plan.def.id
    ));
    code.line(&format!("const NAME: &'static str = \"{}\";", plan.tl));
    code.close();
}

/// `impl RemoteCall`; a generic result `X` answers what the wrapped call does, and its
/// error is the method's error enum when it has one, the wrapped call's for a generic
/// result, `RpcError` otherwise:
///
/// ```ignore
/// impl RemoteCall for ExportChatInvite {
///     type Return = enums::ExportedChatInvite;
///     type Error = errors::messages::ExportChatInviteError;
/// }
/// impl<X: RemoteCall> RemoteCall for InvokeWithLayer<X> {
///     type Return = X::Return;
///     type Error = X::Error;
/// }
/// ```
fn write_remote_call(code: &mut Code, plan: &DefPlan<'_>, ret: &str, error: &str) {
    let bounds = plan.generic_bounds("RemoteCall");
    code.open(&format!(
        "impl{bounds} RemoteCall for {}{}",
        plan.name,
        plan.generic_args()
    ));
    code.assign("type Return", ret);
    code.assign("type Error", error);
    code.close();
}
