//! Arbitrary bytes decoded as a prefix (trailing bytes allowed, so far more inputs give a
//! value), then decode -> encode -> decode must give the same value and the same bytes
//! (`tests::hostile::check_prefix_input`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tests::hostile::check_prefix_input(data);
});
