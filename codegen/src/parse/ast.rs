//! Syntax tree of a `.tl` file: what the text says, nothing resolved.
//!
//! Every node carries the [`Span`] of the bytes it was parsed from, so later
//! stages can point diagnostics at the exact place in the source.
//!
//! The tree borrows the source text (`'src`): an [`Ident`] is a slice of it, so
//! parsing allocates nothing per name. Keep the text alive as long as the tree,
//! and copy out (`to_string`) only the names a later stage keeps.

use crate::span::Span;

/// A whole parsed file; it borrows the text it was parsed from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct File<'src> {
    /// Declarations, in source order, each tagged with the section it sits in.
    pub declarations: Vec<Declaration<'src>>,
    /// `// LAYER N` comments, in source order (real files have at most one).
    pub layers: Vec<Spanned<u32>>,
    /// `//@class Name @description ...` blocks (TDLib/TON): docs of boxed types.
    pub class_docs: Vec<ClassDoc>,
}

/// A value with the span it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// The section a declaration sits in (`---types---` / `---functions---`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Types,
    Functions,
}

/// A (possibly namespaced) identifier as written: `adnl.id.short`, `InputPeer`, `X`.
///
/// A slice of the source text plus its span: `Copy`, and free to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ident<'src> {
    /// The full text, dots included (borrowed from the source).
    pub text: &'src str,
    pub span: Span,
}

/// One combinator declaration, from its name to its `;` (exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration<'src> {
    /// From the first byte of the name to the `;` inclusive.
    pub span: Span,
    pub section: Section,
    /// `user`, `messages.exportChatInvite`; `_` is allowed by the grammar.
    pub name: Ident<'src>,
    /// `#31774388` (1-8 hex digits), the span covering the digits.
    pub id: Option<Spanned<u32>>,
    /// `{X:Type}` / `{n:#}` optional arguments, in order.
    pub generics: Vec<GenericDecl<'src>>,
    /// Arguments between the name (or generics) and `=`.
    pub params: Vec<Param<'src>>,
    /// `true` when the arguments are the lone `?` of a built-in (`int ? = Int;`).
    pub question_mark: bool,
    /// Everything right of `=`.
    pub result: TypeExpr<'src>,
    /// `//@description` / `//@param` annotations directly above this declaration.
    pub docs: Vec<DocAnnotation>,
}

/// `{X:Type}` (or `{n:#}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenericDecl<'src> {
    pub name: Ident<'src>,
    /// `Type`, `#`, or another type expression as written.
    pub ty: TypeExpr<'src>,
    /// `{X:!Type}`: rare, kept for printing.
    pub excl: bool,
    pub span: Span,
}

/// One argument of a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param<'src> {
    /// `name:Type`, `name:flags.3?Type`, `query:!X`.
    Field(FieldParam<'src>),
    /// `4*[ int ]`, `# [ t ]`, `key:64*[int]`: a repetition (only in built-ins in practice).
    Repeat(RepeatParam<'src>),
    /// A bare type term without a name: `#` in `vector # [ t ]`, `string` in `bytes string = Bytes`.
    Anonymous(AnonymousParam<'src>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldParam<'src> {
    pub name: Ident<'src>,
    /// `flags.3?` part, when present.
    pub condition: Option<Condition<'src>>,
    /// `!` before the type (`query:!X`).
    pub excl: bool,
    pub ty: TypeExpr<'src>,
    pub span: Span,
}

/// `flags.3?` (or `flags?` without a bit, which the spec allows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition<'src> {
    /// The `#` field the condition refers to.
    pub field: Ident<'src>,
    /// The bit index, when written.
    pub bit: Option<Spanned<u32>>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatParam<'src> {
    /// `key:` before the repetition, when present.
    pub name: Option<Ident<'src>>,
    /// `4*` / `64*` / `n*`; `None` when the count is the preceding `#` field.
    pub multiplicity: Option<Spanned<Multiplicity<'src>>>,
    /// The arguments inside `[ ... ]`.
    pub inner: Vec<Param<'src>>,
    pub span: Span,
}

/// The count of a repetition: `4*`, or a `#` field's name, `n*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Multiplicity<'src> {
    Const(u32),
    /// The name of the `#` field, borrowed from the source.
    Var(&'src str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnonymousParam<'src> {
    pub excl: bool,
    pub ty: TypeExpr<'src>,
    pub span: Span,
}

/// A type expression as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeExpr<'src> {
    /// `int`, `InputPeer`, `X`, `adnl.id.short`; `%T` sets `percent`.
    Name {
        name: Ident<'src>,
        percent: bool,
        span: Span,
    },
    /// `#` (the built-in natural-number type).
    Nat { span: Span },
    /// `Vector<long>` (`angle: true`) or `(vector X)` / `Vector t` (`angle: false`).
    Apply {
        head: Box<TypeExpr<'src>>,
        args: Vec<TypeExpr<'src>>,
        angle: bool,
        span: Span,
    },
}

impl TypeExpr<'_> {
    pub fn span(&self) -> Span {
        match self {
            TypeExpr::Name { span, .. } | TypeExpr::Nat { span } | TypeExpr::Apply { span, .. } => {
                *span
            }
        }
    }
}

/// A `//@key value` annotation (TDLib/TON docs); `//-` continuations already joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocAnnotation {
    /// `description`, `class`, a parameter name, or `param_<name>`.
    pub key: String,
    pub value: String,
    pub span: Span,
}

/// `//@class Name @description text`: documents a boxed type, not the next declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassDoc {
    pub name: String,
    pub description: String,
    pub span: Span,
}
