//! Runtime for generated TL code.
mod traits;
pub use traits::*;
