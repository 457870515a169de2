//! The error table (`schema/errors.tsv`): the possible errors of each method, the single
//! source of the per-method error enums and of the error lists in method docs.
//!
//! ```text
//! # comment
//! method<TAB>code<TAB>name<TAB>description
//! messages.exportChatInvite<TAB>400<TAB>CHAT_ADMIN_REQUIRED<TAB>The caller is not an administrator.
//! ```
//!
//! Blank lines and lines starting with `#` are skipped; the first other line is the header
//! above. A name is `A-Z`, `0-9` and `_`, with `X` for a number (`FLOOD_WAIT_X`); a method
//! lists a name once.

use std::collections::BTreeMap;

use crate::emit::input::input_error::InputError;

/// The name of this input in errors.
const INPUT: &str = "errors table";

/// The header line every table starts with.
pub const HEADER: &str = "method\tcode\tname\tdescription";

/// One documented RPC error (a row of the error table).
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorDocs {
    pub code: i32,
    /// The name, `X` where a number goes: `CHAT_ADMIN_REQUIRED`, `FLOOD_WAIT_X`.
    pub kind: String,
    pub description: Option<String>,
}

/// Documented errors by dotted method name, in table order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorTable {
    pub methods: BTreeMap<String, Vec<ErrorDocs>>,
}

impl ErrorTable {
    /// Parses the table's text; errors name the line (1-based) and what is wrong.
    pub fn from_tsv(text: &str) -> Result<ErrorTable, InputError> {
        let mut table = ErrorTable::default();
        let mut header_seen = false;
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !header_seen {
                if line != HEADER {
                    let message = format!(
                        "expected the header `{}`, found `{line}`",
                        HEADER.replace('\t', "<TAB>")
                    );
                    return Err(InputError::new(INPUT, Some(number), message));
                }
                header_seen = true;
                continue;
            }
            let (method, error) =
                parse_row(line).map_err(|e| InputError::new(INPUT, Some(number), e))?;
            let errors = table.methods.entry(method.clone()).or_default();
            if errors.iter().any(|e| e.kind == error.kind) {
                let message = format!("`{}` is listed twice for `{method}`", error.kind);
                return Err(InputError::new(INPUT, Some(number), message));
            }
            errors.push(error);
        }
        Ok(table)
    }

    /// The errors of `method` (empty when none is listed).
    pub fn get(&self, method: &str) -> &[ErrorDocs] {
        self.methods.get(method).map_or(&[], Vec::as_slice)
    }
}

fn parse_row(line: &str) -> Result<(String, ErrorDocs), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [method, code, name, description] = fields[..] else {
        return Err(format!(
            "expected 4 TAB-separated fields, found {}",
            fields.len()
        ));
    };
    if method.is_empty() || method.contains(char::is_whitespace) {
        return Err(format!("expected a TL method name, found `{method}`"));
    }
    let code: i32 = code
        .parse()
        .map_err(|_| format!("expected a numeric code, found `{code}`"))?;
    let name_char = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_';
    if name.is_empty() || !name.chars().all(name_char) {
        return Err(format!(
            "expected an error name (A-Z, 0-9, _), found `{name}`"
        ));
    }
    let description = description.trim();
    let error = ErrorDocs {
        code,
        kind: name.to_owned(),
        description: (!description.is_empty()).then(|| description.to_owned()),
    };
    Ok((method.to_owned(), error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_by_method_in_order() {
        let text = "# c\n\nmethod\tcode\tname\tdescription\n\
                    a.b\t400\tX_INVALID\tbad\n\
                    c\t420\tFLOOD_WAIT_X\t\n\
                    a.b\t403\tY_FORBIDDEN\tno\n";
        let table = ErrorTable::from_tsv(text).unwrap();
        let names: Vec<&str> = table.get("a.b").iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(names, ["X_INVALID", "Y_FORBIDDEN"]);
        assert_eq!(table.get("a.b")[1].code, 403);
        assert_eq!(table.get("c")[0].description, None);
        assert!(table.get("d").is_empty());
    }

    #[test]
    fn bad_rows_name_the_line() {
        let cases = [
            ("a\tb\n", "errors table:1: expected the header"),
            (
                "method\tcode\tname\tdescription\na.b\t400\tX\n",
                "errors table:2: expected 4 TAB-separated fields, found 3",
            ),
            (
                "method\tcode\tname\tdescription\na.b\tfour\tX\td\n",
                "errors table:2: expected a numeric code, found `four`",
            ),
            (
                "method\tcode\tname\tdescription\na.b\t400\tx_bad\td\n",
                "errors table:2: expected an error name",
            ),
            (
                "method\tcode\tname\tdescription\n\t400\tX\td\n",
                "errors table:2: expected a TL method name",
            ),
            (
                "method\tcode\tname\tdescription\na\t400\tX\td\na\t403\tX\te\n",
                "errors table:3: `X` is listed twice for `a`",
            ),
        ];
        for (text, expected) in cases {
            let error = ErrorTable::from_tsv(text).unwrap_err().to_string();
            assert!(error.starts_with(expected), "{text:?}: {error}");
        }
    }
}
