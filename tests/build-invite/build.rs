//! Generates `$OUT_DIR/invite.rs` from the project's layer-230 `schema/api.tl`, only for the
//! roots listed in `roots.txt` (and what they reference).

use tl_codegen::{Config, Dialect};

fn main() -> Result<(), tl_codegen::Error> {
    Config::new()
        .schema("../../schema/api.tl")
        .dialect(Dialect::Telegram)
        .roots_file("roots.txt")
        .file_name("invite.rs")
        .partial_eq(true)
        .generate()?;
    Ok(())
}
