//! Command-line parsing (by hand: four commands, one option).

use tl_codegen::model::{Dialect, LoadOptions};

/// What `--help` prints.
pub const USAGE: &str = "\
usage: codegen                  regenerate generated/src from schema/
       codegen --check          exit 1 if generated/src is out of date
       codegen check FILE... [--dialect telegram|tdlib] [--allow-external]
                                validate schema files read together
       codegen ids FILE... [--dialect telegram|tdlib] [--allow-external]
                                print `name<TAB>kind<TAB>id<TAB>explicit|computed` per declaration
       codegen --help           print this help

--dialect picks the constructor-id rule (default: telegram).
--allow-external reads a schema fragment: unknown type names are warnings.";

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
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

fn files_and_options(args: &[String]) -> Result<(Vec<String>, LoadOptions), String> {
    let mut files = Vec::new();
    let mut dialect = None;
    let mut allow_external = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--allow-external" {
            allow_external = true;
            continue;
        }
        let value = match arg.strip_prefix("--dialect") {
            Some("") => rest.next().ok_or("`--dialect` needs a value")?.as_str(),
            Some(eq) if eq.starts_with('=') => &eq[1..],
            _ if arg.starts_with('-') && arg.len() > 1 => {
                return Err(format!("unknown option `{arg}`"))
            }
            _ => {
                files.push(arg.clone());
                continue;
            }
        };
        if dialect.is_some() {
            return Err("`--dialect` given twice".to_owned());
        }
        dialect = Some(parse_dialect(value)?);
    }
    if files.is_empty() {
        return Err("no schema files given".to_owned());
    }
    let dialect = dialect.unwrap_or_default();
    Ok((
        files,
        LoadOptions {
            dialect,
            allow_external,
        },
    ))
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
        ];
        for (line, expected) in cases {
            assert_eq!(parse_str(line), Err(expected.to_owned()), "{line}");
        }
    }
}
