//! Encode + decode throughput of the hot built-ins: short and long strings, and a
//! boxed `Vector<long>` of 1000 elements; and decoding short and long `SharedStr`s
//! from a shared buffer (zero-copy).
//!
//! Quick run: `cargo bench -p tl-runtime --bench wire -- --warm-up-time 1 --measurement-time 2`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tl_runtime::bytes::Bytes;
use tl_runtime::{Encode, SharedStr};

/// Benchmarks `to_bytes` and `from_bytes` of one value under `name`.
fn encode_decode<T>(c: &mut Criterion, name: &str, value: &T)
where
    T: Encode + tl_runtime::DecodeOwned,
{
    let bytes = value.to_bytes().expect("benchmark values are valid");
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("encode", |b| b.iter(|| black_box(value).to_bytes()));
    group.bench_function("decode", |b| b.iter(|| T::from_bytes(black_box(&bytes))));
    group.finish();
}

/// Decoding `T` from a shared `Bytes` buffer (zero-copy for `Bytes`/`SharedStr`).
fn decode_shared<T>(c: &mut Criterion, name: &str, value: &T)
where
    T: Encode + tl_runtime::DecodeOwned,
{
    let bytes = Bytes::from(value.to_bytes().expect("benchmark values are valid"));
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("decode_shared", |b| {
        b.iter(|| T::from_bytes(black_box(&bytes)))
    });
    group.finish();
}

fn strings(c: &mut Criterion) {
    encode_decode(c, "string/short", &"hello, world".to_string());
    encode_decode(c, "string/long", &"lorem ipsum ".repeat(400));
    decode_shared(c, "shared_str/short", &SharedStr::from("hello, world"));
    decode_shared(
        c,
        "shared_str/long",
        &SharedStr::from("lorem ipsum ".repeat(400)),
    );
}

fn vectors(c: &mut Criterion) {
    let longs: Vec<i64> = (0..1000).map(|i| i * 7_919 - 500_000).collect();
    encode_decode(c, "vector/long_1000", &longs);
}

criterion_group!(benches, strings, vectors);
criterion_main!(benches);
