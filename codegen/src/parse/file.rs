//! The file driver: walks the top level of a `.tl` file, hands declarations to
//! [`declaration`], tracks the current section, routes `//@` comments to the
//! [`DocCollector`], and recovers from syntax errors by skipping to the next `;`
//! so that one run reports every broken declaration.

use super::ast::{Declaration, File, Param, Section};
use super::decl::declaration;
use super::docs::DocCollector;
use super::error::{PResult, SyntaxError};
use super::fast;
use super::ident::is_ident_start;
use super::input::Src;
use super::section::section_marker;
use super::trivia::{block_comment, find_layers, line_comment, spaces};
use super::Parsed;
use crate::diag::Diagnostic;

/// Parses a whole file; never panics, always returns a (possibly partial) tree.
pub fn parse_file(source: &str) -> Parsed<'_> {
    let mut diagnostics = Vec::new();
    let layers = find_layers(source, &mut diagnostics);
    let mut driver = Driver {
        section: Section::Types,
        declarations: Vec::with_capacity(max_declarations(source)),
        scratch: Vec::new(),
        docs: DocCollector::default(),
        diagnostics,
    };
    let mut rest = Src::new(source);
    if rest.starts_with("\u{feff}") {
        rest = rest.advance('\u{feff}'.len_utf8());
    }
    while let Some(next) = driver.step(rest) {
        rest = next;
    }
    let (class_docs, doc_warnings) = driver.docs.finish();
    let mut diagnostics = driver.diagnostics;
    diagnostics.extend(doc_warnings);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    Parsed {
        file: File {
            declarations: driver.declarations,
            layers,
            class_docs,
        },
        diagnostics,
    }
}

struct Driver<'src> {
    section: Section,
    declarations: Vec<Declaration<'src>>,
    /// Reused buffer for the arguments of one declaration.
    scratch: Vec<Param<'src>>,
    docs: DocCollector,
    diagnostics: Vec<Diagnostic>,
}

impl<'src> Driver<'src> {
    /// Consumes one top-level item; `None` at the end of input.
    fn step(&mut self, input: Src<'src>) -> Option<Src<'src>> {
        let (rest, _) = skip_whitespace(input).ok()?;
        let first = rest.peek()?;
        if rest.starts_with("//") {
            let (after, comment) = line_comment(rest).ok()?;
            self.docs.comment(comment);
            return Some(after);
        }
        if rest.starts_with("/*") {
            return match block_comment(rest) {
                Ok((after, _)) => Some(after),
                Err(err) => self.error(err, rest, |_| None),
            };
        }
        if rest.starts_with("---") {
            self.docs.boundary();
            return match section_marker(rest) {
                Ok((after, section)) => {
                    self.section = section;
                    Some(after)
                }
                Err(err) => self.error(err, rest, |r| Some(skip_line(r))),
            };
        }
        if !is_ident_start(first) {
            let err = SyntaxError::expected(rest, "a declaration");
            return self.error(nom::Err::Failure(err), rest, |r| Some(recover(r)));
        }
        let mut docs = self.docs.take_for_declaration();
        let out = &mut self.declarations;
        if let Some(after) = fast::declaration(rest, self.section, &mut docs, out) {
            return Some(after);
        }
        match declaration(rest, self.section, &mut self.scratch) {
            Ok((after, mut decl)) => {
                decl.docs = docs;
                self.declarations.push(decl);
                Some(after)
            }
            Err(err) => self.error(err, rest, |r| Some(recover(r))),
        }
    }

    /// Records `err` and resumes where `resume` says (it gets the input at the
    /// error), always at least one character after `at`.
    fn error<'a>(
        &mut self,
        err: nom::Err<SyntaxError>,
        at: Src<'a>,
        resume: impl FnOnce(Src<'a>) -> Option<Src<'a>>,
    ) -> Option<Src<'a>> {
        let err = match err {
            nom::Err::Error(e) | nom::Err::Failure(e) => e,
            nom::Err::Incomplete(_) => SyntaxError::expected(at, "more input"),
        };
        let error_at = err.span.start.clamp(at.pos(), at.pos() + at.as_str().len());
        self.docs.boundary();
        self.diagnostics.push(err.into_diagnostic());
        let from = if at.as_str().is_char_boundary(error_at - at.pos()) {
            at.advance(error_at - at.pos())
        } else {
            at
        };
        let next = resume(from)?;
        if next.pos() > at.pos() {
            Some(next)
        } else {
            let step = at.peek().map_or(0, char::len_utf8);
            Some(at.advance(step))
        }
    }
}

fn skip_whitespace(input: Src<'_>) -> PResult<'_, Src<'_>> {
    let rest = spaces(input);
    Ok((rest, input.take_prefix(&rest)))
}

/// Skips to just after the next `;` outside comments, or to the start of a
/// line that begins with `---` (a section marker), or to the end of input.
pub fn recover(input: Src<'_>) -> Src<'_> {
    if input.starts_with("---") {
        return input;
    }
    let mut rest = input;
    while let Some(index) = rest.as_str().find([';', '/', '\n']) {
        rest = rest.advance(index);
        if rest.starts_with(";") {
            return rest.advance(1);
        }
        if rest.starts_with("\n") {
            rest = rest.advance(1);
            if rest
                .as_str()
                .trim_start_matches([' ', '\t'])
                .starts_with("---")
            {
                return rest;
            }
        } else if let Ok((after, _)) = line_comment(rest) {
            rest = after;
        } else if let Ok((after, _)) = block_comment(rest) {
            rest = after;
        } else if rest.starts_with("/*") {
            break;
        } else {
            rest = rest.advance(1);
        }
    }
    rest.advance(rest.as_str().len())
}

/// At least as many as the declarations that can parse from `source`: each
/// ends with its own `;` and takes 4 bytes or more (`a=B;`). The list is
/// allocated once at this size, since growing it would copy every (large)
/// declaration parsed so far.
fn max_declarations(source: &str) -> usize {
    // Counted in blocks of 128 bytes with a `u8` sum, which vectorizes.
    let mut blocks = source.as_bytes().chunks_exact(128);
    let mut count = 0;
    for block in &mut blocks {
        let in_block = block.iter().fold(0u8, |n, &b| n + u8::from(b == b';'));
        count += usize::from(in_block);
    }
    count += blocks.remainder().iter().filter(|&&b| b == b';').count();
    count.min(source.len() / 4)
}

/// Skips to the end of the current line.
fn skip_line(input: Src<'_>) -> Src<'_> {
    let len = input.as_str().find('\n').unwrap_or(input.as_str().len());
    input.advance(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_for_every_declaration_that_can_parse() {
        assert_eq!(max_declarations(""), 0);
        assert_eq!(max_declarations(&"a=B;".repeat(100)), 100);
        let long = format!("{};{}", "x".repeat(200), "foo = Bar;");
        assert_eq!(max_declarations(&long), 2);
        assert_eq!(max_declarations(&";".repeat(400)), 100);
    }
}
