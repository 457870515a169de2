//! The naming plan: the final Rust name of every struct, enum and enum variant of a
//! schema, computed once by the rules of [`crate::emit::plan::naming`] (clashes included) and read by
//! every emitter, so a renamed item is named alike wherever it is used or referenced.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Category, DefId, QualName, Schema};

use crate::emit::plan::naming::{
    camel_suffix, disambiguate, module_path, type_name, variant_names, TAKEN_ITEMS,
};

/// Final names, by definition index (as in `Schema::definitions`) and by boxed type.
#[derive(Debug, Default)]
pub struct Names {
    /// The struct of each definition (in `types` or `functions`).
    items: Vec<String>,
    /// The variant of each member of each boxed type's enum (a constructor in its own
    /// type's enum, and in `Object`'s when the schema declares one).
    variants: HashMap<QualName, HashMap<DefId, String>>,
    /// The enum of each boxed type that has constructors.
    enums: HashMap<QualName, String>,
}

impl Names {
    /// Names every definition of `schema` and every boxed type of `constructors` (the
    /// constructors of each type, in schema order).
    pub fn new(schema: &Schema, constructors: &BTreeMap<QualName, Vec<DefId>>) -> Self {
        let definitions = &schema.definitions;
        let items = scoped(definitions.iter().map(|d| {
            let root = match d.category {
                Category::Constructor => "types",
                Category::Function => "functions",
            };
            ((root, module_path(&d.name.namespace)), type_name(&d.name))
        }));
        let mut types: Vec<(&QualName, &Vec<DefId>)> = constructors.iter().collect();
        types.sort_by_key(|(_, defs)| defs.first().copied());
        let enum_names = scoped(
            types
                .iter()
                .map(|(ty, _)| (module_path(&ty.namespace), type_name(ty))),
        );
        let variants = types.iter().map(|&(ty, defs)| {
            let names: Vec<&QualName> = defs.iter().map(|&d| &schema.definition(d).name).collect();
            let named = defs.iter().copied().zip(variant_names(ty, &names));
            (ty.clone(), named.collect())
        });
        let enums = types.iter().map(|(ty, _)| (*ty).clone()).zip(enum_names);
        Names {
            items,
            variants: variants.collect(),
            enums: enums.collect(),
        }
    }

    /// The struct of definition `def`: `ExportChatInvite`.
    pub fn item(&self, def: DefId) -> &str {
        &self.items[def.position()]
    }

    /// The variant of definition `def` in the enum of `ty`: `Channel` (empty when `def`
    /// is no member of `ty`).
    pub fn variant(&self, ty: &QualName, def: DefId) -> &str {
        let name = self
            .variants
            .get(ty)
            .and_then(|variants| variants.get(&def));
        name.map_or("", String::as_str)
    }

    /// The enum of boxed type `ty`: `InputPeer`. A type without constructors (which is
    /// never emitted) gets its base name.
    pub fn enum_name(&self, ty: &QualName) -> String {
        self.enums.get(ty).cloned().unwrap_or_else(|| type_name(ty))
    }
}

/// [`disambiguate`] within each scope, [`TAKEN_ITEMS`] first, keeping the order of
/// `entries`.
fn scoped<K: Ord>(entries: impl Iterator<Item = (K, String)>) -> Vec<String> {
    let mut scopes: BTreeMap<K, Vec<(usize, String)>> = BTreeMap::new();
    let mut len = 0;
    for (position, (scope, name)) in entries.enumerate() {
        scopes.entry(scope).or_default().push((position, name));
        len = position + 1;
    }
    let mut names = vec![String::new(); len];
    for entries in scopes.into_values() {
        let (positions, bases): (Vec<usize>, Vec<String>) = entries.into_iter().unzip();
        let mut all: Vec<String> = TAKEN_ITEMS.iter().map(|&n| n.to_owned()).collect();
        all.extend(bases);
        let named = disambiguate(all, camel_suffix)
            .into_iter()
            .skip(TAKEN_ITEMS.len());
        for (position, name) in positions.into_iter().zip(named) {
            names[position] = name;
        }
    }
    names
}

/// `<root>::<namespace modules>::<name>`, resolved through the imports every generated
/// module opens with (`modules::sibling_imports`): `types::messages::ExportedChatInvite`.
pub fn path(root: &str, namespace: &[String], name: &str) -> String {
    let mut path = root.to_owned();
    for module in module_path(namespace) {
        path.push_str("::");
        path.push_str(&module);
    }
    path.push_str("::");
    path.push_str(name);
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::index::Index;
    use crate::emit::testing::*;

    fn sample() -> Schema {
        schema(vec![
            constructor("inputPeerEmpty", vec![], "InputPeer"),
            constructor("inputPeerChannel", vec![field("id", int())], "InputPeer"),
            constructor("messages.chat", vec![], "messages.Chats"),
            constructor("messages.Chat", vec![], "messages.Chats"),
            constructor("Foo.item", vec![], "Foo.Item"),
            constructor("foo.item", vec![], "foo.Item"),
            constructor("db.files.index.key", vec![], "db.files.Key"),
            constructor("db.files.package.key", vec![], "db.files.Key"),
            function("messages.chat", vec![], boxed("messages.Chats")),
            function("messages.getChats", vec![], boxed("messages.Chats")),
        ])
    }

    #[test]
    fn items_alike_in_one_module_are_numbered_in_schema_order() {
        let schema = sample();
        let index = Index::new(&schema);
        let items: Vec<&str> = schema.ids().map(|(d, _)| index.item_name(d)).collect();
        let expected = [
            "InputPeerEmpty",
            "InputPeerChannel",
            "Chat",
            "Chat2",
            "Item",
            "Item2",
            "Key",
            "Key",
            "Chat",
            "GetChats",
        ];
        assert_eq!(items, expected);
        let path = |d| index.item_path(DefId::new(d));
        assert_eq!(path(3), "types::messages::Chat2");
        assert_eq!(path(5), "types::foo::Item2");
        assert_eq!(path(8), "functions::messages::Chat");
        assert_eq!(path(7), "types::db::files::package::Key");
    }

    #[test]
    fn enums_and_variants_use_the_plan() {
        let schema = sample();
        let index = Index::new(&schema);
        let own = |d: usize| match &schema.definitions[d].ty {
            crate::model::Type::Boxed(ty) => index.variant_name(ty, DefId::new(d)),
            _ => "",
        };
        let variants: Vec<&str> = (0..8).map(own).collect();
        let expected = [
            "Empty",
            "Channel",
            "Chat",
            "Chat2",
            "Item",
            "Item",
            "IndexKey",
            "PackageKey",
        ];
        assert_eq!(variants, expected);
        let path = |ty: &str| index.enum_path(&qual(ty));
        assert_eq!(path("Foo.Item"), "enums::foo::Item");
        assert_eq!(path("foo.Item"), "enums::foo::Item2");
        assert_eq!(path("db.files.Key"), "enums::db::files::Key");
        assert_eq!(own(8), "");
    }

    const NAMESPACES: [&str; 6] = ["", "a.", "A.", "a.b.", "types.", "Types."];
    const NAMES: [&str; 8] = [
        "foo", "Foo", "fooBar", "foo_bar", "result", "self", "tFoo", "x2",
    ];
    const TYPES: [&str; 5] = ["T", "a.T", "A.T", "Foo", "a.b.Foo"];

    /// Distinct names (and each a valid identifier) in every scope of `schema`.
    fn check_distinct(schema: &Schema) -> Result<(), String> {
        let index = Index::new(schema);
        let mut scopes: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (def, d) in schema.ids() {
            let scope = format!("{:?}{:?}", d.category, module_path(&d.name.namespace));
            scopes
                .entry(scope)
                .or_default()
                .push(index.item_name(def).to_owned());
        }
        for ty in index.boxed_types() {
            let module = format!("enums{:?}", module_path(&ty.namespace));
            scopes.entry(module).or_default().push(index.enum_name(ty));
            let variants = index.constructors_of(ty).iter();
            let variants = variants
                .map(|&d| index.variant_name(ty, d).to_owned())
                .collect();
            scopes.insert(format!("{ty}"), variants);
        }
        for (scope, names) in scopes {
            let distinct: std::collections::HashSet<&String> = names.iter().collect();
            let items = !scope.contains('.') && scope != "T" && scope != "Foo";
            let taken = items && names.iter().any(|n| TAKEN_ITEMS.contains(&n.as_str()));
            if distinct.len() != names.len() || taken {
                return Err(format!("{scope}: {names:?}"));
            }
            if let Some(bad) = names
                .iter()
                .find(|n| syn::parse_str::<syn::Ident>(n).is_err())
            {
                return Err(format!("{scope}: {bad}"));
            }
        }
        Ok(())
    }

    proptest::proptest! {
        /// However names collide (case, namespaces, keywords), every scope's are distinct.
        #[test]
        fn every_scope_gets_distinct_names(
            defs in proptest::collection::vec((0..6usize, 0..8usize, 0..5usize, proptest::bool::ANY), 1..24)
        ) {
            let definitions = defs.iter().map(|&(ns, name, ty, is_fn)| {
                let name = format!("{}{}", NAMESPACES[ns], NAMES[name]);
                if is_fn {
                    function(&name, vec![], boxed(TYPES[ty]))
                } else {
                    constructor(&name, vec![], TYPES[ty])
                }
            });
            let schema = schema(definitions.collect());
            proptest::prop_assert_eq!(check_distinct(&schema), Ok(()));
        }
    }
}
