//! A whole [`Schema`] printed as one `.tl` file: `// LAYER N`, the built-ins,
//! then the definitions in source order with a `---functions---` /
//! `---types---` marker wherever the category changes, each preceded by its
//! `//@` docs (and the `//@class` docs of its type, before the type's first
//! constructor). Ids are printed where the source had them, so reading the
//! output gives the same model back.

use std::collections::BTreeSet;
use std::fmt;

use super::display::definition_line;
use super::types::{Category, Definition, Docs, IdSource, Schema, Type};

impl fmt::Display for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(layer) = self.layer {
            writeln!(f, "// LAYER {layer}\n")?;
        }
        for builtin in &self.builtins {
            writeln!(f, "{builtin}")?;
        }
        let mut section = Category::Constructor;
        let mut documented = BTreeSet::new();
        for def in &self.definitions {
            if def.category != section {
                section = def.category;
                let marker = match section {
                    Category::Constructor => "---types---",
                    Category::Function => "---functions---",
                };
                writeln!(f, "\n{marker}\n")?;
            }
            if let Some(ty) = class_of(def) {
                if let Some(text) = self.type_docs.get(&ty) {
                    if documented.insert(ty.clone()) {
                        write_class(f, &ty, text)?;
                    }
                }
            }
            write_docs(f, &def.docs)?;
            writeln!(
                f,
                "{}",
                definition_line(def, def.id_source == IdSource::Explicit)
            )?;
        }
        let rest = self
            .type_docs
            .iter()
            .filter(|(ty, _)| !documented.contains(*ty));
        for (ty, text) in rest {
            write_class(f, ty, text)?;
        }
        Ok(())
    }
}

/// The boxed type a constructor builds.
fn class_of(def: &Definition) -> Option<String> {
    match (&def.category, &def.ty) {
        (Category::Constructor, Type::Boxed(ty)) => Some(ty.to_string()),
        (Category::Constructor, Type::Apply { head, .. }) => Some(head.to_string()),
        _ => None,
    }
}

fn write_class(f: &mut fmt::Formatter<'_>, ty: &str, text: &str) -> fmt::Result {
    writeln!(f, "//@class {ty} @description {}", one_line(text))
}

/// `//@description ...` then one `//@<param> ...` line per documented parameter
/// (`//@param_description` for a parameter named `description`).
fn write_docs(f: &mut fmt::Formatter<'_>, docs: &Docs) -> fmt::Result {
    if let Some(text) = &docs.description {
        writeln!(f, "//@description {}", one_line(text))?;
    }
    for (param, text) in &docs.params {
        let key = match param.as_str() {
            "description" | "class" => format!("param_{param}"),
            _ => param.clone(),
        };
        writeln!(f, "//@{key} {}", one_line(text))?;
    }
    Ok(())
}

/// Doc text on one comment line (continuations joined with a space).
fn one_line(text: &str) -> String {
    text.split('\n')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}
