//! Writing Rust source as text, laid out the way rustfmt lays it out (its default
//! settings: 100 columns, 4-space indentation), for the handful of shapes generated code
//! has: items opened and closed with braces, doc comments, attributes, function heads,
//! statements, struct literals, calls and `|` chains. Each shape goes on one line when it
//! fits within rustfmt's width limits, and is broken the way rustfmt breaks it otherwise,
//! so the output needs no formatter (and `cargo fmt --check` finds nothing to change).
//!
//! A leaf module: it knows nothing about TL.

/// The widest line.
pub const MAX_WIDTH: usize = 100;

/// rustfmt's `fn_call_width`: the longest argument list a call keeps on one line.
const CALL_WIDTH: usize = 60;

/// rustfmt's `attr_fn_like_width`: the longest argument list an attribute keeps on one line.
const ATTR_WIDTH: usize = 70;

/// rustfmt's `struct_lit_width`: the longest field list a struct literal keeps on one line.
const STRUCT_LIT_WIDTH: usize = 18;

/// rustfmt's `array_width`: the longest element list an array keeps on one line.
const ARRAY_WIDTH: usize = 60;

/// The longest alternative of an or-pattern rustfmt counts as short: broken or-patterns
/// of short alternatives fill their lines, others go one alternative a line.
const SHORT_PATTERN_WIDTH: usize = 20;

/// Source text under construction, with the current indentation.
#[derive(Debug, Default)]
pub struct Code {
    out: String,
    indent: usize,
}

impl Code {
    /// An empty text whose lines start `levels` indentation levels in.
    pub fn new(levels: usize) -> Self {
        Code {
            out: String::new(),
            indent: levels,
        }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    /// The columns this level's lines start at.
    fn margin(&self) -> usize {
        self.indent * 4
    }

    /// One line at the current indentation.
    pub fn line(&mut self, text: &str) {
        if text.is_empty() {
            self.out.push('\n');
            return;
        }
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `head {`, then one level in.
    pub fn open(&mut self, head: &str) {
        self.line(&format!("{head} {{"));
        self.indent += 1;
    }

    /// `impl<..> Trait for Type {`, with `for Type` on a line of its own (one level in)
    /// and the brace on the next when the head does not fit on one line.
    pub fn open_impl(&mut self, head: &str, for_type: &str) {
        let one_line = format!("{head} for {for_type} {{");
        // rustfmt measures an impl's head without the indentation of its module.
        if one_line.len() <= MAX_WIDTH {
            self.line(&one_line);
        } else {
            self.line(head);
            self.indent += 1;
            self.line(&format!("for {for_type}"));
            self.indent -= 1;
            self.line("{");
        }
        self.indent += 1;
    }

    /// One level out, then `}` followed by `tail` (`;`, `,`, `)` or nothing).
    pub fn close_with(&mut self, tail: &str) {
        self.indent -= 1;
        self.line(&format!("}}{tail}"));
    }

    /// One level out, then `}`.
    pub fn close(&mut self) {
        self.close_with("");
    }

    /// `///` doc comment lines (`///` alone for a blank line).
    pub fn docs(&mut self, text: &str) {
        self.comment_lines("///", text);
    }

    /// `//!` inner doc comment lines.
    pub fn inner_docs(&mut self, text: &str) {
        self.comment_lines("//!", text);
    }

    /// `//` comment lines.
    pub fn comment(&mut self, text: &str) {
        self.comment_lines("//", text);
    }

    fn comment_lines(&mut self, marker: &str, text: &str) {
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() {
                self.line(marker);
            } else {
                self.line(&format!("{marker} {line}"));
            }
        }
    }

    /// `#[name(arg, arg)]`, the arguments one per line when they do not fit.
    pub fn attr(&mut self, name: &str, args: &[String]) {
        let args: Vec<Meta> = args.iter().map(|a| Meta::Word(a.clone())).collect();
        self.meta("#[", &Meta::List(name.to_owned(), args), "]");
    }

    /// `#[cfg_attr(feature = "..", inner)]` with `inner` a nested meta list: each level
    /// on one line when its arguments are within rustfmt's attribute width, else one
    /// argument a line (no comma after the last, as rustfmt writes attributes).
    pub fn meta(&mut self, prefix: &str, meta: &Meta, suffix: &str) {
        let one_line = format!("{prefix}{}{suffix}", meta.inline());
        if meta.fits_inline() && self.fits(&one_line) {
            self.line(&one_line);
            return;
        }
        match meta {
            Meta::Word(text) => self.line(&format!("{prefix}{text}{suffix}")),
            // A lone list argument overflows: `serde(bound(` .. `))`.
            Meta::List(name, args) if matches!(args.as_slice(), [Meta::List(..)]) => {
                self.meta(&format!("{prefix}{name}("), &args[0], &format!("){suffix}"));
            }
            Meta::List(name, args) => {
                self.line(&format!("{prefix}{name}("));
                self.indent += 1;
                for (at, arg) in args.iter().enumerate() {
                    let comma = if at + 1 == args.len() { "" } else { "," };
                    self.meta("", arg, comma);
                }
                self.indent -= 1;
                self.line(&format!("){suffix}"));
            }
        }
    }

    /// A function head `prefix(params) suffix {`, the parameters one per line (each
    /// followed by a comma) when the head does not fit on one line.
    pub fn fn_open(&mut self, prefix: &str, params: &[String], suffix: &str) {
        let one_line = format!("{prefix}({}){suffix} {{", params.join(", "));
        if self.margin() + one_line.len() <= MAX_WIDTH {
            self.line(&one_line);
        } else {
            self.line(&format!("{prefix}("));
            self.indent += 1;
            for param in params {
                self.line(&format!("{param},"));
            }
            self.indent -= 1;
            self.line(&format!("){suffix} {{"));
        }
        self.indent += 1;
    }

    /// `lhs = rhs;`, with the right-hand side on the next line (one level in) when the
    /// statement does not fit on one line but the right-hand side fits on its own.
    pub fn assign(&mut self, lhs: &str, rhs: &str) {
        let one_line = format!("{lhs} = {rhs};");
        if self.margin() + one_line.len() <= MAX_WIDTH {
            self.line(&one_line);
            return;
        }
        self.line(&format!("{lhs} ="));
        self.indent += 1;
        self.line(&format!("{rhs};"));
        self.indent -= 1;
    }

    /// `lhs = first | rest | ...;`: on one line when it fits, else one operand a line,
    /// each `|` leading its line one level in.
    pub fn or_chain(&mut self, lhs: &str, terms: &[String]) {
        let rhs = terms.join(" | ");
        let one_line = format!("{lhs} = {rhs};");
        if self.fits(&one_line) {
            self.line(&one_line);
            return;
        }
        self.indent += 1;
        let next_line = self.fits(&format!("{rhs};"));
        self.indent -= 1;
        if next_line {
            self.assign(lhs, &rhs);
            return;
        }
        self.line(&format!("{lhs} = {}", terms[0]));
        self.indent += 1;
        for (at, term) in terms.iter().enumerate().skip(1) {
            let end = if at + 1 == terms.len() { ";" } else { "" };
            self.line(&format!("| {term}{end}"));
        }
        self.indent -= 1;
    }

    /// `open{ fields }close` as a statement or tail expression (`open` is `Self ` or
    /// `Ok(Self `, `close` is `` or `)`): on one line when the fields are short
    /// (rustfmt's struct literal width), else one field a line.
    pub fn struct_literal(&mut self, open: &str, fields: &[String], close: &str) {
        let joined = fields.join(", ");
        let one_line = if fields.is_empty() {
            format!("{open}{{}}{close}")
        } else {
            format!("{open}{{ {joined} }}{close}")
        };
        if fields.is_empty()
            || joined.len() <= STRUCT_LIT_WIDTH && self.margin() + one_line.len() <= MAX_WIDTH
        {
            self.line(&one_line);
            return;
        }
        self.open(open.trim_end());
        for field in fields {
            self.line(&format!("{field},"));
        }
        self.close_with(close);
    }

    /// `use path::{items};`, the items (given in rustfmt's order) in a block filled line by
    /// line when the statement does not fit on one line.
    pub fn use_list(&mut self, path: &str, items: &[&str]) {
        let one_line = format!("use {path}::{{{}}};", items.join(", "));
        if self.fits(&one_line) {
            self.line(&one_line);
            return;
        }
        self.line(&format!("use {path}::{{"));
        self.indent += 1;
        let mut line = String::new();
        for item in items {
            let next = if line.is_empty() {
                format!("{item},")
            } else {
                format!("{line} {item},")
            };
            if !line.is_empty() && !self.fits(&next) {
                self.line(&line);
                line = format!("{item},");
            } else {
                line = next;
            }
        }
        self.line(&line);
        self.indent -= 1;
        self.line("};");
    }

    /// `prefix expr suffix`, broken as rustfmt breaks expressions: on one line when the
    /// line fits and every list in it is within rustfmt's width for that list; otherwise
    /// the outermost list one element a line (each followed by a comma), recursively.
    pub fn expr(&mut self, prefix: &str, expr: &Expr, suffix: &str) {
        let one_line = format!("{prefix}{}{suffix}", expr.inline());
        if expr.fits_inline() && self.fits(&one_line) {
            self.line(&one_line);
            return;
        }
        match expr {
            Expr::Atom(text) => self.line(&format!("{prefix}{text}{suffix}")),
            Expr::List {
                open, items, close, ..
            } => {
                self.line(&format!("{prefix}{open}"));
                self.indent += 1;
                for item in items {
                    self.expr("", item, ",");
                }
                self.indent -= 1;
                self.line(&format!("{close}{suffix}"));
            }
        }
    }

    /// A match arm `patterns => body,`. The alternatives fill lines as rustfmt fills them
    /// (each further line starting with `|`); the body follows on the last one when it
    /// fits, else goes in a block on the next line when it fits there, else is broken
    /// where it starts.
    pub fn arm(&mut self, patterns: &[String], body: &Expr) {
        let last = self.pattern_lines(patterns);
        let inline = body.inline();
        let same_line = format!("{last} => {inline},");
        if body.fits_inline() && self.fits(&same_line) {
            self.line(&same_line);
            return;
        }
        self.indent += 1;
        let in_block = body.fits_inline() && self.fits(&inline);
        self.indent -= 1;
        if in_block {
            self.open(&format!("{last} =>"));
            self.line(&inline);
            self.close();
        } else {
            self.expr(&format!("{last} => "), body, ",");
        }
    }

    /// A match arm whose body is a block of `statements`.
    pub fn arm_block(&mut self, patterns: &[String], statements: &[String]) {
        self.arm_with(patterns, |code| {
            for statement in statements {
                code.line(statement);
            }
        });
    }

    /// A match arm whose block `body` writes.
    pub fn arm_with(&mut self, patterns: &[String], body: impl FnOnce(&mut Code)) {
        let last = self.pattern_lines(patterns);
        self.open(&format!("{last} =>"));
        body(self);
        self.close();
    }

    /// `lhs = rhs;`: on one line when it fits; else the right-hand side on the next line
    /// (one level in), broken there when it does not fit either.
    pub fn let_expr(&mut self, lhs: &str, rhs: &Expr) {
        let one_line = format!("{lhs} = {};", rhs.inline());
        if rhs.fits_inline() && self.fits(&one_line) {
            self.line(&one_line);
            return;
        }
        self.line(&format!("{lhs} ="));
        self.indent += 1;
        self.expr("", rhs, ";");
        self.indent -= 1;
    }

    /// Writes all but the last line of the alternatives `patterns` and returns the last.
    fn pattern_lines(&mut self, patterns: &[String]) -> String {
        // rustfmt keeps room for ` => {` after the patterns, and fills lines only with
        // short alternatives (hex ids); longer ones go one a line once they do not fit.
        let room = MAX_WIDTH.saturating_sub(self.margin() + 5);
        let all = patterns.join(" | ");
        let short = patterns.iter().all(|p| p.len() <= SHORT_PATTERN_WIDTH);
        let mut line = String::new();
        for pattern in patterns {
            if line.is_empty() {
                line = pattern.clone();
            } else if (short || all.len() <= room) && line.len() + 3 + pattern.len() <= room {
                line = format!("{line} | {pattern}");
            } else {
                self.line(&line);
                line = format!("| {pattern}");
            }
        }
        line
    }

    /// Whether `line` fits at this level.
    pub fn fits(&self, line: &str) -> bool {
        self.margin() + line.len() <= MAX_WIDTH
    }
}

/// An attribute's meta item for [`Code::meta`]: a word (`feature = "json"`) or a list
/// (`serde(default, with = "..")`).
#[derive(Debug, Clone)]
pub enum Meta {
    Word(String),
    List(String, Vec<Meta>),
}

impl Meta {
    /// The item on one line.
    pub fn inline(&self) -> String {
        match self {
            Meta::Word(text) => text.clone(),
            Meta::List(name, args) => {
                let args: Vec<String> = args.iter().map(Meta::inline).collect();
                format!("{name}({})", args.join(", "))
            }
        }
    }

    /// Whether rustfmt keeps every list of the item on one line.
    fn fits_inline(&self) -> bool {
        match self {
            Meta::Word(_) => true,
            Meta::List(_, args) => {
                let joined: usize = args.iter().map(|a| a.inline().len() + 2).sum::<usize>();
                joined.saturating_sub(2) <= ATTR_WIDTH && args.iter().all(Meta::fits_inline)
            }
        }
    }
}

/// An expression for [`Code::expr`]: text that never breaks, or a list of expressions
/// between delimiters (a call's arguments, a tuple, an array) that may.
#[derive(Debug, Clone)]
pub enum Expr {
    Atom(String),
    List {
        /// `head(`, `(`, `&[`.
        open: String,
        items: Vec<Expr>,
        /// `)` or `]`.
        close: &'static str,
        /// The widest the elements may be, joined, to stay on one line.
        width: usize,
    },
}

impl Expr {
    /// Text that never breaks.
    pub fn atom(text: impl Into<String>) -> Expr {
        Expr::Atom(text.into())
    }

    /// `head(args)`.
    pub fn call(head: &str, args: Vec<Expr>) -> Expr {
        Expr::List {
            open: format!("{head}("),
            items: args,
            close: ")",
            width: CALL_WIDTH,
        }
    }

    /// `(items)`.
    pub fn tuple(items: Vec<Expr>) -> Expr {
        Expr::List {
            open: "(".to_owned(),
            items,
            close: ")",
            width: CALL_WIDTH,
        }
    }

    /// `&[items]`.
    pub fn slice(items: Vec<Expr>) -> Expr {
        Expr::List {
            open: "&[".to_owned(),
            items,
            close: "]",
            width: ARRAY_WIDTH,
        }
    }

    /// The expression on one line.
    pub fn inline(&self) -> String {
        match self {
            Expr::Atom(text) => text.clone(),
            Expr::List {
                open, items, close, ..
            } => {
                let items: Vec<String> = items.iter().map(Expr::inline).collect();
                format!("{open}{}{close}", items.join(", "))
            }
        }
    }

    /// Whether rustfmt keeps every list of the expression on one line (ignoring the line's
    /// own width).
    fn fits_inline(&self) -> bool {
        match self {
            Expr::Atom(_) => true,
            Expr::List { items, width, .. } => {
                let joined: usize = items.iter().map(|i| i.inline().len() + 2).sum::<usize>();
                joined.saturating_sub(2) <= *width && items.iter().all(Expr::fits_inline)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_shapes_stay_on_one_line() {
        let mut code = Code::new(1);
        code.attr("derive", &["Debug".into(), "Clone".into()]);
        code.fn_open("pub fn new", &["link: String".into()], " -> Self");
        code.struct_literal("Self ", &["link".into(), "a: None".into()], "");
        code.close();
        code.or_chain(
            "let flags",
            &["(self.a as u32)".into(), "(self.b as u32) << 1".into()],
        );
        code.expr(
            "",
            &Expr::call(
                "check",
                vec![Expr::atom("out"), Expr::slice(vec![Expr::atom("1")])],
            ),
            ";",
        );
        assert_eq!(
            code.finish(),
            "    #[derive(Debug, Clone)]\n    pub fn new(link: String) -> Self {\n        \
             Self { link, a: None }\n    }\n    let flags = (self.a as u32) | (self.b as u32) \
             << 1;\n    check(out, &[1]);\n"
        );
    }

    #[test]
    fn long_shapes_break_as_rustfmt_breaks_them() {
        let mut code = Code::new(0);
        code.struct_literal(
            "Ok(Self ",
            &["link".into(), "admin_id".into(), "date".into()],
            ")",
        );
        assert_eq!(
            code.finish(),
            "Ok(Self {\n    link,\n    admin_id,\n    date,\n})\n"
        );
        let mut code = Code::new(0);
        let args: Vec<String> = ["feature = \"json\"", "derive(Serialize, Deserialize)"]
            .iter()
            .map(|a| a.to_string())
            .chain(["serde(deny_unknown_fields, rename = \"somewhat.long\")".to_owned()])
            .collect();
        code.attr("cfg_attr", &args);
        assert_eq!(
            code.finish(),
            "#[cfg_attr(\n    feature = \"json\",\n    derive(Serialize, Deserialize),\n    \
             serde(deny_unknown_fields, rename = \"somewhat.long\")\n)]\n"
        );
        let mut code = Code::new(0);
        let terms: Vec<String> = (0..8)
            .map(|b| format!("(self.field_{b}.is_some() as u32) << {b}"))
            .collect();
        code.or_chain("let flags", &terms);
        let text = code.finish();
        assert!(text.starts_with("let flags = (self.field_0.is_some() as u32) << 0\n    | "));
        assert!(text.ends_with("<< 7;\n"));
    }
}
