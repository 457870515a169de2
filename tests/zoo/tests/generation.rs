//! Every zoo schema that `codegen check` accepts generates (building the crate then
//! type-checks the output), except the ones whose Rust names still collide.

/// Schemas that fail only on names colliding after case conversion (TON's `Key`,
/// `AccountState` in several namespaces), until the collision-free naming rule lands.
/// Empty this list then: the test fails when a listed schema generates.
const PENDING_NAMING: &[&str] = &["ton_api", "tonlib_api"];

#[test]
fn every_accepted_schema_generates() {
    if !zoo::ZOO_FOUND {
        eprintln!("note: the zoo was not found; nothing was generated");
        return;
    }
    for (module, error) in zoo::FAILED {
        assert!(
            PENDING_NAMING.contains(module),
            "{module} does not generate: {error}"
        );
        assert!(
            error.contains("duplicate Rust name"),
            "{module} fails on more than names: {error}"
        );
    }
    for module in PENDING_NAMING {
        assert!(
            zoo::FAILED.iter().any(|(m, _)| m == module),
            "{module} generates now: remove it from PENDING_NAMING"
        );
    }
}
