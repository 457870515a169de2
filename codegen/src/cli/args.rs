//! Command-line parsing (by hand: a few commands, a few options).

use tl_codegen::model::{Dialect, LoadOptions};

/// What `--help` prints.
pub const USAGE: &str = "\
usage: codegen                  regenerate generated/src from schema/
       codegen --check          exit 1 if generated/src is out of date
       codegen check FILE... [--dialect telegram|tdlib] [--allow-external]
                                validate schema files read together
       codegen ids FILE... [--dialect telegram|tdlib] [--allow-external]
                                print `name<TAB>kind<TAB>id<TAB>explicit|computed` per declaration,
                                built-ins (`int ? = Int`, `boolTrue = Bool`, ...) included
       codegen closure NAME... [--roots-file FILE] [--all] [--schema FILE]... [--dialect ..]
                                print what the roots pull in: definitions, types, totals
                                and the lines generated per file (nothing is written)
       codegen diff OLD.tl NEW.tl [--dialect ..] [--allow-external]
       codegen diff --old FILE... --new FILE... [--dialect ..] [--allow-external]
                                definitions added, removed and changed (id, parameters,
                                result type), boxed types gaining or losing constructors;
                                exit 0 when the schemas are the same, 1 when they differ,
                                2 when a schema does not load
       codegen --help           print this help

--dialect picks the constructor-id rule (default: telegram).
--allow-external reads a schema fragment: unknown type names are warnings.
--schema (repeatable) replaces the default schema/api.tl + schema/mtproto.tl of `closure`.
--roots-file reads root names, one a line (`#` comments), like schema/invite-roots.txt;
--all takes every definition as a root.";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    /// Regenerate (`check: false`) or check freshness (`check: true`).
    Generate {
        check: bool,
    },
    /// Validate `files` read together.
    Check {
        files: Vec<String>,
        options: LoadOptions,
    },
    /// List the ids of `files` read together.
    Ids {
        files: Vec<String>,
        options: LoadOptions,
    },
    /// Print the closure of roots and what it costs in generated lines.
    Closure {
        /// Root names from the command line.
        roots: Vec<String>,
        /// A file of more root names.
        roots_file: Option<String>,
        /// `--all`: every definition is a root.
        all: bool,
        /// Schema files; empty means the project's `schema/api.tl` + `schema/mtproto.tl`.
        schema: Vec<String>,
        options: LoadOptions,
    },
    /// Compare two schemas, each read from one or more files.
    Diff {
        old: Vec<String>,
        new: Vec<String>,
        options: LoadOptions,
    },
}

/// Parses the arguments after the program name; `Err` is a one-line message.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some(first) = args.first() else {
        return Ok(Command::Generate { check: false });
    };
    match first.as_str() {
        "--help" | "-h" | "help" if args.len() == 1 => Ok(Command::Help),
        "--check" if args.len() == 1 => Ok(Command::Generate { check: true }),
        "check" | "ids" => {
            let (files, options) = files_and_options(&args[1..])?;
            Ok(if first == "check" {
                Command::Check { files, options }
            } else {
                Command::Ids { files, options }
            })
        }
        "closure" => closure(&args[1..]),
        "diff" => diff(&args[1..]),
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

fn files_and_options(args: &[String]) -> Result<(Vec<String>, LoadOptions), String> {
    let split = split(args, &[], &[])?;
    if split.positional.is_empty() {
        return Err("no schema files given".to_owned());
    }
    Ok((split.positional, split.options))
}

fn closure(args: &[String]) -> Result<Command, String> {
    let mut split = split(args, &["--schema", "--roots-file"], &["--all"])?;
    let roots_file = split.take("--roots-file");
    if roots_file.len() > 1 {
        return Err("`--roots-file` given twice".to_owned());
    }
    let all = split.flags.contains(&"--all");
    if split.positional.is_empty() && roots_file.is_empty() && !all {
        return Err("no roots given (names, `--roots-file FILE` or `--all`)".to_owned());
    }
    if all && !(split.positional.is_empty() && roots_file.is_empty()) {
        return Err("`--all` takes no other roots".to_owned());
    }
    Ok(Command::Closure {
        schema: split.take("--schema"),
        roots: split.positional,
        roots_file: roots_file.into_iter().next(),
        all,
        options: split.options,
    })
}

fn diff(args: &[String]) -> Result<Command, String> {
    let mut split = split(args, &["--old", "--new"], &[])?;
    let (old, new) = (split.take("--old"), split.take("--new"));
    let (old, new) = match (
        split.positional.as_slice(),
        old.is_empty() && new.is_empty(),
    ) {
        ([a, b], true) => (vec![a.clone()], vec![b.clone()]),
        ([], false) if !old.is_empty() && !new.is_empty() => (old, new),
        ([], false) => return Err("`diff` needs both `--old` and `--new` files".to_owned()),
        (_, true) => return Err("`diff` takes two schema files: OLD.tl NEW.tl".to_owned()),
        (_, false) => return Err("`diff` takes either OLD NEW or --old/--new".to_owned()),
    };
    Ok(Command::Diff {
        old,
        new,
        options: split.options,
    })
}

/// Arguments sorted out: positional ones, `--name value` options, flags, load options.
struct Split {
    positional: Vec<String>,
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
    options: LoadOptions,
}

impl Split {
    /// The values of option `name`, in order.
    fn take(&mut self, name: &str) -> Vec<String> {
        let (taken, kept) = std::mem::take(&mut self.values)
            .into_iter()
            .partition(|(n, _)| *n == name);
        self.values = kept;
        taken.into_iter().map(|(_, v)| v).collect()
    }
}

/// Sorts `args` out; `--dialect` and `--allow-external` are always known, `valued` options
/// take a value (`--name value` or `--name=value`), `flags` do not.
fn split(
    args: &[String],
    valued: &[&'static str],
    flags: &[&'static str],
) -> Result<Split, String> {
    let mut out = Split {
        positional: Vec::new(),
        values: Vec::new(),
        flags: Vec::new(),
        options: LoadOptions::default(),
    };
    let mut dialect = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--allow-external" {
            out.options.allow_external = true;
            continue;
        }
        if let Some(&flag) = flags.iter().find(|f| *f == arg) {
            out.flags.push(flag);
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (arg.as_str(), None),
        };
        let known = valued.iter().chain(&["--dialect"]).find(|v| **v == name);
        let Some(&name) = known else {
            if arg.starts_with('-') && arg.len() > 1 {
                return Err(format!("unknown option `{arg}`"));
            }
            out.positional.push(arg.clone());
            continue;
        };
        let value = match inline {
            Some(value) => value,
            None => rest.next().ok_or(format!("`{name}` needs a value"))?,
        };
        if name != "--dialect" {
            out.values.push((name, value.to_owned()));
        } else if dialect.replace(parse_dialect(value)?).is_some() {
            return Err("`--dialect` given twice".to_owned());
        }
    }
    out.options.dialect = dialect.unwrap_or_default();
    Ok(out)
}

fn parse_dialect(value: &str) -> Result<Dialect, String> {
    match value {
        "telegram" => Ok(Dialect::Telegram),
        "tdlib" => Ok(Dialect::Tdlib),
        _ => Err(format!(
            "unknown dialect `{value}` (expected `telegram` or `tdlib`)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, String> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        parse(&args)
    }

    #[test]
    fn commands() {
        let files = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let options = |dialect, allow_external| LoadOptions {
            dialect,
            allow_external,
        };
        let cases = [
            ("", Command::Generate { check: false }),
            ("--check", Command::Generate { check: true }),
            ("--help", Command::Help),
            (
                "check a.tl",
                Command::Check {
                    files: files(&["a.tl"]),
                    options: options(Dialect::Telegram, false),
                },
            ),
            (
                "ids a.tl --dialect tdlib b.tl",
                Command::Ids {
                    files: files(&["a.tl", "b.tl"]),
                    options: options(Dialect::Tdlib, false),
                },
            ),
            (
                "check --allow-external --dialect=telegram a.tl",
                Command::Check {
                    files: files(&["a.tl"]),
                    options: options(Dialect::Telegram, true),
                },
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(parse_str(line), Ok(expected), "{line}");
        }
    }

    #[test]
    fn closure_and_diff() {
        let strings = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let telegram = LoadOptions::default();
        let cases = [
            (
                "closure ping --schema=a.tl pong --roots-file r.txt --schema b.tl",
                Command::Closure {
                    roots: strings(&["ping", "pong"]),
                    roots_file: Some("r.txt".into()),
                    all: false,
                    schema: strings(&["a.tl", "b.tl"]),
                    options: telegram,
                },
            ),
            (
                "closure --all --dialect tdlib",
                Command::Closure {
                    roots: vec![],
                    roots_file: None,
                    all: true,
                    schema: vec![],
                    options: LoadOptions {
                        dialect: Dialect::Tdlib,
                        allow_external: false,
                    },
                },
            ),
            (
                "diff old.tl new.tl",
                Command::Diff {
                    old: strings(&["old.tl"]),
                    new: strings(&["new.tl"]),
                    options: telegram,
                },
            ),
            (
                "diff --new c.tl --old a.tl --old=b.tl --allow-external --new d.tl",
                Command::Diff {
                    old: strings(&["a.tl", "b.tl"]),
                    new: strings(&["c.tl", "d.tl"]),
                    options: LoadOptions {
                        dialect: Dialect::Telegram,
                        allow_external: true,
                    },
                },
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(parse_str(line), Ok(expected), "{line}");
        }
    }

    #[test]
    fn errors() {
        let cases = [
            ("frobnicate", "unexpected arguments: frobnicate"),
            ("--check extra", "unexpected arguments: --check extra"),
            ("check", "no schema files given"),
            ("ids a.tl --dialect", "`--dialect` needs a value"),
            (
                "ids a.tl --dialect ton",
                "unknown dialect `ton` (expected `telegram` or `tdlib`)",
            ),
            ("check a.tl --verbose", "unknown option `--verbose`"),
            (
                "check a.tl --dialect tdlib --dialect tdlib",
                "`--dialect` given twice",
            ),
            (
                "closure",
                "no roots given (names, `--roots-file FILE` or `--all`)",
            ),
            ("closure --all ping", "`--all` takes no other roots"),
            ("closure ping --schema", "`--schema` needs a value"),
            (
                "closure --roots-file a --roots-file b",
                "`--roots-file` given twice",
            ),
            ("diff a.tl", "`diff` takes two schema files: OLD.tl NEW.tl"),
            (
                "diff a.tl b.tl c.tl",
                "`diff` takes two schema files: OLD.tl NEW.tl",
            ),
            (
                "diff --old a.tl",
                "`diff` needs both `--old` and `--new` files",
            ),
            (
                "diff a.tl --old b.tl --new c.tl",
                "`diff` takes either OLD NEW or --old/--new",
            ),
            ("diff --all a b", "unknown option `--all`"),
        ];
        for (line, expected) in cases {
            assert_eq!(parse_str(line), Err(expected.to_owned()), "{line}");
        }
    }
}
