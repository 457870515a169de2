//! Telling apart TL names that give one Rust name: enum variants (three steps), and the
//! numbering every scope falls back on. The rules are stated in [`super::naming`].

use std::collections::{HashMap, HashSet};

use crate::model::QualName;

use super::{error_variant_name, field_name, fix_type_name, type_name, unraw, upper_camel};

/// The variants of the enum of boxed type `ty` for its `constructors` (in schema order),
/// by the three steps of the [naming rules](super#enum-variants).
pub fn variant_names(ty: &QualName, constructors: &[&QualName]) -> Vec<String> {
    let prefix = type_name(ty);
    let short: Vec<String> = constructors
        .iter()
        .map(|c| short_variant(&prefix, c))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in &short {
        *counts.entry(name).or_default() += 1;
    }
    let named = constructors.iter().zip(&short).map(|(c, name)| {
        if counts[name.as_str()] > 1 {
            qualified_variant(ty, c)
        } else {
            name.clone()
        }
    });
    disambiguate(named.collect(), camel_suffix)
}

/// Step 1: the constructor's base name, without the type's base name in front when the
/// rest reads as a name (`InputPeer` + `inputPeerChannel` -> `Channel`).
fn short_variant(prefix: &str, constructor: &QualName) -> String {
    let name = type_name(constructor);
    match name.strip_prefix(prefix) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) && rest != "Self" => {
            rest.to_owned()
        }
        _ => name,
    }
}

/// Step 2: the whole dotted name without the type's matching leading namespace segments,
/// each segment in UpperCamelCase (`db.files.index.key` of `db.files.Key` -> `IndexKey`).
fn qualified_variant(ty: &QualName, constructor: &QualName) -> String {
    let shared = constructor
        .namespace
        .iter()
        .zip(&ty.namespace)
        .take_while(|(a, b)| a == b)
        .count();
    let segments = constructor.namespace[shared..]
        .iter()
        .chain(std::iter::once(&constructor.name));
    fix_type_name(segments.map(|s| upper_camel(s)).collect())
}

/// Final names for `bases` (one scope, in order): the first of equal names keeps it, each
/// later one gets `suffix(base, n)` for the smallest `n >= 2` no entry has (neither a base
/// nor a name given before). Never fails; equal inputs give equal outputs.
pub fn disambiguate(bases: Vec<String>, suffix: fn(&str, usize) -> String) -> Vec<String> {
    let distinct = |(i, base): (usize, &String)| !bases[..i].contains(base);
    if bases.len() <= 16 && bases.iter().enumerate().all(distinct) {
        return bases;
    }
    let mut taken: HashSet<String> = bases.iter().cloned().collect();
    let mut kept: HashSet<String> = HashSet::new();
    bases
        .into_iter()
        .map(|base| {
            if kept.insert(base.clone()) {
                return base;
            }
            let renamed = (2..)
                .map(|n| suffix(&base, n))
                .find(|name| !taken.contains(name))
                .expect("a finite scope leaves some number free");
            taken.insert(renamed.clone());
            renamed
        })
        .collect()
}

/// The numbered form of an UpperCamelCase name: `FooBar`, 2 -> `FooBar2`.
pub fn camel_suffix(base: &str, n: usize) -> String {
    format!("{base}{n}")
}

/// The numbered form of a snake_case name, unescaped and without trailing `_` first:
/// `foo_bar` -> `foo_bar_2`, `r#type` -> `type_2`, `self_` -> `self_2`.
pub fn snake_suffix(base: &str, n: usize) -> String {
    match unraw(base).trim_end_matches('_') {
        "" => format!("unnamed_{n}"),
        stem => format!("{stem}_{n}"),
    }
}

/// The variants of one error enum for its listed error names, in order: each by
/// [`error_variant_name`], numbered where two are alike or one is `Other` (the fallback).
pub fn error_variant_names<'e>(kinds: impl IntoIterator<Item = &'e str>) -> Vec<String> {
    let mut bases = vec!["Other".to_owned()];
    bases.extend(kinds.into_iter().map(error_variant_name));
    let mut names = disambiguate(bases, camel_suffix);
    names.remove(0);
    names
}

/// The Rust spelling of a parameter in each of one definition's `params` (TL names, in
/// order), numbered where two are alike: `fooBar`, `foo_bar` -> `foo_bar`, `foo_bar_2`.
pub fn field_names<'p>(params: impl IntoIterator<Item = &'p str>) -> Vec<String> {
    disambiguate(params.into_iter().map(field_name).collect(), snake_suffix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::testing::qual;

    /// The variants of the enum of `ty` for constructors `names`.
    fn variants(ty: &str, names: &[&str]) -> Vec<String> {
        let constructors: Vec<QualName> = names.iter().map(|n| qual(n)).collect();
        let constructors: Vec<&QualName> = constructors.iter().collect();
        variant_names(&qual(ty), &constructors)
    }

    #[test]
    fn variants_drop_the_type_name_where_the_rest_reads_as_a_name() {
        let peers = [
            "inputPeerEmpty",
            "inputPeerSelf",
            "inputPeerChannel",
            "inputPeer2",
        ];
        let expected = ["Empty", "InputPeerSelf", "Channel", "InputPeer2"];
        assert_eq!(variants("InputPeer", &peers), expected);
        let invites = ["chatInviteExported", "chatInvitePublicJoinRequests"];
        let expected = ["ChatInviteExported", "ChatInvitePublicJoinRequests"];
        assert_eq!(variants("ExportedChatInvite", &invites), expected);
        assert_eq!(variants("User", &["userEmpty", "user"]), ["Empty", "User"]);
        assert_eq!(
            variants("Update", &["updates", "updateNewMessage"]),
            ["Updates", "NewMessage"]
        );
        assert_eq!(
            variants("Bool", &["boolFalse", "boolTrue"]),
            ["False", "True"]
        );
        let invites = [
            "messages.exportedChatInvite",
            "messages.exportedChatInviteReplaced",
        ];
        let expected = ["ExportedChatInvite", "Replaced"];
        assert_eq!(variants("messages.ExportedChatInvite", &invites), expected);
        assert_eq!(variants("RpcError", &["rpc_error"]), ["RpcError"]);
    }

    #[test]
    fn clashing_variants_are_named_by_their_whole_name() {
        let keys = [
            "db.files.index.key",
            "db.files.package.key",
            "db.files.other",
        ];
        let expected = ["IndexKey", "PackageKey", "Other"];
        assert_eq!(variants("db.files.Key", &keys), expected);
        let states = [
            "raw.accountState",
            "wallet.v3.accountState",
            "uninited.accountState",
        ];
        let expected = [
            "RawAccountState",
            "WalletV3AccountState",
            "UninitedAccountState",
        ];
        assert_eq!(variants("AccountState", &states), expected);
        // Only the matching leading segments of the type's namespace go.
        let deep = ["a.b.x.item", "a.c.item", "item"];
        assert_eq!(variants("a.b.Item", &deep), ["XItem", "CItem", "Item"]);
    }

    #[test]
    fn variants_still_alike_are_numbered() {
        let cases: [(&str, &[&str], &[&str]); 4] = [
            (
                "T",
                &["fooBar", "foo_bar", "FooBar"],
                &["FooBar", "FooBar2", "FooBar3"],
            ),
            ("T", &["a.foo", "b.foo", "aFoo"], &["AFoo", "BFoo", "AFoo2"]),
            (
                "T",
                &["fooBar", "foo_bar", "fooBar2"],
                &["FooBar", "FooBar3", "FooBar2"],
            ),
            ("T", &["x.self", "self"], &["XSelf", "Self_"]),
        ];
        for (ty, names, expected) in cases {
            assert_eq!(variants(ty, names), expected, "{names:?}");
        }
    }

    #[test]
    fn numbering_keeps_the_first_and_skips_taken_names() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let out = disambiguate(names(&["Foo", "Bar", "Foo", "Foo2", "Foo"]), camel_suffix);
        assert_eq!(out, ["Foo", "Bar", "Foo3", "Foo2", "Foo4"]);
        let many: Vec<String> = (0..40).map(|i| format!("N{}", i % 20)).collect();
        let out = disambiguate(many, camel_suffix);
        assert_eq!(out[20], "N02");
        assert_eq!(out.iter().collect::<HashSet<_>>().len(), 40);
    }

    #[test]
    fn fields_alike_after_snake_case_are_numbered() {
        assert_eq!(
            field_names(["fooBar", "foo_bar", "x"]),
            ["foo_bar", "foo_bar_2", "x"]
        );
        assert_eq!(field_names(["self", "self_"]), ["self_", "self_2"]);
        assert_eq!(field_names(["_", ""]), ["unnamed", "unnamed_2"]);
        assert_eq!(field_names(["type", "Type"]), ["r#type", "type_2"]);
    }

    proptest::proptest! {
        /// Whatever the constructors are called, an enum's variants are distinct identifiers.
        #[test]
        fn variants_are_distinct_identifiers(
            ty in "([a-z]{1,3}\\.){0,2}[A-Z][a-zA-Z_]{0,4}",
            names in proptest::collection::vec("([a-z]{1,3}\\.){0,2}[a-zA-Z_][a-zA-Z0-9_]{0,6}", 1..12),
        ) {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let variants = variants(&ty, &names);
            let distinct: HashSet<&String> = variants.iter().collect();
            proptest::prop_assert_eq!(distinct.len(), variants.len(), "{:?}", variants);
            for variant in &variants {
                proptest::prop_assert!(syn::parse_str::<syn::Ident>(variant).is_ok(), "{}", variant);
            }
        }
    }
}
