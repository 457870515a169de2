//! Hex text: how TL-JSON spells `bytes`, `int128` and `int256` (lowercase on output,
//! either case on input), and how messages are given on a command line.

use crate::Error;

/// Lowercase hex digits of `bytes`, two per byte.
pub fn to_hex(bytes: &[u8]) -> String {
    encode(bytes)
}

/// The bytes spelled by `text`: pairs of hex digits of either case, surrounding whitespace
/// ignored. Anything else is [`Error::Hex`] with the position (in characters) of the
/// first bad character, or the number of digits when it is odd.
pub fn from_hex(text: &str) -> Result<Vec<u8>, Error> {
    let text = text.trim();
    if let Some((position, c)) = text
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_hexdigit())
    {
        let found = format!("{c:?}");
        return Err(Error::Hex { position, found });
    }
    decode(text).ok_or_else(|| Error::Hex {
        position: text.len(),
        found: format!("an odd number of digits ({})", text.len()),
    })
}

/// [`to_hex`].
pub(crate) fn encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0xf)]));
    }
    out
}

/// The bytes of an even number of hex digits (either case); `None` for anything else.
pub(crate) fn decode(text: &str) -> Option<Vec<u8>> {
    let digits = text.as_bytes();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks_exact(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// The value of one hex digit.
fn digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        assert_eq!(to_hex(&[0, 0x0f, 0xa0, 0xff]), "000fa0ff");
        assert_eq!(from_hex(" 000FA0ff\n").unwrap(), [0, 0x0f, 0xa0, 0xff]);
        assert_eq!(decode("abc"), None);
        assert_eq!(decode("0g"), None);
        assert_eq!(
            from_hex("90de55a4zz").unwrap_err().to_string(),
            "expected hex digits (two per byte) at character 8, found 'z'"
        );
        assert_eq!(
            from_hex("90de55a").unwrap_err().to_string(),
            "expected hex digits (two per byte) at character 7, found an odd number of \
             digits (7)"
        );
    }
}
