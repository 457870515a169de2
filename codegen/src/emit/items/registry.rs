//! `registry.rs` of the generated crate (feature `json`): TL bytes <-> TL-JSON for any boxed
//! constructor or function of the set, dispatched on the leading id or on `"_"`, and bytes
//! of a type the caller names (`decode_json_as`), looked up by TL name.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Category, QualName};

use crate::emit::items::docs::inner_doc_attrs;
use crate::emit::items::enums::id_literal;
use crate::emit::plan::context::Context;
use crate::emit::plan::naming::tl_name;

/// One decodable, encodable unit: a function struct or a boxed type's enum.
struct Entry {
    /// `functions::messages::ExportChatInvite` or `enums::InputPeer`.
    path: TokenStream,
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
fn reader_arms(ctx: &Context<'_>, entries: &[Entry]) -> Vec<TokenStream> {
    let mut seen = BTreeSet::new();
    let mut arms = Vec::new();
    for (ty, path) in entries
        .iter()
        .filter_map(|e| Some((e.ty.as_ref()?, &e.path)))
    {
        let name = tl_name(ty);
        if seen.insert(name.clone()) {
            arms.push(quote!(#name => json::read_value::<#path>,));
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
            arms.push(quote!(#name => json::read_bare::<#path>,));
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
fn emit_decode_as(ctx: &Context<'_>, entries: &[Entry]) -> TokenStream {
    let arms = reader_arms(ctx, entries);
    quote! {
        /// Decodes all of `bytes` as the type `ty` (trailing bytes are an error) into one
        /// line of TL-JSON: what [`decode_json`] cannot tell from a leading id.
        ///
        /// `ty` is a boxed type of this set (`ExportedChatInvite`: the id is checked), a
        /// constructor (`chatInviteExported`: bare, no id; printed with its `"_"`), a
        /// primitive (`int`, `long`, `double`, `string`, `bytes`, `int128`, `int256`,
        /// `Bool`), or `Vector<T>` / the bare `vector<T>` of any of these
        /// (`Vector<long>`). Any other name is [`JsonError::UnknownType`].
        pub fn decode_json_as(ty: &str, bytes: &[u8]) -> Result<String, JsonError> {
            json::decode_as(ty, bytes, json_reader)
        }

        /// How to read the boxed type or constructor named `name` (TL spelling).
        fn json_reader(name: &str) -> Option<json::ReadJson> {
            let read: json::ReadJson = match name {
                #(#arms)*
                _ => return None,
            };
            Some(read)
        }
    }
}

/// `encode_json`: TL-JSON read through the runtime's `json::Tagged`, dispatched on `"_"`.
fn emit_encode(entries: &[Entry]) -> TokenStream {
    let encode_arms = entries.iter().map(|e| {
        let (names, path) = (&e.names, &e.path);
        if e.ty.is_none() {
            quote!(#(#names)|* => Some(json::function::<#path, D>(content)?),)
        } else {
            quote!(#(#names)|* => json::variant::<#path, D>(tag, content)?,)
        }
    });
    quote! {
        /// Encodes one TL-JSON object (a constructor or function of this set, named by
        /// `"_"`) as boxed TL bytes.
        pub fn encode_json(text: &str) -> Result<Vec<u8>, JsonError> {
            let Any(bytes) = json::encode_text(text)?;
            Ok(bytes?)
        }

        /// Any value of the set, already encoded (or why it cannot be).
        struct Any(Result<Vec<u8>, EncodeError>);

        impl json::Tagged for Any {
            const EXPECTING: &'static str = "a constructor or function of this set";
            fn variant<'de, D: serde::Deserializer<'de>>(
                tag: &str,
                content: D,
            ) -> Result<Option<Self>, D::Error> {
                let bytes = match tag {
                    "boolTrue" => Some(json::bool_value(true, content)?),
                    "boolFalse" => Some(json::bool_value(false, content)?),
                    #(#encode_arms)*
                    _ => None,
                };
                Ok(bytes.map(Any))
            }
        }
    }
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
pub fn emit_registry(ctx: &Context<'_>) -> TokenStream {
    let entries = entries(ctx);
    let decode_arms = entries.iter().map(|e| {
        let ids = e.ids.iter().map(|&id| id_literal(id));
        let path = &e.path;
        if e.ty.is_none() {
            quote!(#(#ids)|* => json::decode_function::<#path>(bytes),)
        } else {
            quote!(#(#ids)|* => json::decode::<#path>(bytes),)
        }
    });
    let decode_as = emit_decode_as(ctx, &entries);
    let encode = emit_encode(&entries);
    let feature = ctx.json.unwrap_or(crate::emit::DEFAULT_JSON_FEATURE);
    let opening = inner_doc_attrs(&format!(
        "TL bytes <-> TL-JSON for any boxed constructor or function of this set\n\
         (crate feature `{feature}`): what the `tl` command line tool is built on."
    ));
    quote! {
        #opening
        //!
        //! [`decode_json`] reads the leading id and prints the value as one line of TL-JSON
        //! (a top-level `Bool` as `{"_":"boolTrue"}`); [`encode_json`] reads `"_"` and
        //! writes the boxed bytes; [`decode_json_as`] reads bytes of a type the caller
        //! names (a bare constructor, a `Vector<T>` answer, a primitive). Errors say what
        //! was wrong and where: the byte offset and the field for bytes, the path of the
        //! field (`peer.channel_id`) for JSON.
        #[allow(unused_imports)]
        use super::{enums, functions, tl_runtime, types};
        use tl_runtime::json::{self, JsonError};
        use tl_runtime::EncodeError;

        /// Decodes the boxed bytes of any constructor or function of this set (all of
        /// them: trailing bytes are an error) into one line of TL-JSON.
        pub fn decode_json(bytes: &[u8]) -> Result<String, JsonError> {
            match json::leading_id(bytes)? {
                tl_runtime::BOOL_TRUE_ID | tl_runtime::BOOL_FALSE_ID => json::decode_bool(bytes),
                #(#decode_arms)*
                id => Err(JsonError::UnknownId { id }),
            }
        }

        #decode_as

        #encode
    }
}
