//! Lexemes: identifiers (`adnl.id.short`), explicit ids (`#9d05049`) and
//! decimal numbers (`flags.30`, `4*`).
//!
//! Identifiers are `[A-Za-z_][A-Za-z0-9_]*` segments joined by `.`; the case
//! rule (constructor vs type) is the model's business, not the parser's. A `.`
//! followed by a digit ends the identifier, so `flags.3?` reads as `flags`.

use nom::Input;

use super::ast::{Ident, Spanned};
use super::error::{no_match, PResult, SyntaxError};
use super::input::Src;
use crate::span::Span;

/// Byte classes for the lexemes: 0 = other, [`DIGIT`], [`LETTER`] (`A-Za-z_`).
const CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() || c == b'_' {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    table
};
const DIGIT: u8 = 1;
const LETTER: u8 = 2;

/// Can `c` start an identifier segment?
pub fn is_ident_start(c: char) -> bool {
    c.is_ascii() && starts_segment(c as u8)
}

/// Can byte `b` start an identifier segment?
#[inline]
pub fn starts_segment(b: u8) -> bool {
    CLASS[usize::from(b)] == LETTER
}

/// The length of the `[A-Za-z0-9_]*` run at the start of `bytes`.
///
/// Looks at 16 bytes at a time (see [`non_word_bytes`]) without a branch
/// inside them: a byte-at-a-time loop ends at an unpredictable point for
/// every name, and the branch predictor pays for each one; nearly all names
/// end within the first 16 bytes.
#[inline]
pub fn word_len(bytes: &[u8]) -> usize {
    let mut len = 0;
    while let Some(block) = bytes.get(len..len + 16) {
        let mut sixteen = [0; 16];
        sixteen.copy_from_slice(block);
        let block = u128::from_le_bytes(sixteen);
        let stops = u128::from(non_word_bytes(block as u64))
            | u128::from(non_word_bytes((block >> 64) as u64)) << 64;
        if stops != 0 {
            return len + (stops.trailing_zeros() / 8) as usize;
        }
        len += 16;
    }
    let tail = &bytes[len..];
    len + tail
        .iter()
        .position(|&b| CLASS[usize::from(b)] == 0)
        .unwrap_or(tail.len())
}

/// Every byte's lowest bit.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Every byte's highest bit.
const HIGHS: u64 = ONES << 7;

/// The high bit of each byte of `block` (8 bytes, little-endian) that is not
/// in `[A-Za-z0-9_]`, computed for all 8 at once. Comparisons are additions
/// on the low 7 bits, which never carry into the next byte; bytes with the
/// high bit set (non-ASCII) are never name bytes.
#[inline]
fn non_word_bytes(block: u64) -> u64 {
    let low = block & !HIGHS;
    // High bit set where the byte of `x` (7-bit) is at least `lo` / above `hi`.
    let at_least = |x: u64, lo: u8| (x + ONES * u64::from(0x80 - lo)) & HIGHS;
    let above = |x: u64, hi: u8| (x + ONES * u64::from(0x7f - hi)) & HIGHS;
    let digit = at_least(low, b'0') & !above(low, b'9');
    // `| 0x20` maps `A-Z` onto `a-z` and nothing else into `a-z`.
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !above(folded, b'z');
    let underscore = at_least(low, b'_') & !above(low, b'_');
    let word = (digit | letter | underscore) & !block;
    !word & HIGHS
}

/// The byte length of the (possibly namespaced) identifier at the start of
/// `bytes`, 0 when none starts there: segments of `[A-Za-z_][A-Za-z0-9_]*`,
/// joined by a `.` only when a segment follows it.
#[inline]
pub fn ident_len(bytes: &[u8]) -> usize {
    if !bytes.first().is_some_and(|&b| starts_segment(b)) {
        return 0;
    }
    // A segment runs to the first byte outside `[A-Za-z0-9_]`; a `.` there
    // continues the identifier when a segment starts right after it.
    let mut end = 0;
    loop {
        end += word_len(&bytes[end..]);
        match bytes.get(end..end + 2) {
            Some(&[b'.', next]) if starts_segment(next) => end += 2,
            _ => return end,
        }
    }
}

/// The text of a possibly namespaced identifier, without allocating.
///
/// A hand-written scan (this is the hottest lexeme), see [`ident_len`].
#[inline]
pub fn ident_src(input: Src<'_>) -> PResult<'_, Src<'_>> {
    match ident_len(input.as_str().as_bytes()) {
        0 => no_match(input),
        end => Ok(input.take_split(end)),
    }
}

/// A possibly namespaced identifier: `user`, `auth.sendCode`, `liteServer.nonfinal.X`.
pub fn ident(input: Src<'_>) -> PResult<'_, Ident<'_>> {
    let (rest, text) = ident_src(input)?;
    Ok((rest, to_ident(text)))
}

/// Turns recognised identifier text into an [`Ident`] (a slice of the source).
pub fn to_ident(text: Src<'_>) -> Ident<'_> {
    let span = Span::new(text.pos(), text.pos() + text.as_str().len());
    Ident {
        text: text.as_str(),
        span,
    }
}

/// A decimal number that fits `u32`: `30`, `64`.
pub fn number(input: Src<'_>) -> PResult<'_, Spanned<u32>> {
    let len = input
        .as_str()
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(input.as_str().len());
    if len == 0 {
        return no_match(input);
    }
    let (rest, digits) = input.take_split(len);
    let span = input.span_to(&rest);
    match digits.as_str().parse::<u32>() {
        Ok(value) => Ok((rest, Spanned { value, span })),
        Err(_) => {
            SyntaxError::new(span, format!("number `{}` is too large", digits.as_str())).fail()
        }
    }
}

/// `#1cb5c415` right after a name (no space): 1 to 8 hex digits, either case,
/// neither 0 nor 0xffffffff. The span covers the digits. Does not match (plain
/// error) when the input does not start with `#`.
pub fn explicit_id(input: Src<'_>) -> PResult<'_, Spanned<u32>> {
    if !input.starts_with("#") {
        return no_match(input);
    }
    let digits_start = input.advance(1);
    let (rest, digits) = digits_start.take_split(word_len(digits_start.as_str().as_bytes()));
    let span = digits_start.span_to(&rest);
    let text = digits.as_str();
    let Some(value) = hex_u32(text.as_bytes()) else {
        let found = if text.is_empty() {
            "nothing".to_string()
        } else {
            format!("`#{text}`")
        };
        let span = if text.is_empty() {
            Span::new(input.pos(), input.pos() + 1)
        } else {
            span
        };
        let message = format!("explicit id must be 1 to 8 hex digits, found {found}");
        return SyntaxError::new(span, message).fail();
    };
    match value {
        0 => SyntaxError::new(span, "explicit id must not be 0").fail(),
        u32::MAX => SyntaxError::new(span, "explicit id must not be 0xffffffff").fail(),
        _ => Ok((rest, Spanned { value, span })),
    }
}

/// The value of 1 to 8 hex digits (either case), checked and computed in one
/// pass; `None` for any other text. Branch-free per digit (a table lookup):
/// hex digits are random, and a branch on each would be mispredicted often.
pub fn hex_u32(digits: &[u8]) -> Option<u32> {
    if !(1..=8).contains(&digits.len()) {
        return None;
    }
    let (value, bad) = digits.iter().fold((0u32, 0u8), |(value, bad), &b| {
        let digit = HEX[usize::from(b)];
        (value << 4 | u32::from(digit & 0xf), bad | digit)
    });
    (bad & 0xf0 == 0).then_some(value)
}

/// The value of each hex digit (either case); 0xff for any other byte.
const HEX: [u8; 256] = {
    let mut table = [0xff; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => 0xff,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> Result<(u32, Span), SyntaxError> {
        match explicit_id(Src::new(text)) {
            Ok((_, id)) => Ok((id.value, id.span)),
            Err(nom::Err::Failure(e)) => Err(e),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn identifiers_stop_before_a_dot_digit() {
        let (rest, name) = ident(Src::new("flags.3?true")).unwrap();
        assert_eq!((name.text, name.span), ("flags", Span::new(0, 5)));
        assert_eq!(rest.as_str(), ".3?true");
        let (rest, name) = ident(Src::new("liteServer.nonfinal.getX#1 ")).unwrap();
        assert_eq!(name.text, "liteServer.nonfinal.getX");
        assert_eq!(rest.as_str(), "#1 ");
        let (rest, name) = ident(Src::new("Server_DH_Params x")).unwrap();
        assert_eq!((name.text, rest.pos()), ("Server_DH_Params", 16));
        assert!(ident(Src::new("9abc")).is_err());
    }

    #[test]
    fn ids_of_one_to_eight_digits_in_any_case() {
        assert_eq!(id("#9d05049 "), Ok((0x09d0_5049, Span::new(1, 8))));
        assert_eq!(id("#091a58bc"), Ok((0x091a_58bc, Span::new(1, 9))));
        assert_eq!(id("#1"), Ok((1, Span::new(1, 2))));
        assert_eq!(id("#ABCDEF12"), Ok((0xabcd_ef12, Span::new(1, 9))));
    }

    #[test]
    fn bad_ids_are_rejected_with_a_reason() {
        let msg = |text: &str| id(text).unwrap_err().message;
        assert_eq!(
            msg("#123456789"),
            "explicit id must be 1 to 8 hex digits, found `#123456789`"
        );
        assert_eq!(
            msg("#12g4 "),
            "explicit id must be 1 to 8 hex digits, found `#12g4`"
        );
        assert_eq!(
            msg("# x"),
            "explicit id must be 1 to 8 hex digits, found nothing"
        );
        assert_eq!(msg("#0"), "explicit id must not be 0");
        assert_eq!(msg("#00000000"), "explicit id must not be 0");
        assert_eq!(msg("#ffffffff"), "explicit id must not be 0xffffffff");
        assert_eq!(id("#0000000001").unwrap_err().span, Span::new(1, 11));
    }

    #[test]
    fn word_len_agrees_with_the_byte_classes_everywhere() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut text = b"abcdefghijkl_09AZ".to_vec();
                text[at] = b;
                let expected = text.iter().position(|&c| CLASS[usize::from(c)] == 0);
                assert_eq!(
                    word_len(&text),
                    expected.unwrap_or(text.len()),
                    "{b} at {at}"
                );
            }
        }
        assert_eq!(word_len(b""), 0);
        assert_eq!(word_len(b"abc"), 3);
        assert_eq!(word_len(b"abcdefgh"), 8);
        assert_eq!(word_len(b"abcdefgh "), 8);
    }

    #[test]
    fn numbers_must_fit_u32() {
        let (_, n) = number(Src::new("64*")).unwrap();
        assert_eq!((n.value, n.span), (64, Span::new(0, 2)));
        let Err(nom::Err::Failure(e)) = number(Src::new("4294967296")) else {
            panic!()
        };
        assert_eq!(e.message, "number `4294967296` is too large");
    }
}
