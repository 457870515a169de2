//! Generates `$OUT_DIR/tl.rs` from `schema/shapes.tl` (TDLib id rule: no explicit ids).

fn main() -> Result<(), tl_codegen::Error> {
    tl_codegen::compile_schemas(&["schema/shapes.tl"], tl_codegen::Dialect::Tdlib)?;
    Ok(())
}
