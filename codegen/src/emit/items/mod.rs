//! One module per kind of emitted item: definition structs and their `Encode`/`Decode`,
//! enums, TL-JSON, error enums, the registry, the root module, and their docs. Each writes
//! text into a [`Code`](crate::emit::code::Code) from the plan, which it only reads.

pub mod decode;
pub mod definition;
pub mod docs;
pub mod encode;
pub mod enums;
pub mod error_enums;
pub mod json;
pub mod registry;
pub mod root_module;
pub mod structs;
pub mod views;
