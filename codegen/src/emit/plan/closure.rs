//! What gets generated: the roots and everything they reference, transitively.
//!
//! - a function root brings its parameter types and its result type;
//! - a constructor root brings its boxed type (so the type's enum exists) and its parameters;
//! - a boxed type brings all of its constructors;
//! - a bare type (`vector<future_salt>`) brings only that constructor's struct;
//! - `object`/`Object` and `function`/`Function` (declared built-ins) are boxed types whose
//!   constructors are every constructor / every function
//!   ([`crate::model::Schema::any_types`]);
//! - a function's result type that no constructor builds brings nothing;
//! - an extern type ([`Customize::extern_paths`](crate::emit::Customize::extern_paths))
//!   brings nothing: neither its enum nor its constructors' structs. A constructor of an
//!   extern type is emitted only when something else needs its struct: a bare use, a
//!   root naming it, or `Object`'s variants. Without roots, the constructors of extern
//!   types are not roots.
//!
//! Nothing else is emitted: with the invite-link roots, `auth.sendCode` stays out.
//!
//! A root that names no definition stops emission ([`EmitError::UnknownRoot`]); front ends
//! check the roots first with [`unknown_roots`], which finds the nearest declared names
//! and the place of each root read from a roots file, and [`render_unknown_roots`].

use std::collections::BTreeSet;
use std::fmt;

use crate::diag::{did_you_mean, nearest_names, Diagnostic, Report};
use crate::model::{Category, DefId, ParamKind, QualName, Schema, SourceFile, Type};
use crate::span::Span;

use crate::emit::error::EmitError;
use crate::emit::plan::customize::Externs;
use crate::emit::plan::index::Index;
use crate::emit::plan::naming::tl_name;
use crate::emit::plan::rust_type::wire_type;

/// The definitions (by index into `Schema::definitions`) and boxed types to emit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Closure {
    /// Constructors and functions whose structs are emitted.
    pub definitions: BTreeSet<DefId>,
    /// Boxed types whose enums are emitted.
    pub types: BTreeSet<QualName>,
}

impl Closure {
    /// Whether the definition named `name` (dotted TL spelling) is emitted.
    pub fn contains_definition(&self, index: &Index<'_>, name: &str) -> bool {
        index
            .find(name)
            .is_some_and(|i| self.definitions.contains(&i))
    }
}

/// The closure of `roots` (dotted TL names); `None` takes every definition as a root.
pub fn compute(index: &Index<'_>, roots: Option<&[String]>) -> Result<Closure, EmitError> {
    compute_with(index, roots, &Externs::default())
}

/// [`compute`], leaving out the extern types.
pub(crate) fn compute_with(
    index: &Index<'_>,
    roots: Option<&[String]>,
    externs: &Externs,
) -> Result<Closure, EmitError> {
    let mut walk = Walk {
        index,
        externs,
        closure: Closure::default(),
        pending: Vec::new(),
    };
    match roots {
        Some(roots) => {
            for root in roots {
                let found = index.find(root);
                let def = found.ok_or_else(|| EmitError::UnknownRoot { name: root.clone() })?;
                walk.add_root(def);
            }
        }
        None => {
            let extern_constructor = |def: &crate::model::Definition| match &def.ty {
                Type::Boxed(ty) => def.category == Category::Constructor && externs.contains(ty),
                _ => false,
            };
            let ids = index.schema.ids();
            let ids = ids.filter(|(_, def)| externs.is_empty() || !extern_constructor(def));
            ids.for_each(|(def, _)| walk.add_root(def));
        }
    }
    walk.run()?;
    Ok(walk.closure)
}

/// A root that names no definition of the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRoot {
    /// The name as given.
    pub name: String,
    /// The declared names nearest to it, best first (see [`nearest_names`]).
    pub suggestions: Vec<String>,
    /// Where it was read: the index of the roots file (in the `roots_files` given to
    /// [`unknown_roots`]) and the span of the name in it; `None` for a root given directly.
    pub location: Option<(usize, Span)>,
}

impl fmt::Display for UnknownRoot {
    /// `root `getMee` is not declared; did you mean `getMe`?`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "root `{}` is not declared", self.name)?;
        let names: Vec<&str> = self.suggestions.iter().map(String::as_str).collect();
        match did_you_mean(&names) {
            Some(hint) => write!(f, "; {hint}"),
            None => Ok(()),
        }
    }
}

/// The roots that name no definition of `schema`, each once, in the order of `roots`,
/// with the nearest declared names. A root that is a line of one of `roots_files` (one
/// TL name a line, `#` comments) is located there, at its first occurrence.
pub fn unknown_roots(
    schema: &Schema,
    roots: &[String],
    roots_files: &[SourceFile],
) -> Vec<UnknownRoot> {
    let declared: BTreeSet<String> = schema
        .definitions
        .iter()
        .map(|d| tl_name(&d.name))
        .collect();
    let mut seen = BTreeSet::new();
    let unknown = roots
        .iter()
        .filter(|root| !declared.contains(root.as_str()));
    unknown
        .filter(|root| seen.insert(root.as_str()))
        .map(|root| UnknownRoot {
            name: root.clone(),
            suggestions: nearest_names(root, declared.iter().map(String::as_str))
                .into_iter()
                .map(str::to_owned)
                .collect(),
            location: locate_root(root, roots_files),
        })
        .collect()
}

/// The first line of `roots_files` that names `root`: the file's index and the name's span.
fn locate_root(root: &str, roots_files: &[SourceFile]) -> Option<(usize, Span)> {
    roots_files.iter().enumerate().find_map(|(file, source)| {
        let mut offset = 0;
        for line in source.text.split_inclusive('\n') {
            let code = line.split('#').next().unwrap_or("");
            let name = code.trim();
            if name == root {
                let start = offset + (code.len() - code.trim_start().len());
                return Some((file, Span::new(start, start + name.len())));
            }
            offset += line.len();
        }
        None
    })
}

/// `unknown` as `codegen check` prints diagnostics: a located root as a block of its roots
/// file (`roots.txt:3:1: error: root ...`, the line, a caret), any other root as one line,
/// `prefix` and the message (`error: ` on a command line, empty where the reporter says
/// `Error: ` itself). Every line ends with a newline.
pub fn render_unknown_roots(
    unknown: &[UnknownRoot],
    roots_files: &[SourceFile],
    prefix: &str,
) -> String {
    let mut out = String::new();
    for root in unknown.iter().filter(|root| root.location.is_none()) {
        out.push_str(&format!("{prefix}{root}\n"));
    }
    let located: Vec<(usize, Diagnostic)> = unknown
        .iter()
        .filter_map(|root| {
            let (file, span) = root.location?;
            Some((file, Diagnostic::error(span, root.to_string())))
        })
        .collect();
    let files = roots_files
        .iter()
        .map(|f| (f.name.as_str(), f.text.as_str()));
    out.push_str(&Report::new(files).render(located.iter().map(|(file, d)| (*file, d))));
    out
}

/// Worklist state of [`compute`].
struct Walk<'i, 'a> {
    index: &'i Index<'a>,
    externs: &'i Externs,
    closure: Closure,
    /// Definitions added but whose parameters are not visited yet.
    pending: Vec<DefId>,
}

impl Walk<'_, '_> {
    fn add_root(&mut self, def: DefId) {
        let definition = self.index.def(def);
        match (&definition.category, &definition.ty) {
            (Category::Constructor, Type::Boxed(ty)) if !self.externs.contains(ty) => {
                self.add_type(ty.clone())
            }
            _ => self.add_definition(def),
        }
    }

    fn add_definition(&mut self, def: DefId) {
        if self.closure.definitions.insert(def) {
            self.pending.push(def);
        }
    }

    fn add_type(&mut self, ty: QualName) {
        if self.closure.types.contains(&ty) {
            return;
        }
        for &def in self.index.constructors_of(&ty) {
            self.add_definition(def);
        }
        self.closure.types.insert(ty);
    }

    fn run(&mut self) -> Result<(), EmitError> {
        while let Some(def) = self.pending.pop() {
            let definition = self.index.def(def);
            let used_by = tl_name(&definition.name);
            for param in &definition.params {
                if let ParamKind::Field { ty, .. } = &param.kind {
                    self.visit(ty, &used_by)?;
                }
            }
            if definition.category == Category::Function {
                self.visit_result(&definition.ty, &used_by)?;
            }
        }
        Ok(())
    }

    /// A function's result: like a field's type, except that a boxed type no constructor
    /// builds (gotd's `http_wait ... = HttpWait`) brings nothing: the answer is
    /// `tl_runtime::NoConstructor` (see [`crate::emit::plan::rust_type`]).
    fn visit_result(&mut self, ty: &Type, used_by: &str) -> Result<(), EmitError> {
        match wire_type(ty).as_ref() {
            Type::Boxed(name) if self.index.constructors_of(name).is_empty() => Ok(()),
            ty => self.visit(ty, used_by),
        }
    }

    fn visit(&mut self, ty: &Type, used_by: &str) -> Result<(), EmitError> {
        match wire_type(ty).as_ref() {
            Type::Prim(_) | Type::Nat | Type::Generic(_) | Type::Builtin(_) => Ok(()),
            Type::Vector { elem, .. } | Type::Array { elem, .. } => self.visit(elem, used_by),
            Type::Apply { args, .. } => args.iter().try_for_each(|arg| self.visit(arg, used_by)),
            Type::Boxed(name) if self.externs.contains(name) => Ok(()),
            Type::Boxed(name) => {
                if self.index.constructors_of(name).is_empty() {
                    return Err(unknown(name, used_by));
                }
                self.add_type(name.clone());
                Ok(())
            }
            Type::Bare(name) => {
                let def = self
                    .index
                    .resolve_bare(name)
                    .ok_or_else(|| unknown(name, used_by))?;
                self.add_definition(def);
                Ok(())
            }
        }
    }
}

fn unknown(name: &QualName, used_by: &str) -> EmitError {
    EmitError::UnknownType {
        name: tl_name(name),
        used_by: used_by.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::testing::*;

    fn names(index: &Index<'_>, closure: &Closure) -> Vec<String> {
        closure
            .definitions
            .iter()
            .map(|&d| tl_name(&index.def(d).name))
            .collect()
    }

    fn sample() -> crate::model::Schema {
        schema(vec![
            constructor("peerEmpty", vec![], "Peer"),
            constructor("peerUser", vec![field("user", boxed("User"))], "Peer"),
            constructor("user", vec![field("id", int())], "User"),
            constructor("salt", vec![field("value", int())], "Salt"),
            constructor("salts", vec![field("list", vector(bare("salt")))], "Salts"),
            constructor("unrelated", vec![], "Unrelated"),
            function("getPeer", vec![field("id", int())], boxed("Peer")),
            function("getSalts", vec![], boxed("Salts")),
            function("getUsers", vec![], vector(boxed("User"))),
        ])
    }

    #[test]
    fn a_function_brings_its_result_type_and_all_its_constructors() {
        let schema = sample();
        let index = Index::new(&schema);
        let closure = compute(&index, Some(&["getPeer".to_owned()])).unwrap();
        assert_eq!(
            names(&index, &closure),
            ["peerEmpty", "peerUser", "user", "getPeer"]
        );
        assert_eq!(
            closure.types.iter().map(tl_name).collect::<Vec<_>>(),
            ["Peer", "User"]
        );
    }

    #[test]
    fn a_bare_use_brings_the_struct_but_not_the_enum() {
        let schema = sample();
        let index = Index::new(&schema);
        let closure = compute(&index, Some(&["getSalts".to_owned()])).unwrap();
        assert_eq!(names(&index, &closure), ["salt", "salts", "getSalts"]);
        assert_eq!(
            closure.types.iter().map(tl_name).collect::<Vec<_>>(),
            ["Salts"]
        );
    }

    #[test]
    fn a_constructor_root_brings_its_type() {
        let schema = sample();
        let index = Index::new(&schema);
        let closure = compute(&index, Some(&["peerEmpty".to_owned()])).unwrap();
        assert_eq!(names(&index, &closure), ["peerEmpty", "peerUser", "user"]);
        assert!(closure.contains_definition(&index, "user"));
        assert!(!closure.contains_definition(&index, "unrelated"));
        let results = compute(&index, Some(&["getUsers".to_owned()])).unwrap();
        assert_eq!(names(&index, &results), ["user", "getUsers"]);
    }

    #[test]
    fn no_roots_means_everything() {
        let schema = sample();
        let index = Index::new(&schema);
        let closure = compute(&index, None).unwrap();
        assert_eq!(closure.definitions.len(), schema.definitions.len());
        assert_eq!(closure.types.len(), 5);
    }

    #[test]
    fn unknown_roots_and_types_are_errors() {
        let schema = sample();
        let index = Index::new(&schema);
        let err = compute(&index, Some(&["getPeeer".to_owned()])).unwrap_err();
        assert_eq!(
            err,
            EmitError::UnknownRoot {
                name: "getPeeer".into()
            }
        );
        let broken = schema_with_dangling_type();
        let index = Index::new(&broken);
        let err = compute(&index, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "type `Missing` used by `holder` has no constructor to emit"
        );
    }

    #[test]
    fn a_result_no_constructor_builds_brings_nothing() {
        let schema = schema(vec![function("httpWait", vec![], boxed("HttpWait"))]);
        let index = Index::new(&schema);
        let closure = compute(&index, None).unwrap();
        assert_eq!(names(&index, &closure), ["httpWait"]);
        assert!(closure.types.is_empty());
    }

    #[test]
    fn object_brings_every_constructor() {
        let mut schema = sample();
        let object = crate::model::load(
            &[crate::model::SourceFile::new("o.tl", "object ? = Object;")],
            crate::model::Dialect::Tdlib,
        );
        schema.builtins = object.schema.builtins;
        let holder = field("value", Type::Builtin(qual("object")));
        schema
            .definitions
            .push(function("wrap", vec![holder], int()));
        let index = Index::new(&schema);
        let closure = compute(&index, Some(&["wrap".to_owned()])).unwrap();
        assert!(closure.types.contains(&qual("Object")));
        assert!(closure.contains_definition(&index, "unrelated"));
        assert!(!closure.contains_definition(&index, "getPeer"));
    }

    #[test]
    fn unknown_roots_get_the_nearest_names_and_their_line() {
        let schema = sample();
        let roots_file = SourceFile::new("roots.txt", "# roots\ngetPeer\n  getSalt  # typo\nzzz\n");
        let roots: Vec<String> = ["getpeer", "getPeer", "getSalt", "zzz", "getSalt"]
            .map(String::from)
            .to_vec();
        let unknown = unknown_roots(&schema, &roots, std::slice::from_ref(&roots_file));
        let shown: Vec<String> = unknown.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "root `getpeer` is not declared; did you mean `getPeer`?",
                "root `getSalt` is not declared; did you mean `getSalts`?",
                "root `zzz` is not declared",
            ]
        );
        assert_eq!(unknown[0].location, None);
        assert_eq!(unknown[1].location, Some((0, Span::new(18, 25))));
        let expected = "\
error: root `getpeer` is not declared; did you mean `getPeer`?
roots.txt:3:3: error: root `getSalt` is not declared; did you mean `getSalts`?
    3 |   getSalt  # typo
      |   ^^^^^^^
roots.txt:4:1: error: root `zzz` is not declared
    4 | zzz
      | ^^^
";
        assert_eq!(
            render_unknown_roots(&unknown, &[roots_file], "error: "),
            expected
        );
    }

    fn schema_with_dangling_type() -> crate::model::Schema {
        schema(vec![constructor(
            "holder",
            vec![field("x", boxed("Missing"))],
            "Holder",
        )])
    }
}
