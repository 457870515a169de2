//! Why [`Config::generate`](super::Config::generate) failed.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::emit::EmitError;

/// An error of [`Config`](super::Config).
///
/// `Display` gives the same text as the `codegen` command line, so that a build script's
/// `fn main() -> Result<(), tl_codegen::Error>` (which prints `Error: ` and the `Debug`
/// form, here the same as `Display`) shows it readably:
///
/// - schema errors ([`Error::Schema`]) and unknown roots read from a roots file
///   ([`Error::Roots`]) as `codegen check` prints diagnostics: one block per diagnostic,
///   `file:line:col: error: message`, the source line and a caret under the span, at most
///   [`DEFAULT_LIMIT`](crate::diag::DEFAULT_LIMIT) errors and then a line counting the rest;
/// - anything else as one sentence without an `error:` prefix (the reporter adds its own):
///   `root `getMee` is not declared; did you mean `getMe`?`.
///
/// The text includes the cause (the I/O error of [`Error::Io`], the emitter's error of
/// [`Error::Emit`]), so [`source`](std::error::Error::source) returns `None`: a reporter
/// that prints the chain of causes prints each only once.
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    Io { path: PathBuf, error: io::Error },
    /// The schema has errors (or its dialect cannot be told, see
    /// [`Config::dialect`](super::Config::dialect)); the diagnostics, already rendered.
    Schema { diagnostics: String },
    /// Roots name definitions the schema does not declare; the diagnostics, already
    /// rendered: each with the nearest declared names and, for a root read from a roots
    /// file, the place in that file.
    Roots { diagnostics: String },
    /// The documentation overlay is not valid.
    Docs { path: PathBuf, message: String },
    /// The schema cannot be turned into Rust (constructors of one type sharing an id, an
    /// invalid customization, ...).
    Emit(EmitError),
    /// The configuration is incomplete: no schema, or no output directory.
    Config(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::Schema { diagnostics } | Error::Roots { diagnostics } => {
                f.write_str(diagnostics.trim_end())
            }
            Error::Docs { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Emit(error) => write!(f, "{error}"),
            Error::Config(message) => f.write_str(message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `main` returning `Err` prints the `Debug` form: keep the diagnostics readable.
        fmt::Display::fmt(self, f)
    }
}

/// The causes are part of the `Display` text (see [`Error`]), so there is no `source`.
impl std::error::Error for Error {}

impl From<EmitError> for Error {
    fn from(error: EmitError) -> Self {
        Error::Emit(error)
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;
    use crate::emit::InputError;

    #[test]
    fn causes_are_printed_once() {
        let io = Error::Io {
            path: "a.tl".into(),
            error: io::Error::new(io::ErrorKind::NotFound, "gone"),
        };
        assert_eq!(io.to_string(), "a.tl: gone");
        assert!(io.source().is_none());
        let emit = Error::from(EmitError::UnknownRoot { name: "x".into() });
        assert_eq!(emit.to_string(), "root `x` is not declared");
        assert!(emit.source().is_none());
    }

    /// The messages of `error` and of its sources, outermost first; fails when one contains
    /// a later one (the same text printed twice by a reporter that walks the chain).
    fn chain(error: &dyn std::error::Error) -> Vec<String> {
        let mut messages = vec![error.to_string()];
        let mut source = error.source();
        while let Some(inner) = source {
            messages.push(inner.to_string());
            source = inner.source();
        }
        for (i, outer) in messages.iter().enumerate() {
            for inner in &messages[i + 1..] {
                assert!(!outer.contains(inner.as_str()), "twice: {messages:?}");
            }
        }
        messages
    }

    #[test]
    fn every_error_of_the_generator_prints_each_message_once() {
        let input = InputError::new("errors table", Some(3), "expected 4 columns".into());
        assert_eq!(chain(&input), ["errors table:3: expected 4 columns"]);
        let emit = EmitError::InvalidOption {
            option: "json_feature".into(),
            message: "empty".into(),
        };
        assert_eq!(chain(&emit), ["invalid option json_feature: empty"]);
        let errors = [
            Error::Io {
                path: "a.tl".into(),
                error: io::Error::new(io::ErrorKind::NotFound, "gone"),
            },
            Error::Docs {
                path: "docs.tsv".into(),
                message: input.to_string(),
            },
            Error::Emit(emit),
            Error::Config("no schema file given".to_owned()),
        ];
        let texts = errors.iter().map(|error| chain(error).join(" | "));
        assert_eq!(
            texts.collect::<Vec<_>>(),
            [
                "a.tl: gone",
                "docs.tsv: errors table:3: expected 4 columns",
                "invalid option json_feature: empty",
                "no schema file given",
            ]
        );
    }

    #[test]
    fn no_error_prefix_of_its_own() {
        let config = Error::Config("no schema file given".to_owned());
        assert_eq!(format!("{config:?}"), "no schema file given");
        let schema = Error::Schema {
            diagnostics: "a.tl:1:1: error: x\n    1 | y\n      | ^\n".to_owned(),
        };
        assert_eq!(
            schema.to_string(),
            "a.tl:1:1: error: x\n    1 | y\n      | ^"
        );
    }
}
