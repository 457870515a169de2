//! A few invite-link methods of layer 230, generated at build time by `build.rs` from
//! `schema/api.tl` and the roots in `roots.txt`.
//!
//! The generated file is included in a module, not at the crate root: the generated code
//! never names `crate::`, so it works wherever it is placed.

/// The generated bindings: `types`, `enums`, `functions`, `LAYER`.
pub mod tl {
    include!(concat!(env!("OUT_DIR"), "/invite.rs"));
}
