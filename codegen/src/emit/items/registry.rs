//! `registry.rs` of the generated crate (feature `json`): TL bytes <-> TL-JSON for any boxed
//! constructor or function of the set, dispatched on the leading id or on `"_"`, and bytes
//! of a type the caller names (`decode_json_as`), looked up by TL name.

use std::collections::BTreeSet;

use crate::model::{Category, QualName};

use crate::emit::code::Code;
use crate::emit::plan::context::Context;
use crate::emit::plan::naming::tl_name;

/// One decodable, encodable unit: a function struct or a boxed type's enum.
struct Entry {
    /// `functions::messages::ExportChatInvite` or `enums::InputPeer`.
    path: String,
    ids: Vec<u32>,
    names: Vec<String>,
    /// The boxed type; `None` for a function.
    ty: Option<QualName>,
}

/// Functions (without type parameters: their answer type is unknown) and boxed types.
fn entries(ctx: &Context<'_>) -> Vec<Entry> {
    let mut entries = Vec::new();
    for &def in &ctx.closure.definitions {
        let definition = ctx.def(def);
        if definition.category == Category::Function && definition.generics.is_empty() {
            entries.push(Entry {
                path: ctx.index.item_path(def),
                ids: vec![definition.id],
                names: vec![tl_name(&definition.name)],
                ty: None,
            });
        }
    }
    // `Object`/`Function` hold every constructor/function: their own types come first.
    let any: Vec<QualName> = ctx
        .index
        .schema
        .any_types()
        .into_iter()
        .map(|(ty, _)| ty)
        .collect();
    for ty in ctx.closure.types.iter().filter(|ty| !any.contains(ty)) {
        let constructors = ctx.index.constructors_of(ty);
        entries.push(Entry {
            path: ctx.index.enum_path(ty),
            ids: constructors.iter().map(|&c| ctx.def(c).id).collect(),
            names: constructors
                .iter()
                .map(|&c| tl_name(&ctx.def(c).name))
                .collect(),
            ty: Some(ty.clone()),
        });
    }
    entries
}

/// The arms of `json_reader`: one per boxed type (`"InputPeer"`, its enum) and one per
/// constructor (`"inputPeerChannel"`, bare), by TL name; a name already taken (a constructor
/// spelled like a type) keeps its first arm.
fn reader_arms(ctx: &Context<'_>, entries: &[Entry]) -> Vec<(String, String, &'static str)> {
    let mut seen = BTreeSet::new();
    let mut arms = Vec::new();
    for (ty, path) in entries
        .iter()
        .filter_map(|e| Some((e.ty.as_ref()?, &e.path)))
    {
        let name = tl_name(ty);
        if seen.insert(name.clone()) {
            arms.push((format!("\"{name}\""), path.clone(), "json::read_value"));
        }
    }
    for &def in &ctx.closure.definitions {
        let definition = ctx.def(def);
        if definition.category != Category::Constructor || !definition.generics.is_empty() {
            continue;
        }
        let name = tl_name(&definition.name);
        if seen.insert(name.clone()) {
            let path = ctx.index.item_path(def);
            arms.push((format!("\"{name}\""), path, "json::read_bare"));
        }
    }
    arms
}

/// `decode_json_as` and its lookup of TL names:
///
/// ```ignore
/// pub fn decode_json_as(ty: &str, bytes: &[u8]) -> Result<String, JsonError> {
///     json::decode_as(ty, bytes, json_reader)
/// }
/// fn json_reader(name: &str) -> Option<json::ReadJson> {
///     let read: json::ReadJson = match name {
///         "InputPeer" => json::read_value::<enums::InputPeer>,
///         "inputPeerChannel" => json::read_bare::<types::InputPeerChannel>,
///         _ => return None,
///     };
///     Some(read)
/// }
/// ```
fn write_decode_as(code: &mut Code, ctx: &Context<'_>, entries: &[Entry]) {
    code.docs(
        "Decodes all of `bytes` as the type `ty` (trailing bytes are an error) into one\n\
         line of TL-JSON: what [`decode_json`] cannot tell from a leading id.\n\n\
         `ty` is a boxed type of this set (`ExportedChatInvite`: the id is checked), a\n\
         constructor (`chatInviteExported`: bare, no id; printed with its `\"_\"`), a\n\
         primitive (`int`, `long`, `double`, `string`, `bytes`, `int128`, `int256`,\n\
         `Bool`), or `Vector<T>` / the bare `vector<T>` of any of these\n\
         (`Vector<long>`). Any other name is [`JsonError::UnknownType`].",
    );
    code.open("pub fn decode_json_as(ty: &str, bytes: &[u8]) -> Result<String, JsonError>");
    code.line("json::decode_as(ty, bytes, json_reader)");
    code.close();
    code.docs("How to read the boxed type or constructor named `name` (TL spelling).");
    code.open("fn json_reader(name: &str) -> Option<json::ReadJson>");
    code.open("let read: json::ReadJson = match name");
    for (name, path, read) in reader_arms(ctx, entries) {
        typed_arm(code, &[name], &path, &format!("{read}::<{{}}>"));
    }
    code.line("_ => return None,");
    code.close_with(";");
    code.line("Some(read)");
    code.close();
}

/// `encode_json`: TL-JSON read through the runtime's `json::Tagged`, dispatched on `"_"`.
fn write_encode(code: &mut Code, entries: &[Entry]) {
    code.docs(
        "Encodes one TL-JSON object (a constructor or function of this set, named by\n\
         `\"_\"`) as boxed TL bytes.",
    );
    code.open("pub fn encode_json(text: &str) -> Result<Vec<u8>, JsonError>");
    code.line("let Any(bytes) = json::encode_text(text)?;");
    code.line("Ok(bytes?)");
    code.close();
    code.docs("Any value of the set, already encoded (or why it cannot be).");
    code.line("struct Any(Result<Vec<u8>, EncodeError>);");
    code.open("impl json::Tagged for Any");
    code.line("const EXPECTING: &'static str = \"a constructor or function of this set\";");
    code.fn_open(
        "fn variant<'de, D: serde::Deserializer<'de>>",
        &["tag: &str".to_owned(), "content: D".to_owned()],
        " -> Result<Option<Self>, D::Error>",
    );
    code.open("let bytes = match tag");
    code.line("\"boolTrue\" => Some(json::bool_value(true, content)?),");
    code.line("\"boolFalse\" => Some(json::bool_value(false, content)?),");
    for e in entries {
        let names: Vec<String> = e.names.iter().map(|n| format!("\"{n}\"")).collect();
        let value = if e.ty.is_none() {
            "Some(json::function::<{}, D>(content)?)"
        } else {
            "json::variant::<{}, D>(tag, content)?"
        };
        typed_arm(code, &names, &e.path, value);
    }
    code.line("_ => None,");
    code.close_with(";");
    code.line("Ok(bytes.map(Any))");
    code.close();
    code.close();
}

/// A match arm whose value is `template` with `path` in its `{}`: on one line when it
/// fits, else in a block that names the type `T` first (so no line holds a long path in
/// angle brackets, which rustfmt would break):
///
/// ```ignore
/// 0x1cb5c415 | 0x997275b5 => {
///     type T = enums::messages::ExportedChatInvites;
///     json::decode::<T>(bytes)
/// }
/// ```
fn typed_arm(code: &mut Code, patterns: &[String], path: &str, template: &str) {
    let value = template.replacen("{}", path, 1);
    let joined = format!("{} => {value},", patterns.join(" | "));
    if code.fits(&joined) {
        code.line(&joined);
        return;
    }
    let statements = [format!("type T = {path};"), template.replacen("{}", "T", 1)];
    code.arm_block(patterns, &statements);
}

/// The module:
///
/// ```ignore
/// pub fn decode_json(bytes: &[u8]) -> Result<String, JsonError> {
///     match json::leading_id(bytes)? {
///         tl_runtime::BOOL_TRUE_ID | tl_runtime::BOOL_FALSE_ID => json::decode_bool(bytes),
///         0xa455de90 => json::decode_function::<functions::messages::ExportChatInvite>(bytes),
///         0x7da07ec9 | 0x27bcbbfc => json::decode::<enums::InputPeer>(bytes),
///         id => Err(JsonError::UnknownId { id }),
///     }
/// }
/// pub fn decode_json_as(ty: &str, bytes: &[u8]) -> Result<String, JsonError> { .. }
/// pub fn encode_json(text: &str) -> Result<Vec<u8>, JsonError> { .. }
/// ```
pub fn write_registry(code: &mut Code, ctx: &Context<'_>) {
    let entries = entries(ctx);
    let feature = ctx.json.unwrap_or(crate::emit::DEFAULT_JSON_FEATURE);
    code.inner_docs(&format!(
        "TL bytes <-> TL-JSON for any boxed constructor or function of this set\n\
         (crate feature `{feature}`), through the generated types.\n\n\
         [`decode_json`] reads the leading id and prints the value as one line of TL-JSON\n\
         (a top-level `Bool` as `{{\"_\":\"boolTrue\"}}`); [`encode_json`] reads `\"_\"` and\n\
         writes the boxed bytes; [`decode_json_as`] reads bytes of a type the caller\n\
         names (a bare constructor, a `Vector<T>` answer, a primitive). Errors say what\n\
         was wrong and where: the byte offset and the field for bytes, the path of the\n\
         field (`peer.channel_id`) for JSON."
    ));
    code.line("#[allow(unused_imports)]");
    code.line("use super::{enums, functions, tl_runtime, types};");
    code.line("use tl_runtime::json::{self, JsonError};");
    code.line("use tl_runtime::EncodeError;");
    code.docs(
        "Decodes the boxed bytes of any constructor or function of this set (all of\n\
         them: trailing bytes are an error) into one line of TL-JSON.",
    );
    code.open("pub fn decode_json(bytes: &[u8]) -> Result<String, JsonError>");
    code.open("match json::leading_id(bytes)?");
    code.line("tl_runtime::BOOL_TRUE_ID | tl_runtime::BOOL_FALSE_ID => json::decode_bool(bytes),");
    for e in &entries {
        let ids: Vec<String> = e.ids.iter().map(|id| format!("{id:#010x}")).collect();
        let value = if e.ty.is_none() {
            "json::decode_function::<{}>(bytes)"
        } else {
            "json::decode::<{}>(bytes)"
        };
        typed_arm(code, &ids, &e.path, value);
    }
    code.line("id => Err(JsonError::UnknownId { id }),");
    code.close();
    code.close();
    write_decode_as(code, ctx, &entries);
    write_encode(code, &entries);
}
