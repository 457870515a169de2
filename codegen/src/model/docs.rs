//! `//@` documentation (TDLib, TON): annotations directly above a declaration
//! become its [`Docs`]; a name that is not a parameter gets a warning.
//!
//! `//@description` is the declaration's text, `//@param_<name>` and
//! `//@<name>` document parameter `<name>` (`param_description` is how a
//! parameter called `description` is documented).

use crate::diag::Diagnostic;
use crate::parse::ast::Declaration;

use super::types::{Definition, Docs};

/// The docs of `def` from the annotations of `decl`; warnings go to `diags`.
pub(crate) fn lower_docs(
    decl: &Declaration,
    def: &Definition,
    diags: &mut Vec<Diagnostic>,
) -> Docs {
    let mut docs = Docs::default();
    for annotation in &decl.docs {
        let key = annotation.key.as_str();
        if key == "description" {
            docs.description = Some(annotation.value.clone());
            continue;
        }
        let param = key.strip_prefix("param_").unwrap_or(key);
        if !def.params.iter().any(|p| p.name == param) {
            diags.push(Diagnostic::warning(
                annotation.span,
                format!(
                    "documentation names parameter `{param}`, which `{}` does not have",
                    def.name
                ),
            ));
            continue;
        }
        docs.params
            .insert(param.to_owned(), annotation.value.clone());
    }
    docs
}
