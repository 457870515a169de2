//! [`CallError`]: why a call's answer is not its result, as
//! [`RemoteCall::decode_answer`](crate::RemoteCall::decode_answer) reports it.

use std::fmt;

use crate::DecodeError;

/// A call's answer that is not its result: the server's error, or bytes that could not
/// be decoded.
///
/// `E` is the call's [`RemoteCall::Error`](crate::RemoteCall::Error): the method's
/// generated error enum (so `match` lists the errors the method is documented to answer
/// with), or [`RpcError`](crate::RpcError) itself.
///
/// `Display` and [`source`](std::error::Error::source) are those of the error inside
/// (the enum adds no words of its own), so a chain of sources prints each message once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The server answered with an `rpc_error`, converted into the method's error type.
    Rpc(E),
    /// The answer (an envelope or the result inside) could not be decoded.
    Decode(DecodeError),
}

impl<E> CallError<E> {
    /// The server's error, if the server answered with one.
    pub fn rpc(&self) -> Option<&E> {
        match self {
            Self::Rpc(error) => Some(error),
            Self::Decode(_) => None,
        }
    }
}

impl<E> From<DecodeError> for CallError<E> {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}

impl<E: fmt::Display> fmt::Display for CallError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rpc(error) => fmt::Display::fmt(error, f),
            Self::Decode(error) => fmt::Display::fmt(error, f),
        }
    }
}

impl<E: std::error::Error> std::error::Error for CallError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Rpc(error) => error.source(),
            Self::Decode(error) => error.source(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DecodeErrorKind, RpcError};
    use std::error::Error;

    #[test]
    fn display_and_source_are_the_inner_errors() {
        let rpc: CallError<RpcError> = CallError::Rpc(RpcError::new(420, "FLOOD_WAIT_3"));
        assert_eq!(rpc.to_string(), "rpc error 420: FLOOD_WAIT_3");
        assert_eq!(rpc.rpc().map(|e| e.code), Some(420));
        assert!(rpc.source().is_none());
        let kind = DecodeErrorKind::TrailingBytes {
            offset: 4,
            remaining: 1,
        };
        let decode: CallError<RpcError> = DecodeError::from(kind.clone()).into();
        assert_eq!(decode.to_string(), kind.to_string());
        assert_eq!(decode.rpc(), None);
        assert_ne!(decode, rpc.clone());
    }
}
