//! The parser's input: a `&str` that remembers its byte offset in the whole file.
//!
//! nom works on the *remaining* input; to give every syntax node a [`Span`] into
//! the original text, [`Src`] carries the offset of its first byte. It implements
//! the nom traits the grammar uses (`Input`, `Compare`, `Offset`, `FindSubstring`)
//! by delegating to `&str` and shifting the offset when it splits.

use std::str::{CharIndices, Chars};

use nom::{Compare, CompareResult, FindSubstring, Input, Needed, Offset};

use crate::span::Span;

/// Remaining source text plus the byte offset where it starts in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Src<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Src<'a> {
    /// The whole file, starting at offset 0.
    pub fn new(text: &'a str) -> Self {
        Src { text, pos: 0 }
    }

    /// Byte offset of the first remaining byte in the file.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// The remaining text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// `true` when nothing is left.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The next character, if any (decoded only when it is not ASCII).
    #[inline]
    pub fn peek(&self) -> Option<char> {
        match self.text.as_bytes().first() {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.text.chars().next(),
            None => None,
        }
    }

    /// `true` when the remaining text starts with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.text.starts_with(prefix)
    }

    /// Drops the first `n` bytes (`n` must be on a character boundary).
    pub fn advance(&self, n: usize) -> Self {
        self.take_from(n)
    }

    /// The text from `self` up to `later` (a position inside `self`).
    pub fn take_prefix(&self, later: &Src<'_>) -> Self {
        let len = later.pos.saturating_sub(self.pos).min(self.text.len());
        self.take(len)
    }

    /// The span from `self` (an earlier position) up to `later`.
    pub fn span_to(&self, later: &Src<'_>) -> Span {
        Span::new(self.pos, later.pos.max(self.pos))
    }

    /// An empty span at the current position.
    pub fn here(&self) -> Span {
        Span::new(self.pos, self.pos)
    }
}

impl<'a> Input for Src<'a> {
    type Item = char;
    type Iter = Chars<'a>;
    type IterIndices = CharIndices<'a>;

    fn input_len(&self) -> usize {
        self.text.len()
    }

    fn take(&self, index: usize) -> Self {
        Src {
            text: &self.text[..index],
            pos: self.pos,
        }
    }

    fn take_from(&self, index: usize) -> Self {
        Src {
            text: &self.text[index..],
            pos: self.pos + index,
        }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.text.find(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.text.chars()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.text.char_indices()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        self.text.slice_index(count)
    }
}

impl<'b> Compare<&'b str> for Src<'_> {
    fn compare(&self, t: &'b str) -> CompareResult {
        self.text.compare(t)
    }

    fn compare_no_case(&self, t: &'b str) -> CompareResult {
        self.text.compare_no_case(t)
    }
}

impl Offset for Src<'_> {
    fn offset(&self, second: &Self) -> usize {
        second.pos.saturating_sub(self.pos)
    }
}

impl<'b> FindSubstring<&'b str> for Src<'_> {
    fn find_substring(&self, substr: &'b str) -> Option<usize> {
        self.text.find(substr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::tag;
    use nom::error::Error;
    use nom::Parser;

    #[test]
    fn splitting_shifts_the_offset() {
        let src = Src::new("abc def");
        let (rest, word) = tag::<_, _, Error<Src>>("abc").parse(src).unwrap();
        assert_eq!(word.pos(), 0);
        assert_eq!(word.as_str(), "abc");
        assert_eq!(rest.pos(), 3);
        assert_eq!(rest.as_str(), " def");
        assert_eq!(src.span_to(&rest), Span::new(0, 3));
        assert_eq!(src.offset(&rest), 3);
    }

    #[test]
    fn multibyte_characters_keep_byte_offsets() {
        let src = Src::new("é;x");
        let rest = src.advance('é'.len_utf8());
        assert_eq!(rest.pos(), 2);
        assert_eq!(rest.peek(), Some(';'));
        assert_eq!(rest.find_substring("x"), Some(1));
    }
}
