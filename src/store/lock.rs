//! One process owns the data: an advisory lock that names its holder, so a
//! second `kis` can say who has it instead of sled's "could not acquire lock".

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::Path;

pub struct DataLock {
    _file: File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{0}")]
    Held(Holder),
    #[error("cannot create the lock file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Who holds the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: Option<u32>,
    pub user: Option<String>,
    pub same_user: bool,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.pid, &self.user, self.same_user) {
            (Some(pid), _, true) => write!(f, "process {pid}"),
            (_, Some(user), false) => write!(f, "another user ({user})"),
            (Some(pid), None, false) => write!(f, "process {pid} of another user"),
            _ => write!(f, "another process"),
        }
    }
}

impl DataLock {
    pub fn acquire(dir: &Path) -> Result<DataLock, LockError> {
        let path = dir.join("kis.lock");
        let io = |source| LockError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(crate::files::Access::of(dir).file_mode())
            .open(&path)
            .map_err(io)?;
        // A process that is closing (or a child forked a moment ago that still
        // shares the descriptor until it execs) holds the lock briefly: retry for a second.
        let mut rc = -1;
        for _ in 0..20 {
            // SAFETY: flock on a file descriptor we own.
            rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
            if rc == 0 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        if rc != 0 {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            return Err(LockError::Held(parse_holder(&text)));
        }
        let me = format!("{} {}\n", std::process::id(), crate::store::current_login());
        file.set_len(0).map_err(io)?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        file.write_all(me.as_bytes()).map_err(io)?;
        let _ = file.sync_data();
        Ok(DataLock { _file: file })
    }
}

fn parse_holder(text: &str) -> Holder {
    let mut parts = text.split_whitespace();
    let pid = parts.next().and_then(|p| p.parse().ok());
    let user = parts.next().map(str::to_string);
    let same_user = user.as_deref() == Some(crate::store::current_login().as_str());
    Holder {
        pid,
        user,
        same_user,
    }
}
