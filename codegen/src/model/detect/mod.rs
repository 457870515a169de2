//! Telling the [`Dialect`] of a schema (which constructor-id rule it was written for) from
//! its text, so that no schema is silently read with the wrong rule.
//!
//! The two rules differ only for definitions with a direct `bytes` parameter or a
//! `flags.N?true` parameter (`tl-spec.md`, section 4), so a wrong guess goes unnoticed
//! until bytes reach a server: TDLib's `td_api.tl` read with Telegram's rule gives 49
//! wrong ids and no error. [`load_detected`] reads the schema with the dialect the evidence
//! points to, and says why ([`Detection::summary`]).
//!
//! # The evidence
//!
//! | clue | points to | weight |
//! | --- | --- | --- |
//! | explicit ids that only one rule computes: at least 2, and 4 times as many as the other rule's | that rule | decides |
//! | `int32 = Int32;`, `int53`, `int64`, `secureString`, `secureBytes` declared | TDLib | strong |
//! | `object ? = Object;`, `function ? = Function;`, `bytes data:string = Bytes;` | TDLib (TON) | strong |
//! | `// LAYER N` | Telegram | strong |
//! | `vector#1cb5c415 ...` (the vector built-in with Telegram's id) | Telegram | strong |
//! | `//@` documentation comments | TDLib | weak |
//! | `int32`, `int53`, ... used without a declaration | TDLib | weak |
//! | at most a third of 10 or more declarations with an explicit id | TDLib | weak |
//! | at least two thirds of 10 or more declarations with an explicit id | Telegram | weak |
//!
//! The explicit ids decide when they can ([`Basis::Ids`]); else strong clues of one
//! dialect and none of the other ([`Basis::Strong`]); else more weak clues of one dialect
//! than of the other, a guess ([`Basis::Weak`]); else Telegram's rule, also a guess
//! ([`Basis::Nothing`]). When the ids decide against strong clues of the other dialect
//! (a TDLib built-in, but ids that only Telegram's rule computes) and some computed id
//! depends on the rule, the evidence conflicts: [`Detection::conflict_diagnostic`] is an
//! error asking for the dialect to be named.
//!
//! Every schema of the shared zoo is detected as its README says (a test checks it):
//! Telegram's layers by their explicit ids, TDLib's and TON's by their built-ins, and
//! the fragments without either by their habits (none of those has an id that depends
//! on the rule).
//!
//! [`id_hint`] is the check for a dialect that was named: more than three explicit ids
//! that differ from the computed ones, most of which the other rule computes.

mod clues;
mod decide;
mod votes;

#[cfg(test)]
mod tests;

pub use clues::{Clue, ClueKind, Strength};
pub use decide::Basis;
pub use votes::{dependent_ids, id_hint, IdHint, IdVotes};

use crate::diag::Diagnostic;
use crate::model::load::{lower_files, parse_sources, FileDiagnostic, LoadOptions, Loaded};
use crate::model::{Dialect, SourceFile};

/// How the user names a dialect, for messages that tell them to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spelling {
    /// The `codegen` command line: `--dialect tdlib`.
    CommandLine,
    /// A build script's [`Config`](crate::Config): `.dialect(Dialect::Tdlib)`.
    BuildScript,
}

impl Spelling {
    /// The verb for giving an option: `pass` (`--dialect tdlib`), `call`
    /// (`.dialect(Dialect::Tdlib)`).
    pub fn verb(self) -> &'static str {
        match self {
            Spelling::CommandLine => "pass",
            Spelling::BuildScript => "call",
        }
    }

    /// How to ask for `dialect`, in backquotes: `` `--dialect tdlib` ``.
    pub fn option(self, dialect: Dialect) -> String {
        match (self, dialect) {
            (Spelling::CommandLine, _) => format!("`--dialect {dialect}`"),
            (Spelling::BuildScript, Dialect::Telegram) => "`.dialect(Dialect::Telegram)`".into(),
            (Spelling::BuildScript, Dialect::Tdlib) => "`.dialect(Dialect::Tdlib)`".into(),
        }
    }
}

/// The dialect chosen for a schema, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Detection {
    /// The dialect the schema is read with.
    pub dialect: Dialect,
    /// What the choice rests on.
    pub basis: Basis,
    /// Every clue of the text, in the order found.
    pub clues: Vec<Clue>,
    /// What the explicit ids say.
    pub votes: IdVotes,
    /// Definitions without an explicit id whose id depends on the rule: 0 when the choice
    /// changes no id.
    pub dependent_ids: usize,
    /// A strong clue the explicit ids contradict (see the [module docs](self)).
    pub conflict: Option<Clue>,
}

impl Detection {
    /// True when the choice is a guess ([`Basis::Weak`] or [`Basis::Nothing`]).
    pub fn is_guess(&self) -> bool {
        matches!(self.basis, Basis::Weak | Basis::Nothing)
    }

    /// One line saying what was chosen and why, and, for a guess that changes ids, how to
    /// be sure: `dialect tdlib, detected: td_api.tl:38:1 declares `int32 = Int32;`, a
    /// TDLib built-in`.
    pub fn summary(&self, sources: &[SourceFile], spelling: Spelling) -> String {
        let how = if self.is_guess() {
            "guessed"
        } else {
            "detected"
        };
        let mut line = format!("dialect {}, {how}: {}", self.dialect, self.reason(sources));
        if self.is_guess() {
            line.push_str(&match self.dependent_ids {
                0 => "; no id depends on it".to_owned(),
                n => format!(
                    "; {} on it: {} {} or {} to be sure",
                    ids_depend(n),
                    spelling.verb(),
                    spelling.option(self.dialect),
                    spelling.option(other(self.dialect)),
                ),
            });
        }
        line
    }

    /// The evidence the choice rests on, as a clause.
    fn reason(&self, sources: &[SourceFile]) -> String {
        let favoring = self.clues.iter().filter(|c| c.favors() == self.dialect);
        let described = |strength| {
            let matching = favoring.clone().filter(|c| c.strength() == strength);
            matching.map(|c| c.describe(sources)).collect::<Vec<_>>()
        };
        match self.basis {
            Basis::Ids => self.votes.describe(self.dialect, sources),
            Basis::Strong => described(Strength::Strong).swap_remove(0),
            Basis::Weak => described(Strength::Weak).join("; "),
            Basis::Nothing if self.clues.is_empty() => "nothing in the schema tells".to_owned(),
            Basis::Nothing => {
                let all: Vec<String> = self.clues.iter().map(|c| c.describe(sources)).collect();
                format!("the clues disagree: {}", all.join("; "))
            }
        }
    }

    /// The error for conflicting evidence, when some computed id depends on it: at the
    /// contradicted clue, naming both ways to settle it.
    pub fn conflict_diagnostic(
        &self,
        sources: &[SourceFile],
        spelling: Spelling,
    ) -> Option<FileDiagnostic> {
        let clue = self.conflict.as_ref().filter(|_| self.dependent_ids > 0)?;
        let origin = clue.origin?;
        let message = format!(
            "the schema {}, but {}; {} on which rule is right: name it with {} or {}",
            clue.kind,
            self.votes.describe(self.dialect, sources),
            ids_depend(self.dependent_ids),
            spelling.option(clue.favors()),
            spelling.option(self.dialect),
        );
        Some(FileDiagnostic {
            file: origin.file,
            diagnostic: Diagnostic::error(origin.span, message),
        })
    }
}

/// `1 id depends`, `49 ids depend`.
fn ids_depend(count: usize) -> String {
    match count {
        1 => "1 id depends".to_owned(),
        n => format!("{} ids depend", crate::diag::thousands(n)),
    }
}

/// The other dialect.
pub(crate) fn other(dialect: Dialect) -> Dialect {
    match dialect {
        Dialect::Telegram => Dialect::Tdlib,
        Dialect::Tdlib => Dialect::Telegram,
    }
}

/// Parses and lowers `sources` together with the dialect their text and explicit ids
/// point to (see the [module docs](self)); `allow_external` as in
/// [`LoadOptions`]. The files are parsed once; they are
/// lowered a second time only when the explicit ids overrule the text.
///
/// A [`Detection::conflict_diagnostic`] is not among the loaded diagnostics: the caller
/// adds it, naming the dialect the way its user does ([`Spelling`]).
///
/// ```
/// use tl_codegen::model::detect::{load_detected, Basis};
/// use tl_codegen::model::{Dialect, SourceFile};
///
/// let text = "int32 = Int32;\nbytes = Bytes;\nphoto data:bytes = Photo;\n";
/// let (loaded, detection) = load_detected(&[SourceFile::new("td.tl", text)], false);
/// assert_eq!((detection.dialect, detection.basis), (Dialect::Tdlib, Basis::Strong));
/// assert_eq!(loaded.schema.dialect, Dialect::Tdlib);
/// assert_eq!(detection.dependent_ids, 1); // `photo`: Telegram's rule would hash `data:string`
/// ```
pub fn load_detected(sources: &[SourceFile], allow_external: bool) -> (Loaded, Detection) {
    let (files, parse_diagnostics) = parse_sources(sources);
    let found = clues::gather(&files);
    let first = decide::text_verdict(&found).map_or(Dialect::Telegram, |(dialect, _)| dialect);
    let options = |dialect| LoadOptions {
        dialect,
        allow_external,
    };
    let loaded = lower_files(sources, &files, parse_diagnostics.clone(), options(first));
    let definitions = &loaded.schema.definitions;
    let detection = decide::decide(
        found,
        IdVotes::count(definitions),
        dependent_ids(definitions),
    );
    if detection.dialect == first {
        return (loaded, detection);
    }
    let again = lower_files(
        sources,
        &files,
        parse_diagnostics,
        options(detection.dialect),
    );
    (again, detection)
}

/// The dialect [`load_detected`] would read `sources` with, and why.
pub fn detect(sources: &[SourceFile], allow_external: bool) -> Detection {
    load_detected(sources, allow_external).1
}
