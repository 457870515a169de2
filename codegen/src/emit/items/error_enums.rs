//! One error enum per method that has documented errors (the error table,
//! `schema/errors.tsv`): a variant per listed error and `Other` for any other answer.
//!
//! ```ignore
//! #[non_exhaustive]
//! pub enum ExportChatInviteError {
//!     /// `400 CHAT_ADMIN_REQUIRED`: The caller is not an administrator of the chat.
//!     ChatAdminRequired,
//!     /// `420 FLOOD_WAIT_X`: ... (a variant with the number, when a name has `_X`)
//!     FloodWait(u32),
//!     /// An error the table does not list for this method, as received.
//!     Other(tl_runtime::RpcError),
//! }
//! impl From<tl_runtime::RpcError> for ExportChatInviteError { .. } // by name
//! impl ExportChatInviteError { pub fn name(&self) -> &str; pub fn code(&self) -> i32 }
//! impl Display, std::error::Error
//! ```

use crate::emit::code::Code;
use crate::emit::input::errors_table::ErrorDocs;
use crate::emit::items::docs::linkify;
use crate::emit::plan::def_plan::{DefPlan, ErrorEnumPlan};

/// The error enum of function `plan`, with its impls (nothing when it has none).
pub fn write_error_enum(code: &mut Code, plan: &DefPlan<'_>) {
    let Some(error_enum) = &plan.error_enum else {
        return;
    };
    let name = &error_enum.name;
    code.docs(&format!(
        "The errors `{}` is documented to answer with (`schema/errors.tsv`); any other \
         answer is [`{name}::Other`].\n\nConverted from [`tl_runtime::RpcError`] by name.",
        plan.tl
    ));
    code.attr(
        "derive",
        &[
            "Debug".to_owned(),
            "Clone".to_owned(),
            "PartialEq".to_owned(),
            "Eq".to_owned(),
        ],
    );
    code.line("#[non_exhaustive]");
    code.open(&format!("pub enum {name}"));
    for (error, variant) in &error_enum.variants {
        write_variant(code, error, variant);
    }
    code.docs("An error the table does not list for this method, as received.");
    code.line("Other(tl_runtime::RpcError),");
    code.close();
    write_from(code, error_enum);
    write_accessors(code, error_enum);
}

fn has_value(error: &ErrorDocs) -> bool {
    error.kind.ends_with("_X")
}

fn write_variant(code: &mut Code, error: &ErrorDocs, variant: &str) {
    let description = linkify(error.description.as_deref().unwrap_or(""));
    let mut text = format!("`{} {}`: {description}", error.code, error.kind);
    if has_value(error) {
        text.push_str("\n\nCarries the number sent in place of `X`.");
        code.docs(text.trim_end());
        code.line(&format!("{variant}(u32),"));
    } else {
        code.docs(text.trim_end());
        code.line(&format!("{variant},"));
    }
}

/// `impl From<tl_runtime::RpcError>`: by name (and number, for `_X` names).
fn write_from(code: &mut Code, error_enum: &ErrorEnumPlan<'_>) {
    code.open(&format!(
        "impl From<tl_runtime::RpcError> for {}",
        error_enum.name
    ));
    code.open("fn from(error: tl_runtime::RpcError) -> Self");
    code.open("match (error.name.as_str(), error.value)");
    for (error, variant) in &error_enum.variants {
        let kind = &error.kind;
        if has_value(error) {
            code.line(&format!(
                "(\"{kind}\", Some(value)) => Self::{variant}(value),"
            ));
        } else {
            code.line(&format!("(\"{kind}\", _) => Self::{variant},"));
        }
    }
    code.line("_ => Self::Other(error),");
    code.close();
    code.close();
    code.close();
}

/// `Self::ChatAdminRequired` or `Self::FloodWait(_)`.
fn pattern(error: &ErrorDocs, variant: &str) -> String {
    if has_value(error) {
        format!("Self::{variant}(_)")
    } else {
        format!("Self::{variant}")
    }
}

/// `name()`, `code()`, `Display` and `std::error::Error`.
fn write_accessors(code: &mut Code, error_enum: &ErrorEnumPlan<'_>) {
    let name = &error_enum.name;
    code.open(&format!("impl {name}"));
    code.docs("The error's name as listed (`X` where a number goes).");
    code.open("pub fn name(&self) -> &str");
    code.open("match self");
    for (error, variant) in &error_enum.variants {
        code.line(&format!(
            "{} => \"{}\",",
            pattern(error, variant),
            error.kind
        ));
    }
    code.line("Self::Other(error) => &error.name,");
    code.close();
    code.close();
    code.docs("The listed code (for `Other`, the code received).");
    code.open("pub fn code(&self) -> i32");
    code.open("match self");
    for (error, variant) in &error_enum.variants {
        code.line(&format!("{} => {},", pattern(error, variant), error.code));
    }
    code.line("Self::Other(error) => error.code,");
    code.close();
    code.close();
    code.close();
    code.open(&format!("impl ::core::fmt::Display for {name}"));
    code.open("fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result");
    code.open("match self");
    code.line("Self::Other(error) => ::core::fmt::Display::fmt(error, f),");
    code.line("_ => write!(f, \"rpc error {}: {}\", self.code(), self.name()),");
    code.close();
    code.close();
    code.close();
    code.line(&format!("impl ::std::error::Error for {name} {{}}"));
}
