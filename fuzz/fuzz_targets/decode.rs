//! Arbitrary bytes decoded as one boxed type of the generated set (the first byte picks
//! it): never a panic; errors point inside the input; anything that decodes re-encodes
//! stably (`tests::hostile::check_wire_input`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tests::hostile::check_wire_input(data);
});
