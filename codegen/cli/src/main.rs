//! The `codegen` command line: generate one file of bindings from any schema, validate
//! schemas, list constructor ids, show what roots pull in, compare two schemas, and (in this
//! workspace only) regenerate the checked-in bindings. Run `codegen --help`.
//!
//! Schemas are read with the dialect of `--dialect`, or the one detected from them (the
//! default; [`load`] prints a note saying which and why). Diagnostics are printed as
//! `codegen check` prints them everywhere: one block each, at most 100 errors.
//!
//! [`args`] declares the command line (clap), [`run`] executes it and picks the exit code:
//! 0 success, 1 failure (schema errors, stale files, I/O), 2 usage errors; `diff` has its own
//! (0 same, 1 different, 2 a side does not load).

mod args;
mod closure;
mod diff;
mod generate;
mod load;
mod maintenance;
mod out;
mod regenerate;
mod schema;
mod stray;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    run(Cli::parse())
}

fn run(cli: Cli) -> ExitCode {
    let command = cli
        .command
        .unwrap_or(Command::Regenerate(args::RegenerateArgs {
            check: cli.check,
        }));
    let ok = match command {
        Command::Generate(args) => return generate::run(&args),
        Command::Check(args) => schema::check(&args.files, &args.load),
        Command::Ids(args) => schema::ids(&args.files, &args.load),
        Command::Closure(args) => {
            // Without `--schema`, the workspace's own schema: only inside the workspace.
            let workspace = match args.schema.is_empty() {
                true => match maintenance::workspace_root() {
                    Ok(root) => Some(root),
                    Err(message) => {
                        eprintln!("error: `closure` without `--schema` reads the workspace schema: {message}");
                        return ExitCode::from(2);
                    }
                },
                false => None,
            };
            closure::run(&closure::Request {
                roots: &args.roots,
                roots_file: args.roots_file.as_deref(),
                all: args.all,
                schema: &args.schema,
                workspace: workspace.as_deref(),
                load: &args.load,
            })
        }
        Command::Diff(args) => {
            let load = args.load.clone();
            let (old, new) = args.sides();
            return diff::run(&old, &new, &load);
        }
        Command::Regenerate(args) => return maintenance::run(args.check),
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
