//! Parse and load speed on the official layer-230 `schema/api.tl`, side by side
//! with the anchor `grammers-tl-parser` 1.2.2 parsing the same text.
//!
//! ```text
//! cargo bench -p tl-codegen --bench parse -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tl_codegen::model::{load, Dialect, SourceFile};
use tl_codegen::parse::parse;

fn api_tl() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema/api.tl");
    std::fs::read_to_string(path).expect("schema/api.tl")
}

fn parse_api_tl(c: &mut Criterion) {
    let text = api_tl();
    let source = [SourceFile::new("schema/api.tl", text.clone())];
    let mut group = c.benchmark_group("api.tl");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("tl_codegen parse", |b| {
        b.iter(|| parse(black_box(&text)).file.declarations.len())
    });
    group.bench_function("tl_codegen parse+load", |b| {
        b.iter(|| {
            load(black_box(&source), Dialect::Telegram)
                .schema
                .definitions
                .len()
        })
    });
    group.bench_function("grammers-tl-parser 1.2.2 parse", |b| {
        b.iter(|| grammers_tl_parser::parse_tl_file(black_box(&text)).collect::<Vec<_>>())
    });
    group.finish();
}

criterion_group!(benches, parse_api_tl);
criterion_main!(benches);
