//! Where the lines of a text start, computed once, so that finding the line and column of
//! an offset is a binary search instead of a scan from the beginning.

use std::ops::Range;

/// The byte offset at which each line of a text starts (lines end at `\n`).
///
/// Built in one pass over the text; [`line_col`](Self::line_col) is then a binary search
/// plus a count of the characters before the offset on its line.
///
/// ```
/// use tl_codegen::diag::LineIndex;
///
/// let text = "a = A;\nbé = B;\n";
/// let lines = LineIndex::new(text);
/// assert_eq!(lines.line_col(text, 0), (1, 1));
/// assert_eq!(lines.line_col(text, text.find('=').unwrap()), (1, 3));
/// assert_eq!(lines.line_col(text, text.rfind('=').unwrap()), (2, 4)); // columns count characters
/// assert_eq!(lines.line_count(), 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// `starts[0] == 0`; one more entry after every `\n`.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> Self {
        let newlines = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
        let starts = std::iter::once(0).chain(newlines.map(|(i, _)| i + 1));
        LineIndex {
            starts: starts.collect(),
        }
    }

    /// How many lines the text has (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line of byte `offset` (offsets past the end are on the last line).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// The bytes of 0-based `line` in `text`, without its `\n` (a `\r` before it is kept).
    ///
    /// `text` must be the text the index was built from.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line].min(text.len());
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |next| next - 1);
        start..end.max(start)
    }

    /// 1-based line and column (in characters) of byte `offset` of `text`, the text the
    /// index was built from. An offset past the end, or inside a character, is moved back
    /// to the nearest character boundary.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let column = text[self.starts[line]..offset].chars().count() + 1;
        (line + 1, column)
    }
}

/// The largest character boundary of `text` that is `<= offset`.
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_start_after_each_newline() {
        let text = "ab\n\ncd\n";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_count(), 4);
        assert_eq!(
            (0..=text.len() + 3)
                .map(|o| lines.line_of(o))
                .collect::<Vec<_>>(),
            [0, 0, 0, 1, 2, 2, 2, 3, 3, 3, 3]
        );
        assert_eq!(lines.line_range(text, 0), 0..2);
        assert_eq!(lines.line_range(text, 1), 3..3);
        assert_eq!(lines.line_range(text, 2), 4..6);
        assert_eq!(lines.line_range(text, 3), 7..7);
    }

    #[test]
    fn an_empty_text_has_one_empty_line() {
        let lines = LineIndex::new("");
        assert_eq!(lines.line_count(), 1);
        assert_eq!(lines.line_col("", 5), (1, 1));
        assert_eq!(lines.line_range("", 0), 0..0);
    }

    #[test]
    fn agrees_with_a_scan_from_the_start() {
        let text = "x\r\n\té = ü;\n\n  y:int = Y;";
        let lines = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                lines.line_col(text, offset),
                crate::diag::line_col(text, offset),
                "{offset}"
            );
        }
    }
}
