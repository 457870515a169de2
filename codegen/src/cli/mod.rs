//! The subcommands of the `codegen` binary; [`args`] turns the command line into
//! a [`args::Command`], [`run`] executes it and picks the exit code.

pub mod args;
mod closure;
mod diff;
mod generate;
mod regenerate;
mod schema;

use std::process::ExitCode;

use args::Command;

/// Runs `command`: 0 on success, 1 on failure (schema errors, stale files, I/O); `diff`
/// has its own codes (0 same, 1 different, 2 trouble).
pub fn run(command: Command) -> ExitCode {
    let ok = match command {
        Command::Help => {
            println!("{}", args::USAGE);
            true
        }
        Command::Generate { check } => generate::run(check),
        Command::Check { files, options } => schema::check(&files, options),
        Command::Ids { files, options } => schema::ids(&files, options),
        Command::Closure {
            roots,
            roots_file,
            all,
            schema,
            options,
        } => closure::run(&closure::Request {
            roots: &roots,
            roots_file: roots_file.as_deref(),
            all,
            schema: &schema,
            options,
        }),
        Command::Diff { old, new, options } => return diff::run(&old, &new, options),
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
