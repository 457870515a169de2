//! A few invite-link methods of layer 230, generated at build time by `build.rs` from
//! `schema/api.tl` and the roots in `roots.txt`.

include!(concat!(env!("OUT_DIR"), "/invite.rs"));
