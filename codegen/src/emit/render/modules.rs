//! Namespaces as nested modules: `messages.exportChatInvite` goes to `functions::messages`.
//! Namespaces whose module names are equal (`Foo`, `foo`) share one module, documented
//! under every spelling (the first one inserted first); the names of their items are
//! told apart by [`crate::emit::plan::names`].

use std::collections::{BTreeMap, HashMap};

use crate::emit::code::Code;
use crate::emit::plan::naming::module_name;

/// Items grouped by module path, in insertion order within a module. The items are
/// whatever is written later ([`crate::emit::render::layout::Entry`]), so a tree can be
/// written in pieces, on several threads.
#[derive(Debug)]
pub struct ModuleTree<T> {
    items: Vec<T>,
    /// Child modules by TL namespace segment (kept for docs): the first segment inserted
    /// of those with one module name.
    children: BTreeMap<String, ModuleTree<T>>,
    /// The key in `children` of each child's module name.
    by_module: HashMap<String, String>,
    /// The other TL segments sharing this module, in insertion order (for docs).
    aliases: Vec<String>,
}

impl<T> Default for ModuleTree<T> {
    fn default() -> Self {
        ModuleTree {
            items: Vec::new(),
            children: BTreeMap::new(),
            by_module: HashMap::new(),
            aliases: Vec::new(),
        }
    }
}

impl<T> ModuleTree<T> {
    /// Whether no item was inserted.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.children.values().all(ModuleTree::is_empty)
    }

    /// Adds `item` to the module of `namespace` (TL segments).
    pub fn insert(&mut self, namespace: &[String], item: T) {
        let mut module = self;
        for segment in namespace {
            module = module.child(segment);
        }
        module.items.push(item);
    }

    /// The child module of TL segment `segment`, shared with the segments of the same
    /// module name, created if none is yet.
    fn child(&mut self, segment: &str) -> &mut ModuleTree<T> {
        let key = self
            .by_module
            .entry(module_name(segment))
            .or_insert_with(|| segment.to_owned());
        let child = self.children.entry(key.clone()).or_default();
        if key != segment && !child.aliases.iter().any(|a| a == segment) {
            child.aliases.push(segment.to_owned());
        }
        child
    }

    /// The module's own items (not those of its children).
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The child modules, by TL namespace segment, in output order.
    pub fn children(&self) -> impl Iterator<Item = (&String, &ModuleTree<T>)> {
        self.children.iter()
    }

    /// How many items the module and its children hold.
    pub fn len(&self) -> usize {
        self.items.len() + self.children.values().map(ModuleTree::len).sum::<usize>()
    }

    /// The module's items then its child modules, each item written by `write`:
    ///
    /// ```ignore
    /// pub struct InputPeerChannel { .. }
    /// pub mod messages {
    ///     //! The `messages` namespace: constructors, one struct each.
    ///     use super::tl_runtime::{..};
    ///     use super::{enums, functions, types};
    ///     pub struct ExportedChatInvites { .. }
    /// }
    /// ```
    pub fn write_contents(
        &self,
        code: &mut Code,
        what: &str,
        path: &str,
        has_errors: bool,
        write: &mut dyn FnMut(&mut Code, &T),
    ) {
        for item in &self.items {
            write(code, item);
        }
        for (segment, child) in &self.children {
            child.write_module(code, segment, what, path, has_errors, write);
        }
    }

    /// The child module `segment` (this tree) of the module at `path`:
    /// `pub mod messages { //! docs  use super::..; items }`.
    pub fn write_module(
        &self,
        code: &mut Code,
        segment: &str,
        what: &str,
        path: &str,
        has_errors: bool,
        write: &mut dyn FnMut(&mut Code, &T),
    ) {
        let child_path = format!("{path}.{segment}");
        let child_path = child_path.trim_start_matches('.');
        let also: String = self.aliases.iter().map(|a| format!(", `{a}`")).collect();
        let plural = if also.is_empty() { "" } else { "s" };
        code.open(&format!("pub mod {}", module_name(segment)));
        code.inner_docs(&format!(
            "The `{child_path}`{also} namespace{plural}: {what}."
        ));
        sibling_imports(code, has_errors);
        self.write_contents(code, what, child_path, has_errors, write);
        code.close();
    }
}

/// The imports that open every generated module below the root:
///
/// ```ignore
/// #[allow(unused_imports)]
/// use super::tl_runtime::{
///     self, ok, Decode, DecodeError, Encode, Identifiable, Output, ReadArgs, Reader, RemoteCall,
/// };
/// #[allow(unused_imports)]
/// use super::{enums, errors, functions, types};
/// ```
///
/// Generated items name each other `types::X`, `enums::messages::Y`, `errors::Z` and the
/// runtime `tl_runtime::W`; each module gets these names from its parent (the root module
/// declares the modules and imports the runtime), so the generated code never says `crate::`
/// and works wherever its root module is placed. (`errors` only when there is such a module.)
pub fn sibling_imports(code: &mut Code, has_errors: bool) {
    code.line("#[allow(unused_imports)]");
    code.use_list(
        "super::tl_runtime",
        &[
            "self",
            "ok",
            "Decode",
            "DecodeError",
            "Encode",
            "Identifiable",
            "Output",
            "ReadArgs",
            "Reader",
            "RemoteCall",
        ],
    );
    code.line("#[allow(unused_imports)]");
    if has_errors {
        code.use_list("super", &["enums", "errors", "functions", "types"]);
    } else {
        code.use_list("super", &["enums", "functions", "types"]);
    }
}
