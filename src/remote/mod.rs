//! `kis serve` and its clients: the desk's `Request`/`Response` over a Unix
//! socket in the data directory.

pub mod client;
pub mod frame;
mod log;
pub mod personal;
pub mod server;
mod unix;

use std::path::{Path, PathBuf};

/// The socket's name inside the data directory.
pub const SOCKET: &str = "kis.sock";

pub fn socket_path(data: &Path) -> PathBuf {
    data.join(SOCKET)
}
