//! What goes where, before anything is written: the definitions, error enums and enums of
//! each top-level module, grouped by namespace, in output order. A [`Layout`] is written in
//! pieces on several threads ([`crate::emit::render::parallel`]).

use crate::model::{Category, DefId};

use crate::emit::code::Code;
use crate::emit::items::{definition, enums, error_enums};
use crate::emit::plan::context::Context;
use crate::emit::render::modules::ModuleTree;
use crate::emit::{Gate, JsonConvention};

/// One thing a module holds: a definition (by index, as in [`Context::def`]; the closure
/// emits them in that order), or the position of a boxed type in [`Layout::enum_order`].
#[derive(Debug, Clone, Copy)]
pub enum Entry {
    /// The struct and impls of a definition.
    Definition(DefId),
    /// The error enum of a method.
    ErrorEnum(DefId),
    /// The enum at this position of [`Context::enums`].
    Enum(usize),
}

/// The contents of a top-level module.
#[derive(Debug)]
pub enum Contents {
    /// Namespaces of entries.
    Tree(ModuleTree<Entry>),
    /// `registry.rs`: one generated module body, under the TL-JSON feature named here.
    Registry(String),
    /// `borrowed.rs`: the borrowed views, one generated module body, under this feature
    /// (`None`: always).
    Views(Option<String>),
}

/// A top-level module: `types`, `enums`, `functions`, `errors` or `registry`.
#[derive(Debug)]
pub struct TopModule {
    pub name: &'static str,
    /// How its items are described in docs: `constructors, one struct each`.
    pub what: &'static str,
    pub contents: Contents,
}

impl TopModule {
    /// The outer attribute of the module declaration: `registry` is only under the TL-JSON
    /// feature.
    pub fn cfg(&self) -> Option<String> {
        match &self.contents {
            Contents::Tree(_) | Contents::Views(None) => None,
            Contents::Registry(feature) | Contents::Views(Some(feature)) => {
                Some(format!("#[cfg(feature = \"{feature}\")]"))
            }
        }
    }
}

/// The top-level modules and what each holds.
#[derive(Debug)]
pub struct Layout {
    pub modules: Vec<TopModule>,
    /// Whether a module `errors` exists (every module then imports it).
    pub has_errors: bool,
}

impl Layout {
    /// Places every definition, error enum and enum of the closure.
    pub fn new(ctx: &Context<'_>) -> Self {
        let mut types = ModuleTree::default();
        let mut functions = ModuleTree::default();
        let mut errors = ModuleTree::default();
        for &def in &ctx.closure.definitions {
            let definition = ctx.def(def);
            let namespace = &definition.name.namespace;
            match definition.category {
                Category::Constructor => types.insert(namespace, Entry::Definition(def)),
                Category::Function => functions.insert(namespace, Entry::Definition(def)),
            }
            if ctx.plan(def).error_enum.is_some() {
                errors.insert(namespace, Entry::ErrorEnum(def));
            }
        }
        let mut enums = ModuleTree::default();
        for (pos, plan) in ctx.enums.iter().enumerate() {
            enums.insert(&plan.ty.namespace, Entry::Enum(pos));
        }
        let tree = |name, what, tree| TopModule {
            name,
            what,
            contents: Contents::Tree(tree),
        };
        let mut modules = vec![
            tree("types", "constructors, one struct each", types),
            tree("enums", "boxed types, one enum each", enums),
            tree("functions", "methods, one struct each", functions),
        ];
        let has_errors = !errors.is_empty();
        if has_errors {
            let what = "documented errors of methods, one enum per method";
            modules.push(tree("errors", what, errors));
        }
        // TDLib speaks no TL bytes to its clients: no bytes <-> JSON registry in its JSON.
        let registry = ctx
            .json
            .filter(|_| ctx.convention == JsonConvention::TlJson);
        if let Some(feature) = registry {
            modules.push(TopModule {
                name: "registry",
                what: "",
                contents: Contents::Registry(feature.to_owned()),
            });
        }
        let views = match ctx.views_gate {
            _ if ctx.views.is_empty() => None,
            Gate::Off => None,
            Gate::On => Some(None),
            Gate::Feature(feature) => Some(Some(feature.clone())),
        };
        if let Some(feature) = views {
            modules.push(TopModule {
                name: "borrowed",
                what: "",
                contents: Contents::Views(feature),
            });
        }
        Layout {
            modules,
            has_errors,
        }
    }
}

/// Writes `entry`.
pub fn write_entry(code: &mut Code, ctx: &Context<'_>, entry: Entry) {
    match entry {
        Entry::Definition(def) => definition::write_definition(code, ctx, ctx.plan(def)),
        Entry::ErrorEnum(def) => error_enums::write_error_enum(code, ctx.plan(def)),
        Entry::Enum(pos) => enums::write_enum(code, ctx, &ctx.enums[pos]),
    }
}
