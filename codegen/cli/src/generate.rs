//! `codegen generate`: the bindings of any schema as one Rust file, exactly what a build
//! script gets from [`tl_codegen::Config`] (which this command configures and runs).

use std::fs;
use std::process::ExitCode;

use tl_codegen::config::parse_roots;
use tl_codegen::emit::closure::{render_unknown_roots, unknown_roots};
use tl_codegen::model::{Dialect, Schema};
use tl_codegen::{Config, Error};

use crate::args::GenerateArgs;
use crate::load::{load, read_all};
use crate::out;
use crate::stray::stray_words;

/// Writes (or with `--check` compares) the file: 0 written or fresh, 1 schema errors, an
/// unknown root, I/O errors or a stale file, 2 a TL name given where a file was expected.
///
/// The schema is loaded here first, as `check` loads it (the dialect detected unless
/// named, with the note), and the roots checked against it; then [`Config`] generates with
/// the dialect chosen.
pub fn run(args: &GenerateArgs) -> ExitCode {
    if let Some(message) = stray_words(args) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let Some(sources) = read_all(&args.schema) else {
        return ExitCode::FAILURE;
    };
    let Some(schema) = load(&sources, &args.load(), "").into_schema() else {
        return ExitCode::FAILURE;
    };
    if !roots_are_declared(args, &schema) {
        return ExitCode::FAILURE;
    }
    let text = match config(args, schema.dialect).render_file() {
        Ok(text) => text,
        Err(error) => {
            report(&error);
            return ExitCode::FAILURE;
        }
    };
    let path = &args.out;
    let current = fs::read_to_string(path).ok();
    let fresh = current.as_deref().map(normalize) == Some(normalize(&text));
    if args.check {
        if fresh {
            out::println(&format!("{} is up to date", path.display()));
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "stale: {} (run the same command without `--check`)",
            path.display()
        );
        return ExitCode::FAILURE;
    }
    if fresh {
        out::println(&format!("{} is up to date", path.display()));
        return ExitCode::SUCCESS;
    }
    let written = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .map_or(Ok(()), fs::create_dir_all)
        .and_then(|()| fs::write(path, &text));
    match written {
        Ok(()) => {
            out::println(&format!("wrote {}", path.display()));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {}: {error}", path.display());
            ExitCode::FAILURE
        }
    }
}

/// Every root names a definition; else prints each unknown one (with the nearest names
/// and its roots-file line) and returns false.
fn roots_are_declared(args: &GenerateArgs, schema: &Schema) -> bool {
    let Some(files) = read_all(&args.roots_file) else {
        return false;
    };
    let mut roots = args.roots.clone();
    roots.extend(files.iter().flat_map(|file| parse_roots(&file.text)));
    let unknown = unknown_roots(schema, &roots, &files);
    eprint!("{}", render_unknown_roots(&unknown, &files, "error: "));
    unknown.is_empty()
}

/// The build-script configuration the options describe, with the dialect chosen. Paths
/// are used as given (relative to the current directory), so diagnostics name the files
/// the way the user wrote them.
fn config(args: &GenerateArgs, dialect: Dialect) -> Config {
    let mut config = Config::new();
    for schema in &args.schema {
        config.schema(schema);
    }
    for file in &args.roots_file {
        config.roots_file(file);
    }
    if !args.roots.is_empty() {
        config.roots(&args.roots);
    }
    if let Some(feature) = &args.json_feature {
        config.json_feature(feature);
    }
    for (path, attribute) in &args.type_attributes {
        config.type_attribute(path, attribute);
    }
    for (path, attribute) in &args.field_attributes {
        config.field_attribute(path, attribute);
    }
    for (tl_path, rust_path) in &args.extern_paths {
        config.extern_path(tl_path, rust_path);
    }
    config
        .bytes(&args.bytes)
        .shared_strings(&args.shared_strings)
        .allow_external(args.allow_external);
    config
        .dialect(dialect)
        .runtime_path(&args.runtime_path)
        .emit_rerun_if_changed(false);
    config
}

/// Prints why generation failed: diagnostics as `codegen check` prints them, anything
/// else as one `error:` line.
fn report(error: &Error) {
    match error {
        Error::Schema { .. } | Error::Roots { .. } => eprintln!("{error}"),
        _ => eprintln!("error: {error}"),
    }
}

fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
}
