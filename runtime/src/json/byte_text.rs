//! Byte values as JSON strings, whatever the spelling: the machinery shared by
//! [`super::hex`] (TL-JSON) and [`super::base64`] (TDLib's JSON).
//!
//! A [`Codec`] spells bytes as text and reads them back; a [`Leaf`] is one byte value
//! (`Vec<u8>`, `Bytes`, `[u8; 16]`, `[u8; 32]`, `[u8; 64]`); [`byte_text_field!`] writes a
//! sealed field trait and its impls for every shape around every leaf: alone, in an
//! `Option`, in a `Vec` or `RawVec`, or in an `Option` of a `Vec`.

use std::fmt;
use std::marker::PhantomData;

use ::serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use ::serde::ser::{Serialize, Serializer};
use bytes::Bytes;

/// A spelling of bytes as text.
pub(crate) trait Codec {
    /// The text of `bytes`.
    fn encode(bytes: &[u8]) -> String;

    /// The bytes `text` spells, or `None` if it is not well formed.
    fn decode(text: &str) -> Option<Vec<u8>>;

    /// What a string holding a leaf must be: any length (`fixed` is `None`) or
    /// `fixed = (bytes, name)` (`(16, "int128")`).
    fn expecting(fixed: Option<(usize, &'static str)>, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// A byte value written as one string.
pub(crate) trait Leaf: Sized {
    /// The length a value must have, and its TL name; `None` for any length.
    const FIXED: Option<(usize, &'static str)>;

    /// The bytes to write.
    fn as_bytes(&self) -> &[u8];

    /// The value with these bytes, or `None` if the length is wrong.
    fn from_vec(bytes: Vec<u8>) -> Option<Self>;
}

impl Leaf for Vec<u8> {
    const FIXED: Option<(usize, &'static str)> = None;

    fn as_bytes(&self) -> &[u8] {
        self
    }

    fn from_vec(bytes: Vec<u8>) -> Option<Self> {
        Some(bytes)
    }
}

/// The opt-in zero-copy `bytes` (deserializing takes the decoded vector over).
impl Leaf for Bytes {
    const FIXED: Option<(usize, &'static str)> = None;

    fn as_bytes(&self) -> &[u8] {
        self
    }

    fn from_vec(bytes: Vec<u8>) -> Option<Self> {
        Some(Bytes::from(bytes))
    }
}

/// Implements [`Leaf`] for a fixed-size array.
macro_rules! fixed_leaf {
    ($($size:literal => $name:literal),*) => {$(
        impl Leaf for [u8; $size] {
            const FIXED: Option<(usize, &'static str)> = Some(($size, $name));

            fn as_bytes(&self) -> &[u8] {
                self
            }

            fn from_vec(bytes: Vec<u8>) -> Option<Self> {
                bytes.try_into().ok()
            }
        }
    )*};
}

fixed_leaf!(16 => "int128", 32 => "int256", 64 => "int512");

/// Serializes one leaf as a string.
pub(crate) struct Ser<'a, C, L>(pub &'a L, pub PhantomData<C>);

impl<C: Codec, L: Leaf> Serialize for Ser<'_, C, L> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&C::encode(self.0.as_bytes()))
    }
}

/// Serializes a slice of leaves as an array of strings.
pub(crate) struct SerSeq<'a, C, L>(pub &'a [L], pub PhantomData<C>);

impl<C: Codec, L: Leaf> Serialize for SerSeq<'_, C, L> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|leaf| Ser::<C, L>(leaf, PhantomData)))
    }
}

/// Deserializes one leaf from a string.
pub(crate) struct De<C, L>(pub L, pub PhantomData<C>);

impl<'de, C: Codec, L: Leaf> Deserialize<'de> for De<C, L> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let leaf = deserializer.deserialize_str(LeafVisitor::<C, L>(PhantomData))?;
        Ok(De(leaf, PhantomData))
    }
}

/// Turns a JSON string into a leaf.
struct LeafVisitor<C, L>(PhantomData<(C, L)>);

impl<C: Codec, L: Leaf> Visitor<'_> for LeafVisitor<C, L> {
    type Value = L;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        C::expecting(L::FIXED, f)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<L, E> {
        let bytes =
            C::decode(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))?;
        L::from_vec(bytes).ok_or_else(|| E::invalid_length(text.len(), &self))
    }
}

/// Unwraps deserialized leaves.
pub(crate) fn unwrap_all<C, L>(items: Vec<De<C, L>>) -> Vec<L> {
    items.into_iter().map(|De(leaf, _)| leaf).collect()
}

/// Declares the sealed field trait `$field` of codec `$codec` (with methods `$ser` and
/// `$de`) and implements it for every shape around every leaf.
macro_rules! byte_text_field {
    ($(#[$docs:meta])* $field:ident, $codec:ty, $ser:ident, $de:ident) => {
        $(#[$docs])*
        pub trait $field: Sized + sealed::Sealed {
            /// Writes the value with every leaf as a string.
            fn $ser<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

            /// Reads the value with every leaf from a string.
            fn $de<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
        }

        mod sealed {
            /// Keeps the field trait closed to the shapes of this module.
            pub trait Sealed {}
        }

        $crate::json::byte_text::byte_text_field!(@leaves $field, $codec, $ser, $de;
            Vec<u8>, ::bytes::Bytes, [u8; 16], [u8; 32], [u8; 64]);
    };
    (@leaves $field:ident, $codec:ty, $ser:ident, $de:ident; $($leaf:ty),*) => {$(
        impl sealed::Sealed for $leaf {}
        impl $field for $leaf {
            fn $ser<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Ser::<$codec, $leaf>(self, PhantomData).serialize(s)
            }
            fn $de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                De::<$codec, $leaf>::deserialize(d).map(|De(leaf, _)| leaf)
            }
        }

        impl sealed::Sealed for Option<$leaf> {}
        impl $field for Option<$leaf> {
            fn $ser<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let leaf = self.as_ref().map(|leaf| Ser::<$codec, $leaf>(leaf, PhantomData));
                leaf.serialize(s)
            }
            fn $de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let leaf = Option::<De<$codec, $leaf>>::deserialize(d)?;
                Ok(leaf.map(|De(leaf, _)| leaf))
            }
        }

        impl sealed::Sealed for Vec<$leaf> {}
        impl $field for Vec<$leaf> {
            fn $ser<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                SerSeq::<$codec, $leaf>(self, PhantomData).serialize(s)
            }
            fn $de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Vec::<De<$codec, $leaf>>::deserialize(d).map(unwrap_all)
            }
        }

        impl sealed::Sealed for Option<Vec<$leaf>> {}
        impl $field for Option<Vec<$leaf>> {
            fn $ser<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let seq = self.as_deref().map(|seq| SerSeq::<$codec, $leaf>(seq, PhantomData));
                seq.serialize(s)
            }
            fn $de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Option::<Vec<De<$codec, $leaf>>>::deserialize(d).map(|o| o.map(unwrap_all))
            }
        }

        impl sealed::Sealed for RawVec<$leaf> {}
        impl $field for RawVec<$leaf> {
            fn $ser<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                SerSeq::<$codec, $leaf>(&self.0, PhantomData).serialize(s)
            }
            fn $de<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let items = Vec::<De<$codec, $leaf>>::deserialize(d)?;
                Ok(RawVec(unwrap_all(items)))
            }
        }
    )*};
}

pub(crate) use byte_text_field;
