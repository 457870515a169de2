//! A value of every constructor of every generated zoo schema, decoded from minimal
//! bytes (`build/synth.rs`: zeros, empty strings and vectors, flags 0, the smallest
//! constructor of each boxed field) through its type's enum, encoded again and compared;
//! and a call of every function without type parameters, through its struct.

/// A TL name, the round trip (through a constructor's enum or a function's struct), the
/// bytes.
type Case = (&'static str, fn(&[u8]) -> Result<(), String>, &'static [u8]);

/// Runs every case of a schema and reports all failures at once. `skipped`: constructors
/// no value can be built for (none in the zoo).
/// Runs on a thread with a large stack: unoptimized decoders of TDLib's big enums (an
/// `Update` has hundreds of variants) take far more stack per nesting level than
/// optimized ones, and the 2 MiB of a test thread do not hold a few levels of them.
fn check(module: &str, cases: &'static [Case], skipped: &[&str]) {
    let run = move || {
        let failed = cases.iter().filter_map(|(name, roundtrip, bytes)| {
            roundtrip(bytes).err().map(|e| format!("{name}: {e}"))
        });
        failed.collect::<Vec<String>>()
    };
    let thread = std::thread::Builder::new().stack_size(STACK);
    let failures = thread.spawn(run).unwrap().join().unwrap();
    assert!(failures.is_empty(), "{module}: {failures:#?}");
    assert!(
        skipped.is_empty(),
        "{module}: no value built for {skipped:?}"
    );
    assert!(!cases.is_empty(), "{module}: no constructor");
}

/// The stack of the thread running one schema's cases.
const STACK: usize = 256 << 20;

include!(concat!(env!("OUT_DIR"), "/roundtrip.rs"));
