//! [`RawVec`]: the bare `vector<T>`, written as the element count and the elements
//! with no `Vector` id in front (<https://core.telegram.org/mtproto/serialize>, "Boxed
//! and Bare Types").

use std::ops::{Deref, DerefMut};

use crate::vector::{read_elements, write_elements};
use crate::{Decode, DecodeError, Encode, Output, Reader};

/// A bare TL vector (`vector<T>`): count, then elements, no id. `Vec<T>` is the boxed
/// `Vector<T>`.
///
/// It dereferences to the inner `Vec<T>` and converts from and into it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawVec<T>(pub Vec<T>);

/// Empty, whatever `T` is (a derive would ask `T: Default`, which an empty vector does not
/// need: structs with a bare vector of enums derive `Default` too).
impl<T> Default for RawVec<T> {
    #[inline]
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> Deref for RawVec<T> {
    type Target = Vec<T>;

    #[inline]
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for RawVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T> From<Vec<T>> for RawVec<T> {
    #[inline]
    fn from(items: Vec<T>) -> Self {
        Self(items)
    }
}

impl<T> From<RawVec<T>> for Vec<T> {
    #[inline]
    fn from(raw: RawVec<T>) -> Self {
        raw.0
    }
}

impl<T> FromIterator<T> for RawVec<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<T> IntoIterator for RawVec<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a RawVec<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Encode> Encode for RawVec<T> {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        write_elements(&self.0, out);
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for RawVec<T> {
    #[inline]
    fn read(reader: &mut Reader<'a>) -> Result<Self, DecodeError> {
        read_elements(reader).map(Self)
    }
}

/// TL-JSON has no bare/boxed distinction: a `RawVec` is a plain JSON array.
#[cfg(feature = "json")]
impl<T: ::serde::Serialize> ::serde::Serialize for RawVec<T> {
    #[inline]
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// TL-JSON has no bare/boxed distinction: a `RawVec` is a plain JSON array.
#[cfg(feature = "json")]
impl<'de, T: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for RawVec<T> {
    #[inline]
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(Self)
    }
}
