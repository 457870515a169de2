//! Hostile bytes against the generated bindings: every golden vector cut at every offset
//! and with every byte flipped; absurd claimed lengths; 10,000 levels of nesting. Each
//! case must fail (or decode) quickly, without a panic, with peak live heap memory
//! measured by the counting allocator below.
//!
//! `cargo test -p tests --test hostile -- --nocapture` prints the measured figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

use serde_json::Value;
use tests::hostile::{accepting_types, check_decode_as, BOXED_TYPES};
use tl_api::enums;
use tl_runtime::{
    Decode, DecodeError, DecodeErrorKind, DecodeOptions, PathSegment, DEFAULT_DEPTH_LIMIT,
    DEFAULT_RESERVE_ALLOWANCE,
};

/// Counts the live heap bytes of the current thread and their peak.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn account(delta: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + delta);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: forwards every call to `System` unchanged; the bookkeeping touches only
// const-initialized thread-local `Cell`s (no allocation, no destructor).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        account(layout.size() as isize);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        account(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        account(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`; returns its result, the peak of live heap bytes it added on this thread,
/// and how long it took.
fn measure<R>(f: impl FnOnce() -> R) -> (R, usize, Duration) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let start = Instant::now();
    let result = f();
    let elapsed = start.elapsed();
    let peak = PEAK.with(Cell::get) - base;
    (result, peak.max(0) as usize, elapsed)
}

/// The limits every hostile case is held to.
const PEAK_LIMIT: usize = 4 << 20;
const TIME_LIMIT: Duration = Duration::from_secs(1);

/// Decodes `input` as `T` under measurement and checks the error, the memory and the time.
fn hostile<T: tl_runtime::DecodeOwned>(what: &str, input: &[u8]) -> DecodeError {
    let (result, peak, elapsed) = measure(|| T::from_bytes(input).map(|_| ()));
    let error = result.expect_err(what);
    println!(
        "{what}: {} input bytes -> error in {elapsed:?}, peak {peak} live heap bytes: {error}",
        input.len()
    );
    assert!(peak < PEAK_LIMIT, "{what}: peak {peak} bytes");
    assert!(elapsed < TIME_LIMIT, "{what}: took {elapsed:?}");
    error
}

struct Vector {
    name: String,
    bytes: Vec<u8>,
    /// The index (into `BOXED_TYPES`) of the type that carries it boxed.
    ty: usize,
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex digit"))
        .collect()
}

/// Every golden vector with the one boxed type that decodes it.
fn vectors() -> Vec<Vector> {
    include_str!("../vectors/invites.jsonl")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("vector line is JSON");
            let name = v["name"].as_str().expect("name").to_owned();
            let bytes = hex(v["hex"].as_str().expect("hex"));
            let types = accepting_types(&bytes);
            assert_eq!(types.len(), 1, "{name}: decodes as {types:?}");
            Vector {
                name,
                bytes,
                ty: types[0],
            }
        })
        .collect()
}

#[test]
fn every_golden_vector_decodes_as_exactly_one_boxed_type() {
    let all = vectors();
    assert_eq!(all.len(), 40);
    for vector in &all {
        let reencoded = check_decode_as(vector.ty, &vector.bytes).expect("decodes");
        assert_eq!(reencoded, vector.bytes, "{}", vector.name);
    }
}

/// Every proper prefix of every vector: an error that accounts for the cut, no panic.
#[test]
fn every_golden_vector_cut_at_every_offset_fails() {
    let mut cuts = 0;
    for vector in vectors() {
        for cut in 0..vector.bytes.len() {
            let prefix = &vector.bytes[..cut];
            let error = check_decode_as(vector.ty, prefix)
                .expect_err(&format!("{} cut at {cut} decoded", vector.name));
            let what = format!("{} cut at {cut}: {error}", vector.name);
            match *error.kind() {
                DecodeErrorKind::UnexpectedEnd {
                    offset,
                    needed,
                    remaining,
                } => {
                    assert_eq!(offset + remaining, cut, "{what}");
                    assert!(needed > remaining, "{what}");
                }
                DecodeErrorKind::LengthOutOfBounds {
                    offset, remaining, ..
                } => assert_eq!(offset + remaining, cut, "{what}"),
                _ => panic!("{what}"),
            }
            cuts += 1;
        }
    }
    println!("{cuts} prefixes, each rejected");
    assert!(cuts > 2000, "{cuts}");
}

/// How a mutated input fared.
#[derive(Default, Debug)]
struct Tally {
    rejected: usize,
    /// Decoded, and re-encoded to exactly the input.
    exact: usize,
    /// Decoded, and re-encoded with some bits cleared (padding content, unknown flag bits).
    cleared: usize,
    /// Decoded, and re-encoded shorter (a long length form for a short string).
    shorter: usize,
}

impl Tally {
    /// Records the outcome of decoding `input`; `check_decode_as` has already checked
    /// that the re-encoding decodes to the same value and encodes to itself.
    fn record(&mut self, input: &[u8], outcome: Result<Vec<u8>, DecodeError>, what: &str) {
        let reencoded = match outcome {
            Err(_) => {
                self.rejected += 1;
                return;
            }
            Ok(reencoded) => reencoded,
        };
        if reencoded == input {
            self.exact += 1;
        } else if reencoded.len() == input.len() {
            // Normalization only ever clears bits: padding becomes zero, unknown flag
            // bits are dropped.
            let sets_bits = reencoded
                .iter()
                .zip(input)
                .any(|(&out, &inp)| out & !inp != 0);
            assert!(
                !sets_bits,
                "{what}: re-encoding sets bits the input did not"
            );
            self.cleared += 1;
        } else {
            assert!(reencoded.len() < input.len(), "{what}: re-encoding grew");
            self.shorter += 1;
        }
    }
}

/// Every byte of every vector flipped (all bits, then each bit alone), one at a time: no
/// panic; whatever decodes re-encodes to bytes that decode to the same value; the
/// re-encoding is the input itself unless the mutation made it non-canonical.
#[test]
fn every_golden_vector_with_any_byte_flipped() {
    let mut tally = Tally::default();
    for vector in vectors() {
        for at in 0..vector.bytes.len() {
            for mask in [0xff_u8, 1, 2, 4, 8, 16, 32, 64, 128] {
                let mut input = vector.bytes.clone();
                input[at] ^= mask;
                let what = format!("{} byte {at} ^ {mask:#04x}", vector.name);
                let outcome = check_decode_as(vector.ty, &input);
                tally.record(&input, outcome, &what);
            }
        }
    }
    println!("{tally:?}");
    assert!(
        tally.rejected > 0 && tally.exact > 0 && tally.cleared > 0,
        "{tally:?}"
    );
}

/// A canonical input with a flag bit that no parameter uses: it decodes, and the bit is
/// dropped on re-encoding (documented normalization).
#[test]
fn unknown_flag_bits_are_normalized_away() {
    let all = vectors();
    let seed = all
        .iter()
        .find(|v| v.name == "messages.exportChatInvite/seed")
        .unwrap();
    let mut input = seed.bytes.clone();
    input[4 + 3] |= 0x40; // flags bit 30: unused by messages.exportChatInvite
    let reencoded = check_decode_as(seed.ty, &input).expect("decodes");
    assert_eq!(reencoded, seed.bytes);
}

/// `messages.exportedChatInvites` with `invites` claiming `count` elements, then a few
/// bytes.
fn claimed_invites(count: u32) -> Vec<u8> {
    let mut input = Vec::new();
    input.extend(0xbdc6_2dcc_u32.to_le_bytes()); // messages.exportedChatInvites
    input.extend(5_i32.to_le_bytes()); // count
    input.extend(0x1cb5_c415_u32.to_le_bytes()); // Vector
    input.extend(count.to_le_bytes());
    input.extend([0; 16]);
    input
}

#[test]
fn claimed_vector_counts_fail_quickly_in_little_memory() {
    type Invites = enums::messages::ExportedChatInvites;
    let error = hostile::<Invites>("count 0x7fffffff", &claimed_invites(0x7fff_ffff));
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::LengthOutOfBounds {
            count: 0x7fff_ffff,
            min_elem_size: 4,
            remaining: 16,
            offset: 16,
        }
    );
    assert_eq!(error.path_text(), "messages.exportedChatInvites.invites");
    let error = hostile::<Invites>("count 0xffffffff", &claimed_invites(u32::MAX));
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::NegativeLength {
            count: -1,
            offset: 12
        }
    );
    // A count the input can back (4 elements of 4 bytes) still fails on the elements.
    let error = hostile::<Invites>("count 4", &claimed_invites(4));
    assert_eq!(
        error.to_string(),
        "messages.exportedChatInvites.invites[0]: expected a constructor of type \
         ExportedChatInvite at byte offset 16, found unknown id 0x00000000"
    );
}

#[test]
fn claimed_string_lengths_fail_quickly_in_little_memory() {
    // chatInviteExported, flags 0, then `link` claiming 2^24 - 1 bytes, 64 present.
    let mut input = Vec::new();
    input.extend(0xa22c_bd96_u32.to_le_bytes());
    input.extend(0_u32.to_le_bytes());
    input.extend([0xfe, 0xff, 0xff, 0xff]);
    input.extend([b'a'; 64]);
    let error = hostile::<enums::ExportedChatInvite>("string of 2^24-1 bytes", &input);
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::UnexpectedEnd {
            offset: 12,
            needed: (1 << 24) - 1 + 1,
            remaining: 64,
        }
    );
    assert_eq!(error.path_text(), "chatInviteExported.link");
    // The same as `bytes` in a function: messages.importChatInvite hash:string is a
    // string; rpc_error's message too. Both fail at the length check, not after copying.
    let mut input = Vec::new();
    input.extend(0x2144_ca19_u32.to_le_bytes()); // rpc_error
    input.extend(400_i32.to_le_bytes());
    input.extend([0xfe, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    let error = hostile::<tl_runtime::RpcError>("rpc_error message of 2^24-1 bytes", &input);
    assert_eq!(error.path_text(), "rpc_error.error_message");
}

/// `levels` times `textBold`, then `textEmpty`: `RichText` contains itself.
fn nested_rich_text(levels: usize) -> Vec<u8> {
    let mut input = 0x6724_abc4_u32.to_le_bytes().repeat(levels);
    input.extend(0xdc3d_824f_u32.to_le_bytes());
    input
}

#[test]
fn ten_thousand_levels_of_nesting_fail_quickly_in_little_memory() {
    let input = nested_rich_text(10_000);
    let error = hostile::<enums::RichText>("10,000 nested textBold", &input);
    let limit = DEFAULT_DEPTH_LIMIT;
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::RecursionLimit {
            offset: 4 * (limit + 1),
            limit,
        }
    );
    // Every level on the path: textBold.text, 64 times.
    let path: Vec<_> = error.path().collect();
    assert_eq!(path.len(), 2 * limit);
    assert_eq!(path[0], PathSegment::Constructor("textBold"));
    assert_eq!(path[1], PathSegment::Field("text"));
    // Shown: the outer constructor, 64 fields, of which the middle 32 as a count.
    let shown = ["text"; 15].join(".");
    assert_eq!(
        error.path_text(),
        format!("textBold.{shown}.(33 more).text.{shown}")
    );
    // Within the limit it decodes.
    let value = enums::RichText::from_bytes(&nested_rich_text(limit - 1)).expect("decodes");
    assert!(matches!(value, enums::RichText::TextBold(_)));
}

/// `levels` times `textConcat` opening a vector that claims as many elements as the
/// rest of the input could hold at 4 bytes each, then `padding` zero bytes: every vector
/// passes the count check, and the innermost fails on its first element (id 0).
fn nested_claimed_vectors(levels: usize, padding: usize) -> Vec<u8> {
    let total = levels * 12 + padding;
    let mut input = Vec::with_capacity(total);
    for level in 0..levels {
        input.extend(0x7e62_60d7_u32.to_le_bytes()); // textConcat
        input.extend(0x1cb5_c415_u32.to_le_bytes()); // Vector
        let left = total - 12 * (level + 1);
        input.extend(u32::try_from(left / 4).unwrap().to_le_bytes());
    }
    input.resize(total, 0);
    input
}

/// Peak live heap bytes of decoding `input` as a `RichText` with `options` (it fails).
fn peak_of(input: &[u8], options: DecodeOptions) -> usize {
    let (result, peak, _) = measure(|| enums::RichText::from_bytes_with(input, options));
    let error = result.expect_err("the innermost element has id 0");
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::UnknownConstructor { id: 0, .. }
        ),
        "{error}"
    );
    peak
}

/// Vectors may reserve their claimed elements beyond the input, but all the vectors of
/// one decode share one allowance: 60 nested hostile vectors, each of whose claimed
/// elements would fit in the allowance alone, gain at most the allowance together.
#[test]
fn vectors_of_one_decode_share_the_reserve_allowance() {
    let input = nested_claimed_vectors(60, 1024);
    let strict = peak_of(&input, DecodeOptions::new().reserve_allowance(0));
    let default = peak_of(&input, DecodeOptions::new());
    let element = std::mem::size_of::<enums::RichText>();
    // Each vector alone would reserve (its count x the element size) - (input left)
    // beyond the input, and that fits in the allowance; sixty of them would not.
    let outer_excess = (input.len() - 12) / 4 * element - (input.len() - 12);
    assert!(outer_excess < DEFAULT_RESERVE_ALLOWANCE, "{outer_excess}");
    assert!(60 * (outer_excess / 2) > DEFAULT_RESERVE_ALLOWANCE);
    println!(
        "{} input bytes, 60 nested vectors: peak {strict} live heap bytes without an \
         allowance, {default} with the default one",
        input.len()
    );
    assert!(
        default > strict,
        "the allowance is used: {default} <= {strict}"
    );
    assert!(
        default <= strict + DEFAULT_RESERVE_ALLOWANCE,
        "{default} > {strict} + {DEFAULT_RESERVE_ALLOWANCE}"
    );
    assert!(default < PEAK_LIMIT);
}

#[test]
fn depth_limit_and_trailing_bytes_are_options() {
    let input = nested_rich_text(10);
    let options = DecodeOptions::new().depth_limit(10);
    let error = enums::RichText::from_bytes_with(&input, options).unwrap_err();
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::RecursionLimit {
            offset: 44,
            limit: 10
        }
    );
    let options = options.depth_limit(11);
    let (_, used) = enums::RichText::from_bytes_with(&input, options).expect("decodes");
    assert_eq!(used, input.len());
    // Trailing bytes: an error by default, the used length on request.
    let mut longer = input.clone();
    longer.extend([1, 2, 3]);
    let error = enums::RichText::from_bytes(&longer).unwrap_err();
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::TrailingBytes {
            offset: input.len(),
            remaining: 3
        }
    );
    let (value, used) = enums::RichText::from_bytes_with(
        &longer,
        tl_runtime::DecodeOptions::new().allow_trailing_bytes(true),
    )
    .expect("prefix");
    assert_eq!(used, input.len());
    assert_eq!(value, enums::RichText::from_bytes(&input).unwrap());
}

#[test]
fn boxed_type_list_is_not_empty() {
    assert!(BOXED_TYPES.len() > 100);
    assert_eq!(BOXED_TYPES[0], "bool");
}
