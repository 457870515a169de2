//! Rust code emission from the model.
