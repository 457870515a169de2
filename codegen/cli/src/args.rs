//! The command line, declared with clap: subcommands, their options and their help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use tl_codegen::model::Dialect;

/// What `codegen` does without a subcommand, said after the subcommand list of `--help`.
const MAINTENANCE: &str = "\
Maintenance of the tl-rs workspace itself (what `cargo run -p codegen` runs):
  codegen              same as `codegen regenerate`
  codegen --check      same as `codegen regenerate --check`
Both work only inside the checkout this binary was built from; anywhere else they explain
why and exit 2. Use `codegen generate` for bindings of your own schema.

Exit codes: 0 success, 1 schema errors or stale files, 2 usage errors.";

/// Rust bindings and tools for Telegram TL schemas.
#[derive(Debug, Parser)]
#[command(name = "codegen", version, after_help = MAINTENANCE)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Without a subcommand: `codegen regenerate --check` (this workspace only)
    #[arg(long)]
    pub check: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the bindings of a schema as one Rust file (what a build script gets)
    #[command(after_help = "\
Include the file with `include!(\"path/to/FILE.rs\");` in a crate that depends on tl-runtime.
Exit codes: 0 written (or fresh with --check), 1 schema errors or a stale file, 2 usage errors.")]
    Generate(GenerateArgs),
    /// Validate schema files read together; diagnostics on stderr, a summary on stdout
    Check(SchemaFiles),
    /// Print `name<TAB>kind<TAB>id<TAB>explicit|computed` per declaration, built-ins included
    Ids(SchemaFiles),
    /// Print what roots pull in (definitions, types, totals, generated lines per file); writes nothing
    Closure(ClosureArgs),
    /// Compare two schemas: definitions added, removed and changed, types gaining or losing constructors
    #[command(override_usage = "codegen diff [OPTIONS] <OLD> <NEW>\n       \
                                codegen diff [OPTIONS] --old <FILE>... --new <FILE>...")]
    #[command(after_help = "\
Exit codes: 0 the schemas are the same, 1 they differ, 2 a schema does not load (or usage).")]
    Diff(DiffArgs),
    /// Maintenance of this workspace: regenerate generated/src from schema/
    Regenerate(RegenerateArgs),
}

/// How schema files are read.
#[derive(Debug, Clone, Args)]
pub struct LoadArgs {
    /// The constructor-id rule; `detect` prints a note on stderr saying which and why
    #[arg(long, value_enum, default_value_t = DialectArg::Detect)]
    pub dialect: DialectArg,
    /// Read a schema fragment: unknown type names are warnings, not errors
    #[arg(long)]
    pub allow_external: bool,
}

/// [`Dialect`] on the command line, or `detect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    /// From the schema: its explicit ids, TDLib/TON built-ins, `// LAYER N`, `//@` docs
    Detect,
    /// Telegram's api.tl and mtproto.tl: `bytes` hashed as `string`, `?true` fields left out
    Telegram,
    /// TDLib and TON: neither (`int32`, `int53`, `object ? = Object;` built-ins)
    Tdlib,
}

impl DialectArg {
    /// The dialect named, or `None` for `detect`.
    pub fn named(self) -> Option<Dialect> {
        match self {
            DialectArg::Detect => None,
            DialectArg::Telegram => Some(Dialect::Telegram),
            DialectArg::Tdlib => Some(Dialect::Tdlib),
        }
    }
}

/// `check` and `ids`: schema files read together.
#[derive(Debug, Args)]
pub struct SchemaFiles {
    /// Schema files, read together as one schema
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Schema files, read together (repeat the option or list several)
    #[arg(long, value_name = "FILE", required = true, num_args = 1..)]
    pub schema: Vec<PathBuf>,
    /// The constructor-id rule; `detect` prints a note on stderr saying which and why
    #[arg(long, value_enum, default_value_t = DialectArg::Detect)]
    pub dialect: DialectArg,
    /// A file of root names, one a line (`#` starts a comment); repeatable
    #[arg(long, value_name = "FILE")]
    pub roots_file: Vec<PathBuf>,
    /// A root: only the roots and what they reference are generated (default: everything); repeatable
    #[arg(long = "root", value_name = "NAME")]
    pub roots: Vec<String>,
    /// Derive JSON (serde) under this cargo feature of the including crate: TL-JSON, or TDLib's JSON (`"@type"`) for the TDLib/TON dialect (default: no JSON)
    #[arg(long, value_name = "NAME")]
    pub json_feature: Option<String>,
    /// How the generated code reaches the runtime crate
    #[arg(long, value_name = "PATH", default_value = "::tl_runtime")]
    pub runtime_path: String,
    /// Accept types the schema uses without declaring them (with --extern-path for them)
    #[arg(long)]
    pub allow_external: bool,
    /// TL `bytes` fields matching PATH become `Bytes` (zero-copy decoding); repeatable
    #[arg(long = "bytes", value_name = "PATH")]
    pub bytes: Vec<String>,
    /// TL `string` fields matching PATH become `tl_runtime::SharedStr`; repeatable
    #[arg(long = "shared-strings", value_name = "PATH")]
    pub shared_strings: Vec<String>,
    /// Add ATTRIBUTE to the types matching PATH (`PATH=#[derive(Hash)]`); repeatable
    #[arg(long = "type-attribute", value_name = "PATH=ATTRIBUTE", value_parser = path_and_value)]
    pub type_attributes: Vec<(String, String)>,
    /// Add ATTRIBUTE to the fields matching PATH (`chat.title=#[doc(alias = "name")]`); repeatable
    #[arg(long = "field-attribute", value_name = "PATH=ATTRIBUTE", value_parser = path_and_value)]
    pub field_attributes: Vec<(String, String)>,
    /// Write the boxed types matching TL_PATH as RUST_PATH, and do not generate them; repeatable
    #[arg(long = "extern-path", value_name = "TL_PATH=RUST_PATH", value_parser = path_and_value)]
    pub extern_paths: Vec<(String, String)>,
    /// The file to write
    #[arg(long, value_name = "FILE.rs")]
    pub out: PathBuf,
    /// Write nothing; exit 1 naming FILE.rs when it is not what would be written
    #[arg(long)]
    pub check: bool,
    /// Words that are no option's value: explained (a TL name wants `--root`), exit 2
    #[arg(hide = true, value_name = "STRAY")]
    pub stray: Vec<String>,
}

impl GenerateArgs {
    /// How the schema files are read.
    pub fn load(&self) -> LoadArgs {
        LoadArgs {
            dialect: self.dialect,
            allow_external: self.allow_external,
        }
    }
}

/// `PATH=VALUE` of the path options of `generate` (the path rule is `tl_codegen::Config`'s).
fn path_and_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((path, value)) if !path.is_empty() && !value.is_empty() => {
            Ok((path.to_owned(), value.to_owned()))
        }
        _ => Err(format!("expected PATH=VALUE, found `{text}`")),
    }
}

#[derive(Debug, Args)]
pub struct ClosureArgs {
    /// Root names (`messages.exportChatInvite`)
    #[arg(value_name = "NAME", required_unless_present_any = ["roots_file", "all"])]
    pub roots: Vec<String>,
    /// Read more root names from FILE, one a line (`#` comments), like schema/invite-roots.txt
    #[arg(long, value_name = "FILE")]
    pub roots_file: Option<String>,
    /// Take every definition as a root
    #[arg(long, conflicts_with_all = ["roots", "roots_file"])]
    pub all: bool,
    /// A schema file (repeatable); default: this workspace's schema/api.tl + schema/mtproto.tl
    #[arg(long, value_name = "FILE")]
    pub schema: Vec<String>,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old schema, one file
    #[arg(
        value_name = "OLD",
        requires = "new_file",
        required_unless_present_any = ["old", "new"],
        conflicts_with_all = ["old", "new"]
    )]
    pub old_file: Option<String>,
    /// The new schema, one file
    #[arg(value_name = "NEW")]
    pub new_file: Option<String>,
    /// A file of the old schema (repeatable; with --new)
    #[arg(long, value_name = "FILE", requires = "new")]
    pub old: Vec<String>,
    /// A file of the new schema (repeatable; with --old)
    #[arg(long, value_name = "FILE", requires = "old")]
    pub new: Vec<String>,
    #[command(flatten)]
    pub load: LoadArgs,
}

impl DiffArgs {
    /// The files of the old and of the new schema.
    pub fn sides(self) -> (Vec<String>, Vec<String>) {
        match (self.old_file, self.new_file) {
            (Some(old), Some(new)) => (vec![old], vec![new]),
            _ => (self.old, self.new),
        }
    }
}

#[derive(Debug, Args)]
pub struct RegenerateArgs {
    /// Write nothing; exit 1 listing the files that are out of date
    #[arg(long)]
    pub check: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("codegen").chain(line.split_whitespace()))
    }

    #[test]
    fn the_declaration_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_subcommand_is_regenerate() {
        let cli = parse("").unwrap();
        assert!(cli.command.is_none() && !cli.check);
        let cli = parse("--check").unwrap();
        assert!(cli.command.is_none() && cli.check);
        assert!(parse("--check check a.tl").is_err());
        let Some(Command::Regenerate(args)) = parse("regenerate --check").unwrap().command else {
            panic!("regenerate");
        };
        assert!(args.check);
    }

    #[test]
    fn options_mix_with_files() {
        let Some(Command::Ids(args)) = parse("ids a.tl --dialect tdlib b.tl").unwrap().command
        else {
            panic!("ids");
        };
        assert_eq!(args.files, ["a.tl", "b.tl"]);
        assert_eq!(args.load.dialect.named(), Some(Dialect::Tdlib));
        let Some(Command::Check(args)) = parse("check --allow-external --dialect=telegram a.tl")
            .unwrap()
            .command
        else {
            panic!("check");
        };
        assert!(args.load.allow_external);
        assert_eq!(args.load.dialect.named(), Some(Dialect::Telegram));
        let Some(Command::Check(args)) = parse("check a.tl").unwrap().command else {
            panic!("check");
        };
        assert_eq!(args.load.dialect, DialectArg::Detect, "detected by default");
        assert!(parse("check a.tl --dialect detect").is_ok());
        assert!(parse("check a.tl --dialect tdlib --dialect tdlib").is_err());
        assert!(parse("check").is_err());
        assert!(parse("ids a.tl --dialect ton").is_err());
    }

    #[test]
    fn closure_roots() {
        let line = "closure ping --schema=a.tl pong --roots-file r.txt --schema b.tl";
        let Some(Command::Closure(args)) = parse(line).unwrap().command else {
            panic!("closure");
        };
        assert_eq!(args.roots, ["ping", "pong"]);
        assert_eq!(args.schema, ["a.tl", "b.tl"]);
        assert_eq!(args.roots_file.as_deref(), Some("r.txt"));
        assert!(parse("closure --all --dialect tdlib").is_ok());
        for bad in [
            "closure",
            "closure --all ping",
            "closure ping --schema",
            "closure --roots-file a --roots-file b",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn diff_sides() {
        let sides = |line| match parse(line).unwrap().command {
            Some(Command::Diff(args)) => args.sides(),
            _ => panic!("diff"),
        };
        assert_eq!(
            sides("diff old.tl new.tl"),
            (vec!["old.tl".into()], vec!["new.tl".into()])
        );
        assert_eq!(
            sides("diff --new c.tl --old a.tl --old=b.tl --allow-external --new d.tl"),
            (
                vec!["a.tl".into(), "b.tl".into()],
                vec!["c.tl".into(), "d.tl".into()]
            )
        );
        for bad in [
            "diff a.tl",
            "diff a.tl b.tl c.tl",
            "diff --old a.tl",
            "diff a.tl --old b.tl --new c.tl",
            "diff --all a b",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn generate_options() {
        let line = "generate --schema a.tl b.tl --schema c.tl --root x --root y --out o.rs";
        let Some(Command::Generate(args)) = parse(line).unwrap().command else {
            panic!("generate");
        };
        assert_eq!(args.schema.len(), 3);
        assert_eq!(args.roots, ["x", "y"]);
        assert_eq!(args.runtime_path, "::tl_runtime");
        assert_eq!(args.dialect, DialectArg::Detect);
        assert!(args.stray.is_empty());
        let line = "generate --schema a.tl getMe --out o.rs getMe2";
        let Some(Command::Generate(args)) = parse(line).unwrap().command else {
            panic!("generate");
        };
        assert_eq!(args.schema, [PathBuf::from("a.tl"), PathBuf::from("getMe")]);
        assert_eq!(args.stray, ["getMe2"]);
        assert!(parse("generate --schema a.tl").is_err(), "no --out");
        assert!(parse("generate --out o.rs").is_err(), "no --schema");
    }
}
