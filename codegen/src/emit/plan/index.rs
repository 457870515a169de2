//! Lookup tables over a [`Schema`]: definitions by TL name, constructors by boxed type,
//! and the final Rust name of everything (the naming plan).
//!
//! Built once per emission; every cross-definition question the emitter asks
//! (closure, recursion, bare types, names and paths) goes through these tables.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Category, DefId, Definition, QualName, Schema, Type};

use crate::emit::plan::names::{path, Names};
use crate::emit::plan::naming::tl_name;

/// Definitions by name and constructors by the boxed type they build.
#[derive(Debug)]
pub struct Index<'a> {
    /// The schema the indices point into.
    pub schema: &'a Schema,
    by_name: HashMap<String, DefId>,
    constructors: BTreeMap<QualName, Vec<DefId>>,
    names: Names,
}

impl<'a> Index<'a> {
    /// Indexes and names `schema`. When two definitions share a TL name, the first one
    /// wins here (their Rust names differ: see [`crate::emit::plan::naming`]).
    pub fn new(schema: &'a Schema) -> Self {
        let mut by_name = HashMap::new();
        let mut constructors: BTreeMap<QualName, Vec<DefId>> = BTreeMap::new();
        for (i, def) in schema.ids() {
            by_name.entry(tl_name(&def.name)).or_insert(i);
            if def.category == Category::Constructor {
                if let Type::Boxed(ty) = &def.ty {
                    constructors.entry(ty.clone()).or_default().push(i);
                }
            }
        }
        // `Object` / `Function` (when declared as built-ins): every constructor / function.
        constructors.extend(schema.any_types());
        let names = Names::new(schema, &constructors);
        Index {
            schema,
            by_name,
            constructors,
            names,
        }
    }

    /// The final name of the struct of definition `def`: `ExportChatInvite`.
    pub fn item_name(&self, def: DefId) -> &str {
        self.names.item(def)
    }

    /// The path of the struct of definition `def`: `types::InputPeerChannel`,
    /// `functions::messages::ExportChatInvite`.
    pub fn item_path(&self, def: DefId) -> String {
        let definition = self.def(def);
        let root = match definition.category {
            Category::Constructor => "types",
            Category::Function => "functions",
        };
        path(root, &definition.name.namespace, self.item_name(def))
    }

    /// The final name of the enum of boxed type `ty`: `InputPeer`.
    pub fn enum_name(&self, ty: &QualName) -> String {
        self.names.enum_name(ty)
    }

    /// The path of the enum of boxed type `ty`: `enums::messages::ExportedChatInvite`.
    pub fn enum_path(&self, ty: &QualName) -> String {
        path("enums", &ty.namespace, &self.enum_name(ty))
    }

    /// The variant of definition `def` in the enum of `ty`: `Channel`.
    pub fn variant_name(&self, ty: &QualName, def: DefId) -> &str {
        self.names.variant(ty, def)
    }

    /// The definition `def` stands for.
    pub fn def(&self, def: DefId) -> &'a Definition {
        self.schema.definition(def)
    }

    /// The definition named `name` (dotted TL spelling).
    pub fn find(&self, name: &str) -> Option<DefId> {
        self.by_name.get(name).copied()
    }

    /// The constructors of a boxed type, in source order (empty when none is declared).
    pub fn constructors_of(&self, ty: &QualName) -> &[DefId] {
        self.constructors.get(ty).map_or(&[], Vec::as_slice)
    }

    /// Every boxed type that has at least one constructor, in name order.
    pub fn boxed_types(&self) -> impl Iterator<Item = &QualName> {
        self.constructors.keys()
    }

    /// The constructor a bare type stands for: `future_salt` names a constructor;
    /// `%Message` names a boxed type with exactly one constructor.
    pub fn resolve_bare(&self, name: &QualName) -> Option<DefId> {
        if let Some(i) = self.find(&tl_name(name)) {
            if self.def(i).category == Category::Constructor {
                return Some(i);
            }
        }
        match self.constructors_of(name) {
            [only] => Some(*only),
            _ => None,
        }
    }
}
