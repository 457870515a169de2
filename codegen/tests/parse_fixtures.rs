//! Small fixtures of our own (`tests/fixtures/parse/*.tl`), one per odd corner
//! of real schemas, with the shape of the parsed tree written out in full.
//!
//! The tree is shown by a printer defined here: one line per declaration,
//! `T`/`F` for the section, generic applications as `Vector<int>`, Haskell-style
//! ones as `(vector X)`, repetitions as `n*[ ... ]`; docs as indented `@key = value`.

use std::path::Path;

use tl_codegen::parse::ast::{Declaration, File, Multiplicity, Param, Section, TypeExpr};
use tl_codegen::parse::parse;

fn show_type(t: &TypeExpr) -> String {
    match t {
        TypeExpr::Name {
            name,
            percent: true,
            ..
        } => format!("%{}", name.text),
        TypeExpr::Name { name, .. } => name.text.to_string(),
        TypeExpr::Nat { .. } => "#".to_string(),
        TypeExpr::Apply {
            head,
            args,
            angle: true,
            ..
        } => {
            let args: Vec<String> = args.iter().map(show_type).collect();
            format!("{}<{}>", show_type(head), args.join(","))
        }
        TypeExpr::Apply {
            head,
            args,
            angle: false,
            ..
        } => {
            let args: Vec<String> = args.iter().map(show_type).collect();
            format!("({} {})", show_type(head), args.join(" "))
        }
    }
}

fn show_param(p: &Param) -> String {
    match p {
        Param::Field(f) => {
            let condition = f
                .condition
                .as_ref()
                .map_or(String::new(), |c| match &c.bit {
                    Some(bit) => format!("{}.{}?", c.field.text, bit.value),
                    None => format!("{}?", c.field.text),
                });
            let excl = if f.excl { "!" } else { "" };
            format!("{}:{condition}{excl}{}", f.name.text, show_type(&f.ty))
        }
        Param::Repeat(r) => {
            let name = r
                .name
                .as_ref()
                .map_or(String::new(), |n| format!("{}:", n.text));
            let count = match r.multiplicity.as_ref().map(|m| &m.value) {
                Some(Multiplicity::Const(n)) => format!("{n}*"),
                Some(Multiplicity::Var(v)) => format!("{v}*"),
                None => String::new(),
            };
            let inner: Vec<String> = r.inner.iter().map(show_param).collect();
            format!("{name}{count}[ {} ]", inner.join(" "))
        }
        Param::Anonymous(a) => format!("{}{}", if a.excl { "!" } else { "" }, show_type(&a.ty)),
    }
}

fn show_decl(d: &Declaration) -> String {
    let mut out = String::from(if d.section == Section::Types {
        "T "
    } else {
        "F "
    });
    out.push_str(d.name.text);
    if let Some(id) = &d.id {
        out.push_str(&format!("#{:08x}", id.value));
    }
    for g in &d.generics {
        out.push_str(&format!(
            " {{{}:{}{}}}",
            g.name.text,
            if g.excl { "!" } else { "" },
            show_type(&g.ty)
        ));
    }
    if d.question_mark {
        out.push_str(" ?");
    }
    for p in &d.params {
        out.push(' ');
        out.push_str(&show_param(p));
    }
    out.push_str(&format!(" = {}", show_type(&d.result)));
    for a in &d.docs {
        out.push_str(&format!("\n  @{} = {}", a.key, a.value));
    }
    out
}

fn show_file(file: &File) -> String {
    let mut lines: Vec<String> = file.declarations.iter().map(show_decl).collect();
    lines.extend(
        file.class_docs
            .iter()
            .map(|c| format!("class {} = {}", c.name, c.description)),
    );
    lines.extend(file.layers.iter().map(|l| format!("layer {}", l.value)));
    lines.join("\n")
}

/// The text of a fixture.
fn source_of(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parse")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// Parses a fixture's `source`, asserts it is clean and its spans are sane, returns the tree.
fn fixture<'s>(name: &str, source: &'s str) -> File<'s> {
    let parsed = parse(source);
    assert_eq!(parsed.diagnostics, [], "{name}");
    for d in &parsed.file.declarations {
        let text = &source[d.span.start..d.span.end];
        assert!(
            text.starts_with(d.name.text) && text.ends_with(';'),
            "{text}"
        );
        for p in &d.params {
            if let Param::Field(f) = p {
                let field_text = &source[f.span.start..f.span.end];
                assert!(
                    field_text.starts_with(&format!("{}:", f.name.text)),
                    "{field_text}"
                );
                assert!(d.span.start <= f.span.start && f.span.end <= d.span.end);
            }
        }
    }
    parsed.file
}

fn check(name: &str, expected: &str) {
    let source = source_of(name);
    let file = fixture(name, &source);
    assert_eq!(show_file(&file), expected, "{name}");
}

#[test]
fn ton_multiline_declarations_with_comments_inside() {
    check(
        "ton_multiline.tl",
        "T adnl.packetContents rand1:bytes flags:# from:flags.0?PublicKey \
         messages:flags.2?(vector adnl.Message) address:flags.4?adnl.addressList \
         reinit_date:flags.10?int signature:flags.11?bytes rand2:bytes = adnl.PacketContents\n\
         T liteServer.listBlockTransactions id:tonNode.blockIdExt mode:# count:# \
         after:mode.7?liteServer.transactionId3 reverse_order:mode.6?true want_proof:mode.5?true \
         = liteServer.BlockTransactions\n\
         T liteServer.signatureSet validator_set_hash:int catchain_seqno:int \
         signatures:(vector liteServer.signature) = liteServer.SignatureSet\n\
         T storage.daemon.torrentMeta torrent:bytes files:flags.0?(vector storage.daemon.filePiecesInfo) \
         = storage.daemon.TorrentMeta",
    );
}

#[test]
fn documentation_annotations() {
    check(
        "docs.tl",
        "T authenticationCodeTypeTelegramMessage length:int32 = AuthenticationCodeType\n  \
         @description = A digit-only authentication code is delivered via a private Telegram message\n  \
         @length = Length of the code\n\
         T formattedText text:string entities:vector<textEntity> = FormattedText\n  \
         @description = A text with entities\n  \
         @text = The text\n  \
         @entities = Entities contained in the text. Entities can be nested\n\
         T error code:int32 message:string = Error\n  \
         @description = An object of this type is returned on error\n  \
         @code = Error code\n\
         T game description:string title:string = Game\n  \
         @description = Describes a game\n  \
         @param_description = Game description\n  \
         @title = Game title\n\
         T undocumented = Undocumented\n\
         class AuthenticationCodeType = Provides information about the method by which an \
         authentication code is delivered to the user",
    );
}

#[test]
fn doc_spans_point_at_the_annotation() {
    let source = source_of("docs.tl");
    let file = fixture("docs.tl", &source);
    let class = &file.class_docs[0];
    assert!(source[class.span.start..class.span.end].starts_with("//@class AuthenticationCodeType"));
    assert!(source[class.span.start..class.span.end].ends_with("//-to the user"));
    let length = &file.declarations[0].docs[1];
    assert_eq!(
        &source[length.span.start..length.span.end],
        "@length Length of the code"
    );
}

#[test]
fn section_markers_spaced_repeated_and_empty() {
    check("sections.tl", "T first#00000001 = Foo\nT second#00000002 = Foo\nF call#00000003 id:int = Foo\nT third#00000004 = Foo");
}

#[test]
fn comments_everywhere_and_a_trailing_layer() {
    check("comments.tl", "T ping#7abe77ec ping_id:long = Pong\nT pong#347773c5 msg_id:long ping_id:long = Pong\nlayer 230");
    let source = source_of("comments.tl");
    let file = fixture("comments.tl", &source);
    let layer = &file.layers[0];
    assert_eq!(&source[layer.span.start..layer.span.end], "230");
    let pong = &file.declarations[1];
    assert!(source[pong.span.start..pong.span.end].contains("// a line comment inside"));
}

#[test]
fn short_padded_and_upper_case_ids() {
    check(
        "ids.tl",
        "T inputMediaPoll#0f94e5f1 poll:Poll = InputMedia\n\
         T getValidatorStats#091a58bc mode:# = ValidatorStats\n\
         T first#00000001 = Foo\nT upper#abcdef12 = Foo\nT computed = Foo",
    );
    let source = source_of("ids.tl");
    let file = fixture("ids.tl", &source);
    let spans: Vec<&str> = file
        .declarations
        .iter()
        .filter_map(|d| d.id.as_ref())
        .map(|id| &source[id.span.start..id.span.end])
        .collect();
    assert_eq!(spans, ["f94e5f1", "091a58bc", "1", "ABCDEF12"]);
}

#[test]
fn builtin_declarations() {
    check(
        "builtins.tl",
        "T int ? = Int\nT int ? = Int\nT int#a8509bda ? = Int\n\
         T vector {t:Type} # [ t ] = (Vector t)\n\
         T vector#1cb5c415 {t:Type} # [ t ] = (Vector t)\n\
         T int128 4*[ int ] = Int128\nT int256 8*[ int32 ] = Int256\nT int512 16*[ int ] = Int512\n\
         T int32 = Int32\nT bytes string = Bytes\nT int128 long long = Int128\n\
         T bytes data:string = Bytes\nT true = True\nT boolFalse#bc799737 = Bool\n\
         T binlog.encrKey key:64*[ int ] = binlog.EncrKey",
    );
}

#[test]
fn bare_percent_types() {
    check(
        "percent.tl",
        "T binlog.authKey dc:int key:%binlog.EncrKey = binlog.Update\n\
         T msg_container#73f1f8dc messages:vector<%message> = MessageContainer\n\
         T intHash {t:Type} (vector %CoupleInt) = (IntHash t)",
    );
}

#[test]
fn keywords_type_names_and_odd_identifiers() {
    check(
        "names.tl",
        "T mangled type:int self:bytes static:long final:string loop:Bool pub:int long:double bytes:int = Mangled\n\
         T true#3fedd339 = True\nT false = False\n\
         T server_DH_params_ok#d0e8075c nonce:int128 server_nonce:int128 encrypted_answer:string = Server_DH_Params\n\
         T liteServer.transactionId3 account:int256 lt:long = liteServer.TransactionId3\n\
         T _ = Anything",
    );
}

#[test]
fn generics_bang_and_nested_applications() {
    check(
        "generics.tl",
        "F invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X\n\
         F msgs_ack#62d6b459 msg_ids:Vector<long> = MsgsAck\n\
         F tlsBlockScope#e725d44f entries:Vector<Vector<TlsBlock>> = TlsBlock\n\
         F getIds#00000001 {n:#} ids:n*[ long ] = Vector<int>",
    );
}
