//! Flag words and the bits that parameters share, per definition.
//!
//! A `#` parameter that later conditionals refer to (`flags`, `flags2`, `mode`) is a flag
//! word: generated code computes it from the optional fields and never exposes it. Several
//! parameters may be conditional on the same bit (`offset_date:flags.2?int
//! offset_link:flags.2?string`); they form a group that must be set together, which
//! `check()` enforces and the field docs spell out.

use crate::model::{Definition, ParamKind};

/// The flag words of one definition, in parameter order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlagPlan {
    /// One entry per `#` parameter used as flags.
    pub words: Vec<FlagWord>,
}

/// A `#` parameter used as flags, with the bits conditional fields use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagWord {
    /// Index of the `#` parameter.
    pub param: usize,
    /// Its TL name (`flags`, `flags2`).
    pub name: String,
    /// The bits in use, in increasing bit order.
    pub bits: Vec<BitGroup>,
}

/// The parameters conditional on one bit of one flag word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BitGroup {
    pub bit: u32,
    /// Parameter indices, in declaration order.
    pub members: Vec<usize>,
}

impl BitGroup {
    /// Whether several parameters share this bit.
    pub fn is_shared(&self) -> bool {
        self.members.len() > 1
    }
}

impl FlagPlan {
    /// Groups the conditional parameters of `def` by flag word and bit.
    pub fn of(def: &Definition) -> FlagPlan {
        let mut words: Vec<FlagWord> = Vec::new();
        for (i, param) in def.params.iter().enumerate() {
            if let ParamKind::Nat {
                used_as_flags: true,
            } = param.kind
            {
                words.push(FlagWord {
                    param: i,
                    name: param.name.clone(),
                    bits: Vec::new(),
                });
            }
        }
        for (i, param) in def.params.iter().enumerate() {
            let ParamKind::Field {
                flag: Some(flag), ..
            } = &param.kind
            else {
                continue;
            };
            let Some(word) = words.iter_mut().find(|w| w.param == flag.field_index) else {
                continue;
            };
            match word.bits.iter_mut().find(|g| g.bit == flag.bit) {
                Some(group) => group.members.push(i),
                None => word.bits.push(BitGroup {
                    bit: flag.bit,
                    members: vec![i],
                }),
            }
        }
        for word in &mut words {
            word.bits.sort_by_key(|g| g.bit);
        }
        FlagPlan { words }
    }

    /// The group parameter `param` belongs to, with its flag word.
    pub fn group_of(&self, param: usize) -> Option<(&FlagWord, &BitGroup)> {
        self.words.iter().find_map(|word| {
            let group = word.bits.iter().find(|g| g.members.contains(&param))?;
            Some((word, group))
        })
    }

    /// The groups with more than one member, with their flag word.
    pub fn shared_groups(&self) -> impl Iterator<Item = (&FlagWord, &BitGroup)> {
        self.words
            .iter()
            .flat_map(|word| word.bits.iter().map(move |group| (word, group)))
            .filter(|(_, group)| group.is_shared())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::testing::{constructor, flags, optional};
    use crate::model::{Prim, Type};

    fn cond(name: &str, word: (&str, usize), bit: u32, prim: Prim) -> crate::model::Param {
        optional(name, word, bit, Type::Prim(prim))
    }

    #[test]
    fn bits_are_grouped_per_word_and_shared_bits_found() {
        let d = constructor(
            "x",
            vec![
                flags("flags"),
                cond("bot", ("flags", 0), 14, Prim::True),
                cond("a", ("flags", 0), 2, Prim::Int),
                flags("flags2"),
                cond("b", ("flags2", 3), 0, Prim::Bool),
                cond("version", ("flags", 0), 14, Prim::Int),
            ],
            "X",
        );
        let plan = FlagPlan::of(&d);
        assert_eq!(plan.words.len(), 2);
        assert_eq!(plan.words[0].name, "flags");
        let bits: Vec<(u32, Vec<usize>)> = plan.words[0]
            .bits
            .iter()
            .map(|g| (g.bit, g.members.clone()))
            .collect();
        assert_eq!(bits, [(2, vec![2]), (14, vec![1, 5])]);
        assert_eq!(
            plan.words[1].bits,
            [BitGroup {
                bit: 0,
                members: vec![4]
            }]
        );
        let shared: Vec<(&str, u32)> = plan
            .shared_groups()
            .map(|(w, g)| (w.name.as_str(), g.bit))
            .collect();
        assert_eq!(shared, [("flags", 14)]);
        let (word, group) = plan.group_of(4).unwrap();
        assert_eq!((word.name.as_str(), group.bit), ("flags2", 0));
        assert!(plan.group_of(3).is_none());
    }
}
