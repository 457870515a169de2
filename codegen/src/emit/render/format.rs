//! Tokens to source text: parsed with syn (which proves they are Rust), printed with
//! prettyplease (deterministic, independent of the local rustfmt), header prepended.

use proc_macro2::TokenStream;

use crate::emit::error::EmitError;

/// Formats `tokens` as the file `name`, starting with `header` (a `//` comment, which
/// prettyplease could not carry).
pub fn format_file(name: &str, tokens: TokenStream, header: &str) -> Result<String, EmitError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| EmitError::InvalidTokens {
        file: name.to_owned(),
        message: e.to_string(),
    })?;
    Ok(with_header(header, prettyplease::unparse(&file)))
}

/// `body` after the `//` comment `header` (if any).
pub fn with_header(header: &str, body: String) -> String {
    if header.is_empty() {
        body
    } else {
        format!("{}\n{body}", header.trim_end())
    }
}

/// Puts `comment` (one `//` line per line) right before the first line starting with
/// `anchor`; used for comments prettyplease would drop.
pub fn comment_before(source: &str, anchor: &str, comment: &str) -> String {
    let Some(at) = source.find(&format!("\n{anchor}")) else {
        return source.to_owned();
    };
    let lines: String = comment.lines().map(|line| format!("\n// {line}")).collect();
    format!("{}{lines}{}", &source[..at], &source[at..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn formats_with_header_and_doc_comments() {
        let tokens = quote! {
            #[doc = " A value."]
            pub struct A { pub x: i32 }
        };
        let text = format_file("a.rs", tokens, "// header").unwrap();
        assert_eq!(
            text,
            "// header\n/// A value.\npub struct A {\n    pub x: i32,\n}\n"
        );
    }

    #[test]
    fn invalid_tokens_name_the_file() {
        let err = format_file("bad.rs", quote!(pub struct), "").unwrap_err();
        assert!(matches!(err, EmitError::InvalidTokens { ref file, .. } if file == "bad.rs"));
    }

    #[test]
    fn comments_go_before_the_anchor() {
        let text = comment_before("a\n#![allow(x)]\nb\n", "#![allow", "why\nbecause");
        assert_eq!(text, "a\n// why\n// because\n#![allow(x)]\nb\n");
        assert_eq!(comment_before("a\n", "zzz", "c"), "a\n");
    }
}
