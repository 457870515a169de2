//! One request to the real TDLib and its answer, both through the generated types, and
//! checked twice over:
//!
//! - every object sent or received (each `"@type"`, at any depth) names a definition
//!   whose constructor id, computed here from the zoo's `td_api.tl`, is the one TDLib
//!   1.8.69 has (`tdlib-1.8.69.ids.tsv`): both sides mean the same fields and types;
//! - the answer, read into the generated types and written again, is the JSON TDLib sent
//!   (less `"@extra"` and `"@client_id"`, which [`Answer`] holds, and less the `null`s we
//!   write where TDLib leaves a nullable object out): nothing TDLib said was lost or
//!   changed on the way through the types.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{LazyLock, Once};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use tl_runtime::json::tdlib::{Answer, Request, TdlibError};
use tl_runtime::RemoteCall;

use crate::client::{receive_answer, wait_closed};
use crate::ids::GENERATED;
use crate::td_api::{enums, functions};
use crate::tdjson::{tdjson, Tdjson};

/// A request as sent, the answer as received, and the answer read.
#[derive(Debug)]
pub struct Exchange<T> {
    /// The request's JSON.
    pub sent: String,
    /// TDLib's answer, as it came.
    pub received: String,
    /// The answer in the generated types.
    pub answer: Answer<T>,
}

impl<T: std::fmt::Debug> Exchange<T> {
    /// The answer's object; a panic showing the exchange when TDLib answered an error.
    pub fn ok(self) -> T {
        match self.answer.result {
            Ok(value) => value,
            Err(error) => panic!(
                "{error}\n  sent: {}\n  received: {}",
                self.sent, self.received
            ),
        }
    }

    /// The error TDLib answered; a panic when it answered an object.
    pub fn error(self) -> TdlibError {
        match self.answer.result {
            Err(error) => error,
            Ok(value) => panic!("expected an error, got {value:?}\n  sent: {}", self.sent),
        }
    }
}

/// TDLib 1.8.69's constructor ids by TL name (extracted from the library's symbols by
/// `extract-ids.py`).
pub static TDLIB_IDS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let table = include_str!("../tdlib-1.8.69.ids.tsv");
    let line = |line: &'static str| {
        let (name, id) = line.split_once('\t').expect("name<TAB>id");
        (name, u32::from_str_radix(id, 16).expect("hex id"))
    };
    table.lines().map(line).collect()
});

/// The ids of the generated definitions by TL name.
static OUR_IDS: LazyLock<HashMap<&'static str, u32>> =
    LazyLock::new(|| GENERATED.iter().copied().collect());

/// Panics unless every `"@type"` in `json` names a definition with the same id here and
/// in TDLib 1.8.69.
pub fn assert_agreed(json: &Value) {
    match json {
        Value::Object(object) => {
            if let Some(Value::String(name)) = object.get("@type") {
                let ours = OUR_IDS.get(name.as_str());
                let theirs = TDLIB_IDS.get(name.as_str());
                assert!(
                    ours.is_some() && ours == theirs,
                    "`{name}`: id {ours:x?} here, {theirs:x?} in TDLib 1.8.69"
                );
            }
            object.values().for_each(assert_agreed);
        }
        Value::Array(items) => items.iter().for_each(assert_agreed),
        _ => {}
    }
}

/// `value` without the entries whose value is `null`, at any depth.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(object) => {
            let kept = object.into_iter().filter(|(_, v)| !v.is_null());
            Value::Object(
                kept.map(|(k, v)| (k, without_nulls(v)))
                    .collect::<Map<_, _>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// Checks both ways of an exchange (see the module docs) and returns it.
fn checked<T: Serialize + DeserializeOwned>(sent: String, received: String) -> Exchange<T> {
    let request: Value = serde_json::from_str(&sent).expect("the request is JSON");
    assert_agreed(&request);
    let mut raw: Value = serde_json::from_str(&received).expect("TDLib answers JSON");
    assert_agreed(&raw);
    let answer: Answer<T> = serde_json::from_str(&received)
        .unwrap_or_else(|error| panic!("{error}\n  received: {received}"));
    let object = raw.as_object_mut().expect("an object");
    object.remove("@extra");
    object.remove("@client_id");
    let again = match &answer.result {
        Ok(value) => serde_json::to_value(value),
        Err(error) => serde_json::to_value(error),
    };
    assert_eq!(
        without_nulls(again.expect("the answer serializes")),
        without_nulls(raw),
        "the answer read and written again differs from TDLib's"
    );
    Exchange {
        sent,
        received,
        answer,
    }
}

/// The library, told first (once) to log nothing but fatal errors: TDLib logs to stderr,
/// which the test harness does not capture.
fn td() -> &'static Tdjson {
    static QUIET: Once = Once::new();
    let tdjson = tdjson();
    QUIET.call_once(|| {
        let quiet = functions::SetLogVerbosityLevel {
            new_verbosity_level: 0,
        };
        let request = serde_json::to_string(&Request::new(quiet)).expect("serializes");
        let answer = tdjson.execute(&request).expect("an answer");
        let answer: Answer<enums::Ok> = serde_json::from_str(&answer).expect("ok");
        assert_eq!(answer.result, Ok(enums::Ok::Ok));
    });
    tdjson
}

/// Runs `function` with `td_execute` (methods TDLib documents as "Can be called
/// synchronously").
pub fn execute<F>(function: F) -> Exchange<F::Return>
where
    F: RemoteCall + Serialize,
    F::Return: Serialize + DeserializeOwned,
{
    let sent = serde_json::to_string(&Request::new(&function)).expect("serializes");
    let received = td().execute(&sent).expect("td_execute answers");
    checked(sent, received)
}

/// A TDLib instance (`td_create_client_id`), asked with `td_send`, answered through
/// `td_receive`; closed when dropped.
pub struct Client {
    /// Its `"@client_id"`.
    pub id: i32,
    closed: bool,
}

impl Client {
    /// A new instance. It answers the offline `test*` methods at once; most others wait
    /// for `setTdlibParameters` (they are answered with an error code 400 until then).
    pub fn new() -> Client {
        Client {
            id: td().create_client_id(),
            closed: false,
        }
    }

    /// `close`, then waits for the instance to say it is closed.
    pub fn close(&mut self) -> Exchange<enums::Ok> {
        let exchange = self.call(functions::Close {});
        wait_closed(self.id);
        self.closed = true;
        exchange
    }

    /// Sends `function` with a fresh `"@extra"` and waits for its answer, which must
    /// carry the same `"@extra"` and this instance's `"@client_id"`.
    pub fn call<F>(&self, function: F) -> Exchange<F::Return>
    where
        F: RemoteCall + Serialize,
        F::Return: Serialize + DeserializeOwned + std::fmt::Debug,
    {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let extra = Value::from(format!("call-{}", NEXT.fetch_add(1, Ordering::Relaxed)));
        let request = Request::with_extra(&function, extra.clone());
        let sent = serde_json::to_string(&request).expect("serializes");
        td().send(self.id, &sent);
        let exchange: Exchange<F::Return> = checked(sent, receive_answer(&extra));
        assert_eq!(exchange.answer.extra.as_ref(), Some(&extra));
        assert_eq!(exchange.answer.client_id, Some(self.id));
        exchange
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if !self.closed && !std::thread::panicking() {
            self.close();
        }
    }
}

impl Default for Client {
    fn default() -> Self {
        Client::new()
    }
}
