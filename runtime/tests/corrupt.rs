//! Hostile and broken input: every case fails with one exact error (and its exact
//! message), never panics, and never reserves memory the input cannot back.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use common::hex;
use tl_runtime::{
    Decode, DecodeError, DecodeErrorKind, DecodeOptions, PathSegment, RawVec, Reader,
    DEFAULT_DEPTH_LIMIT, DEFAULT_RESERVE_ALLOWANCE,
};

/// Records the largest single allocation made by the current thread.
struct Tracking;

thread_local! {
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every call to `System` unchanged; the bookkeeping touches only a
// const-initialized thread-local `Cell` (no allocation, no destructor).
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LARGEST.try_with(|largest| largest.set(largest.get().max(layout.size())));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static ALLOCATOR: Tracking = Tracking;

/// Runs `f` and returns its result with the largest allocation it made.
fn largest_allocation<R>(f: impl FnOnce() -> R) -> (R, usize) {
    LARGEST.with(|largest| largest.set(0));
    let result = f();
    (result, LARGEST.with(Cell::get))
}

/// Decodes `text` (hex) as a `T`, expecting `error` with the message `message`.
fn rejects<T: tl_runtime::DecodeOwned + std::fmt::Debug>(
    text: &str,
    error: DecodeErrorKind,
    message: &str,
) {
    let actual = T::from_bytes(&hex(text)).unwrap_err();
    assert_eq!(actual.kind(), &error, "decoding {text}");
    assert_eq!(actual.to_string(), message);
}

/// The result with the error reduced to its kind.
fn kind<T>(result: Result<T, DecodeError>) -> Result<T, DecodeErrorKind> {
    result.map_err(DecodeError::into_kind)
}

/// The largest allocation an error with a one-segment path makes (its kind, its path).
fn error_allocation() -> usize {
    let kind = DecodeErrorKind::TrailingBytes {
        offset: 0,
        remaining: 0,
    };
    largest_allocation(|| DecodeError::from(kind).at_index(0)).1
}

#[test]
fn huge_vector_counts_fail_before_allocating() {
    let input = hex("15c4b51c ffffff7f 00000000");
    let (result, largest) = largest_allocation(|| Vec::<i64>::from_bytes(&input));
    let error = DecodeErrorKind::LengthOutOfBounds {
        count: 0x7fff_ffff,
        min_elem_size: 4,
        remaining: 4,
        offset: 8,
    };
    assert_eq!(kind(result), Err(error));
    // The only allocation is the error itself.
    assert!(largest <= error_allocation());
    let (result, largest) = largest_allocation(|| RawVec::<String>::from_bytes(&input[4..]));
    assert!(matches!(
        kind(result),
        Err(DecodeErrorKind::LengthOutOfBounds { offset: 4, .. })
    ));
    assert!(largest <= error_allocation());
}

#[test]
fn vector_reservations_stay_within_the_input_and_the_allowance() {
    // 64 strings fit in 256 bytes of input, but 64 `String`s take more memory than
    // that: the default allowance reserves them all (1.5 KB beyond the input)...
    let mut input = hex("15c4b51c 40000000 ff000000");
    input.resize(8 + 4 * 64, 0);
    let invalid = Err(DecodeErrorKind::InvalidLengthPrefix {
        found: 0xff,
        offset: 8,
    });
    let (result, largest) = largest_allocation(|| Vec::<String>::from_bytes(&input));
    assert_eq!(kind(result), invalid);
    assert_eq!(largest, 64 * std::mem::size_of::<String>());
    assert!(largest <= 4 * 64 + DEFAULT_RESERVE_ALLOWANCE);
    // ...and without an allowance the reservation stays within the input.
    let strict = DecodeOptions::new().reserve_allowance(0);
    let (result, largest) =
        largest_allocation(|| Vec::<String>::from_bytes_with(&input, strict).map(|(v, _)| v));
    assert_eq!(kind(result), invalid);
    assert!(
        largest <= 4 * 64,
        "reserved {largest} bytes for 256 bytes of elements"
    );
    assert!(largest > 0, "expected a (bounded) reservation");
    // One int256 announced, one word present: the count passes; without an allowance
    // nothing is reserved.
    let input = hex("15c4b51c 01000000 00000000");
    let (result, largest) =
        largest_allocation(|| Vec::<[u8; 32]>::from_bytes_with(&input, strict).map(|(v, _)| v));
    assert_eq!(
        kind(result),
        Err(DecodeErrorKind::UnexpectedEnd {
            offset: 8,
            needed: 32,
            remaining: 4
        })
    );
    assert!(largest <= error_allocation(), "{largest}");
}

#[test]
fn negative_vector_counts() {
    rejects::<Vec<i32>>(
        "15c4b51c ffffffff",
        DecodeErrorKind::NegativeLength {
            count: -1,
            offset: 4,
        },
        "expected a vector count of at least 0 at byte offset 4, found -1",
    );
    rejects::<RawVec<i32>>(
        "00000080",
        DecodeErrorKind::NegativeLength {
            count: i32::MIN,
            offset: 0,
        },
        "expected a vector count of at least 0 at byte offset 0, found -2147483648",
    );
}

#[test]
fn counts_larger_than_the_input() {
    rejects::<Vec<i32>>(
        "15c4b51c 03000000 01000000 02000000",
        DecodeErrorKind::LengthOutOfBounds {
            count: 3,
            min_elem_size: 4,
            remaining: 8,
            offset: 8,
        },
        "expected at most 2 vector elements of at least 4 bytes at byte offset 8 \
         (8 bytes left), found a count of 3",
    );
}

#[test]
fn wrong_vector_id() {
    rejects::<Vec<i64>>(
        "b5757299 00000000",
        DecodeErrorKind::UnexpectedConstructor {
            expected: "Vector",
            expected_id: 0x1cb5_c415,
            found_id: 0x9972_75b5,
            offset: 0,
        },
        "expected constructor Vector (0x1cb5c415) at byte offset 0, found id 0x997275b5",
    );
}

#[test]
fn bools_other_than_true_and_false() {
    rejects::<bool>(
        "00000000",
        DecodeErrorKind::InvalidBool { id: 0, offset: 0 },
        "expected a Bool (boolTrue 0x997275b5 or boolFalse 0xbc799737) at byte offset 0, \
         found id 0x00000000",
    );
    // `true#3fedd339` is not a Bool either.
    rejects::<Vec<bool>>(
        "15c4b51c 02000000 b5757299 39d3ed3f",
        DecodeErrorKind::InvalidBool {
            id: 0x3fed_d339,
            offset: 12,
        },
        "[1]: expected a Bool (boolTrue 0x997275b5 or boolFalse 0xbc799737) at byte offset 12, \
         found id 0x3fedd339",
    );
}

#[test]
fn invalid_utf8_is_an_error_not_a_replacement() {
    rejects::<String>(
        "03 61 ff 62",
        DecodeErrorKind::InvalidUtf8 {
            offset: 2,
            string_offset: 1,
        },
        "expected UTF-8 text in the string starting at byte offset 1, \
         found an invalid byte sequence at byte offset 2",
    );
    // A code point cut in half, inside a vector.
    rejects::<Vec<String>>(
        "15c4b51c 01000000 02 61 c3 00",
        DecodeErrorKind::InvalidUtf8 {
            offset: 10,
            string_offset: 9,
        },
        "[0]: expected UTF-8 text in the string starting at byte offset 9, \
         found an invalid byte sequence at byte offset 10",
    );
    // The same bytes are fine as `bytes`.
    assert_eq!(
        Vec::<u8>::from_bytes(&hex("03 61 ff 62")),
        Ok(vec![0x61, 0xff, 0x62])
    );
}

#[test]
fn length_byte_255_is_rejected() {
    rejects::<String>(
        "ff 000000",
        DecodeErrorKind::InvalidLengthPrefix {
            found: 0xff,
            offset: 0,
        },
        "expected a string length byte (0 to 254) at byte offset 0, found 0xff",
    );
}

#[test]
fn strings_longer_than_the_input() {
    rejects::<Vec<u8>>(
        "fe ffffff 00000000",
        DecodeErrorKind::UnexpectedEnd {
            offset: 4,
            needed: 0xff_ffff + 1,
            remaining: 4,
        },
        "expected 16777216 more bytes at byte offset 4, found only 4",
    );
}

#[test]
fn trailing_bytes() {
    rejects::<i32>(
        "01000000 00",
        DecodeErrorKind::TrailingBytes {
            offset: 4,
            remaining: 1,
        },
        "expected the end of the input at byte offset 4, found 1 more bytes",
    );
    rejects::<String>(
        "01 61 0000 00000000",
        DecodeErrorKind::TrailingBytes {
            offset: 4,
            remaining: 4,
        },
        "expected the end of the input at byte offset 4, found 4 more bytes",
    );
}

/// A recursive boxed type decoded the way generated code does it:
/// `leaf#1 = Nest; wrap#2 inner:Nest = Nest;`.
#[derive(Debug, PartialEq)]
enum Nest {
    Leaf,
    Wrap(Box<Nest>),
}

impl Decode<'_> for Nest {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let offset = reader.position();
        let id = reader.read_u32()?;
        reader.nested(|reader| match id {
            1 => Ok(Nest::Leaf),
            2 => Ok(Nest::Wrap(
                Decode::read(reader).map_err(|error| error.in_field("inner"))?,
            )),
            _ => Err(DecodeError::unknown_constructor("Nest", id, offset)),
        })
    }
}

/// `wraps` times `wrap`, then `leaf`.
fn nest_input(wraps: usize) -> Vec<u8> {
    let mut input = [2u8, 0, 0, 0].repeat(wraps);
    input.extend([1, 0, 0, 0]);
    input
}

#[test]
fn nesting_up_to_the_limit_decodes() {
    let depth = DEFAULT_DEPTH_LIMIT - 1;
    let mut value = Nest::from_bytes(&nest_input(depth)).unwrap();
    for _ in 0..depth {
        value = match value {
            Nest::Wrap(inner) => *inner,
            Nest::Leaf => panic!("too shallow"),
        };
    }
    assert_eq!(value, Nest::Leaf);
}

#[test]
fn nesting_past_the_limit_fails() {
    let error = Nest::from_bytes(&nest_input(DEFAULT_DEPTH_LIMIT)).unwrap_err();
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::RecursionLimit {
            offset: 260,
            limit: 64
        }
    );
    // The path names every level, the rendered line only the outer and inner ends.
    assert_eq!(error.path().count(), 64);
    assert!(error.path().all(|s| s == PathSegment::Field("inner")));
    assert_eq!(
        error.to_string(),
        format!(
            "{}.(32 more).{}: expected boxed values nested at most 64 deep, \
             found deeper nesting at byte offset 260",
            ["inner"; 16].join("."),
            ["inner"; 16].join(".")
        )
    );
    // Far deeper input stops at the same place instead of overflowing the stack.
    let error = Nest::from_bytes(&nest_input(1_000_000)).unwrap_err();
    assert_eq!(
        error.kind(),
        &DecodeErrorKind::RecursionLimit {
            offset: 260,
            limit: 64
        }
    );
    let mut reader = Reader::with_options(
        &[2, 0, 0, 0, 1, 0, 0, 0],
        DecodeOptions::new().depth_limit(1),
    );
    assert_eq!(
        kind(Nest::read(&mut reader)),
        Err(DecodeErrorKind::RecursionLimit {
            offset: 8,
            limit: 1
        })
    );
}

#[test]
fn unknown_constructors_name_the_type() {
    rejects::<Nest>(
        "02000000 0d000000",
        DecodeErrorKind::UnknownConstructor {
            ty: "Nest",
            id: 13,
            offset: 4,
        },
        "inner: expected a constructor of type Nest at byte offset 4, found unknown id 0x0000000d",
    );
}

#[test]
fn truncated_primitives() {
    rejects::<i64>(
        "0100 0000 0000",
        DecodeErrorKind::UnexpectedEnd {
            offset: 0,
            needed: 8,
            remaining: 6,
        },
        "expected 8 more bytes at byte offset 0, found only 6",
    );
    rejects::<[u8; 32]>(
        "",
        DecodeErrorKind::UnexpectedEnd {
            offset: 0,
            needed: 32,
            remaining: 0,
        },
        "expected 32 more bytes at byte offset 0, found only 0",
    );
    // The padding is part of the value.
    rejects::<String>(
        "01 61 00",
        DecodeErrorKind::UnexpectedEnd {
            offset: 1,
            needed: 3,
            remaining: 2,
        },
        "expected 3 more bytes at byte offset 1, found only 2",
    );
}
