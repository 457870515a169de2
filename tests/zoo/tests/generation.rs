//! Every zoo schema that `codegen check` accepts generates (building the crate then
//! type-checks the output): no schema that loads may fail to generate.

#[test]
fn every_accepted_schema_generates() {
    if !zoo::ZOO_FOUND {
        // CI always has `shared/` beside the checkout: there, a missing zoo is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "the zoo (../shared/zoo or $TL_ZOO_DIR) was not found"
        );
        eprintln!("note: the zoo was not found; nothing was generated");
        return;
    }
    let failed: Vec<String> = zoo::FAILED
        .iter()
        .map(|(module, error)| format!("{module}: {error}"))
        .collect();
    assert!(
        failed.is_empty(),
        "schemas that do not generate:\n{}",
        failed.join("\n")
    );
}
