//! The schema `tl` reads: the files of `--schema`, or the layer built into the binary.

use tl_codegen::model::{LoadOptions, SourceFile};
use tl_codegen::Dialect;
use tl_dynamic::{Codec, Options};

use crate::args::SchemaArgs;
use crate::run::Failure;

/// `schema/api.tl` of this repository (layer 230), built in.
const API_TL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/api.tl"));

/// `schema/mtproto.tl` of this repository, built in.
const MTPROTO_TL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../schema/mtproto.tl"
));

/// The codec of the schema `args` name, with `options`; schema errors are a message
/// (rendered as `codegen check` renders them).
pub fn codec(args: &SchemaArgs, options: Options) -> Result<Codec, Failure> {
    let (sources, load) = if args.files.is_empty() {
        let sources = vec![
            SourceFile::new("schema/api.tl", API_TL),
            SourceFile::new("schema/mtproto.tl", MTPROTO_TL),
        ];
        let load = LoadOptions {
            dialect: Dialect::Telegram,
            allow_external: false,
        };
        (sources, load)
    } else {
        let mut sources = Vec::with_capacity(args.files.len());
        for file in &args.files {
            let source = SourceFile::read(file)
                .map_err(|e| Failure::Message(format!("cannot read {}: {e}", file.display())))?;
            sources.push(source);
        }
        (sources, args.options())
    };
    let mut codec = Codec::load(&sources, load).map_err(|errors| {
        Failure::Message(format!("the schema does not load:\n{}", errors.trim_end()))
    })?;
    codec.set_options(options);
    Ok(codec)
}
