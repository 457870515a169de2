//! The anchors benchmark compares equal work: every library decodes the benchmark's
//! bytes and re-encodes them identically, and agrees with ours on what it read.

use grammers_tl_types::{self as g, Deserializable as _};
use tl_api::{enums, functions};
use tl_bench::{proto, proto_borrowed, zerocopy};
use tl_runtime::bytes::Bytes;
use tl_runtime::Encode;

/// Decodes `bytes` with each library (ours twice: owned, and zero-copy from a `Bytes`
/// buffer; tl-proto twice: owned `P` and borrowed `B`) and checks each re-encodes them
/// exactly, and that the borrowed tl-proto value reads as the owned one.
fn same_bytes<'a, O, Z, G, P, B>(bytes: &'a [u8], grammers_skip: usize)
where
    O: Encode + tl_runtime::DecodeOwned,
    Z: Encode + tl_runtime::DecodeOwned,
    G: g::Serializable + g::Deserializable + std::fmt::Debug,
    P: tl_proto::TlWrite + for<'any> tl_proto::TlRead<'any> + std::fmt::Debug,
    B: tl_proto::TlWrite + tl_proto::TlRead<'a> + std::fmt::Debug,
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
    let borrowed: B = tl_proto::deserialize(bytes).expect("tl-proto borrowed decodes");
    assert_eq!(
        tl_proto::serialize(&borrowed),
        bytes,
        "tl-proto borrowed: {borrowed:?}"
    );
    // Same type names, and `&str`/`&[u8]` print as `String`/`Vec<u8>` do: equal debug
    // output is equal values, every string included.
    assert_eq!(
        format!("{borrowed:?}"),
        format!("{proto:?}"),
        "tl-proto borrowed against owned"
    );
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
        proto_borrowed::ExportChatInvite<'_>,
    >(&export, 4);
    let edit = tl_bench::seed("edit");
    same_bytes::<
        ours::EditExportedChatInvite,
        zc::EditExportedChatInvite,
        gm::EditExportedChatInvite,
        proto::EditExportedChatInvite,
        proto_borrowed::EditExportedChatInvite<'_>,
    >(&edit, 4);
    let get = tl_bench::seed("get");
    same_bytes::<
        ours::GetExportedChatInvites,
        zc::GetExportedChatInvites,
        gm::GetExportedChatInvites,
        proto::GetExportedChatInvites,
        proto_borrowed::GetExportedChatInvites<'_>,
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
        proto_borrowed::ExportedChatInvites<'_>,
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

/// The owned proto's strings of the seed requests, against the borrowed ones.
#[test]
fn borrowed_seed_strings_are_the_owned_ones() {
    let export = tl_bench::seed("export");
    let owned: proto::ExportChatInvite = tl_proto::deserialize(&export).expect("decodes");
    let borrowed: proto_borrowed::ExportChatInvite<'_> =
        tl_proto::deserialize(&export).expect("decodes");
    assert_eq!(borrowed.title, owned.title.as_deref());
    let edit = tl_bench::seed("edit");
    let owned: proto::EditExportedChatInvite = tl_proto::deserialize(&edit).expect("decodes");
    let borrowed: proto_borrowed::EditExportedChatInvite<'_> =
        tl_proto::deserialize(&edit).expect("decodes");
    assert!(!borrowed.link.is_empty());
    assert_eq!(borrowed.link, owned.link);
    assert_eq!(borrowed.title, owned.title.as_deref());
    assert!(within(&edit, borrowed.link));
    let get = tl_bench::seed("get");
    let owned: proto::GetExportedChatInvites = tl_proto::deserialize(&get).expect("decodes");
    let borrowed: proto_borrowed::GetExportedChatInvites<'_> =
        tl_proto::deserialize(&get).expect("decodes");
    assert_eq!(borrowed.offset_link, owned.offset_link.as_deref());
}

/// Whether `text` lies inside `buffer` (was borrowed from it, not copied).
fn within(buffer: &[u8], text: &str) -> bool {
    let range = buffer.as_ptr_range();
    let text = text.as_bytes().as_ptr_range();
    range.start <= text.start && text.end <= range.end
}

/// Every string of the 100-invite page: the same text as the owned proto's, borrowed
/// from the input; and a string that is not UTF-8 is refused, as the owned one does.
#[test]
fn borrowed_invites100_strings_are_the_owned_ones() {
    let bytes = tl_bench::invites100();
    let owned: proto::ExportedChatInvites = tl_proto::deserialize(&bytes).expect("decodes");
    let borrowed: proto_borrowed::ExportedChatInvites<'_> =
        tl_proto::deserialize(&bytes).expect("decodes");
    assert_eq!(borrowed.count, owned.count);
    assert_eq!(borrowed.invites.len(), owned.invites.len());
    assert_eq!(borrowed.users.len(), owned.users.len());

    let mut checked = 0;
    for (b, o) in borrowed.invites.iter().zip(&owned.invites) {
        use proto::ExportedChatInvite as O;
        use proto_borrowed::ExportedChatInvite as B;
        let (B::ChatInviteExported(b), O::ChatInviteExported(o)) = (b, o) else {
            panic!("an invite of another constructor: {b:?} / {o:?}");
        };
        assert_eq!(b.link, o.link);
        assert_eq!(b.title, o.title.as_deref());
        assert!(within(&bytes, b.link));
        checked += 1 + usize::from(b.title.is_some());
    }
    for (b, o) in borrowed.users.iter().zip(&owned.users) {
        use proto::UserEnum as O;
        use proto_borrowed::UserEnum as B;
        let (B::User(b), O::User(o)) = (b, o) else {
            panic!("a user of another constructor: {b:?} / {o:?}");
        };
        let pairs = [
            (b.first_name, o.first_name.as_deref()),
            (b.last_name, o.last_name.as_deref()),
            (b.username, o.username.as_deref()),
            (b.phone, o.phone.as_deref()),
            (
                b.bot_inline_placeholder,
                o.bot_inline_placeholder.as_deref(),
            ),
            (b.lang_code, o.lang_code.as_deref()),
        ];
        for (b, o) in pairs {
            assert_eq!(b, o);
            if let Some(text) = b {
                assert!(within(&bytes, text));
                checked += 1;
            }
        }
    }
    // 100 links, 50 titles, 100 first names and most of the rest.
    assert!(checked > 300, "{checked} strings");

    // "Ėva" is the only non-ASCII name: break its first byte.
    let eva = "Ėva".as_bytes();
    let at = bytes
        .windows(eva.len())
        .position(|w| w == eva)
        .expect("Ėva in the page");
    let mut broken = bytes.clone();
    broken[at] = 0xff;
    assert!(tl_proto::deserialize::<proto::ExportedChatInvites>(&broken).is_err());
    assert!(tl_proto::deserialize::<proto_borrowed::ExportedChatInvites<'_>>(&broken).is_err());
}

#[test]
fn both_generators_write_the_whole_layer() {
    let api = tl_bench::schema::api_tl();
    let ours = tl_bench::schema::ours(&api);
    let grammers = tl_bench::schema::grammers(&api);
    assert!(ours > 1_000_000, "ours wrote {ours} bytes");
    assert!(grammers > 1_000_000, "grammers wrote {grammers} bytes");
}
