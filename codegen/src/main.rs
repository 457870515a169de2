//! The `codegen` command line: regenerate the checked-in bindings, check them for
//! freshness, validate schemas and list constructor ids. Run `codegen --help`.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::args::parse(&args) {
        Ok(command) => cli::run(command),
        Err(message) => {
            eprintln!("error: {message}\n\n{}", cli::args::USAGE);
            ExitCode::from(2)
        }
    }
}
