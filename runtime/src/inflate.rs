//! Bounded gzip inflation for `gzip_packed` (see [`answer`](crate::answer)): the
//! inflated size is capped, and memory is never reserved from a size the stream claims.

use std::io::Read;

use flate2::bufread::GzDecoder;

use crate::{DecodeError, DecodeErrorKind};

/// How many bytes one `gzip_packed` may inflate to by default (16 MiB), changed with
/// [`DecodeOptions::inflate_limit()`](crate::DecodeOptions::inflate_limit).
///
/// Telegram gzips answers that are large *for an answer*: chat lists, message
/// histories of 100 messages, sticker sets. Those inflate to tens or hundreds of KB,
/// and the largest answers of all, `upload.file` parts, carry at most 1 MiB. 16 times
/// that leaves a wide margin for real answers while a hostile stream (deflate
/// compresses zeros about 1000:1, so 16 KB of gzip can claim 16 MiB) costs at most
/// 16 MiB of memory instead of gigabytes.
pub const DEFAULT_INFLATE_LIMIT: usize = 16 * 1024 * 1024;

/// Bytes inflated per step (the decoder's own state is about 40 KiB more).
const CHUNK: usize = 16 * 1024;

/// Inflates the gzip stream `data` (which starts at byte `offset` of its buffer) to at
/// most `limit` bytes: [`DecodeErrorKind::InflateLimit`] past that, and
/// [`DecodeErrorKind::InvalidGzip`] when `data` is not exactly one valid gzip member
/// (bad header, corrupt deflate data, wrong checksum or size, cut short, data after it).
///
/// The stream is inflated a chunk at a time; the output grows (doubling, like `Vec`)
/// only with what was actually inflated, its capacity never exceeds `limit`, and
/// inflating stops at the first chunk that would pass the limit. Nothing is reserved
/// from a size the stream claims.
pub(crate) fn inflate(data: &[u8], offset: usize, limit: usize) -> Result<Vec<u8>, DecodeError> {
    let mut decoder = GzDecoder::new(data);
    let mut out = Vec::new();
    let mut chunk = vec![0; CHUNK];
    loop {
        let read = match decoder.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(invalid(offset, &error.to_string())),
        };
        if read > limit - out.len() {
            return Err(DecodeErrorKind::InflateLimit { offset, limit }.into());
        }
        reserve_bounded(&mut out, read, limit);
        out.extend_from_slice(&chunk[..read]);
    }
    if !decoder.into_inner().is_empty() {
        return Err(invalid(offset, "data after the end of the gzip stream"));
    }
    Ok(out)
}

/// Reserves room for `more` bytes, doubling as `Vec` does but never past `cap` in all
/// (`out.len() + more <= cap`).
fn reserve_bounded(out: &mut Vec<u8>, more: usize, cap: usize) {
    let needed = out.len() + more;
    if needed <= out.capacity() {
        return;
    }
    let target = out.capacity().saturating_mul(2).max(needed).min(cap);
    out.reserve_exact(target - out.len());
}

#[cold]
fn invalid(offset: usize, reason: &str) -> DecodeError {
    DecodeErrorKind::InvalidGzip {
        offset,
        reason: reason.to_owned(),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn inflates_up_to_the_limit_and_not_one_byte_more() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let packed = gzip(&data);
        let out = inflate(&packed, 8, data.len()).unwrap();
        assert_eq!(out, data);
        assert!(out.capacity() <= data.len());
        let error = inflate(&packed, 8, data.len() - 1).unwrap_err();
        assert_eq!(
            error.into_kind(),
            DecodeErrorKind::InflateLimit {
                offset: 8,
                limit: data.len() - 1
            }
        );
        assert_eq!(inflate(&gzip(b""), 0, 0).unwrap(), b"");
    }

    #[test]
    fn damage_is_invalid_gzip() {
        let packed = gzip(b"hello hello hello");
        let mut extra = packed.clone();
        extra.push(0);
        for bad in [&packed[..packed.len() - 1], &packed[..5], b"hello", &extra] {
            let kind = inflate(bad, 4, 1000).unwrap_err().into_kind();
            assert!(
                matches!(kind, DecodeErrorKind::InvalidGzip { offset: 4, .. }),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn capacity_growth_stops_at_the_cap() {
        let mut out = Vec::with_capacity(10);
        out.extend_from_slice(&[0; 10]);
        reserve_bounded(&mut out, 5, 100);
        assert_eq!(out.capacity(), 20);
        let mut out = Vec::with_capacity(8);
        out.extend_from_slice(&[0; 8]);
        reserve_bounded(&mut out, 1, 11);
        assert_eq!(out.capacity(), 11);
    }
}
