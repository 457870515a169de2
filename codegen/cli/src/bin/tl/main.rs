//! `tl`: TL bytes <-> TL-JSON on the command line, for any schema read at run time (the
//! dynamic codec of `tl_dynamic`); without `--schema`, for layer 230 of this repository
//! (`schema/api.tl` + `schema/mtproto.tl`, built into the binary).
//!
//! ```text
//! tl decode HEX                   the TL-JSON of the boxed value in HEX, on one line
//! tl decode < FILE                the same for the hex in FILE (whitespace ignored: xxd -p)
//! tl decode --binary FILE         the same for the raw bytes of FILE (`-`: stdin)
//! tl decode --type T ...          the bytes read as the type T (bare, Vector<T>, long, ...)
//! tl decode --nested ...          bytes holding a message of the schema shown as {"@tl": ...}
//! tl decode --lines < FILE        one hex message per line, one output line per line
//! tl encode JSON                  the boxed bytes of JSON, as lowercase hex
//! tl encode --binary JSON > FILE  the same as raw bytes
//! tl decode --schema td_api.tl --dialect tdlib HEX     any schema (repeat --schema)
//! ```
//!
//! Exit status: 0 when everything converted, 1 when something did not (or the schema,
//! input or output failed), 2 for a usage mistake. A closed stdout (`tl decode --lines |
//! head -1`) ends the run quietly.

mod args;
mod run;
mod schema;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};
use run::Failure;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // --help and --version (exit 0) on stdout, usage mistakes (exit 2) on stderr;
            // a closed stream is no reason to panic.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = match cli.command {
        Command::Decode(args) => run::decode(args, &mut out),
        Command::Encode(args) => run::encode(args, &mut out),
    };
    let result = result.and_then(|all_ok| Ok(out.flush().map(|()| all_ok)?));
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // The reader of stdout has gone (`| head -1`): nothing is left to say.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => report(&format!("writing stdout: {e}")),
        Err(Failure::Message(message)) => report(&message),
    }
}

/// Prints `error: message` on stderr (a closed stderr is ignored) and returns status 1.
fn report(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "error: {message}");
    ExitCode::from(1)
}
