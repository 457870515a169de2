//! `codegen diff`: what changed between two schemas (see [`tl_codegen::model::diff()`]).

use std::process::ExitCode;

use tl_codegen::model::{diff, load_with, LoadOptions, Schema};

use crate::out;
use crate::schema::read_all;

/// Prints the report; exit 0 when the schemas are the same, 1 when they differ, 2 when a
/// side cannot be read or has errors (printed to stderr).
pub fn run(old: &[String], new: &[String], options: LoadOptions) -> ExitCode {
    let (Some(old), Some(new)) = (load_side(old, options), load_side(new, options)) else {
        return ExitCode::from(2);
    };
    let report = diff(&old, &new);
    out::print(&report.to_string());
    if report.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Loads one side; prints its errors and returns `None` when it has any.
pub fn load_side(files: &[String], options: LoadOptions) -> Option<Schema> {
    let sources = read_all(files)?;
    match load_with(&sources, options).into_result() {
        Ok(schema) => Some(schema),
        Err(errors) => {
            eprint!("{errors}");
            None
        }
    }
}
