//! Standard output through a locked handle, where a closed pipe is a normal way to stop.

use std::io::{self, Write};
use std::process;

/// Writes `text` to stdout. When the reader has gone (`codegen ids api.tl | head -1`) the
/// process ends quietly with exit code 0; any other write error ends it with 1.
pub fn print(text: &str) {
    let mut stdout = io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => process::exit(0),
        Err(error) => {
            eprintln!("error: cannot write to stdout: {error}");
            process::exit(1);
        }
    }
}

/// [`print()`] with a newline.
pub fn println(line: &str) {
    print(&format!("{line}\n"));
}
