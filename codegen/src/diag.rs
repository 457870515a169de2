//! Diagnostics: errors and warnings with a span, rendered the way editors and
//! compilers print them:
//!
//! ```text
//! schema/api.tl:12:34: error: unknown type `InputPeeer`
//!    12 | messages.exportChatInvite#a455de90 peer:InputPeeer = ExportedChatInvite;
//!       |                                         ^^^^^^^^^^
//! ```
//!
//! Lines and columns are 1-based; columns count characters, not bytes. Tabs in
//! the quoted line are expanded to [`TAB_WIDTH`] spaces so the caret lines up, and a line
//! longer than [`MAX_QUOTED_CHARS`] is cut to a window around the span.
//!
//! [`Report`] renders many diagnostics (of several files) one block after another, the
//! way `codegen check` prints them, the lines of each file indexed once ([`LineIndex`]),
//! and stops after [`DEFAULT_LIMIT`] errors (and as many warnings) with a last line
//! counting the rest: `... and 12,212 more errors`. [`nearest_names`] finds the "did you
//! mean" candidates of a name that was not found.

mod lines;
mod render;
mod report;
mod suggest;

pub use lines::LineIndex;
pub use render::MAX_QUOTED_CHARS;
pub use report::{thousands, Report, DEFAULT_LIMIT};
pub use suggest::{did_you_mean, nearest_names, MAX_SUGGESTIONS};

use crate::span::Span;
use lines::floor_char_boundary;

/// How many spaces a tab in a quoted source line becomes.
pub const TAB_WIDTH: usize = 4;

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth reading; does not stop code generation.
    Warning,
    /// The input is wrong; nothing is generated from it.
    Error,
}

/// What went wrong, where. The message is one sentence, no trailing period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The bytes of the source the message is about.
    pub span: Span,
    /// One sentence, no trailing period.
    pub message: String,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
        }
    }

    /// A warning at `span`.
    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            span,
            message: message.into(),
        }
    }

    /// `true` for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic as three lines (no trailing newline):
    ///
    /// ```text
    /// path/to/file.tl:12:34: error: message
    ///    12 | <the source line>
    ///       |                                  ^^^^
    /// ```
    ///
    /// The caret underlines the span's part on its first line (at least one `^`).
    /// Spans outside `source` are clamped to its end. This scans `source` up to the
    /// diagnostic's line: use [`Report`] for many diagnostics of one text.
    pub fn render(&self, file_name: &str, source: &str) -> String {
        // Nothing after the line of the span's start is shown: index only up to there.
        let start = floor_char_boundary(source, self.span.start);
        let end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let source = &source[..end];
        let mut out = String::new();
        render::render_block(&mut out, file_name, source, &LineIndex::new(source), self);
        out
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
/// An offset past the end, or inside a character, is moved back to the
/// nearest character boundary.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset);
    let before = &source[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let source = "ab\néé x\n";
        assert_eq!(line_col(source, 0), (1, 1));
        assert_eq!(line_col(source, 2), (1, 3));
        assert_eq!(line_col(source, 3), (2, 1));
        assert_eq!(line_col(source, 8), (2, 4));
        assert_eq!(line_col(source, 4), (2, 1)); // inside `é`: moved back
        assert_eq!(line_col(source, 100), (3, 1));
    }

    #[test]
    fn renders_an_error_with_a_caret() {
        let source = "foo = Bar;\nmessages.exportChatInvite#a455de90 peer:InputPeeer = X;\n";
        let start = source.find("InputPeeer").unwrap();
        let d = Diagnostic::error(Span::new(start, start + 10), "unknown type `InputPeeer`");
        let expected = "schema/api.tl:2:41: error: unknown type `InputPeeer`\n\
            \x20   2 | messages.exportChatInvite#a455de90 peer:InputPeeer = X;\n\
            \x20     |                                         ^^^^^^^^^^";
        assert_eq!(d.render("schema/api.tl", source), expected);
    }

    #[test]
    fn renders_a_warning_and_an_empty_span_at_the_end() {
        let d = Diagnostic::warning(Span::new(5, 5), "expected `;`");
        let expected = "a.tl:1:6: warning: expected `;`\n    1 | foo X\n      |      ^";
        assert_eq!(d.render("a.tl", "foo X"), expected);
    }

    #[test]
    fn a_span_on_the_carriage_return_of_a_line_end() {
        // Found by the `schema` fuzz target: the span starts after the quoted line.
        let d = Diagnostic::error(Span::new(1, 2), "expected `=`");
        let expected = "a.tl:1:2: error: expected `=`\n    1 | x\n      |  ^";
        assert_eq!(d.render("a.tl", "x\r"), expected);
        let d = Diagnostic::error(Span::new(1, 1), "expected `=`");
        assert_eq!(d.render("a.tl", "x\r\ny"), expected);
    }

    #[test]
    fn tabs_and_multi_line_spans() {
        let source = "\tfoo\ta:int\r\n = X;";
        let start = source.find('a').unwrap();
        let d = Diagnostic::error(Span::new(start, source.len()), "bad");
        let expected = "t.tl:1:6: error: bad\n    1 |     foo    a:int\n      |            ^^^^^";
        assert_eq!(d.render("t.tl", source), expected);
    }

    #[test]
    fn wide_line_numbers_keep_the_gutter_aligned() {
        let source = "\n".repeat(12345) + "x";
        let d = Diagnostic::error(Span::new(12345, 12346), "m");
        let expected = "f:12346:1: error: m\n 12346 | x\n       | ^";
        assert_eq!(d.render("f", &source), expected);
    }
}
