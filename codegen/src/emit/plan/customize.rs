//! The customizations of [`EmitOptions::customize`](crate::emit::EmitOptions::customize)
//! (what `Config::type_attribute`, `field_attribute`, `bytes`, `shared_strings` and
//! `extern_path` set), checked once per emission and looked up by TL name with the rule of
//! [`crate::emit::plan::paths`].

use crate::emit::error::EmitError;
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::{module_path, tl_name};
use crate::emit::plan::paths::TlPath;
use crate::emit::plan::rust_syntax::{outer_attributes, rust_path};
use crate::model::QualName;

/// What to change in the generated code, by TL path (see [`crate::emit::plan::paths`]).
/// Empty by default: no change at all, the output is byte-for-byte the plain one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Customize {
    /// `(path, attribute)`: outer attributes (`#[derive(Hash, Eq)]`) put on the struct of
    /// each matching constructor or function and the enum of each matching boxed type.
    pub type_attributes: Vec<(String, String)>,
    /// `(path, attribute)`: outer attributes put on each matching field.
    pub field_attributes: Vec<(String, String)>,
    /// Paths whose TL `bytes` fields are `tl_runtime::bytes::Bytes` instead of `Vec<u8>`.
    pub bytes: Vec<String>,
    /// Paths whose TL `string` fields are `tl_runtime::SharedStr` instead of `String`.
    pub shared_strings: Vec<String>,
    /// `(TL path, Rust path)`: boxed types defined elsewhere, not emitted here.
    pub extern_paths: Vec<(String, String)>,
    /// Paths of definitions that get borrowed views (module `borrowed`), with everything
    /// they hold (and, for functions, their answers).
    pub borrowed: Vec<String>,
}

/// The Rust types of TL `string` and `bytes` in one field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Strings {
    /// `bytes` is `tl_runtime::bytes::Bytes` (else `Vec<u8>`).
    pub bytes: bool,
    /// `string` is `tl_runtime::SharedStr` (else `String`).
    pub shared: bool,
}

/// Boxed types written as a path given by the user, and never emitted.
#[derive(Debug, Clone, Default)]
pub struct Externs {
    paths: Vec<(TlPath, String)>,
}

impl Externs {
    /// The Rust path of boxed type `ty` when it is extern: the most specific matching path
    /// (exact name, then the longest prefix); for a prefix, the type's namespace below the
    /// prefix and its enum name are appended (`"storage."` → `::other::storage` gives
    /// `::other::storage::FileType`).
    pub fn path(&self, index: &Index<'_>, ty: &QualName) -> Option<String> {
        if self.paths.is_empty() {
            return None;
        }
        let name = tl_name(ty);
        let best = self
            .paths
            .iter()
            .filter_map(|(tl, rust)| Some((tl.specificity(&name)?, tl, rust)))
            .max_by_key(|(score, _, _)| *score)?;
        let (_, tl, rust) = best;
        if !tl.is_prefix() {
            return Some(rust.clone());
        }
        let below = &ty.namespace[tl.namespace().len().min(ty.namespace.len())..];
        let mut path = rust.clone();
        for module in module_path(below) {
            path.push_str("::");
            path.push_str(&module);
        }
        path.push_str("::");
        path.push_str(&index.enum_name(ty));
        Some(path)
    }

    /// Whether boxed type `ty` is extern.
    pub fn contains(&self, ty: &QualName) -> bool {
        if self.paths.is_empty() {
            return false;
        }
        let name = tl_name(ty);
        self.paths.iter().any(|(tl, _)| tl.matches(&name))
    }

    /// Whether there is no extern type at all.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

/// [`Customize`], checked: paths parsed, attributes split one per line.
#[derive(Debug, Clone, Default)]
pub struct Custom {
    type_attrs: Vec<(TlPath, Vec<String>)>,
    field_attrs: Vec<(TlPath, Vec<String>)>,
    bytes: Vec<TlPath>,
    shared: Vec<TlPath>,
    borrowed: Vec<TlPath>,
    pub externs: Externs,
}

impl Custom {
    /// Checks every path and attribute; the first bad one is the error.
    pub fn new(options: &Customize) -> Result<Custom, EmitError> {
        let attrs = |option: &str, list: &[(String, String)]| {
            list.iter()
                .map(|(path, attr)| {
                    Ok((tl_path(option, path, attr)?, attribute(option, path, attr)?))
                })
                .collect::<Result<Vec<_>, EmitError>>()
        };
        let paths = |option: &str, list: &[String]| {
            list.iter()
                .map(|path| tl_path(option, path, ""))
                .collect::<Result<Vec<_>, EmitError>>()
        };
        let mut externs = Vec::new();
        for (tl, rust) in &options.extern_paths {
            externs.push(extern_path(tl, rust)?);
        }
        Ok(Custom {
            type_attrs: attrs("type_attribute", &options.type_attributes)?,
            field_attrs: attrs("field_attribute", &options.field_attributes)?,
            bytes: paths("bytes", &options.bytes)?,
            shared: paths("shared_strings", &options.shared_strings)?,
            borrowed: paths("borrowed", &options.borrowed)?,
            externs: Externs { paths: externs },
        })
    }

    /// The extra attributes of the struct or enum named `name` (dotted TL spelling), in the
    /// order they were given.
    pub fn type_attrs(&self, name: &str) -> Vec<String> {
        let matching = self
            .type_attrs
            .iter()
            .filter(|(path, _)| path.matches(name));
        matching
            .flat_map(|(_, attrs)| attrs.iter().cloned())
            .collect()
    }

    /// The extra attributes of field `field` of definition `definition`.
    pub fn field_attrs(&self, definition: &str, field: &str) -> Vec<String> {
        let matching = self.field_attrs.iter();
        let matching = matching.filter(|(path, _)| path.matches_field(definition, field));
        matching
            .flat_map(|(_, attrs)| attrs.iter().cloned())
            .collect()
    }

    /// Whether definition `name` (dotted TL spelling) was selected for a borrowed view.
    pub fn borrowed(&self, name: &str) -> bool {
        self.borrowed.iter().any(|path| path.matches(name))
    }

    /// The Rust types of `string` and `bytes` in field `field` of `definition`.
    pub fn strings(&self, definition: &str, field: &str) -> Strings {
        let any = |paths: &[TlPath]| paths.iter().any(|p| p.matches_field(definition, field));
        Strings {
            bytes: any(&self.bytes),
            shared: any(&self.shared),
        }
    }
}

/// A path of option `option`, or the error naming it (and the value given with it).
fn tl_path(option: &str, path: &str, value: &str) -> Result<TlPath, EmitError> {
    TlPath::parse(path).map_err(|message| invalid(option, path, value, message))
}

/// One or more outer attributes (`#[derive(Hash)] #[serde(default)]`), one per line.
fn attribute(option: &str, path: &str, text: &str) -> Result<Vec<String>, EmitError> {
    outer_attributes(text).map_err(|message| invalid(option, path, text, message))
}

/// An extern type: an upper-case TL name or a prefix, and a Rust path.
fn extern_path(tl: &str, rust: &str) -> Result<(TlPath, String), EmitError> {
    let path = tl_path("extern_path", tl, rust)?;
    let last = tl.rsplit('.').next().unwrap_or("");
    if !path.is_prefix() && !last.starts_with(|c: char| c.is_ascii_uppercase()) {
        let message = "extern paths name boxed types (`InputPeer`) or prefixes (`storage.`)";
        return Err(invalid("extern_path", tl, rust, message.to_owned()));
    }
    let rust_path = rust_path(rust).map_err(|message| invalid("extern_path", tl, rust, message))?;
    Ok((path, rust_path))
}

fn invalid(option: &str, path: &str, value: &str, message: String) -> EmitError {
    EmitError::InvalidCustomization {
        option: option.to_owned(),
        path: path.to_owned(),
        value: value.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::testing::*;

    fn text(attrs: Vec<String>) -> String {
        attrs.concat()
    }

    #[test]
    fn attributes_gather_in_order_by_path() {
        let custom = Custom::new(&Customize {
            type_attributes: vec![
                (".".into(), "#[derive(Hash)]".into()),
                ("messages.".into(), "#[doc(alias = \"m\")]".into()),
                ("Peer".into(), "#[derive(Eq)] #[allow(dead_code)]".into()),
            ],
            field_attributes: vec![("user.id".into(), "#[doc(hidden)]".into())],
            ..Customize::default()
        })
        .unwrap();
        assert_eq!(text(custom.type_attrs("user")), "#[derive(Hash)]");
        assert_eq!(
            text(custom.type_attrs("messages.getPeer")),
            "#[derive(Hash)]#[doc(alias = \"m\")]"
        );
        assert_eq!(
            text(custom.type_attrs("Peer")),
            "#[derive(Hash)]#[derive(Eq)]#[allow(dead_code)]"
        );
        assert_eq!(text(custom.field_attrs("user", "id")), "#[doc(hidden)]");
        assert!(custom.field_attrs("user", "name").is_empty());
    }

    #[test]
    fn strings_by_field_or_definition() {
        let custom = Custom::new(&Customize {
            bytes: vec!["file.".into()],
            shared_strings: vec!["user.name".into()],
            ..Customize::default()
        })
        .unwrap();
        assert_eq!(
            custom.strings("file.part", "data"),
            Strings {
                bytes: true,
                shared: false
            }
        );
        assert!(custom.strings("user", "name").shared);
        assert!(!custom.strings("user", "about").shared);
        assert_eq!(custom.strings("user", "photo"), Strings::default());
    }

    #[test]
    fn extern_paths_take_the_most_specific() {
        let schema = schema(vec![
            constructor("peerUser", vec![], "Peer"),
            constructor("storage.fileJpeg", vec![], "storage.FileType"),
            constructor("a.b.c", vec![], "a.b.Thing"),
        ]);
        let index = Index::new(&schema);
        let custom = Custom::new(&Customize {
            extern_paths: vec![
                (".".into(), "::all".into()),
                ("storage.".into(), "::other::storage".into()),
                ("storage.FileType".into(), "crate::FileKind".into()),
                ("a.".into(), "::x".into()),
            ],
            ..Customize::default()
        })
        .unwrap();
        let path = |ty: &str| custom.externs.path(&index, &qual(ty)).unwrap();
        assert_eq!(path("storage.FileType"), "crate::FileKind");
        assert_eq!(path("storage.Other"), "::other::storage::Other");
        assert_eq!(path("Peer"), "::all::Peer");
        assert_eq!(path("a.b.Thing"), "::x::b::Thing");
        assert!(custom.externs.contains(&qual("Peer")));
    }

    #[test]
    fn bad_values_are_errors_naming_the_path() {
        let bad = |customize: Customize| Custom::new(&customize).unwrap_err().to_string();
        let attr = |text: &str| Customize {
            type_attributes: vec![("user".into(), text.into())],
            ..Customize::default()
        };
        let error = bad(attr("derive(Hash)"));
        assert!(error.starts_with("invalid type_attribute(\"user\", \"derive(Hash)\"): "));
        assert!(bad(attr("#![allow(x)]")).contains("not an outer attribute"));
        assert!(bad(attr("")).contains("no attribute given"));
        let field = Customize {
            field_attributes: vec![("a b".into(), "#[doc(hidden)]".into())],
            ..Customize::default()
        };
        assert!(bad(field).contains("`a b` is not a TL path"));
        let ext = |tl: &str, rust: &str| Customize {
            extern_paths: vec![(tl.into(), rust.into())],
            ..Customize::default()
        };
        assert!(bad(ext("inputPeerUser", "::x::Y")).contains("name boxed types"));
        assert!(bad(ext("InputPeer", "::x::<")).contains("is not a Rust path"));
        assert!(Custom::new(&ext("storage.", "::x")).is_ok());
        let bytes = Customize {
            bytes: vec!["".into()],
            ..Customize::default()
        };
        assert!(bad(bytes).starts_with("invalid bytes(\"\"): "));
    }
}
