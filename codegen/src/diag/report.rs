//! Many diagnostics of several files, rendered one block each, the way `codegen check`
//! prints them, up to a limit per severity (as rustc stops after a long run of errors).

use std::cell::OnceCell;

use super::lines::LineIndex;
use super::render::render_block;
use super::{Diagnostic, Severity};

/// How many errors, and separately how many warnings, a [`Report`] prints by default
/// before it only counts them.
pub const DEFAULT_LIMIT: usize = 100;

/// Renders diagnostics that point into a set of named source texts.
///
/// Each diagnostic is one block (`file:line:col: error: message`, the source line, a
/// caret) followed by a newline. After `limit` errors, further errors are only counted,
/// and likewise for warnings; a last line per severity says how many were left out
/// (`... and 12,212 more errors`). The lines of a text are indexed once, the first time
/// a diagnostic points into it, so rendering is linear in the size of the texts plus the
/// output.
///
/// ```
/// use tl_codegen::diag::{Diagnostic, Report};
/// use tl_codegen::span::Span;
///
/// let text = "a x:Nope = A;\nb y:Nope = B;\n";
/// let report = Report::new([("s.tl", text)]).limit(1);
/// let found = [
///     (0, Diagnostic::error(Span::new(4, 8), "unknown type `Nope`")),
///     (0, Diagnostic::error(Span::new(18, 22), "unknown type `Nope`")),
/// ];
/// let expected = "\
/// s.tl:1:5: error: unknown type `Nope`
///     1 | a x:Nope = A;
///       |     ^^^^
/// ... and 1 more error
/// ";
/// assert_eq!(report.render(found.iter().map(|(file, d)| (*file, d))), expected);
/// ```
#[derive(Debug)]
pub struct Report<'a> {
    files: Vec<File<'a>>,
    limit: usize,
}

#[derive(Debug)]
struct File<'a> {
    name: &'a str,
    text: &'a str,
    lines: OnceCell<LineIndex>,
}

impl<'a> Report<'a> {
    /// A report over `(name, text)` files, indexed from 0 in this order; the limit is
    /// [`DEFAULT_LIMIT`].
    pub fn new(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let files = files.into_iter().map(|(name, text)| File {
            name,
            text,
            lines: OnceCell::new(),
        });
        Report {
            files: files.collect(),
            limit: DEFAULT_LIMIT,
        }
    }

    /// Prints at most `limit` errors and `limit` warnings (`usize::MAX`: all of them).
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }

    /// The blocks of `diagnostics` (pairs of a file index and a diagnostic), in the order
    /// given, each followed by a newline, then the count of those left out. A file index
    /// past the files renders as `<unknown>` with no source line.
    pub fn render<'d>(
        &self,
        diagnostics: impl IntoIterator<Item = (usize, &'d Diagnostic)>,
    ) -> String {
        let mut out = String::new();
        let (mut errors, mut warnings) = (Tally::default(), Tally::default());
        for (file, diagnostic) in diagnostics {
            let tally = match diagnostic.severity {
                Severity::Error => &mut errors,
                Severity::Warning => &mut warnings,
            };
            if tally.shown == self.limit {
                tally.hidden += 1;
                continue;
            }
            tally.shown += 1;
            self.render_one(&mut out, file, diagnostic);
            out.push('\n');
        }
        for (tally, what) in [(errors, "error"), (warnings, "warning")] {
            if tally.hidden > 0 {
                let plural = if tally.hidden == 1 { "" } else { "s" };
                let count = thousands(tally.hidden);
                out.push_str(&format!("... and {count} more {what}{plural}\n"));
            }
        }
        out
    }

    fn render_one(&self, out: &mut String, file: usize, diagnostic: &Diagnostic) {
        match self.files.get(file) {
            Some(f) => {
                let lines = f.lines.get_or_init(|| LineIndex::new(f.text));
                render_block(out, f.name, f.text, lines, diagnostic);
            }
            None => render_block(out, "<unknown>", "", &LineIndex::new(""), diagnostic),
        }
    }
}

/// Diagnostics of one severity: printed and left out.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    shown: usize,
    hidden: usize,
}

/// `12212` as `12,212`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn thousands_are_grouped() {
        let cases = [(0, "0"), (999, "999"), (1000, "1,000"), (12212, "12,212")];
        for (n, text) in cases {
            assert_eq!(thousands(n), text);
        }
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn errors_and_warnings_have_their_own_limit() {
        let text = "x\n".repeat(10);
        let mut found = Vec::new();
        for line in 0..10 {
            let span = Span::new(2 * line, 2 * line + 1);
            found.push(Diagnostic::error(span, format!("e{line}")));
            found.push(Diagnostic::warning(span, format!("w{line}")));
        }
        let report = Report::new([("f", text.as_str())]).limit(2);
        let out = report.render(found.iter().map(|d| (0, d)));
        let heads: Vec<&str> = out.lines().filter(|l| l.starts_with("f:")).collect();
        assert_eq!(
            heads,
            [
                "f:1:1: error: e0",
                "f:1:1: warning: w0",
                "f:2:1: error: e1",
                "f:2:1: warning: w1"
            ]
        );
        assert!(out.ends_with("... and 8 more errors\n... and 8 more warnings\n"));
        let all = Report::new([("f", text.as_str())]).limit(usize::MAX);
        assert_eq!(all.render(found.iter().map(|d| (0, d))).lines().count(), 60);
    }

    #[test]
    fn blocks_never_run_together() {
        let text = "a\nb\n";
        let found = [
            Diagnostic::error(Span::new(0, 1), "one"),
            Diagnostic::error(Span::new(2, 3), "two"),
        ];
        let out = Report::new([("t.tl", text)]).render(found.iter().map(|d| (0, d)));
        let expected = "t.tl:1:1: error: one\n    1 | a\n      | ^\n\
                        t.tl:2:1: error: two\n    2 | b\n      | ^\n";
        assert_eq!(out, expected);
    }

    #[test]
    fn an_unknown_file_has_no_source_line() {
        let d = Diagnostic::error(Span::new(3, 4), "lost");
        let out = Report::new([]).render([(7, &d)]);
        assert_eq!(out, "<unknown>:1:1: error: lost\n    1 | \n      | ^\n");
    }
}
