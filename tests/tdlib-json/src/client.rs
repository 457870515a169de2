//! Reading what TDLib instances send (`td_receive`, one reader at a time, as TDLib
//! requires) and handing each answer to the request whose `"@extra"` it carries.
//!
//! Tests run on several threads and share the one receive queue of the library, so
//! whatever a reader receives for someone else is kept in the inbox: answers by their
//! `"@extra"`, updates (no `"@extra"`) in order.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::tdjson::tdjson;

/// What was received and not yet claimed.
#[derive(Default)]
struct Inbox {
    /// Answers by the JSON text of their `"@extra"`.
    answers: HashMap<String, String>,
    /// Everything received without `"@extra"`, in order.
    updates: Vec<String>,
}

static INBOX: LazyLock<Mutex<Inbox>> = LazyLock::new(Mutex::default);

/// How long a test waits for one answer before failing.
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// Receives into the inbox until `found` finds what it looks for in it; a panic naming
/// `what` after [`ANSWER_TIMEOUT`].
fn receive_until<T>(what: &str, mut found: impl FnMut(&mut Inbox) -> Option<T>) -> T {
    let deadline = Instant::now() + ANSWER_TIMEOUT;
    let mut inbox = INBOX
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    loop {
        if let Some(value) = found(&mut inbox) {
            return value;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "no {what} within {ANSWER_TIMEOUT:?}");
        // Short waits, so that no reader holds the lock long.
        let Some(text) = tdjson().receive(left.as_secs_f64().min(0.1)) else {
            continue;
        };
        let message: Value = serde_json::from_str(&text).expect("TDLib sends JSON objects");
        match message.get("@extra") {
            Some(extra) => {
                inbox.answers.insert(extra.to_string(), text);
            }
            None => inbox.updates.push(text),
        }
    }
}

/// The answer whose `"@extra"` is `extra`.
pub fn receive_answer(extra: &Value) -> String {
    let wanted = extra.to_string();
    let what = format!("answer with \"@extra\": {wanted}");
    receive_until(&what, |inbox| inbox.answers.remove(&wanted))
}

/// Waits for instance `client_id` to report `authorizationStateClosed` (after `close`):
/// an instance still running when the process exits may crash TDLib's teardown.
pub fn wait_closed(client_id: i32) {
    let closed = |text: &String| {
        let update: Value = serde_json::from_str(text).expect("JSON");
        update["@type"] == "updateAuthorizationState"
            && update["@client_id"] == client_id
            && update["authorization_state"]["@type"] == "authorizationStateClosed"
    };
    let what = format!("authorizationStateClosed of instance {client_id}");
    receive_until(&what, |inbox| {
        inbox.updates.iter().any(closed).then_some(())
    });
}

/// The updates received so far (messages without `"@extra"`), in order.
pub fn updates() -> Vec<String> {
    let inbox = INBOX
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    inbox.updates.clone()
}
