//! Finding definitions that share a name or an id.
//!
//! Real schemas have both (TDLib's telegram_api.tl gives its `invokeWith...Prefix`
//! pseudo-functions the ids of real functions), so loading only warns. Whether a
//! duplicate is fatal depends on what is generated from it, which is the emitter's
//! business: it calls these helpers on the definitions it generates.

use std::collections::HashMap;
use std::hash::Hash;

use super::types::Definition;

/// Groups of two or more definitions with the same name and category, as
/// positions in `defs`, ordered by first occurrence.
pub fn duplicate_names<'a>(defs: impl IntoIterator<Item = &'a Definition>) -> Vec<Vec<usize>> {
    groups(defs.into_iter().map(|d| (d.category, d.name.clone())))
}

/// Groups of two or more definitions with the same wire id (whatever their
/// category), as positions in `defs`, ordered by first occurrence.
pub fn duplicate_ids<'a>(defs: impl IntoIterator<Item = &'a Definition>) -> Vec<Vec<usize>> {
    groups(defs.into_iter().map(|d| d.id))
}

fn groups<K: Hash + Eq>(keys: impl Iterator<Item = K>) -> Vec<Vec<usize>> {
    let mut slot: HashMap<K, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (position, key) in keys.enumerate() {
        let index = *slot.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[index].push(position);
    }
    groups.retain(|g| g.len() > 1);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_first_occurrence_order() {
        let keys = ["b", "a", "b", "c", "a", "b"];
        assert_eq!(groups(keys.into_iter()), vec![vec![0, 2, 5], vec![1, 4]]);
        assert!(groups(["x", "y"].into_iter()).is_empty());
    }
}
