//! The dialect a [`Config`] reads its schema with: the one named with
//! [`Config::dialect`], else the one detected from the text
//! ([`crate::model::detect`]), and what a build script is told about it.

use crate::model::detect::{id_hint, load_detected, Detection, Spelling};
use crate::model::{load_with, LoadOptions, Loaded, Schema, SourceFile};

use super::{Config, Error};

impl Config {
    /// Loads `sources` with the named or the detected dialect. Conflicting evidence
    /// (when an id depends on it) is a schema error naming `.dialect(Dialect::Tdlib)` and
    /// `.dialect(Dialect::Telegram)`; a guess that changes ids, and explicit ids that the
    /// other rule would compute, are `cargo:warning` lines in a build script.
    pub(super) fn load_schema(&self, sources: &[SourceFile]) -> Result<Schema, Error> {
        let (mut loaded, detection) = match self.dialect {
            Some(dialect) => {
                let options = LoadOptions {
                    dialect,
                    allow_external: self.allow_external,
                };
                (load_with(sources, options), None)
            }
            None => {
                let (loaded, detection) = load_detected(sources, self.allow_external);
                (loaded, Some(detection))
            }
        };
        if let Some(error) = detection
            .as_ref()
            .and_then(|d| d.conflict_diagnostic(sources, Spelling::BuildScript))
        {
            loaded.diagnostics.insert(0, error);
        }
        if in_build_script() {
            for warning in warnings(&loaded, detection.as_ref(), sources) {
                println!("cargo:warning={warning}");
            }
        }
        loaded
            .into_result()
            .map_err(|diagnostics| Error::Schema { diagnostics })
    }
}

/// Whether this runs in a build script (cargo sets `OUT_DIR` for it).
fn in_build_script() -> bool {
    std::env::var_os("OUT_DIR").is_some()
}

/// What a build script should hear about the dialect, one line each: a guess that
/// changes ids (with the detection's reasons), and the id hint.
fn warnings(loaded: &Loaded, detection: Option<&Detection>, sources: &[SourceFile]) -> Vec<String> {
    let mut lines = Vec::new();
    let files = || {
        let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        names.join(" + ")
    };
    if let Some(d) = detection.filter(|d| d.is_guess() && d.dependent_ids > 0) {
        lines.push(format!(
            "{}: {}",
            files(),
            d.summary(sources, Spelling::BuildScript)
        ));
    }
    if let Some(hint) = id_hint(&loaded.schema).filter(|_| !loaded.has_errors()) {
        let found = hint.diagnostic(&loaded.schema, Spelling::BuildScript);
        let source = &sources[found.file];
        let (line, col) = crate::diag::line_col(&source.text, found.diagnostic.span.start);
        let message = found.diagnostic.message;
        lines.push(format!("{}:{line}:{col}: {message}", source.name));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dialect;

    fn sources(text: &str) -> Vec<SourceFile> {
        vec![SourceFile::new("s.tl", text)]
    }

    #[test]
    fn a_guess_that_changes_ids_is_a_warning() {
        let src = sources("a x:int32 data:bytes = A;\n");
        let (loaded, detection) = load_detected(&src, false);
        assert_eq!(
            warnings(&loaded, Some(&detection), &src),
            [
                "s.tl: dialect tdlib, guessed: s.tl:1:5 uses `int32` without declaring it, as \
              TDLib's schemas may; 1 id depends on it: call `.dialect(Dialect::Tdlib)` or \
              `.dialect(Dialect::Telegram)` to be sure"
            ]
        );
    }

    #[test]
    fn a_sure_detection_or_a_harmless_guess_is_quiet() {
        for text in [
            "int32 = Int32;\nbytes = Bytes;\na data:bytes = A;\n",
            "a x:int = A;\n",
        ] {
            let src = sources(text);
            let (loaded, detection) = load_detected(&src, false);
            assert_eq!(
                warnings(&loaded, Some(&detection), &src),
                Vec::<String>::new()
            );
        }
    }

    #[test]
    fn explicit_ids_of_the_other_rule_are_a_warning() {
        let line = |name: &str| {
            let id = crc32fast::hash(format!("{name} data:string = P").as_bytes());
            format!("{name}#{id:08x} data:bytes = P;\n")
        };
        let text: String = ["p1", "p2", "p3", "p4"].map(line).concat();
        let src = sources(&text);
        let loaded = crate::model::load(&src, Dialect::Tdlib);
        assert_eq!(
            warnings(&loaded, None, &src),
            [
                "s.tl:1:1: 4 explicit ids differ from the ids the tdlib rule computes, and 4 of \
              them are what the telegram rule computes: is this a telegram schema \
              (`.dialect(Dialect::Telegram)`)?"
            ]
        );
    }
}
