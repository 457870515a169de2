//! Everything the item emitters share, computed once per emission: the index, the
//! closure, the boxed fields, the flag plans and the documentation overlay.

use std::collections::BTreeMap;

use crate::model::{DefId, Definition, Schema};

use crate::emit::error::EmitError;
use crate::emit::input::overlay::{DocsOverlay, KnownDocs};
use crate::emit::plan::closure::{self, Closure};
use crate::emit::plan::customize::Custom;
use crate::emit::plan::flags::FlagPlan;
use crate::emit::plan::index::Index;
use crate::emit::plan::recursion::{self, Boxing};
use crate::emit::EmitOptions;

/// Cross-definition facts, read by every `emit_*` function.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub index: Index<'a>,
    pub closure: Closure,
    pub boxing: Boxing,
    pub flags: BTreeMap<DefId, FlagPlan>,
    pub overlay: &'a DocsOverlay,
    /// The cargo feature TL-JSON is gated on; `None`: no serde code.
    pub json: Option<&'a str>,
    /// The customizations, checked ([`crate::emit::Customize`]).
    pub custom: Custom,
}

impl<'a> Context<'a> {
    /// Computes the closure of the options' roots and the facts about it.
    pub fn new(schema: &'a Schema, options: &'a EmitOptions) -> Result<Self, EmitError> {
        let index = Index::new(schema);
        let custom = Custom::new(&options.customize)?;
        let roots = options.roots.as_deref();
        let closure = closure::compute_with(&index, roots, &custom.externs)?;
        let boxing = recursion::compute(&index, &closure);
        let flags = closure
            .definitions
            .iter()
            .map(|&d| (d, FlagPlan::of(index.def(d))))
            .collect();
        Ok(Context {
            index,
            closure,
            boxing,
            flags,
            overlay: &options.docs,
            json: options.json.feature(),
            custom,
        })
    }

    /// The definition at `def`.
    pub fn def(&self, def: DefId) -> &'a Definition {
        self.index.def(def)
    }

    /// The flag plan of an emitted definition.
    pub fn flags(&self, def: DefId) -> &FlagPlan {
        &self.flags[&def]
    }

    /// Known documentation of a definition.
    pub fn docs(&self, def: DefId) -> KnownDocs<'a> {
        let definition = self.def(def);
        KnownDocs::new(
            self.overlay,
            &crate::emit::plan::naming::tl_name(&definition.name),
            definition,
        )
    }
}
