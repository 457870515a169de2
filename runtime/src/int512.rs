//! `int512` (TDLib's e2e_api: `int512 16*[ int ] = Int512;`): 64 raw bytes in wire
//! order, `[u8; 64]`, like `int128`/`int256` (`[u8; 16]`, `[u8; 32]`).

use crate::{Decode, DecodeError, Encode, Output, Reader};

impl Encode for [u8; 64] {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put(self);
    }
}

impl Decode<'_> for [u8; 64] {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        reader.read_array()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_four_raw_bytes() {
        let value: [u8; 64] = std::array::from_fn(|i| i as u8);
        let bytes = value.to_bytes().unwrap();
        assert_eq!(bytes, value);
        assert_eq!(<[u8; 64]>::from_bytes(&bytes).unwrap(), value);
        assert!(<[u8; 64]>::from_bytes(&bytes[..63]).is_err());
    }
}
