//! Checking the roots of a [`Config`] against the schema before emitting: a root that
//! names nothing is an error with the nearest declared names and, for a root read from a
//! roots file, its place there.

use std::fs;

use crate::emit::closure::{render_unknown_roots, unknown_roots};
use crate::model::{Schema, SourceFile};

use super::{Config, Error};

impl Config {
    /// `Ok` when every root names a definition of `schema` (or there are no roots);
    /// otherwise [`Error::Roots`].
    pub(super) fn check_roots(
        &self,
        schema: &Schema,
        roots: Option<&[String]>,
    ) -> Result<(), Error> {
        let Some(roots) = roots else { return Ok(()) };
        if unknown_roots(schema, roots, &[]).is_empty() {
            return Ok(());
        }
        // Only now, to point at the lines: the roots files, read again.
        let files: Vec<SourceFile> = self
            .roots_files
            .iter()
            .filter_map(|path| {
                let full = self
                    .base_dir
                    .as_ref()
                    .map_or(path.clone(), |base| base.join(path));
                let text = fs::read_to_string(full).ok()?;
                Some(SourceFile::new(path.display().to_string(), text))
            })
            .collect();
        let unknown = unknown_roots(schema, roots, &files);
        Err(Error::Roots {
            diagnostics: render_unknown_roots(&unknown, &files, ""),
        })
    }
}

/// A roots file: one TL name a line; `#` starts a comment.
pub fn parse_roots(text: &str) -> Vec<String> {
    let names = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim());
    names
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}
