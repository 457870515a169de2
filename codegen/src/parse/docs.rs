//! `//@` documentation annotations (TDLib `td_api.tl`, TON `tonlib_api.tl`;
//! tl-spec.md §6).
//!
//! * `//@key value` lines, several `@key value` pairs per line; `///@` is read as `//@`;
//! * `//-text` continues the previous annotation (joined with one space);
//! * `//@class Name @description text` documents a boxed type: it becomes a
//!   [`ClassDoc`] and is never attached to the next declaration;
//! * every other annotation waits for the next declaration
//!   ([`DocCollector::take_for_declaration`]).

use nom::Input;

use super::ast::{ClassDoc, DocAnnotation};
use super::input::Src;
use crate::diag::Diagnostic;
use crate::span::Span;

/// What a top-level `//` comment means for documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocLine<'a> {
    /// `//@...` or `///@...`: the text from the first `@`.
    Annotations(Src<'a>),
    /// `//-...`: the text after the `-`.
    Continuation(Src<'a>),
    /// Any other comment.
    Plain,
}

/// Classifies one `//` comment (the text includes the leading `//`).
pub fn classify(comment: Src<'_>) -> DocLine<'_> {
    let text = comment.as_str();
    if text.starts_with("//@") {
        DocLine::Annotations(comment.advance(2))
    } else if text.starts_with("///@") {
        DocLine::Annotations(comment.advance(3))
    } else if text.starts_with("//-") {
        DocLine::Continuation(comment.advance(3))
    } else {
        DocLine::Plain
    }
}

/// Splits `lead @key value @key value` at every `@` that starts the text or
/// follows whitespace and is followed by a name character. Returns the leading
/// text (trimmed) and the annotations.
pub fn split_annotations(text: Src<'_>) -> (Src<'_>, Vec<DocAnnotation>) {
    let s = text.as_str();
    let mut starts = Vec::new();
    let mut prev_is_space = true;
    for (index, c) in s.char_indices() {
        if c == '@' && prev_is_space && s[index + 1..].starts_with(is_key_char) {
            starts.push(index);
        }
        prev_is_space = c.is_whitespace();
    }
    let lead_end = starts.first().copied().unwrap_or(s.len());
    let lead = trimmed(text.take(lead_end));
    let mut annotations = Vec::with_capacity(starts.len());
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(s.len());
        annotations.push(annotation(
            text.advance(start + 1).take(end - start - 1),
            text.pos() + start,
        ));
    }
    (lead, annotations)
}

fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `key value` (after the `@` at byte `at`).
fn annotation(body: Src<'_>, at: usize) -> DocAnnotation {
    let s = body.as_str();
    let key_len = s.find(char::is_whitespace).unwrap_or(s.len());
    let value = trimmed(body.advance(key_len));
    let end = if value.is_empty() {
        body.pos() + key_len
    } else {
        value.pos() + value.as_str().len()
    };
    DocAnnotation {
        key: s[..key_len].to_string(),
        value: value.as_str().to_string(),
        span: Span::new(at, end),
    }
}

/// `src` without leading and trailing whitespace, keeping the offset right.
fn trimmed(src: Src<'_>) -> Src<'_> {
    let s = src.as_str();
    let start = s.len() - s.trim_start().len();
    let inner = src.advance(start);
    inner.take(inner.as_str().trim_end().len())
}

/// Collects annotations between declarations and decides where they belong.
#[derive(Debug, Default)]
pub struct DocCollector {
    /// Annotations waiting for the next declaration.
    pending: Vec<DocAnnotation>,
    /// The `//@class` block being read, if any, and where its comment started.
    class: Option<(usize, Vec<DocAnnotation>)>,
    class_docs: Vec<ClassDoc>,
    diagnostics: Vec<Diagnostic>,
}

impl DocCollector {
    /// Feeds one top-level `//` comment (including the `//`).
    pub fn comment(&mut self, comment: Src<'_>) {
        match classify(comment) {
            DocLine::Plain => {}
            DocLine::Annotations(text) => self.annotations(comment.pos(), text),
            DocLine::Continuation(text) => self.continuation(comment, text),
        }
    }

    fn annotations(&mut self, comment_start: usize, text: Src<'_>) {
        let (lead, annotations) = split_annotations(text);
        if !lead.is_empty() {
            let message = "expected an annotation name right after `@`";
            self.diagnostics.push(Diagnostic::warning(
                Span::new(text.pos(), text.pos() + 1),
                message,
            ));
        }
        if annotations.first().is_some_and(|a| a.key == "class") {
            self.close_class();
            self.drop_pending("documentation is followed by a `//@class` block, not a declaration");
            self.class = Some((comment_start, annotations));
        } else {
            self.close_class();
            self.pending.extend(annotations);
        }
    }

    fn continuation(&mut self, comment: Src<'_>, text: Src<'_>) {
        let (lead, more) = split_annotations(text);
        let target = match &mut self.class {
            Some((_, block)) => block,
            None => &mut self.pending,
        };
        let Some(last) = target.last_mut() else {
            if !text.as_str().trim_start_matches('-').trim().is_empty() {
                let message = "`//-` continuation line without a preceding annotation";
                self.diagnostics
                    .push(Diagnostic::warning(comment.here().to(text.here()), message));
            }
            return;
        };
        if !lead.is_empty() {
            if !last.value.is_empty() {
                last.value.push(' ');
            }
            last.value.push_str(lead.as_str());
            last.span.end = lead.pos() + lead.as_str().len();
        }
        target.extend(more);
    }

    /// The annotations for the declaration that starts now.
    pub fn take_for_declaration(&mut self) -> Vec<DocAnnotation> {
        self.close_class();
        std::mem::take(&mut self.pending)
    }

    /// A section marker or a failed declaration: nothing carries across it.
    pub fn boundary(&mut self) {
        self.close_class();
        self.drop_pending("documentation is not followed by a declaration");
    }

    /// Ends the file; returns the class docs and any warnings.
    pub fn finish(mut self) -> (Vec<ClassDoc>, Vec<Diagnostic>) {
        self.boundary();
        (self.class_docs, self.diagnostics)
    }

    fn drop_pending(&mut self, message: &str) {
        if let (Some(first), Some(last)) = (self.pending.first(), self.pending.last()) {
            let span = first.span.to(last.span);
            self.diagnostics.push(Diagnostic::warning(span, message));
        }
        self.pending.clear();
    }

    fn close_class(&mut self) {
        let Some((start, annotations)) = self.class.take() else {
            return;
        };
        let mut doc = ClassDoc {
            name: String::new(),
            description: String::new(),
            span: Span::new(start, start),
        };
        for a in annotations {
            doc.span = doc.span.to(a.span);
            match a.key.as_str() {
                "class" => doc.name = a.value,
                "description" => doc.description = a.value,
                other => {
                    let message = format!("unexpected `@{other}` in a `//@class` block");
                    self.diagnostics.push(Diagnostic::warning(a.span, message));
                }
            }
        }
        if doc.name.is_empty() {
            let message = "expected a type name after `//@class`";
            self.diagnostics
                .push(Diagnostic::warning(doc.span, message));
        } else {
            self.class_docs.push(doc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(annotations: &[DocAnnotation]) -> Vec<(&str, &str)> {
        annotations
            .iter()
            .map(|a| (a.key.as_str(), a.value.as_str()))
            .collect()
    }

    #[test]
    fn several_annotations_on_one_line() {
        let text = "//@description A text @text The text @entities Mail a@b.c here";
        let DocLine::Annotations(body) = classify(Src::new(text)) else {
            panic!()
        };
        let (lead, annotations) = split_annotations(body);
        assert!(lead.is_empty());
        let expected = [
            ("description", "A text"),
            ("text", "The text"),
            ("entities", "Mail a@b.c here"),
        ];
        assert_eq!(pairs(&annotations), expected);
        assert_eq!(annotations[1].span, Span::new(22, 36));
        assert_eq!(&text[22..36], "@text The text");
    }

    #[test]
    fn classification() {
        assert!(
            matches!(classify(Src::new("///@description x")), DocLine::Annotations(t) if t.pos() == 3)
        );
        assert!(
            matches!(classify(Src::new("//-more")), DocLine::Continuation(t) if t.as_str() == "more")
        );
        assert_eq!(classify(Src::new("// plain @x")), DocLine::Plain);
    }

    #[test]
    fn continuation_and_class_blocks() {
        let source =
            "//@class T @description Abstract\n//-type\n//@description One\n//-two @p Param\n";
        let mut docs = DocCollector::default();
        for (start, line) in source.split_inclusive('\n').scan(0, |at, l| {
            let start = *at;
            *at += l.len();
            Some((start, l.trim_end()))
        }) {
            docs.comment(Src::new(source).advance(start).take(line.len()));
        }
        let taken = docs.take_for_declaration();
        assert_eq!(pairs(&taken), [("description", "One two"), ("p", "Param")]);
        let span = |s: Span| &source[s.start..s.end];
        assert_eq!(span(taken[0].span), "@description One\n//-two");
        assert_eq!(span(taken[1].span), "@p Param");
        let (classes, warnings) = docs.finish();
        assert_eq!(classes.len(), 1);
        assert_eq!(
            (classes[0].name.as_str(), classes[0].description.as_str()),
            ("T", "Abstract type")
        );
        assert_eq!(
            span(classes[0].span),
            "//@class T @description Abstract\n//-type"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn dangling_documentation_is_a_warning() {
        let mut docs = DocCollector::default();
        docs.comment(Src::new("//@description lost"));
        docs.boundary();
        docs.comment(Src::new("//- nothing to continue"));
        docs.comment(Src::new("//------"));
        let (_, warnings) = docs.finish();
        let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
        let expected = [
            "documentation is not followed by a declaration",
            "`//-` continuation line without a preceding annotation",
        ];
        assert_eq!(messages, expected);
        assert!(warnings.iter().all(|w| !w.is_error()));
    }
}
