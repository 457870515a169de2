//! The text of the module files of one emission, written in pieces on every available
//! core. A piece (the opening of a module file, a batch of its top-level items, one of its
//! namespaces, the registry) is written at the indentation it has in its file, so joining
//! the pieces in order gives the file: the output does not depend on the number of
//! threads. Pieces are taken largest first.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::emit::code::Code;
use crate::emit::items::{registry, views};
use crate::emit::plan::context::Context;
use crate::emit::render::layout::{write_entry, Contents, Entry, Layout, TopModule};
use crate::emit::render::modules::{sibling_imports, ModuleTree};

/// Top-level items of a namespace written together (enough to make the per-piece cost
/// small, few enough to balance the threads).
const BATCH: usize = 16;

/// Part of one module's text.
enum Piece<'l> {
    /// The module's inner docs and imports.
    Head(&'l TopModule),
    /// Items at the top of the module.
    Items(&'l [Entry]),
    /// A namespace of the module: `pub mod messages { .. }`.
    Namespace(&'l TopModule, &'l str, &'l ModuleTree<Entry>),
    /// All of `registry`.
    Registry,
    /// All of `borrowed`.
    Views,
}

struct Job<'l> {
    /// Index of the module in the layout.
    module: usize,
    piece: Piece<'l>,
    /// A guess of the work, for the largest-first order.
    weight: usize,
}

/// The body of each module of `layout` (its inner docs, imports, items and namespaces),
/// written `levels` indentation levels in, on `threads` threads (`None`: one per core).
pub fn module_bodies(
    ctx: &Context<'_>,
    layout: &Layout,
    levels: usize,
    threads: Option<NonZeroUsize>,
) -> Vec<String> {
    let jobs = jobs(ctx, layout);
    let texts = run_all(&jobs, threads, |job| write_piece(ctx, layout, job, levels));
    let mut bodies = vec![String::new(); layout.modules.len()];
    for (job, text) in jobs.iter().zip(texts) {
        bodies[job.module].push_str(&text);
    }
    bodies
}

/// The pieces of every module, in output order.
fn jobs<'l>(ctx: &Context<'_>, layout: &'l Layout) -> Vec<Job<'l>> {
    let mut jobs = Vec::new();
    for (module, top) in layout.modules.iter().enumerate() {
        let job = |piece, weight| Job {
            module,
            piece,
            weight,
        };
        let tree = match &top.contents {
            Contents::Tree(tree) => tree,
            Contents::Registry(_) => {
                // About one namespace item's worth of text per 25 registry entries.
                let weight = ctx.closure.definitions.len() / 25 + 1;
                jobs.push(job(Piece::Registry, weight));
                continue;
            }
            Contents::Views(_) => {
                let weight = ctx.views.defs.len() + ctx.views.types.len();
                jobs.push(job(Piece::Views, weight));
                continue;
            }
        };
        jobs.push(job(Piece::Head(top), 1));
        for batch in tree.items().chunks(BATCH) {
            jobs.push(job(Piece::Items(batch), batch.len()));
        }
        for (segment, child) in tree.children() {
            jobs.push(job(Piece::Namespace(top, segment, child), child.len()));
        }
    }
    jobs
}

/// The text of one piece.
fn write_piece(ctx: &Context<'_>, layout: &Layout, job: &Job<'_>, levels: usize) -> String {
    let mut code = Code::new(levels);
    let mut write = |code: &mut Code, &entry: &Entry| write_entry(code, ctx, entry);
    match job.piece {
        Piece::Head(top) => {
            code.inner_docs(&format!("The schema's {}.", top.what));
            sibling_imports(&mut code, layout.has_errors);
        }
        Piece::Items(entries) => {
            for entry in entries {
                write(&mut code, entry);
            }
        }
        Piece::Namespace(top, segment, tree) => {
            tree.write_module(
                &mut code,
                segment,
                top.what,
                "",
                layout.has_errors,
                &mut write,
            );
        }
        Piece::Registry => registry::write_registry(&mut code, ctx),
        Piece::Views => views::write_views(&mut code, ctx, layout.has_errors),
    }
    code.finish()
}

/// `run` of every job, in job order, on `threads` threads; a thread that cannot be
/// started leaves its share to the others (the jobs are taken from one counter).
fn run_all(
    jobs: &[Job<'_>],
    threads: Option<NonZeroUsize>,
    run: impl Fn(&Job<'_>) -> String + Sync,
) -> Vec<String> {
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&job| std::cmp::Reverse(jobs[job].weight));
    let next = AtomicUsize::new(0);
    let threads = match threads {
        Some(threads) => threads.get(),
        None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    let threads = threads.min(jobs.len()).max(1);
    let worker = || {
        let mut done = Vec::new();
        while let Some(&job) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            done.push((job, run(&jobs[job])));
        }
        done
    };
    let done = std::thread::scope(|scope| {
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
    let mut texts = vec![String::new(); jobs.len()];
    for (job, text) in done {
        texts[job] = text;
    }
    texts
}
