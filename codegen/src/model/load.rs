//! The entry point of the model: [`load`] parses several files, lowers them
//! together (names declared in one are visible in the others) and collects every
//! diagnostic with the file it belongs to.

use std::cell::OnceCell;
use std::path::Path;

use crate::diag::{Diagnostic, LineIndex, Report, Severity};
use crate::parse::ast::{self, Section};
use crate::parse::parse;

use super::builtins::{is_builtin, lower_builtin};
use super::lower::{lower_definition, Context};
use super::resolve::{head_name, Scope};
use super::types::{Dialect, FileId, Origin, Schema};
use super::validate::duplicate_warnings;

/// One schema text and the name it is reported under (usually its path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    /// A source from memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads `path`; the name is the path as given.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Ok(SourceFile::new(path.display().to_string(), text))
    }
}

/// A diagnostic and the file (index into the sources / `Schema::files`) it points into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDiagnostic {
    pub file: FileId,
    pub diagnostic: Diagnostic,
}

/// The result of [`load`]: the schema (definitions with errors left out) and
/// every diagnostic, sorted by file and position.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub schema: Schema,
    pub diagnostics: Vec<FileDiagnostic>,
    /// The sources, kept to render diagnostics in [`Loaded::into_result`].
    pub sources: Vec<SourceFile>,
}

impl Loaded {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.diagnostic.is_error())
    }

    /// How many diagnostics have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.diagnostic.severity == severity)
            .count()
    }

    /// Every diagnostic rendered (`file:line:col: error: ...`, source line, caret), one
    /// block each, up to [`DEFAULT_LIMIT`](crate::diag::DEFAULT_LIMIT) errors and as many
    /// warnings, then a line counting the rest (`... and 12,212 more errors`).
    pub fn render_diagnostics(&self, sources: &[SourceFile]) -> String {
        render(self.diagnostics.iter(), sources)
    }

    /// The schema, or the rendered errors when there are any (warnings are dropped), as
    /// [`render_diagnostics`](Self::render_diagnostics) renders them.
    pub fn into_result(self) -> Result<Schema, String> {
        if !self.has_errors() {
            return Ok(self.schema);
        }
        let errors = self.diagnostics.iter().filter(|d| d.diagnostic.is_error());
        Err(render(errors, &self.sources))
    }
}

/// The blocks of `diags`, as `codegen check` prints them, up to
/// [`DEFAULT_LIMIT`](crate::diag::DEFAULT_LIMIT) of each severity and then a count of the rest.
fn render<'a>(diags: impl Iterator<Item = &'a FileDiagnostic>, sources: &[SourceFile]) -> String {
    let files = sources.iter().map(|s| (s.name.as_str(), s.text.as_str()));
    Report::new(files).render(diags.map(|d| (d.file, &d.diagnostic)))
}

/// How [`load_with`] reads the files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// The constructor-id rule.
    pub dialect: Dialect,
    /// For schema fragments that use types declared in files not read (gotd's
    /// `legacy.tl`, tgl's `binlog.tl`): an unknown type name is a warning and
    /// resolves by its case to a boxed type or a bare constructor.
    pub allow_external: bool,
}

/// Parses and lowers `sources` together under `dialect`; every type must be declared.
pub fn load(sources: &[SourceFile], dialect: Dialect) -> Loaded {
    load_with(
        sources,
        LoadOptions {
            dialect,
            allow_external: false,
        },
    )
}

/// Parses and lowers `sources` together under `options`.
pub fn load_with(sources: &[SourceFile], options: LoadOptions) -> Loaded {
    let (files, diagnostics) = parse_sources(sources);
    lower_files(sources, &files, diagnostics, options)
}

/// Parses every source; the syntax trees and the parse diagnostics.
pub(crate) fn parse_sources(sources: &[SourceFile]) -> (Vec<ast::File<'_>>, Vec<FileDiagnostic>) {
    let mut diagnostics = Vec::new();
    let files = sources
        .iter()
        .enumerate()
        .map(|(file, source)| {
            let parsed = parse(&source.text);
            let found = parsed.diagnostics.into_iter();
            diagnostics.extend(found.map(|diagnostic| FileDiagnostic { file, diagnostic }));
            parsed.file
        })
        .collect();
    (files, diagnostics)
}

/// Lowers the parsed `files` of `sources` together under `options`; `diagnostics` are
/// those of parsing.
pub(crate) fn lower_files(
    sources: &[SourceFile],
    files: &[ast::File<'_>],
    mut diagnostics: Vec<FileDiagnostic>,
    options: LoadOptions,
) -> Loaded {
    let dialect = options.dialect;
    let mut schema = Schema {
        files: sources.iter().map(|s| s.name.clone()).collect(),
        dialect,
        ..Schema::default()
    };
    let mut push = |file: FileId, diagnostic: Diagnostic| {
        diagnostics.push(FileDiagnostic { file, diagnostic })
    };
    schema.layer = layer(files, &mut push);
    let scope = declare(files, &mut schema, options, &mut push);
    for (file, parsed) in files.iter().enumerate() {
        let cx = Context {
            scope: &scope,
            dialect,
            file,
        };
        for decl in parsed.declarations.iter().filter(|d| !is_builtin(d)) {
            let (def, diags) = lower_definition(decl, &cx);
            diags.into_iter().for_each(|d| push(file, d));
            schema.definitions.extend(def);
        }
        for class in &parsed.class_docs {
            schema
                .type_docs
                .insert(class.name.clone(), class.description.clone());
        }
    }
    let lines: Vec<OnceCell<LineIndex>> = sources.iter().map(|_| OnceCell::new()).collect();
    let locate = |origin: Origin| location(sources, &lines, origin);
    for (origin, diagnostic) in duplicate_warnings(&schema.definitions, &locate) {
        push(origin.file, diagnostic);
    }
    diagnostics.sort_by_key(|d| (d.file, d.diagnostic.span.start));
    Loaded {
        schema,
        diagnostics,
        sources: sources.to_vec(),
    }
}

/// The first `// LAYER N`; a different value elsewhere is a warning.
fn layer(files: &[ast::File], push: &mut dyn FnMut(FileId, Diagnostic)) -> Option<u32> {
    let mut found: Option<u32> = None;
    for (file, parsed) in files.iter().enumerate() {
        for layer in &parsed.layers {
            match found {
                None => found = Some(layer.value),
                Some(first) if first != layer.value => {
                    let message = format!(
                        "layer {} conflicts with layer {first} declared earlier",
                        layer.value
                    );
                    push(file, Diagnostic::warning(layer.span, message));
                }
                Some(_) => {}
            }
        }
    }
    found
}

/// First pass: built-ins into the schema, every declared name into the scope.
fn declare(
    files: &[ast::File],
    schema: &mut Schema,
    options: LoadOptions,
    push: &mut dyn FnMut(FileId, Diagnostic),
) -> Scope {
    let mut scope = Scope::new(options.dialect, options.allow_external);
    for (file, parsed) in files.iter().enumerate() {
        for decl in &parsed.declarations {
            if is_builtin(decl) {
                let (builtin, warning) = lower_builtin(decl, file);
                scope.add_builtin(&builtin);
                schema.builtins.push(builtin);
                warning.into_iter().for_each(|w| push(file, w));
            } else if decl.section == Section::Types && head_name(&decl.result).is_some() {
                scope.add_constructor(decl.name.text, &decl.result);
            }
        }
    }
    scope
}

/// `file:line:col` of an origin, for messages that mention another place; `lines` holds
/// the line index of each source, made when first needed.
fn location(sources: &[SourceFile], lines: &[OnceCell<LineIndex>], origin: Origin) -> String {
    let (Some(source), Some(index)) = (sources.get(origin.file), lines.get(origin.file)) else {
        return format!("file {}", origin.file);
    };
    let index = index.get_or_init(|| LineIndex::new(&source.text));
    let (line, col) = index.line_col(&source.text, origin.span.start);
    format!("{}:{line}:{col}", source.name)
}
