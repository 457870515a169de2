//! TL paths: how the customizations of [`Customize`](crate::emit::Customize) (and of
//! [`Config`](crate::Config)) select what they apply to. The one matching rule:
//!
//! - every item has a dotted TL name: a constructor or function `messages.exportChatInvite`,
//!   a boxed type `messages.ExportedChatInvites`, a field `messages.exportChatInvite.peer`
//!   (its definition's name, a dot, the TL parameter name);
//! - a path matches a name when it is `"."` (everything), the name itself (exact, case
//!   sensitive), or a prefix of it that ends with a dot (`"messages."`, `"chatInviteExported."`);
//! - a field is also matched by every path that matches its definition, so
//!   `"chatInviteExported"` selects all its fields.
//!
//! Constructors and functions start with a lower-case letter and boxed types with an
//! upper-case one, so `"chatInviteExported"` (a struct) and `"ExportedChatInvite"` (an
//! enum) never mean the same item. There is no other wildcard.

use std::fmt;

/// A selector of items by TL name (see the [module docs](self)).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TlPath(String);

impl TlPath {
    /// Checks the spelling: `"."`, or dot-separated non-empty segments of letters, digits
    /// and `_`, optionally ending with a dot.
    pub fn parse(text: &str) -> Result<TlPath, String> {
        if text == "." {
            return Ok(TlPath(text.to_owned()));
        }
        let body = text.strip_suffix('.').unwrap_or(text);
        let segment_ok =
            |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if body.split('.').all(segment_ok) {
            Ok(TlPath(text.to_owned()))
        } else {
            Err(format!(
                "`{text}` is not a TL path (`.`, a TL name like `messages.exportChatInvite`, \
                 or a prefix ending with a dot like `messages.`)"
            ))
        }
    }

    /// The path as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is `"."` or a prefix ending with a dot (not one exact name).
    pub fn is_prefix(&self) -> bool {
        self.0.ends_with('.')
    }

    /// Whether the item named `name` (dotted TL spelling) is selected.
    pub fn matches(&self, name: &str) -> bool {
        let path = self.0.as_str();
        path == "." || path == name || (self.is_prefix() && name.starts_with(path))
    }

    /// Whether field `field` (TL parameter name) of definition `definition` is selected:
    /// by a path of the definition or of `definition.field`.
    pub fn matches_field(&self, definition: &str, field: &str) -> bool {
        self.matches(definition) || self.matches(&format!("{definition}.{field}"))
    }

    /// How specific a match of `name` is, when it matches: an exact name beats every
    /// prefix, a longer prefix beats a shorter one, `"."` comes last.
    pub fn specificity(&self, name: &str) -> Option<usize> {
        match self.matches(name) {
            false => None,
            true if self.0 == name => Some(usize::MAX),
            true if self.0 == "." => Some(0),
            true => Some(self.0.len()),
        }
    }

    /// The namespace segments a prefix path covers: `"storage."` -> `["storage"]`,
    /// `"."` -> `[]`; an exact name gives its whole namespace.
    pub fn namespace(&self) -> Vec<&str> {
        let body = self.0.strip_suffix('.').unwrap_or(&self.0);
        let mut segments: Vec<&str> = body.split('.').filter(|s| !s.is_empty()).collect();
        if !self.is_prefix() {
            segments.pop();
        }
        segments
    }
}

impl fmt::Display for TlPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> TlPath {
        TlPath::parse(text).unwrap()
    }

    #[test]
    fn dot_matches_everything() {
        let all = path(".");
        for name in ["a", "messages.exportChatInvite", "Peer", "x.y.z", "a.b"] {
            assert!(all.matches(name), "{name}");
        }
        assert!(all.matches_field("chatInviteExported", "link"));
    }

    #[test]
    fn exact_names_match_only_themselves() {
        let constructor = path("chatInviteExported");
        assert!(constructor.matches("chatInviteExported"));
        assert!(!constructor.matches("chatInviteExportedX"));
        assert!(!constructor.matches("ChatInviteExported"), "case sensitive");
        assert!(!constructor.matches("messages.chatInviteExported"));
        let function = path("messages.exportChatInvite");
        assert!(function.matches("messages.exportChatInvite"));
        assert!(!function.matches("messages.exportChatInvites"));
        let ty = path("messages.ExportedChatInvites");
        assert!(ty.matches("messages.ExportedChatInvites"));
        assert!(!ty.matches("messages.exportedChatInvites"));
    }

    #[test]
    fn prefixes_end_with_a_dot() {
        let messages = path("messages.");
        assert!(messages.matches("messages.exportChatInvite"));
        assert!(messages.matches("messages.ExportedChatInvites"));
        assert!(messages.matches("messages.exportChatInvite.peer"));
        assert!(!messages.matches("messages"));
        assert!(!messages.matches("messagesX.get"));
        assert!(!messages.matches("exportChatInvite"));
        // Without the dot it is one exact name, not a prefix.
        assert!(!path("messages").matches("messages.exportChatInvite"));
    }

    #[test]
    fn fields_match_by_their_definition_or_their_own_path() {
        let field = path("chatInviteExported.link");
        assert!(field.matches_field("chatInviteExported", "link"));
        assert!(!field.matches_field("chatInviteExported", "title"));
        assert!(!field.matches_field("chatInviteExported2", "link"));
        let whole = path("chatInviteExported");
        assert!(whole.matches_field("chatInviteExported", "title"));
        assert!(path("messages.").matches_field("messages.exportChatInvite", "peer"));
        assert!(path("messages.exportChatInvite.peer")
            .matches_field("messages.exportChatInvite", "peer"));
        assert!(!path("messages.exportChatInvite.peer")
            .matches_field("messages.exportChatInvite", "title"));
        assert!(path("chatInviteExported.").matches_field("chatInviteExported", "link"));
    }

    #[test]
    fn specificity_orders_exact_then_longer_prefixes() {
        let name = "storage.FileType";
        let exact = path(name).specificity(name).unwrap();
        let prefix = path("storage.").specificity(name).unwrap();
        let all = path(".").specificity(name).unwrap();
        assert!(exact > prefix && prefix > all);
        assert_eq!(path("auth.").specificity(name), None);
    }

    #[test]
    fn namespaces_of_paths() {
        assert_eq!(path("storage.").namespace(), ["storage"]);
        assert_eq!(path("a.b.").namespace(), ["a", "b"]);
        assert!(path(".").namespace().is_empty());
        assert_eq!(path("storage.FileType").namespace(), ["storage"]);
        assert!(path("InputPeer").namespace().is_empty());
    }

    #[test]
    fn bad_spellings_are_refused() {
        for bad in ["", "..", "a..b", ".a", "a b", "a-b", "#[derive]", "a.b.."] {
            assert!(TlPath::parse(bad).is_err(), "{bad:?}");
        }
        for good in [
            ".",
            "a",
            "a.",
            "messages.exportChatInvite",
            "a.b.c",
            "int128",
        ] {
            assert!(TlPath::parse(good).is_ok(), "{good:?}");
        }
    }
}
