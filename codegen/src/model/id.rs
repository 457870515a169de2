//! Constructor ids: the CRC32 (crc32fast, i.e. zlib's CRC-32) of a definition's
//! canonical line in the hash style of the model printer, under a [`Dialect`].
//!
//! Known values (`tl-spec.md` section 4): `invokeAfterMsg X:Type msg_id:long
//! query:!X = X` is 0xcb9f372d (Telegram); TDLib's `error code:int32 message:string
//! = Error` is 0x9bdd8f1a. An explicit `#id` always wins; a different computed
//! value only produces a warning naming both.

use crate::diag::Diagnostic;
use crate::span::Span;

use super::display::{signature, Style};
use super::types::{Definition, Dialect};

/// The exact text whose CRC32 is `def`'s computed id under `dialect`.
pub fn id_line(def: &Definition, dialect: Dialect) -> String {
    format!("{} {}", def.name, signature(def, Style::Hash(dialect)))
}

/// The computed constructor id of `def` under `dialect` (ignores any explicit id).
pub fn compute_id(def: &Definition, dialect: Dialect) -> u32 {
    crc(&id_line(def, dialect))
}

/// CRC32 of a normalized line.
pub(crate) fn crc(line: &str) -> u32 {
    crc32fast::hash(line.as_bytes())
}

/// The warning for an explicit id that is not the CRC of its line.
pub(crate) fn mismatch_warning(span: Span, explicit: u32, computed: u32) -> Diagnostic {
    Diagnostic::warning(
        span,
        format!("explicit id {explicit:#010x} differs from the computed id {computed:#010x}; the explicit id is used"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_spec_values() {
        assert_eq!(crc("int ? = Int"), 0xa8509bda);
        assert_eq!(crc("vector t:Type # [ t ] = Vector t"), 0x1cb5c415);
        assert_eq!(crc("boolTrue = Bool"), 0x997275b5);
    }

    #[test]
    fn warning_names_both_ids_in_hex() {
        let w = mismatch_warning(Span::new(3, 11), 0x37982646, 0x0a1b2c3d);
        assert_eq!(
            w.message,
            "explicit id 0x37982646 differs from the computed id 0x0a1b2c3d; the explicit id is used"
        );
        assert!(!w.is_error());
    }
}
