//! `tl`: TL bytes <-> TL-JSON on the command line, for every boxed constructor and function
//! of the generated set (hand-written; needs the `json` feature).
//!
//! ```text
//! tl decode HEX     print the TL-JSON of the boxed value in HEX, on one line
//! tl encode JSON    print the lowercase hex of the TL-JSON object JSON
//! tl decode|encode  the same for every line of stdin: one output line per input line
//! ```
//!
//! On stdin, blank lines are skipped; a line that fails prints `error: <what, where>` in its
//! place on stdout (and the same line on stderr), the other lines still go through, and the
//! exit status is 1 at the end. With an argument, a failure prints the error on stderr and
//! exits with 1. Usage mistakes exit with 2.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use tl_api::registry::{decode_json, encode_json};
use tl_api::tl_runtime::json::{from_hex, to_hex, JsonError};

const USAGE: &str = "usage: tl decode [HEX] | tl encode [JSON]
  decode: boxed TL bytes (hex) -> TL-JSON, one line
  encode: TL-JSON -> boxed TL bytes (lowercase hex)
  without the argument, every line of stdin is converted (blank lines skipped)";

/// Which way a line is converted.
#[derive(Clone, Copy)]
enum Mode {
    Decode,
    Encode,
}

/// Converts one input (a line or the argument).
fn convert(mode: Mode, input: &str) -> Result<String, JsonError> {
    match mode {
        Mode::Decode => decode_json(&from_hex(input)?),
        Mode::Encode => Ok(to_hex(&encode_json(input)?)),
    }
}

/// Converts every line of `input` into `out`; returns whether all lines went through.
fn stream(mode: Mode, input: impl BufRead, out: &mut impl Write) -> io::Result<bool> {
    let mut all_ok = true;
    for line in input.split(b'\n') {
        let line = line?;
        let result = match std::str::from_utf8(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => convert(mode, text.trim()).map_err(|e| e.to_string()),
            Err(e) => Err(format!(
                "expected UTF-8 text, found an invalid byte at byte {} of the line",
                e.valid_up_to()
            )),
        };
        match result {
            Ok(text) => writeln!(out, "{text}")?,
            Err(message) => {
                all_ok = false;
                writeln!(out, "error: {message}")?;
                eprintln!("error: {message}");
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args.first().map(String::as_str) {
        Some("decode") => Mode::Decode,
        Some("encode") => Mode::Encode,
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match &args[1..] {
        [] => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            match stream(mode, io::stdin().lock(), &mut out) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        [input] => match convert(mode, input) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
