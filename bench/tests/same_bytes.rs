//! The anchors benchmark compares equal work: every library decodes the benchmark's
//! bytes and re-encodes them identically, and agrees with ours on what it read.

use grammers_tl_types::{self as g, Deserializable as _};
use tl_api::{enums, functions};
use tl_bench::{proto, zerocopy};
use tl_runtime::bytes::Bytes;
use tl_runtime::Encode;

/// Decodes `bytes` with each library (ours twice: owned, and zero-copy from a `Bytes`
/// buffer) and checks each re-encodes them exactly.
fn same_bytes<O, Z, G, P>(bytes: &[u8], grammers_skip: usize)
where
    O: Encode + tl_runtime::DecodeOwned,
    Z: Encode + tl_runtime::DecodeOwned,
    G: g::Serializable + g::Deserializable + std::fmt::Debug,
    P: tl_proto::TlWrite + for<'a> tl_proto::TlRead<'a> + std::fmt::Debug,
{
    let ours = O::from_bytes(bytes).expect("ours decodes");
    assert_eq!(ours.to_bytes().expect("ours encodes"), bytes, "ours");
    let shared = Bytes::copy_from_slice(bytes);
    let zerocopy = Z::from_bytes(&shared).expect("ours-zerocopy decodes");
    assert_eq!(
        zerocopy.to_bytes().expect("encodes"),
        bytes,
        "ours-zerocopy"
    );
    let grammers = G::from_bytes(&bytes[grammers_skip..]).expect("grammers decodes");
    assert_eq!(grammers.to_bytes(), bytes, "grammers: {grammers:?}");
    let proto: P = tl_proto::deserialize(bytes).expect("tl-proto decodes");
    assert_eq!(tl_proto::serialize(&proto), bytes, "tl-proto: {proto:?}");
}

#[test]
fn seed_requests_are_the_same_bytes_in_every_library() {
    use functions::messages as ours;
    use g::functions::messages as gm;
    use zerocopy::functions::messages as zc;
    let export = tl_bench::seed("export");
    same_bytes::<
        ours::ExportChatInvite,
        zc::ExportChatInvite,
        gm::ExportChatInvite,
        proto::ExportChatInvite,
    >(&export, 4);
    let edit = tl_bench::seed("edit");
    same_bytes::<
        ours::EditExportedChatInvite,
        zc::EditExportedChatInvite,
        gm::EditExportedChatInvite,
        proto::EditExportedChatInvite,
    >(&edit, 4);
    let get = tl_bench::seed("get");
    same_bytes::<
        ours::GetExportedChatInvites,
        zc::GetExportedChatInvites,
        gm::GetExportedChatInvites,
        proto::GetExportedChatInvites,
    >(&get, 4);
}

#[test]
fn invites100_are_the_same_bytes_in_every_library() {
    let bytes = tl_bench::invites100();
    assert!(bytes.len() > 100 * 60, "{} bytes", bytes.len());
    same_bytes::<
        enums::messages::ExportedChatInvites,
        zerocopy::enums::messages::ExportedChatInvites,
        g::enums::messages::ExportedChatInvites,
        proto::ExportedChatInvites,
    >(&bytes, 0);
}

#[test]
fn invites100_have_what_the_benchmark_promises() {
    let bytes = tl_bench::invites100();
    let g::enums::messages::ExportedChatInvites::Invites(value) =
        g::enums::messages::ExportedChatInvites::from_bytes(&bytes).expect("grammers decodes");
    assert_eq!(
        (value.count, value.invites.len(), value.users.len()),
        (100, 100, 100)
    );
    let titled = value.invites.iter().filter(|invite| match invite {
        g::enums::ExportedChatInvite::ChatInviteExported(i) => i.title.is_some(),
        _ => false,
    });
    assert_eq!(titled.count(), 50);
    let proto: proto::ExportedChatInvites = tl_proto::deserialize(&bytes).expect("decodes");
    let names: Vec<_> = proto
        .users
        .iter()
        .filter_map(|user| match user {
            proto::UserEnum::User(user) => user.first_name.clone(),
            proto::UserEnum::Empty { .. } => None,
        })
        .take(5)
        .collect();
    assert_eq!(names, ["Alice", "Bob", "Carol", "Dmitri", "Ėva"]);
}

#[test]
fn both_generators_write_the_whole_layer() {
    let api = tl_bench::schema::api_tl();
    let ours = tl_bench::schema::ours(&api);
    let grammers = tl_bench::schema::grammers(&api);
    assert!(ours > 1_000_000, "ours wrote {ours} bytes");
    assert!(grammers > 1_000_000, "grammers wrote {grammers} bytes");
}
