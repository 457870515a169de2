//! Generates the invite set a second time for `ours-zerocopy`: every TL `bytes` field as
//! `tl_runtime::bytes::Bytes` and every `string` as `tl_runtime::SharedStr`
//! (`Config::bytes` / `Config::shared_strings`), so values decoded from a `Bytes` buffer
//! share it instead of copying. Included by `src/zerocopy.rs`.

use tl_codegen::{Config, Dialect};

fn main() -> Result<(), tl_codegen::Error> {
    Config::new()
        .schema("../schema/api.tl")
        .schema("../schema/mtproto.tl")
        .dialect(Dialect::Telegram)
        .roots_file("../schema/invite-roots.txt")
        .bytes(["."])
        .shared_strings(["."])
        .file_name("zerocopy.rs")
        .partial_eq(true)
        .generate()?;
    Ok(())
}
