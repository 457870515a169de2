//! Minimal valid bytes for every constructor of a schema, worked out from the model:
//! numbers zero, strings and vectors empty, flag words 0 (so no conditional field), `Bool`
//! as `boolFalse`, a boxed field as the "smallest" constructor of its type (the first one,
//! in source order, that needs the fewest rounds of the fixpoint below to be buildable, so
//! recursive types end), `object` as the smallest constructor of the schema, `!X` as the
//! smallest function call.

use std::collections::{BTreeMap, HashMap};

use tl_codegen::model::{
    builtin_wire, BuiltinWire, Category, Definition, ParamKind, Prim, QualName, Schema, Type,
};

/// The id of `boolFalse#bc799737 = Bool;`.
const BOOL_FALSE: u32 = 0xbc79_9737;
/// The id of `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
const VECTOR: u32 = 0x1cb5_c415;

/// Which definitions can be built, and how early (the round of the fixpoint).
pub struct Synth<'a> {
    schema: &'a Schema,
    /// Constructors of each boxed type (with `Object`/`Function` as every one).
    members: BTreeMap<QualName, Vec<usize>>,
    by_name: HashMap<String, usize>,
    /// The round in which each buildable definition became buildable.
    rank: Vec<Option<usize>>,
}

impl<'a> Synth<'a> {
    pub fn new(schema: &'a Schema) -> Self {
        let mut members: BTreeMap<QualName, Vec<usize>> = BTreeMap::new();
        let mut by_name = HashMap::new();
        for (i, def) in schema.definitions.iter().enumerate() {
            by_name.entry(def.name.to_string()).or_insert(i);
            if let (Category::Constructor, Type::Boxed(ty)) = (def.category, &def.ty) {
                members.entry(ty.clone()).or_default().push(i);
            }
        }
        let any = schema.any_types().into_iter();
        members.extend(any.map(|(ty, ids)| (ty, ids.iter().map(|d| d.position()).collect())));
        let mut synth = Synth {
            schema,
            members,
            by_name,
            rank: vec![None; schema.definitions.len()],
        };
        synth.fixpoint();
        synth
    }

    /// Jacobi rounds: a definition is buildable in round `r` when every field it must
    /// write is buildable from what rounds before `r` found.
    fn fixpoint(&mut self) {
        for round in 0.. {
            let found: Vec<usize> = (0..self.rank.len())
                .filter(|&d| self.rank[d].is_none() && self.buildable(d))
                .collect();
            if found.is_empty() {
                return;
            }
            for d in found {
                self.rank[d] = Some(round);
            }
        }
    }

    fn def(&self, d: usize) -> &'a Definition {
        &self.schema.definitions[d]
    }

    fn buildable(&self, d: usize) -> bool {
        self.def(d).generics.is_empty() && self.written_types(d).all(|ty| self.can(ty))
    }

    /// The types of the fields a minimal value writes (no conditional field: flags are 0).
    fn written_types(&self, d: usize) -> impl Iterator<Item = &'a Type> {
        self.def(d).params.iter().filter_map(|p| match &p.kind {
            ParamKind::Field { ty, flag: None, .. } => Some(ty),
            _ => None,
        })
    }

    fn can(&self, ty: &Type) -> bool {
        match ty {
            Type::Prim(_) | Type::Nat | Type::Vector { .. } => true,
            Type::Boxed(name) => self.smallest(self.members_of(name)).is_some(),
            Type::Bare(name) => self.bare(name).is_some_and(|d| self.rank[d].is_some()),
            Type::Generic(_) => self.smallest_call().is_some(),
            Type::Builtin(name) => match builtin_wire(name) {
                Some(BuiltinWire::Scalar(_)) => true,
                Some(BuiltinWire::Any(kind)) => self.can(&Type::Boxed(kind.type_name())),
                None => false,
            },
            Type::Apply { .. } | Type::Array { .. } => false,
        }
    }

    fn members_of(&self, name: &QualName) -> &[usize] {
        self.members.get(name).map_or(&[], Vec::as_slice)
    }

    /// The buildable definition of the lowest rank, the first in source order on ties.
    fn smallest(&self, candidates: &[usize]) -> Option<usize> {
        let ranked = candidates.iter().filter_map(|&d| Some((self.rank[d]?, d)));
        ranked.min().map(|(_, d)| d)
    }

    /// The smallest call of a non-generic function, for `!X` fields.
    fn smallest_call(&self) -> Option<usize> {
        let calls: Vec<usize> = (0..self.rank.len())
            .filter(|&d| self.def(d).category == Category::Function)
            .filter(|&d| self.def(d).generics.is_empty())
            .collect();
        self.smallest(&calls)
    }

    /// The constructor a bare type stands for: by its name, or `%T` of a one-constructor `T`.
    fn bare(&self, name: &QualName) -> Option<usize> {
        if let Some(&d) = self.by_name.get(&name.to_string()) {
            if self.def(d).category == Category::Constructor {
                return Some(d);
            }
        }
        match self.members_of(name) {
            [only] => Some(*only),
            _ => None,
        }
    }

    /// The boxed bytes of a minimal value of constructor `d` (its id, then its fields),
    /// or `None` when the constructor cannot be built (e.g. `IntHash t` arguments).
    pub fn boxed(&self, d: usize) -> Option<Vec<u8>> {
        self.rank[d]?;
        let mut out = self.def(d).id.to_le_bytes().to_vec();
        self.fields(d, &mut out);
        Some(out)
    }

    fn fields(&self, d: usize, out: &mut Vec<u8>) {
        for param in &self.def(d).params {
            match &param.kind {
                ParamKind::Nat { .. } => out.extend([0; 4]),
                ParamKind::Field { flag: Some(_), .. } => {}
                ParamKind::Field { ty, .. } => self.value(ty, out),
            }
        }
    }

    fn value(&self, ty: &Type, out: &mut Vec<u8>) {
        match ty {
            Type::Prim(prim) => prim_value(*prim, out),
            Type::Nat => out.extend([0; 4]),
            Type::Vector { boxed, .. } => {
                if *boxed {
                    out.extend(VECTOR.to_le_bytes());
                }
                out.extend([0; 4]);
            }
            Type::Boxed(name) => self.boxed_value(self.smallest(self.members_of(name)), out),
            Type::Bare(name) => self.fields(self.bare(name).expect("buildable"), out),
            Type::Generic(_) => self.boxed_value(self.smallest_call(), out),
            Type::Builtin(name) => match builtin_wire(name).expect("buildable") {
                BuiltinWire::Scalar(prim) => prim_value(prim, out),
                BuiltinWire::Any(kind) => self.value(&Type::Boxed(kind.type_name()), out),
            },
            Type::Apply { .. } | Type::Array { .. } => unreachable!("not buildable"),
        }
    }

    fn boxed_value(&self, d: Option<usize>, out: &mut Vec<u8>) {
        let d = d.expect("buildable");
        out.extend(self.def(d).id.to_le_bytes());
        self.fields(d, out);
    }
}

fn prim_value(prim: Prim, out: &mut Vec<u8>) {
    let zeros = match prim {
        Prim::Bool => return out.extend(BOOL_FALSE.to_le_bytes()),
        Prim::True => 0,
        Prim::Int | Prim::String | Prim::Bytes => 4,
        Prim::Long | Prim::Double => 8,
        Prim::Int128 => 16,
        Prim::Int256 => 32,
        Prim::Int512 => 64,
    };
    out.extend(std::iter::repeat_n(0, zeros));
}
