//! Qualified names: splitting `ns.name` into segments, the case rule that tells
//! a boxed type (`InputPeer`) from a bare constructor (`inputPeerSelf`), and
//! printing the name back with its dots.

use std::fmt;

use super::types::QualName;

impl QualName {
    /// A name without a namespace.
    pub fn simple(name: impl Into<String>) -> Self {
        QualName {
            namespace: Vec::new(),
            name: name.into(),
        }
    }

    /// Splits `adnl.id.short` into `["adnl", "id"]` and `short`.
    pub fn parse(text: &str) -> Self {
        let mut segments: Vec<String> = text.split('.').map(str::to_owned).collect();
        let name = segments.pop().unwrap_or_default();
        QualName {
            namespace: segments,
            name,
        }
    }

    /// True when the last segment starts with an upper-case letter: a boxed type
    /// (`messages.ChatFull`), as opposed to a bare constructor (`messages.chatFull`).
    pub fn is_boxed(&self) -> bool {
        starts_upper(&self.name)
    }
}

/// True when `segment` starts with an ASCII upper-case letter.
pub(crate) fn starts_upper(segment: &str) -> bool {
    segment
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
}

/// The last dot-separated segment of a name as written.
pub(crate) fn last_segment(text: &str) -> &str {
    text.rsplit('.').next().unwrap_or(text)
}

impl fmt::Display for QualName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.namespace {
            write!(f, "{segment}.")?;
        }
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_prints_namespaces() {
        let cases = [
            ("user", &[][..], "user", false),
            ("messages.ChatFull", &["messages"][..], "ChatFull", true),
            ("adnl.id.short", &["adnl", "id"][..], "short", false),
            ("Server_DH_Params", &[][..], "Server_DH_Params", true),
        ];
        for (text, namespace, name, boxed) in cases {
            let q = QualName::parse(text);
            assert_eq!(q.namespace, namespace, "{text}");
            assert_eq!(q.name, name, "{text}");
            assert_eq!(q.is_boxed(), boxed, "{text}");
            assert_eq!(q.to_string(), text);
        }
        assert_eq!(last_segment("liteServer.nonfinal.Info"), "Info");
    }
}
