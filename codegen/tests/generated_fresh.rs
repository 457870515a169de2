//! The checked-in bindings (every target under `generated/src/`) are exactly what the
//! generator produces from `schema/` now. When this fails, run `cargo run -p codegen` and
//! commit the result.

use std::path::Path;

use tl_codegen::generate::{render, stale_files, TARGETS};

#[test]
fn generated_sources_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let rendered = render(&root).unwrap_or_else(|e| panic!("generation failed: {e}"));
    assert_eq!(rendered.len(), TARGETS.len());
    let mut names = Vec::new();
    for target in &rendered {
        let dir = root.join(target.target.out_dir);
        let stale = stale_files(&dir, &target.files).expect("read the target directory");
        names.extend(stale.iter().map(|p| p.display().to_string()));
    }
    assert!(
        names.is_empty(),
        "generated bindings are out of date (run `cargo run -p codegen`): {}",
        names.join(", ")
    );
}
