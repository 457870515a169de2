//! Random values of any definition of a schema, as canonical TL bytes: what the property
//! tests of the dynamic codec (`tl_dynamic`) decode and encode again.
//!
//! The generator reads the schema model (`tl_codegen::model`) on its own, independently
//! of `tl_dynamic`, and writes bytes the way every encoder does (flag words holding only the
//! bits parameters use, strings in the short length form up to 253 bytes and zero padding,
//! valid UTF-8), so decoding them and encoding the result must give them back byte for
//! byte. Values are random in every part the wire lets vary: integers (extremes included),
//! doubles (any bit pattern: NaN payloads, infinities, `-0.0`, subnormals, unless
//! [`Sampler::finite_doubles`]), strings (quotes, escapes, non-ASCII, long forms), bytes,
//! flags, vector lengths, which constructor of a boxed type, which call a `!X` query holds.
//!
//! Nesting is bounded: past [`Sampler::max_depth`] levels, vectors are empty, flags clear,
//! and boxed values take a constructor of least height (see [`Heights`]), so every value is
//! finite. A definition no finite value exists for (none in real schemas) is reported by
//! [`Sampler::message`] as `None`.

use std::collections::HashMap;

use tl_codegen::model::{
    builtin_wire, AnyKind, BuiltinWire, Category, Definition, ParamKind, Prim, QualName, Schema,
    Type,
};

const BOOL_TRUE: u32 = 0x9972_75b5;
const BOOL_FALSE: u32 = 0xbc79_9737;
const VECTOR: u32 = 0x1cb5_c415;

/// A small, fast, seedable generator (splitmix64): tests need repeatable values, not
/// cryptographic ones.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability 1/`n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// How many levels each type needs at least: a constructor needs one more than its
/// deepest required parameter; vectors (which may be empty) and flagged parameters need
/// none. `None`: no finite value exists.
#[derive(Debug, Clone, Default)]
pub struct Heights {
    by_def: Vec<Option<u32>>,
}

impl Heights {
    /// The heights of every definition of `schema` (a fixed point).
    pub fn of(schema: &Schema, names: &Names) -> Self {
        let mut heights = Heights {
            by_def: vec![None; schema.definitions.len()],
        };
        loop {
            let mut changed = false;
            for (i, def) in schema.definitions.iter().enumerate() {
                let height = heights.definition(def, names);
                if height.is_some() && height < heights.by_def[i].or(Some(u32::MAX)) {
                    heights.by_def[i] = height;
                    changed = true;
                }
            }
            if !changed {
                return heights;
            }
        }
    }

    /// One more than the deepest required parameter.
    fn definition(&self, def: &Definition, names: &Names) -> Option<u32> {
        let mut deepest = 0;
        for param in &def.params {
            if let ParamKind::Field { ty, flag: None, .. } = &param.kind {
                deepest = deepest.max(self.of_type(ty, names)?);
            }
        }
        Some(deepest + 1)
    }

    /// The least height among `defs`.
    fn least(&self, defs: &[usize]) -> Option<u32> {
        defs.iter().filter_map(|&d| self.by_def[d]).min()
    }

    fn of_type(&self, ty: &Type, names: &Names) -> Option<u32> {
        match names.kind(ty) {
            Kind::Scalar(_) | Kind::Vector { .. } => Some(0),
            Kind::Array { elem, .. } => self.of_type(&elem, names),
            Kind::Boxed(defs) => self.least(&defs),
            Kind::Bare(def) => self.by_def[def],
            Kind::Unknown => None,
        }
    }
}

/// What a model type is, for the generator.
enum Kind {
    Scalar(Prim),
    Vector {
        boxed: bool,
        elem: Type,
    },
    Array {
        len: u32,
        elem: Type,
    },
    /// One of these definitions, boxed (with its id).
    Boxed(Vec<usize>),
    /// This constructor's fields.
    Bare(usize),
    Unknown,
}

/// The definitions of a schema by the names types use.
#[derive(Debug, Clone, Default)]
pub struct Names {
    types: HashMap<String, Vec<usize>>,
    constructors: HashMap<String, usize>,
    objects: Vec<usize>,
    calls: Vec<usize>,
    /// Every call and constructor: what a `!X` query may hold.
    everything: Vec<usize>,
    any: Vec<AnyKind>,
}

impl Names {
    /// The lookups of `schema` (the first of two definitions with one name wins).
    pub fn of(schema: &Schema) -> Self {
        let mut names = Names {
            any: schema
                .any_types()
                .iter()
                .filter_map(|(name, _)| match builtin_wire(name) {
                    Some(BuiltinWire::Any(kind)) => Some(kind),
                    _ => None,
                })
                .collect(),
            ..Names::default()
        };
        let mut seen_ids = std::collections::HashSet::new();
        for (i, def) in schema.definitions.iter().enumerate() {
            // Definitions reusing an id decode as the first one: never generate them.
            if !seen_ids.insert((def.category == Category::Function, def.id)) {
                continue;
            }
            names.everything.push(i);
            if def.category == Category::Function {
                if def.generics.is_empty() {
                    names.calls.push(i);
                }
                continue;
            }
            if def.generics.is_empty() {
                names.objects.push(i);
            }
            names.constructors.entry(def.name.to_string()).or_insert(i);
            if let Type::Boxed(ty) = &def.ty {
                names.types.entry(ty.to_string()).or_default().push(i);
            }
        }
        names
    }

    fn kind(&self, ty: &Type) -> Kind {
        let any = |kind: AnyKind| match kind {
            AnyKind::Object => Kind::Boxed(self.objects.clone()),
            AnyKind::Function => Kind::Boxed(self.calls.clone()),
        };
        match ty {
            Type::Prim(prim) => Kind::Scalar(*prim),
            Type::Nat => Kind::Scalar(Prim::Int),
            Type::Vector { boxed, elem } => Kind::Vector {
                boxed: *boxed,
                elem: (**elem).clone(),
            },
            Type::Array { len, elem } => Kind::Array {
                len: *len,
                elem: (**elem).clone(),
            },
            Type::Generic(_) => Kind::Boxed(self.everything.clone()),
            Type::Builtin(name) => match builtin_wire(name) {
                Some(BuiltinWire::Scalar(prim)) => Kind::Scalar(prim),
                Some(BuiltinWire::Any(kind)) => any(kind),
                None => Kind::Unknown,
            },
            Type::Boxed(name) => match builtin_wire(name) {
                Some(BuiltinWire::Any(kind)) if self.any.contains(&kind) => any(kind),
                _ => match self.types.get(&name.to_string()) {
                    Some(defs) => Kind::Boxed(defs.clone()),
                    None => Kind::Unknown,
                },
            },
            Type::Bare(name) => self.bare(name).map_or(Kind::Unknown, Kind::Bare),
            Type::Apply { .. } => Kind::Unknown,
        }
    }

    /// A bare constructor by name, or the only constructor of `%Type`.
    fn bare(&self, name: &QualName) -> Option<usize> {
        if !name.is_boxed() {
            return self.constructors.get(&name.to_string()).copied();
        }
        match self.types.get(&name.to_string())?.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }
}

/// Random canonical bytes of the definitions of one schema.
#[derive(Debug, Clone)]
pub struct Sampler<'s> {
    schema: &'s Schema,
    names: Names,
    heights: Heights,
    rng: Rng,
    max_depth: u32,
    finite_doubles: bool,
}

impl<'s> Sampler<'s> {
    /// A sampler of `schema`'s values, fixed by `seed`; nesting past 4 levels is cut.
    pub fn new(schema: &'s Schema, seed: u64) -> Self {
        let names = Names::of(schema);
        let heights = Heights::of(schema, &names);
        Sampler {
            schema,
            names,
            heights,
            rng: Rng::new(seed),
            max_depth: 4,
            finite_doubles: false,
        }
    }

    /// Past how many levels values take their shortest form.
    #[must_use]
    pub fn max_depth(mut self, depth: u32) -> Self {
        self.max_depth = depth;
        self
    }

    /// Only finite doubles (for comparing with encoders that cannot spell the others).
    #[must_use]
    pub fn finite_doubles(mut self, finite: bool) -> Self {
        self.finite_doubles = finite;
        self
    }

    /// Whether [`Sampler::message`] can make a value of the definition at `def` (false
    /// for definitions sharing an id with an earlier one, which decode as that one).
    pub fn can_sample(&self, def: usize) -> bool {
        self.names.everything.contains(&def) && self.heights.by_def[def].is_some()
    }

    /// The boxed bytes (id, then fields) of a random value of the definition at `def`.
    pub fn message(&mut self, def: usize) -> Option<Vec<u8>> {
        if !self.can_sample(def) {
            return None;
        }
        let mut out = Vec::new();
        self.boxed(def, 0, &mut out);
        Some(out)
    }

    fn boxed(&mut self, def: usize, depth: u32, out: &mut Vec<u8>) {
        put(out, self.schema.definitions[def].id);
        self.fields(def, depth + 1, out);
    }

    /// The parameters of `def`: flag words with random used bits, then what they guard.
    fn fields(&mut self, def: usize, depth: u32, out: &mut Vec<u8>) {
        let schema = self.schema;
        let params = &schema.definitions[def].params;
        let mut words = vec![0_u32; params.len()];
        for (i, param) in params.iter().enumerate() {
            match &param.kind {
                ParamKind::Nat {
                    used_as_flags: true,
                } => {
                    words[i] = self.flag_word(params, i, depth);
                    put(out, words[i]);
                }
                ParamKind::Nat { .. } => put(out, self.rng.next_u64() as u32),
                ParamKind::Field { ty, flag, .. } => {
                    let present = flag
                        .as_ref()
                        .is_none_or(|f| words[f.field_index] & (1 << f.bit) != 0);
                    if present {
                        self.value(ty, depth, out);
                    }
                }
            }
        }
    }

    /// A random set of the bits parameters use in the flag word at `word` (none past the
    /// depth limit).
    fn flag_word(&mut self, params: &[tl_codegen::model::Param], word: usize, depth: u32) -> u32 {
        let mut bits = 0;
        for param in params {
            if let ParamKind::Field { flag: Some(f), .. } = &param.kind {
                if f.field_index == word && depth <= self.max_depth && self.rng.one_in(2) {
                    bits |= 1 << f.bit;
                }
            }
        }
        bits
    }

    fn value(&mut self, ty: &Type, depth: u32, out: &mut Vec<u8>) {
        match self.names.kind(ty) {
            Kind::Scalar(prim) => self.scalar(prim, out),
            Kind::Vector { boxed, elem } => {
                if boxed {
                    put(out, VECTOR);
                }
                let count = if depth > self.max_depth {
                    0
                } else {
                    self.rng.below(4)
                };
                put(out, count as u32);
                for _ in 0..count {
                    self.value(&elem, depth, out);
                }
            }
            Kind::Array { len, elem } => {
                for _ in 0..len {
                    self.value(&elem, depth, out);
                }
            }
            Kind::Boxed(defs) => {
                let def = self.pick(&defs, depth);
                self.boxed(def, depth, out);
            }
            Kind::Bare(def) => self.fields(def, depth, out),
            Kind::Unknown => panic!("no value of `{ty}` can be generated"),
        }
    }

    /// A definition of `defs`: any that has a finite value, or past the depth limit one of
    /// least height.
    fn pick(&mut self, defs: &[usize], depth: u32) -> usize {
        let finite: Vec<usize> = defs
            .iter()
            .copied()
            .filter(|&d| self.heights.by_def[d].is_some())
            .collect();
        let choices = if depth > self.max_depth {
            let least = self.heights.least(&finite);
            finite
                .into_iter()
                .filter(|&d| self.heights.by_def[d] == least)
                .collect()
        } else {
            finite
        };
        choices[self.rng.below(choices.len())]
    }

    fn scalar(&mut self, prim: Prim, out: &mut Vec<u8>) {
        match prim {
            Prim::Int => put(out, self.integer() as u32),
            Prim::Long => {
                let value = (self.integer() << 32) ^ self.integer();
                out.extend_from_slice(&value.to_le_bytes());
            }
            Prim::Double => {
                let value = self.double();
                out.extend_from_slice(&value.to_le_bytes());
            }
            Prim::String => {
                let text = self.text();
                put_string(out, text.as_bytes());
            }
            Prim::Bytes => {
                let data = self.data();
                put_string(out, &data);
            }
            Prim::Int128 => self.raw(16, out),
            Prim::Int256 => self.raw(32, out),
            Prim::Int512 => self.raw(64, out),
            Prim::Bool => put(
                out,
                if self.rng.one_in(2) {
                    BOOL_TRUE
                } else {
                    BOOL_FALSE
                },
            ),
            Prim::True => {}
        }
    }

    /// 64 random bits, often small, sometimes an extreme.
    fn integer(&mut self) -> u64 {
        match self.rng.below(6) {
            0 => self.rng.below(256) as u64,
            1 => (-(self.rng.below(256) as i64)) as u64,
            2 => [0, u64::MAX, i64::MAX as u64, i64::MIN as u64][self.rng.below(4)],
            _ => self.rng.next_u64(),
        }
    }

    /// Any bit pattern (NaN payloads, infinities, subnormals, `-0.0`), or a finite value.
    fn double(&mut self) -> f64 {
        let special = [
            f64::NAN,
            -f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001),
            f64::from_bits(0xfff4_0000_dead_beef),
            f64::INFINITY,
            f64::NEG_INFINITY,
            -0.0,
            5e-324,
            0.1,
        ];
        loop {
            let value = match self.rng.below(4) {
                0 => special[self.rng.below(special.len())],
                1 => self.rng.below(1000) as f64 / 8.0,
                _ => f64::from_bits(self.rng.next_u64()),
            };
            if value.is_finite() || !self.finite_doubles {
                return value;
            }
        }
    }

    /// Valid UTF-8 with what JSON must escape, non-ASCII, and sometimes the long form.
    fn text(&mut self) -> String {
        const PIECES: [&str; 10] = ["a", "Z", "\"", "\\", "\n", "\u{1}", "é", "€", "😀", " "];
        let len = if self.rng.one_in(20) {
            254 + self.rng.below(40)
        } else {
            self.rng.below(12)
        };
        let mut text = String::new();
        while text.len() < len {
            text.push_str(PIECES[self.rng.below(PIECES.len())]);
        }
        text
    }

    /// Random bytes, sometimes long enough for the long length form.
    fn data(&mut self) -> Vec<u8> {
        let len = if self.rng.one_in(20) {
            254 + self.rng.below(40)
        } else {
            self.rng.below(12)
        };
        (0..len).map(|_| self.rng.next_u64() as u8).collect()
    }

    fn raw(&mut self, len: usize, out: &mut Vec<u8>) {
        out.extend((0..len).map(|_| self.rng.next_u64() as u8));
    }
}

/// A little-endian word.
fn put(out: &mut Vec<u8>, word: u32) {
    out.extend_from_slice(&word.to_le_bytes());
}

/// The canonical `string`/`bytes` form.
fn put_string(out: &mut Vec<u8>, data: &[u8]) {
    let header = if data.len() <= 253 {
        out.push(data.len() as u8);
        1
    } else {
        out.push(0xfe);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes()[..3]);
        4
    };
    out.extend_from_slice(data);
    out.resize(out.len() + (4 - (header + data.len()) % 4) % 4, 0);
}
