//! The library under test is TDLib 1.8.69, and the definitions the tests exchange with it
//! mean the same there as in the zoo's `td_api.tl` (by constructor id: the CRC32 of each
//! definition's line). See the crate docs for the differences found.
#![cfg(td_api)]

use serde_json::json;
use tdlib_json::exchange::{assert_agreed, execute, TDLIB_IDS};
use tdlib_json::ids::{GENERATED, TESTED};
use tdlib_json::td_api::{enums, functions};

fn option(name: &str) -> String {
    let value = execute(functions::GetOption {
        name: name.to_owned(),
    })
    .ok();
    match value {
        enums::OptionValue::String(value) => value.value,
        other => panic!("{name}: a string option, got {other:?}"),
    }
}

/// getOption("version") and ("commit_hash"), which TDLib answers synchronously.
#[test]
fn the_library_is_tdlib_1_8_69() {
    assert_eq!(option("version"), "1.8.69");
    assert_eq!(
        option("commit_hash"),
        "0e88653dcbf4e44c73cb655a05b58cd749a91169"
    );
    assert_eq!(
        TDLIB_IDS.len(),
        3354,
        "tdlib-1.8.69.ids.tsv lists every td_api class"
    );
}

/// Every definition the tested methods pull in has TDLib 1.8.69's id.
#[test]
fn the_tested_closure_is_the_same_in_tdlib_1_8_69() {
    let ours: std::collections::HashMap<&str, u32> = GENERATED.iter().copied().collect();
    let differ: Vec<&str> = TESTED
        .iter()
        .copied()
        .filter(|name| TDLIB_IDS.get(name) != ours.get(name))
        .collect();
    assert!(differ.is_empty(), "TDLib 1.8.69 differs on {differ:?}");
    assert!(TESTED.len() > 80, "only {} definitions", TESTED.len());
}

/// The comparison does see differences: `message` (in the README's closure) gained two
/// parameters in 1.8.69, and an object TDLib knows but the zoo does not is refused.
#[test]
fn differences_are_seen() {
    let ours = |name: &str| {
        GENERATED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, id)| id)
    };
    assert_eq!(ours("message"), Some(0xa3615858));
    assert_eq!(TDLIB_IDS.get("message"), Some(&0x48e5c76f));
    let changed = std::panic::catch_unwind(|| assert_agreed(&json!({"@type": "message"})));
    assert!(changed.is_err());
    let nested = json!({"@type": "textEntity", "type": {"@type": "textEntityTypeTonAddress"}});
    assert!(std::panic::catch_unwind(|| assert_agreed(&nested)).is_err());
    assert_agreed(&json!({"@type": "textEntity", "type": {"@type": "textEntityTypeBold"}}));
}
