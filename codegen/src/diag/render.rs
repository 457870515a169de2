//! One diagnostic as a block of three lines: the location and message, the quoted source
//! line, and a caret under the span.

use std::fmt::Write;

use super::lines::{floor_char_boundary, LineIndex};
use super::{Diagnostic, Severity, TAB_WIDTH};

/// A quoted line longer than this many characters is cut to a window around the span,
/// with `...` on the sides, so that a whole minified file is not printed per diagnostic.
/// (The longest declaration line of a real schema, in Telegram's `api.tl`, has 2109.)
pub const MAX_QUOTED_CHARS: usize = 4000;

/// How many characters of the line a cut quote keeps before the span.
const CONTEXT_BEFORE: usize = 100;

/// Appends the block of `diagnostic` (no trailing newline) to `out`; `lines` indexes
/// `source`.
pub(crate) fn render_block(
    out: &mut String,
    file_name: &str,
    source: &str,
    lines: &LineIndex,
    diagnostic: &Diagnostic,
) {
    let start = floor_char_boundary(source, diagnostic.span.start);
    let (line_no, col) = lines.line_col(source, start);
    let range = lines.line_range(source, line_no - 1);
    let raw = &source[range.clone()];
    let line = raw.strip_suffix('\r').unwrap_or(raw);
    let line_end = range.start + line.len();
    // A span may start on the `\r` of a `\r\n` line end, past the quoted line.
    let end = floor_char_boundary(source, diagnostic.span.end).clamp(start, line_end.max(start));
    let quote = Quote::new(
        line,
        start.min(line_end) - range.start,
        end.min(line_end) - range.start,
    );
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let number = line_no.to_string();
    let width = number.len().max(4);
    let carets = quote.carets.max(1);
    let _ = write!(
        out,
        "{file_name}:{line_no}:{col}: {severity}: {message}\n \
         {number:>width$} | {text}\n \
         {blank:>width$} | {pad}{marks}",
        message = diagnostic.message,
        text = quote.text,
        blank = "",
        pad = " ".repeat(quote.before),
        marks = "^".repeat(carets),
    );
}

/// The quoted text of a line (tabs expanded, long lines cut around the span) and where
/// the caret goes in it.
struct Quote {
    text: String,
    /// Display columns before the caret.
    before: usize,
    /// Display columns of the span on this line.
    carets: usize,
}

impl Quote {
    /// `start..end` are byte offsets of the span within `line` (`start <= end <= len`).
    fn new(line: &str, start: usize, end: usize) -> Self {
        if line.chars().nth(MAX_QUOTED_CHARS).is_none() {
            return Quote {
                text: expand_tabs(line),
                before: expanded_width(&line[..start]),
                carets: expanded_width(&line[start..end]),
            };
        }
        let from = line[..start]
            .char_indices()
            .rev()
            .nth(CONTEXT_BEFORE - 1)
            .map_or(0, |(i, _)| i);
        let window = &line[from..];
        let to = window
            .char_indices()
            .nth(MAX_QUOTED_CHARS)
            .map_or(window.len(), |(i, _)| i)
            .max((end - from).min(window.len()));
        let head = if from > 0 { "..." } else { "" };
        let tail = if from + to < line.len() { "..." } else { "" };
        let shown_end = (end - from).min(to);
        Quote {
            text: format!("{head}{}{tail}", expand_tabs(&window[..to])),
            before: head.len() + expanded_width(&window[..start - from]),
            carets: expanded_width(&window[start - from..shown_end]),
        }
    }
}

/// Display width of `text` with tabs as [`TAB_WIDTH`] spaces.
fn expanded_width(text: &str) -> usize {
    text.chars()
        .map(|c| if c == '\t' { TAB_WIDTH } else { 1 })
        .sum()
}

fn expand_tabs(text: &str) -> String {
    text.replace('\t', &" ".repeat(TAB_WIDTH))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn block(source: &str, span: Span) -> Vec<String> {
        let mut out = String::new();
        let diagnostic = Diagnostic::error(span, "m");
        render_block(&mut out, "f", source, &LineIndex::new(source), &diagnostic);
        out.lines().map(str::to_owned).collect()
    }

    #[test]
    fn a_long_line_is_cut_around_the_span() {
        let source = format!("{}BAD{}\n", "a".repeat(9000), "b".repeat(9000));
        let lines = block(&source, Span::new(9000, 9003));
        assert_eq!(lines[0], "f:1:9001: error: m");
        let rest = MAX_QUOTED_CHARS - CONTEXT_BEFORE - 3;
        let quoted = format!(
            "...{}BAD{}...",
            "a".repeat(CONTEXT_BEFORE),
            "b".repeat(rest)
        );
        assert_eq!(lines[1], format!("    1 | {quoted}"));
        assert_eq!(
            lines[2],
            format!("      | {}^^^", " ".repeat(CONTEXT_BEFORE + 3))
        );
    }

    #[test]
    fn a_long_line_with_the_span_near_its_start_keeps_the_start() {
        let source = format!("x:BAD {}", "y".repeat(9000));
        let lines = block(&source, Span::new(2, 5));
        let shown = format!("x:BAD {}...", "y".repeat(MAX_QUOTED_CHARS - 6));
        assert_eq!(lines[1], format!("    1 | {shown}"));
        assert_eq!(lines[2], "      |   ^^^");
    }

    #[test]
    fn a_span_longer_than_the_window_is_shown_whole() {
        let source = "z".repeat(3 * MAX_QUOTED_CHARS);
        let span = Span::new(200, 200 + 2 * MAX_QUOTED_CHARS);
        let lines = block(&source, span);
        let shown = CONTEXT_BEFORE + 2 * MAX_QUOTED_CHARS;
        assert_eq!(lines[1], format!("    1 | ...{}...", "z".repeat(shown)));
        assert_eq!(lines[2].matches('^').count(), 2 * MAX_QUOTED_CHARS);
    }

    #[test]
    fn lines_up_to_the_limit_are_quoted_whole() {
        let source = format!("{}X", "w".repeat(MAX_QUOTED_CHARS - 1));
        let lines = block(&source, Span::new(MAX_QUOTED_CHARS - 1, MAX_QUOTED_CHARS));
        assert_eq!(lines[1], format!("    1 | {source}"));
    }
}
