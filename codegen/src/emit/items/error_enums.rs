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

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::model::{Category, DefId};

use crate::emit::error::EmitError;
use crate::emit::input::errors_table::ErrorDocs;
use crate::emit::items::docs::{doc_attrs, linkify};
use crate::emit::plan::context::Context;
use crate::emit::plan::naming::{error_enum_name, error_variant_names, ident, tl_name};

/// Whether `def` (a function) gets an error enum.
pub fn has_error_enum(ctx: &Context<'_>, def: DefId) -> bool {
    ctx.def(def).category == Category::Function && !ctx.docs(def).errors().is_empty()
}

/// The error enum of function `def` and its impls.
pub fn emit_error_enum(ctx: &Context<'_>, def: DefId) -> Result<TokenStream, EmitError> {
    let definition = ctx.def(def);
    let method = tl_name(&definition.name);
    let errors = ctx.docs(def).errors();
    let name = error_enum_name(ctx.index.item_name(def));
    let names = error_variant_names(errors.iter().map(|e| e.kind.as_str()));
    let errors: Vec<(&ErrorDocs, &str)> = errors
        .iter()
        .zip(names.iter().map(String::as_str))
        .collect();
    let errors = &errors[..];
    let enum_ident = ident(&name);
    let docs = doc_attrs(&format!(
        "The errors `{method}` is documented to answer with (`schema/errors.tsv`); any other \
         answer is [`{name}::Other`].\n\nConverted from [`tl_runtime::RpcError`] by name."
    ));
    let variants = errors.iter().map(|&(e, name)| variant(e, name));
    let from_arms = errors.iter().map(|&(e, name)| from_arm(e, name));
    let accessors = emit_accessors(&enum_ident, errors);
    Ok(quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #enum_ident {
            #(#variants)*
            #[doc = " An error the table does not list for this method, as received."]
            Other(tl_runtime::RpcError),
        }
        impl From<tl_runtime::RpcError> for #enum_ident {
            fn from(error: tl_runtime::RpcError) -> Self {
                match (error.name.as_str(), error.value) {
                    #(#from_arms)*
                    _ => Self::Other(error),
                }
            }
        }
        #accessors
    })
}

/// `name()`, `code()`, `Display` and `std::error::Error`.
fn emit_accessors(enum_ident: &Ident, errors: &[(&ErrorDocs, &str)]) -> TokenStream {
    let name_arms = errors.iter().map(|&(e, name)| {
        let pattern = pattern(e, name);
        let text = &e.kind;
        quote!(#pattern => #text,)
    });
    let code_arms = errors.iter().map(|&(e, name)| {
        let pattern = pattern(e, name);
        let code = Literal::i32_unsuffixed(e.code);
        quote!(#pattern => #code,)
    });
    quote! {
        impl #enum_ident {
            #[doc = " The error's name as listed (`X` where a number goes)."]
            pub fn name(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::Other(error) => &error.name,
                }
            }
            #[doc = " The listed code (for `Other`, the code received)."]
            pub fn code(&self) -> i32 {
                match self {
                    #(#code_arms)*
                    Self::Other(error) => error.code,
                }
            }
        }
        impl ::core::fmt::Display for #enum_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    Self::Other(error) => ::core::fmt::Display::fmt(error, f),
                    _ => write!(f, "rpc error {}: {}", self.code(), self.name()),
                }
            }
        }
        impl ::std::error::Error for #enum_ident {}
    }
}

fn has_value(error: &ErrorDocs) -> bool {
    error.kind.ends_with("_X")
}

fn variant(error: &ErrorDocs, name: &str) -> TokenStream {
    let name = ident(name);
    let description = linkify(error.description.as_deref().unwrap_or(""));
    let mut text = format!("`{} {}`: {description}", error.code, error.kind);
    if has_value(error) {
        text.push_str("\n\nCarries the number sent in place of `X`.");
    }
    let docs = doc_attrs(text.trim_end());
    if has_value(error) {
        quote!(#docs #name(u32),)
    } else {
        quote!(#docs #name,)
    }
}

/// `Self::ChatAdminRequired` or `Self::FloodWait(_)`.
fn pattern(error: &ErrorDocs, name: &str) -> TokenStream {
    let name = ident(name);
    if has_value(error) {
        quote!(Self::#name(_))
    } else {
        quote!(Self::#name)
    }
}

fn from_arm(error: &ErrorDocs, name: &str) -> TokenStream {
    let name = ident(name);
    let text = &error.kind;
    if has_value(error) {
        quote!((#text, Some(value)) => Self::#name(value),)
    } else {
        quote!((#text, _) => Self::#name,)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(kind: &str) -> ErrorDocs {
        ErrorDocs {
            code: 400,
            kind: kind.to_owned(),
            description: None,
        }
    }

    #[test]
    fn clashing_variants_are_numbered() {
        let names = error_variant_names(["FLOOD_WAIT_X", "FLOOD_WAIT", "OTHER"]);
        assert_eq!(names, ["FloodWait", "FloodWait2", "Other2"]);
        let arm = from_arm(&error("FLOOD_WAIT"), &names[1]).to_string();
        assert_eq!(arm, r#"("FLOOD_WAIT" , _) => Self :: FloodWait2 ,"#);
    }

    #[test]
    fn numbered_names_match_with_their_value() {
        let arm = from_arm(&error("FLOOD_WAIT_X"), "FloodWait").to_string();
        assert_eq!(
            arm,
            r#"("FLOOD_WAIT_X" , Some (value)) => Self :: FloodWait (value) ,"#
        );
        let arm = from_arm(&error("PEER_ID_INVALID"), "PeerIdInvalid").to_string();
        assert_eq!(arm, r#"("PEER_ID_INVALID" , _) => Self :: PeerIdInvalid ,"#);
    }
}
