//! TL bytes <-> TL-JSON at run time, for any TL schema, without generated bindings: what
//! `protoc --decode` is to a `.proto`, for Telegram's Type Language.
//!
//! Load schema text with [`tl_codegen::model::load`] (or [`Codec::load`]), under the
//! [`Dialect`](tl_codegen::Dialect) of its constructor ids, and make a [`Codec`] of the
//! [`Schema`](tl_codegen::model::Schema): it decodes any constructor or function of the
//! schema from its bytes ([`Codec::decode`] by the leading id, [`Codec::decode_as`] for a
//! type you name) and encodes TL-JSON back ([`Codec::encode`]). The `tl` command line
//! (`tl decode --schema FILE`, package `codegen`) is built on it.
//!
//! ```
//! use tl_codegen::model::{load, SourceFile};
//! use tl_codegen::Dialect;
//! use tl_dynamic::{from_hex, Codec};
//!
//! let schema = "
//!     inputPeerSelf#7da07ec9 = InputPeer;
//!     inputPeerChat#35a95cb9 chat_id:long = InputPeer;
//!     chatInvitePublicJoinRequests#ed107ab7 = ExportedChatInvite;
//!     ---functions---
//!     messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true
//!         request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int
//!         usage_limit:flags.1?int title:flags.4?string = ExportedChatInvite;
//! ";
//! let schema = load(&[SourceFile::new("api.tl", schema)], Dialect::Telegram)
//!     .into_result()
//!     .expect("the schema loads");
//! let codec = Codec::new(schema);
//! let bytes = from_hex("90de55a40a000000b95ca9352a000000000000000a000000")?;
//! let json = codec.decode(&bytes)?;
//! assert_eq!(
//!     json,
//!     r#"{"_":"messages.exportChatInvite","request_needed":true,"peer":{"_":"inputPeerChat","chat_id":42},"usage_limit":10}"#
//! );
//! assert_eq!(codec.encode(&json)?, bytes);
//! # Ok::<(), tl_dynamic::Error>(())
//! ```
//!
//! # TL-JSON
//!
//! Exactly what the `json` feature of generated bindings reads and writes (the project's
//! `tests/vectors/README.md`), so the two can be swapped:
//!
//! * a boxed value is an object whose `"_"` is the TL name of its constructor or function,
//!   written first; a bare constructor (`vector<future_salt>`) is the object of its fields;
//! * parameters keep their schema names and order; `#` flag words are never written (they
//!   are computed on encoding); a clear optional parameter is left out (`null` is read as
//!   absent); a set `flags.N?true` parameter is `true`;
//! * `int`, `long` and `#` are exact JSON integers (a `long` may be given as a decimal
//!   string too); `bytes`, `int128`, `int256` (and TDLib's `int512`) are lowercase hex
//!   (either case on input); `string` is JSON text (the bytes must be UTF-8);
//! * `Bool` is `true`/`false`; a whole message that is a `Bool` is `{"_":"boolTrue"}`;
//! * `Vector<T>` and `vector<T>` are arrays;
//! * a `double` is spelled as `tl_runtime::json::double` spells it, so that every value
//!   the wire can carry comes back bit for bit: a finite value is a JSON number printed
//!   so that it reads back to the same bits (`-0.0` stays `-0.0`), and NaN and the
//!   infinities, which JSON numbers cannot spell, are the strings `"NaN"` (the quiet NaN
//!   `0x7ff8000000000000`), `"NaN(0x<16 hex digits>)"` (any other NaN, sign and payload
//!   included), `"Infinity"` and `"-Infinity"`.
//!
//! Encoding reads keys in any order (an object whose `"_"` is not first is buffered,
//! then read); unknown and missing fields, wrong types, out-of-range integers and two
//! parameters that share a flag bit given one without the other are errors.
//!
//! # Built-in and generic types
//!
//! What a built-in type carries is what [`tl_codegen::model::builtin_wire`] says: TDLib's
//! and TON's `int32`, `int53`, `int64`, `bytes`, `secureString`, `secureBytes`, `int128`,
//! `int256`, `int512` are the scalars they declare. `Object` and `Function` (declared
//! `object ? = Object;`, `function ? = Function;`) hold any constructor or any call of the
//! schema, read by its id and written with its `"_"`. A parameter whose type is a type
//! variable (`invokeWithLayer {X:Type} layer:int query:!X = X;`) holds any boxed call or
//! constructor of the schema (or a `Bool`), decoded and encoded recursively:
//! `{"_":"invokeWithLayer","layer":230,"query":{"_":"help.getConfig"}}`. A generic
//! application other than vectors (`IntHash int`) is an error when a value of it is met.
//!
//! # Nested messages in `bytes` (opt in)
//!
//! Some protocols carry serialized TL inside `bytes`: TON's
//! `adnl.message.query query_id:int256 query:bytes` holds a boxed
//! `liteServer.query data:bytes`, whose `data` holds a boxed lite-server call. With
//! [`Options::nested`], a `bytes` value is printed as the value it holds,
//!
//! ```text
//! "query":{"@tl":{"_":"liteServer.query","data":{"@tl":{"_":"liteServer.getMasterchainInfo"}}}}
//! ```
//!
//! exactly when all of the bytes decode as one boxed value of the schema (by its leading
//! id, as [`Codec::decode`] reads a message) **and** that value's TL-JSON encodes back to
//! the very same bytes; anything else (random data, a value written with non-canonical
//! padding or length form) stays hex. The encoder always accepts `{"@tl": VALUE}` where
//! `bytes` are expected and writes the bytes of `VALUE` there, so decoding with nested
//! messages and encoding again gives back the input byte for byte. Bytes that happen to
//! look like a message (four bytes equal to a field-less constructor's id) are shown as
//! one: the option is for protocols that nest messages. A nested message counts as one
//! level of nesting, and is shown only while the whole JSON stays within the 127 levels of
//! objects and arrays that serde_json (and so the encoder) reads back.
//!
//! # What decoding accepts, and its limits
//!
//! The same as generated code with the runtime (`tl_runtime`'s crate docs): unknown flag
//! bits are ignored (and encoded as 0), padding bytes are skipped whatever their value,
//! the long length form of a short string is read (and re-encoded short); everything else
//! that decodes re-encodes byte for byte. `string` must be UTF-8. It never panics and never
//! over-allocates: vector counts are checked against the input left before a single
//! element is read, lengths before data is copied, boxed values (including `!X` queries
//! and nested messages) nest at most [`Options::depth_limit`] (64) deep, and the JSON
//! written grows with the bytes actually read. Errors say what was expected, what was
//! found, at which byte offset and along which path of fields, in the runtime's words:
//!
//! ```text
//! messages.exportChatInvite.peer: expected a constructor of type InputPeer at byte offset 8, found unknown id 0xdeadbeef
//! ```
//!
//! The encoder reads JSON nested at most 127 objects and arrays deep (serde_json's limit,
//! which keeps its stack bounded too). Bytes whose TL-JSON would nest deeper (64 boxed
//! values each inside a vector) decode, as with generated bindings, but that JSON does not
//! encode again.
//!
//! When a schema has two definitions with the same id or name, the first one in source
//! order is used.

mod codec;
mod decode;
mod encode;
mod error;
mod hex;
mod index;
mod shape;
mod wire;

pub use codec::{Codec, Options};
pub use error::{DecodeError, DecodeErrorKind, Error, PathSegment};
pub use hex::{from_hex, to_hex};
