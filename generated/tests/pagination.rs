//! Paging over synthetic pages: full, short, empty, stuck cursor, and the importers' cursor.

use tl_api::enums::messages::{ChatInviteImporters, ExportedChatInvites};
use tl_api::functions::messages::{GetChatInviteImporters, GetExportedChatInvites};
use tl_api::pagination::{PageError, PageStatus, PagedRequest, Pager};
use tl_api::{enums, types};

fn peer() -> enums::InputPeer {
    types::InputPeerChannel {
        channel_id: 1234567890,
        access_hash: -4638371920211275392,
    }
    .into()
}

fn invites_request(limit: i32) -> GetExportedChatInvites {
    GetExportedChatInvites::new(peer(), enums::InputUser::InputUserSelf, limit)
}

/// A page of invites numbered `from..to`, dated downwards as the server sorts them.
fn invites(from: i32, to: i32) -> ExportedChatInvites {
    let invites = (from..to)
        .map(|n| {
            let link = format!("https://t.me/+link{n}");
            types::ChatInviteExported::new(link, 42, 1_700_000_000 - n).into()
        })
        .collect();
    types::messages::ExportedChatInvites {
        count: 10,
        invites,
        users: Vec::new(),
    }
    .into()
}

#[test]
fn invites_page_until_a_short_page() {
    let mut pager = Pager::new(invites_request(4)).unwrap();
    let first = pager.next_request().unwrap().clone();
    // The trait is reachable, so callers can page their own requests the same way.
    assert_eq!((first.limit(), first.cursor()), (4, None));
    assert_eq!((first.offset_date, first.offset_link), (None, None));
    assert_eq!(pager.feed(&invites(0, 4)), Ok(PageStatus::More));
    let second = pager.next_request().unwrap().clone();
    assert_eq!(second.offset_date, Some(1_700_000_000 - 3));
    assert_eq!(second.offset_link.as_deref(), Some("https://t.me/+link3"));
    assert_eq!(second.limit, 4);
    assert_eq!(pager.feed(&invites(4, 8)), Ok(PageStatus::More));
    assert_eq!(
        pager.next_request().unwrap().offset_link.as_deref(),
        Some("https://t.me/+link7")
    );
    assert_eq!(pager.feed(&invites(8, 10)), Ok(PageStatus::Done));
    assert!(pager.is_done());
    assert!(pager.next_request().is_none());
    assert_eq!(pager.items_seen(), 10);
    assert_eq!(pager.feed(&invites(10, 11)), Err(PageError::Finished));
}

#[test]
fn invites_stop_on_an_empty_page() {
    let mut pager = Pager::new(invites_request(2)).unwrap();
    assert_eq!(pager.feed(&invites(0, 2)), Ok(PageStatus::More));
    assert_eq!(pager.feed(&invites(0, 0)), Ok(PageStatus::Done));
    assert!(pager.next_request().is_none());
    assert_eq!(pager.items_seen(), 2);
}

#[test]
fn a_cursor_that_does_not_advance_is_an_error() {
    let mut pager = Pager::new(invites_request(2)).unwrap();
    assert_eq!(pager.feed(&invites(0, 2)), Ok(PageStatus::More));
    let error = pager.feed(&invites(0, 2)).unwrap_err();
    assert!(matches!(error, PageError::StuckCursor { .. }), "{error:?}");
    assert!(error.to_string().contains("link1"), "{error}");
    assert!(pager.next_request().is_none());
}

#[test]
fn invite_requests_are_checked_first() {
    let mut half = invites_request(10);
    half.offset_date = Some(5);
    assert_eq!(Pager::new(half).unwrap_err(), PageError::HalfSetOffset);
    let mut half = invites_request(10);
    half.offset_link = Some("https://t.me/+x".into());
    assert_eq!(Pager::new(half).unwrap_err(), PageError::HalfSetOffset);
    for limit in [0, -1] {
        let error = Pager::new(invites_request(limit)).unwrap_err();
        assert_eq!(error, PageError::InvalidLimit { limit });
    }
    let mut pager = Pager::new(invites_request(1)).unwrap();
    let page: ExportedChatInvites = types::messages::ExportedChatInvites {
        count: 1,
        invites: vec![enums::ExportedChatInvite::ChatInvitePublicJoinRequests],
        users: Vec::new(),
    }
    .into();
    assert_eq!(pager.feed(&page), Err(PageError::NoCursor));
}

fn importers_request(limit: i32) -> GetChatInviteImporters {
    GetChatInviteImporters::new(peer(), 0, enums::InputUser::Empty, limit)
}

/// Importers with user ids `from..to`; `with_users` says whether the users come along.
fn importers(from: i64, to: i64, with_users: bool) -> ChatInviteImporters {
    let importers = (from..to)
        .map(|id| types::ChatInviteImporter::new(id, 1_600_000_000 - id as i32).into())
        .collect();
    let users = (from..to)
        .filter(|_| with_users)
        .map(|id| {
            let mut user = types::User::new(id);
            user.access_hash = Some(id * 1000);
            user.into()
        })
        .collect();
    types::messages::ChatInviteImporters {
        count: 5,
        importers,
        users,
    }
    .into()
}

#[test]
fn importers_continue_from_the_last_user() {
    let mut pager = Pager::new(importers_request(3)).unwrap();
    assert_eq!(pager.feed(&importers(1, 4, true)), Ok(PageStatus::More));
    let next = pager.next_request().unwrap();
    assert_eq!(next.offset_date, 1_600_000_000 - 3);
    let user = types::InputUser {
        user_id: 3,
        access_hash: 3000,
    };
    assert_eq!(next.offset_user, user.into());
    assert_eq!(pager.feed(&importers(4, 6, true)), Ok(PageStatus::Done));
    assert_eq!(pager.items_seen(), 5);
}

#[test]
fn importers_stop_on_empty_and_detect_stuck_and_missing_users() {
    let mut pager = Pager::new(importers_request(3)).unwrap();
    assert_eq!(pager.feed(&importers(0, 0, true)), Ok(PageStatus::Done));

    let mut pager = Pager::new(importers_request(2)).unwrap();
    assert_eq!(pager.feed(&importers(1, 3, true)), Ok(PageStatus::More));
    let stuck = pager.feed(&importers(1, 3, true)).unwrap_err();
    assert!(matches!(stuck, PageError::StuckCursor { .. }), "{stuck:?}");

    let mut pager = Pager::new(importers_request(2)).unwrap();
    let missing = pager.feed(&importers(1, 3, false));
    assert_eq!(missing, Err(PageError::MissingUser { user_id: 2 }));
}
