//! Paging through `messages.getExportedChatInvites` and `messages.getChatInviteImporters`
//! without a network: the caller sends [`Pager::next_request`] and hands the answer to
//! [`Pager::feed`], which builds the next request from the last item of the page.
//!
//! - Invites: `offset_date` = the last invite's `date`, `offset_link` = its `link`. The two
//!   share one flag bit, so they are always set together (a first request with only one of
//!   them is rejected by [`Pager::new`]).
//! - Importers: `offset_date` = the last importer's `date`, `offset_user` = that user as an
//!   `inputUser` (its `access_hash` found in the page's `users`).
//!
//! Paging stops after an empty page or a page shorter than the request's `limit`. A page
//! whose last item gives the cursor the request already had would repeat forever: that is
//! [`PageError::StuckCursor`].

use std::fmt;

use tl_runtime::Encode;

use crate::enums::messages::{ChatInviteImporters, ExportedChatInvites};
use crate::enums::{ChatInviteImporter, ExportedChatInvite, InputUser, User};
use crate::functions::messages::{GetChatInviteImporters, GetExportedChatInvites};
use crate::types;

/// A request that pages with a cursor taken from the last item of its answer.
pub trait PagedRequest: Clone {
    /// The answer: one page.
    type Page;
    /// Where the next page starts.
    type Cursor: Clone + fmt::Debug;
    /// The most items one page may hold.
    fn limit(&self) -> i32;
    /// The cursor this request starts from (`None`: the first page).
    fn cursor(&self) -> Option<Self::Cursor>;
    /// Makes the request start from `cursor`.
    fn set_cursor(&mut self, cursor: Self::Cursor);
    /// The number of items in `page` and the cursor after its last item (`None` when empty).
    fn last_cursor(page: &Self::Page) -> Result<(usize, Option<Self::Cursor>), PageError>;
    /// Whether two cursors start the same page (a server answering with the cursor it was
    /// asked for would be asked the same forever).
    fn same_cursor(a: &Self::Cursor, b: &Self::Cursor) -> bool;
    /// Checks a first request beyond its limit (by default, nothing more).
    fn check_first(&self) -> Result<(), PageError> {
        Ok(())
    }
}

/// Why paging cannot go on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageError {
    /// The request's `limit` is not positive: no page could ever be full.
    InvalidLimit {
        /// The limit found.
        limit: i32,
    },
    /// Only one of `offset_date` and `offset_link` is set; they share a flag bit.
    HalfSetOffset,
    /// The last item of a page gives the cursor the request already started from.
    StuckCursor {
        /// The cursor, as text.
        cursor: String,
    },
    /// The last item of an invite page is `chatInvitePublicJoinRequests`, which has no date
    /// or link to continue from.
    NoCursor,
    /// The last importer's user is not among the page's users with an access hash.
    MissingUser {
        /// The importer's user id.
        user_id: i64,
    },
    /// [`Pager::feed`] was called after paging had finished.
    Finished,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidLimit { limit } => {
                write!(f, "expected a positive page limit, found {limit}")
            }
            Self::HalfSetOffset => write!(
                f,
                "expected offset_date and offset_link both set or both unset, found one"
            ),
            Self::StuckCursor { cursor } => write!(
                f,
                "expected the cursor to advance, found the same cursor again: {cursor}"
            ),
            Self::NoCursor => write!(
                f,
                "expected the last invite of a page to be chatInviteExported, found chatInvitePublicJoinRequests"
            ),
            Self::MissingUser { user_id } => write!(
                f,
                "expected user {user_id} with an access hash in the page's users, found none"
            ),
            Self::Finished => write!(f, "expected no more pages, found another one"),
        }
    }
}

impl std::error::Error for PageError {}

/// Whether another page should be requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStatus {
    /// Send [`Pager::next_request`] for the next page.
    More,
    /// That was the last page.
    Done,
}

/// Walks the pages of a [`PagedRequest`].
#[derive(Debug, Clone)]
pub struct Pager<R> {
    request: R,
    done: bool,
    seen: usize,
}

impl<R: PagedRequest> Pager<R> {
    /// Starts from `first` (usually with no cursor), after checking its limit and
    /// [`PagedRequest::check_first`].
    pub fn new(first: R) -> Result<Self, PageError> {
        if first.limit() <= 0 {
            return Err(PageError::InvalidLimit {
                limit: first.limit(),
            });
        }
        first.check_first()?;
        Ok(Pager {
            request: first,
            done: false,
            seen: 0,
        })
    }

    /// The request for the next page, or `None` when paging has finished.
    pub fn next_request(&self) -> Option<&R> {
        (!self.done).then_some(&self.request)
    }

    /// Whether paging has finished.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// How many items the fed pages held.
    pub fn items_seen(&self) -> usize {
        self.seen
    }

    /// Takes the answer to [`Pager::next_request`] and prepares the request after it.
    pub fn feed(&mut self, page: &R::Page) -> Result<PageStatus, PageError> {
        if self.done {
            return Err(PageError::Finished);
        }
        let (len, cursor) = R::last_cursor(page)?;
        self.seen += len;
        let Some(cursor) = cursor else {
            self.done = true;
            return Ok(PageStatus::Done);
        };
        let stuck = self
            .request
            .cursor()
            .is_some_and(|c| R::same_cursor(&c, &cursor));
        if stuck {
            self.done = true;
            return Err(PageError::StuckCursor {
                cursor: format!("{cursor:?}"),
            });
        }
        self.request.set_cursor(cursor);
        if len < self.request.limit() as usize {
            self.done = true;
            return Ok(PageStatus::Done);
        }
        Ok(PageStatus::More)
    }
}

impl PagedRequest for GetExportedChatInvites {
    type Page = ExportedChatInvites;
    /// `(offset_date, offset_link)`.
    type Cursor = (i32, String);

    fn limit(&self) -> i32 {
        self.limit
    }

    fn cursor(&self) -> Option<Self::Cursor> {
        Some((self.offset_date?, self.offset_link.clone()?))
    }

    fn set_cursor(&mut self, (date, link): Self::Cursor) {
        self.offset_date = Some(date);
        self.offset_link = Some(link);
    }

    fn same_cursor(a: &Self::Cursor, b: &Self::Cursor) -> bool {
        a == b
    }

    /// `offset_date` and `offset_link` share a flag bit: both or neither.
    fn check_first(&self) -> Result<(), PageError> {
        if self.offset_date.is_some() != self.offset_link.is_some() {
            return Err(PageError::HalfSetOffset);
        }
        Ok(())
    }

    fn last_cursor(page: &Self::Page) -> Result<(usize, Option<Self::Cursor>), PageError> {
        let ExportedChatInvites::ExportedChatInvites(page) = page;
        let cursor = match page.invites.last() {
            None => None,
            Some(ExportedChatInvite::ChatInviteExported(last)) => {
                Some((last.date, last.link.clone()))
            }
            Some(ExportedChatInvite::ChatInvitePublicJoinRequests) => {
                return Err(PageError::NoCursor)
            }
        };
        Ok((page.invites.len(), cursor))
    }
}

impl PagedRequest for GetChatInviteImporters {
    type Page = ChatInviteImporters;
    /// `(offset_date, offset_user)`.
    type Cursor = (i32, InputUser);

    fn limit(&self) -> i32 {
        self.limit
    }

    fn cursor(&self) -> Option<Self::Cursor> {
        Some((self.offset_date, self.offset_user.clone()))
    }

    fn set_cursor(&mut self, (date, user): Self::Cursor) {
        self.offset_date = date;
        self.offset_user = user;
    }

    /// Two TL values are the same value exactly when their encodings are the same bytes.
    fn same_cursor(a: &Self::Cursor, b: &Self::Cursor) -> bool {
        a.0 == b.0 && a.1.to_bytes().ok() == b.1.to_bytes().ok()
    }

    fn last_cursor(page: &Self::Page) -> Result<(usize, Option<Self::Cursor>), PageError> {
        let ChatInviteImporters::ChatInviteImporters(page) = page;
        let Some(ChatInviteImporter::ChatInviteImporter(last)) = page.importers.last() else {
            return Ok((0, None));
        };
        let access_hash = page.users.iter().find_map(|user| match user {
            User::User(user) if user.id == last.user_id => user.access_hash,
            _ => None,
        });
        let Some(access_hash) = access_hash else {
            return Err(PageError::MissingUser {
                user_id: last.user_id,
            });
        };
        let user = types::InputUser {
            user_id: last.user_id,
            access_hash,
        };
        Ok((page.importers.len(), Some((last.date, user.into()))))
    }
}
