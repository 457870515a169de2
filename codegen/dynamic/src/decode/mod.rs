//! TL bytes to TL-JSON text: a [`Decoder`] walks the [`Shape`]s of the schema over the
//! runtime's bounds-checked [`Reader`], writing one line of JSON as it reads.
//!
//! What is accepted is what generated bindings accept (unknown flag bits, any padding
//! content, the long length form of a short string). Every vector count is checked
//! against the input left before a single element is read, and boxed values nest at most
//! [`Options::depth_limit`](crate::Options::depth_limit) deep, so the work and the output
//! grow with the input, never with what it claims.

mod object;
mod scalar;

use tl_codegen::model::AnyKind;
use tl_runtime::{Reader, BOOL_FALSE_ID, BOOL_TRUE_ID, MIN_ELEMENT_SIZE};

use crate::error::{DecodeError, PathSegment};
use crate::shape::{Named, Shape};
use crate::wire::VECTOR_ID;
use crate::{Codec, Error};

/// The deepest nesting of JSON objects and arrays serde_json reads back (it refuses a
/// 128th level): nested messages are shown only within it, so that the encoder reads
/// whatever the decoder writes.
const JSON_DEPTH_LIMIT: usize = 127;

/// One decode: the codec, the reader over the input, the JSON written so far.
pub(crate) struct Decoder<'c, 'b> {
    codec: &'c Codec,
    reader: Reader<'b>,
    out: String,
    /// How many boxed values (and nested messages) enclose the one being read.
    depth: usize,
    /// How many JSON objects and arrays are open (counting those around a nested
    /// message), and the most that were.
    json_depth: usize,
    json_max: usize,
}

impl<'c, 'b> Decoder<'c, 'b> {
    /// A decoder at the start of `bytes`, `depth` levels deep already.
    pub(crate) fn new(codec: &'c Codec, bytes: &'b [u8], depth: usize) -> Self {
        Decoder {
            codec,
            reader: Reader::new(bytes),
            out: String::new(),
            depth,
            json_depth: 0,
            json_max: 0,
        }
    }

    /// Writes `c` (`{` or `[`), one level of JSON deeper.
    fn open(&mut self, c: char) {
        self.out.push(c);
        self.json_depth += 1;
        self.json_max = self.json_max.max(self.json_depth);
    }

    /// Writes `c` (`}` or `]`), closing a level [`Decoder::open`] opened.
    fn close(&mut self, c: char) {
        self.out.push(c);
        self.json_depth -= 1;
    }

    /// The whole input as one boxed value, dispatched on its leading id: a function, a
    /// constructor (read as its boxed type is) or a `Bool` (`{"_":"boolTrue"}`).
    pub(crate) fn message(self) -> Result<String, Error> {
        self.message_within(0).map(|(json, _)| json)
    }

    /// [`Decoder::message`] written inside `json_depth` open JSON levels; also returns the
    /// deepest level its JSON reaches, counting those.
    fn message_within(mut self, json_depth: usize) -> Result<(String, usize), Error> {
        self.json_depth = json_depth;
        self.json_max = json_depth;
        let id = self.reader.clone().read_u32().map_err(DecodeError::from)?;
        let index = &self.codec.index;
        if id == BOOL_TRUE_ID || id == BOOL_FALSE_ID {
            self.top_bool()?;
        } else if let Some(def) = index.function_by_id(id) {
            self.reader.read_u32().map_err(DecodeError::from)?;
            self.call(def)?;
        } else if let Some(def) = index.constructor_by_id(id) {
            self.reader.read_u32().map_err(DecodeError::from)?;
            self.boxed(def)?;
        } else {
            return Err(Error::UnknownId { id });
        }
        let json_max = self.json_max;
        self.finish().map(|json| (json, json_max))
    }

    /// The whole input as the type named on the command line.
    pub(crate) fn named(mut self, named: &Named) -> Result<String, Error> {
        self.named_value(named, true)?;
        self.finish()
    }

    /// The JSON, once the input is used up.
    fn finish(self) -> Result<String, Error> {
        self.reader.finish().map_err(DecodeError::from)?;
        Ok(self.out)
    }

    /// `{"_":"boolTrue"}` or `{"_":"boolFalse"}`.
    fn top_bool(&mut self) -> Result<(), DecodeError> {
        let name = if self.read_bool()? {
            "boolTrue"
        } else {
            "boolFalse"
        };
        self.open('{');
        self.out.push_str(&format!("\"_\":\"{name}\""));
        self.close('}');
        Ok(())
    }

    /// A value of a `--type`: a bare constructor keeps its `"_"`, a top-level `Bool` is
    /// an object, vectors hold either.
    fn named_value(&mut self, named: &Named, top: bool) -> Result<(), DecodeError> {
        match named {
            Named::Vector { boxed, elem } => {
                self.elements(*boxed, |decoder| decoder.named_value(elem, false))
            }
            Named::Value(Shape::Bool) if top => self.top_bool(),
            Named::Value(shape) => self.value(shape),
            Named::Constructor(def) => self.object(*def, true),
        }
    }

    /// One value of `shape`, written as TL-JSON.
    pub(crate) fn value(&mut self, shape: &Shape) -> Result<(), DecodeError> {
        match shape {
            Shape::Vector { boxed, elem } => self.elements(*boxed, |decoder| decoder.value(elem)),
            Shape::Array { len, elem } => self.array(*len, elem),
            Shape::Boxed(ty) => self.boxed_of_type(*ty),
            Shape::Any(kind) => self.any(*kind),
            Shape::Bare(def) => self.object(*def, false),
            Shape::Query => self.query(),
            scalar => self.scalar(scalar),
        }
    }

    /// A vector: the id (boxed), a count checked against the input left, the elements.
    fn elements(
        &mut self,
        boxed: bool,
        mut element: impl FnMut(&mut Self) -> Result<(), DecodeError>,
    ) -> Result<(), DecodeError> {
        if boxed {
            self.reader.expect_id(VECTOR_ID, "Vector")?;
        }
        let count = self.reader.read_count(MIN_ELEMENT_SIZE)?;
        self.open('[');
        for index in 0..count {
            if index > 0 {
                self.out.push(',');
            }
            element(self).map_err(|error| error.within(PathSegment::Index(index)))?;
        }
        self.close(']');
        Ok(())
    }

    /// An inline array of `len` values (no id, no count).
    fn array(&mut self, len: usize, elem: &Shape) -> Result<(), DecodeError> {
        self.reader.check_count(len, MIN_ELEMENT_SIZE)?;
        self.open('[');
        for index in 0..len {
            if index > 0 {
                self.out.push(',');
            }
            let read = self.value(elem);
            read.map_err(|error| error.within(PathSegment::Index(index)))?;
        }
        self.close(']');
        Ok(())
    }

    /// A constructor of the boxed type `ty`, by its id.
    fn boxed_of_type(&mut self, ty: usize) -> Result<(), DecodeError> {
        let offset = self.reader.position();
        let id = self.reader.read_u32()?;
        let ty = &self.codec.index.types[ty];
        match ty.by_id.get(&id) {
            Some(&def) => self.boxed(def),
            None => Err(object::unknown(&ty.name, id, offset)),
        }
    }

    /// Any constructor (`Object`) or call (`Function`) of the schema, by its id.
    fn any(&mut self, kind: AnyKind) -> Result<(), DecodeError> {
        let offset = self.reader.position();
        let id = self.reader.read_u32()?;
        match self.codec.index.any_by_id(kind, id) {
            Some(def) => self.boxed(def),
            None => Err(object::unknown(&kind.type_name().to_string(), id, offset)),
        }
    }

    /// What a type variable stands for (`query:!X`): any call or constructor of the
    /// schema, or a `Bool`, by its id.
    fn query(&mut self) -> Result<(), DecodeError> {
        let offset = self.reader.position();
        let id = self.reader.clone().read_u32()?;
        if id == BOOL_TRUE_ID || id == BOOL_FALSE_ID {
            return self.top_bool();
        }
        self.reader.read_u32()?;
        let index = &self.codec.index;
        match index
            .function_by_id(id)
            .or_else(|| index.constructor_by_id(id))
        {
            Some(def) => self.boxed(def),
            None => Err(object::unknown_query(id, offset)),
        }
    }
}
