//! `tl`: TL bytes <-> TL-JSON on the command line, for every constructor, boxed type and
//! function of the generated set (hand-written; needs the `cli` feature, which brings clap
//! to this binary only).
//!
//! ```text
//! tl decode HEX                   the TL-JSON of the boxed value in HEX, on one line
//! tl decode < FILE                the same for the hex in FILE (whitespace ignored: xxd -p)
//! tl decode --binary FILE         the same for the raw bytes of FILE (`-`: stdin)
//! tl decode --type T ...          the bytes read as the type T (bare, Vector<T>, long, ...)
//! tl decode --lines < FILE        one hex message per line, one output line per line
//! tl encode JSON                  the boxed bytes of JSON, as lowercase hex
//! tl encode --binary JSON > FILE  the same as raw bytes
//! ```
//!
//! Exit status: 0 when everything converted, 1 when something did not (or input or output
//! failed), 2 for a usage mistake. A closed stdout (`tl decode --lines | head -1`) ends the
//! run quietly.

use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use tl_api::registry::{decode_json, decode_json_as, encode_json};
use tl_api::tl_runtime::json::{from_hex, to_hex, JsonError};

/// TL bytes <-> TL-JSON for the constructors, types and functions of tl-api's set.
#[derive(Parser)]
#[command(name = "tl", version, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 when everything converted, 1 when something did not
(each error printed once: see `tl help decode`), 2 for a usage mistake."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// TL bytes (hex or raw) -> one line of TL-JSON.
    #[command(after_help = DECODE_HELP)]
    Decode(DecodeArgs),
    /// TL-JSON -> boxed TL bytes (lowercase hex, or raw with --binary).
    #[command(after_help = ENCODE_HELP)]
    Encode(EncodeArgs),
}

const DECODE_HELP: &str = "Input (one message unless --lines):
  HEX               the argument
  --binary FILE     the raw bytes of FILE (`-`: stdin), as `protoc --decode` reads
  (neither)         all of stdin as hex: whitespace and line breaks are ignored,
                    so `xxd -p FILE | tl decode` is one message
  --lines           stream mode: every non-blank line of stdin is a hex message of its
                    own, answered by one output line
Without --type, the bytes must start with the id of a boxed constructor or function of
the set; a bare constructor, a Vector<T> answer or a primitive needs --type.

Errors are printed once:
  one message       `error: ...` on stderr, nothing on stdout, exit status 1
  --lines           `error: ...` on stdout in the failed line's place (not on stderr), so
                    output line N still answers input line N; the other lines go through,
                    and the exit status is 1 at the end

Examples:
  tl decode 90de55a400000000c97ea07d
  xxd -p answer.bin | tl decode --type 'Vector<ExportedChatInvite>'
  tl decode --binary invite.bin --type chatInviteExported
  tl decode --lines < messages.hex";

const ENCODE_HELP: &str = "Input (one object unless --lines):
  JSON              the argument
  (no JSON)         all of stdin, which may span lines (pretty-printed JSON)
  --lines           stream mode: every non-blank line of stdin is an object of its own,
                    answered by one hex line
Output: lowercase hex and a newline; with --binary, the raw bytes alone.

Errors are printed once, as for `tl decode`: on stderr for one object, on stdout in the
failed line's place with --lines; the exit status is then 1.

Examples:
  tl encode '{\"_\":\"messages.exportChatInvite\",\"peer\":{\"_\":\"inputPeerSelf\"}}'
  tl encode --binary < call.json > call.bin
  jq -c .tl vectors.jsonl | tl encode --lines";

#[derive(Args)]
struct DecodeArgs {
    /// The message as hex digits (either case; whitespace ignored).
    #[arg(value_name = "HEX", conflicts_with_all = ["binary", "lines"])]
    hex: Option<String>,
    /// Read the raw bytes of FILE (`-`: stdin) as one message.
    #[arg(short, long, value_name = "FILE", conflicts_with = "lines")]
    binary: Option<PathBuf>,
    /// Stream mode: one hex message per line of stdin, one output line each.
    #[arg(short, long)]
    lines: bool,
    /// Read the bytes as TYPE, not by their leading id (Vector<ExportedChatInvite>, ...)
    ///
    /// TYPE: a boxed type (ExportedChatInvite: its id is checked), a bare constructor
    /// (chatInviteExported: no id, printed with its "_"), a primitive (int, long, double,
    /// string, bytes, int128, int256, Bool), or Vector<T> / the bare vector<T> of any of
    /// these (Vector<long>, vector<int>).
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    ty: Option<String>,
}

#[derive(Args)]
struct EncodeArgs {
    /// The TL-JSON object (`"_"` names its constructor or function).
    #[arg(value_name = "JSON", conflicts_with = "lines")]
    json: Option<String>,
    /// Write raw bytes to stdout, not lowercase hex and a newline.
    #[arg(short, long, conflicts_with = "lines")]
    binary: bool,
    /// Stream mode: one object per line of stdin, one hex line each.
    #[arg(short, long)]
    lines: bool,
}

/// Why a run stopped: a message for stderr, or stdout failing (quiet when closed).
enum Failure {
    Message(String),
    Output(io::Error),
}

impl From<JsonError> for Failure {
    fn from(error: JsonError) -> Self {
        Failure::Message(error.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

/// Which way a message is converted (`ty`: the type of `--type`).
#[derive(Clone, Copy)]
enum Mode<'a> {
    Decode { ty: Option<&'a str> },
    Encode,
}

/// The bytes spelled by the hex `text`, whitespace anywhere ignored; a bad character's
/// position counts every character of `text`.
fn hex_message(text: &str) -> Result<Vec<u8>, JsonError> {
    let mut digits = String::with_capacity(text.len());
    let mut positions = Vec::with_capacity(text.len());
    for (position, c) in text.chars().enumerate() {
        if !c.is_whitespace() {
            digits.push(c);
            positions.push(position);
        }
    }
    from_hex(&digits).map_err(|error| match error {
        JsonError::Hex { position, found } => JsonError::Hex {
            position: match positions.get(position) {
                Some(&original) => original,
                None => positions.last().map_or(0, |&last| last + 1),
            },
            found,
        },
        other => other,
    })
}

/// The TL-JSON of `bytes`: by their leading id, or as `ty`.
fn decode_bytes(ty: Option<&str>, bytes: &[u8]) -> Result<String, JsonError> {
    match ty {
        Some(ty) => decode_json_as(ty, bytes),
        None => decode_json(bytes),
    }
}

/// Converts one line of the stream.
fn convert(mode: Mode<'_>, input: &str) -> Result<String, JsonError> {
    match mode {
        Mode::Decode { ty } => decode_bytes(ty, &hex_message(input)?),
        Mode::Encode => Ok(to_hex(&encode_json(input)?)),
    }
}

/// Converts every line of `input` into `out`, a failed line's error in its place; returns
/// whether all lines went through.
fn stream(mode: Mode<'_>, input: impl BufRead, out: &mut impl Write) -> Result<bool, Failure> {
    let mut all_ok = true;
    for (number, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(|e| Failure::Message(format!("reading stdin: {e}")))?;
        let result = match std::str::from_utf8(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => convert(mode, text.trim()).map_err(|e| e.to_string()),
            Err(e) => Err(format!(
                "expected UTF-8 text, found an invalid byte at byte {} of line {}",
                e.valid_up_to(),
                number + 1
            )),
        };
        match result {
            Ok(text) => writeln!(out, "{text}")?,
            Err(message) => {
                all_ok = false;
                writeln!(out, "error: {message}")?;
            }
        }
    }
    Ok(all_ok)
}

/// All the bytes of `path` (`-`: stdin).
fn read_all(path: &Path) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    let result = if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(drop)
    } else {
        fs::read(path).map(|read| bytes = read)
    };
    let name = if path.as_os_str() == "-" {
        "stdin".to_owned()
    } else {
        path.display().to_string()
    };
    result.map_err(|e| Failure::Message(format!("reading {name}: {e}")))?;
    Ok(bytes)
}

/// All of stdin as text: one message (`what` it should hold, for the errors).
fn read_stdin_text(what: &str) -> Result<String, Failure> {
    let bytes = read_all(Path::new("-"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure::Message(format!(
            "expected {what} text on stdin, found an invalid UTF-8 byte at byte {}{}",
            e.utf8_error().valid_up_to(),
            if what == "hex" {
                " (for raw bytes, use --binary -)"
            } else {
                ""
            }
        ))
    })?;
    if text.trim().is_empty() {
        return Err(Failure::Message(format!(
            "expected {what} on stdin, found nothing"
        )));
    }
    Ok(text)
}

fn decode(args: DecodeArgs, out: &mut impl Write) -> Result<bool, Failure> {
    let ty = args.ty.as_deref();
    if args.lines {
        return stream(Mode::Decode { ty }, io::stdin().lock(), out);
    }
    let bytes = match (&args.hex, &args.binary) {
        (Some(hex), _) => hex_message(hex)?,
        (None, Some(path)) => read_all(path)?,
        (None, None) => hex_message(&read_stdin_text("hex")?)?,
    };
    writeln!(out, "{}", decode_bytes(ty, &bytes)?)?;
    Ok(true)
}

fn encode(args: EncodeArgs, out: &mut impl Write) -> Result<bool, Failure> {
    if args.lines {
        return stream(Mode::Encode, io::stdin().lock(), out);
    }
    let text = match args.json {
        Some(text) => text,
        None => read_stdin_text("TL-JSON")?,
    };
    let bytes = encode_json(&text)?;
    if args.binary {
        out.write_all(&bytes)?;
    } else {
        writeln!(out, "{}", to_hex(&bytes))?;
    }
    Ok(true)
}

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
        Command::Decode(args) => decode(args, &mut out),
        Command::Encode(args) => encode(args, &mut out),
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
