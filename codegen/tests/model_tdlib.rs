//! TDLib/TON-style text (multi-line declarations with comments, `(vector X)`,
//! `mode.N?true`, `//@` docs, no ids): ids under the `tdlib` dialect equal the
//! CRC32 of normalized lines written out here by hand, docs land on the right
//! declaration and parameter.

mod model_support;

use model_support::{def, diags, fixture, read_source};
use tl_codegen::diag::Severity;
use tl_codegen::model::{
    id_line, load, Category, Dialect, IdSource, Loaded, ParamKind, Prim, QualName, Type,
};

fn load_fixture(dialect: Dialect) -> Loaded {
    let source = read_source(&fixture("tdlib_style.tl"), "tdlib_style.tl");
    let loaded = load(&[source], dialect);
    assert_eq!(diags(&loaded, Severity::Error), vec![]);
    assert_eq!(diags(&loaded, Severity::Warning), vec![]);
    loaded
}

/// (name, the normalized line under the tdlib rule, written by hand).
const TDLIB_LINES: [(&str, &str); 10] = [
    ("circle", "circle radius:int32 description:string = Shape"),
    ("polygon", "polygon points:vector point tags:vector string = Shape"),
    ("point", "point x:int53 y:int53 = Point"),
    (
        "storage.file",
        "storage.file mode:# pinned:mode.0?true pieces:mode.1?vector storage.piece data:bytes = storage.File",
    ),
    ("storage.piece", "storage.piece index:int32 proof:bytes = storage.Piece"),
    ("error", "error code:int32 message:string = Error"),
    ("minithumbnail", "minithumbnail width:int32 height:int32 data:bytes = Minithumbnail"),
    ("ok", "ok = Ok"),
    ("draw", "draw mode:# fast:mode.2?true shapes:vector Shape = Ok"),
    ("getFile", "getFile name:string = storage.File"),
];

#[test]
fn tdlib_ids_are_the_crc_of_the_normalized_lines() {
    let loaded = load_fixture(Dialect::Tdlib);
    let names: Vec<String> = loaded
        .schema
        .definitions
        .iter()
        .map(|d| d.name.to_string())
        .collect();
    let expected: Vec<&str> = TDLIB_LINES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, expected);
    for (name, line) in TDLIB_LINES {
        let d = def(&loaded, name);
        assert_eq!(id_line(d, Dialect::Tdlib), line);
        assert_eq!(d.id, crc32fast::hash(line.as_bytes()), "{name}");
        assert_eq!(d.id_source, IdSource::Computed);
    }
    // Values published by TDLib for td_api.tl (tl-spec.md section 4).
    assert_eq!(def(&loaded, "error").id, 0x9bdd8f1a);
    assert_eq!(def(&loaded, "minithumbnail").id as i32, -328540758);
}

#[test]
fn telegram_dialect_changes_only_true_flags_and_direct_bytes() {
    let loaded = load_fixture(Dialect::Telegram);
    let cases = [
        (
            "storage.file",
            "storage.file mode:# pieces:mode.1?vector storage.piece data:string = storage.File",
        ),
        ("draw", "draw mode:# shapes:vector Shape = Ok"),
        ("point", "point x:int53 y:int53 = Point"),
    ];
    for (name, line) in cases {
        assert_eq!(
            def(&loaded, name).id,
            crc32fast::hash(line.as_bytes()),
            "{name}"
        );
    }
}

#[test]
fn builtins_are_kept_apart() {
    let loaded = load_fixture(Dialect::Tdlib);
    let builtins: Vec<String> = loaded
        .schema
        .builtins
        .iter()
        .map(|b| b.to_string())
        .collect();
    assert_eq!(
        builtins,
        [
            "double ? = Double;",
            "string ? = String;",
            "int32 = Int32;",
            "int53 = Int53;",
            "int64 = Int64;",
            "bytes = Bytes;",
            "boolFalse = Bool;",
            "boolTrue = Bool;",
            "vector {t:Type} # [ t ] = Vector t;",
        ]
    );
    let vector = &loaded.schema.builtins[8];
    assert_eq!(vector.id, 0x1cb5c415);
    assert_eq!(loaded.schema.builtins[6].id, 0xbc799737);
}

#[test]
fn types_resolve() {
    let loaded = load_fixture(Dialect::Tdlib);
    let field = |def_name: &str, index: usize| def(&loaded, def_name).params[index].kind.clone();
    let int32 = Type::Builtin(QualName::simple("int32"));
    assert_eq!(
        field("circle", 0),
        ParamKind::Field {
            ty: int32,
            flag: None,
            excl: false
        }
    );
    let points = Type::Vector {
        boxed: false,
        elem: Box::new(Type::Bare(QualName::simple("point"))),
    };
    assert_eq!(
        field("polygon", 0),
        ParamKind::Field {
            ty: points,
            flag: None,
            excl: false
        }
    );
    assert_eq!(
        field("storage.file", 0),
        ParamKind::Nat {
            used_as_flags: true
        }
    );
    let ParamKind::Field {
        ty,
        flag: Some(flag),
        ..
    } = field("storage.file", 1)
    else {
        panic!("pinned is conditional");
    };
    assert_eq!(
        (ty, flag.field.as_str(), flag.field_index, flag.bit),
        (Type::Prim(Prim::True), "mode", 0, 0)
    );
    let file = def(&loaded, "getFile");
    assert_eq!(file.category, Category::Function);
    assert_eq!(file.ty, Type::Boxed(QualName::parse("storage.File")));
    assert_eq!(
        def(&loaded, "storage.file").tl_line(),
        format!(
            "storage.file#{:08x} mode:# pinned:mode.0?true pieces:mode.1?vector<storage.piece> data:bytes = storage.File;",
            def(&loaded, "storage.file").id
        )
    );
}

#[test]
fn docs_land_on_the_right_declaration_and_parameter() {
    let loaded = load_fixture(Dialect::Tdlib);
    let circle = &def(&loaded, "circle").docs;
    assert_eq!(circle.description.as_deref(), Some("A circle"));
    assert_eq!(circle.params["radius"], "Radius, in points");
    assert_eq!(circle.params["description"], "What the circle depicts");
    let polygon = &def(&loaded, "polygon").docs;
    assert_eq!(polygon.description.as_deref(), Some("A polygon"));
    assert_eq!(polygon.params["points"], "Vertices in order");
    assert_eq!(polygon.params.len(), 1);
    let draw = &def(&loaded, "draw").docs;
    assert_eq!(
        draw.params.keys().collect::<Vec<_>>(),
        ["fast", "mode", "shapes"]
    );
    assert_eq!(draw.params["fast"], "Skip antialiasing");
    assert!(def(&loaded, "point").docs.description.is_none());
    assert_eq!(
        loaded.schema.type_docs["Shape"],
        "A geometric shape that can be drawn"
    );
}

#[test]
fn printed_schema_reads_back_the_same() {
    let loaded = load_fixture(Dialect::Tdlib);
    let printed = loaded.schema.to_string();
    let again = load(
        &[tl_codegen::model::SourceFile::new("p.tl", printed.clone())],
        Dialect::Tdlib,
    );
    assert_eq!(diags(&again, Severity::Warning), vec![]);
    assert_eq!(
        model_support::without_origins(&again.schema.definitions),
        model_support::without_origins(&loaded.schema.definitions)
    );
    assert_eq!(again.schema.type_docs, loaded.schema.type_docs);
    assert_eq!(again.schema.to_string(), printed);
    assert!(printed.contains(
        "//@class Shape @description A geometric shape that can be drawn\n\
         //@description A circle\n//@param_description What the circle depicts\n//@radius Radius, in points\n\
         circle radius:int32 description:string = Shape;\n"
    ), "{printed}");
}
