//! Our generated invite-link bindings side by side with the anchor, grammers-tl-types 0.11.0
//! (also layer 230), in one run: the same values, encoded and decoded by both.
//!
//! Run: `cargo bench --manifest-path bench/Cargo.toml -- --warm-up-time 1 --measurement-time 3`.
//!
//! Each benchmark first asserts that both libraries produce the same bytes, so the figures
//! compare equal work.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use g::{Deserializable as _, Serializable as _};
use grammers_tl_types as g;
use tl_api::{enums, functions, types};
use tl_runtime::{Deserialize as _, Serialize as _};

const LINK: &str = "https://t.me/+AbCdEfGhIjKlMnOp";

fn ours_export() -> functions::messages::ExportChatInvite {
    let peer = types::InputPeerChannel {
        channel_id: 1234567890,
        access_hash: -4638371920211275392,
    };
    let mut call = functions::messages::ExportChatInvite::new(peer.into());
    call.request_needed = true;
    call.expire_date = Some(43);
    call.usage_limit = Some(43);
    call.title = Some("My very normal title".to_owned());
    call
}

fn anchor_export() -> g::functions::messages::ExportChatInvite {
    g::functions::messages::ExportChatInvite {
        legacy_revoke_permanent: false,
        request_needed: true,
        peer: g::enums::InputPeer::Channel(g::types::InputPeerChannel {
            channel_id: 1234567890,
            access_hash: -4638371920211275392,
        }),
        expire_date: Some(43),
        usage_limit: Some(43),
        title: Some("My very normal title".to_owned()),
        subscription_pricing: None,
    }
}

/// `messages.exportedChatInvites` with `n` invites (no users): a typical answer.
fn ours_invites(n: usize) -> enums::messages::ExportedChatInvites {
    let invite = |i: usize| -> enums::ExportedChatInvite {
        let mut inv = types::ChatInviteExported::new(LINK.to_owned(), 123456789, 1700000000);
        inv.usage = Some(i as i32);
        inv.title = Some(format!("link number {i}"));
        inv.into()
    };
    types::messages::ExportedChatInvites {
        count: n as i32,
        invites: (0..n).map(invite).collect(),
        users: Vec::new(),
    }
    .into()
}

fn bench_export(c: &mut Criterion) {
    let ours = ours_export();
    let anchor = anchor_export();
    let bytes = ours.to_bytes().unwrap();
    assert_eq!(
        bytes,
        anchor.to_bytes(),
        "both libraries must write the same bytes"
    );
    assert_eq!(
        functions::messages::ExportChatInvite::from_bytes(&bytes).unwrap(),
        ours
    );
    // grammers decodes a function's fields without its id: give it the bytes after the id.
    let bare = &bytes[4..];
    let decoded = g::functions::messages::ExportChatInvite::from_bytes(bare);
    assert!(
        decoded.is_ok(),
        "the anchor must decode the call: {decoded:?}"
    );

    let mut group = c.benchmark_group("messages.exportChatInvite");
    group.bench_function("encode/tl-api", |b| b.iter(|| black_box(&ours).to_bytes()));
    group.bench_function("encode/grammers", |b| {
        b.iter(|| black_box(&anchor).to_bytes())
    });
    group.bench_function("decode/tl-api", |b| {
        b.iter(|| functions::messages::ExportChatInvite::from_bytes(black_box(&bytes)))
    });
    group.bench_function("decode/grammers", |b| {
        b.iter(|| g::functions::messages::ExportChatInvite::from_bytes(black_box(bare)))
    });
    group.finish();
}

fn bench_invites(c: &mut Criterion) {
    let ours = ours_invites(100);
    let bytes = ours.to_bytes().unwrap();
    let anchor = g::enums::messages::ExportedChatInvites::from_bytes(&bytes).unwrap();
    assert_eq!(
        anchor.to_bytes(),
        bytes,
        "both libraries must round-trip the same bytes"
    );

    let mut group = c.benchmark_group("messages.exportedChatInvites/100");
    group.bench_function("encode/tl-api", |b| b.iter(|| black_box(&ours).to_bytes()));
    group.bench_function("encode/grammers", |b| {
        b.iter(|| black_box(&anchor).to_bytes())
    });
    group.bench_function("decode/tl-api", |b| {
        b.iter(|| enums::messages::ExportedChatInvites::from_bytes(black_box(&bytes)))
    });
    group.bench_function("decode/grammers", |b| {
        b.iter(|| g::enums::messages::ExportedChatInvites::from_bytes(black_box(&bytes)))
    });
    group.finish();
}

criterion_group!(benches, bench_export, bench_invites);
criterion_main!(benches);
