//! Every Rust name the emitter derives from a TL name, and how clashes are resolved.
//!
//! Names never make generation fail: every rule below is deterministic and, where two TL
//! names would give one Rust name, gives each its own. The final names are computed once
//! per schema ([`super::names::Names`], over every definition, whatever the roots, so a
//! name does not depend on what else is emitted) and every item, path, `From` impl,
//! registry entry and doc link reads them from there.
//!
//! # Base names
//!
//! - a constructor, function or boxed type: the UpperCamelCase of the last segment of its
//!   name ([`type_name`]: `messages.exportChatInvite` -> `ExportChatInvite`,
//!   `p_q_inner_data` -> `PQInnerData`); `T` goes first when it would start with a digit
//!   (`2fa` -> `T2fa`) or be empty, and `Self` becomes `Self_`;
//! - a parameter: snake_case, escaped ([`field_name`]): a Rust keyword becomes raw
//!   (`type` -> `r#type`), except `self`, `Self`, `super`, `crate`, `_` which get a trailing
//!   `_` (`self_`); a leading digit gets a leading `_`;
//! - a namespace segment: snake_case, escaped like a parameter ([`module_name`]); the
//!   names every generated module imports (`types`, `enums`, `functions`, `tl_runtime`)
//!   get a trailing `_` (`types_`);
//! - the error enum of a method: its struct's final name and `Error`
//!   (`ExportChatInviteError`); an error's variant: the UpperCamelCase of its name
//!   without a trailing `_X` (`FLOOD_WAIT_X` -> `FloodWait`), `E` first when it would start
//!   with a digit (`2FA_CONFIRM_WAIT_X` -> `E2faConfirmWait`).
//!
//! # Enum variants
//!
//! The variant of constructor `C` in the enum of boxed type `T` ([`variant_names`]):
//!
//! 1. `C`'s base name without `T`'s base name in front, when `C`'s starts with it and the
//!    rest starts with an ASCII capital letter and is not `Self`: `inputPeerChannel` of
//!    `InputPeer` -> `Channel`, `inputPeerEmpty` -> `Empty`; otherwise `C`'s base name
//!    (`inputPeerSelf` -> `InputPeerSelf`, `user` of `User` -> `User`, `updates` of
//!    `Update` -> `Updates`, `chatInviteExported` of `ExportedChatInvite` stays).
//! 2. Constructors of `T` that step 1 names alike are each named instead by their whole
//!    dotted name, `T`'s leading namespace segments removed as far as they match, each
//!    segment in UpperCamelCase, joined: `db.files.index.key` and `db.files.package.key`
//!    of `db.files.Key` -> `IndexKey`, `PackageKey`; `raw.accountState` and
//!    `wallet.v3.accountState` of `AccountState` -> `RawAccountState`,
//!    `WalletV3AccountState`.
//! 3. Names still shared are numbered (see below).
//!
//! # Numbering: the last resort, in every scope
//!
//! In each scope, entries that got the same name are numbered ([`disambiguate`]): the
//! first in schema order (parameter order for fields) keeps the name, each later one gets
//! the smallest number from 2 up that gives a name no entry of the scope has:
//! `FooBar`, `FooBar2` (UpperCamelCase names) or `foo_bar`, `foo_bar_2` (snake_case
//! names, unescaped and without trailing `_` first: `r#type` -> `type_2`, `self_` ->
//! `self_2`). The scopes:
//!
//! - the structs of one module of `types` (constructors) or of `functions` (methods), and
//!   the enums of one module of `enums` (boxed types, in the order of their first
//!   constructor); namespaces whose module names are equal (`Foo`, `foo`) share one module;
//! - the variants of one enum (after steps 1 and 2);
//! - the fields of one struct;
//! - the variants of one error enum, where `Other` (the fallback) is taken first.
//!
//! Case conversion goes through `heck` and nowhere else in the emitter; its results are
//! remembered per thread (a layer asks for the same few thousand names tens of thousands
//! of times, and each conversion costs thousands of instructions).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::thread::LocalKey;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

use crate::model::QualName;

/// Keywords (strict, reserved and edition-dependent) that can be written as raw identifiers.
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a trailing underscore instead.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

thread_local! {
    /// Remembered conversions, by TL spelling: UpperCamelCase, snake_case.
    static CAMEL: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    static SNAKE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Forget everything past this many names (a bound for long-lived threads).
const REMEMBERED: usize = 1 << 16;

/// `convert(text)` as remembered in `known`, or converted now and remembered.
fn remembered(
    known: &'static LocalKey<RefCell<HashMap<String, String>>>,
    text: &str,
    convert: fn(&str) -> String,
) -> String {
    known.with(|cell| {
        let mut known = cell.borrow_mut();
        if let Some(converted) = known.get(text) {
            return converted.clone();
        }
        let converted = convert(text);
        if known.len() >= REMEMBERED {
            known.clear();
        }
        known.insert(text.to_owned(), converted.clone());
        converted
    })
}

/// `heck`'s UpperCamelCase of `text`.
fn upper_camel(text: &str) -> String {
    remembered(&CAMEL, text, |text| text.to_upper_camel_case())
}

/// `heck`'s snake_case of `text`.
fn snake(text: &str) -> String {
    remembered(&SNAKE, text, |text| text.to_snake_case())
}

/// The dotted TL spelling: `messages.exportChatInvite`.
pub fn tl_name(name: &QualName) -> String {
    name.to_string()
}

/// The Rust spelling (before escaping) of a struct, enum or function type:
/// `exportChatInvite` -> `ExportChatInvite`, `p_q_inner_data` -> `PQInnerData`.
pub fn type_name(name: &QualName) -> String {
    fix_type_name(upper_camel(&name.name))
}

/// `T` first when a type name would start with a digit or be empty; `Self` -> `Self_`.
fn fix_type_name(camel: String) -> String {
    if camel.starts_with(|c: char| c.is_ascii_digit()) || camel.is_empty() {
        format!("T{camel}")
    } else if camel == "Self" {
        "Self_".to_owned()
    } else {
        camel
    }
}

/// The variants of the enum of boxed type `ty` for its `constructors` (in schema order),
/// by the three steps of the [module docs](self#enum-variants).
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

/// The error enum of a method, from its struct's final name:
/// `ExportChatInvite` -> `ExportChatInviteError`.
pub fn error_enum_name(method: &str) -> String {
    format!("{method}Error")
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

/// The variant of an RPC error name: `CHAT_ADMIN_REQUIRED` -> `ChatAdminRequired`; a
/// trailing `_X` (where a number goes) is dropped: `FLOOD_WAIT_X` -> `FloodWait`; a leading
/// digit gets an `E` first: `2FA_CONFIRM_WAIT_X` -> `E2faConfirmWait`.
pub fn error_variant_name(name: &str) -> String {
    let base = name.strip_suffix("_X").unwrap_or(name);
    let camel = upper_camel(base);
    if camel.is_empty() || camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{camel}")
    } else {
        camel
    }
}

/// The Rust spelling of a parameter, escaped: `access_hash`, `r#type`, `self_`.
pub fn field_name(tl: &str) -> String {
    escape(&snake(tl))
}

/// The Rust spelling of a parameter in each of one definition's `params` (TL names, in
/// order), numbered where two are alike: `fooBar`, `foo_bar` -> `foo_bar`, `foo_bar_2`.
pub fn field_names<'p>(params: impl IntoIterator<Item = &'p str>) -> Vec<String> {
    disambiguate(params.into_iter().map(field_name).collect(), snake_suffix)
}

/// Names every generated module imports from its parent (`modules::sibling_imports`):
/// a namespace module may not take them.
const IMPORTED: &[&str] = &["enums", "functions", "tl_runtime", "types"];

/// The Rust spelling of a namespace module: `messages`, `r#type`, `types_` ...
pub fn module_name(segment: &str) -> String {
    let name = escape(&snake(segment));
    if IMPORTED.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Escapes a snake_case name that collides with a keyword; digits first get a `_` prefix.
pub fn escape(name: &str) -> String {
    if NON_RAW_KEYWORDS.contains(&name) {
        format!("{name}_")
    } else if RAW_KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else if name.is_empty() {
        "unnamed".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name.to_owned()
    }
}

/// The name as serde sees it: a raw identifier without its `r#`.
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// An identifier token for an (already escaped) name, raw when it starts with `r#`.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The Rust module path of a namespace: `["messages"]` -> `["messages"]`, escaped.
pub fn module_path(namespace: &[String]) -> Vec<String> {
    namespace
        .iter()
        .map(|segment| module_name(segment))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qual(text: &str) -> QualName {
        let mut parts: Vec<String> = text.split('.').map(str::to_owned).collect();
        let name = parts.pop().unwrap();
        QualName {
            namespace: parts,
            name,
        }
    }

    #[test]
    fn error_names_become_variants() {
        let cases = [
            ("CHAT_ADMIN_REQUIRED", "ChatAdminRequired"),
            ("FLOOD_WAIT_X", "FloodWait"),
            ("2FA_CONFIRM_WAIT_X", "E2faConfirmWait"),
            ("PEER_ID_INVALID", "PeerIdInvalid"),
        ];
        for (name, variant) in cases {
            assert_eq!(error_variant_name(name), variant, "{name}");
        }
        assert_eq!(error_enum_name("ExportChatInvite"), "ExportChatInviteError");
    }

    #[test]
    fn type_names_use_the_last_segment_in_upper_camel_case() {
        let cases = [
            ("messages.exportChatInvite", "ExportChatInvite"),
            ("inputPeerChannel", "InputPeerChannel"),
            ("p_q_inner_data_dc", "PQInnerDataDc"),
            ("Server_DH_Params", "ServerDhParams"),
            ("rpc_error", "RpcError"),
            ("adnl.id.short", "Short"),
        ];
        for (tl, rust) in cases {
            assert_eq!(type_name(&qual(tl)), rust, "{tl}");
        }
    }

    #[test]
    fn keywords_are_escaped() {
        let cases = [
            ("type", "r#type"),
            ("final", "r#final"),
            ("loop", "r#loop"),
            ("static", "r#static"),
            ("self", "self_"),
            ("super", "super_"),
            ("crate", "crate_"),
            ("access_hash", "access_hash"),
            ("ipv4", "ipv4"),
            ("g_a", "g_a"),
            ("2fa", "_2fa"),
        ];
        for (tl, rust) in cases {
            assert_eq!(field_name(tl), rust, "{tl}");
        }
        assert_eq!(escape("Self"), "Self_");
        assert_eq!(field_name("_"), "unnamed");
        assert_eq!(type_name(&qual("self")), "Self_");
    }

    #[test]
    fn raw_identifiers_print_with_prefix() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("self_").to_string(), "self_");
        assert_eq!(unraw("r#type"), "type");
        assert_eq!(unraw("peer"), "peer");
    }

    proptest::proptest! {
        /// Whatever a schema calls things, the Rust names are valid identifiers.
        #[test]
        fn names_are_valid_identifiers(name in "[a-zA-Z_][a-zA-Z0-9_]{0,12}") {
            let field = field_name(&name);
            proptest::prop_assert!(syn::parse_str::<syn::Ident>(&field).is_ok(), "field {field}");
            let module = module_name(&name);
            proptest::prop_assert!(syn::parse_str::<syn::Ident>(&module).is_ok(), "module {module}");
            let ty = type_name(&QualName { namespace: vec![], name: name.clone() });
            proptest::prop_assert!(syn::parse_str::<syn::Ident>(&ty).is_ok(), "type {ty}");
            proptest::prop_assert_eq!(ident(&field).to_string(), field);
        }
    }

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

    #[test]
    fn modules_avoid_the_imported_names() {
        assert_eq!(module_name("types"), "types_");
        assert_eq!(module_name("Enums"), "enums_");
        assert_eq!(module_name("tl_runtime"), "tl_runtime_");
        assert_eq!(module_name("Foo"), module_name("foo"));
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

    #[test]
    fn namespaces_become_module_paths() {
        let name = qual("messages.exportChatInvite");
        assert_eq!(tl_name(&name), "messages.exportChatInvite");
        assert_eq!(module_path(&name.namespace), ["messages"]);
        let deep = qual("storage.daemon.filePiecesInfo");
        assert_eq!(module_path(&deep.namespace), ["storage", "daemon"]);
        assert_eq!(module_name("type"), "r#type");
        assert_eq!(tl_name(&qual("rpc_error")), "rpc_error");
    }
}
