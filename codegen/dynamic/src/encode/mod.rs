//! TL-JSON text to TL bytes, streamed: serde_json's deserializer drives seeds built from
//! the schema's [`Shape`](crate::shape::Shape)s, each writing the bytes of the value it
//! reads, so errors carry serde_json's line and column and serde_path_to_error's path
//! (`peer.channel_id`), and read exactly as those of generated bindings.
//!
//! - `tagged.rs`: objects dispatched on `"_"` (the top level, boxed types, `Object`,
//!   `Function`, `!X` queries), buffered when `"_"` is not their first key;
//! - `object.rs`: the parameters of a constructor or function, in any order, then
//!   written in the schema's order with their flag words computed;
//! - `value.rs`: scalars, vectors, `bytes` (hex, or `{"@tl": ...}` for a nested message).

mod object;
mod tagged;
mod value;

use std::cell::{Cell, RefCell};
use std::fmt;

use serde::de::DeserializeSeed;

use crate::index::Index;
use crate::Error;

pub(crate) use tagged::{Scope, TaggedSeed};

/// Ends the path prefixed to the message of an error found in a buffered object (one whose
/// `"_"` was not first): [`json_error`] joins it to the outer path.
const PATH_END: &str = ": ";

/// What the seeds of one encode share.
pub(crate) struct Ctx<'c> {
    index: &'c Index,
    /// The path of the value being read (`peer`, `users`, `[3]`), for the one error that is
    /// found after serde is done with an object: a shared flag bit half set.
    path: RefCell<Vec<String>>,
    /// How many objects have started so far: their order in the text.
    objects: Cell<usize>,
    /// The first (in text order) half-set shared bit, reported when the rest of the JSON
    /// is well-formed (generated bindings check it after reading, too).
    mismatch: RefCell<Option<(usize, Error)>>,
}

impl<'c> Ctx<'c> {
    fn new(index: &'c Index) -> Self {
        Ctx {
            index,
            path: RefCell::new(Vec::new()),
            objects: Cell::new(0),
            mismatch: RefCell::new(None),
        }
    }

    /// Runs `read` with `segment` on the path.
    fn within<T>(&self, segment: String, read: impl FnOnce() -> T) -> T {
        self.path.borrow_mut().push(segment);
        let result = read();
        self.path.borrow_mut().pop();
        result
    }

    /// The path to the field `name` of the object being read.
    fn path_to(&self, name: &str) -> String {
        let mut text = String::new();
        for segment in self.path.borrow().iter() {
            if !text.is_empty() && !segment.starts_with('[') {
                text.push('.');
            }
            text.push_str(segment);
        }
        if !text.is_empty() {
            text.push('.');
        }
        text.push_str(name);
        text
    }

    /// The number of the object that starts now.
    fn start_object(&self) -> usize {
        let number = self.objects.get();
        self.objects.set(number + 1);
        number
    }

    /// Keeps `error` if its object (number `object`) comes before any kept so far.
    fn mismatch(&self, object: usize, error: Error) {
        let mut kept = self.mismatch.borrow_mut();
        if kept.as_ref().is_none_or(|(first, _)| object < *first) {
            *kept = Some((object, error));
        }
    }
}

/// Encodes one TL-JSON object (and nothing after it) as boxed TL bytes.
pub(crate) fn encode(index: &Index, text: &str) -> Result<Vec<u8>, Error> {
    let ctx = Ctx::new(index);
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let seed = TaggedSeed {
        ctx: &ctx,
        scope: Scope::Top,
    };
    let read = seed.deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track));
    let bytes = read.map_err(|error| json_error(&track.path().to_string(), &error))?;
    de.end().map_err(|error| Error::Json {
        path: String::new(),
        message: error.to_string(),
    })?;
    match ctx.mismatch.into_inner() {
        Some((_, error)) => Err(error),
        None => Ok(bytes),
    }
}

/// The error with its whole path: one found inside a buffered object carries the rest of
/// its path at the start of its message (see [`PATH_END`]).
fn json_error(path: &str, error: &serde_json::Error) -> Error {
    let mut path = if path == "." {
        String::new()
    } else {
        path.to_owned()
    };
    let mut message = error.to_string();
    if let Some((inner, rest)) = message.split_once(PATH_END) {
        let is_path = !inner.is_empty() && !inner.contains(char::is_whitespace);
        if is_path && inner != "." {
            path = if path.is_empty() {
                inner.to_owned()
            } else {
                format!("{path}.{inner}")
            };
        }
        if is_path {
            message = rest.to_owned();
        }
    }
    Error::Json { path, message }
}

/// serde's text for an unknown field: `unknown field `x`, expected one of `a`, `b``.
fn unknown_field<E: serde::de::Error>(field: &str, expected: &[String]) -> E {
    E::custom(format_args!("unknown field `{field}`, {}", OneOf(expected)))
}

/// The expected names, as serde lists them.
struct OneOf<'a>(&'a [String]);

impl fmt::Display for OneOf<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => f.write_str("there are no fields"),
            [only] => write!(f, "expected `{only}`"),
            [a, b] => write!(f, "expected `{a}` or `{b}`"),
            names => {
                f.write_str("expected one of ")?;
                for (i, name) in names.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{name}`")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_names_read_as_serde_writes_them() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let text = |n: &[&str]| OneOf(&names(n)).to_string();
        assert_eq!(text(&[]), "there are no fields");
        assert_eq!(text(&["a"]), "expected `a`");
        assert_eq!(text(&["a", "b"]), "expected `a` or `b`");
        assert_eq!(text(&["a", "b", "c"]), "expected one of `a`, `b`, `c`");
    }

    #[test]
    fn buffered_paths_join_the_outer_path() {
        let error: serde_json::Error = serde::de::Error::custom("access_hash: invalid value");
        let Error::Json { path, message } = json_error("peer", &error) else {
            panic!("a JSON error");
        };
        assert_eq!(
            (path.as_str(), message.as_str()),
            ("peer.access_hash", "invalid value")
        );
        let plain: serde_json::Error = serde::de::Error::custom("invalid type: integer `5`");
        assert_eq!(
            json_error(".", &plain).to_string(),
            "invalid type: integer `5`"
        );
    }
}
