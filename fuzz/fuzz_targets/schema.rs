//! Arbitrary schema text through the parser and the loader, both dialects, with every
//! diagnostic rendered (`tests::hostile::check_schema_input`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tests::hostile::check_schema_input(data);
});
