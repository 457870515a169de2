//! Arbitrary schema text through the parser and the loader, both dialects, with every
//! diagnostic rendered, and through the emitter when it loads
//! (`tests::hostile::check_schema_input`). Run it as `fuzz/README.md` says (no ASan,
//! debug assertions, `-max_len=2048`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tests::hostile::check_schema_input(data);
});
