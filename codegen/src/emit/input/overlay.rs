//! The documentation overlay (`schema/docs.json`): what Telegram's api.tl does not carry.
//!
//! ```json
//! { "messages.exportChatInvite": {
//!     "description": "Creates a new invite link ...",
//!     "params": { "peer": "The chat to create the link for." },
//!     "bots": true } }
//! ```
//!
//! Every part is optional; a name missing from the overlay simply has no extra docs. The
//! errors of a method are not written here but in the error table (`schema/errors.tsv`,
//! [`ErrorTable`]), merged in with [`DocsOverlay::with_errors`].

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Definition;

use crate::emit::input::errors_table::{ErrorDocs, ErrorTable};
use crate::emit::input::input_error::InputError;

/// Extra documentation, keyed by dotted TL name.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct DocsOverlay {
    pub entries: BTreeMap<String, EntryDocs>,
}

/// The documentation of one constructor or function.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EntryDocs {
    pub description: Option<String>,
    /// Parameter name -> meaning.
    pub params: BTreeMap<String, String>,
    /// Errors a method may be answered with (from the error table, never from the JSON).
    #[serde(skip)]
    pub errors: Vec<ErrorDocs>,
    /// Whether bots may call the method (unknown when absent).
    pub bots: Option<bool>,
}

impl DocsOverlay {
    /// Parses the overlay's JSON text.
    pub fn from_json(text: &str) -> Result<DocsOverlay, InputError> {
        serde_json::from_str(text).map_err(|e| InputError::new("docs overlay", None, e.to_string()))
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

    #[test]
    fn parses_every_part_and_tolerates_missing_ones() {
        let text = r#"{
            "a.b": { "description": "D", "params": { "p": "P" }, "bots": false },
            "c": {}
        }"#;
        let overlay = DocsOverlay::from_json(text).unwrap();
        let ab = overlay.get("a.b").unwrap();
        assert_eq!(ab.description.as_deref(), Some("D"));
        assert_eq!(ab.params["p"], "P");
        assert_eq!(ab.bots, Some(false));
        assert_eq!(overlay.get("c"), Some(&EntryDocs::default()));
        assert!(overlay.get("d").is_none());
    }

    #[test]
    fn errors_come_from_the_table_only() {
        let table = "method\tcode\tname\tdescription\na.b\t400\tX_INVALID\tbad\n";
        let table = ErrorTable::from_tsv(table).unwrap();
        let overlay = DocsOverlay::from_json(r#"{ "a.b": { "description": "D" } }"#).unwrap();
        let overlay = overlay.with_errors(&table);
        let ab = overlay.get("a.b").unwrap();
        assert_eq!(
            (ab.errors[0].code, ab.errors[0].kind.as_str()),
            (400, "X_INVALID")
        );
        assert_eq!(ab.description.as_deref(), Some("D"));
        let json = r#"{ "a": { "errors": [] } }"#;
        let err = DocsOverlay::from_json(json).unwrap_err().to_string();
        assert!(
            err.starts_with("docs overlay: unknown field `errors`"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_are_reported() {
        let err = DocsOverlay::from_json(r#"{ "a": { "descripton": "typo" } }"#)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("docs overlay: unknown field `descripton`"),
            "{err}"
        );
    }
}
