//! Words of `codegen generate` that are not what they were taken for: `--schema api.tl
//! getMe` takes `getMe` for a schema file. A word that is no existing file but a name the
//! schema declares, or one that looks like a TL name, is explained: it wants `--root`.

use std::path::Path;

use tl_codegen::diag::{did_you_mean, nearest_names};
use tl_codegen::model::{load_with, Dialect, LoadOptions, SourceFile};

use crate::args::GenerateArgs;

/// Extensions of the files codegen reads: `api.tl` is a missing file, not a TL name.
const FILE_EXTENSIONS: [&str; 5] = ["tl", "txt", "json", "tsv", "rs"];

/// Why the words taken for schema files (or left over) are wrong, when some are: the
/// message for the first one, without `error: `.
pub fn stray_words(args: &GenerateArgs) -> Option<String> {
    let missing = args.schema.iter().filter(|path| !path.exists());
    let names = missing
        .filter_map(|path| path.to_str())
        .filter(|word| looks_like_name(word));
    let mut words = names
        .map(str::to_owned)
        .chain(args.stray.iter().cloned())
        .peekable();
    words.peek()?;
    let declared = declared_names(args);
    let word = words.next()?;
    if declared.contains(&word) {
        return Some(format!("`{word}` is not a file; {}", use_root(&word)));
    }
    if !looks_like_name(&word) {
        return Some(format!(
            "unexpected argument `{word}` (schema files follow `--schema`, roots `--root`)"
        ));
    }
    let near = nearest_names(&word, declared.iter().map(String::as_str));
    let hint = did_you_mean(&near)
        .map(|h| format!("; {h}"))
        .unwrap_or_default();
    Some(format!(
        "`{word}` is not a file; {} (the schema declares no `{word}`{hint})",
        use_root(&word)
    ))
}

fn use_root(word: &str) -> String {
    format!("to generate only it and what it references, pass `--root {word}`")
}

/// A dotted name of identifiers (`getMe`, `messages.exportChatInvite`) that is not a file
/// name with a known extension.
fn looks_like_name(word: &str) -> bool {
    let identifier = |part: &str| {
        let mut chars = part.chars();
        let first = chars.next();
        first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    let extension = word
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    let is_file = extension.is_some_and(|ext| FILE_EXTENSIONS.contains(&ext.as_str()));
    word.split('.').all(identifier) && !is_file
}

/// The TL names of the definitions of the schema files that exist (any dialect will do).
fn declared_names(args: &GenerateArgs) -> Vec<String> {
    let files = args.schema.iter().filter(|path| path.is_file());
    let sources: Vec<SourceFile> = files
        .filter_map(|path| SourceFile::read(Path::new(path)).ok())
        .collect();
    let options = LoadOptions {
        dialect: Dialect::Telegram,
        allow_external: true,
    };
    let schema = load_with(&sources, options).schema;
    schema
        .definitions
        .iter()
        .map(|d| d.name.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_files() {
        for name in [
            "getMe",
            "messages.exportChatInvite",
            "_x.y1",
            "liteServer.getMasterchainInfo",
        ] {
            assert!(looks_like_name(name), "{name}");
        }
        for file in [
            "api.tl",
            "roots.TXT",
            "docs.json",
            "out.rs",
            "a/b",
            "x-y",
            "",
            "a..b",
            "1a",
        ] {
            assert!(!looks_like_name(file), "{file}");
        }
    }
}
