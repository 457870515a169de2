//! Syntax: `.tl` text to [`ast::File`].
//!
//! A nom parser over a position-tracking input (`input::Src`) so every node
//! carries a byte [`Span`](crate::span::Span). One private module per concept:
//! `trivia` (whitespace, comments, `// LAYER N`), `ident` (names, ids,
//! numbers), `types` (type expressions), `params` (arguments), `decl`
//! (one declaration), `section` (`---functions---`), `docs` (`//@`
//! annotations) and `file` (the top level and error recovery). `fast` reads
//! the common declaration shape without nom and hands everything else (all
//! errors included) to `decl`, building the same tree either way. The public
//! surface is [`parse`], [`Parsed`] and the syntax tree in [`ast`].
//!
//! Parsing never panics. After a syntax error the parser skips to the next `;`
//! and goes on, so one run reports every broken declaration.

pub mod ast;
mod decl;
mod docs;
mod error;
mod fast;
mod file;
mod ident;
mod input;
mod params;
mod section;
mod trivia;
mod types;

use crate::diag::Diagnostic;

/// The outcome of [`parse`]: the tree of everything that parsed, plus errors
/// and warnings for everything that did not. The tree borrows the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed<'src> {
    /// Declarations that parsed, layer comments and class docs.
    pub file: ast::File<'src>,
    /// Syntax errors and documentation warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed<'_> {
    /// `true` when at least one diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses a whole `.tl` source text.
///
/// The tree borrows `source` (identifiers are slices of it, not copies), so
/// `source` must outlive the result; diagnostics own their messages.
///
/// # Examples
///
/// ```
/// let parsed = tl_codegen::parse::parse("// LAYER 1\nping#7abe77ec ping_id:long = Pong;");
/// assert!(parsed.diagnostics.is_empty());
/// assert_eq!(parsed.file.declarations[0].name.text, "ping");
/// assert_eq!(parsed.file.layers[0].value, 1);
/// ```
pub fn parse(source: &str) -> Parsed<'_> {
    file::parse_file(source)
}
