//! Property tests: `parse` never panics (arbitrary text, TL-flavoured noise,
//! mutated real declarations, deep nesting), every span it returns lies inside
//! the source on character boundaries, and well-formed generated declarations
//! parse back to exactly what was generated.

use proptest::prelude::*;

use tl_codegen::parse::ast::{Declaration, File, Param, TypeExpr};
use tl_codegen::parse::{parse, Parsed};
use tl_codegen::span::Span;

fn type_spans(t: &TypeExpr, out: &mut Vec<Span>) {
    out.push(t.span());
    match t {
        TypeExpr::Name { name, .. } => out.push(name.span),
        TypeExpr::Nat { .. } => {}
        TypeExpr::Apply { head, args, .. } => {
            type_spans(head, out);
            args.iter().for_each(|a| type_spans(a, out));
        }
    }
}

fn param_spans(p: &Param, out: &mut Vec<Span>) {
    match p {
        Param::Field(f) => {
            out.extend([f.span, f.name.span]);
            if let Some(c) = &f.condition {
                out.extend([c.span, c.field.span]);
                out.extend(c.bit.as_ref().map(|b| b.span));
            }
            type_spans(&f.ty, out);
        }
        Param::Repeat(r) => {
            out.push(r.span);
            out.extend(r.name.as_ref().map(|n| n.span));
            out.extend(r.multiplicity.as_ref().map(|m| m.span));
            r.inner.iter().for_each(|p| param_spans(p, out));
        }
        Param::Anonymous(a) => {
            out.push(a.span);
            type_spans(&a.ty, out);
        }
    }
}

fn decl_spans(d: &Declaration, out: &mut Vec<Span>) {
    out.extend([d.span, d.name.span]);
    out.extend(d.id.as_ref().map(|id| id.span));
    for g in &d.generics {
        out.extend([g.span, g.name.span]);
        type_spans(&g.ty, out);
    }
    d.params.iter().for_each(|p| param_spans(p, out));
    type_spans(&d.result, out);
    out.extend(d.docs.iter().map(|a| a.span));
}

fn all_spans(parsed: &Parsed) -> Vec<Span> {
    let File {
        declarations,
        layers,
        class_docs,
    } = &parsed.file;
    let mut out = Vec::new();
    declarations.iter().for_each(|d| decl_spans(d, &mut out));
    out.extend(layers.iter().map(|l| l.span));
    out.extend(class_docs.iter().map(|c| c.span));
    out.extend(parsed.diagnostics.iter().map(|d| d.span));
    out
}

/// Parses `source` and checks every invariant that holds for any input.
fn check_invariants(source: &str) -> Result<Parsed<'_>, TestCaseError> {
    let parsed = parse(source);
    for span in all_spans(&parsed) {
        prop_assert!(
            span.start <= span.end && span.end <= source.len(),
            "{span:?} in {source:?}"
        );
        prop_assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
    }
    for d in &parsed.file.declarations {
        prop_assert!(source[d.span.start..d.span.end].ends_with(';'));
    }
    let starts: Vec<usize> = parsed.diagnostics.iter().map(|d| d.span.start).collect();
    prop_assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "diagnostics not sorted"
    );
    for d in &parsed.diagnostics {
        let rendered = d.render("f.tl", source);
        prop_assert!(
            rendered.lines().count() == 3 && rendered.ends_with('^'),
            "{rendered}"
        );
    }
    Ok(parsed)
}

/// Lines of the real schema, for mutation.
fn real_lines() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema/api.tl");
    let source = std::fs::read_to_string(path).unwrap();
    source
        .lines()
        .filter(|l| l.ends_with(';'))
        .map(str::to_string)
        .collect()
}

const TL_ALPHABET: &str = "[a-zA-Z0-9_.#:?!%<>(){}\\[\\]*=;, \n\t/@-]{0,200}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(source in any::<String>()) {
        check_invariants(&source)?;
    }

    #[test]
    fn tl_flavoured_noise_never_panics(source in TL_ALPHABET) {
        check_invariants(&source)?;
    }

    #[test]
    fn mutated_real_declarations_never_panic(
        index in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
        len in 0usize..12,
        insert in "[#:?!%<>(){}\\[\\]*=;,./@\n -]{0,3}",
    ) {
        let lines = real_lines();
        let line = &lines[index.index(lines.len())];
        let at = cut.index(line.len() + 1);
        let end = (at + len).min(line.len());
        let damaged = format!("{}{insert}{}", &line[..at], &line[end..]);
        let source = format!("{damaged}\nafter = After;\n");
        let parsed = check_invariants(&source)?;
        // Recovery: once the damaged line is still terminated, the next declaration is found.
        let terminated = damaged.ends_with(';') && !damaged.contains("//") && !damaged.contains("/*");
        if terminated {
            prop_assert!(parsed.file.declarations.iter().any(|d| d.name.text == "after"), "{}", source);
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash(depth in 0usize..200, kind in 0usize..3) {
        let (open, close) = [("(", ")"), ("Vector<", ">"), ("[ ", " ]")][kind];
        let source = format!("foo {}int{} = X;", open.repeat(depth), close.repeat(depth));
        let parsed = check_invariants(&source)?;
        prop_assert_eq!(parsed.diagnostics.is_empty(), depth <= 31, "{}", source);
    }
}

fn ident() -> impl Strategy<Value = String> {
    "[a-z][a-zA-Z0-9_]{0,8}(\\.[a-z][a-zA-Z0-9_]{0,8}){0,2}"
}

fn field_type() -> impl Strategy<Value = String> {
    let base = prop_oneof![
        Just("int".to_string()),
        Just("#".to_string()),
        "[A-Z][a-zA-Z0-9]{0,6}"
    ];
    (base, 0usize..4).prop_map(|(base, shape)| match shape {
        0 => base,
        1 => format!("Vector<{base}>"),
        2 => format!("(vector {base})"),
        _ => format!("%{}", if base == "#" { "T".to_string() } else { base }),
    })
}

prop_compose! {
    fn declaration()(
        name in ident(),
        id in prop::option::of(1u32..u32::MAX),
        fields in prop::collection::vec(("[a-z_][a-z0-9_]{0,6}", prop::option::of(0u32..32), field_type()), 0..6),
        result in "[A-Z][a-zA-Z0-9]{0,8}",
        spacing in prop::sample::select(vec![" ", "\n  ", " /* c */ ", " // c\n "]),
    ) -> (String, String, Option<u32>, Vec<String>) {
        let mut text = name.clone();
        if let Some(id) = id {
            text.push_str(&format!("#{id:x}"));
        }
        if fields.iter().any(|f| f.1.is_some()) {
            text.push_str(&format!("{spacing}flags:#"));
        }
        let mut names = Vec::new();
        for (field, bit, ty) in &fields {
            let condition = bit.map_or(String::new(), |b| format!("flags.{b}?"));
            text.push_str(&format!("{spacing}{field}:{condition}{ty}"));
            names.push(field.clone());
        }
        if fields.iter().any(|f| f.1.is_some()) {
            names.insert(0, "flags".to_string());
        }
        text.push_str(&format!("{spacing}={spacing}{result};"));
        (text, name, id, names)
    }
}

proptest! {
    #[test]
    fn generated_declarations_parse_back(decls in prop::collection::vec(declaration(), 1..5)) {
        let source: String = decls.iter().map(|d| format!("{}\n", d.0)).collect();
        let parsed = check_invariants(&source)?;
        prop_assert_eq!(&parsed.diagnostics, &[], "{}", source);
        prop_assert_eq!(parsed.file.declarations.len(), decls.len());
        for (decl, (text, name, id, fields)) in parsed.file.declarations.iter().zip(&decls) {
            prop_assert_eq!(&source[decl.span.start..decl.span.end], text.as_str());
            prop_assert_eq!(&decl.name.text, name);
            prop_assert_eq!(decl.id.as_ref().map(|i| i.value), *id);
            let names: Vec<String> = decl.params.iter().map(|p| match p {
                Param::Field(f) => f.name.text.to_string(),
                other => format!("{other:?}"),
            }).collect();
            prop_assert_eq!(&names, fields);
        }
    }
}
