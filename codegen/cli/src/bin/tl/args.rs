//! The command line of `tl` (clap): `decode` and `encode`, and the schema they read.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use tl_codegen::model::{Dialect, LoadOptions};

/// TL bytes <-> TL-JSON for any TL schema (default: Telegram's layer 230, built in).
#[derive(Parser)]
#[command(name = "tl", version, propagate_version = true)]
#[command(
    after_help = "Exit status: 0 when everything converted, 1 when something did not
(each error printed once: see `tl help decode`), 2 for a usage mistake."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
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
the schema; a bare constructor, a Vector<T> answer or a primitive needs --type.

Schema: layer 230 (api.tl + mtproto.tl) is built in; --schema FILE (repeatable) reads
another one at run time, --dialect tdlib for TDLib's and TON's id rule.

Errors are printed once:
  one message       `error: ...` on stderr, nothing on stdout, exit status 1
  --lines           `error: ...` on stdout in the failed line's place (not on stderr), so
                    output line N still answers input line N; the other lines go through,
                    and the exit status is 1 at the end

Examples:
  tl decode 90de55a400000000c97ea07d
  tl decode 0d0d9bda01000000d3c70ec0
  xxd -p answer.bin | tl decode --type 'Vector<ExportedChatInvite>'
  tl decode --binary invite.bin --type chatInviteExported
  tl decode --lines < messages.hex
  tl decode --schema lite_api.tl --dialect tdlib --nested 7af98bb4...";

const ENCODE_HELP: &str = "Input (one object unless --lines):
  JSON              the argument
  (no JSON)         all of stdin, which may span lines (pretty-printed JSON)
  --lines           stream mode: every non-blank line of stdin is an object of its own,
                    answered by one hex line
Output: lowercase hex and a newline; with --binary, the raw bytes alone.
A `bytes` value may be {\"@tl\": OBJECT}: the bytes of that message (what decode --nested
prints).

Errors are printed once, as for `tl decode`: on stderr for one object, on stdout in the
failed line's place with --lines; the exit status is then 1.

Examples:
  tl encode '{\"_\":\"messages.exportChatInvite\",\"peer\":{\"_\":\"inputPeerSelf\"}}'
  tl encode --binary < call.json > call.bin
  jq -c .tl vectors.jsonl | tl encode --lines";

/// Which schema is read.
#[derive(Args)]
pub struct SchemaArgs {
    /// Read the schema from FILE instead of the built-in layer 230 (repeatable: the files
    /// are read together as one schema)
    #[arg(long = "schema", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The constructor-id rule of the --schema files
    #[arg(long, value_enum, default_value_t = DialectArg::Telegram, requires = "files")]
    pub dialect: DialectArg,
    /// Read a schema fragment: unknown type names are warnings, not errors
    #[arg(long, requires = "files")]
    pub allow_external: bool,
}

impl SchemaArgs {
    pub fn options(&self) -> LoadOptions {
        LoadOptions {
            dialect: self.dialect.into(),
            allow_external: self.allow_external,
        }
    }
}

/// [`Dialect`] on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    /// Telegram's api.tl and mtproto.tl (and older layers)
    Telegram,
    /// TDLib's td_api.tl and TON's schemas
    Tdlib,
}

impl From<DialectArg> for Dialect {
    fn from(dialect: DialectArg) -> Self {
        match dialect {
            DialectArg::Telegram => Dialect::Telegram,
            DialectArg::Tdlib => Dialect::Tdlib,
        }
    }
}

#[derive(Args)]
pub struct DecodeArgs {
    /// The message as hex digits (either case; whitespace ignored).
    #[arg(value_name = "HEX", conflicts_with_all = ["binary", "lines"])]
    pub hex: Option<String>,
    /// Read the raw bytes of FILE (`-`: stdin) as one message.
    #[arg(short, long, value_name = "FILE", conflicts_with = "lines")]
    pub binary: Option<PathBuf>,
    /// Stream mode: one hex message per line of stdin, one output line each.
    #[arg(short, long)]
    pub lines: bool,
    /// Read the bytes as TYPE, not by their leading id (Vector<ExportedChatInvite>, ...)
    ///
    /// TYPE: a boxed type (ExportedChatInvite: its id is checked), a bare constructor
    /// (chatInviteExported: no id, printed with its "_"), a primitive (int, long, double,
    /// string, bytes, int128, int256, Bool, or a built-in of the schema such as int53),
    /// or Vector<T> / the bare vector<T> of any of these (Vector<long>, vector<int>).
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub ty: Option<String>,
    /// Show a `bytes` value that holds exactly one message of the schema (and encodes back
    /// to the same bytes) as {"@tl": MESSAGE} instead of hex; `tl encode` reads it back
    #[arg(long)]
    pub nested: bool,
    #[command(flatten)]
    pub schema: SchemaArgs,
}

#[derive(Args)]
pub struct EncodeArgs {
    /// The TL-JSON object (`"_"` names its constructor or function).
    #[arg(value_name = "JSON", conflicts_with = "lines")]
    pub json: Option<String>,
    /// Write raw bytes to stdout, not lowercase hex and a newline.
    #[arg(short, long, conflicts_with = "lines")]
    pub binary: bool,
    /// Stream mode: one object per line of stdin, one hex line each.
    #[arg(short, long)]
    pub lines: bool,
    #[command(flatten)]
    pub schema: SchemaArgs,
}
