//! `codegen closure`: what a root list pulls in, and what it costs in generated lines,
//! before anything is written.

use std::fs;
use std::path::Path;

use tl_codegen::config::parse_roots;
use tl_codegen::emit::closure::{self, render_unknown_roots, unknown_roots, Closure};
use tl_codegen::emit::index::Index;
use tl_codegen::emit::naming::tl_name;
use tl_codegen::emit::{emit, DocsOverlay, EmitOptions, OutputFile};
use tl_codegen::model::{Category, Schema, SourceFile};

use crate::args::LoadArgs;
use crate::diff::load_side;
use crate::out;
use crate::regenerate::{DOCS_FILE, SCHEMA_FILES};

/// What `codegen closure` was asked.
pub struct Request<'a> {
    pub roots: &'a [String],
    pub roots_file: Option<&'a str>,
    pub all: bool,
    /// Empty: the schema (and the docs overlay) of `workspace`.
    pub schema: &'a [String],
    /// The tl-rs workspace, when `schema` is empty.
    pub workspace: Option<&'a Path>,
    pub load: &'a LoadArgs,
}

/// Prints one `kind<TAB>name` line per definition and boxed type, then the totals and the
/// generated lines per file; false (after printing why) on errors.
pub fn run(request: &Request<'_>) -> bool {
    match report(request) {
        Ok(text) => {
            out::print(&text);
            true
        }
        Err(message) => {
            eprint!("{message}");
            false
        }
    }
}

/// The report, or what to print on stderr instead.
fn report(request: &Request<'_>) -> Result<String, String> {
    let project = request.workspace.filter(|_| request.schema.is_empty());
    let files: Vec<String> = match project {
        Some(root) => {
            let path = |name: &&str| root.join(name).display().to_string();
            SCHEMA_FILES.iter().map(path).collect()
        }
        None => request.schema.to_vec(),
    };
    let schema = load_side(&files, request.load, "").ok_or("error: the schema has errors\n")?;
    let (roots, roots_files) = roots(request).map_err(|e| format!("error: {e}\n"))?;
    let unknown = unknown_roots(&schema, roots.as_deref().unwrap_or_default(), &roots_files);
    if !unknown.is_empty() {
        return Err(render_unknown_roots(&unknown, &roots_files, "error: "));
    }
    let index = Index::new(&schema);
    let closure =
        closure::compute(&index, roots.as_deref()).map_err(|e| format!("error: {e}\n"))?;
    let docs = match project {
        Some(root) => overlay(&root.join(DOCS_FILE)).map_err(|e| format!("error: {e}\n"))?,
        None => DocsOverlay::default(),
    };
    let options = EmitOptions {
        roots,
        docs,
        ..EmitOptions::default()
    };
    let files = emit(&schema, &options).map_err(|e| format!("error: emit: {e}\n"))?;
    Ok(render(&schema, &index, &closure, &files))
}

/// The roots asked for (`None` with `--all`) and the roots file they were read from.
fn roots(request: &Request<'_>) -> Result<(Option<Vec<String>>, Vec<SourceFile>), String> {
    if request.all {
        return Ok((None, Vec::new()));
    }
    let mut roots = request.roots.to_vec();
    let mut files = Vec::new();
    if let Some(path) = request.roots_file {
        let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        roots.extend(parse_roots(&text));
        files.push(SourceFile::new(path, text));
    }
    Ok((Some(roots), files))
}

fn overlay(path: &Path) -> Result<DocsOverlay, String> {
    match fs::read_to_string(path) {
        Ok(text) => DocsOverlay::from_tsv(&text).map_err(|error| error.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DocsOverlay::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// The report: definitions in schema order, types by name, totals, lines per file.
fn render(schema: &Schema, index: &Index<'_>, closure: &Closure, files: &[OutputFile]) -> String {
    let mut out = String::new();
    let mut functions = 0;
    for &def in &closure.definitions {
        let definition = index.def(def);
        let kind = match definition.category {
            Category::Constructor => "constructor",
            Category::Function => {
                functions += 1;
                "function"
            }
        };
        out.push_str(&format!("{kind}\t{}\n", tl_name(&definition.name)));
    }
    for ty in &closure.types {
        out.push_str(&format!("type\t{}\n", tl_name(ty)));
    }
    let constructors = closure.definitions.len() - functions;
    out.push_str(&format!(
        "total: {constructors} of {} constructors, {} types, {functions} of {} functions\n",
        count(schema, Category::Constructor),
        closure.types.len(),
        count(schema, Category::Function),
    ));
    let mut total = 0;
    for file in files {
        let lines = file.contents.lines().count();
        total += lines;
        out.push_str(&format!("lines: {}\t{lines}\n", file.path));
    }
    out.push_str(&format!("lines: total\t{total}\n"));
    out
}

fn count(schema: &Schema, category: Category) -> usize {
    let defs = schema.definitions.iter();
    defs.filter(|d| d.category == category).count()
}
