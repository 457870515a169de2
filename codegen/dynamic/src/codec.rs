//! [`Codec`]: a schema made ready for conversions, and its [`Options`].

use tl_codegen::model::{load_with, LoadOptions, Schema, SourceFile};

use crate::decode::Decoder;
use crate::index::Index;
use crate::Error;

/// How the decoder reads and prints (built with [`Options::new`] and its setters).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Whether nested messages in `bytes` are printed as TL-JSON (see [`Options::nested`]).
    pub nested: bool,
    /// How deep boxed values may nest (see [`Options::depth_limit`]).
    pub depth_limit: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            nested: false,
            depth_limit: tl_runtime::DEFAULT_DEPTH_LIMIT,
        }
    }
}

impl Options {
    /// The defaults: bytes as hex, boxed values nested at most
    /// [`tl_runtime::DEFAULT_DEPTH_LIMIT`] (64) deep.
    pub fn new() -> Self {
        Options::default()
    }

    /// Whether a `bytes` value that holds exactly one boxed value of the schema is printed
    /// as that value, `{"@tl": {...}}`, instead of hex (see the crate docs). Off by default.
    #[must_use]
    pub fn nested(mut self, nested: bool) -> Self {
        self.nested = nested;
        self
    }

    /// How deep boxed values (and nested messages) may nest before decoding fails.
    #[must_use]
    pub fn depth_limit(mut self, limit: usize) -> Self {
        self.depth_limit = limit;
        self
    }
}

/// TL bytes <-> TL-JSON for every constructor and function of one schema, read from the
/// schema at run time.
///
/// ```
/// use tl_dynamic::Codec;
/// use tl_codegen::model::{load, SourceFile};
/// use tl_codegen::Dialect;
///
/// let text = "ping#7abe77ec ping_id:long = Pong;";
/// let schema = load(&[SourceFile::new("ping.tl", text)], Dialect::Telegram)
///     .into_result()
///     .expect("a valid schema");
/// let codec = Codec::new(schema);
/// let bytes = codec.encode(r#"{"_":"ping","ping_id":"72623859790382856"}"#)?;
/// assert_eq!(bytes, [0xec, 0x77, 0xbe, 0x7a, 8, 7, 6, 5, 4, 3, 2, 1]);
/// assert_eq!(codec.decode(&bytes)?, r#"{"_":"ping","ping_id":72623859790382856}"#);
/// # Ok::<(), tl_dynamic::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Codec {
    schema: Schema,
    pub(crate) index: Index,
    pub(crate) options: Options,
}

impl Codec {
    /// A codec for `schema`, with the default [`Options`].
    pub fn new(schema: Schema) -> Self {
        Codec::with_options(schema, Options::default())
    }

    /// A codec for `schema` with `options`.
    pub fn with_options(schema: Schema, options: Options) -> Self {
        let index = Index::new(&schema);
        Codec {
            schema,
            index,
            options,
        }
    }

    /// Loads the schema files `sources` together (`options`: the dialect, whether unknown
    /// types are allowed) and makes a codec of it; `Err` holds the rendered schema errors
    /// (`file:line:col: error: ...` with the source line).
    pub fn load(sources: &[SourceFile], options: LoadOptions) -> Result<Self, String> {
        load_with(sources, options).into_result().map(Codec::new)
    }

    /// The schema this codec reads.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// The options in use.
    pub fn options(&self) -> Options {
        self.options
    }

    /// Changes the options of this codec.
    pub fn set_options(&mut self, options: Options) {
        self.options = options;
    }

    /// The TL-JSON (one line) of all of `bytes`, one boxed value read by its leading id:
    /// a call, a constructor, or a `Bool` (printed `{"_":"boolTrue"}`). Trailing bytes are
    /// an error.
    pub fn decode(&self, bytes: &[u8]) -> Result<String, Error> {
        Decoder::new(self, bytes, 0).message()
    }

    /// The TL-JSON of all of `bytes` read as the type `ty`: a boxed type (`InputPeer`, its
    /// id checked), a constructor (`inputPeerChannel`: bare, printed with its `"_"`), a
    /// scalar (`int`, `long`, `double`, `string`, `bytes`, `int128`, `int256`, `Bool`, or a
    /// built-in of the schema such as `int53`), `Object`/`Function` when the schema
    /// declares them, or `Vector<T>` / the bare `vector<T>` of any of these. Functions are
    /// read by their id with [`Codec::decode`].
    pub fn decode_as(&self, ty: &str, bytes: &[u8]) -> Result<String, Error> {
        let named = self
            .index
            .named(ty)
            .map_err(|name| Error::UnknownType { name })?;
        Decoder::new(self, bytes, 0).named(&named)
    }

    /// The boxed bytes of one TL-JSON object (a call, a constructor or a `Bool`, named by
    /// its `"_"`), and nothing after it.
    pub fn encode(&self, json: &str) -> Result<Vec<u8>, Error> {
        crate::encode::encode(&self.index, json)
    }
}
