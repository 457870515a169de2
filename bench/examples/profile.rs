//! One benchmark case of `anchors`, run `N` times in a plain loop: for profilers whose
//! figures do not depend on the machine's load, such as callgrind's instruction counts.
//!
//! ```text
//! cargo build --release -p tl-bench --example profile
//! valgrind --tool=callgrind target/release/examples/profile decode_invites100 ours 1000
//! ```
//!
//! Groups and libraries are the benchmark's ids (`schema_generate` has no `tl-proto`),
//! plus `schema_load` (ours only: parse and lower `api.tl`, what `model::load` does).
//! Run once with `N` = 0 to measure the setup, and subtract it.

use std::hint::black_box;

use grammers_tl_types as g;
use tl_api::{enums, functions};
use tl_bench::{proto, schema};
use tl_runtime::Encode;

/// What one group does with one library's value type.
fn wire<O, G, P>(op: &str, library: &str, bytes: &[u8], grammers_skip: usize, n: usize)
where
    O: Encode + tl_runtime::DecodeOwned,
    G: g::Serializable + g::Deserializable,
    P: tl_proto::TlWrite + for<'a> tl_proto::TlRead<'a>,
{
    let bare = &bytes[grammers_skip..];
    let ours = O::from_bytes(bytes).expect("ours decodes");
    let grammers = G::from_bytes(bare).expect("grammers decodes");
    let proto: P = tl_proto::deserialize(bytes).expect("tl-proto decodes");
    for _ in 0..n {
        match (op, library) {
            ("encode", "ours") => drop(black_box(black_box(&ours).to_bytes())),
            ("encode", "grammers") => drop(black_box(black_box(&grammers).to_bytes())),
            ("encode", "tl-proto") => drop(black_box(tl_proto::serialize(black_box(&proto)))),
            ("decode", "ours") => drop(black_box(O::from_bytes(black_box(bytes)))),
            ("decode", "grammers") => drop(black_box(G::from_bytes(black_box(bare)))),
            ("decode", "tl-proto") => drop(black_box(tl_proto::deserialize::<P>(black_box(bytes)))),
            _ => panic!("no library {library} in {op}"),
        }
    }
}

fn schema_case(group: &str, library: &str, n: usize) {
    let api = schema::api_tl();
    let sources = [tl_codegen::model::SourceFile::new("api.tl", api.clone())];
    for _ in 0..n {
        let size = match (group, library) {
            ("schema_parse", "ours") => tl_codegen::parse::parse(black_box(&api))
                .file
                .declarations
                .len(),
            ("schema_load", "ours") => {
                tl_codegen::model::load(black_box(&sources), tl_codegen::model::Dialect::Telegram)
                    .schema
                    .definitions
                    .len()
            }
            ("schema_parse", "grammers") => {
                grammers_tl_parser::parse_tl_file(black_box(&api)).count()
            }
            ("schema_generate", "ours") => schema::ours(black_box(&api)),
            ("schema_generate", "grammers") => schema::grammers(black_box(&api)),
            _ => panic!("no library {library} in {group}"),
        };
        black_box(size);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [group, library, n] = args.as_slice() else {
        eprintln!("usage: profile GROUP LIBRARY N   (e.g. decode_invites100 ours 1000)");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("N is a number");
    let (op, case) = group.split_once('_').expect("GROUP is op_case");
    use functions::messages as ours;
    use g::functions::messages as gm;
    match case {
        "export" => wire::<ours::ExportChatInvite, gm::ExportChatInvite, proto::ExportChatInvite>(
            op,
            library,
            &tl_bench::seed("export"),
            4,
            n,
        ),
        "edit" => wire::<
            ours::EditExportedChatInvite,
            gm::EditExportedChatInvite,
            proto::EditExportedChatInvite,
        >(op, library, &tl_bench::seed("edit"), 4, n),
        "get" => wire::<
            ours::GetExportedChatInvites,
            gm::GetExportedChatInvites,
            proto::GetExportedChatInvites,
        >(op, library, &tl_bench::seed("get"), 4, n),
        "invites100" => wire::<
            enums::messages::ExportedChatInvites,
            g::enums::messages::ExportedChatInvites,
            proto::ExportedChatInvites,
        >(op, library, &tl_bench::invites100(), 0, n),
        "parse" | "load" | "generate" => schema_case(group, library, n),
        _ => panic!("no group {group}"),
    }
}
