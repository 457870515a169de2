//! Values of `schema/shapes.tl` against bytes worked out by hand from `tl-spec.md`.
//!
//! Ids (TDLib rule, section 4: the declaration on one line, single spaces, no `#id`, no
//! parentheses, `?true` fields kept, no `bytes`->`string`), each CRC32 computed independently
//! with Python's `zlib.crc32(line.encode())`:
//!
//! | line | CRC32 | little-endian bytes |
//! |---|---|---|
//! | `geo.point x:int y:int = geo.Point` | 0x442a0938 | `38 09 2a 44` |
//! | `shape.polygon name:string corners:vector geo.point = Shape` | 0x76100d46 | `46 0d 10 76` |
//! | `shape.circle center:geo.Point radius:long = Shape` | 0x9b6ea7cd | `cd a7 6e 9b` |
//! | `shapes.found total:int shapes:vector Shape = shapes.Found` | 0xc249a13b | `3b a1 49 c2` |
//! | `shapes.search mode:# query:string limit:mode.0?int exact:mode.1?true tags:mode.2?vector string = shapes.Found` | 0x34dcb22e | `2e b2 dc 34` |
//!
//! Encoding (section 5): `int` 4 bytes LE, `long` 8 bytes LE, `#` u32 LE; a string of
//! length L <= 253 is one byte L, the bytes, zero padding to a multiple of 4; a bare
//! `(vector X)` is the count (int) then the elements, with no vector id; a bare element
//! (`geo.point`) has no constructor id, a boxed one (`Shape`, `geo.Point`) starts with it;
//! `mode.N?T` fields are written only when bit N of `mode` is set, `mode.N?true` writes
//! nothing; a function call is boxed.

use build_tdlib::{enums, functions, types};
use tl_runtime::{Decode, Encode, RawVec, RemoteCall};

/// `a b c` hex groups to bytes.
fn hex(text: &str) -> Vec<u8> {
    let digits: String = text.split_whitespace().collect();
    assert_eq!(digits.len() % 2, 0, "odd hex: {text}");
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).expect("hex digit"))
        .collect()
}

fn point(x: i32, y: i32) -> types::geo::Point {
    types::geo::Point { x, y }
}

fn triangle() -> enums::Shape {
    enums::Shape::Polygon(types::shape::Polygon {
        name: "tri".to_owned(),
        corners: RawVec(vec![point(0, 0), point(4, 0), point(0, 3)]),
    })
}

/// Encodes `value`, compares with `expected`, decodes it back.
fn round_trip<T: Encode + tl_runtime::DecodeOwned + PartialEq + std::fmt::Debug>(
    value: &T,
    expected: &str,
) {
    let bytes = value.to_bytes().expect("encodes");
    assert_eq!(bytes, hex(expected), "encoding of {value:?}");
    assert_eq!(&T::from_bytes(&bytes).expect("decodes"), value);
}

#[test]
fn boxed_point() {
    let value = enums::geo::Point::Point(point(1, -2));
    round_trip(
        &value,
        "38 09 2a 44 \
         01 00 00 00 \
         fe ff ff ff", // id geo.point, x = 1, y = -2
    );
    // The bare form is the fields alone.
    round_trip(&point(1, -2), "01 00 00 00 fe ff ff ff");
}

#[test]
fn polygon_with_a_bare_vector_of_bare_points() {
    round_trip(
        &triangle(),
        "46 0d 10 76 \
         03 74 72 69 \
         03 00 00 00 \
         00 00 00 00 00 00 00 00 \
         04 00 00 00 00 00 00 00 \
         00 00 00 00 03 00 00 00",
        // id shape.polygon; name "tri": length 3 + `t r i` (no padding: 4 bytes);
        // corners: count 3 (no vector id), then three bare points (x, y) without ids.
    );
}

#[test]
fn circle_with_a_boxed_point() {
    let circle = enums::Shape::Circle(types::shape::Circle {
        center: enums::geo::Point::Point(point(5, 6)),
        radius: 7,
    });
    round_trip(
        &circle,
        "cd a7 6e 9b \
         38 09 2a 44 05 00 00 00 06 00 00 00 \
         07 00 00 00 00 00 00 00",
        // id shape.circle; center boxed: id geo.point, x = 5, y = 6; radius: long 7.
    );
}

#[test]
fn search_with_every_optional_parameter() {
    let call = functions::shapes::Search {
        mode: 0,
        query: "ab".to_owned(),
        limit: Some(10),
        exact: true,
        tags: Some(RawVec(vec!["x".to_owned()])),
    };
    round_trip(
        &call,
        "2e b2 dc 34 \
         07 00 00 00 \
         02 61 62 00 \
         0a 00 00 00 \
         01 00 00 00 01 78 00 00",
        // id shapes.search; mode = bit 0 (limit) | bit 1 (exact) | bit 2 (tags) = 7;
        // query "ab": length 2, `a b`, one zero byte of padding; limit 10;
        // exact: nothing (a `true` flag); tags: count 1, then "x" (length 1, `x`, 2 zero bytes).
    );
}

#[test]
fn search_mode_follows_the_present_parameters() {
    let mut call = functions::shapes::Search {
        mode: 0,
        query: "ab".to_owned(),
        limit: None,
        exact: false,
        tags: None,
    };
    // mode 0: only the query follows.
    round_trip(&call, "2e b2 dc 34 00 00 00 00 02 61 62 00");
    call.exact = true;
    // mode 2 (bit 1): still nothing written for `exact` itself.
    round_trip(&call, "2e b2 dc 34 02 00 00 00 02 61 62 00");
    call.exact = false;
    call.tags = Some(RawVec(Vec::new()));
    // mode 4 (bit 2): an empty bare vector is its count 0.
    round_trip(&call, "2e b2 dc 34 04 00 00 00 02 61 62 00 00 00 00 00");
}

#[test]
fn search_answer_decodes_to_shapes_found() {
    let answer = hex(
        "3b a1 49 c2 \
         05 00 00 00 \
         01 00 00 00 \
         46 0d 10 76 03 74 72 69 03 00 00 00 \
         00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00 03 00 00 00",
        // id shapes.found; total 5; shapes: count 1 (bare vector), then one boxed Shape:
        // the triangle of `polygon_with_a_bare_vector_of_bare_points`.
    );
    let found = functions::shapes::Search::decode_answer(&answer).expect("decodes");
    let expected = enums::shapes::Found::Found(types::shapes::Found {
        total: 5,
        shapes: RawVec(vec![triangle()]),
    });
    assert_eq!(found, expected);
    assert_eq!(found.to_bytes().expect("encodes"), answer);
}

#[test]
fn ids_are_the_crc32_of_the_lines() {
    use tl_runtime::Identifiable;
    assert_eq!(types::geo::Point::CONSTRUCTOR_ID, 0x442a0938);
    assert_eq!(types::shape::Polygon::CONSTRUCTOR_ID, 0x76100d46);
    assert_eq!(types::shape::Circle::CONSTRUCTOR_ID, 0x9b6ea7cd);
    assert_eq!(types::shapes::Found::CONSTRUCTOR_ID, 0xc249a13b);
    assert_eq!(functions::shapes::Search::CONSTRUCTOR_ID, 0x34dcb22e);
}

#[test]
fn a_wrong_constructor_id_is_a_decode_error() {
    // The circle's bytes with the id of geo.point where a Shape is expected.
    let bytes = hex("38 09 2a 44 38 09 2a 44 05 00 00 00 06 00 00 00 07 00 00 00 00 00 00 00");
    assert!(enums::Shape::from_bytes(&bytes).is_err());
}
