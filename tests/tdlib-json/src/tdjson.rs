//! `libtdjson`, loaded at run time (nothing links against TDLib at build time, so the
//! workspace builds where TDLib is absent), and its four functions: `td_execute`,
//! `td_create_client_id`, `td_send` and `td_receive`.
//!
//! The library is found by `$TDJSON_LIB` (a path), else by asking Python where the PyPI
//! package `tdjson` keeps it (`pip install tdjson==1.8.69` puts `libtdjson-<hash>.so.1.8.69`
//! in `site-packages/tdjson.libs/`). Not finding it is a panic naming both ways: the tests
//! fail, they do not skip.

use std::ffi::{c_char, c_double, c_int, CStr, CString};
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use libloading::Library;

/// The PyPI package and version the tests are written against.
pub const PACKAGE: &str = "tdjson==1.8.69";

type Execute = unsafe extern "C" fn(*const c_char) -> *const c_char;
type CreateClientId = unsafe extern "C" fn() -> c_int;
type Send = unsafe extern "C" fn(c_int, *const c_char);
type Receive = unsafe extern "C" fn(c_double) -> *const c_char;

/// The loaded library and its functions (valid while `_library` lives: forever, in a
/// static).
pub struct Tdjson {
    _library: Library,
    /// Where it was loaded from.
    pub path: PathBuf,
    execute: Execute,
    create_client_id: CreateClientId,
    send: Send,
    receive: Receive,
}

/// The library, loaded on first use; a panic saying how to install it when it is absent.
pub fn tdjson() -> &'static Tdjson {
    static TDJSON: OnceLock<Tdjson> = OnceLock::new();
    TDJSON.get_or_init(|| match library_path().and_then(load) {
        Ok(tdjson) => tdjson,
        Err(error) => panic!(
            "libtdjson is needed: {error}\n\
             install it with `python3 -m pip install {PACKAGE}`, or set TDJSON_LIB to its path"
        ),
    })
}

/// `$TDJSON_LIB`, else the library of the `tdjson` Python package.
fn library_path() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("TDJSON_LIB") {
        return Ok(PathBuf::from(path));
    }
    let script = "import glob, os, tdjson\n\
                  root = os.path.dirname(os.path.dirname(tdjson.__file__))\n\
                  print('\\n'.join(sorted(glob.glob(os.path.join(root, 'tdjson.libs', 'libtdjson*')))))";
    let output = Command::new("python3")
        .args(["-c", script])
        .output()
        .map_err(|error| format!("TDJSON_LIB is not set and python3 did not run ({error})"))?;
    let found = String::from_utf8_lossy(&output.stdout);
    match found.lines().next() {
        Some(path) if output.status.success() => Ok(PathBuf::from(path)),
        _ => Err(format!(
            "TDJSON_LIB is not set and python3 found no tdjson package ({})",
            String::from_utf8_lossy(&output.stderr).trim()
        )),
    }
}

fn load(path: PathBuf) -> Result<Tdjson, String> {
    let failed = |error: libloading::Error| format!("{}: {error}", path.display());
    // SAFETY: libtdjson's initializers only set up TDLib's own state, and the four
    // symbols have the C signatures of TDLib's `td_json_client.h`.
    unsafe {
        let library = Library::new(&path).map_err(failed)?;
        let execute = *library.get::<Execute>(b"td_execute\0").map_err(failed)?;
        let create_client_id = *library
            .get::<CreateClientId>(b"td_create_client_id\0")
            .map_err(failed)?;
        let send = *library.get::<Send>(b"td_send\0").map_err(failed)?;
        let receive = *library.get::<Receive>(b"td_receive\0").map_err(failed)?;
        Ok(Tdjson {
            _library: library,
            path,
            execute,
            create_client_id,
            send,
            receive,
        })
    }
}

/// A C string of `text` (TDLib's requests never contain NUL).
fn c_string(text: &str) -> CString {
    CString::new(text).expect("a request without NUL bytes")
}

/// TDLib's answer, copied out of the buffer TDLib reuses on the next call.
///
/// # Safety
///
/// `answer` is null or a NUL-terminated string just returned by TDLib.
unsafe fn copied(answer: *const c_char) -> Option<String> {
    if answer.is_null() {
        return None;
    }
    let text = unsafe { CStr::from_ptr(answer) };
    Some(text.to_str().expect("TDLib answers in UTF-8").to_owned())
}

impl Tdjson {
    /// `td_execute`: runs a method TDLib can run synchronously; its answer.
    pub fn execute(&self, request: &str) -> Option<String> {
        let request = c_string(request);
        // SAFETY: a valid C string in; the answer is copied before any other call.
        unsafe { copied((self.execute)(request.as_ptr())) }
    }

    /// `td_create_client_id`: a new TDLib instance.
    pub fn create_client_id(&self) -> i32 {
        // SAFETY: no arguments.
        unsafe { (self.create_client_id)() }
    }

    /// `td_send`: queues a request for instance `client_id`.
    pub fn send(&self, client_id: i32, request: &str) {
        let request = c_string(request);
        // SAFETY: a valid C string, which TDLib copies.
        unsafe { (self.send)(client_id, request.as_ptr()) }
    }

    /// `td_receive`: the next answer or update of any instance, or `None` after `timeout`
    /// seconds. TDLib forbids two calls at once: [`crate::client`] serializes them.
    pub(crate) fn receive(&self, timeout: f64) -> Option<String> {
        // SAFETY: called by one thread at a time; the answer is copied at once.
        unsafe { copied((self.receive)(timeout)) }
    }
}
