//! Helpers shared by the runtime's integration tests.

#![allow(dead_code)] // each test binary uses a different subset

/// Bytes from hex text; spaces, line breaks and `_` are ignored so tables can group
/// words and long data can be wrapped.
pub fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'_' | b'\n' | b'\r'))
        .collect();
    assert!(
        digits.len().is_multiple_of(2),
        "odd number of hex digits in {text:?}"
    );
    digits
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).expect("ascii");
            u8::from_str_radix(pair, 16).unwrap_or_else(|_| panic!("bad hex {pair:?} in {text:?}"))
        })
        .collect()
}

/// The hex of `len` repetitions of the byte `byte`.
pub fn repeat(byte: u8, len: usize) -> String {
    format!("{byte:02x}").repeat(len)
}

/// `len` copies of the letter `a`.
pub fn letters(len: usize) -> String {
    "a".repeat(len)
}
