//! `codegen check` and `codegen ids`: read schema files together and report.

use std::collections::BTreeSet;

use tl_codegen::diag::Severity;
use tl_codegen::model::{Category, IdSource, Loaded, QualName, Schema, Type};

use crate::args::LoadArgs;
use crate::load::{load, read_all};
use crate::out;

/// Prints every diagnostic to stderr and a summary to stdout; false on errors.
pub fn check(files: &[String], args: &LoadArgs) -> bool {
    let Some(sources) = read_all(files) else {
        return false;
    };
    let loaded = load(&sources, args, "").all_diagnostics();
    eprint!("{}", loaded.render_diagnostics(&sources));
    out::print(&summary(&loaded));
    !loaded.has_errors()
}

/// `key: value` lines describing a loaded schema.
fn summary(loaded: &Loaded) -> String {
    let schema = &loaded.schema;
    let count = |category| {
        schema
            .definitions
            .iter()
            .filter(|d| d.category == category)
            .count()
    };
    let types: BTreeSet<String> = schema
        .definitions
        .iter()
        .filter(|d| d.category == Category::Constructor)
        .filter_map(|d| match &d.ty {
            Type::Boxed(name) | Type::Apply { head: name, .. } => Some(name.to_string()),
            _ => None,
        })
        .collect();
    let mismatched = schema
        .definitions
        .iter()
        .filter(|d| d.id != d.computed_id)
        .count()
        + schema
            .builtins
            .iter()
            .filter(|b| b.id != b.computed_id)
            .count();
    let layer = schema.layer.map_or("none".to_owned(), |l| l.to_string());
    format!(
        "layer: {layer}\nconstructors: {}\nfunctions: {}\ntypes: {}\nbuilt-ins: {}\n\
         id warnings: {mismatched}\nwarnings: {}\nerrors: {}\n",
        count(Category::Constructor),
        count(Category::Function),
        types.len(),
        schema.builtins.len(),
        loaded.count(Severity::Warning),
        loaded.count(Severity::Error),
    )
}

/// Prints one line per declaration, built-ins included (`int ? = Int`, `boolTrue = Bool`,
/// `true = True`, `vector ...`), in file order; on errors prints them to stderr instead
/// and returns false.
pub fn ids(files: &[String], args: &LoadArgs) -> bool {
    let Some(sources) = read_all(files) else {
        return false;
    };
    match load(&sources, args, "").into_schema() {
        Some(schema) => {
            out::print(&id_lines(&schema));
            true
        }
        None => false,
    }
}

/// `name<TAB>kind<TAB>id<TAB>explicit|computed` for every definition and built-in, in
/// the order of the files and of the declarations in each.
fn id_lines(schema: &Schema) -> String {
    let definitions = schema.definitions.iter().map(|d| {
        let line = id_line(&d.name, d.category, d.id, d.id_source);
        (d.origin.file, d.origin.span.start, line)
    });
    let builtins = schema.builtins.iter().map(|b| {
        let line = id_line(&b.name, b.category, b.id, b.id_source);
        (b.origin.file, b.origin.span.start, line)
    });
    let mut lines: Vec<_> = definitions.chain(builtins).collect();
    lines.sort_by_key(|(file, start, _)| (*file, *start));
    lines.into_iter().map(|(_, _, line)| line).collect()
}

fn id_line(name: &QualName, category: Category, id: u32, id_source: IdSource) -> String {
    let kind = match category {
        Category::Constructor => "constructor",
        Category::Function => "function",
    };
    let source = match id_source {
        IdSource::Explicit => "explicit",
        IdSource::Computed => "computed",
    };
    format!("{name}\t{kind}\t{id:08x}\t{source}\n")
}
