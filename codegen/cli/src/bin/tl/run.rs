//! What `tl decode` and `tl encode` do: read one message (or a stream of them), convert it
//! with the schema's codec, print the result, and print each error once.

use std::fs;
use std::io::{self, BufRead, Read, Write};
use std::path::Path;

use tl_dynamic::{from_hex, to_hex, Codec, Error, Options};

use crate::args::{DecodeArgs, EncodeArgs};

/// Why a run stopped: a message for stderr, or stdout failing (quiet when closed).
pub enum Failure {
    Message(String),
    Output(io::Error),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Message(error.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

/// Which way a message is converted (`ty`: the type of `--type`).
#[derive(Clone, Copy)]
enum Mode<'a> {
    Decode { ty: Option<&'a str> },
    Encode,
}

/// The bytes spelled by the hex `text`, whitespace anywhere ignored; a bad character's
/// position counts every character of `text`.
fn hex_message(text: &str) -> Result<Vec<u8>, Error> {
    let mut digits = String::with_capacity(text.len());
    let mut positions = Vec::with_capacity(text.len());
    for (position, c) in text.chars().enumerate() {
        if !c.is_whitespace() {
            digits.push(c);
            positions.push(position);
        }
    }
    from_hex(&digits).map_err(|error| match error {
        Error::Hex { position, found } => Error::Hex {
            position: match positions.get(position) {
                Some(&original) => original,
                None => positions.last().map_or(0, |&last| last + 1),
            },
            found,
        },
        other => other,
    })
}

/// The TL-JSON of `bytes`: by their leading id, or as `ty`.
fn decode_bytes(codec: &Codec, ty: Option<&str>, bytes: &[u8]) -> Result<String, Error> {
    match ty {
        Some(ty) => codec.decode_as(ty, bytes),
        None => codec.decode(bytes),
    }
}

/// Converts one line of the stream.
fn convert(codec: &Codec, mode: Mode<'_>, input: &str) -> Result<String, Error> {
    match mode {
        Mode::Decode { ty } => decode_bytes(codec, ty, &hex_message(input)?),
        Mode::Encode => Ok(to_hex(&codec.encode(input)?)),
    }
}

/// Converts every line of `input` into `out`, a failed line's error in its place; returns
/// whether all lines went through.
fn stream(
    codec: &Codec,
    mode: Mode<'_>,
    input: impl BufRead,
    out: &mut impl Write,
) -> Result<bool, Failure> {
    let mut all_ok = true;
    for (number, line) in input.split(b'\n').enumerate() {
        let line = line.map_err(|e| Failure::Message(format!("reading stdin: {e}")))?;
        let result = match std::str::from_utf8(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => convert(codec, mode, text.trim()).map_err(|e| e.to_string()),
            Err(e) => Err(format!(
                "expected UTF-8 text, found an invalid byte at byte {} of line {}",
                e.valid_up_to(),
                number + 1
            )),
        };
        match result {
            Ok(text) => writeln!(out, "{text}")?,
            Err(message) => {
                all_ok = false;
                writeln!(out, "error: {message}")?;
            }
        }
    }
    Ok(all_ok)
}

/// All the bytes of `path` (`-`: stdin).
fn read_all(path: &Path) -> Result<Vec<u8>, Failure> {
    let stdin = path.as_os_str() == "-";
    let mut bytes = Vec::new();
    let result = if stdin {
        io::stdin().lock().read_to_end(&mut bytes).map(drop)
    } else {
        fs::read(path).map(|read| bytes = read)
    };
    let name = if stdin {
        "stdin".to_owned()
    } else {
        path.display().to_string()
    };
    result.map_err(|e| Failure::Message(format!("reading {name}: {e}")))?;
    Ok(bytes)
}

/// All of stdin as text: one message (`what` it should hold, for the errors).
fn read_stdin_text(what: &str) -> Result<String, Failure> {
    let bytes = read_all(Path::new("-"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let hint = if what == "hex" {
            " (for raw bytes, use --binary -)"
        } else {
            ""
        };
        Failure::Message(format!(
            "expected {what} text on stdin, found an invalid UTF-8 byte at byte {}{hint}",
            e.utf8_error().valid_up_to(),
        ))
    })?;
    if text.trim().is_empty() {
        return Err(Failure::Message(format!(
            "expected {what} on stdin, found nothing"
        )));
    }
    Ok(text)
}

/// `tl decode`: returns whether everything converted.
pub fn decode(args: DecodeArgs, out: &mut impl Write) -> Result<bool, Failure> {
    let codec = crate::schema::codec(&args.schema, Options::new().nested(args.nested))?;
    let ty = args.ty.as_deref();
    if args.lines {
        return stream(&codec, Mode::Decode { ty }, io::stdin().lock(), out);
    }
    let bytes = match (&args.hex, &args.binary) {
        (Some(hex), _) => hex_message(hex)?,
        (None, Some(path)) => read_all(path)?,
        (None, None) => hex_message(&read_stdin_text("hex")?)?,
    };
    writeln!(out, "{}", decode_bytes(&codec, ty, &bytes)?)?;
    Ok(true)
}

/// `tl encode`: returns whether everything converted.
pub fn encode(args: EncodeArgs, out: &mut impl Write) -> Result<bool, Failure> {
    let codec = crate::schema::codec(&args.schema, Options::new())?;
    if args.lines {
        return stream(&codec, Mode::Encode, io::stdin().lock(), out);
    }
    let text = match args.json {
        Some(text) => text,
        None => read_stdin_text("TL-JSON")?,
    };
    let bytes = codec.encode(&text)?;
    if args.binary {
        out.write_all(&bytes)?;
    } else {
        writeln!(out, "{}", to_hex(&bytes))?;
    }
    Ok(true)
}
