//! What goes where, before any token is built: the definitions, error enums and enums of
//! each top-level module, grouped by namespace, in output order. Rendering an [`Entry`]
//! builds its tokens; a [`Layout`] is rendered in pieces on several threads
//! ([`crate::emit::render::parallel`]).

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Category, DefId, QualName};

use crate::emit::error::EmitError;
use crate::emit::items::definition;
use crate::emit::items::docs::inner_doc_attrs;
use crate::emit::items::enums;
use crate::emit::items::error_enums;
use crate::emit::plan::context::Context;
use crate::emit::render::modules::{sibling_imports, ModuleTree};

/// One thing a module holds: a definition (by index, as in [`Context::def`]; the closure
/// emits them in that order), or the position of a boxed type in [`Layout::enum_order`].
#[derive(Debug, Clone, Copy)]
pub enum Entry {
    /// The struct and impls of a definition.
    Definition(DefId),
    /// The error enum of a method.
    ErrorEnum(DefId),
    /// The enum of the boxed type at this position of the enum order.
    Enum(usize),
}

/// Why rendering failed, and where in the order a sequential emission would have met the
/// failure first (definitions with their error enums, then enums, then the root, then
/// formatting file by file): the smallest key is the error reported.
#[derive(Debug)]
pub struct Failure {
    pub key: (u8, usize, usize),
    pub error: EmitError,
}

impl Failure {
    /// The failure a sequential emission meets first.
    pub fn first(a: Option<Failure>, b: Failure) -> Failure {
        match a {
            Some(a) if a.key <= b.key => a,
            _ => b,
        }
    }
}

/// The contents of a top-level module.
#[derive(Debug)]
pub enum Contents {
    /// Namespaces of entries.
    Tree(ModuleTree<Entry>),
    /// `registry.rs`: one generated module body, under the TL-JSON feature named here.
    Registry(String),
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
    /// Outer attributes of the module declaration: `registry` is only under the TL-JSON
    /// feature.
    pub fn attrs(&self) -> TokenStream {
        match &self.contents {
            Contents::Tree(_) => TokenStream::new(),
            Contents::Registry(feature) => quote!(#[cfg(feature = #feature)]),
        }
    }

    /// The opening of the module's file: inner docs and the sibling imports.
    pub fn head(&self) -> TokenStream {
        let mut head = inner_doc_attrs(&format!("The schema's {}.", self.what));
        head.extend(sibling_imports());
        head
    }
}

/// The top-level modules and what each holds.
#[derive(Debug)]
pub struct Layout<'c> {
    /// Boxed types in the order of their first constructor in the schema.
    pub enum_order: Vec<&'c QualName>,
    pub modules: Vec<TopModule>,
}

impl<'c> Layout<'c> {
    /// Places every definition, error enum and enum of the closure.
    pub fn new(ctx: &'c Context<'_>) -> Self {
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
            if error_enums::has_error_enum(ctx, def) {
                errors.insert(namespace, Entry::ErrorEnum(def));
            }
        }
        let enum_order = enum_order(ctx);
        let mut enums = ModuleTree::default();
        for (pos, ty) in enum_order.iter().enumerate() {
            enums.insert(&ty.namespace, Entry::Enum(pos));
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
        if !errors.is_empty() {
            let what = "documented errors of methods, one enum per method";
            modules.push(tree("errors", what, errors));
        }
        if let Some(feature) = ctx.json {
            modules.push(TopModule {
                name: "registry",
                what: "",
                contents: Contents::Registry(feature.to_owned()),
            });
        }
        Layout {
            enum_order,
            modules,
        }
    }

    /// The tokens of `entry`, or why they cannot be built (with the entry's place in the
    /// sequential order).
    pub fn render(&self, ctx: &Context<'_>, entry: Entry) -> Result<TokenStream, Failure> {
        let (key, result) = match entry {
            Entry::Definition(def) => (
                (0, def.position(), 0),
                definition::emit_definition(ctx, def),
            ),
            Entry::ErrorEnum(def) => (
                (0, def.position(), 1),
                error_enums::emit_error_enum(ctx, def),
            ),
            Entry::Enum(pos) => ((1, pos, 0), enums::emit_enum(ctx, self.enum_order[pos])),
        };
        result.map_err(|error| Failure { key, error })
    }

    /// [`Layout::render`], with a failure kept in `failure` (the first in the sequential
    /// order wins) and rendered as nothing, so the rest can still be rendered.
    pub fn render_or_keep(
        &self,
        ctx: &Context<'_>,
        entry: Entry,
        failure: &mut Option<Failure>,
    ) -> TokenStream {
        self.render(ctx, entry).unwrap_or_else(|e| {
            *failure = Some(Failure::first(failure.take(), e));
            TokenStream::new()
        })
    }
}

/// Boxed types in the order of their first constructor in the schema.
fn enum_order<'c>(ctx: &'c Context<'_>) -> Vec<&'c QualName> {
    let mut types: Vec<&QualName> = ctx.closure.types.iter().collect();
    types.sort_by_key(|ty| ctx.index.constructors_of(ty).first().copied());
    types
}
