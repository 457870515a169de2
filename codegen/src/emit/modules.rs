//! Namespaces as nested modules: `messages.exportChatInvite` goes to `functions::messages`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::inner_doc_attrs;
use super::naming::{ident, module_name};

/// Items grouped by module path, in insertion order within a module.
#[derive(Debug, Default)]
pub struct ModuleTree {
    items: Vec<TokenStream>,
    /// Child modules by TL namespace segment (kept for docs).
    children: BTreeMap<String, ModuleTree>,
}

impl ModuleTree {
    /// Adds `item` to the module of `namespace` (TL segments).
    pub fn insert(&mut self, namespace: &[String], item: TokenStream) {
        let mut module = self;
        for segment in namespace {
            module = module.children.entry(segment.clone()).or_default();
        }
        module.items.push(item);
    }

    /// The module's items then its child modules:
    ///
    /// ```ignore
    /// pub struct InputPeerChannel { .. }
    /// pub mod messages {
    ///     //! The `messages` namespace: constructors, one struct each.
    ///     use super::{enums, functions, tl_runtime, types};
    ///     pub struct ExportedChatInvites { .. }
    /// }
    /// ```
    pub fn emit_contents(&self, what: &str, path: &str) -> TokenStream {
        let items = &self.items;
        let children = self.children.iter().map(|(segment, child)| {
            let name = module_name(segment);
            let child_path = format!("{path}.{segment}");
            let child_path = child_path.trim_start_matches('.');
            let docs = inner_doc_attrs(&format!("The `{child_path}` namespace: {what}."));
            let contents = child.emit_contents(what, child_path);
            let name = ident(&name);
            let imports = sibling_imports();
            quote!(pub mod #name { #docs #imports #contents })
        });
        quote!(#(#items)* #(#children)*)
    }
}

/// The imports that open every generated module below the root:
///
/// ```ignore
/// #[allow(unused_imports)]
/// use super::{enums, functions, tl_runtime, types};
/// ```
///
/// Generated items name each other `types::X`, `enums::messages::Y` and the runtime
/// `tl_runtime::Z`; each module gets these names from its parent (the root module declares
/// the three modules and imports the runtime), so the generated code never says `crate::`
/// and works wherever its root module is placed.
pub fn sibling_imports() -> TokenStream {
    quote! {
        #[allow(unused_imports)]
        use super::{enums, functions, tl_runtime, types};
    }
}
