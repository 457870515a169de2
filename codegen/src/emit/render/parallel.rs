//! The module files of one emission, built in pieces on every available core.
//!
//! Tokens cannot cross threads (`proc_macro2` outside a macro is `Rc`-based), so each
//! piece is rendered to tokens and formatted (syn + prettyplease) on the thread that
//! takes it; only the formatted text comes back. A piece is something prettyplease
//! prints at the top level of a file, where it starts at column 0 after a hard line break,
//! so formatting pieces one by one and joining the text gives the bytes of formatting the
//! whole file at once (the `emit` tests compare the two). Pieces are taken largest first,
//! and put back in file order: the output does not depend on the number of threads.
//!
//! The single file of a build script ([`single_file`]) is made of the same pieces: each is
//! formatted inside a wrapper module, so it prints at the indentation it has inside
//! `pub mod types { .. }`, and the wrapper's first and last lines are dropped.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::Schema;

use crate::emit::error::EmitError;
use crate::emit::items::registry;
use crate::emit::items::root_module;
use crate::emit::items::root_module::Root;
use crate::emit::plan::context::Context;
use crate::emit::render::format::{format_file, with_header};
use crate::emit::render::layout::{Contents, Entry, Failure, Layout, TopModule};
use crate::emit::render::modules::ModuleTree;
use crate::emit::render::wrappers::{inline_module, root_file, with_lint_reasons};
use crate::emit::EmitOptions;
use crate::emit::OutputFile;

/// The name formatting errors of the single file carry.
const SINGLE_FILE: &str = "tl.rs";

/// The module each piece of the single file is formatted in (its first and last lines are
/// dropped afterwards).
const NEST: &str = "__tl_nest";

/// Top-level items of a namespace rendered and formatted together (enough to make the
/// per-piece cost small, few enough to balance the threads).
const BATCH: usize = 16;

/// Part of one output file.
enum Piece<'l> {
    /// All of `mod.rs`.
    Root,
    /// A module file's inner docs and imports.
    Head(&'l TopModule),
    /// Items at the top of a module file.
    Items(&'l [Entry]),
    /// A namespace of a module file: `pub mod messages { .. }`.
    Namespace(&'l TopModule, &'l str, &'l ModuleTree<Entry>),
    /// All of `registry.rs`.
    Registry,
}

struct Job<'l> {
    /// Index in the output files: `mod.rs` first, then the layout's modules.
    file: usize,
    piece: Piece<'l>,
    /// A guess of the work, for the largest-first order.
    weight: usize,
}

/// Everything a worker reads.
struct Work<'a, 'l> {
    ctx: &'a Context<'a>,
    layout: &'l Layout<'a>,
    schema: &'a Schema,
    options: &'a EmitOptions,
    jobs: Vec<Job<'l>>,
    /// Pieces of module files are formatted as they sit in the single file (one level in).
    nested: bool,
}

/// `mod.rs` and one file per module of `layout`.
pub fn files(
    ctx: &Context<'_>,
    layout: &Layout<'_>,
    schema: &Schema,
    options: &EmitOptions,
) -> Result<Vec<OutputFile>, EmitError> {
    let work = Work {
        ctx,
        layout,
        schema,
        options,
        jobs: jobs(ctx, layout),
        nested: false,
    };
    let texts = work.texts()?;
    let names = std::iter::once("mod").chain(layout.modules.iter().map(|m| m.name));
    let files = names
        .zip(texts)
        .enumerate()
        .map(|(file, (name, text))| OutputFile {
            path: format!("{name}.rs"),
            // `mod.rs` is formatted whole, with its header.
            contents: if file == 0 {
                text
            } else {
                with_header(&options.header, text)
            },
        });
    Ok(files.collect())
}

/// The bindings as one file: the runtime
/// import, each module inline (`pub mod types { .. }`), then the root's items.
pub fn single_file(
    ctx: &Context<'_>,
    layout: &Layout<'_>,
    schema: &Schema,
    options: &EmitOptions,
) -> Result<String, EmitError> {
    let mut jobs = jobs(ctx, layout);
    // The root's items are laid out around the modules below, not as `mod.rs`.
    jobs.retain(|job| job.file != 0);
    let work = Work {
        ctx,
        layout,
        schema,
        options,
        jobs,
        nested: true,
    };
    let bodies = work.texts()?;
    let root = root_module::emit_root(ctx, schema, options)?;
    let text = assemble(&root, &layout.modules, &bodies[1..])?;
    Ok(with_lint_reasons(&with_header(&options.header, text)))
}

/// The runtime import, each module's opening, body and closing, then the root's items.
fn assemble(root: &Root, modules: &[TopModule], bodies: &[String]) -> Result<String, EmitError> {
    let format = |tokens| format_file(SINGLE_FILE, tokens, "");
    let mut text = format(root.runtime.clone())?;
    for (module, body) in modules.iter().zip(bodies) {
        let stub = quote!(
            struct __TlStub;
        );
        let stub = format(inline_module(module.name, &module.attrs(), &stub))?;
        let (open, close) = stub
            .split_once("    struct __TlStub;\n")
            .expect("a module with one item prints it on a line of its own");
        text.push_str(open);
        text.push_str(body);
        text.push_str(close);
    }
    text.push_str(&format(root.items.clone())?);
    Ok(text)
}

/// The pieces of every file, in output order.
fn jobs<'l>(ctx: &Context<'_>, layout: &'l Layout<'_>) -> Vec<Job<'l>> {
    let mut jobs = vec![Job {
        file: 0,
        piece: Piece::Root,
        weight: 1,
    }];
    for (at, module) in layout.modules.iter().enumerate() {
        let file = at + 1;
        let job = |piece, weight| Job {
            file,
            piece,
            weight,
        };
        let tree = match &module.contents {
            Contents::Tree(tree) => tree,
            Contents::Registry(_) => {
                // About one namespace item's worth of text per 25 registry entries.
                let weight = ctx.closure.definitions.len() / 25 + 1;
                jobs.push(job(Piece::Registry, weight));
                continue;
            }
        };
        jobs.push(job(Piece::Head(module), 1));
        for batch in tree.items().chunks(BATCH) {
            jobs.push(job(Piece::Items(batch), batch.len()));
        }
        for (segment, child) in tree.children() {
            jobs.push(job(Piece::Namespace(module, segment, child), child.len()));
        }
    }
    jobs
}

impl Work<'_, '_> {
    /// The text of each file (empty for files without jobs): the jobs' texts in order, or
    /// the failure a sequential emission would meet first.
    fn texts(&self) -> Result<Vec<String>, EmitError> {
        let results = self.run_all();
        let mut failure = None;
        let mut texts = vec![String::new(); self.layout.modules.len() + 1];
        for (job, result) in self.jobs.iter().zip(results) {
            match result {
                Ok(text) => texts[job.file].push_str(&text),
                Err(e) => failure = Some(Failure::first(failure, e)),
            }
        }
        match failure {
            Some(failure) => Err(failure.error),
            None => Ok(texts),
        }
    }

    /// The text of every job (in job order), on [`EmitOptions::threads`] threads.
    fn run_all(&self) -> Vec<Result<String, Failure>> {
        let mut order: Vec<usize> = (0..self.jobs.len()).collect();
        order.sort_by_key(|&job| std::cmp::Reverse(self.jobs[job].weight));
        let next = AtomicUsize::new(0);
        let threads = match self.options.threads {
            Some(threads) => threads.get(),
            None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        };
        let threads = threads.min(self.jobs.len());
        let worker = || self.worker(&order, &next);
        let done = std::thread::scope(|scope| {
            // A helper that cannot be started leaves its share to the others: the jobs are
            // taken from one counter.
            let helpers: Vec<_> = (1..threads)
                .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, worker).ok())
                .collect();
            let mut done = worker();
            for helper in helpers {
                let more = helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                done.extend(more);
            }
            done
        });
        let mut results: Vec<Option<Result<String, Failure>>> = std::iter::repeat_with(|| None)
            .take(self.jobs.len())
            .collect();
        for (job, result) in done {
            results[job] = Some(result);
        }
        results
            .into_iter()
            .map(|r| r.expect("every job ran"))
            .collect()
    }

    /// Takes jobs in `order` until none is left.
    fn worker(&self, order: &[usize], next: &AtomicUsize) -> Vec<(usize, Result<String, Failure>)> {
        let mut done = Vec::new();
        while let Some(&job) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            done.push((job, self.run(job)));
        }
        done
    }

    /// Renders and formats one job.
    fn run(&self, job: usize) -> Result<String, Failure> {
        let Job { file, piece, .. } = &self.jobs[job];
        let name = match file {
            _ if self.nested => SINGLE_FILE.to_owned(),
            0 => "mod.rs".to_owned(),
            _ => format!("{}.rs", self.layout.modules[file - 1].name),
        };
        let formatting = |error| Failure {
            key: (3, *file, job),
            error,
        };
        let tokens = match piece {
            Piece::Root => return self.root(),
            Piece::Head(module) => module.head(),
            Piece::Items(entries) => self.entries(entries)?,
            Piece::Namespace(module, segment, tree) => self.namespace(module, segment, tree)?,
            Piece::Registry => registry::emit_registry(self.ctx),
        };
        if !self.nested {
            return format_file(&name, tokens, "").map_err(formatting);
        }
        let nest = Ident::new(NEST, Span::call_site());
        let text = format_file(&name, quote!(mod #nest { #tokens }), "").map_err(formatting)?;
        let open = format!("mod {NEST} {{\n");
        let inner = text.strip_prefix(&open).and_then(|t| t.strip_suffix("}\n"));
        Ok(inner
            .expect("a wrapped piece prints as one module")
            .to_owned())
    }

    /// `mod.rs`, whole (its emission can fail too: the runtime path is an option).
    fn root(&self) -> Result<String, Failure> {
        let root =
            root_module::emit_root(self.ctx, self.schema, self.options).map_err(|error| {
                Failure {
                    key: (2, 0, 0),
                    error,
                }
            })?;
        let decls = self.layout.modules.iter().map(|m| (m.name, m.attrs()));
        root_file(&root, decls, &self.options.header).map_err(|error| Failure {
            key: (3, 0, 0),
            error,
        })
    }

    /// The tokens of `entries`, one after the other.
    fn entries(&self, entries: &[Entry]) -> Result<TokenStream, Failure> {
        let mut tokens = TokenStream::new();
        for &entry in entries {
            tokens.extend(self.layout.render(self.ctx, entry)?);
        }
        Ok(tokens)
    }

    /// `pub mod <segment> { .. }` of a top-level module.
    fn namespace(
        &self,
        module: &TopModule,
        segment: &str,
        tree: &ModuleTree<Entry>,
    ) -> Result<TokenStream, Failure> {
        let mut failure = None;
        let mut render = |&entry: &Entry| self.layout.render_or_keep(self.ctx, entry, &mut failure);
        let tokens = tree.emit_module(segment, module.what, "", &mut render);
        failure.map_or(Ok(tokens), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::{emit, emit_single_file, JsonSupport};
    use crate::model::{load, Dialect, SourceFile};

    /// More top-level items than one batch, two namespaces, functions and enums.
    fn sample() -> Schema {
        let mut text: String = (0..(BATCH * 2 + 3))
            .map(|i| format!("item{i} value:int = Item;\n"))
            .collect();
        text.push_str("ns.point x:int y:int = ns.Point;\nother.empty = other.Empty;\n");
        text.push_str("---functions---\nns.getPoint id:int = ns.Point;\ngetItem = Item;\n");
        let sources = [SourceFile::new("sample.tl", text)];
        load(&sources, Dialect::Telegram).into_result().unwrap()
    }

    /// `text` without its `//` comments (which syn does not keep), and the same formatted
    /// whole by prettyplease: equal when formatting in pieces changed nothing.
    fn as_formatted_whole(text: &str) -> (String, String) {
        let code: String = text
            .lines()
            .filter(|line| {
                let line = line.trim_start();
                !line.starts_with("//") || line.starts_with("///") || line.starts_with("//!")
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let whole = prettyplease::unparse(&syn::parse_file(&code).expect("generated code parses"));
        (code, whole)
    }

    #[test]
    fn pieces_join_into_the_files_of_one_whole_formatting() {
        let options = EmitOptions {
            header: "// generated".to_owned(),
            ..EmitOptions::default()
        };
        let schema = sample();
        let files = emit(&schema, &options).unwrap();
        for file in &files {
            let (pieces, whole) = as_formatted_whole(&file.contents);
            assert_eq!(pieces, whole, "{}", file.path);
        }
        for threads in [1, 3] {
            let options = EmitOptions {
                threads: NonZeroUsize::new(threads),
                ..options.clone()
            };
            assert_eq!(files, emit(&schema, &options).unwrap());
        }
        let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            names,
            [
                "mod.rs",
                "types.rs",
                "enums.rs",
                "functions.rs",
                "registry.rs"
            ]
        );
        assert!(files[3].contents.contains("pub mod ns {"));
    }

    #[test]
    fn pieces_join_into_the_single_file_of_one_whole_formatting() {
        let schema = sample();
        for json in [JsonSupport::Off, JsonSupport::Feature("json".to_owned())] {
            let options = EmitOptions {
                header: "// generated".to_owned(),
                json,
                ..EmitOptions::default()
            };
            let text = emit_single_file(&schema, &options).unwrap();
            let (pieces, whole) = as_formatted_whole(&text);
            assert_eq!(pieces, whole);
            for threads in [1, 3] {
                let options = EmitOptions {
                    threads: NonZeroUsize::new(threads),
                    ..options.clone()
                };
                assert_eq!(text, emit_single_file(&schema, &options).unwrap());
            }
            assert!(text.contains("    pub mod ns {\n        //! The `ns` namespace"));
        }
    }

    #[test]
    fn failures_are_the_same_whatever_the_output() {
        let options = EmitOptions {
            runtime_path: "not a path".to_owned(),
            ..EmitOptions::default()
        };
        let schema = sample();
        let error = emit(&schema, &options).unwrap_err();
        assert_eq!(Err(error.clone()), emit_single_file(&schema, &options));
        assert!(matches!(error, EmitError::InvalidOption { .. }));
    }
}
