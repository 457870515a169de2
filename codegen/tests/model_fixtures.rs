//! The odd cases of the real-schema zoo, reproduced in small fixtures
//! (`tests/fixtures/model/`) so a fresh clone tests them too.

mod model_support;

use model_support::{def, diags, fixture, read_source, without_origins};
use tl_codegen::diag::Severity;
use tl_codegen::model::{
    load, Dialect, IdSource, Loaded, ParamKind, Prim, QualName, SourceFile, Type,
};

fn load_fixture(name: &str, dialect: Dialect) -> Loaded {
    let loaded = load(&[read_source(&fixture(name), name)], dialect);
    assert_eq!(diags(&loaded, Severity::Error), vec![], "{name}");
    loaded
}

fn field_type(loaded: &Loaded, name: &str, param: &str) -> Type {
    let d = def(loaded, name);
    let p = d
        .params
        .iter()
        .find(|p| p.name == param)
        .unwrap_or_else(|| panic!("{name}.{param}"));
    match &p.kind {
        ParamKind::Field { ty, .. } => ty.clone(),
        ParamKind::Nat { .. } => Type::Nat,
    }
}

fn q(text: &str) -> QualName {
    QualName::parse(text)
}

#[test]
fn odd_syntax_computed_ids() {
    let loaded = load_fixture("odd_syntax.tl", Dialect::Telegram);
    let lines = [
        ("message", "message msg_id:long seqno:int bytes:int body:Object = Message"),
        ("binlog.encrKey", "binlog.encrKey key:64*[ int ] = binlog.EncrKey"),
        ("binlog.authKey", "binlog.authKey dc:int key:%binlog.EncrKey = binlog.Update"),
        ("tlsBlockScope", "tlsBlockScope entries:Vector Vector TlsBlock = TlsBlock"),
        (
            "storage.daemon.fileInfo",
            "storage.daemon.fileInfo flags:# count:# files:flags.3?vector storage.daemon.piece \
             more:Vector int flags2:# = storage.daemon.FileInfo",
        ),
        (
            "keywords",
            "keywords type:int self:int static:int final:int loop:int pub:int priv:int override:int \
             long:double bytes:int = Keywords",
        ),
        ("Server_DH_Params_ok", "Server_DH_Params_ok transactionId3:long = Server_DH_Params"),
        ("getInts", "getInts ids:Vector int = Vector int"),
        // Explicit ids that are the CRC: `%` dropped before `message`, braces dropped.
        ("gzip_packed", "gzip_packed packed_data:string = Object"),
        ("msg_container", "msg_container messages:vector message = MessageContainer"),
        ("invokeWithLayer", "invokeWithLayer X:Type layer:int query:!X = X"),
    ];
    for (name, line) in lines {
        let d = def(&loaded, name);
        assert_eq!(tl_codegen::model::id_line(d, Dialect::Telegram), line);
        assert_eq!(d.computed_id, crc32fast::hash(line.as_bytes()), "{name}");
    }
    for name in ["gzip_packed", "msg_container", "invokeWithLayer"] {
        let d = def(&loaded, name);
        assert_eq!(
            (d.id_source, d.id),
            (IdSource::Explicit, d.computed_id),
            "{name}"
        );
    }
    let short = [
        ("first", 0x1),
        ("second", 0x09d05049),
        ("third", 0x091a58bc),
        ("ping", 0x1),
    ];
    for (name, id) in short {
        assert_eq!(def(&loaded, name).id, id, "{name}");
    }
}

#[test]
fn odd_syntax_types() {
    let loaded = load_fixture("odd_syntax.tl", Dialect::Telegram);
    let int = Box::new(Type::Prim(Prim::Int));
    let cases = [
        (
            "binlog.encrKey",
            "key",
            Type::Array {
                len: 64,
                elem: int.clone(),
            },
        ),
        ("binlog.authKey", "key", Type::Bare(q("binlog.EncrKey"))),
        (
            "msg_container",
            "messages",
            Type::Vector {
                boxed: false,
                elem: Box::new(Type::Bare(q("message"))),
            },
        ),
        (
            "storage.daemon.fileInfo",
            "more",
            Type::Vector {
                boxed: true,
                elem: int,
            },
        ),
        ("message", "body", Type::Boxed(q("Object"))),
        ("keywords", "long", Type::Prim(Prim::Double)),
        ("keywords", "bytes", Type::Prim(Prim::Int)),
    ];
    for (name, param, ty) in cases {
        assert_eq!(field_type(&loaded, name, param), ty, "{name}.{param}");
    }
    let info = def(&loaded, "storage.daemon.fileInfo");
    let nats: Vec<(&str, bool)> = info
        .params
        .iter()
        .filter_map(|p| match p.kind {
            ParamKind::Nat { used_as_flags } => Some((p.name.as_str(), used_as_flags)),
            ParamKind::Field { .. } => None,
        })
        .collect();
    assert_eq!(nats, [("flags", true), ("count", false), ("flags2", true)]);
    assert_eq!(
        info.tl_line(),
        format!(
            "storage.daemon.fileInfo#{:08x} flags:# count:# files:flags.3?vector<storage.daemon.piece> \
             more:Vector<int> flags2:# pinned:flags2.30?true = storage.daemon.FileInfo;",
            info.id
        )
    );
    assert_eq!(def(&loaded, "getInts").ty.to_string(), "Vector<int>");
    assert_eq!(def(&loaded, "invokeWithLayer").generics, ["X"]);
}

#[test]
fn odd_syntax_warnings() {
    let loaded = load_fixture("odd_syntax.tl", Dialect::Telegram);
    let found: Vec<String> = diags(&loaded, Severity::Warning)
        .into_iter()
        .map(|(m, line, col)| format!("{line}:{col}: {m}"))
        .collect();
    let mismatch = |line: u32, col: u32, id: &str, computed: &str| {
        format!("{line}:{col}: explicit id 0x{id} differs from the computed id 0x{computed}; the explicit id is used")
    };
    assert_eq!(
        found,
        [
            mismatch(4, 7, "00000001", "afe967d9"),
            mismatch(5, 8, "09d05049", "bf40a884"),
            mismatch(6, 7, "091a58bc", "33503111"),
            mismatch(31, 7, "bc799737", "d571b715"),
            mismatch(32, 6, "997275b5", "9790a926"),
            "42:1: id 0x00000001 of `ping` is also the id of `first` (odd_syntax.tl:4:1)"
                .to_owned(),
            mismatch(42, 6, "00000001", "b4ebdb9e"),
        ]
    );
    // Spot-check the computed values above against the rule.
    assert_eq!(crc32fast::hash(b"first = Foo"), 0xafe967d9);
    assert_eq!(crc32fast::hash(b"true = Bool"), 0x9790a926);
}

#[test]
fn odd_builtins() {
    let loaded = load_fixture("odd_builtins.tl", Dialect::Telegram);
    assert_eq!(diags(&loaded, Severity::Warning), vec![]);
    let printed: Vec<String> = loaded
        .schema
        .builtins
        .iter()
        .map(|b| b.to_string())
        .collect();
    assert_eq!(
        printed,
        [
            "int ? = Int;",
            "long#22076cba ? = Long;",
            "double ? = Double;",
            "string ? = String;",
            "bytes string = Bytes;",
            "int128 long long = Int128;",
            "int256 long long long long = Int256;",
            "int512 16*[ int ] = Int512;",
            "int32 = Int32;",
            "secureString = SecureString;",
            "object ? = Object;",
            "function ? = Function;",
            "true = True;",
            "boolFalse#bc799737 = Bool;",
            "boolTrue = Bool;",
            "vector#1cb5c415 {t:Type} # [ t ] = Vector t;",
        ]
    );
    let ids: Vec<(String, u32)> = loaded
        .schema
        .builtins
        .iter()
        .map(|b| (b.name.to_string(), b.id))
        .collect();
    for (name, id) in [
        ("int", 0xa8509bda),
        ("boolTrue", 0x997275b5),
        ("true", 0x3fedd339),
        ("vector", 0x1cb5c415),
    ] {
        assert!(ids.contains(&(name.to_owned(), id)), "{name}");
    }
    let expected = crc32fast::hash(b"int512 16*[ int ] = Int512");
    assert!(ids.contains(&("int512".to_owned(), expected)));
    let builtin = |text: &str| Type::Builtin(q(text));
    let cases = [
        ("small", Type::Prim(Prim::Int128)),
        ("big", builtin("int512")),
        ("wide", Type::Prim(Prim::Int256)),
        ("count", builtin("int32")),
        ("secret", builtin("SecureString")),
        ("anything", builtin("Object")),
        ("flag", Type::Prim(Prim::Bool)),
    ];
    for (param, ty) in cases {
        assert_eq!(field_type(&loaded, "holder", param), ty, "{param}");
    }
    assert_eq!(def(&loaded, "run").ty, builtin("Function"));
    // tl-spec.md section 3: the explicit id of rpc_result is the CRC of its line.
    let rpc_result = def(&loaded, "rpc_result");
    assert_eq!(
        (rpc_result.id, rpc_result.computed_id),
        (0xf35c6d01, 0xf35c6d01)
    );
}

#[test]
fn fixtures_print_and_read_back() {
    for (name, dialect) in [
        ("odd_syntax.tl", Dialect::Telegram),
        ("odd_builtins.tl", Dialect::Telegram),
        ("tdlib_style.tl", Dialect::Tdlib),
    ] {
        let loaded = load_fixture(name, dialect);
        let printed = loaded.schema.to_string();
        let again = load(&[SourceFile::new(name, printed.clone())], dialect);
        assert_eq!(diags(&again, Severity::Error), vec![], "{name}\n{printed}");
        let (a, b) = (&loaded.schema, &again.schema);
        assert_eq!(
            without_origins(&b.definitions),
            without_origins(&a.definitions),
            "{name}"
        );
        let builtins = |s: &tl_codegen::model::Schema| {
            s.builtins.iter().map(|b| b.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(builtins(b), builtins(a), "{name}");
        assert_eq!(b.to_string(), printed, "{name}");
    }
}
