//! Storage on sled: trees, keys, the value codec, indexes, migrations and the journal.
//!
//! A change is written to the journal (fsync) first, then applied to sled in one
//! transaction that also stores `last_applied_seq`, then sled is flushed.

mod apply;
pub mod audit_file;
pub mod backup;
pub mod change;
pub mod check;
pub mod codec;
pub mod journal;
pub mod keys;
pub mod leftovers;
pub mod lock;
mod migrate;
pub mod read;
pub mod trees;

use codec::DecodeError;
use journal::{Entry, Journal, JournalError};
use lock::{DataLock, LockError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use change::{Change, Entity, Kind, Op, Record, RecordRef};
pub use codec::{Stamp, Stored};

/// Open options: the cache is small by default, the target machines are old.
#[derive(Clone, Debug)]
pub struct Options {
    pub cache_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            cache_bytes: 32 * 1024 * 1024,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("kis is already open on this data by {0}; use `kis serve` to share it")]
    Locked(lock::Holder),
    #[error("{0}")]
    Lock(LockError),
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("read audit {path}: {source}")]
    Audit {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "database format {found} is newer than this kis understands ({supported}); upgrade kis"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("database: {0}")]
    Sled(#[from] sled::Error),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("change {seq} cannot be applied: {reason}")]
    Apply { seq: u64, reason: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    dir: PathBuf,
    db: sled::Db,
    trees: Vec<sled::Tree>,
    journal: Mutex<Journal>,
    _lock: DataLock,
}

/// The OS login of this process.
pub fn current_login() -> String {
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    login_of(uid)
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| format!("uid{uid}"))
}

/// The login of a Unix user id (thread-safe: `kis serve` asks it per connection).
pub fn login_of(uid: u32) -> Option<String> {
    let mut buf = vec![0u8; 16 * 1024];
    // SAFETY: getpwuid_r writes into our passwd and buffer only; we copy the name out
    // before either goes away.
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr().cast(), buf.len(), &mut found);
        if rc != 0 || found.is_null() || pw.pw_name.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr(pw.pw_name)
            .to_str()
            .ok()
            .map(str::to_string)
    }
}

/// Opens sled. We hold the data lock, so a sled lock still held can only be a
/// previous instance in this process whose background threads are finishing.
fn open_sled(path: &Path, opts: &Options) -> Result<sled::Db> {
    let config = sled::Config::new()
        .path(path)
        .cache_capacity(opts.cache_bytes)
        .mode(sled::Mode::LowSpace);
    let mut tries = 0;
    loop {
        match config.open() {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock") && tries < 40 =>
            {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return Ok(other?),
        }
    }
}

impl Store {
    pub fn open(dir: &Path, opts: &Options) -> Result<Store> {
        crate::files::create_dir_all(dir, crate::files::Access::PRIVATE).map_err(|source| {
            StoreError::DataDir {
                path: dir.to_path_buf(),
                source,
            }
        })?;
        let lock = DataLock::acquire(dir).map_err(|e| match e {
            LockError::Held(h) => StoreError::Locked(h),
            other => StoreError::Lock(other),
        })?;
        leftovers::before_open(dir);
        let db = open_sled(&dir.join("db"), opts)?;
        let trees = trees::tree_names()
            .iter()
            .map(|n| db.open_tree(n))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let applied = trees[trees::META]
            .get(apply::LAST_APPLIED)?
            .map(|v| keys::read_u64(&v))
            .unwrap_or(0);
        let loaded = Journal::open(&dir.join("journal.jsonl"), applied)?;
        let store = Store {
            dir: dir.to_path_buf(),
            db,
            trees,
            journal: Mutex::new(loaded.journal),
            _lock: lock,
        };
        migrate::run(&store)?;
        if !loaded.entries.is_empty() {
            store.apply_entries(&loaded.entries)?;
            store.db.flush()?;
        }
        leftovers::after_open(&store)?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn journal_path(&self) -> PathBuf {
        self.dir.join("journal.jsonl")
    }

    pub(crate) fn tree(&self, i: usize) -> &sled::Tree {
        &self.trees[i]
    }

    pub fn last_applied_seq(&self) -> Result<u64> {
        Ok(self.trees[trees::META]
            .get(apply::LAST_APPLIED)?
            .map(|v| keys::read_u64(&v))
            .unwrap_or(0))
    }

    /// Journals the change, applies it, flushes: durable when this returns.
    pub fn commit(&self, actor: &str, change: Change) -> Result<u64> {
        let seqs = self.commit_batch(actor, vec![change])?;
        Ok(seqs)
    }

    /// Journals several changes as one batch (all or nothing on a crash),
    /// then applies them one transaction each. Returns the last sequence number.
    pub fn commit_batch(&self, actor: &str, changes: Vec<Change>) -> Result<u64> {
        let mut journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        let entries = journal.append(actor, changes)?;
        self.apply_entries(&entries)?;
        // No sled flush: the fsync'd journal is what makes the change durable,
        // and opening replays whatever sled had not yet written.
        Ok(entries.last().map(|e| e.seq).unwrap_or(0))
    }

    fn apply_entries(&self, entries: &[Entry]) -> Result<()> {
        for e in entries {
            apply::apply_entry(self, e)?;
        }
        Ok(())
    }

    /// Throws away sled's contents and replays the whole journal.
    pub fn rebuild(&self) -> Result<u64> {
        let _guard = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        for t in &self.trees {
            t.clear()?;
        }
        migrate::stamp_current(self)?;
        let entries = Journal::read_all(&self.journal_path())?;
        self.apply_entries(&entries)?;
        self.db.flush()?;
        self.last_applied_seq()
    }

    /// Rewrites every journal entry through `f` (anonymisation), replacing the
    /// file atomically. The caller reopens the data afresh afterwards, so no
    /// old value survives in sled's files either.
    pub fn rewrite_journal(&self, mut f: impl FnMut(&mut Op)) -> Result<()> {
        let mut journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        let path = self.journal_path();
        let mut entries = Journal::read_all(&path)?;
        let mut text = Vec::new();
        for e in &mut entries {
            for op in &mut e.change.ops {
                f(op);
            }
            serde_json::to_writer(&mut text, e).expect("journal entries always serialise");
            text.push(b'\n');
        }
        let tmp = path.with_extension("jsonl.rewrite");
        let io = |source| JournalError::Io {
            path: tmp.clone(),
            source,
        };
        {
            use std::io::Write;
            let mut file = std::fs::File::create(&tmp).map_err(io)?;
            file.write_all(&text).map_err(io)?;
            file.sync_all().map_err(io)?;
        }
        std::fs::rename(&tmp, &path).map_err(io)?;
        *journal = Journal::open(&path, u64::MAX)?.journal;
        Ok(())
    }

    pub fn flush(&self) -> Result<()> {
        self.db.flush()?;
        Ok(())
    }

    pub fn size_on_disk(&self) -> Result<u64> {
        Ok(self.db.size_on_disk()?)
    }
}
