//! Every error of the runtime prints each message once: a reporter that prints an error and
//! then its chain of [`source`](Error::source)s (as `anyhow` or `eyre` do) never repeats a
//! message. A wrapper that prints the error inside (`CallError`, `JsonError::Decode`)
//! returns that error's own source, not the error itself.

use std::error::Error;
use std::fmt;

use tl_runtime::{CallError, DecodeError, DecodeErrorKind, EncodeError, RpcError};

/// The messages of `error` and of its sources, outermost first. Fails when a message is
/// empty or contains one that comes after it (the same text printed twice).
fn chain(error: &dyn Error) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    let mut source = error.source();
    while let Some(inner) = source {
        messages.push(inner.to_string());
        source = inner.source();
    }
    for (i, outer) in messages.iter().enumerate() {
        assert!(!outer.is_empty(), "{messages:?}");
        for inner in &messages[i + 1..] {
            assert!(
                !outer.contains(inner.as_str()),
                "printed twice: {messages:?}"
            );
        }
    }
    messages
}

fn decode_error() -> DecodeError {
    let kind = DecodeErrorKind::UnexpectedEnd {
        offset: 8,
        needed: 4,
        remaining: 1,
    };
    DecodeError::from(kind)
        .in_field("error_code")
        .in_constructor("rpc_error")
}

#[test]
fn decode_errors_print_path_and_reason_once() {
    let error = decode_error();
    assert_eq!(
        chain(&error),
        ["rpc_error.error_code: expected 4 more bytes at byte offset 8, found only 1"]
    );
    let kind = error.kind().clone();
    assert_eq!(chain(&kind), [kind.to_string()]);
}

#[test]
fn encode_and_rpc_errors_have_no_source() {
    let errors = [
        EncodeError::BufferTooSmall {
            needed: 8,
            remaining: 4,
        },
        EncodeError::StringTooLong { len: 1 << 24 },
        EncodeError::VectorTooLong { len: 1 << 31 },
        EncodeError::NullObject,
    ];
    for error in errors {
        assert_eq!(chain(&error).len(), 1, "{error}");
    }
    assert_eq!(
        chain(&RpcError::new(420, "FLOOD_WAIT_17")),
        ["rpc error 420: FLOOD_WAIT_17"]
    );
}

/// A method's error type whose variants have a cause of their own.
#[derive(Debug)]
struct Refused(RpcError);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the server refused the call")
    }
}

impl Error for Refused {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

#[test]
fn a_call_error_is_the_error_inside() {
    let decode: CallError<RpcError> = CallError::Decode(decode_error());
    assert_eq!(chain(&decode), [decode_error().to_string()]);
    let rpc: CallError<RpcError> = CallError::Rpc(RpcError::new(400, "PEER_ID_INVALID"));
    assert_eq!(chain(&rpc), ["rpc error 400: PEER_ID_INVALID"]);
    // The chain continues with the sources of the error inside, each printed once.
    let refused = CallError::Rpc(Refused(RpcError::new(403, "CHAT_WRITE_FORBIDDEN")));
    assert_eq!(
        chain(&refused),
        [
            "the server refused the call",
            "rpc error 403: CHAT_WRITE_FORBIDDEN"
        ]
    );
}

#[cfg(feature = "json")]
#[test]
fn json_errors_print_the_error_inside_once() {
    use tl_runtime::json::tdlib::TdlibError;
    use tl_runtime::json::JsonError;

    let decode = JsonError::from(decode_error());
    assert_eq!(chain(&decode), [decode_error().to_string()]);
    let flags = JsonError::from(EncodeError::FlagGroupMismatch {
        ty: "messages.getExportedChatInvites",
        flag: "flags.2",
        set: "offset_date",
        unset: "offset_link",
    });
    let messages = chain(&flags);
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].starts_with("in `offset_date`: expected "),
        "{messages:?}"
    );
    let unknown = JsonError::UnknownId { id: 0x12345678 };
    assert_eq!(chain(&unknown).len(), 1);
    let tdlib = TdlibError {
        code: 404,
        message: "Not Found".to_owned(),
    };
    assert_eq!(chain(&tdlib), ["TDLib error 404: Not Found"]);
}
