//! Why an emission failed.

use std::fmt;

/// An error that stops emission: the schema (or the chosen roots) cannot be turned into
/// Rust that compiles and means what the schema says.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EmitError {
    /// A root names nothing declared in the schema.
    UnknownRoot { name: String },
    /// A type referenced by an emitted definition has no constructor (or, used bare,
    /// does not name exactly one constructor).
    UnknownType { name: String, used_by: String },
    /// Several constructors of one boxed type share an id, so decoding cannot tell them
    /// apart. (Names never fail: clashes are resolved by the naming plan.)
    DuplicateIds {
        scope: String,
        id: u32,
        tl: Vec<String>,
    },
    /// A construct the emitter does not turn into Rust.
    Unsupported { definition: String, what: String },
    /// An emit option has a value that cannot be used.
    InvalidOption { option: String, message: String },
    /// A customization (`type_attribute`, `field_attribute`, `bytes`, `shared_strings`,
    /// `extern_path`) has a path or value that cannot be used: which option, the TL path,
    /// the value given with it (empty for options without one) and why.
    InvalidCustomization {
        option: String,
        path: String,
        value: String,
        message: String,
    },
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmitError::UnknownRoot { name } => write!(f, "root `{name}` is not declared"),
            EmitError::UnknownType { name, used_by } => {
                write!(
                    f,
                    "type `{name}` used by `{used_by}` has no constructor to emit"
                )
            }
            EmitError::DuplicateIds { scope, id, tl } => write!(
                f,
                "duplicate constructor id {id:#010x} in `{scope}`, from {}",
                tl.iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            EmitError::Unsupported { definition, what } => {
                write!(f, "`{definition}`: {what} is not supported")
            }
            EmitError::InvalidOption { option, message } => {
                write!(f, "invalid option {option}: {message}")
            }
            EmitError::InvalidCustomization {
                option,
                path,
                value,
                message,
            } => {
                write!(f, "invalid {option}({path:?}")?;
                if !value.is_empty() {
                    write!(f, ", {value:?}")?;
                }
                write!(f, "): {message}")
            }
        }
    }
}

impl std::error::Error for EmitError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_everything_involved() {
        let dup = EmitError::DuplicateIds {
            scope: "enums::InputPeer".into(),
            id: 0x27bcbbfc,
            tl: vec!["inputPeerChannel".into(), "inputPeerChannel2".into()],
        };
        assert_eq!(
            dup.to_string(),
            "duplicate constructor id 0x27bcbbfc in `enums::InputPeer`, from `inputPeerChannel`, \
             `inputPeerChannel2`"
        );
        let root = EmitError::UnknownRoot {
            name: "auth.sendCod".into(),
        };
        assert_eq!(root.to_string(), "root `auth.sendCod` is not declared");
    }
}
