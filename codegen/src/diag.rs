//! Diagnostics: errors and warnings with a span, rendered the way editors and
//! compilers print them:
//!
//! ```text
//! schema/api.tl:12:34: error: unknown type `InputPeeer`
//!    12 | messages.exportChatInvite#a455de90 peer:InputPeeer = ExportedChatInvite;
//!       |                                         ^^^^^^^^^^
//! ```

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// What went wrong, where. The message is one sentence, no trailing period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, span, message: message.into() }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, span, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
