//! Every golden vector (`tests/vectors/*.jsonl`, bytes real clients produced) through the
//! layer's schema read at run time: the bytes decode to exactly the vector's TL-JSON text
//! (key order and number spelling included) and that text encodes to exactly the bytes,
//! also with nested messages on (no vector holds one, so nothing changes).

mod support;

#[test]
fn every_vector_decodes_to_its_exact_json_and_encodes_to_its_exact_bytes() {
    let codec = support::layer();
    let nested = support::layer_nested();
    for v in support::vectors() {
        let json = codec
            .decode(&v.bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(json, v.json, "{}: decode", v.name);
        let bytes = codec
            .encode(&v.json)
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(bytes, v.bytes, "{}: encode", v.name);
        assert_eq!(
            nested.decode(&v.bytes).unwrap(),
            v.json,
            "{}: nested",
            v.name
        );
    }
}

#[test]
fn the_vectors_pretty_printed_or_reordered_encode_the_same() {
    let codec = support::layer();
    for v in support::vectors() {
        let value: serde_json::Value = serde_json::from_str(&v.json).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        assert_eq!(
            codec.encode(&pretty).unwrap(),
            v.bytes,
            "{}: pretty",
            v.name
        );
        // `"_"` last in every object: each is buffered, then read.
        let last = tag_last(&value);
        assert_eq!(codec.encode(&last).unwrap(), v.bytes, "{}: {last}", v.name);
    }
}

/// `value` as JSON text with `"_"` written last in every object.
fn tag_last(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<String> = map
                .iter()
                .filter(|(key, _)| key.as_str() != "_")
                .map(|(key, value)| format!("{key:?}:{}", tag_last(value)))
                .collect();
            if let Some(tag) = map.get("_") {
                entries.push(format!("\"_\":{tag}"));
            }
            format!("{{{}}}", entries.join(","))
        }
        serde_json::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(tag_last).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}
