//! Inputs of the `anchors` benchmark (`benches/anchors.rs`): the same bytes for every
//! library, so each group compares equal work.
//!
//! * [`seed`]: the three seed requests, read from the golden vectors
//!   (`tests/vectors/invites.jsonl`);
//! * [`invites100`]: a `messages.exportedChatInvites` with 100 invites and 100 users,
//!   built once with our bindings;
//! * [`proto`]: the same types written with `tl-proto`'s derive macros (our code);
//! * [`proto_borrowed`]: those types in `tl-proto`'s borrowed mode (`&'tl str`,
//!   `&'tl [u8]` pointing into the input);
//! * [`schema`]: the whole-layer generation run by `schema_generate`;
//! * [`zerocopy`]: the invite set generated with `Bytes`/`SharedStr` fields, for
//!   `ours-zerocopy`.
//!
//! Every anchor value the benchmark encodes is obtained by decoding these bytes with
//! that library; `tests/same_bytes.rs` checks that it re-encodes them identically.

pub mod proto;
/// `tl-proto`'s borrowed mode: the [`proto`] types with `&'tl str` and `&'tl [u8]` fields.
pub mod proto_borrowed;
pub mod schema;
pub mod zerocopy;

use tl_api::{enums, types};

/// The workspace root (where `schema/` and `tests/` are).
pub fn workspace_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The bytes of the golden vector named `name` (e.g. `messages.exportChatInvite/seed`).
///
/// # Panics
/// If the vector file cannot be read or has no such vector.
pub fn golden(name: &str) -> Vec<u8> {
    let path = workspace_root().join("tests/vectors/invites.jsonl");
    let text = std::fs::read_to_string(&path).expect("tests/vectors/invites.jsonl");
    let line = text
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("a JSON line"))
        .find(|vector| vector["name"] == name)
        .unwrap_or_else(|| panic!("no golden vector named {name}"));
    let hex = line["hex"].as_str().expect("a hex field");
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits"))
        .collect()
}

/// The seed requests: (benchmark group suffix, golden vector name).
pub const SEEDS: [(&str, &str); 3] = [
    ("export", "messages.exportChatInvite/seed"),
    ("edit", "messages.editExportedChatInvite/seed"),
    ("get", "messages.getExportedChatInvites/seed"),
];

/// The bytes of one seed request by its group suffix (`export`, `edit`, `get`).
pub fn seed(which: &str) -> Vec<u8> {
    let (_, name) = SEEDS
        .iter()
        .find(|(suffix, _)| *suffix == which)
        .unwrap_or_else(|| panic!("no seed {which}"));
    golden(name)
}

const LINK: &str = "https://t.me/+AbCdEfGhIjKlMnOp";
const NAMES: [&str; 5] = ["Alice", "Bob", "Carol", "Dmitri", "Ėva"];

/// Invite `i`: the required fields and a mix of the optional ones.
fn invite(i: usize) -> enums::ExportedChatInvite {
    let n = i as i32;
    let mut inv =
        types::ChatInviteExported::new(format!("{LINK}{i}"), 1000 + i as i64, 1_700_000_000 + n);
    inv.revoked = i.is_multiple_of(7);
    inv.permanent = i.is_multiple_of(10);
    inv.request_needed = i.is_multiple_of(3);
    inv.start_date = i.is_multiple_of(4).then_some(1_700_000_100 + n);
    inv.expire_date = i.is_multiple_of(2).then_some(1_800_000_000 + n);
    inv.usage_limit = (i % 3 != 1).then_some(100 + n);
    inv.usage = Some(n);
    inv.requested = i.is_multiple_of(5).then_some(n / 2);
    inv.subscription_expired = i.is_multiple_of(9).then_some(3);
    inv.title = (i % 2 == 1).then(|| format!("Invite link number {i} for the club"));
    inv.subscription_pricing = i.is_multiple_of(6).then(|| {
        types::StarsSubscriptionPricing {
            period: 2_592_000,
            amount: 250 + i as i64,
        }
        .into()
    });
    inv.into()
}

/// User `i`: a few flags and strings.
fn user(i: usize) -> enums::User {
    let mut user = types::User::new(5_000_000_000 + i as i64);
    user.contact = i.is_multiple_of(2);
    user.bot = i.is_multiple_of(11);
    user.bot_info_version = user.bot.then_some(7);
    user.premium = i.is_multiple_of(4);
    user.close_friend = i.is_multiple_of(8);
    user.access_hash = Some(-4_638_371_920_211_275_392 + i as i64);
    user.first_name = Some(NAMES[i % NAMES.len()].to_owned());
    user.last_name = (!i.is_multiple_of(3)).then(|| format!("Surname{i}"));
    user.username = (i % 2 == 1).then(|| format!("user_{i}_name"));
    user.phone = i.is_multiple_of(5).then(|| format!("4470000{i:05}"));
    user.status = Some(if i.is_multiple_of(2) {
        types::UserStatusOffline {
            was_online: 1_700_000_000 + i as i32,
        }
        .into()
    } else {
        types::UserStatusRecently {
            by_me: i.is_multiple_of(3),
        }
        .into()
    });
    user.into()
}

/// `messages.exportedChatInvites` with `n` invites and `n` users (our value).
pub fn invites(n: usize) -> enums::messages::ExportedChatInvites {
    types::messages::ExportedChatInvites {
        count: n as i32,
        invites: (0..n).map(invite).collect(),
        users: (0..n).map(user).collect(),
    }
    .into()
}

/// The bytes of [`invites`]`(100)`: the input of `decode_invites100`.
pub fn invites100() -> Vec<u8> {
    use tl_runtime::Encode as _;
    invites(100).to_bytes().expect("a valid value")
}
