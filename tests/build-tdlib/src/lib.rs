//! Bindings of `schema/shapes.tl`, generated at build time by `build.rs` with
//! `tl_codegen::compile_schemas` and included here: `types`, `enums`, `functions`.

include!(concat!(env!("OUT_DIR"), "/tl.rs"));
