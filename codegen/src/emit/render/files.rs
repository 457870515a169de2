//! The two renderings of one emission: a directory of module files (`mod.rs`, `types.rs`,
//! `enums.rs`, `functions.rs`, ...) for a checked-in crate, or one file for
//! `include!(concat!(env!("OUT_DIR"), "/tl.rs"))` from a build script. They differ only in
//! where module bodies go (their own files, or inline `pub mod types { .. }`) and in how
//! the root's attributes are written: an included file cannot start with inner attributes,
//! so there the lint allowances go on each module as outer attributes and the root's `//!`
//! docs are left to the includer.

use std::num::NonZeroUsize;

use crate::emit::code::Code;
use crate::emit::items::root_module::{lint_reasons, Root, ALLOWED_LINTS};
use crate::emit::plan::context::Context;
use crate::emit::render::layout::Layout;
use crate::emit::render::parallel::module_bodies;
use crate::emit::OutputFile;

/// `mod.rs` and one file per module of `layout`, each after `header`.
pub fn files(
    ctx: &Context<'_>,
    layout: &Layout,
    root: &Root,
    header: &str,
    threads: Option<NonZeroUsize>,
) -> Vec<OutputFile> {
    let bodies = module_bodies(ctx, layout, 0, threads);
    let mut files = vec![OutputFile {
        path: "mod.rs".to_owned(),
        contents: root_file(layout, root, header),
    }];
    for (module, body) in layout.modules.iter().zip(bodies) {
        files.push(OutputFile {
            path: format!("{}.rs", module.name),
            contents: with_header(header, body),
        });
    }
    files
}

/// `mod.rs`: the root's docs, one `#![allow(..)]` per lint with its reason, the runtime
/// import, one `pub mod` per module (in name order, as rustfmt sorts them) and `LAYER`.
fn root_file(layout: &Layout, root: &Root, header: &str) -> String {
    let mut code = Code::new(0);
    code.inner_docs(&root.docs);
    for (lint, why) in ALLOWED_LINTS {
        code.comment(&format!("{why}:"));
        code.line(&format!("#![allow({lint})]"));
    }
    runtime_import(&mut code, root);
    let mut modules: Vec<_> = layout.modules.iter().collect();
    modules.sort_by_key(|module| module.name);
    for module in modules {
        if let Some(cfg) = module.cfg() {
            code.line(&cfg);
        }
        code.line(&format!("pub mod {};", module.name));
    }
    layer(&mut code, root, false);
    with_header(header, code.finish())
}

/// The bindings as one file: the runtime import, each module inline (`pub mod types { ..
/// }`, with the lint allowances), then `LAYER`.
pub fn single_file(
    ctx: &Context<'_>,
    layout: &Layout,
    root: &Root,
    header: &str,
    threads: Option<NonZeroUsize>,
) -> String {
    let bodies = module_bodies(ctx, layout, 1, threads);
    let mut code = Code::new(0);
    code.comment(&lint_reasons());
    runtime_import(&mut code, root);
    let mut text = code.finish();
    for (module, body) in layout.modules.iter().zip(bodies) {
        let mut open = Code::new(0);
        if let Some(cfg) = module.cfg() {
            open.line(&cfg);
        }
        for (lint, _) in ALLOWED_LINTS {
            open.line(&format!("#[allow({lint})]"));
        }
        open.line(&format!("pub mod {} {{", module.name));
        text.push_str(&open.finish());
        text.push_str(&body);
        text.push_str("}\n");
    }
    let mut code = Code::new(0);
    layer(&mut code, root, true);
    text.push_str(&code.finish());
    with_header(header, text)
}

/// `use <runtime path> as tl_runtime;`: every generated module names the runtime
/// `tl_runtime` through this import (and its children's `use super::tl_runtime`), so the
/// runtime's path is an option.
fn runtime_import(code: &mut Code, root: &Root) {
    code.line("#[allow(unused_imports)]");
    let path = &root.runtime_path;
    if path.rsplit("::").next() == Some("tl_runtime") {
        code.line(&format!("use {path};"));
    } else {
        code.line(&format!("use {path} as tl_runtime;"));
    }
}

/// `pub const LAYER: i32 = ..;` when the schema declares a layer; `included`: the file is
/// included by a crate that may not use it.
fn layer(code: &mut Code, root: &Root, included: bool) {
    if let Some(layer) = root.layer {
        code.docs("The API layer these bindings were generated from.");
        if included {
            code.line("#[allow(dead_code)]");
        }
        code.line(&format!("pub const LAYER: i32 = {layer};"));
    }
}

/// `body` after the `//` comment `header` (if any).
pub fn with_header(header: &str, body: String) -> String {
    if header.is_empty() {
        body
    } else {
        format!("{}\n{body}", header.trim_end())
    }
}
