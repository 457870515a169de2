//! Encode + decode throughput of the hot built-ins: short and long strings, and a
//! boxed `Vector<long>` of 1000 elements.
//!
//! Quick run: `cargo bench -p tl-runtime --bench wire -- --warm-up-time 1 --measurement-time 2`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tl_runtime::{Decode, Encode};

/// Benchmarks `to_bytes` and `from_bytes` of one value under `name`.
fn encode_decode<T>(c: &mut Criterion, name: &str, value: &T)
where
    T: Encode + Decode,
{
    let bytes = value.to_bytes().expect("benchmark values are valid");
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("encode", |b| b.iter(|| black_box(value).to_bytes()));
    group.bench_function("decode", |b| b.iter(|| T::from_bytes(black_box(&bytes))));
    group.finish();
}

fn strings(c: &mut Criterion) {
    encode_decode(c, "string/short", &"hello, world".to_string());
    encode_decode(c, "string/long", &"lorem ipsum ".repeat(400));
}

fn vectors(c: &mut Criterion) {
    let longs: Vec<i64> = (0..1000).map(|i| i * 7_919 - 500_000).collect();
    encode_decode(c, "vector/long_1000", &longs);
}

criterion_group!(benches, strings, vectors);
criterion_main!(benches);
