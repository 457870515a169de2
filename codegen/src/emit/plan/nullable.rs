//! Which parameters may be null: those TDLib's documentation says so of.
//!
//! TDLib's `td_api.tl` documents every parameter (`//@param_name text`), and the objects a
//! client may leave out, or may be answered without, are the ones whose text says
//! "may be null" (an answer's field: `phoneNumberInfo.country` "Information about the
//! country ...; may be null") or "pass null" (a request's: `sendMessage.reply_markup`
//! "Markup for replying to the message; pass null if none"). Those are `Option`s in
//! Rust: `None` is TDLib's `null`.
//!
//! Only objects can be null in TDLib (numbers, strings, `Bool` and vectors always have a
//! value), so the rule applies to parameters whose type is a constructor or boxed type,
//! and, for a vector of them, to its elements ("List of messages; messages may be null":
//! `Vec<Option<Message>>`). Phrases about other things ("can be used if the sticker is
//! null", "must be valid and not null") do not match. Conditional parameters
//! (`flags.N?T`) are optional already and stay as they are.
//!
//! TL's binary form has no null: encoding a `None` fails with
//! `tl_runtime::EncodeError::NullObject`, and decoding always gives `Some`.

use crate::model::Type;

use crate::emit::plan::rust_type::wire_type;

/// Whether a parameter, or the elements of a vector parameter, may be null.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nullable {
    /// Always present.
    No,
    /// The value itself: `Option<T>`.
    Value,
    /// Each element of the vector: `Vec<Option<T>>`.
    Elements,
}

/// The phrases of TDLib's documentation that make an object nullable.
const PHRASES: [&str; 2] = ["may be null", "pass null"];

/// Whether documentation text says its parameter may be null.
pub fn says_nullable(docs: &str) -> bool {
    let lower = docs.to_ascii_lowercase();
    PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// What may be null in a parameter of type `ty` documented by `docs`.
pub fn nullable(ty: &Type, docs: Option<&str>) -> Nullable {
    if !docs.is_some_and(says_nullable) {
        return Nullable::No;
    }
    match ty {
        Type::Vector { elem, .. } if is_object(elem) => Nullable::Elements,
        _ if is_object(ty) => Nullable::Value,
        _ => Nullable::No,
    }
}

/// Whether values of `ty` are objects (a constructor or a boxed type, `Object` included).
fn is_object(ty: &Type) -> bool {
    matches!(wire_type(ty).as_ref(), Type::Boxed(_) | Type::Bare(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Prim, QualName};

    fn boxed(name: &str) -> Type {
        Type::Boxed(QualName::parse(name))
    }

    fn vector(elem: Type) -> Type {
        Type::Vector {
            boxed: true,
            elem: Box::new(elem),
        }
    }

    #[test]
    fn objects_documented_as_nullable_are() {
        let country = Some("Information about the country; may be null");
        assert_eq!(nullable(&boxed("CountryInfo"), country), Nullable::Value);
        let bare = Type::Bare(QualName::parse("countryInfo"));
        assert_eq!(nullable(&bare, country), Nullable::Value);
        let markup = Some("Markup for replying to the message; Pass null if none");
        assert_eq!(nullable(&boxed("ReplyMarkup"), markup), Nullable::Value);
        let messages = Some("List of messages; messages may be null");
        let list = vector(boxed("Message"));
        assert_eq!(nullable(&list, messages), Nullable::Elements);
    }

    #[test]
    fn anything_else_is_not() {
        let width = Some("Expected width of the sticker, which can be used if the sticker is null");
        assert_eq!(nullable(&Type::Prim(Prim::Int), width), Nullable::No);
        let location = Some("New location for the chat; must be valid and not null");
        assert_eq!(nullable(&boxed("ChatLocation"), location), Nullable::No);
        assert_eq!(nullable(&boxed("ChatLocation"), None), Nullable::No);
        let strings = vector(Type::Prim(Prim::String));
        assert_eq!(nullable(&strings, Some("may be null")), Nullable::No);
        let text = Type::Prim(Prim::String);
        assert_eq!(nullable(&text, Some("pass null to keep")), Nullable::No);
    }
}
