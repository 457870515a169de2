//! A fast path for the declaration shape that makes up nearly all of a real
//! schema:
//!
//! ```text
//! name#id field:Type flags:# opt:flags.3?Vector<Type> ... = Result;
//! ```
//!
//! It reads plain bytes with an index instead of going through nom, and takes
//! only what it is sure of: fields `name:` followed by `#`, a type name, or a
//! `field.N?`/`field?` condition and a type; type names with `<...>` arguments;
//! a one-term result. Anything else (comments, generics, `?`, `!`, `%`,
//! parentheses, repetitions, anonymous arguments, odd spacing, every error)
//! makes it give up with `None`, having changed nothing, and the general
//! parser (`decl`) starts over at the same position. It builds exactly the
//! tree the general parser builds for the same text, spans included, so it
//! only changes how fast the common case goes, never a result or a message.

use super::ast::{
    Condition, Declaration, DocAnnotation, FieldParam, Ident, Param, Section, Spanned, TypeExpr,
};
use super::ident::{hex_u32, ident_len, starts_segment, word_len};
use super::input::Src;
use crate::span::Span;

/// How deeply `<...>` may nest before the fast path leaves it to the general
/// parser (which enforces the real limit, `types::MAX_DEPTH`).
const MAX_FAST_DEPTH: usize = 8;

/// Parses the declaration starting exactly at `input` and pushes it to
/// `out` (with `docs`, which it takes) if it has the common shape; returns
/// the input after its `;`. On `None`, `out` and `docs` are unchanged.
#[inline]
pub fn declaration<'a>(
    input: Src<'a>,
    section: Section,
    docs: &mut Vec<DocAnnotation>,
    out: &mut Vec<Declaration<'a>>,
) -> Option<Src<'a>> {
    let s = Scan {
        text: input.as_str(),
        base: input.pos(),
    };
    let (i, name) = s.ident(0)?;
    if matches!(name.text, "New" | "Final" | "Empty") {
        return None;
    }
    let (i, id) = s.explicit_id(i)?;
    let mut params = Vec::with_capacity(count_fields(s.text.as_bytes().get(i..)?));
    let at_eq = s.fields(i, &mut params)?;
    let at = s.ws(at_eq + 1)?;
    let (after, result) = s.type_term(at, 0)?;
    let at_semi = s.ws(after)?;
    if s.byte(at_semi) != Some(b';') {
        return None;
    }
    let end = at_semi + 1;
    out.push(Declaration {
        span: s.span(0, end),
        section,
        name,
        id,
        generics: Vec::new(),
        params,
        question_mark: false,
        result,
        docs: std::mem::take(docs),
    });
    Some(input.advance(end))
}

/// The number of `:` before the first `=` in `text`: the number of fields
/// when the fast path takes the declaration, so its list is allocated once
/// at its exact size. (Only a capacity: any other text is merely slower.)
///
/// Reads 16 bytes at a time: whole blocks without an `=` with sums that
/// vectorize, the block with the first `=` with bit masks, branch-free.
fn count_fields(text: &[u8]) -> usize {
    let mut blocks = text.chunks_exact(16);
    let mut count = 0;
    for block in &mut blocks {
        let eq = block.iter().fold(0u8, |any, &b| any | u8::from(b == b'='));
        if eq != 0 {
            let (low, high) = block.split_at(8);
            let (low_colons, low_eqs) = marks(low);
            let (high_colons, high_eqs) = marks(high);
            let colons = u128::from(low_colons) | u128::from(high_colons) << 64;
            let eqs = u128::from(low_eqs) | u128::from(high_eqs) << 64;
            // The colons below the lowest `=`.
            let below_eq = (eqs & eqs.wrapping_neg()) - 1;
            return count + (colons & below_eq).count_ones() as usize;
        }
        let colons = block.iter().fold(0u8, |n, &b| n + u8::from(b == b':'));
        count += usize::from(colons);
    }
    let tail = blocks.remainder();
    count
        + tail
            .iter()
            .take_while(|&&b| b != b'=')
            .filter(|&&b| b == b':')
            .count()
}

/// Every byte's lowest bit.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Every byte's low 7 bits.
const LOWS: u64 = ONES * 0x7f;

/// The high bit of each byte of `eight` (8 bytes) that is `:`, and of each
/// that is `=`: `x + 0x7f` sets a byte's high bit unless the 7-bit byte `x`
/// is zero, which happens exactly where the byte equals the one xor-ed in.
#[inline]
fn marks(eight: &[u8]) -> (u64, u64) {
    let mut bytes = [0; 8];
    bytes.copy_from_slice(eight);
    let block = u64::from_le_bytes(bytes);
    let equal = |c: u8| {
        let x = block ^ (ONES * u64::from(c));
        !(((x & LOWS) + LOWS) | x) & !LOWS
    };
    (equal(b':'), equal(b'='))
}

/// The text of one declaration and where it starts in the file; positions
/// are byte indices into `text`.
#[derive(Clone, Copy)]
struct Scan<'a> {
    text: &'a str,
    base: usize,
}

impl<'a> Scan<'a> {
    #[inline]
    fn byte(self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    #[inline]
    fn span(self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// Skips ASCII whitespace; `None` at a `/` (maybe a comment) or a
    /// non-ASCII character (maybe Unicode whitespace).
    #[inline]
    fn ws(self, mut i: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
                b'/' | 0x80.. => return None,
                _ => break,
            }
        }
        Some(i)
    }

    /// A possibly namespaced identifier at `i`.
    #[inline]
    fn ident(self, i: usize) -> Option<(usize, Ident<'a>)> {
        let len = ident_len(self.text.as_bytes().get(i..)?);
        if len == 0 {
            return None;
        }
        let end = i + len;
        let ident = Ident {
            text: self.text.get(i..end)?,
            span: self.span(i, end),
        };
        Some((end, ident))
    }

    /// A plain name (`[A-Za-z_][A-Za-z0-9_]*`, no `.`) at `i`.
    #[inline]
    fn word(self, i: usize) -> Option<(usize, Ident<'a>)> {
        let bytes = self.text.as_bytes().get(i..)?;
        if !bytes.first().is_some_and(|&b| starts_segment(b)) {
            return None;
        }
        let end = i + word_len(bytes);
        let ident = Ident {
            text: self.text.get(i..end)?,
            span: self.span(i, end),
        };
        Some((end, ident))
    }

    /// `#1cb5c415` right after the name, if written (and valid).
    #[inline]
    fn explicit_id(self, i: usize) -> Option<(usize, Option<Spanned<u32>>)> {
        if self.byte(i) != Some(b'#') {
            return Some((i, None));
        }
        let digits = self.text.as_bytes().get(i + 1..)?;
        let len = word_len(digits);
        let value = hex_u32(&digits[..len])?;
        if value == 0 || value == u32::MAX {
            return None;
        }
        let end = i + 1 + len;
        let span = self.span(i + 1, end);
        Some((end, Some(Spanned { value, span })))
    }

    /// Fields up to the `=`, pushed to `out`; returns the index of the `=`.
    fn fields(self, mut i: usize, out: &mut Vec<Param<'a>>) -> Option<usize> {
        loop {
            let at = self.ws(i)?;
            if self.byte(at)? == b'=' {
                return Some(at);
            }
            i = self.field(at, out)?;
        }
    }

    /// `name:#`, `name:Type`, `name:flags.N?Type`, pushed to `out`; returns
    /// the index after it.
    #[inline]
    fn field(self, start: usize, out: &mut Vec<Param<'a>>) -> Option<usize> {
        // A dotted name (an error) stops at its `.`, not at a `:`.
        let (colon, name) = self.word(start)?;
        if self.byte(colon) != Some(b':') {
            return None;
        }
        let at = colon + 1;
        let (end, condition, ty) = match self.word(at) {
            Some((after, word)) => match self.byte(after) {
                Some(b'?') => self.conditional(at, word, after)?,
                Some(b'.') if self.byte(after + 1).is_some_and(|b| b.is_ascii_digit()) => {
                    self.conditional(at, word, after)?
                }
                Some(b'.') => {
                    let (after, name) = self.ident(at)?;
                    if matches!(self.byte(after), Some(b'.' | b'?')) {
                        return None;
                    }
                    let (end, ty) = self.named_type(name, after, 1)?;
                    (end, None, ty)
                }
                _ => {
                    let (end, ty) = self.named_type(word, after, 1)?;
                    (end, None, ty)
                }
            },
            None => {
                let (end, ty) = self.nat(at)?;
                (end, None, ty)
            }
        };
        out.push(Param::Field(FieldParam {
            name,
            condition,
            excl: false,
            ty,
            span: self.span(start, end),
        }));
        Some(end)
    }

    /// The condition (see [`Scan::condition`]) and the type after it.
    #[inline]
    fn conditional(
        self,
        start: usize,
        word: Ident<'a>,
        after: usize,
    ) -> Option<(usize, Option<Condition<'a>>, TypeExpr<'a>)> {
        let (at_ty, condition) = self.condition(start, word, after)?;
        let (end, ty) = self.type_term(at_ty, 1)?;
        Some((end, Some(condition), ty))
    }

    /// `flags.3?` or `flags?` once the field name `word` (a plain name, from
    /// `start` to `after`) is read and `after` is at a `.` or `?`.
    #[inline]
    fn condition(
        self,
        start: usize,
        word: Ident<'a>,
        after: usize,
    ) -> Option<(usize, Condition<'a>)> {
        let (at_mark, bit) = if self.byte(after) == Some(b'.') {
            let (end, bit) = self.number(after + 1)?;
            (end, Some(bit))
        } else {
            (after, None)
        };
        if self.byte(at_mark) != Some(b'?') {
            return None;
        }
        let end = at_mark + 1;
        let span = self.span(start, end);
        let condition = Condition {
            field: word,
            bit,
            span,
        };
        Some((end, condition))
    }

    /// 1 to 9 decimal digits (so the value fits `u32`).
    #[inline]
    fn number(self, i: usize) -> Option<(usize, Spanned<u32>)> {
        let digits = self.text.as_bytes().get(i..)?;
        let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=9).contains(&len) {
            return None;
        }
        let value = digits[..len]
            .iter()
            .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
        let span = self.span(i, i + len);
        Some((i + len, Spanned { value, span }))
    }

    /// `#` (the natural-number type).
    #[inline]
    fn nat(self, i: usize) -> Option<(usize, TypeExpr<'a>)> {
        if self.byte(i) != Some(b'#') {
            return None;
        }
        let span = self.span(i, i + 1);
        Some((i + 1, TypeExpr::Nat { span }))
    }

    /// `#` or a type name with optional `<...>` arguments.
    fn type_term(self, i: usize, depth: usize) -> Option<(usize, TypeExpr<'a>)> {
        match self.ident(i) {
            Some((after, name)) => self.named_type(name, after, depth),
            None => self.nat(i),
        }
    }

    /// A type name (read, `after` follows it), with `<...>` if written.
    #[inline]
    fn named_type(
        self,
        name: Ident<'a>,
        after: usize,
        depth: usize,
    ) -> Option<(usize, TypeExpr<'a>)> {
        let head = TypeExpr::Name {
            name,
            percent: false,
            span: name.span,
        };
        // `Vector <int>` (spaced) is left to the general parser: the `<`
        // is then the next thing to read, and nothing here accepts it.
        if self.byte(after) != Some(b'<') {
            return Some((after, head));
        }
        self.angle_args(head, after + 1, depth)
    }

    /// `arg, ...>` after `head<` (`i` is just after the `<`).
    fn angle_args(
        self,
        head: TypeExpr<'a>,
        mut i: usize,
        depth: usize,
    ) -> Option<(usize, TypeExpr<'a>)> {
        if depth >= MAX_FAST_DEPTH {
            return None;
        }
        let mut args = Vec::with_capacity(1);
        loop {
            let at = self.ws(i)?;
            let (after, arg) = self.type_term(at, depth + 1)?;
            args.push(arg);
            let at_sep = self.ws(after)?;
            match self.byte(at_sep)? {
                b',' => i = at_sep + 1,
                b'>' => {
                    let end = at_sep + 1;
                    let span = Span::new(head.span().start, self.base + end);
                    let head = Box::new(head);
                    let angle = true;
                    return Some((
                        end,
                        TypeExpr::Apply {
                            head,
                            args,
                            angle,
                            span,
                        },
                    ));
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
#[path = "fast_tests.rs"]
mod tests;
