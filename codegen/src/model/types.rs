//! The resolved, validated schema: what the emitter and the `ids` command read.
//!
//! Built from one or more parsed files by [`super::lower`]. Names are resolved
//! (every type a parameter mentions is declared, a built-in, or a generic in
//! scope), flag conditions point at their `#` field, and every definition has
//! its constructor id (explicit or computed under the schema's dialect).

use std::collections::BTreeMap;

use crate::span::Span;

/// Which constructor-id rule applies (see `tl-spec.md`, section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Dialect {
    /// Telegram's api.tl / mtproto.tl: direct `bytes` parameters hash as
    /// `string`, `name:flags.N?true` parameters are left out of the hash.
    #[default]
    Telegram,
    /// TDLib's td_api.tl and TON's schemas: neither rule.
    Tdlib,
}

impl std::fmt::Display for Dialect {
    /// `telegram` or `tdlib`, as the `codegen` command line spells it (`--dialect tdlib`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Dialect::Telegram => "telegram",
            Dialect::Tdlib => "tdlib",
        })
    }
}

/// A name with its namespace: `messages.exportChatInvite` is
/// `namespace: ["messages"], name: "exportChatInvite"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QualName {
    pub namespace: Vec<String>,
    pub name: String,
}

/// Index of a source file within a [`Schema`] (`Schema::files`).
pub type FileId = usize;

/// Where a model node came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Origin {
    pub file: FileId,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// A constructor (declared in a `---types---` section).
    Constructor,
    /// A function / RPC method (declared in a `---functions---` section).
    Function,
}

/// Whether the id was written in the schema or derived from the CRC32 rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdSource {
    Explicit,
    Computed,
}

/// The whole resolved schema (one or more files read together).
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// Display names of the files read (paths as given), indexed by [`FileId`].
    pub files: Vec<String>,
    /// The `// LAYER N` value, if any file carries one.
    pub layer: Option<u32>,
    pub dialect: Dialect,
    /// Ordinary constructors and functions, in source order (built-ins excluded).
    pub definitions: Vec<Definition>,
    /// Built-in lines (`int ? = Int;`, `vector {t:Type} # [ t ] = Vector t;`, ...).
    pub builtins: Vec<Builtin>,
    /// `//@class` docs of boxed types, keyed by the type's full name.
    pub type_docs: BTreeMap<String, String>,
}

/// One ordinary constructor or function.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    pub name: QualName,
    pub category: Category,
    /// The id on the wire: the explicit one when written, else the computed one.
    pub id: u32,
    pub id_source: IdSource,
    /// The CRC32 of the canonical line under the schema's dialect.
    pub computed_id: u32,
    /// `{X:Type}` type variables, in order.
    pub generics: Vec<String>,
    pub params: Vec<Param>,
    /// Constructors: the boxed type they build. Functions: the result type.
    pub ty: Type,
    pub docs: Docs,
    pub origin: Origin,
}

/// `//@description` / `//@param` text attached to a definition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Docs {
    pub description: Option<String>,
    /// Parameter name -> text.
    pub params: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParamKind {
    /// A `name:#` field. `used_as_flags` is true when a later conditional refers
    /// to it (then generated code computes it instead of exposing it).
    Nat { used_as_flags: bool },
    /// A data field, possibly conditional.
    Field {
        ty: Type,
        /// `name:flags.N?T`.
        flag: Option<Flag>,
        /// `query:!X`: the field holds a serialized function call returning `X`.
        excl: bool,
    },
}

/// `flags.N?` of a conditional field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Flag {
    /// Name of the `#` field (`flags`, `flags2`, `mode`).
    pub field: String,
    /// Index of that `#` field in `Definition::params`.
    pub field_index: usize,
    pub bit: u32,
}

/// A resolved type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    /// A built-in scalar: `int`, `long`, `string`, `Bool`, `true`, ...
    Prim(Prim),
    /// `#` used as a plain type.
    Nat,
    /// A boxed type: `InputPeer`, `messages.ExportedChatInvite`.
    Boxed(QualName),
    /// A bare constructor used as a type: `future_salt`, `%Message`.
    Bare(QualName),
    /// `Vector<T>` (`boxed: true`) or `vector<T>` / `%Vector<T>` (`boxed: false`).
    Vector { boxed: bool, elem: Box<Type> },
    /// A type variable declared by `{X:Type}`.
    Generic(String),
    /// Another generic application (`IntHash int`): kept, not interpreted.
    Apply {
        head: QualName,
        boxed: bool,
        args: Vec<Type>,
    },
    /// A type known only from a built-in line of the file (`int32`, `Int53`,
    /// `SecureString`, `Object`, `Function`) or implied by the dialect (TDLib's
    /// `int32`/`int53`/`int64`/`secureString`/`secureBytes`); printed as written.
    Builtin(QualName),
    /// An inline array of a fixed length: `key:64*[int]` (tgl's binlog.tl).
    Array { len: u32, elem: Box<Type> },
}

/// Built-in scalars the runtime knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prim {
    Int,
    Long,
    Double,
    String,
    Bytes,
    Int128,
    Int256,
    /// `int512` (TDLib's `int512 16*[ int ] = Int512;`): 64 raw bytes. Only a declared
    /// built-in names it (see [`super::builtin_wire`]).
    Int512,
    /// `Bool` (boxed: boolTrue / boolFalse).
    Bool,
    /// `true` (no bytes; only meaningful under a flag).
    True,
}

/// A built-in line, recognized and kept out of the ordinary definitions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Builtin {
    pub name: QualName,
    /// The section it was declared in (built-ins are constructors in every real file).
    pub category: Category,
    /// The type it declares (`Int`, `Vector`, `Int128`, ...).
    pub ty: QualName,
    pub id: u32,
    pub id_source: IdSource,
    /// The CRC32 of the canonical line (equal to `id` unless an explicit id differs).
    pub computed_id: u32,
    /// Everything after the name (and `#id`) in canonical form, without `;`:
    /// `? = Int`, `{t:Type} # [ t ] = Vector t`, `4*[ int ] = Int128`.
    pub body: String,
    pub origin: Origin,
}
