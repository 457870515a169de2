//! `registry.rs` of the generated crate (feature `json`): TL bytes <-> TL-JSON for any boxed
//! constructor or function of the set, dispatched on the leading id or on `"_"`.

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
    function: bool,
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
                function: true,
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
            function: false,
        });
    }
    entries
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
/// pub fn encode_json(text: &str) -> Result<Vec<u8>, JsonError> { .. }
/// ```
pub fn emit_registry(ctx: &Context<'_>) -> TokenStream {
    let entries = entries(ctx);
    let decode_arms = entries.iter().map(|e| {
        let ids = e.ids.iter().map(|&id| id_literal(id));
        let path = &e.path;
        if e.function {
            quote!(#(#ids)|* => json::decode_function::<#path>(bytes),)
        } else {
            quote!(#(#ids)|* => json::decode::<#path>(bytes),)
        }
    });
    let encode_arms = entries.iter().map(|e| {
        let (names, path) = (&e.names, &e.path);
        if e.function {
            quote!(#(#names)|* => Some(json::function::<#path, D>(content)?),)
        } else {
            quote!(#(#names)|* => json::variant::<#path, D>(tag, content)?,)
        }
    });
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
        //! writes the boxed bytes. Errors say what was wrong and where: the byte offset and
        //! the field for bytes, the path of the field (`peer.channel_id`) for JSON.
        #[allow(unused_imports)]
        use super::{enums, functions, tl_runtime};
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
