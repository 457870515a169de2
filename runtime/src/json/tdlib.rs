//! TDLib's JSON interface (`td_json_client`: `td_send`, `td_receive`, `td_execute`) around
//! bindings generated with TDLib's JSON convention (`tl_codegen::JsonConvention::Tdlib`,
//! the default for the TDLib/TON dialect).
//!
//! Generated structs already write TDLib's JSON: `{"@type":"getMe"}`, every object with
//! its `"@type"`, `int64` as strings, `bytes` as base64, an absent nullable object as
//! `null`. What a client adds around them is here:
//!
//! - [`Request`]: a function with the `"@extra"` TDLib echoes in its answer, so answers
//!   can be matched to requests;
//! - [`Answer`]: what `td_receive` (or `td_execute`) returns for a request: the object or
//!   a [`TdlibError`] (`{"@type":"error","code":400,"message":"..."}`), with the echoed
//!   `"@extra"` and the `"@client_id"` of the TDLib instance that answered. Something
//!   received without `"@extra"` is an update: read it as `Answer<enums::Update>`.
//!
//! ```ignore
//! let request = Request::with_extra(functions::TestSquareInt { x: 12 }, 7);
//! let text = serde_json::to_string(&request)?; // {"@type":"testSquareInt","x":12,"@extra":7}
//! // ... td_send(client_id, text); text = td_receive(timeout) ...
//! let answer: Answer<enums::TestInt> =
//!     serde_json::from_str(r#"{"@type":"testInt","value":144,"@extra":7,"@client_id":1}"#)?;
//! assert_eq!((answer.extra, answer.client_id), (Some(7.into()), Some(1)));
//! let enums::TestInt::TestInt(square) = answer.result?;
//! assert_eq!(square.value, 144);
//! ```

use std::fmt;

use ::serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny};
use ::serde::ser::Serializer;
use ::serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::trailing::serialize_with_trailing;

/// A request to TDLib: the function's JSON with `"@extra"` after its fields when set.
///
/// Reading accepts the function's object with or without `"@extra"` (what a TDLib
/// stand-in in a test reads).
#[derive(Debug, Clone, PartialEq)]
pub struct Request<F> {
    /// The function (a generated struct of `functions`).
    pub function: F,
    /// What TDLib echoes as the answer's `"@extra"`: any JSON value.
    pub extra: Option<Value>,
}

impl<F> Request<F> {
    /// A request without `"@extra"`.
    pub fn new(function: F) -> Self {
        Request {
            function,
            extra: None,
        }
    }

    /// A request whose answer will carry `extra` (a number, a string, any JSON value).
    pub fn with_extra(function: F, extra: impl Into<Value>) -> Self {
        Request {
            function,
            extra: Some(extra.into()),
        }
    }
}

impl<F: Serialize> Serialize for Request<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let extra: Vec<(&'static str, Value)> =
            self.extra.iter().map(|e| ("@extra", e.clone())).collect();
        serialize_with_trailing(&self.function, &extra, serializer)
    }
}

impl<'de, F: DeserializeOwned> Deserialize<'de> for Request<F> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Map::deserialize(deserializer)?;
        let extra = object.remove("@extra");
        let function = from_object(object)?;
        Ok(Request { function, extra })
    }
}

/// TDLib's `error`: the answer to a request that failed (`code` 400 for a bad request, 404
/// for something not found, 406 for an error not to show to the user, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "@type", rename = "error")]
pub struct TdlibError {
    /// The error code (TDLib documents it as subject to change).
    pub code: i32,
    /// The error message (likewise).
    pub message: String,
}

impl fmt::Display for TdlibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TDLib error {}: {}", self.code, self.message)
    }
}

impl std::error::Error for TdlibError {}

/// What TDLib answers (or sends as an update): the object or an error, and the
/// `"@extra"` and `"@client_id"` around it.
///
/// Reading: `"@type": "error"` is the error, anything else is read as `T` (a generated
/// enum or struct, or `serde_json::Value`), with the path of a failing field in the
/// message. A method whose result type is `Error` (`testReturnError`) is therefore always
/// answered with `Err`. Writing puts the object's fields first, then `"@extra"` and
/// `"@client_id"` when set.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer<T> {
    /// The object, or the error TDLib answered with.
    pub result: Result<T, TdlibError>,
    /// The `"@extra"` of the request this answers; `None` for an update.
    pub extra: Option<Value>,
    /// The TDLib instance that answered (`td_create_client_id`); `None` from `td_execute`.
    pub client_id: Option<i32>,
}

impl<T> Answer<T> {
    /// The object, or the error.
    pub fn into_result(self) -> Result<T, TdlibError> {
        self.result
    }
}

impl<T: Serialize> Serialize for Answer<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut trailing = Vec::new();
        if let Some(extra) = &self.extra {
            trailing.push(("@extra", extra.clone()));
        }
        if let Some(client_id) = self.client_id {
            trailing.push(("@client_id", Value::from(client_id)));
        }
        match &self.result {
            Ok(value) => serialize_with_trailing(value, &trailing, serializer),
            Err(error) => serialize_with_trailing(error, &trailing, serializer),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Answer<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Map::deserialize(deserializer)?;
        let extra = object.remove("@extra");
        let client_id = match object.remove("@client_id") {
            Some(id) => Some(i32::deserialize(id).map_err(de::Error::custom)?),
            None => None,
        };
        let result = match object.get("@type").and_then(Value::as_str) {
            Some("error") => Err(from_object(object)?),
            _ => Ok(from_object(object)?),
        };
        Ok(Answer {
            result,
            extra,
            client_id,
        })
    }
}

/// Reads a `T` from a buffered object; a failure names the path of the field
/// (`entities[1].type: ...`).
fn from_object<T: DeserializeOwned, E: de::Error>(object: Map<String, Value>) -> Result<T, E> {
    serde_path_to_error::deserialize(Value::Object(object)).map_err(|error| {
        let path = error.path().to_string();
        match path.as_str() {
            "." => E::custom(error.into_inner()),
            _ => E::custom(format_args!("{path}: {}", error.into_inner())),
        }
    })
}

/// Reads an object of a constructor without fields, ignoring whatever it holds besides
/// its `"@type"` (TDLib ignores unknown fields too). Plumbing for generated enums.
#[doc(hidden)]
pub fn deserialize_unit<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
    IgnoredAny::deserialize(d).map(|_| ())
}

#[cfg(test)]
mod tests;
