//! Borrowed views (`tl_api::borrowed`, feature `borrowed`) against the owned types, on
//! every golden vector of a type or method with a view (`tests/vectors/invites.jsonl`):
//!
//! - the view decodes what the owned type decodes, and `into_owned` is that value;
//! - its text and bytes point into the input (no copy);
//! - it re-encodes to the vector's bytes;
//! - every cut of the vector (and one extra byte) is an error in both, the same error.
//!
//! Random values are in `props.rs` (`borrowed_*`).

use serde_json::Value;
use tl_api::borrowed;
use tl_api::{enums, functions};
use tl_runtime::{Decode, DecodeOwned, Encode, IntoOwned};

const VECTORS: &str = include_str!("../vectors/invites.jsonl");

/// `(name, TL name, bytes)` of every vector.
fn vectors() -> Vec<(String, String, Vec<u8>)> {
    VECTORS
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("vector line is JSON");
            let hex = v["hex"].as_str().expect("hex");
            let bytes = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digit"))
                .collect();
            let name = v["name"].as_str().expect("name").to_owned();
            (name, v["tl"]["_"].as_str().expect("`_`").to_owned(), bytes)
        })
        .collect()
}

/// The checks of the module docs for one vector, `O` owned and `V` its view; `longer` is
/// the vector and one more byte.
fn agree<'a, O, V>(name: &str, bytes: &'a [u8], longer: &'a [u8])
where
    O: DecodeOwned + Encode + PartialEq + std::fmt::Debug,
    V: Decode<'a> + Encode + IntoOwned<Owned = O> + std::fmt::Debug,
{
    let owned = O::from_bytes(bytes).unwrap_or_else(|e| panic!("{name}: owned: {e}"));
    let view = V::from_bytes(bytes).unwrap_or_else(|e| panic!("{name}: view: {e}"));
    assert_eq!(
        view.to_bytes().unwrap(),
        bytes,
        "{name}: the view re-encodes"
    );
    assert_eq!(view.encoded_len(), Ok(bytes.len()), "{name}: length");
    assert_eq!(view.into_owned(), owned, "{name}: into_owned");
    for cut in 0..bytes.len() {
        let owned = O::from_bytes(&bytes[..cut]).map(drop);
        let view = V::from_bytes(&bytes[..cut]).map(drop);
        assert!(owned.is_err(), "{name} cut at {cut}: owned decodes");
        assert_eq!(view, owned, "{name} cut at {cut}");
    }
    let owned = O::from_bytes(longer).map(drop);
    assert!(owned.is_err());
    assert_eq!(
        V::from_bytes(longer).map(drop),
        owned,
        "{name}: trailing byte"
    );
}

#[test]
fn views_agree_with_the_owned_types_on_every_vector() {
    use borrowed::enums as ve;
    use borrowed::functions::messages as vf;
    use functions::messages as f;
    let mut checked = 0;
    for (name, tl, bytes) in vectors() {
        let longer = [&bytes[..], &[0]].concat();
        let (bytes, longer) = (&bytes[..], &longer[..]);
        match tl.as_str() {
            "messages.exportChatInvite" => {
                agree::<f::ExportChatInvite, vf::ExportChatInvite>(&name, bytes, longer)
            }
            "messages.editExportedChatInvite" => {
                agree::<f::EditExportedChatInvite, vf::EditExportedChatInvite>(&name, bytes, longer)
            }
            "messages.getExportedChatInvites" => {
                agree::<f::GetExportedChatInvites, vf::GetExportedChatInvites>(&name, bytes, longer)
            }
            "messages.getExportedChatInvite" => {
                agree::<f::GetExportedChatInvite, vf::GetExportedChatInvite>(&name, bytes, longer)
            }
            "messages.deleteExportedChatInvite" => agree::<
                f::DeleteExportedChatInvite,
                vf::DeleteExportedChatInvite,
            >(&name, bytes, longer),
            "messages.getChatInviteImporters" => {
                agree::<f::GetChatInviteImporters, vf::GetChatInviteImporters>(&name, bytes, longer)
            }
            "chatInviteExported" | "chatInvitePublicJoinRequests" => {
                agree::<enums::ExportedChatInvite, ve::ExportedChatInvite>(&name, bytes, longer)
            }
            "messages.exportedChatInvite" | "messages.exportedChatInviteReplaced" => {
                agree::<enums::messages::ExportedChatInvite, ve::messages::ExportedChatInvite>(
                    &name, bytes, longer,
                )
            }
            "messages.exportedChatInvites" => agree::<
                enums::messages::ExportedChatInvites,
                ve::messages::ExportedChatInvites,
            >(&name, bytes, longer),
            "messages.chatAdminsWithInvites" => agree::<
                enums::messages::ChatAdminsWithInvites,
                ve::messages::ChatAdminsWithInvites,
            >(&name, bytes, longer),
            "messages.chatInviteImporters" => agree::<
                enums::messages::ChatInviteImporters,
                ve::messages::ChatInviteImporters,
            >(&name, bytes, longer),
            // No text: no view (the owned type is its own view).
            _ => continue,
        }
        checked += 1;
    }
    assert!(checked >= 25, "checked {checked} vectors");
}

/// The text of a decoded view is a slice of the input.
#[test]
fn view_text_points_into_the_input() {
    let (name, _, bytes) = vectors()
        .into_iter()
        .filter(|(_, tl, _)| tl == "messages.exportedChatInvites")
        .max_by_key(|(_, _, bytes)| bytes.len())
        .expect("an exportedChatInvites vector");
    let view = borrowed::enums::messages::ExportedChatInvites::from_bytes(&bytes).unwrap();
    let borrowed::enums::messages::ExportedChatInvites::ExportedChatInvites(page) = view;
    let inside = |text: &str| {
        let range = bytes.as_ptr_range();
        range.contains(&text.as_ptr()) || text.is_empty()
    };
    let mut links = 0;
    for invite in &page.invites {
        if let borrowed::enums::ExportedChatInvite::ChatInviteExported(invite) = invite {
            assert!(inside(invite.link), "{name}: {} copied", invite.link);
            links += 1;
        }
    }
    assert!(links > 0, "{name} has links");
}

/// A view of a call answers with the owned return type, through the envelopes.
#[test]
fn a_view_of_a_call_decodes_its_answer_owned() {
    use tl_runtime::RemoteCall;
    let answer = enums::ExportedChatInvite::ChatInvitePublicJoinRequests
        .to_bytes()
        .unwrap();
    let back = borrowed::functions::messages::ExportChatInvite::decode_answer(&answer).unwrap();
    assert_eq!(
        back,
        enums::ExportedChatInvite::ChatInvitePublicJoinRequests
    );
}
