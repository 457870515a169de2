//! [`Index`]: every lookup the codec needs, built once from a [`Schema`]: definitions by id
//! and by name, the boxed types with their constructors, and the plan of each definition's
//! parameters (flag words, flag bits, shapes).
//!
//! When the schema has two definitions with the same id or name (TDLib's `telegram_api.tl`
//! reuses a few function ids), the first in source order wins, as in generated bindings.

use std::collections::HashMap;

use tl_codegen::model::{AnyKind, Category, Definition, ParamKind, Prim, QualName, Schema, Type};

use crate::shape::{self, Named, Names, Shape};

/// A boxed type: its TL name and its constructors (positions in `Index::defs`).
#[derive(Debug, Clone, Default)]
pub(crate) struct BoxedType {
    pub(crate) name: String,
    pub(crate) by_id: HashMap<u32, usize>,
    pub(crate) by_name: HashMap<String, usize>,
}

/// What a parameter is on the wire and in TL-JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A `#` word that conditional parameters refer to: computed, never in TL-JSON.
    FlagWord,
    /// Always present.
    Required,
    /// `name:word.bit?T`: present when the bit is set (`word`: the `#` parameter's index).
    Optional { word: usize, bit: u32 },
    /// `name:word.bit?true`: the bit itself, `true` in TL-JSON when set.
    Presence { word: usize, bit: u32 },
}

/// One parameter of a definition.
#[derive(Debug, Clone)]
pub(crate) struct ParamPlan {
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) shape: Shape,
}

/// Parameters sharing one flag bit: present together or absent together.
#[derive(Debug, Clone)]
pub(crate) struct SharedBit {
    /// `flags.2`.
    pub(crate) flag: String,
    /// Parameter indices, in declaration order.
    pub(crate) members: Vec<usize>,
}

/// One constructor or function, ready to be read or written.
#[derive(Debug, Clone)]
pub(crate) struct DefPlan {
    /// The TL name (`messages.exportChatInvite`).
    pub(crate) name: String,
    pub(crate) id: u32,
    pub(crate) function: bool,
    /// Whether it declares type variables (`{X:Type}`).
    pub(crate) generic: bool,
    pub(crate) params: Vec<ParamPlan>,
    /// The names of the parameters TL-JSON has (flag words left out), in order.
    pub(crate) fields: Vec<String>,
    pub(crate) shared: Vec<SharedBit>,
}

/// The lookups of one schema.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) defs: Vec<DefPlan>,
    pub(crate) types: Vec<BoxedType>,
    type_by_name: HashMap<String, usize>,
    constructor_by_id: HashMap<u32, usize>,
    function_by_id: HashMap<u32, usize>,
    constructor_by_name: HashMap<String, usize>,
    function_by_name: HashMap<String, usize>,
    /// The "any" types the schema declares (`object ? = Object;`, `function ? = Function;`).
    any: Vec<AnyKind>,
}

impl Index {
    /// The lookups and plans of `schema`.
    pub(crate) fn new(schema: &Schema) -> Index {
        let mut index = Index {
            any: schema
                .any_types()
                .iter()
                .filter_map(|(name, _)| shape::any_kind(name))
                .collect(),
            ..Index::default()
        };
        for (position, def) in schema.definitions.iter().enumerate() {
            index.declare(position, def);
        }
        let plans: Vec<DefPlan> = schema
            .definitions
            .iter()
            .map(|def| plan(def, &mut index))
            .collect();
        index.defs = plans;
        index
    }

    /// First pass: the definition's id and name, and its boxed type for a constructor.
    fn declare(&mut self, position: usize, def: &Definition) {
        let name = def.name.to_string();
        let (by_id, by_name) = match def.category {
            Category::Constructor => (&mut self.constructor_by_id, &mut self.constructor_by_name),
            Category::Function => (&mut self.function_by_id, &mut self.function_by_name),
        };
        by_id.entry(def.id).or_insert(position);
        by_name.entry(name.clone()).or_insert(position);
        if def.category == Category::Constructor {
            if let Some(head) = result_head(&def.ty) {
                let ty = self.boxed_type(head);
                let ty = &mut self.types[ty];
                ty.by_id.entry(def.id).or_insert(position);
                ty.by_name.entry(name).or_insert(position);
            }
        }
    }

    /// The constructor with this id (top-level decoding).
    pub(crate) fn constructor_by_id(&self, id: u32) -> Option<usize> {
        self.constructor_by_id.get(&id).copied()
    }

    /// The function with this id.
    pub(crate) fn function_by_id(&self, id: u32) -> Option<usize> {
        self.function_by_id.get(&id).copied()
    }

    /// The function named `name`, else the constructor: what `"_"` names at the top level.
    pub(crate) fn definition_by_name(&self, name: &str) -> Option<usize> {
        let function = self.function_by_name.get(name);
        function
            .or_else(|| self.constructor_by_name.get(name))
            .copied()
    }

    /// The member of the "any" type `kind` with this id (no type variables).
    pub(crate) fn any_by_id(&self, kind: AnyKind, id: u32) -> Option<usize> {
        let found = match kind {
            AnyKind::Object => self.constructor_by_id(id),
            AnyKind::Function => self.function_by_id(id),
        };
        found.filter(|&def| !self.defs[def].generic)
    }

    /// The member of the "any" type `kind` named `name` (no type variables).
    pub(crate) fn any_by_name(&self, kind: AnyKind, name: &str) -> Option<usize> {
        let found = match kind {
            AnyKind::Object => self.constructor_by_name.get(name),
            AnyKind::Function => self.function_by_name.get(name),
        };
        found.copied().filter(|&def| !self.defs[def].generic)
    }

    /// Resolves the text of `decode --type`.
    pub(crate) fn named(&self, text: &str) -> Result<Named, String> {
        let boxed_type = |name: &str| {
            let ty = *self.type_by_name.get(name)?;
            (!self.types[ty].by_id.is_empty()).then_some(ty)
        };
        let constructor = |name: &str| self.constructor_by_name.get(name).copied();
        let declares = |kind| self.any.contains(&kind);
        shape::named(text, &boxed_type, &constructor, &declares)
    }
}

impl Names for Index {
    fn boxed_type(&mut self, name: &QualName) -> usize {
        let text = name.to_string();
        if let Some(&ty) = self.type_by_name.get(&text) {
            return ty;
        }
        self.types.push(BoxedType {
            name: text.clone(),
            ..BoxedType::default()
        });
        self.type_by_name.insert(text, self.types.len() - 1);
        self.types.len() - 1
    }

    fn constructor(&self, name: &QualName) -> Option<usize> {
        self.constructor_by_name.get(&name.to_string()).copied()
    }

    fn sole_constructor(&self, name: &QualName) -> Option<usize> {
        let ty = &self.types[*self.type_by_name.get(&name.to_string())?];
        let mut constructors = ty.by_id.values();
        match (constructors.next(), constructors.next()) {
            (Some(&only), None) => Some(only),
            _ => None,
        }
    }

    fn declares_any(&self, kind: AnyKind) -> bool {
        self.any.contains(&kind)
    }
}

/// The boxed type a constructor builds (`InputPeer`; `IntHash` of `IntHash t`).
fn result_head(ty: &Type) -> Option<&QualName> {
    match ty {
        Type::Boxed(name) | Type::Builtin(name) | Type::Bare(name) => Some(name),
        Type::Apply { head, .. } => Some(head),
        _ => None,
    }
}

/// The plan of one definition's parameters.
fn plan(def: &Definition, names: &mut dyn Names) -> DefPlan {
    let mut params = Vec::with_capacity(def.params.len());
    for param in &def.params {
        let (role, shape) = match &param.kind {
            ParamKind::Nat { used_as_flags } => match used_as_flags {
                true => (Role::FlagWord, Shape::Nat),
                false => (Role::Required, Shape::Nat),
            },
            ParamKind::Field { ty, flag, .. } => {
                let role = match (flag, ty) {
                    (None, _) => Role::Required,
                    (Some(flag), Type::Prim(Prim::True)) => Role::Presence {
                        word: flag.field_index,
                        bit: flag.bit,
                    },
                    (Some(flag), _) => Role::Optional {
                        word: flag.field_index,
                        bit: flag.bit,
                    },
                };
                (role, shape::resolve(ty, names))
            }
        };
        params.push(ParamPlan {
            name: param.name.clone(),
            role,
            shape,
        });
    }
    DefPlan {
        name: def.name.to_string(),
        id: def.id,
        function: def.category == Category::Function,
        generic: !def.generics.is_empty(),
        fields: params
            .iter()
            .filter(|p| p.role != Role::FlagWord)
            .map(|p| p.name.clone())
            .collect(),
        shared: shared_bits(&params),
        params,
    }
}

/// The bits several parameters share, by flag word (in parameter order) then bit.
fn shared_bits(params: &[ParamPlan]) -> Vec<SharedBit> {
    let mut groups: Vec<(usize, u32, Vec<usize>)> = Vec::new();
    for (i, param) in params.iter().enumerate() {
        let (Role::Optional { word, bit } | Role::Presence { word, bit }) = param.role else {
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == word && g.1 == bit) {
            Some(group) => group.2.push(i),
            None => groups.push((word, bit, vec![i])),
        }
    }
    groups.sort_by_key(|g| (g.0, g.1));
    groups
        .into_iter()
        .filter(|g| g.2.len() > 1)
        .map(|(word, bit, members)| SharedBit {
            flag: format!("{}.{bit}", params[word].name),
            members,
        })
        .collect()
}
