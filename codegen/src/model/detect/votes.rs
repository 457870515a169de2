//! What the explicit ids say: an id that is the CRC of its line under one rule and not
//! under the other shows which rule the schema's author used. Also the hint for a schema
//! read with the wrong rule: many explicit ids differing from the computed ones, which
//! the other rule would compute.

use crate::diag::{thousands, Diagnostic};
use crate::model::id::compute_id;
use crate::model::load::FileDiagnostic;
use crate::model::{Definition, Dialect, IdSource, Origin, Schema, SourceFile};
use crate::span::Span;

use super::clues::place;
use super::{other, Spelling};

/// Votes needed before the explicit ids decide.
const MIN_VOTES: usize = 2;

/// How many times the other rule's votes the deciding rule needs.
const MAJORITY: usize = 4;

/// Up to this many explicit ids may differ from the computed ones without a hint (TON's
/// lite_api.tl and Telegram's mtproto.tl have three each, kept on purpose).
const FEW: usize = 3;

/// Explicit ids that agree with only one of the two rules (ids both rules compute alike
/// say nothing), with the first definition of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdVotes {
    /// Explicit ids equal to the Telegram rule's CRC and not to the TDLib rule's.
    pub telegram: usize,
    /// Explicit ids equal to the TDLib rule's CRC and not to the Telegram rule's.
    pub tdlib: usize,
    /// The first definition voting for Telegram.
    pub first_telegram: Option<Origin>,
    /// The first definition voting for TDLib.
    pub first_tdlib: Option<Origin>,
}

impl IdVotes {
    /// The votes of the explicit ids of `definitions`.
    pub fn count(definitions: &[Definition]) -> Self {
        let mut votes = IdVotes::default();
        for def in definitions
            .iter()
            .filter(|d| d.id_source == IdSource::Explicit)
        {
            let telegram = compute_id(def, Dialect::Telegram);
            let tdlib = compute_id(def, Dialect::Tdlib);
            if telegram == tdlib {
                continue;
            }
            if def.id == telegram {
                votes.telegram += 1;
                votes.first_telegram = votes.first_telegram.or(Some(def.origin));
            } else if def.id == tdlib {
                votes.tdlib += 1;
                votes.first_tdlib = votes.first_tdlib.or(Some(def.origin));
            }
        }
        votes
    }

    /// The votes for `dialect`.
    pub fn of(&self, dialect: Dialect) -> usize {
        match dialect {
            Dialect::Telegram => self.telegram,
            Dialect::Tdlib => self.tdlib,
        }
    }

    /// The rule the ids decide for: at least two votes, and four times the other's.
    pub fn decisive(&self) -> Option<Dialect> {
        [Dialect::Telegram, Dialect::Tdlib]
            .into_iter()
            .find(|&dialect| {
                let (mine, theirs) = (self.of(dialect), self.of(other(dialect)));
                mine >= MIN_VOTES && mine >= MAJORITY * theirs
            })
    }

    /// `2 explicit ids agree only with the telegram rule (the first at a.tl:5:1)`.
    pub fn describe(&self, dialect: Dialect, sources: &[SourceFile]) -> String {
        let count = self.of(dialect);
        let plural = if count == 1 { " agrees" } else { "s agree" };
        let first = match dialect {
            Dialect::Telegram => self.first_telegram,
            Dialect::Tdlib => self.first_tdlib,
        };
        let at = first
            .and_then(|origin| place(sources, origin))
            .map(|place| format!(" (the first at {place})"))
            .unwrap_or_default();
        let count = thousands(count);
        format!("{count} explicit id{plural} only with the {dialect} rule{at}")
    }
}

/// How many definitions without an explicit id the two rules give different ids: what
/// reading the schema with the wrong rule would change.
pub fn dependent_ids(definitions: &[Definition]) -> usize {
    let computed = definitions
        .iter()
        .filter(|d| d.id_source == IdSource::Computed);
    computed
        .filter(|d| compute_id(d, Dialect::Telegram) != compute_id(d, Dialect::Tdlib))
        .count()
}

/// More than a few explicit ids of a schema differ from the ids its rule computes, and
/// most of them are what the other rule computes: the schema was likely read with the
/// wrong rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdHint {
    /// The rule the schema was read with.
    pub dialect: Dialect,
    /// Explicit ids that differ from the ids `dialect` computes.
    pub differing: usize,
    /// How many of those the other rule computes.
    pub other_agrees: usize,
    /// The first of those.
    pub first: Origin,
}

impl IdHint {
    /// A warning at the first such definition's name:
    /// `474 explicit ids differ from the ids the tdlib rule computes, and 471 of them are
    /// what the telegram rule computes: is this a telegram schema (`--dialect telegram`)?`
    pub fn diagnostic(&self, schema: &Schema, spelling: Spelling) -> FileDiagnostic {
        let better = other(self.dialect);
        let message = format!(
            "{} explicit ids differ from the ids the {} rule computes, and {} of them are \
             what the {better} rule computes: is this a {better} schema ({})?",
            thousands(self.differing),
            self.dialect,
            thousands(self.other_agrees),
            spelling.option(better),
        );
        let start = self.first.span.start;
        let name_len = schema
            .definitions
            .iter()
            .find(|d| d.origin == self.first)
            .map_or(1, |d| d.name.to_string().len());
        FileDiagnostic {
            file: self.first.file,
            diagnostic: Diagnostic::warning(Span::new(start, start + name_len), message),
        }
    }
}

/// The hint for `schema` (read with `schema.dialect`), when more than a few explicit ids
/// differ from the computed ones and the other rule computes most of them.
pub fn id_hint(schema: &Schema) -> Option<IdHint> {
    let better = other(schema.dialect);
    let differing: Vec<&Definition> = schema
        .definitions
        .iter()
        .filter(|d| d.id_source == IdSource::Explicit && d.id != d.computed_id)
        .collect();
    let mut agreeing = differing
        .iter()
        .filter(|d| compute_id(d, better) == d.id)
        .map(|d| d.origin);
    let first = agreeing.next()?;
    let other_agrees = 1 + agreeing.count();
    (differing.len() > FEW && 2 * other_agrees > differing.len()).then_some(IdHint {
        dialect: schema.dialect,
        differing: differing.len(),
        other_agrees,
        first,
    })
}
