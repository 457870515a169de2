//! The parameters of a constructor or function, as serde's derive reads a struct with
//! `deny_unknown_fields`: keys in any order, each at most once; an unknown one, a missing
//! required one, a value of the wrong type are errors naming the field. A clear optional
//! parameter may be left out or `null`, a `?true` one left out or `false`. The bytes are
//! then written in the schema's order, flag words computed from what is present.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::value::{OptionSeed, ValueSeed};
use super::{unknown_field, Ctx};
use crate::index::{DefPlan, Role};
use crate::wire::put_u32;
use crate::Error;

/// Reads the fields of the definition at `def` and writes its bare bytes (no id).
pub(crate) struct ObjectSeed<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) def: usize,
}

/// What a parameter was given as.
#[derive(Debug, Clone, Default)]
enum Slot {
    /// Not in the object.
    #[default]
    Missing,
    /// A value, or for an optional parameter `null` (`None`); `?true`: its bit as `Some`
    /// of nothing when `true`.
    Given(Option<Vec<u8>>),
}

impl Slot {
    /// Whether the parameter is present on the wire (its bit set).
    fn present(&self) -> bool {
        matches!(self, Slot::Given(Some(_)))
    }
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_, '_> {
    type Value = Vec<u8>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_, '_> {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object for {}", self.plan().name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<u8>, A::Error> {
        let number = self.ctx.start_object();
        let plan = self.plan();
        let mut slots = vec![Slot::Missing; plan.params.len()];
        while let Some(param) = map.next_key_seed(FieldKey { plan })? {
            let param_plan = &plan.params[param];
            if let Slot::Given(_) = slots[param] {
                return Err(de::Error::custom(format_args!(
                    "duplicate field `{}`",
                    param_plan.name
                )));
            }
            let ctx = self.ctx;
            let value = ctx.within(param_plan.name.clone(), || match param_plan.role {
                Role::Presence { .. } => {
                    let set: bool = map.next_value()?;
                    Ok(set.then(Vec::new))
                }
                Role::Optional { .. } => map.next_value_seed(OptionSeed {
                    ctx,
                    shape: &param_plan.shape,
                }),
                Role::Required | Role::FlagWord => map
                    .next_value_seed(ValueSeed {
                        ctx,
                        shape: &param_plan.shape,
                    })
                    .map(Some),
            })?;
            slots[param] = Slot::Given(value);
        }
        if let Some(missing) = plan.params.iter().zip(&slots).find_map(|(p, slot)| {
            let required = p.role == Role::Required;
            (required && matches!(slot, Slot::Missing)).then_some(&p.name)
        }) {
            return Err(de::Error::custom(format_args!("missing field `{missing}`")));
        }
        self.check_shared_bits(number, &slots);
        Ok(write(plan, slots))
    }
}

impl ObjectSeed<'_, '_> {
    fn plan(&self) -> &DefPlan {
        &self.ctx.index.defs[self.def]
    }

    /// Parameters sharing a bit must be present together, as generated bindings check
    /// (the first member against each other one); a mismatch is kept for the end.
    fn check_shared_bits(&self, number: usize, slots: &[Slot]) {
        let plan = self.plan();
        for group in &plan.shared {
            let Some((&first, others)) = group.members.split_first() else {
                continue;
            };
            for &other in others {
                let (a, b) = (slots[first].present(), slots[other].present());
                if a == b {
                    continue;
                }
                let (set, unset) = if a { (first, other) } else { (other, first) };
                let set = plan.params[set].name.clone();
                let error = Error::FlagGroup {
                    path: self.ctx.path_to(&set),
                    ty: plan.name.clone(),
                    flag: group.flag.clone(),
                    set,
                    unset: plan.params[unset].name.clone(),
                };
                self.ctx.mismatch(number, error);
                return;
            }
        }
    }
}

/// The parameters' bytes in the schema's order, each flag word computed from the
/// parameters that are present.
fn write(plan: &DefPlan, slots: Vec<Slot>) -> Vec<u8> {
    let mut words = vec![0_u32; plan.params.len()];
    for (param, slot) in plan.params.iter().zip(&slots) {
        if let Role::Optional { word, bit } | Role::Presence { word, bit } = param.role {
            if slot.present() {
                words[word] |= 1 << bit;
            }
        }
    }
    let mut out = Vec::new();
    for ((i, param), slot) in plan.params.iter().enumerate().zip(slots) {
        match (param.role, slot) {
            (Role::FlagWord, _) => put_u32(&mut out, words[i]),
            (Role::Presence { .. }, _) => {}
            (_, Slot::Given(Some(bytes))) => out.extend(bytes),
            (_, _) => {}
        }
    }
    out
}

/// A key of the object: the index of the parameter it names, or an unknown-field error
/// (raised while the key is read, so the error's path ends with it).
struct FieldKey<'a> {
    plan: &'a DefPlan,
}

impl<'de> DeserializeSeed<'de> for FieldKey<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldKey<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        let found = self
            .plan
            .params
            .iter()
            .position(|p| p.name == key && p.role != Role::FlagWord);
        found.ok_or_else(|| unknown_field(key, &self.plan.fields))
    }
}
