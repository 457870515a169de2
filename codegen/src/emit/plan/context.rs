//! The plan of one emission, computed once before anything is written: the index, the
//! closure, the boxed fields, the customizations, the documentation overlay, and the plan
//! of every definition ([`DefPlan`]) and enum ([`EnumPlan`]) of the closure. Item writers
//! only read it.

use crate::model::{DefId, Definition, Dialect, QualName, Schema};

use crate::emit::error::EmitError;
use crate::emit::input::overlay::{DocsOverlay, KnownDocs};
use crate::emit::plan::closure::{self, Closure};
use crate::emit::plan::customize::Custom;
use crate::emit::plan::def_plan::{def_plan, DefPlan};
use crate::emit::plan::defaults;
use crate::emit::plan::enum_plan::EnumPlan;
use crate::emit::plan::fields::Inputs;
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::tl_name;
use crate::emit::plan::recursion;
use crate::emit::plan::views::Views;

use crate::emit::{EmitOptions, Gate, JsonConvention};

/// Cross-definition facts and the per-item plans, read by every writer.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub index: Index<'a>,
    pub closure: Closure,
    pub overlay: &'a DocsOverlay,
    /// The cargo feature TL-JSON is gated on; `None`: no serde code.
    pub json: Option<&'a str>,
    /// Whether structs and enums derive `PartialEq`.
    pub partial_eq: &'a Gate,
    /// Whether constructors convert back out of their enums.
    pub try_from: &'a Gate,
    /// The JSON the serde code speaks (the option, else the dialect's).
    pub convention: JsonConvention,
    /// The plan of each definition of the closure, by [`DefId::position`].
    defs: Vec<Option<DefPlan<'a>>>,
    /// The enum of each boxed type of the closure, in the order of each type's first
    /// constructor in the schema.
    pub enums: Vec<EnumPlan>,
    /// The borrowed views, and under which condition their module is compiled.
    pub views: Views,
    pub views_gate: &'a Gate,
}

impl<'a> Context<'a> {
    /// Plans the closure of the options' roots.
    pub fn new(schema: &'a Schema, options: &'a EmitOptions) -> Result<Self, EmitError> {
        let index = Index::new(schema);
        let custom = Custom::new(&options.customize)?;
        let roots = options.roots.as_deref();
        let closure = closure::compute_with(&index, roots, &custom.externs)?;
        let views = Views::compute(&index, &closure, &custom);
        let boxing = recursion::compute(&index, &closure);
        let keep_flag_bits = options
            .keep_flag_bits
            .unwrap_or(schema.dialect == Dialect::Tdlib);
        let convention = options
            .json_convention
            .unwrap_or_else(|| JsonConvention::for_dialect(schema.dialect));
        let inputs = Inputs {
            index: &index,
            boxing: &boxing,
            custom: &custom,
            keep_flag_bits,
            convention,
        };
        let mut defs: Vec<Option<DefPlan<'a>>> = vec![None; schema.definitions.len()];
        for &def in &closure.definitions {
            let definition = index.def(def);
            let errors = KnownDocs::new(&options.docs, &tl_name(&definition.name), definition);
            defs[def.position()] = Some(def_plan(&inputs, def, definition, errors.errors())?);
        }
        defaults::compute(&index, &mut defs);
        let mut types: Vec<&QualName> = closure.types.iter().collect();
        types.sort_by_key(|ty| index.constructors_of(ty).first().copied());
        let plan_of = |def: DefId| defs[def.position()].as_ref().expect("a closure member");
        let enums: Vec<EnumPlan> = types
            .iter()
            .map(|ty| EnumPlan::new(&index, ty, plan_of, custom.type_attrs(&tl_name(ty))))
            .collect();
        Ok(Context {
            index,
            closure,
            overlay: &options.docs,
            json: options.json.feature(),
            partial_eq: &options.partial_eq,
            try_from: &options.try_from,
            convention,
            defs,
            enums,
            views,
            views_gate: &options.borrowed,
        })
    }

    /// The definition at `def`.
    pub fn def(&self, def: DefId) -> &'a Definition {
        self.index.def(def)
    }

    /// The plan of definition `def`, which must be in the closure.
    pub fn plan(&self, def: DefId) -> &DefPlan<'a> {
        self.defs[def.position()]
            .as_ref()
            .expect("only definitions of the closure are written")
    }

    /// Known documentation of a definition.
    pub fn docs(&self, def: DefId) -> KnownDocs<'a> {
        let definition = self.def(def);
        KnownDocs::new(self.overlay, &tl_name(&definition.name), definition)
    }
}
