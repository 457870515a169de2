//! Everything the item writers need about one boxed type's enum, decided once: its name,
//! path and variants (each with the constructor's id, payload and whether it is a unit).

use crate::model::{Category, DefId, QualName};

use crate::emit::plan::def_plan::DefPlan;
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::tl_name;
use crate::emit::plan::rust_type::struct_path;

/// One enum's plan.
#[derive(Debug, Clone)]
pub struct EnumPlan {
    pub ty: QualName,
    /// The dotted TL name: `messages.ExportedChatInvite`.
    pub tl: String,
    /// The enum's final name: `ExportedChatInvite`.
    pub name: String,
    /// Its path from any generated module: `enums::messages::ExportedChatInvite`.
    pub path: String,
    /// One per constructor, in schema order.
    pub variants: Vec<VariantPlan>,
    /// The attributes [`crate::emit::Customize`] gives the enum.
    pub custom_attrs: Vec<String>,
}

/// A constructor as a variant.
#[derive(Debug, Clone)]
pub struct VariantPlan {
    /// `Channel`.
    pub name: String,
    /// The constructor's TL name and id.
    pub tl: String,
    pub id: u32,
    /// What the variant holds: `types::InputPeerChannel`, or for a call of `Function`
    /// `tl_runtime::BoxedCall<functions::Ping>` (its struct without the id).
    pub payload: String,
    /// The struct's path (for docs): `types::InputPeerChannel`.
    pub struct_path: String,
    /// Field-less constructors are unit variants.
    pub unit: bool,
    /// A constructor's struct, which `TryFrom` can give back (not a call of `Function`,
    /// held as `BoxedCall<F>`, which a unit variant cannot rebuild).
    pub constructor: bool,
}

impl EnumPlan {
    /// Plans the enum of boxed type `ty`; `defs` gives the plan of each constructor.
    pub fn new<'p, 'd: 'p>(
        index: &Index<'_>,
        ty: &QualName,
        def_plan: impl Fn(DefId) -> &'p DefPlan<'d>,
        custom_attrs: Vec<String>,
    ) -> EnumPlan {
        let variants = index
            .constructors_of(ty)
            .iter()
            .map(|&def| {
                let plan = def_plan(def);
                VariantPlan {
                    name: index.variant_name(ty, def).to_owned(),
                    tl: plan.tl.clone(),
                    id: plan.def.id,
                    payload: struct_path(index, def),
                    struct_path: plan.path.clone(),
                    unit: plan.is_unit(),
                    constructor: plan.def.category == Category::Constructor,
                }
            })
            .collect();
        EnumPlan {
            ty: ty.clone(),
            tl: tl_name(ty),
            name: index.enum_name(ty),
            path: index.enum_path(ty),
            variants,
            custom_attrs,
        }
    }
}
