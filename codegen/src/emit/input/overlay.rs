//! The documentation overlay (`schema/docs.tsv`): what Telegram's api.tl does not carry.
//!
//! ```text
//! # comment
//! name<TAB>param<TAB>text
//! messages.exportChatInvite<TAB><TAB>Creates a new invite link ...
//! messages.exportChatInvite<TAB>@bots<TAB>true
//! messages.exportChatInvite<TAB>peer<TAB>The chat to create the link for.
//! ```
//!
//! One row per part: an empty `param` is the definition's description, `@bots` whether
//! bots may call a method (`true` or `false`), anything else the meaning of that
//! parameter. Blank lines and lines starting with `#` are skipped; the first other line is
//! the header above. Every part is optional; a name missing from the overlay simply has no
//! extra docs. The errors of a method are not written here but in the error table
//! (`schema/errors.tsv`, [`ErrorTable`]), merged in with [`DocsOverlay::with_errors`].

use std::collections::BTreeMap;

use crate::model::Definition;

use crate::emit::input::errors_table::{ErrorDocs, ErrorTable};
use crate::emit::input::input_error::InputError;

/// The name of this input in errors.
const INPUT: &str = "docs overlay";

/// The header line every overlay starts with.
pub const HEADER: &str = "name\tparam\ttext";

/// Extra documentation, keyed by dotted TL name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocsOverlay {
    pub entries: BTreeMap<String, EntryDocs>,
}

/// The documentation of one constructor or function.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryDocs {
    pub description: Option<String>,
    /// Parameter name -> meaning.
    pub params: BTreeMap<String, String>,
    /// Errors a method may be answered with (from the error table).
    pub errors: Vec<ErrorDocs>,
    /// Whether bots may call the method (unknown when absent).
    pub bots: Option<bool>,
}

impl DocsOverlay {
    /// Parses the overlay's text; errors name the line (1-based) and what is wrong.
    pub fn from_tsv(text: &str) -> Result<DocsOverlay, InputError> {
        let mut overlay = DocsOverlay::default();
        let mut header_seen = false;
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| InputError::new(INPUT, Some(number), message);
            if !header_seen {
                if line != HEADER {
                    let header = HEADER.replace('\t', "<TAB>");
                    return Err(error(format!(
                        "expected the header `{header}`, found `{line}`"
                    )));
                }
                header_seen = true;
                continue;
            }
            let mut columns = line.splitn(3, '\t');
            let (Some(name), Some(param), Some(text)) =
                (columns.next(), columns.next(), columns.next())
            else {
                return Err(error(format!(
                    "expected `name<TAB>param<TAB>text`, found `{line}`"
                )));
            };
            overlay.add(name, param, text).map_err(error)?;
        }
        Ok(overlay)
    }

    /// Adds one row; a part given twice is an error.
    fn add(&mut self, name: &str, param: &str, text: &str) -> Result<(), String> {
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(format!("`{name}` is not a TL name"));
        }
        let entry = self.entries.entry(name.to_owned()).or_default();
        let twice = || format!("`{name}` {} is documented twice", part(param));
        match param {
            "" if entry.description.is_some() => return Err(twice()),
            "" => entry.description = Some(text.to_owned()),
            "@bots" if entry.bots.is_some() => return Err(twice()),
            "@bots" => {
                entry.bots = Some(match text {
                    "true" => true,
                    "false" => false,
                    _ => return Err(format!("`@bots` is `true` or `false`, found `{text}`")),
                })
            }
            _ if param.starts_with('@') => return Err(format!("unknown part `{param}`")),
            _ if entry.params.contains_key(param) => return Err(twice()),
            _ => {
                entry.params.insert(param.to_owned(), text.to_owned());
            }
        }
        Ok(())
    }

    /// The overlay with the errors of `table` set on each method's entry.
    pub fn with_errors(mut self, table: &ErrorTable) -> DocsOverlay {
        for (method, errors) in &table.methods {
            self.entries.entry(method.clone()).or_default().errors = errors.clone();
        }
        self
    }

    /// The overlay entry of `name`, if any.
    pub fn get(&self, name: &str) -> Option<&EntryDocs> {
        self.entries.get(name)
    }
}

/// How a row's part is named in messages.
fn part(param: &str) -> String {
    match param {
        "" => "(its description)".to_owned(),
        _ => format!("`{param}`"),
    }
}

/// What is known about one definition: the overlay first, then the schema's own `//@` docs.
#[derive(Debug, Clone, Copy)]
pub struct KnownDocs<'a> {
    overlay: Option<&'a EntryDocs>,
    def: &'a Definition,
}

impl<'a> KnownDocs<'a> {
    /// Combines the overlay entry (found by `name`) with `def`'s own docs.
    pub fn new(overlay: &'a DocsOverlay, name: &str, def: &'a Definition) -> Self {
        KnownDocs {
            overlay: overlay.get(name),
            def,
        }
    }

    /// The description of the definition.
    pub fn description(&self) -> Option<&'a str> {
        let overlay = self.overlay.and_then(|o| o.description.as_deref());
        overlay.or(self.def.docs.description.as_deref())
    }

    /// The meaning of parameter `param`.
    pub fn param(&self, param: &str) -> Option<&'a str> {
        let overlay = self
            .overlay
            .and_then(|o| o.params.get(param))
            .map(String::as_str);
        overlay.or_else(|| self.def.docs.params.get(param).map(String::as_str))
    }

    /// Documented errors (empty when none is known).
    pub fn errors(&self) -> &'a [ErrorDocs] {
        self.overlay.map_or(&[], |o| o.errors.as_slice())
    }

    /// Whether bots may call the method, when known.
    pub fn bots(&self) -> Option<bool> {
        self.overlay.and_then(|o| o.bots)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlay(rows: &str) -> Result<DocsOverlay, String> {
        DocsOverlay::from_tsv(&format!("# c\n{HEADER}\n{rows}")).map_err(|e| e.to_string())
    }

    #[test]
    fn parses_every_part_and_tolerates_missing_ones() {
        let overlay = overlay("a.b\t\tD\na.b\tp\tP\n\na.b\t@bots\tfalse\nc\tq\tQ\n").unwrap();
        let ab = overlay.get("a.b").unwrap();
        assert_eq!(ab.description.as_deref(), Some("D"));
        assert_eq!(ab.params["p"], "P");
        assert_eq!(ab.bots, Some(false));
        assert_eq!(overlay.get("c").unwrap().description, None);
        assert!(overlay.get("d").is_none());
    }

    #[test]
    fn errors_come_from_the_table_only() {
        let table = "method\tcode\tname\tdescription\na.b\t400\tX_INVALID\tbad\n";
        let table = ErrorTable::from_tsv(table).unwrap();
        let overlay = overlay("a.b\t\tD\n").unwrap().with_errors(&table);
        let ab = overlay.get("a.b").unwrap();
        assert_eq!(
            (ab.errors[0].code, ab.errors[0].kind.as_str()),
            (400, "X_INVALID")
        );
        assert_eq!(ab.description.as_deref(), Some("D"));
    }

    #[test]
    fn bad_rows_name_their_line() {
        let cases = [
            (
                "a\tp\n",
                "docs overlay:3: expected `name<TAB>param<TAB>text`",
            ),
            (
                "a\t@bots\tyes\n",
                "docs overlay:3: `@bots` is `true` or `false`",
            ),
            ("a\t@errors\tx\n", "docs overlay:3: unknown part `@errors`"),
            (
                "a\tp\tP\na\tp\tQ\n",
                "docs overlay:4: `a` `p` is documented twice",
            ),
            ("a b\t\tD\n", "docs overlay:3: `a b` is not a TL name"),
        ];
        for (rows, expected) in cases {
            let error = overlay(rows).unwrap_err();
            assert!(error.starts_with(expected), "{rows:?}: {error}");
        }
        let error = DocsOverlay::from_tsv("{}").unwrap_err().to_string();
        assert!(error.contains("expected the header"), "{error}");
    }
}
