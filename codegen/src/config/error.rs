//! Why [`Config::generate`](super::Config::generate) failed.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::emit::EmitError;

/// An error of [`Config`](super::Config). `Display` (and `Debug`, so that a build script's
/// `fn main() -> Result<(), Box<dyn Error>>` prints it readably) gives the same text as the
/// `codegen` command line: schema errors as `file:line:col: error: message`, the source line
/// and a caret under the span.
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    Io { path: PathBuf, error: io::Error },
    /// The schema has errors; the diagnostics, already rendered.
    Schema { diagnostics: String },
    /// The documentation overlay is not valid.
    Docs { path: PathBuf, message: String },
    /// The schema cannot be turned into Rust (unknown root, constructors of one type sharing
    /// an id, ...).
    Emit(EmitError),
    /// The configuration is incomplete: no schema, or no output directory.
    Config(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::Schema { diagnostics } => f.write_str(diagnostics.trim_end()),
            Error::Docs { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Emit(error) => write!(f, "error: {error}"),
            Error::Config(message) => write!(f, "error: {message}"),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `main` returning `Err` prints the `Debug` form: keep the diagnostics readable.
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { error, .. } => Some(error),
            Error::Emit(error) => Some(error),
            _ => None,
        }
    }
}

impl From<EmitError> for Error {
    fn from(error: EmitError) -> Self {
        Error::Emit(error)
    }
}
