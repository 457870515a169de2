//! Loading schema files the way every subcommand does: with the dialect of `--dialect`, or
//! the one detected from the schema (the default), saying which and why on stderr.

use std::path::Path;

use tl_codegen::diag::Report;
use tl_codegen::model::detect::{id_hint, load_detected, Spelling};
use tl_codegen::model::{load_with, FileDiagnostic, LoadOptions, Loaded, SourceFile};

use crate::args::LoadArgs;

/// A loaded schema and the warnings about its dialect (explicit ids that the other rule
/// computes), kept apart so that `check` counts them and the other commands print them.
pub struct Load {
    pub loaded: Loaded,
    pub dialect_warnings: Vec<FileDiagnostic>,
}

impl Load {
    /// The schema's diagnostics with the dialect warnings first: what `check` prints.
    pub fn all_diagnostics(self) -> Loaded {
        let mut loaded = self.loaded;
        let rest = std::mem::take(&mut loaded.diagnostics);
        loaded.diagnostics = self.dialect_warnings.into_iter().chain(rest).collect();
        loaded
    }

    /// Prints the dialect warnings to stderr, then returns the schema or prints its
    /// errors (as `check` prints them) and returns `None`.
    pub fn into_schema(self) -> Option<tl_codegen::model::Schema> {
        eprint!("{}", render(&self.loaded.sources, &self.dialect_warnings));
        match self.loaded.into_result() {
            Ok(schema) => Some(schema),
            Err(errors) => {
                eprint!("{errors}");
                None
            }
        }
    }
}

/// Reads every file; prints why on failure.
pub fn read_all(files: &[impl AsRef<Path>]) -> Option<Vec<SourceFile>> {
    let mut sources = Vec::new();
    for file in files {
        let file = file.as_ref();
        match SourceFile::read(file) {
            Ok(source) => sources.push(source),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", file.display());
                return None;
            }
        }
    }
    Some(sources)
}

/// Loads `sources` as `args` say. With a detected dialect, prints `note: dialect ..., ...`
/// (prefixed with `label` when there are several schemas, as in `diff`), and a conflict of
/// the evidence is an error among the loaded diagnostics.
pub fn load(sources: &[SourceFile], args: &LoadArgs, label: &str) -> Load {
    let loaded = match args.dialect.named() {
        Some(dialect) => load_with(
            sources,
            LoadOptions {
                dialect,
                allow_external: args.allow_external,
            },
        ),
        None => {
            let (mut loaded, detection) = load_detected(sources, args.allow_external);
            eprintln!(
                "note: {label}{}",
                detection.summary(sources, Spelling::CommandLine)
            );
            if let Some(error) = detection.conflict_diagnostic(sources, Spelling::CommandLine) {
                loaded.diagnostics.insert(0, error);
            }
            loaded
        }
    };
    let hint = id_hint(&loaded.schema).filter(|_| !loaded.has_errors());
    let dialect_warnings = hint
        .map(|hint| hint.diagnostic(&loaded.schema, Spelling::CommandLine))
        .into_iter()
        .collect();
    Load {
        loaded,
        dialect_warnings,
    }
}

/// `diagnostics` of `sources`, one block each.
pub fn render(sources: &[SourceFile], diagnostics: &[FileDiagnostic]) -> String {
    let files = sources.iter().map(|s| (s.name.as_str(), s.text.as_str()));
    Report::new(files).render(diagnostics.iter().map(|d| (d.file, &d.diagnostic)))
}
