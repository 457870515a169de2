//! From the generated `rpc_error` to the runtime's [`RpcError`] (name and number split out).

use tl_runtime::{Decode, DecodeError, RpcError};

use crate::{enums, types};

impl From<types::RpcError> for RpcError {
    fn from(error: types::RpcError) -> Self {
        RpcError::new(error.error_code, error.error_message)
    }
}

impl From<enums::RpcError> for RpcError {
    fn from(error: enums::RpcError) -> Self {
        let enums::RpcError::RpcError(error) = error;
        error.into()
    }
}

/// Reads a boxed `rpc_error` (the id `0x2144ca19`, the code, the message) from `bytes`.
pub fn decode_rpc_error(bytes: &[u8]) -> Result<RpcError, DecodeError> {
    enums::RpcError::from_bytes(bytes).map(RpcError::from)
}
