//! Generates `$OUT_DIR/tl.rs` from `schema/shapes.tl` (TDLib id rule: no explicit ids).

fn main() -> Result<(), tl_codegen::Error> {
    // Its tests compare decoded values with `assert_eq!`.
    tl_codegen::Config::new()
        .schema("schema/shapes.tl")
        .dialect(tl_codegen::Dialect::Tdlib)
        .partial_eq(true)
        .generate()?;
    Ok(())
}
