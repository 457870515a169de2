//! What the text of a schema says about its dialect: built-in lines only TDLib or TON
//! declare, Telegram's `// LAYER N` and `vector#1cb5c415`, `//@` documentation comments,
//! TDLib types used without a declaration, and how many declarations carry an explicit id.

use std::fmt;

use crate::diag::thousands;
use crate::model::ast_text::{body, Mode};
use crate::model::builtins::{implicit, is_builtin};
use crate::model::{Dialect, FileId, Origin, SourceFile};
use crate::parse::ast::{self, Declaration, Param, TypeExpr};

/// Telegram's id of the vector built-in (`vector#1cb5c415 {t:Type} # [ t ] = Vector t;`).
const VECTOR_ID: u32 = 0x1cb5c415;

/// Below this many ordinary declarations, the share of explicit ids says nothing.
const MIN_DECLARATIONS_FOR_SHARE: usize = 10;

/// How much a [`Clue`] weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// A habit of one dialect's files, which the other's sometimes share.
    Weak,
    /// A line only one dialect's files contain.
    Strong,
}

/// Something in the text of a schema that points to one dialect.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Clue {
    /// What was found.
    pub kind: ClueKind,
    /// Where (the first place, for clues about many places); `None` for counts over the
    /// whole schema.
    pub origin: Option<Origin>,
}

/// The kinds of [`Clue`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClueKind {
    /// A TDLib built-in: `int32 = Int32;`, `int53`, `int64`, `secureString`, `secureBytes`
    /// (td_api.tl, tonlib_api.tl, e2e_api.tl). The line, in canonical form.
    TdlibBuiltin(String),
    /// A TON built-in: `object ? = Object;`, `function ? = Function;`,
    /// `bytes data:string = Bytes;`. The line, in canonical form.
    TonBuiltin(String),
    /// `// LAYER N` (Telegram's api.tl).
    Layer(u32),
    /// `vector#1cb5c415 ...`: the vector built-in with Telegram's id.
    VectorId,
    /// `//@` documentation comments (TDLib, TON): how many declarations and classes
    /// carry them.
    DocComments(usize),
    /// A TDLib type (`int32`, `int53`, `int64`, `secureString`, `secureBytes`) used but
    /// declared nowhere, which TDLib's generator allows.
    UndeclaredTdlibType(String),
    /// How many ordinary declarations have an explicit `#id`, of how many: nearly all
    /// in Telegram's files, few in TDLib's and TON's.
    ExplicitIds { explicit: usize, total: usize },
}

impl Clue {
    /// The dialect the clue points to.
    pub fn favors(&self) -> Dialect {
        match &self.kind {
            ClueKind::Layer(_) | ClueKind::VectorId => Dialect::Telegram,
            ClueKind::ExplicitIds { explicit, total } if 3 * explicit >= 2 * total => {
                Dialect::Telegram
            }
            _ => Dialect::Tdlib,
        }
    }

    /// How much it weighs.
    pub fn strength(&self) -> Strength {
        match &self.kind {
            ClueKind::TdlibBuiltin(_)
            | ClueKind::TonBuiltin(_)
            | ClueKind::Layer(_)
            | ClueKind::VectorId => Strength::Strong,
            _ => Strength::Weak,
        }
    }

    /// The clue as a sentence without a subject, its place first when it has one:
    /// `td_api.tl:38:1 declares `int32 = Int32;`, a TDLib built-in`.
    pub fn describe(&self, sources: &[SourceFile]) -> String {
        match self.origin.and_then(|origin| place(sources, origin)) {
            Some(place) => format!("{place} {}", self.kind),
            None => format!("the schema {}", self.kind),
        }
    }
}

impl fmt::Display for ClueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClueKind::TdlibBuiltin(line) => write!(f, "declares `{line}`, a TDLib built-in"),
            ClueKind::TonBuiltin(line) => write!(f, "declares `{line}`, a TON built-in"),
            ClueKind::Layer(layer) => write!(f, "has `// LAYER {layer}`, as Telegram's api.tl"),
            ClueKind::VectorId => write!(f, "declares `vector#1cb5c415`, as Telegram's schemas"),
            ClueKind::DocComments(count) => {
                let plural = if *count == 1 { "" } else { "s" };
                let count = thousands(*count);
                write!(
                    f,
                    "has `//@` documentation comments (TDLib's) on {count} declaration{plural}"
                )
            }
            ClueKind::UndeclaredTdlibType(name) => {
                write!(
                    f,
                    "uses `{name}` without declaring it, as TDLib's schemas may"
                )
            }
            ClueKind::ExplicitIds { explicit, total } => {
                let (explicit, total) = (thousands(*explicit), thousands(*total));
                write!(f, "gives {explicit} of {total} declarations an explicit id")
            }
        }
    }
}

/// `file:line:col` of `origin`.
pub(super) fn place(sources: &[SourceFile], origin: Origin) -> Option<String> {
    let source = sources.get(origin.file)?;
    let (line, col) = crate::diag::line_col(&source.text, origin.span.start);
    Some(format!("{}:{line}:{col}", source.name))
}

/// Every clue in `files` (parsed together), in a fixed order: built-ins in file order,
/// then the layer, documentation, undeclared TDLib types and the share of explicit ids.
pub(crate) fn gather(files: &[ast::File<'_>]) -> Vec<Clue> {
    let mut clues = Vec::new();
    let mut declared = Vec::new();
    for (file, parsed) in files.iter().enumerate() {
        for decl in parsed.declarations.iter().filter(|d| is_builtin(d)) {
            declared.push(decl.name.text);
            clues.extend(builtin_clue(decl).map(|kind| Clue {
                kind,
                origin: Some(origin(file, decl.span)),
            }));
        }
    }
    clues.extend(layer_clue(files));
    clues.extend(doc_clue(files));
    clues.extend(undeclared_clue(files, &declared));
    clues.extend(share_clue(files));
    clues
}

fn origin(file: FileId, span: crate::span::Span) -> Origin {
    Origin { file, span }
}

/// What a built-in line says, if anything.
fn builtin_clue(decl: &Declaration<'_>) -> Option<ClueKind> {
    let line = || format!("{} {};", decl.name.text, body(decl, Mode::Display));
    let name = decl.name.text;
    if implicit(Dialect::Tdlib).contains(&name) {
        return Some(ClueKind::TdlibBuiltin(line()));
    }
    let ton_any = (name == "object" || name == "function") && decl.question_mark;
    let ton_bytes = name == "bytes" && decl.params.iter().any(|p| matches!(p, Param::Field(_)));
    if ton_any || ton_bytes {
        return Some(ClueKind::TonBuiltin(line()));
    }
    let vector = name == "vector" && decl.id.as_ref().is_some_and(|id| id.value == VECTOR_ID);
    vector.then_some(ClueKind::VectorId)
}

/// The first `// LAYER N`.
fn layer_clue(files: &[ast::File<'_>]) -> Option<Clue> {
    files.iter().enumerate().find_map(|(file, parsed)| {
        let layer = parsed.layers.first()?;
        Some(Clue {
            kind: ClueKind::Layer(layer.value),
            origin: Some(origin(file, layer.span)),
        })
    })
}

/// `//@` comments on declarations and classes, counted; the first one's place.
fn doc_clue(files: &[ast::File<'_>]) -> Option<Clue> {
    let mut count = 0;
    let mut first = None;
    for (file, parsed) in files.iter().enumerate() {
        let declarations = parsed.declarations.iter().filter_map(|d| d.docs.first());
        let spans = declarations
            .map(|doc| doc.span)
            .chain(parsed.class_docs.iter().map(|class| class.span));
        for span in spans {
            count += 1;
            first = first.or(Some(origin(file, span)));
        }
    }
    (count > 0).then_some(Clue {
        kind: ClueKind::DocComments(count),
        origin: first,
    })
}

/// The first use of a TDLib type that no built-in line declares.
fn undeclared_clue(files: &[ast::File<'_>], declared: &[&str]) -> Option<Clue> {
    let wanted = |name: &str| implicit(Dialect::Tdlib).contains(&name) && !declared.contains(&name);
    for (file, parsed) in files.iter().enumerate() {
        for decl in parsed.declarations.iter().filter(|d| !is_builtin(d)) {
            for ty in decl.params.iter().flat_map(param_types) {
                if let Some((name, span)) = find_name(ty, &wanted) {
                    return Some(Clue {
                        kind: ClueKind::UndeclaredTdlibType(name.to_owned()),
                        origin: Some(origin(file, span)),
                    });
                }
            }
        }
    }
    None
}

/// The type expressions of a parameter (those inside a repetition too).
fn param_types<'p, 'src>(param: &'p Param<'src>) -> Vec<&'p TypeExpr<'src>> {
    match param {
        Param::Field(field) => vec![&field.ty],
        Param::Anonymous(anonymous) => vec![&anonymous.ty],
        Param::Repeat(repeat) => repeat.inner.iter().flat_map(param_types).collect(),
    }
}

/// The first name in `ty` that `wanted` accepts, with its span.
fn find_name<'src>(
    ty: &TypeExpr<'src>,
    wanted: &dyn Fn(&str) -> bool,
) -> Option<(&'src str, crate::span::Span)> {
    match ty {
        TypeExpr::Name { name, .. } => wanted(name.text).then_some((name.text, name.span)),
        TypeExpr::Nat { .. } => None,
        TypeExpr::Apply { head, args, .. } => std::iter::once(&**head)
            .chain(args)
            .find_map(|part| find_name(part, wanted)),
    }
}

/// Nearly every ordinary declaration with an explicit id (at least two thirds), or
/// few (at most a third), when there are enough declarations to tell.
fn share_clue(files: &[ast::File<'_>]) -> Option<Clue> {
    let declarations = files
        .iter()
        .flat_map(|parsed| &parsed.declarations)
        .filter(|d| !is_builtin(d));
    let (explicit, total) = declarations.fold((0, 0), |(explicit, total), decl| {
        (explicit + usize::from(decl.id.is_some()), total + 1)
    });
    let telling = 3 * explicit >= 2 * total || 3 * explicit <= total;
    (total >= MIN_DECLARATIONS_FOR_SHARE && telling).then_some(Clue {
        kind: ClueKind::ExplicitIds { explicit, total },
        origin: None,
    })
}
