//! The rules that turn clues and id votes into a dialect (see the [module docs](super)).

use crate::model::Dialect;

use super::clues::{Clue, Strength};
use super::votes::IdVotes;
use super::{other, Detection};

/// What a detected dialect rests on, from the firmest ground to none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// Explicit ids that only this dialect's rule computes (at least two, and four times
    /// as many as agree only with the other rule).
    Ids,
    /// Lines only this dialect's files contain (built-ins, `// LAYER`, the vector id),
    /// and none only the other's contain.
    Strong,
    /// More habits of this dialect than of the other (documentation comments, the share
    /// of explicit ids, TDLib types used undeclared): a guess.
    Weak,
    /// Nothing tells: the default, Telegram's rule. A guess.
    Nothing,
}

/// The dialect the text alone points to, and how firmly ([`Basis::Strong`] or
/// [`Basis::Weak`]); `None` when it does not tell.
pub(super) fn text_verdict(clues: &[Clue]) -> Option<(Dialect, Basis)> {
    let count = |dialect: Dialect, strength: Strength| {
        let matching = clues.iter().filter(|c| c.favors() == dialect);
        matching.filter(|c| c.strength() == strength).count()
    };
    let strong = |dialect| count(dialect, Strength::Strong) > 0;
    match (strong(Dialect::Telegram), strong(Dialect::Tdlib)) {
        (true, false) => return Some((Dialect::Telegram, Basis::Strong)),
        (false, true) => return Some((Dialect::Tdlib, Basis::Strong)),
        _ => {}
    }
    let weak_telegram = count(Dialect::Telegram, Strength::Weak);
    let weak_tdlib = count(Dialect::Tdlib, Strength::Weak);
    match weak_telegram.cmp(&weak_tdlib) {
        std::cmp::Ordering::Greater => Some((Dialect::Telegram, Basis::Weak)),
        std::cmp::Ordering::Less => Some((Dialect::Tdlib, Basis::Weak)),
        std::cmp::Ordering::Equal => None,
    }
}

/// The detected dialect: the explicit ids when they decide, else the text, else Telegram.
/// When the ids decide against strong clues of the other dialect (and no strong clue of
/// their own), the first such clue is the conflict.
pub(super) fn decide(clues: Vec<Clue>, votes: IdVotes, dependent_ids: usize) -> Detection {
    let text = text_verdict(&clues);
    let (dialect, basis, conflict) = match (votes.decisive(), text) {
        (Some(dialect), text) => {
            let against = text == Some((other(dialect), Basis::Strong));
            let conflict = against
                .then(|| {
                    let strong = clues.iter().filter(|c| c.strength() == Strength::Strong);
                    strong.into_iter().find(|c| c.favors() != dialect).cloned()
                })
                .flatten();
            (dialect, Basis::Ids, conflict)
        }
        (None, Some((dialect, basis))) => (dialect, basis, None),
        (None, None) => (Dialect::Telegram, Basis::Nothing, None),
    };
    Detection {
        dialect,
        basis,
        clues,
        votes,
        dependent_ids,
        conflict,
    }
}
