//! The `prost-build`-style setters of [`Config`]: attributes, `Bytes`/`SharedStr` fields and
//! extern types by TL path (the rule is in the docs of [`Config`]), and the loader's
//! `allow_external` switch. They only fill [`Customize`](crate::emit::Customize) and the
//! load options; the emitter does the rest.

use super::Config;

impl Config {
    /// Adds an outer attribute (or several: `#[derive(Hash, Eq)] #[non_exhaustive]`) to the
    /// struct of every constructor and function, and the enum of every boxed type, that
    /// `path` matches (see [Config](Config#customizing-the-generated-code)). It is written
    /// after the generated derives, so `#[derive(Hash, Eq)]` adds to
    /// `#[derive(Debug, Clone, PartialEq)]`. Repeatable; attributes keep the order of the
    /// calls. The text must parse as outer attributes (checked when generating).
    ///
    /// Serde attributes need the serde derives, which exist only under
    /// [`json_feature`](Self::json_feature) and only on structs (enums implement TL-JSON by
    /// hand): gate them, `#[cfg_attr(feature = "json", serde(..))]`.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .type_attribute("chatInviteExported", "#[derive(Hash, Eq)]") // a constructor
    ///     .type_attribute("messages.exportChatInvite", "#[must_use]") // a function
    ///     .type_attribute("ExportedChatInvite", "#[derive(Hash, Eq)]") // a boxed type's enum
    ///     .type_attribute("messages.", "#[doc(alias = \"messages\")]") // a whole namespace
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn type_attribute(
        &mut self,
        path: impl Into<String>,
        attribute: impl Into<String>,
    ) -> &mut Self {
        let pair = (path.into(), attribute.into());
        self.customize.type_attributes.push(pair);
        self
    }

    /// Adds an outer attribute to every field `path` matches: one field
    /// (`"chatInviteExported.link"`), or every field of the matching definitions
    /// (`"chatInviteExported"`, `"messages."`, `"."`). It follows the field's docs and
    /// generated serde attribute. Repeatable, like [`type_attribute`](Self::type_attribute).
    ///
    /// A serde `rename` must not be given to a field the generator already renames (a
    /// keyword such as `type`, written `r#type`, keeps its TL name in TL-JSON that way).
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .json_feature("json")
    ///     .field_attribute(
    ///         "chatInviteExported.link",
    ///         r#"#[cfg_attr(feature = "json", serde(rename = "url"))]"#,
    ///     )
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn field_attribute(
        &mut self,
        path: impl Into<String>,
        attribute: impl Into<String>,
    ) -> &mut Self {
        let pair = (path.into(), attribute.into());
        self.customize.field_attributes.push(pair);
        self
    }

    /// The TL `bytes` fields that `paths` match are `tl_runtime::bytes::Bytes` instead of
    /// `Vec<u8>`: cheap to clone, and sharing the buffer they were decoded from. Vectors
    /// and options follow (`Vec<Bytes>`, `Option<Bytes>`, `Option<Vec<Bytes>>`); the wire
    /// form and TL-JSON (hex) are the same. Repeatable.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .bytes(["upload.file.bytes", "secureFile."]) // one field; all fields of one constructor
    ///     .bytes(["."]) // or every `bytes` field
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn bytes<I, S>(&mut self, paths: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let paths = paths.into_iter().map(Into::into);
        self.customize.bytes.extend(paths);
        self
    }

    /// The TL `string` fields that `paths` match are `tl_runtime::SharedStr` instead of
    /// `String`: an immutable UTF-8 string sharing the buffer it was decoded from, which
    /// derefs to `&str`. Vectors and options follow, like [`bytes`](Self::bytes); the
    /// wire form and TL-JSON are the same. Repeatable.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .shared_strings(["message.message", "chatInviteExported."])
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn shared_strings<I, S>(&mut self, paths: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let paths = paths.into_iter().map(Into::into);
        self.customize.shared_strings.extend(paths);
        self
    }

    /// Borrowed views of the definitions `paths` match (names or prefixes, as for
    /// [`bytes`](Self::bytes); `"."` for all), and of everything they hold and, for
    /// functions, answer: module `borrowed`, laid out as the owned modules, with
    /// `&'a str` for `string`, `&'a [u8]` for `bytes`, and a lifetime on every type that
    /// holds them (the others are the owned types). A view decodes from `&'a [u8]`
    /// without copying any text (`Decode<'a>`), encodes as it is, and
    /// `tl_runtime::IntoOwned::into_owned` turns it into the owned type; a function's
    /// view answers with the owned return type. Repeatable; see
    /// [`borrowed_feature`](Self::borrowed_feature) to compile them under a feature.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .roots(["messages.getExportedChatInvites"])
    ///     .borrowed(["messages.getExportedChatInvites"]) // the call and its answer
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn borrowed<I, S>(&mut self, paths: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let paths = paths.into_iter().map(Into::into);
        self.customize.borrowed.extend(paths);
        self
    }

    /// Compiles the module `borrowed` ([`borrowed`](Self::borrowed)) only under the cargo
    /// feature `name` of the including crate (`#[cfg(feature = "..")] pub mod borrowed;`).
    pub fn borrowed_feature(&mut self, name: impl Into<String>) -> &mut Self {
        self.borrowed = crate::emit::Gate::Feature(name.into());
        self
    }

    /// Uses boxed types generated elsewhere: every reference to a boxed type `tl_path`
    /// matches is written as `rust_path`, and its enum is not generated. `tl_path` is one
    /// boxed type (`"InputPeer"`, `"storage.FileType"`: written as `rust_path` itself) or a
    /// prefix (`"storage."`, or `"."`: the type's namespace below the prefix, as modules,
    /// and its enum name are appended to `rust_path`). The most specific path wins: an
    /// exact name, then the longest prefix.
    ///
    /// The constructors of an extern type are not generated either (nor followed to what
    /// they reference), unless something generated needs one's struct: a bare use (`%T`),
    /// a root naming it, or the variants of `Object`. The type at `rust_path` must
    /// implement what the generated code asks of its fields: `Encode`, `Decode`, `Debug`,
    /// `Clone`, `PartialEq`, and under [`json_feature`](Self::json_feature) serde; the enum
    /// of another `tl_codegen` output does.
    ///
    /// With [`allow_external`](Self::allow_external), the extern types need not be declared
    /// in the schema read at all.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .roots(["messages.exportChatInvite"])
    ///     .extern_path("InputPeer", "::peers::enums::InputPeer")
    ///     .extern_path("storage.", "crate::storage_types::enums::storage")
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn extern_path(
        &mut self,
        tl_path: impl Into<String>,
        rust_path: impl Into<String>,
    ) -> &mut Self {
        let pair = (tl_path.into(), rust_path.into());
        self.customize.extern_paths.push(pair);
        self
    }

    /// Reads a schema fragment that uses types declared in files not read (what the
    /// command line's `--allow-external` does): an unknown type name is not an error
    /// (its warning is dropped) and stands for a boxed type when it starts with an
    /// upper-case letter, a bare constructor otherwise. Such a type must then be extern
    /// ([`extern_path`](Self::extern_path)), or generation fails naming it. Default: off,
    /// every type must be declared.
    ///
    /// ```no_run
    /// // `chats.tl` uses `Peer` without declaring it; `peers.rs` has its enum.
    /// tl_codegen::Config::new()
    ///     .schema("schema/chats.tl")
    ///     .allow_external(true)
    ///     .extern_path("Peer", "crate::peers::enums::Peer")
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn allow_external(&mut self, allow: bool) -> &mut Self {
        self.allow_external = allow;
        self
    }
}
