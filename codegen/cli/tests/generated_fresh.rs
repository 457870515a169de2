//! The checked-in bindings (every target under `generated/src/`) are exactly what the
//! generator produces from `schema/` now: `codegen --check` (what CI runs) passes, from inside
//! the workspace (the test runs in `codegen/cli/`). When
//! this fails, run `cargo run -p codegen` and commit the result.

use std::process::Command;

#[test]
fn generated_sources_are_fresh() {
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("--check")
        .output()
        .expect("run codegen --check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "generated bindings are out of date (run `cargo run -p codegen`):\n{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("up to date"), "{stdout}");
}
