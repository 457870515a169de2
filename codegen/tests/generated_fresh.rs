//! The checked-in bindings in `generated/src/` are exactly what the generator produces from
//! `schema/` now. When this fails, run `cargo run -p codegen` and commit the result.

use std::path::Path;

use tl_codegen::generate::{render, stale_files, OUTPUT_DIR};

#[test]
fn generated_sources_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = render(&root).unwrap_or_else(|e| panic!("generation failed: {e}"));
    let stale = stale_files(&root.join(OUTPUT_DIR), &files).expect("read generated/src");
    let names: Vec<String> = stale.iter().map(|p| p.display().to_string()).collect();
    assert!(
        names.is_empty(),
        "generated/src is out of date (run `cargo run -p codegen`): {}",
        names.join(", ")
    );
}
