//! One process owns the data: an advisory lock that names its holder, so a
//! second `kis` can say who has it instead of sled's "could not acquire lock".

use crate::text::catalog::catalog;
use crate::text::Lang;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

/// What the holder does with the data: written after its pid and login
/// (`4242 ewa serve`), so a command can wait for its socket. Older files
/// have no third word and older versions read only the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolderRole {
    /// A command or a TUI that does not share the data.
    Direct,
    /// `kis serve`: the socket answers (or soon will).
    Serve,
    /// A TUI that serves its own user on the socket.
    Tui,
}

impl HolderRole {
    fn word(self) -> &'static str {
        match self {
            HolderRole::Direct => "",
            HolderRole::Serve => "serve",
            HolderRole::Tui => "tui",
        }
    }

    fn from_word(w: Option<&str>) -> HolderRole {
        match w {
            Some("serve") => HolderRole::Serve,
            Some("tui") => HolderRole::Tui,
            _ => HolderRole::Direct,
        }
    }
}

static ROLE: AtomicU8 = AtomicU8::new(0);

/// Says what this process will do with the data it locks next.
pub fn set_role(role: HolderRole) {
    ROLE.store(role as u8, Ordering::SeqCst);
}

fn my_role() -> HolderRole {
    match ROLE.load(Ordering::SeqCst) {
        1 => HolderRole::Serve,
        2 => HolderRole::Tui,
        _ => HolderRole::Direct,
    }
}

pub struct DataLock {
    _file: File,
}

#[derive(Debug)]
pub enum LockError {
    Held(Holder),
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl LockError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LockError::Held(h) => h.describe(lang),
            LockError::Io { path, source } => {
                (catalog(lang).store.cannot_create_lock_file)(path, source)
            }
        }
    }
}

/// In English, as `message` gives it.
impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LockError::Held(_) => None,
            LockError::Io { source, .. } => Some(source),
        }
    }
}

/// Who holds the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: Option<u32>,
    pub user: Option<String>,
    pub same_user: bool,
    pub role: HolderRole,
}

impl Holder {
    /// Whether the holder answers on the socket (or is about to).
    pub fn serves(&self) -> bool {
        self.role != HolderRole::Direct
    }
}

impl Holder {
    /// Who holds the data, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        (catalog(lang).store.holder)(self.pid, self.user.as_deref(), self.same_user)
    }
}

/// In English.
impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
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
        let me = format!(
            "{} {} {}",
            std::process::id(),
            crate::login::current_login(),
            my_role().word()
        );
        let me = format!("{}\n", me.trim_end());
        file.set_len(0).map_err(io)?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        file.write_all(me.as_bytes()).map_err(io)?;
        let _ = file.sync_data();
        Ok(DataLock { _file: file })
    }
}

/// Who holds the data in `dir` now, if anybody (the lock is not kept).
pub fn holder(dir: &Path) -> Option<Holder> {
    let mut file = File::open(dir.join("kis.lock")).ok()?;
    // SAFETY: flock on a file descriptor we own; a lock we get is let go at once.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_SH | libc::LOCK_NB) };
    if rc == 0 {
        // SAFETY: as above.
        unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_UN) };
        return None;
    }
    let mut text = String::new();
    let _ = file.read_to_string(&mut text);
    Some(parse_holder(&text))
}

fn parse_holder(text: &str) -> Holder {
    let mut parts = text.split_whitespace();
    let pid = parts.next().and_then(|p| p.parse().ok());
    let user = parts.next().map(str::to_string);
    let role = HolderRole::from_word(parts.next());
    let same_user = user.as_deref() == Some(crate::login::current_login().as_str());
    Holder {
        pid,
        user,
        same_user,
        role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_says_whether_it_serves_and_old_files_still_read() {
        let old = parse_holder("4242 ewa\n");
        assert_eq!((old.pid, old.role), (Some(4242), HolderRole::Direct));
        assert!(!old.serves());
        let server = parse_holder("17 kis serve\n");
        assert_eq!(server.user.as_deref(), Some("kis"));
        assert!(server.serves());
        assert_eq!(parse_holder("18 ewa tui").role, HolderRole::Tui);
    }

    #[test]
    fn a_held_lock_is_seen_without_taking_it() {
        let dir = tempfile::tempdir().unwrap();
        assert!(holder(dir.path()).is_none(), "no lock file, no holder");
        set_role(HolderRole::Serve);
        let lock = DataLock::acquire(dir.path()).unwrap();
        set_role(HolderRole::Direct);
        let h = holder(dir.path()).expect("held");
        assert_eq!(h.pid, Some(std::process::id()));
        assert!(h.serves());
        drop(lock);
        assert!(holder(dir.path()).is_none());
    }
}
