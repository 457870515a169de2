//! Every Rust name the emitter derives from a TL name, and how clashes are resolved.
//!
//! Names never make generation fail: every rule below is deterministic and, where two TL
//! names would give one Rust name, gives each its own. The final names are computed once
//! per schema (by the crate's naming plan, over every definition, whatever the roots, so a
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
//! - a namespace segment: snake_case, escaped like a parameter ([`module_name`]); names
//!   generated code relies on in every module (the imported `types`, `enums`,
//!   `functions`, `tl_runtime`; `serde`, `u32`, `clippy`, `rustfmt`) get a trailing `_`
//!   (`types_`);
//! - the error enum of a method: its struct's final name and `Error`
//!   (`ExportChatInviteError`); an error's variant: the UpperCamelCase of its name
//!   without a trailing `_X` (`FLOOD_WAIT_X` -> `FloodWait`), `E` first when it would start
//!   with a digit (`2FA_CONFIRM_WAIT_X` -> `E2faConfirmWait`).
//!
//! # Enum variants
//!
//! The variant of constructor `C` in the enum of boxed type `T` ([`variant_names`]):
//!
//! 1. `C`'s base name without `T`'s base name (before any numbering) in front, when
//!    `C`'s starts with it and the rest starts with an ASCII capital letter and is not
//!    `Self`: `inputPeerChannel` of `InputPeer` -> `Channel`, `inputPeerEmpty` -> `Empty`,
//!    `messages.exportedChatInviteReplaced` of `messages.ExportedChatInvite` -> `Replaced`;
//!    otherwise `C`'s base name: `inputPeerSelf` -> `InputPeerSelf` (the rest is `Self`),
//!    `inputPeer2` -> `InputPeer2` (a digit), `updates` of `Update` -> `Updates` (a small
//!    letter), `user` of `User` -> `User` (nothing left), `chatInviteExported` of
//!    `ExportedChatInvite` -> `ChatInviteExported` (another prefix).
//! 2. Constructors of `T` that step 1 names alike are each named instead by their whole
//!    dotted name, `T`'s leading namespace segments removed as far as they match, each
//!    segment in UpperCamelCase, joined (and fixed up like a base name: `T` before a
//!    digit, `Self_`): `db.files.index.key` and `db.files.package.key` of `db.files.Key`
//!    -> `IndexKey`, `PackageKey`; `raw.accountState` and `wallet.v3.accountState` of
//!    `AccountState` -> `RawAccountState`, `WalletV3AccountState`. The others keep their
//!    step 1 name.
//! 3. Names still shared (`fooBar` and `foo_bar`, or a step 2 name equal to another's step
//!    1 name) are numbered, as below.
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
//!   constructor); namespaces whose module names are equal (`Foo`, `foo`) share one module.
//!   The names generated code uses without a path ([`TAKEN_ITEMS`]: the standard `Box`,
//!   `From`, `Option`, `Result`, `Sized`, `String`, `Vec`, and the runtime's `Decode`,
//!   `DecodeError`, `Encode`, `Identifiable`, `Output`, `Reader`, `RemoteCall`) are taken
//!   first, so a constructor `result` gets the struct `Result2`;
//! - the variants of one enum (after steps 1 and 2);
//! - the fields of one struct;
//! - the variants of one error enum, where `Other` (the fallback) is taken first.
//!
//! Error enums need no numbering of their own: each is named after a method's final
//! name, unique in its module. Two namespaces that share a module are documented under
//! the first one's spelling. The one check left at emission is not about names: two
//! constructors of one boxed type with one id cannot be told apart when decoding
//! (the emitter's duplicate check).
//!
//! Case conversion goes through `heck` and nowhere else in the emitter. Each name is
//! converted once, when the naming plan ([`crate::emit::plan::names`]) and each
//! definition's plan are built; item writers only read the results.

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::model::QualName;

mod clashes;

pub use clashes::{
    camel_suffix, disambiguate, error_variant_names, field_names, snake_suffix, variant_names,
};

/// Keywords (strict, reserved and edition-dependent) that can be written as raw identifiers.
pub const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers: they get a trailing underscore instead.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// `heck`'s UpperCamelCase of `text`.
pub(super) fn upper_camel(text: &str) -> String {
    text.to_upper_camel_case()
}

/// `heck`'s snake_case of `text`.
fn snake(text: &str) -> String {
    text.to_snake_case()
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
pub(super) fn fix_type_name(camel: String) -> String {
    if camel.starts_with(|c: char| c.is_ascii_digit()) || camel.is_empty() {
        format!("T{camel}")
    } else if camel == "Self" {
        "Self_".to_owned()
    } else {
        camel
    }
}

/// The error enum of a method, from its struct's final name:
/// `ExportChatInvite` -> `ExportChatInviteError`.
pub fn error_enum_name(method: &str) -> String {
    format!("{method}Error")
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

/// Names a namespace module may not take: those every generated module imports from its
/// parent (`modules::sibling_imports`), and the crates, types and tools generated code
/// names by a relative path (`serde::Serialize`, `u32::from`, `#[rustfmt::skip]`).
const TAKEN_MODULES: &[&str] = &[
    "clippy",
    "enums",
    "errors",
    "functions",
    "rustfmt",
    "serde",
    "tl_runtime",
    "types",
    "u32",
];

/// Names a struct or enum may not take: the standard types and traits generated code
/// names without a path (`Result<..>`, `impl From<..>`, `?Sized`, `"Option::is_none"`),
/// and the runtime's items every generated module imports (`impl Encode for ..`).
pub const TAKEN_ITEMS: &[&str] = &[
    "Box",
    "Decode",
    "DecodeError",
    "Encode",
    "From",
    "Identifiable",
    "Option",
    "Output",
    "Reader",
    "RemoteCall",
    "Result",
    "Sized",
    "String",
    "Vec",
];

/// The Rust spelling of a namespace module: `messages`, `r#type`, `types_` ...
pub fn module_name(segment: &str) -> String {
    let name = escape(&snake(segment));
    if TAKEN_MODULES.contains(&name.as_str()) {
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
    fn raw_identifiers_lose_their_prefix_for_serde() {
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
        }
    }

    #[test]
    fn modules_avoid_the_imported_names() {
        assert_eq!(module_name("types"), "types_");
        assert_eq!(module_name("Enums"), "enums_");
        assert_eq!(module_name("tl_runtime"), "tl_runtime_");
        assert_eq!(module_name("serde"), "serde_");
        assert_eq!(module_name("U32"), "u32_");
        assert_eq!(module_name("Foo"), module_name("foo"));
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
