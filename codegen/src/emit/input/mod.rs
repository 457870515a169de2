//! The emitter's inputs besides the schema: the documentation overlay and the error table.

pub mod errors_table;
pub mod input_error;
pub mod overlay;
