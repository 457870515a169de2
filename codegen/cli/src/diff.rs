//! `codegen diff`: what changed between two schemas (see [`tl_codegen::model::diff()`]).

use std::process::ExitCode;

use tl_codegen::model::{diff, Schema};

use crate::args::LoadArgs;
use crate::load::{load, read_all};
use crate::out;

/// Prints the report; exit 0 when the schemas are the same, 1 when they differ, 2 when a
/// side cannot be read or has errors (printed to stderr).
pub fn run(old: &[String], new: &[String], args: &LoadArgs) -> ExitCode {
    let old = load_side(old, args, "old schema: ");
    let new = load_side(new, args, "new schema: ");
    let (Some(old), Some(new)) = (old, new) else {
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

/// Loads one side (`label` names it in the dialect note); prints its errors and returns
/// `None` when it has any.
pub fn load_side(files: &[String], args: &LoadArgs, label: &str) -> Option<Schema> {
    let sources = read_all(files)?;
    load(&sources, args, label).into_schema()
}
