//! Opt-in zero-copy decoding: `Bytes` (TL `bytes`) and `SharedStr` (TL `string`) have
//! the wire form of `Vec<u8>` and `String`; decoded from a shared `Bytes` buffer they
//! point into it, decoded from a plain slice they are copies; invalid UTF-8 and cut
//! input fail as for the owned types.

use std::io::Write;
use std::ops::Range;

use proptest::collection::vec;
use proptest::prelude::*;
use tl_runtime::bytes::Bytes;
use tl_runtime::{
    CallError, Decode, DecodeError, DecodeErrorKind, DecodeOptions, Encode, Identifiable, Output,
    Reader, RemoteCall, RpcError, SharedStr,
};

/// The lengths around the 1-byte / 4-byte length forms (253 is the longest short one).
const LENGTHS: [usize; 6] = [0, 1, 3, 253, 254, 1000];

/// The addresses of `buf`'s bytes.
fn span(buf: &[u8]) -> Range<usize> {
    let start = buf.as_ptr() as usize;
    start..start + buf.len()
}

/// Whether all of `value` lies inside `buf` (and it is not empty: an empty value shares
/// nothing).
fn inside(value: &[u8], buf: &[u8]) -> bool {
    let (value, buf) = (span(value), span(buf));
    !value.is_empty() && buf.start <= value.start && value.end <= buf.end
}

/// Whether no byte of `value` lies inside `buf`.
fn outside(value: &[u8], buf: &[u8]) -> bool {
    let (value, buf) = (span(value), span(buf));
    value.end <= buf.start || buf.end <= value.start
}

/// Text of `len` bytes with multi-byte characters in it (`len` >= 3 gets one).
fn text(len: usize) -> String {
    let mut text = String::new();
    if len >= 3 {
        text.push('€');
    }
    while text.len() < len {
        text.push(char::from(b'a' + (text.len() % 26) as u8));
    }
    text
}

#[test]
fn bytes_round_trip_in_both_length_forms_and_share_the_source() {
    for len in LENGTHS {
        let data: Vec<u8> = (0..len).map(|i| (i * 7 + 1) as u8).collect();
        let value = Bytes::from(data.clone());
        let wire = value.to_bytes().unwrap();
        assert_eq!(
            wire,
            data.to_bytes().unwrap(),
            "len {len}: the Vec<u8> wire form"
        );
        assert_eq!(value.encoded_len(), Ok(wire.len()));
        assert_eq!(wire[0] == 254, len >= 254, "len {len}: the length form");

        let shared = Bytes::from(wire.clone());
        let back = Bytes::from_bytes(&shared).unwrap();
        assert_eq!(back, value, "len {len}");
        assert_eq!(inside(&back, &shared), len > 0, "len {len}: shared");

        let copied = Bytes::from_bytes(&shared[..]).unwrap();
        assert_eq!(copied, value, "len {len}");
        assert!(outside(&copied, &shared), "len {len}: copied");
        assert_eq!(Vec::<u8>::from_bytes(&shared).unwrap(), data);
    }
}

#[test]
fn shared_strings_round_trip_in_both_length_forms_and_share_the_source() {
    for len in LENGTHS {
        let owned = text(len);
        assert_eq!(owned.len(), len);
        let value = SharedStr::from(owned.clone());
        let wire = value.to_bytes().unwrap();
        assert_eq!(
            wire,
            owned.to_bytes().unwrap(),
            "len {len}: the String wire form"
        );
        assert_eq!(value.encoded_len(), Ok(wire.len()));

        let shared = Bytes::from(wire.clone());
        let back = SharedStr::from_bytes(&shared).unwrap();
        assert_eq!(back, owned, "len {len}");
        assert_eq!(
            inside(back.as_bytes(), &shared),
            len > 0,
            "len {len}: shared"
        );

        let copied = SharedStr::from_bytes(&wire).unwrap();
        assert_eq!(copied, owned, "len {len}");
        assert!(outside(copied.as_bytes(), &wire), "len {len}: copied");
        assert_eq!(String::from_bytes(&shared).unwrap(), owned);
    }
}

#[test]
fn shared_values_outlive_the_callers_handle() {
    let shared = Bytes::from(SharedStr::from("kept").to_bytes().unwrap());
    let text = SharedStr::from_bytes(&shared).unwrap();
    let address = shared.as_ptr() as usize + 1;
    drop(shared);
    assert_eq!(text, "kept");
    assert_eq!(text.as_ptr() as usize, address);
}

#[test]
fn the_long_form_of_a_short_value_is_shared_too() {
    // 0xfe and a 3-byte length of 2: non-canonical but accepted (see `string`).
    let shared = Bytes::from_static(&[0xfe, 2, 0, 0, b'h', b'i', 0, 0]);
    let text = SharedStr::from_bytes(&shared).unwrap();
    assert_eq!(text, "hi");
    assert_eq!(text.as_ptr(), shared[4..].as_ptr());
    assert_eq!(
        Bytes::from_bytes(&shared).unwrap().as_ptr(),
        shared[4..].as_ptr()
    );
}

#[test]
fn invalid_utf8_fails_as_for_string() {
    // "a", then 0xff (never valid in UTF-8), "b": 4 data bytes, 3 of padding.
    let wire = [4, b'a', 0xff, b'b', b'c', 0, 0, 0];
    let expected = Err(DecodeErrorKind::InvalidUtf8 {
        offset: 2,
        string_offset: 1,
    });
    let kind = |result: Result<SharedStr, DecodeError>| result.map_err(DecodeError::into_kind);
    assert_eq!(
        String::from_bytes(&wire).map_err(DecodeError::into_kind),
        Err(expected.clone().unwrap_err())
    );
    assert_eq!(kind(SharedStr::from_bytes(&wire)), expected);
    assert_eq!(
        kind(SharedStr::from_bytes(&Bytes::copy_from_slice(&wire))),
        expected
    );
    // The same data as `bytes` is fine.
    assert_eq!(
        Bytes::from_bytes(&Bytes::copy_from_slice(&wire)).unwrap(),
        &[b'a', 0xff, b'b', b'c'][..]
    );
    // A character cut at the end of the data.
    let cut = [2, b'a', 0xc3, 0];
    assert_eq!(
        kind(SharedStr::from_bytes(&cut)),
        Err(DecodeErrorKind::InvalidUtf8 {
            offset: 2,
            string_offset: 1
        })
    );
}

#[test]
fn truncation_at_every_cut_is_an_unexpected_end() {
    for len in LENGTHS {
        let wire = SharedStr::from(text(len)).to_bytes().unwrap();
        let shared = Bytes::from(wire.clone());
        for cut in 0..wire.len() {
            let part = shared.slice(..cut);
            let results = [
                SharedStr::from_bytes(&part).map(|_| ()),
                SharedStr::from_bytes(&part[..]).map(|_| ()),
                Bytes::from_bytes(&part).map(|_| ()),
                Bytes::from_bytes(&part[..]).map(|_| ()),
            ];
            for result in results {
                let kind = result.map_err(DecodeError::into_kind);
                assert!(
                    matches!(kind, Err(DecodeErrorKind::UnexpectedEnd { .. })),
                    "len {len}, cut {cut}: {kind:?}"
                );
            }
        }
    }
}

#[test]
fn trailing_bytes_and_prefixes_work_as_for_from_bytes() {
    let shared = Bytes::from_static(&[1, b'x', 0, 0, 9, 9, 9, 9]);
    assert_eq!(
        SharedStr::from_bytes(&shared).map_err(DecodeError::into_kind),
        Err(DecodeErrorKind::TrailingBytes {
            offset: 4,
            remaining: 4
        })
    );
    let (value, used) = SharedStr::from_bytes_with(
        &shared,
        tl_runtime::DecodeOptions::new().allow_trailing_bytes(true),
    )
    .unwrap();
    assert_eq!((value.as_str(), used), ("x", 4));
    let options = DecodeOptions::new().allow_trailing_bytes(true);
    let (value, used) = Bytes::from_bytes_with(&shared, options).unwrap();
    assert_eq!((&value[..], used), (&b"x"[..], 4));
    assert_eq!(value.as_ptr(), shared[1..].as_ptr());
}

// ---- a struct in the shape the generator emits --------------------------------------

/// `exportedLink#0badf00d flags:# revoked:flags.0?true link:string admin_id:long
/// title:flags.8?string file_reference:bytes thumb:flags.1?bytes
/// tags:Vector<string> = ExportedLink;` with the opt-in zero-copy field types, written
/// as the generator writes `chatInviteExported` and `photo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "json", derive(serde::Serialize, serde::Deserialize))]
struct ExportedLink {
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "tl_runtime::json::is_false")
    )]
    pub revoked: bool,
    pub link: SharedStr,
    #[cfg_attr(feature = "json", serde(with = "tl_runtime::json::long"))]
    pub admin_id: i64,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<SharedStr>,
    #[cfg_attr(feature = "json", serde(with = "tl_runtime::json::hex"))]
    pub file_reference: Bytes,
    #[cfg_attr(
        feature = "json",
        serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "tl_runtime::json::hex"
        )
    )]
    pub thumb: Option<Bytes>,
    pub tags: Vec<SharedStr>,
}

/// The TL name the test constructors' reads are named after.
const NAME: &str = "exportedLink";

impl Identifiable for ExportedLink {
    const CONSTRUCTOR_ID: u32 = 0x0bad_f00d;
    const NAME: &'static str = "exportedLink";
}

impl Encode for ExportedLink {
    #[inline]
    fn write_to<O: Output>(&self, out: &mut O) {
        let flags = self.revoked as u32
            | (self.thumb.is_some() as u32) << 1
            | (self.title.is_some() as u32) << 8;
        flags.write_to(out);
        self.link.write_to(out);
        self.admin_id.write_to(out);
        tl_runtime::write_optional(&self.title, out);
        self.file_reference.write_to(out);
        tl_runtime::write_optional(&self.thumb, out);
        self.tags.write_to(out);
    }
}

impl Decode<'_> for ExportedLink {
    #[inline]
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let flags: u32 = reader.field(NAME, "flags")?;
        let revoked = (flags & 1) != 0;
        let link = reader.field(NAME, "link")?;
        let admin_id = reader.field(NAME, "admin_id")?;
        let title = reader.flagged(NAME, flags, 8, "title")?;
        let file_reference = reader.field(NAME, "file_reference")?;
        let thumb = reader.flagged(NAME, flags, 1, "thumb")?;
        let tags = reader.field(NAME, "tags")?;
        Ok(Self {
            revoked,
            link,
            admin_id,
            title,
            file_reference,
            thumb,
            tags,
        })
    }
}

/// The same constructor with the default owned field types.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(serde::Serialize))]
struct OwnedLink {
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "tl_runtime::json::is_false")
    )]
    pub revoked: bool,
    pub link: String,
    #[cfg_attr(feature = "json", serde(with = "tl_runtime::json::long"))]
    pub admin_id: i64,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    #[cfg_attr(feature = "json", serde(with = "tl_runtime::json::hex"))]
    pub file_reference: Vec<u8>,
    #[cfg_attr(
        feature = "json",
        serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "tl_runtime::json::hex"
        )
    )]
    pub thumb: Option<Vec<u8>>,
    pub tags: Vec<String>,
}

impl Decode<'_> for OwnedLink {
    fn read(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let flags: u32 = reader.field(NAME, "flags")?;
        Ok(Self {
            revoked: (flags & 1) != 0,
            link: reader.field(NAME, "link")?,
            admin_id: reader.field(NAME, "admin_id")?,
            title: reader.flagged(NAME, flags, 8, "title")?,
            file_reference: reader.field(NAME, "file_reference")?,
            thumb: reader.flagged(NAME, flags, 1, "thumb")?,
            tags: reader.field(NAME, "tags")?,
        })
    }
}

fn sample_link() -> ExportedLink {
    ExportedLink {
        revoked: true,
        link: SharedStr::from("https://t.me/+AbCdEfGhIjK"),
        admin_id: 1_234_567_890_123,
        title: Some(SharedStr::from(text(300))),
        file_reference: Bytes::from_static(&[0, 1, 2, 3, 4, 0xff]),
        thumb: Some(Bytes::from(vec![0x5a; 254])),
        tags: vec![
            SharedStr::from("a"),
            SharedStr::new(),
            SharedStr::from("日本"),
        ],
    }
}

#[test]
fn a_generated_shape_struct_decodes_every_field_from_the_shared_buffer() {
    let link = sample_link();
    let shared = Bytes::from(link.to_bytes().unwrap());
    assert_eq!(link.encoded_len(), Ok(shared.len()));

    let back = ExportedLink::from_bytes(&shared).unwrap();
    assert_eq!(back, link);
    assert!(inside(back.link.as_bytes(), &shared));
    assert!(inside(back.title.as_ref().unwrap().as_bytes(), &shared));
    assert!(inside(&back.file_reference, &shared));
    assert!(inside(back.thumb.as_ref().unwrap(), &shared));
    assert!(inside(back.tags[0].as_bytes(), &shared));
    assert!(inside(back.tags[2].as_bytes(), &shared));

    // From a plain slice: the same value, nothing inside the input.
    let copied = ExportedLink::from_bytes(&shared[..]).unwrap();
    assert_eq!(copied, link);
    assert!(outside(copied.link.as_bytes(), &shared));
    assert!(outside(&copied.file_reference, &shared));

    // The owned types read the same wire bytes to the same values.
    let owned = OwnedLink::from_bytes(&shared).unwrap();
    assert_eq!(owned.link, back.link);
    assert_eq!(owned.title.as_deref(), back.title.as_deref());
    assert_eq!(owned.file_reference, back.file_reference);
    assert_eq!(owned.thumb.as_deref(), back.thumb.as_deref());
    assert_eq!(owned.tags, back.tags);
}

#[test]
fn a_cut_struct_is_a_typed_error_with_its_field() {
    let shared = Bytes::from(sample_link().to_bytes().unwrap());
    for cut in 0..shared.len() {
        let error = ExportedLink::from_bytes(&shared.slice(..cut)).unwrap_err();
        assert!(
            matches!(
                error.kind(),
                DecodeErrorKind::UnexpectedEnd { .. } | DecodeErrorKind::LengthOutOfBounds { .. }
            ),
            "cut {cut}: {error}"
        );
        assert!(error.path().next().is_some(), "cut {cut}: {error}");
    }
    // Bad UTF-8 in `link` names the field.
    let mut wire = shared.to_vec();
    wire[5] = 0xff; // flags (4 bytes), the length byte, then the first letter
    let error = ExportedLink::from_bytes(&Bytes::from(wire)).unwrap_err();
    assert!(matches!(
        error.kind(),
        DecodeErrorKind::InvalidUtf8 { offset: 5, .. }
    ));
    assert!(
        error.to_string().starts_with("exportedLink.link: "),
        "{error}"
    );
}

#[cfg(feature = "json")]
#[test]
fn tl_json_of_the_zero_copy_types_is_that_of_the_owned_ones() {
    let link = sample_link();
    let owned = OwnedLink::from_bytes(&link.to_bytes().unwrap()).unwrap();
    let json = serde_json::to_value(&link).unwrap();
    assert_eq!(json, serde_json::to_value(&owned).unwrap());
    assert_eq!(json["file_reference"], "00010203 04ff".replace(' ', ""));
    assert_eq!(json["link"], "https://t.me/+AbCdEfGhIjK");
    let back: ExportedLink = serde_json::from_value(json).unwrap();
    assert_eq!(back, link);
    // From borrowed text as well as from an owned value.
    let text = serde_json::to_string(&link).unwrap();
    assert_eq!(serde_json::from_str::<ExportedLink>(&text).unwrap(), link);
    assert!(serde_json::from_str::<SharedStr>("7").is_err());
    assert_eq!(
        serde_json::from_str::<SharedStr>(r#""\u00e9""#).unwrap(),
        "é"
    );
}

/// Every shape of `tl_runtime::json::hex` over `Bytes`.
#[cfg(feature = "json")]
#[test]
fn the_hex_module_takes_every_shape_of_bytes() {
    use tl_runtime::RawVec;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Shapes {
        #[serde(with = "tl_runtime::json::hex")]
        one: Bytes,
        #[serde(default, with = "tl_runtime::json::hex")]
        maybe: Option<Bytes>,
        #[serde(with = "tl_runtime::json::hex")]
        many: Vec<Bytes>,
        #[serde(default, with = "tl_runtime::json::hex")]
        maybe_many: Option<Vec<Bytes>>,
        #[serde(with = "tl_runtime::json::hex")]
        bare_many: RawVec<Bytes>,
    }

    let shapes = Shapes {
        one: Bytes::from_static(&[0xab, 0x01]),
        maybe: None,
        many: vec![Bytes::new(), Bytes::from_static(&[0xff])],
        maybe_many: Some(vec![Bytes::from_static(&[0x10])]),
        bare_many: RawVec(vec![Bytes::from_static(&[0, 0])]),
    };
    let json = serde_json::to_value(&shapes).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "one": "ab01",
            "maybe": null,
            "many": ["", "ff"],
            "maybe_many": ["10"],
            "bare_many": ["0000"],
        })
    );
    assert_eq!(serde_json::from_value::<Shapes>(json).unwrap(), shapes);
    let error = serde_json::from_str::<Shapes>(r#"{"one": "abc"}"#).unwrap_err();
    assert!(error.to_string().contains("hex"), "{error}");
}

// ---- answers ---------------------------------------------------------------------------

/// `getLink#0a0b0c0d = ExportedLink;` (bare result, for the test).
struct GetLink;

impl Identifiable for GetLink {
    const CONSTRUCTOR_ID: u32 = 0x0a0b_0c0d;
    const NAME: &'static str = "getLink";
}

impl Encode for GetLink {
    fn write_to<O: Output>(&self, out: &mut O) {
        out.put_u32(Self::CONSTRUCTOR_ID);
    }
}

impl RemoteCall for GetLink {
    type Return = ExportedLink;
    type Error = RpcError;
}

/// `rpc_result#f35c6d01 req_msg_id:long = 7 result:...`.
fn rpc_result(result: &[u8]) -> Vec<u8> {
    let mut out = vec![0x01, 0x6d, 0x5c, 0xf3, 7, 0, 0, 0, 0, 0, 0, 0];
    out.extend_from_slice(result);
    out
}

/// `gzip_packed#3072cfa1 packed_data:bytes` of `inner`.
fn gzip_packed(inner: &[u8]) -> Vec<u8> {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(inner).unwrap();
    let mut out = vec![0xa1, 0xcf, 0x72, 0x30];
    Bytes::from(gzip.finish().unwrap())
        .encode_to_vec(&mut out)
        .unwrap();
    out
}

#[test]
fn shared_answers_share_the_answer_or_the_inflated_data() {
    let link = sample_link();
    let result = link.to_bytes().unwrap();

    let answer = Bytes::from(rpc_result(&result));
    let back = GetLink::decode_answer(&answer).unwrap();
    assert_eq!(back, link);
    assert!(inside(back.link.as_bytes(), &answer));
    assert!(inside(&back.file_reference, &answer));
    let copied = GetLink::decode_answer(&answer[..]).unwrap();
    assert_eq!(copied, link);
    assert!(outside(copied.link.as_bytes(), &answer));

    // Inflated data: one new buffer the values share (so two fields share it).
    let answer = Bytes::from(rpc_result(&gzip_packed(&result)));
    let back = GetLink::decode_answer(&answer).unwrap();
    assert_eq!(back, link);
    assert!(outside(back.link.as_bytes(), &answer));
    let (link_at, thumb_at) = (
        span(back.link.as_bytes()),
        span(back.thumb.as_ref().unwrap()),
    );
    assert_eq!(
        thumb_at.start - link_at.start,
        result.windows(254).position(|w| w == [0x5a; 254]).unwrap() - 5,
        "link and thumb lie in one inflated buffer, as far apart as in the result"
    );

    // Errors and limits are those of `decode_answer`.
    let error = [0x19, 0xca, 0x44, 0x21, 0x90, 1, 0, 0, 3, b'B', b'A', b'D'];
    assert_eq!(
        GetLink::decode_answer(&Bytes::copy_from_slice(&error)),
        Err(CallError::Rpc(RpcError::new(400, "BAD")))
    );
    let cut = answer.slice(..answer.len() - 1);
    assert_eq!(GetLink::decode_answer(&cut), GetLink::decode_answer(&cut));
    let options = DecodeOptions::new().depth_limit(1);
    assert_eq!(
        GetLink::decode_answer_with(&answer, options),
        GetLink::decode_answer_with(&answer, options)
    );
}

// ---- properties ------------------------------------------------------------------------

/// Data across the 253/254 boundary.
fn data() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        vec(any::<u8>(), 0..8),
        vec(any::<u8>(), 250..260),
        vec(any::<u8>(), 0..1100)
    ]
}

/// Text across the 253/254 boundary, with multi-byte characters.
fn texts() -> impl Strategy<Value = String> {
    prop_oneof![".{0,8}", "[a-zé日🦀]{60,300}", any::<String>()]
}

/// `encoded_len` is what is written; decoding from a shared buffer gives the value
/// back pointing into the buffer, decoding from a slice gives it back copied.
fn check<T>(value: &T, data: impl Fn(&T) -> &[u8]) -> Result<(), TestCaseError>
where
    T: Encode + tl_runtime::DecodeOwned + PartialEq + std::fmt::Debug,
{
    let wire = value
        .to_bytes()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value.encoded_len(), Ok(wire.len()));
    prop_assert_eq!(wire.len() % 4, 0);
    let shared = Bytes::from(wire);
    let back = T::from_bytes(&shared).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&back, value);
    prop_assert_eq!(inside(data(&back), &shared), !data(value).is_empty());
    let copied = T::from_bytes(&shared[..]).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&copied, value);
    prop_assert!(outside(data(&copied), &shared));
    Ok(())
}

proptest! {
    #[test]
    fn bytes_round_trip(data in data()) {
        let value = Bytes::from(data.clone());
        prop_assert_eq!(value.to_bytes().unwrap(), data.to_bytes().unwrap());
        check(&value, |value| value)?;
    }

    #[test]
    fn shared_strings_round_trip(text in texts()) {
        let value = SharedStr::from(text.clone());
        prop_assert_eq!(value.to_bytes().unwrap(), text.to_bytes().unwrap());
        check(&value, |value| value.as_bytes())?;
    }

    #[test]
    fn structs_round_trip(
        link in texts(),
        title in proptest::option::of(texts()),
        file_reference in data(),
        tags in vec(texts(), 0..4),
    ) {
        let value = ExportedLink {
            link: link.into(),
            title: title.map(SharedStr::from),
            file_reference: file_reference.into(),
            tags: tags.into_iter().map(SharedStr::from).collect(),
            ..ExportedLink::default()
        };
        let wire = Bytes::from(value.to_bytes().unwrap());
        prop_assert_eq!(value.encoded_len(), Ok(wire.len()));
        prop_assert_eq!(ExportedLink::from_bytes(&wire).unwrap(), value.clone());
        prop_assert_eq!(ExportedLink::from_bytes(&wire).unwrap(), value);
    }

    /// On arbitrary input the zero-copy types succeed or fail exactly as the owned
    /// ones, never panic, and what they read is what the owned ones read.
    #[test]
    fn arbitrary_input_reads_as_for_the_owned_types(input in vec(any::<u8>(), 0..300)) {
        let shared = Bytes::from(input.clone());
        let owned = String::from_bytes_with(&input, tl_runtime::DecodeOptions::new().allow_trailing_bytes(true));
        let text = SharedStr::from_bytes_with(&shared, tl_runtime::DecodeOptions::new().allow_trailing_bytes(true));
        prop_assert_eq!(
            text.as_ref().map(|(text, used)| (text.as_str(), *used)),
            owned.as_ref().map(|(text, used)| (text.as_str(), *used))
        );
        let owned = Vec::<u8>::from_bytes_with(&input, tl_runtime::DecodeOptions::new().allow_trailing_bytes(true));
        let bytes = Bytes::from_bytes_with(&shared, tl_runtime::DecodeOptions::new().allow_trailing_bytes(true));
        prop_assert_eq!(
            bytes.as_ref().map(|(bytes, used)| (&bytes[..], *used)),
            owned.as_ref().map(|(bytes, used)| (&bytes[..], *used))
        );
    }
}
