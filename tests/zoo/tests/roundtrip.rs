//! A value of every constructor of every generated zoo schema, decoded from minimal
//! bytes (`build/synth.rs`: zeros, empty strings and vectors, flags 0, the smallest
//! constructor of each boxed field) through its type's enum, encoded again and compared.

/// A constructor's TL name, the round trip through its type's enum, its bytes.
type Case = (&'static str, fn(&[u8]) -> Result<(), String>, &'static [u8]);

/// Runs every case of a schema and reports all failures at once. `skipped`: constructors
/// no value can be built for (none in the zoo).
fn check(module: &str, cases: &[Case], skipped: &[&str]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, roundtrip, bytes)| {
            roundtrip(bytes).err().map(|e| format!("{name}: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "{module}: {failures:#?}");
    assert!(
        skipped.is_empty(),
        "{module}: no value built for {skipped:?}"
    );
    assert!(!cases.is_empty(), "{module}: no constructor");
}

include!(concat!(env!("OUT_DIR"), "/roundtrip.rs"));
