//! [`DefId`]: which definition of a [`Schema`] a plan entry is about.

use crate::model::{Definition, Schema};

/// The position of a definition in [`Schema::definitions`], as a type of its own: the plan of
/// an emission (names, closure, boxed fields, flag words) is keyed by it, so an index into
/// another list cannot be mistaken for one.
///
/// Obtained from the schema ([`Schema::ids`]) or from the emitter's lookups, never built
/// from a number outside this crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DefId(u32);

impl DefId {
    /// The id of `definitions[position]`.
    pub(crate) fn new(position: usize) -> DefId {
        DefId(u32::try_from(position).expect("fewer than 2^32 definitions"))
    }

    /// The position in [`Schema::definitions`].
    pub fn position(self) -> usize {
        self.0 as usize
    }
}

impl Schema {
    /// The definition `id` stands for.
    ///
    /// # Panics
    ///
    /// If `id` comes from another schema with more definitions.
    pub fn definition(&self, id: DefId) -> &Definition {
        &self.definitions[id.position()]
    }

    /// Every definition with its id, in source order.
    pub fn ids(&self) -> impl ExactSizeIterator<Item = (DefId, &Definition)> + '_ {
        self.definitions
            .iter()
            .enumerate()
            .map(|(position, def)| (DefId::new(position), def))
    }
}
