//! Our crates side by side with the Rust TL libraries people use, in one run and on the
//! same bytes: grammers-tl-types / -parser / -gen 0.11.0 / 1.2.2 / 0.11.0 (layer 230,
//! the same schema as ours) and tl-proto 0.5.4 (with the invite types written with its
//! derives in `tl_bench::proto`). `ours-zerocopy` (decode groups) decodes from a
//! `Bytes` buffer into the invite set generated with `Bytes`/`SharedStr` fields
//! (`tl_bench::zerocopy`), which share the buffer instead of copying. `ours-borrowed`
//! decodes into tl-api's borrowed views (`tl_api::borrowed`: `&str`/`&[u8]` slices of
//! the input), `tl-proto-borrowed` into the same types written for tl-proto with
//! `&'tl str`/`&'tl [u8]` fields (`tl_bench::proto_borrowed`). `floor-memcpy` copies as many bytes as the group's
//! input or output into a fresh vector: the physical floor.
//!
//! ```text
//! cargo bench --bench anchors                                   # full run
//! cargo bench --bench anchors -- --warm-up-time 1 --measurement-time 2   # quick
//! ```
//!
//! `tests/same_bytes.rs` checks that every library decodes and re-encodes these bytes
//! identically, so each group compares equal work.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion};
use grammers_tl_types as g;
use tl_api::{enums, functions};
use tl_bench::{proto, proto_borrowed, schema, zerocopy};
use tl_runtime::bytes::Bytes;
use tl_runtime::Encode;

/// `floor-memcpy`: copying `bytes` into a fresh vector.
fn floor(group: &mut BenchmarkGroup<'_, WallTime>, bytes: &[u8]) {
    group.bench_function("floor-memcpy", |b| b.iter(|| black_box(bytes).to_vec()));
}

/// `encode_<name>` and `decode_<name>` for one value type of each library (decode only:
/// `Z` ours with zero-copy fields, `V` our borrowed view, `PB` tl-proto's borrowed types).
fn wire<'b, O, Z, V, G, P, PB>(c: &mut Criterion, name: &str, bytes: &'b [u8], grammers_skip: usize)
where
    O: Encode + tl_runtime::DecodeOwned,
    Z: tl_runtime::DecodeOwned,
    V: tl_runtime::Decode<'b>,
    G: g::Serializable + g::Deserializable,
    P: tl_proto::TlWrite + for<'a> tl_proto::TlRead<'a>,
    PB: tl_proto::TlRead<'b>,
{
    let ours = O::from_bytes(bytes).expect("ours decodes");
    let grammers = G::from_bytes(&bytes[grammers_skip..]).expect("grammers decodes");
    let proto: P = tl_proto::deserialize(bytes).expect("tl-proto decodes");

    let mut group = c.benchmark_group(format!("encode_{name}"));
    group.bench_function("ours", |b| b.iter(|| black_box(&ours).to_bytes()));
    group.bench_function("grammers", |b| b.iter(|| black_box(&grammers).to_bytes()));
    group.bench_function("tl-proto", |b| {
        b.iter(|| tl_proto::serialize(black_box(&proto)))
    });
    floor(&mut group, bytes);
    group.finish();

    let mut group = c.benchmark_group(format!("decode_{name}"));
    group.bench_function("ours", |b| b.iter(|| O::from_bytes(black_box(bytes))));
    group.bench_function("ours-borrowed", |b| {
        b.iter(|| V::from_bytes(black_box(bytes)))
    });
    let shared = Bytes::copy_from_slice(bytes);
    group.bench_function("ours-zerocopy", |b| {
        b.iter(|| Z::from_bytes(black_box(&shared)))
    });
    let bare = &bytes[grammers_skip..];
    group.bench_function("grammers", |b| b.iter(|| G::from_bytes(black_box(bare))));
    group.bench_function("tl-proto", |b| {
        b.iter(|| tl_proto::deserialize::<P>(black_box(bytes)))
    });
    group.bench_function("tl-proto-borrowed", |b| {
        b.iter(|| tl_proto::deserialize::<PB>(black_box(bytes)))
    });
    floor(&mut group, bytes);
    group.finish();
}

/// The seed requests. grammers decodes a function without its id (it reads the fields
/// of a known function), so it is given the bytes after the 4-byte id.
fn seeds(c: &mut Criterion) {
    use functions::messages as ours;
    use g::functions::messages as gm;
    use tl_api::borrowed::functions::messages as view;
    use zerocopy::functions::messages as zc;
    wire::<
        ours::ExportChatInvite,
        zc::ExportChatInvite,
        view::ExportChatInvite,
        gm::ExportChatInvite,
        proto::ExportChatInvite,
        proto_borrowed::ExportChatInvite,
    >(c, "export", &tl_bench::seed("export"), 4);
    wire::<
        ours::EditExportedChatInvite,
        zc::EditExportedChatInvite,
        view::EditExportedChatInvite,
        gm::EditExportedChatInvite,
        proto::EditExportedChatInvite,
        proto_borrowed::EditExportedChatInvite,
    >(c, "edit", &tl_bench::seed("edit"), 4);
    wire::<
        ours::GetExportedChatInvites,
        zc::GetExportedChatInvites,
        view::GetExportedChatInvites,
        gm::GetExportedChatInvites,
        proto::GetExportedChatInvites,
        proto_borrowed::GetExportedChatInvites,
    >(c, "get", &tl_bench::seed("get"), 4);
}

fn invites100(c: &mut Criterion) {
    wire::<
        enums::messages::ExportedChatInvites,
        zerocopy::enums::messages::ExportedChatInvites,
        tl_api::borrowed::enums::messages::ExportedChatInvites,
        g::enums::messages::ExportedChatInvites,
        proto::ExportedChatInvites,
        proto_borrowed::ExportedChatInvites,
    >(c, "invites100", &tl_bench::invites100(), 0);
}

fn schema_parse(c: &mut Criterion) {
    let api = schema::api_tl();
    let mut group = c.benchmark_group("schema_parse");
    group.bench_function("ours", |b| {
        b.iter(|| {
            tl_codegen::parse::parse(black_box(&api))
                .file
                .declarations
                .len()
        })
    });
    group.bench_function("grammers", |b| {
        b.iter(|| grammers_tl_parser::parse_tl_file(black_box(&api)).collect::<Vec<_>>())
    });
    floor(&mut group, api.as_bytes());
    group.finish();
}

fn schema_generate(c: &mut Criterion) {
    let api = schema::api_tl();
    let mut group = c.benchmark_group("schema_generate");
    group.sample_size(10);
    group.bench_function("ours", |b| b.iter(|| schema::ours(black_box(&api))));
    group.bench_function("grammers", |b| b.iter(|| schema::grammers(black_box(&api))));
    group.finish();
}

criterion_group!(benches, seeds, invites100, schema_parse, schema_generate);
criterion_main!(benches);
