//! Writing TL's wire forms into a byte vector: little-endian words and the
//! length-prefixed, zero-padded `string`/`bytes` form (the canonical encodings, as
//! generated bindings write them).

/// The id of `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
pub(crate) use tl_runtime::VECTOR_ID;

/// The longest `string`/`bytes` value TL can express (2^24 - 1 bytes).
pub(crate) const MAX_STRING_LEN: usize = (1 << 24) - 1;

/// Appends a little-endian 32-bit word.
pub(crate) fn put_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Appends `data` in the `string`/`bytes` form: a length (one byte up to 253, else `0xfe`
/// and three bytes), the data, zero padding to a multiple of 4. The caller checks the
/// length against [`MAX_STRING_LEN`] first.
pub(crate) fn put_string(out: &mut Vec<u8>, data: &[u8]) {
    let len = data.len();
    let header = if len <= 253 {
        out.push(len as u8);
        1
    } else {
        out.push(0xfe);
        out.extend_from_slice(&(len as u32).to_le_bytes()[..3]);
        4
    };
    out.extend_from_slice(data);
    let padding = (4 - (header + len) % 4) % 4;
    out.extend(std::iter::repeat_n(0, padding));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(len: usize) -> Vec<u8> {
        let mut out = Vec::new();
        put_string(&mut out, &vec![7; len]);
        out
    }

    #[test]
    fn strings_take_the_short_form_up_to_253_bytes() {
        assert_eq!(string(0), [0, 0, 0, 0]);
        assert_eq!(string(1), [1, 7, 0, 0]);
        assert_eq!(string(3), [3, 7, 7, 7]);
        assert_eq!(string(4), [4, 7, 7, 7, 7, 0, 0, 0]);
        assert_eq!(string(253).len(), 256);
        let long = string(254);
        assert_eq!((&long[..4], long.len()), (&[0xfe, 254, 0, 0][..], 260));
        let big = string(70_000);
        assert_eq!(&big[..4], &[0xfe, 0x70, 0x11, 0x01]);
        assert_eq!(big.len() % 4, 0);
    }
}
