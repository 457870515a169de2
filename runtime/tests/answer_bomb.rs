//! A gzip bomb inside an answer fails with the inflate limit, and decoding it never holds
//! much more memory than that limit. The data is real: 20 MiB of zeros gzipped by
//! Python (20,405 bytes), checked in as hex wrapped at 96 columns:
//!
//! ```text
//! python3 -c "import gzip,textwrap; print('\n'.join(textwrap.wrap(gzip.compress(bytes(20*2**20), 9, mtime=0).hex(), 96)))" > runtime/tests/data/zeros_20mib.gz.hex
//! ```
//!
//! This binary has one test, so the allocator's counters see only its allocations.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::hex;
use tl_runtime::{
    answer, CallError, DecodeErrorKind, DecodeOptions, Encode, Identifiable, Output, RemoteCall,
    RpcError, DEFAULT_INFLATE_LIMIT,
};

/// Counts the bytes live on the heap and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(live, Ordering::SeqCst);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        System.dealloc(ptr, layout)
    }

    /// Counted as the block changing size (the system allocator moves large blocks
    /// by remapping pages, not by holding two copies).
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            let grown = new_size - layout.size();
            let live = LIVE.fetch_add(grown, Ordering::SeqCst) + grown;
            PEAK.fetch_max(live, Ordering::SeqCst);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MIB: usize = 1024 * 1024;

/// `getNothing#01010101 = Bool;`
struct GetNothing;

impl Identifiable for GetNothing {
    const CONSTRUCTOR_ID: u32 = 0x0101_0101;
    const NAME: &'static str = "getNothing";
}

impl Encode for GetNothing {
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(Self::CONSTRUCTOR_ID);
    }
}

impl RemoteCall for GetNothing {
    type Return = bool;
    type Error = RpcError;
}

/// `rpc_result req_msg_id:1 result:(gzip_packed packed_data:<data>)`, written by hand
/// (`data` is 254 bytes or longer: the 4-byte length form).
fn answer_around(data: &[u8]) -> Vec<u8> {
    let mut out = hex("016d5cf3 0100000000000000 a1cf7230");
    out.push(0xfe);
    out.extend_from_slice(&(data.len() as u32).to_le_bytes()[..3]);
    out.extend_from_slice(data);
    out.resize(out.len().next_multiple_of(4), 0);
    out
}

/// The peak of live heap bytes while `f` runs, above what was live before.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let value = f();
    (value, PEAK.load(Ordering::SeqCst) - before)
}

#[test]
fn a_gzip_bomb_stops_at_the_limit() {
    let bomb = hex(include_str!("data/zeros_20mib.gz.hex"));
    assert_eq!(bomb.len(), 20_405);
    let answer = answer_around(&bomb);

    // Default limit, 16 MiB: fails, and never holds the 20 MiB.
    let (result, peak) = peak_during(|| GetNothing::decode_answer(&answer));
    let Err(CallError::Decode(error)) = result else {
        panic!("{result:?}")
    };
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::InflateLimit {
            offset: 20,
            limit: DEFAULT_INFLATE_LIMIT
        }
    );
    assert_eq!(
        error.to_string(),
        "rpc_result.result.packed_data: expected gzip data at byte offset 20 to inflate to \
         at most 16777216 bytes, found more"
    );
    assert!(peak < DEFAULT_INFLATE_LIMIT + MIB / 4, "peak {peak} bytes");

    // A 1 MiB limit: the peak follows the limit, not the inflated size. (Both peaks are
    // the limit plus the decoder: its 16 KiB chunk and about 40 KiB of inflate state.)
    let options = DecodeOptions::new().inflate_limit(MIB);
    let (result, peak) = peak_during(|| answer::open(&answer, options));
    assert!(matches!(
        result.map_err(|e| e.into_kind()),
        Err(DecodeErrorKind::InflateLimit { limit: MIB, .. })
    ));
    assert!(peak < MIB + MIB / 4, "peak {peak} bytes");

    // A limit above the bomb's size inflates it all (and then it is no Bool).
    let options = DecodeOptions::new().inflate_limit(21 * MIB);
    let result = GetNothing::decode_answer_with(&answer, options);
    let Err(CallError::Decode(error)) = result else {
        panic!("{result:?}")
    };
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::InvalidBool { id: 0, offset: 0 }
        ),
        "{error}"
    );
}
