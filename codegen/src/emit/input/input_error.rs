//! [`InputError`]: what is wrong with an input of the emitter other than the schema (the
//! documentation overlay, the error table).

use std::fmt;

/// An input of the emitter that cannot be read: which input, the line (1-based) when one
/// is to blame, and what is wrong. `Display`: `errors table:3: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    input: &'static str,
    line: Option<usize>,
    message: String,
}

impl InputError {
    pub(crate) fn new(input: &'static str, line: Option<usize>, message: String) -> Self {
        InputError {
            input,
            line,
            message,
        }
    }

    /// Which input: `docs overlay` or `errors table`.
    pub fn input(&self) -> &'static str {
        self.input
    }

    /// The line of the input at fault (1-based), when one is.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.input, self.message),
            None => write!(f, "{}: {}", self.input, self.message),
        }
    }
}

impl std::error::Error for InputError {}
