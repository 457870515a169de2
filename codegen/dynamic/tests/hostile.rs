//! Hostile input never panics and never costs more than it carries: random bytes, every
//! golden vector cut short and with bytes flipped, claims of huge counts and lengths, and
//! mangled JSON. Whatever decodes encodes again, and decoding that gives the same JSON.

mod support;

use tl_dynamic::Codec;

/// splitmix64: repeatable random bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Decodes `bytes`; when that works, the JSON must encode, and the bytes it gives must
/// decode to the same JSON (the first decode may have normalized flags or padding).
fn survive(codec: &Codec, bytes: &[u8]) {
    let Ok(json) = codec.decode(bytes) else {
        return;
    };
    let again = codec
        .encode(&json)
        .unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(codec.decode(&again).unwrap(), json);
}

#[test]
fn cut_and_flipped_vectors_never_panic() {
    let codecs = [support::layer(), support::layer_nested()];
    for v in support::vectors() {
        for codec in &codecs {
            for cut in 0..v.bytes.len() {
                assert!(
                    codec.decode(&v.bytes[..cut]).is_err(),
                    "{} cut {cut}",
                    v.name
                );
            }
            for i in 0..v.bytes.len() {
                for flip in [0x01, 0x10, 0x80, 0xff] {
                    let mut bytes = v.bytes.clone();
                    bytes[i] ^= flip;
                    survive(codec, &bytes);
                }
            }
        }
    }
}

#[test]
fn random_bytes_after_real_ids_never_panic() {
    let codec = support::layer_nested();
    let ids: Vec<u32> = codec.schema().definitions.iter().map(|d| d.id).collect();
    let mut rng = Rng(7);
    for round in 0..20_000 {
        let id = ids[rng.next() as usize % ids.len()];
        let len = rng.next() as usize % 64;
        let mut bytes = id.to_le_bytes().to_vec();
        // Mostly small words (plausible counts, lengths and flags), some random bytes.
        for _ in 0..len {
            match rng.next() % 4 {
                0 => bytes.extend((rng.next() as u32 % 3).to_le_bytes()),
                _ => bytes.push(rng.next() as u8),
            }
        }
        survive(&codec, &bytes);
        let ty = [
            "Vector<long>",
            "Update",
            "vector<future_salt>",
            "Bool",
            "bytes",
            "int256",
        ][round % 6];
        let _ = codec.decode_as(ty, &bytes);
    }
}

#[test]
fn huge_claims_fail_before_anything_is_allocated() {
    let codec = support::layer();
    for hex in [
        // messages.chatAdminsWithInvites with 2^31-1 and 2^32-1 admins.
        "d7729bb615c4b51cffffff7f",
        "d7729bb615c4b51cffffffff",
        // messages.checkChatInvite with a 2^24-1 byte hash.
        "bbb1ad3efeffffff00000000",
        // future_salts claiming 2^31-1 bare salts.
        "950850ae000000000000000000000000ffffff7f",
    ] {
        assert!(codec.decode(&support::hex(hex)).is_err(), "{hex}");
    }
    let long = codec.decode_as("Vector<long>", &support::hex("15c4b51cffffff7f"));
    assert!(long.is_err());
}

#[test]
fn mangled_json_never_panics() {
    let codec = support::layer();
    let mut rng = Rng(11);
    for v in support::vectors() {
        let text = v.json.as_bytes();
        for _ in 0..200 {
            let mut mangled = text.to_vec();
            let at = rng.next() as usize % mangled.len();
            match rng.next() % 3 {
                0 => {
                    mangled.remove(at);
                }
                1 => mangled.insert(at, b"{}[]\":,0-e.9x_"[rng.next() as usize % 14]),
                _ => mangled[at] = b"{}[]\":,0-e.9x_"[rng.next() as usize % 14],
            }
            if let Ok(text) = std::str::from_utf8(&mangled) {
                if let Ok(bytes) = codec.encode(text) {
                    survive(&codec, &bytes);
                }
            }
        }
    }
    for text in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"_":null}"#,
        r#"{"_":"boolTrue","_":1}"#,
        "{{{",
    ] {
        assert!(codec.encode(text).is_err(), "{text}");
    }
}
