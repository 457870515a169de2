//! Trivia: whitespace, `//` line comments, `/* */` block comments, and the
//! `// LAYER N` comment that carries the API layer.
//!
//! TL comments are "the same as in C++" (tl-spec.md §1): they may appear between
//! any two tokens, including inside a multi-line declaration and after its `;`.

use nom::bytes::complete::{tag, take_till, take_until};
use nom::Parser;

use super::ast::Spanned;
use super::error::{PResult, SyntaxError};
use super::input::Src;
use crate::diag::Diagnostic;
use crate::span::Span;

/// `// ...` up to (not including) the end of the line; returns the whole comment.
pub fn line_comment(input: Src<'_>) -> PResult<'_, Src<'_>> {
    let (rest, _) = tag("//").parse(input)?;
    let (rest, _) = take_till(|c| c == '\n').parse(rest)?;
    Ok((rest, input.take_prefix(&rest)))
}

/// `/* ... */` (not nested); an unterminated one is a committed failure.
pub fn block_comment(input: Src<'_>) -> PResult<'_, Src<'_>> {
    let (body, _) = tag("/*").parse(input)?;
    match take_until::<_, _, SyntaxError>("*/").parse(body) {
        Ok((rest, _)) => {
            let rest = rest.advance(2);
            Ok((rest, input.take_prefix(&rest)))
        }
        Err(_) => SyntaxError::new(
            Span::new(input.pos(), input.pos() + 2),
            "unterminated block comment",
        )
        .fail(),
    }
}

/// Skips whitespace and comments (possibly none).
///
/// Runs between almost every two tokens, and most of the time there is
/// nothing to skip: that case is decided on the first byte, inline.
#[inline]
pub fn ws(input: Src<'_>) -> PResult<'_, ()> {
    let token = |b: &u8| b.is_ascii_graphic() && *b != b'/';
    let bytes = input.as_str().as_bytes();
    match bytes.first() {
        Some(b) if token(b) => Ok((input, ())),
        None => Ok((input, ())),
        Some(b' ') if bytes.get(1).is_some_and(token) => Ok((input.advance(1), ())),
        Some(_) => ws_slow(input),
    }
}

/// [`ws`] when the input starts with whitespace, `/` or a non-ASCII character.
fn ws_slow(input: Src<'_>) -> PResult<'_, ()> {
    let mut rest = input;
    loop {
        rest = spaces(rest);
        if rest.starts_with("//") {
            rest = line_comment(rest)?.0;
        } else if rest.starts_with("/*") {
            rest = block_comment(rest)?.0;
        } else {
            return Ok((rest, ()));
        }
    }
}

/// Skips whitespace (what [`char::is_whitespace`] accepts), a byte at a time while it
/// is ASCII: this runs between almost every two tokens.
pub fn spaces(input: Src<'_>) -> Src<'_> {
    let bytes = input.as_str().as_bytes();
    let mut end = 0;
    loop {
        while bytes
            .get(end)
            .is_some_and(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        {
            end += 1;
        }
        if bytes.get(end).is_none_or(|b| b.is_ascii()) {
            return input.advance(end);
        }
        match input.as_str()[end..].chars().next() {
            Some(c) if !c.is_ascii() && c.is_whitespace() => end += c.len_utf8(),
            _ => return input.advance(end),
        }
    }
}

/// Every `// LAYER N` comment of the file, in order.
///
/// Scans the whole text once, with the same comment rules as [`ws`] (a `//`
/// inside a block comment is not a comment), so a layer comment is found
/// anywhere: at the top, at the end, or inside a declaration. The span covers
/// the number. A number that does not fit `u32` is reported in `diagnostics`.
pub fn find_layers(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Spanned<u32>> {
    let mut layers = Vec::new();
    let mut rest = Src::new(source);
    while let Some(slash) = find_slash(rest.as_str().as_bytes()) {
        rest = rest.advance(slash);
        if let Ok((after, comment)) = line_comment(rest) {
            match layer_comment(comment) {
                Some(Ok(layer)) => layers.push(layer),
                Some(Err(diagnostic)) => diagnostics.push(diagnostic),
                None => {}
            }
            rest = after;
        } else if let Ok((after, _)) = block_comment(rest) {
            rest = after;
        } else if rest.starts_with("/*") {
            break; // unterminated: reported by the parser proper
        } else {
            rest = rest.advance(1);
        }
    }
    layers
}

/// The index of the first `/` in `bytes`.
///
/// Real schemas have few comments, so this mostly skips long runs without a
/// `/`: 32 bytes at a time with an or-reduction that vectorizes.
fn find_slash(bytes: &[u8]) -> Option<usize> {
    let mut blocks = bytes.chunks_exact(32);
    let mut start = 0;
    for block in &mut blocks {
        if block.iter().fold(false, |any, &b| any | (b == b'/')) {
            break;
        }
        start += 32;
    }
    let rest = &bytes[start..];
    rest.iter().position(|&b| b == b'/').map(|i| start + i)
}

/// Recognises `//` + optional spaces + `LAYER` + optional spaces + digits +
/// optional trailing spaces; `None` for any other comment.
fn layer_comment(comment: Src<'_>) -> Option<Result<Spanned<u32>, Diagnostic>> {
    let text = comment.as_str().strip_prefix("//")?.trim_start();
    let after_keyword = text.strip_prefix("LAYER")?;
    let digits_text = after_keyword.trim_start();
    let digit_len = digits_text.bytes().take_while(u8::is_ascii_digit).count();
    if digit_len == 0 || !digits_text[digit_len..].trim().is_empty() {
        return None;
    }
    let start = comment.pos() + (comment.as_str().len() - digits_text.len());
    let span = Span::new(start, start + digit_len);
    Some(match digits_text[..digit_len].parse::<u32>() {
        Ok(value) => Ok(Spanned { value, span }),
        Err(_) => Err(Diagnostic::error(span, "layer number is too large")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ws_skips_all_kinds_of_trivia() {
        let text = "  // a\n /* b \n c */\t\nx";
        let (rest, ()) = ws(Src::new(text)).unwrap();
        assert_eq!(rest.as_str(), "x");
        assert_eq!(Some(rest.pos()), text.find('x'));
    }

    #[test]
    fn ws_reports_an_unterminated_block_comment() {
        let src = Src::new(" /* never closed");
        let err = ws(src).unwrap_err();
        let expected = SyntaxError::new(Span::new(1, 3), "unterminated block comment");
        assert_eq!(err, nom::Err::Failure(expected));
    }

    #[test]
    fn layers_are_found_anywhere_but_inside_block_comments() {
        let text = "// LAYER 230\nfoo a:int // LAYER 7\n = Foo;\n/* // LAYER 9 */\n//LAYER 5 \n";
        let mut diagnostics = Vec::new();
        let layers = find_layers(text, &mut diagnostics);
        let values: Vec<(u32, &str)> = layers
            .iter()
            .map(|l| (l.value, &text[l.span.start..l.span.end]))
            .collect();
        assert_eq!(values, [(230, "230"), (7, "7"), (5, "5")]);
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn slashes_are_found_in_and_after_whole_blocks() {
        for len in [0, 1, 31, 32, 33, 64, 100] {
            for at in 0..len {
                let mut text = vec![b'x'; len];
                text[at] = b'/';
                if at + 1 < len {
                    text[len - 1] = b'/';
                }
                assert_eq!(find_slash(&text), Some(at), "{len} {at}");
            }
            assert_eq!(find_slash(&vec![b'x'; len]), None);
        }
    }

    #[test]
    fn other_comments_are_not_layers() {
        let mut diagnostics = Vec::new();
        let text = "// LAYER\n// LAYER 12 beta\n// layer 3\n//  LAYERS 4";
        assert!(find_layers(text, &mut diagnostics).is_empty());
        let text = "// LAYER 99999999999";
        assert!(find_layers(text, &mut diagnostics).is_empty());
        assert_eq!(
            diagnostics,
            [Diagnostic::error(
                Span::new(9, 20),
                "layer number is too large"
            )]
        );
    }
}
