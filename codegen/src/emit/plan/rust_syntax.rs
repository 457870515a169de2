//! Light checks of the Rust snippets options carry (attributes, paths), done without a
//! Rust parser: the generator pastes them into its output as text, so what is checked is
//! what makes the pasting safe (one attribute per line, balanced delimiters, a path where a
//! path goes). Anything subtler is the compiler's to report, at the line the snippet lands on.

use crate::emit::plan::naming::RAW_KEYWORDS;

/// The outer attributes of `text` (`#[derive(Hash)] #[serde(default)]`), each as written
/// (trimmed), or why `text` is not a sequence of outer attributes.
pub fn outer_attributes(text: &str) -> Result<Vec<String>, String> {
    let mut attributes = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        if rest.starts_with("#!") {
            return Err(format!(
                "`{text}` is not an outer attribute like `#[derive(Hash)]` (inner attributes \
                 `#![..]` cannot go on items)"
            ));
        }
        if !rest.starts_with("#[") {
            return Err(format!(
                "`{text}` is not an outer attribute like `#[derive(Hash)]`"
            ));
        }
        let end = group_end(&rest[1..]).map_err(|message| {
            format!("`{text}` is not an outer attribute like `#[derive(Hash)]`: {message}")
        })?;
        attributes.push(rest[..end + 2].to_owned());
        rest = rest[end + 2..].trim_start();
    }
    if attributes.is_empty() {
        return Err("no attribute given".to_owned());
    }
    Ok(attributes)
}

/// The byte index of the delimiter closing the group that `text` opens (`text` starts with
/// `[`, `(` or `{`), skipping string and character literals.
fn group_end(text: &str) -> Result<usize, String> {
    let mut open: Vec<char> = Vec::new();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '[' | '(' | '{' => open.push(c),
            ']' | ')' | '}' => {
                let expected = match open.pop() {
                    Some('[') => ']',
                    Some('(') => ')',
                    Some(_) => '}',
                    None => return Err(format!("unbalanced `{c}`")),
                };
                if c != expected {
                    return Err(format!("`{c}` where `{expected}` closes"));
                }
                if open.is_empty() {
                    return Ok(at);
                }
            }
            '"' => skip_string(&mut chars)?,
            _ => {}
        }
    }
    Err("a delimiter is not closed".to_owned())
}

/// Moves `chars` past the end of a string literal whose opening quote was just read.
fn skip_string(chars: &mut std::str::CharIndices<'_>) -> Result<(), String> {
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => return Ok(()),
            _ => {}
        }
    }
    Err("a string literal is not closed".to_owned())
}

/// `text` as a Rust path (`::tl_runtime`, `crate::peers::enums::Peer`, `super::x`), with
/// the spaces around `::` removed, or why it is not one.
pub fn rust_path(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let absolute = trimmed.starts_with("::");
    let body = trimmed.strip_prefix("::").unwrap_or(trimmed);
    let segments: Vec<&str> = body.split("::").map(str::trim).collect();
    let valid = |(at, segment): (usize, &&str)| {
        let leading = at == 0 && !absolute;
        match *segment {
            "crate" | "self" => leading,
            "super" => leading || at > 0 && segments[..at].iter().all(|s| *s == "super"),
            _ => is_identifier(segment),
        }
    };
    if body.is_empty() || !segments.iter().enumerate().all(valid) {
        return Err(format!("`{text}` is not a Rust path"));
    }
    let path = segments.join("::");
    Ok(if absolute { format!("::{path}") } else { path })
}

/// Whether `text` is an identifier (raw ones included), not a keyword.
fn is_identifier(text: &str) -> bool {
    let ident = text.strip_prefix("r#").unwrap_or(text);
    !ident.is_empty()
        && !ident.starts_with(|c: char| c.is_ascii_digit())
        && ident.chars().all(|c| c.is_alphanumeric() || c == '_')
        && ident != "_"
        && (text.starts_with("r#") || !RAW_KEYWORDS.contains(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_split_and_checked() {
        assert_eq!(
            outer_attributes(" #[derive(Hash)]  #[serde(rename = \"a]b\")] ").unwrap(),
            ["#[derive(Hash)]", "#[serde(rename = \"a]b\")]"]
        );
        assert_eq!(
            outer_attributes("#[doc = \"say \\\"hi\\\"\"]").unwrap(),
            ["#[doc = \"say \\\"hi\\\"\"]"]
        );
        assert!(outer_attributes("derive(Hash)")
            .unwrap_err()
            .contains("not an outer attribute"));
        assert!(outer_attributes("#![allow(x)]")
            .unwrap_err()
            .contains("not an outer attribute"));
        assert!(outer_attributes("#[derive(Hash]").is_err());
        assert!(outer_attributes("#[doc = \"open]").is_err());
        assert!(outer_attributes("#[a] b").is_err());
        assert_eq!(outer_attributes("  ").unwrap_err(), "no attribute given");
    }

    #[test]
    fn paths_are_checked() {
        assert_eq!(rust_path("::tl_runtime").unwrap(), "::tl_runtime");
        assert_eq!(
            rust_path("crate :: peers::enums::Peer").unwrap(),
            "crate::peers::enums::Peer"
        );
        assert_eq!(rust_path("super::super::x").unwrap(), "super::super::x");
        assert_eq!(rust_path("r#type::X").unwrap(), "r#type::X");
        for bad in [
            "", "::", "a::", "::x::<", "a b", "1x", "x::crate", "type::X", "a::_",
        ] {
            assert!(rust_path(bad).is_err(), "{bad}");
        }
    }
}
