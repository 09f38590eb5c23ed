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
pub mod period;
pub mod read;
pub mod repair;
pub mod trees;
pub mod validate;

use crate::text::catalog::catalog;
use crate::text::Lang;
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

impl Options {
    /// For a command that goes over the data once and ends (a lookup, a
    /// report, an import): it reads or writes each page about once, so a
    /// larger cache would only hold what is not needed again (at the stress
    /// size, 32 MiB of it took a report over 150 MiB and an import 60 MB higher).
    pub fn one_pass() -> Self {
        Options {
            cache_bytes: 4 * 1024 * 1024,
        }
    }
}

#[derive(Debug)]
pub enum StoreError {
    Locked(lock::Holder),
    Lock(LockError),
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    Audit {
        path: PathBuf,
        source: std::io::Error,
    },
    TooNew {
        found: u32,
        supported: u32,
    },
    Sled(sled::Error),
    Journal(JournalError),
    Decode(DecodeError),
    Apply {
        seq: u64,
        reason: String,
    },
    /// A change in the journal does not apply; the data can be read, not written.
    Blocked {
        seq: u64,
        reason: String,
    },
    JournalBehind {
        journal: u64,
        database: u64,
    },
    Unfit(validate::Unfit),
    DiskFull,
    NotSaved {
        reason: String,
    },
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError::Sled(e)
    }
}

impl From<JournalError> for StoreError {
    fn from(e: JournalError) -> Self {
        StoreError::Journal(e)
    }
}

impl From<DecodeError> for StoreError {
    fn from(e: DecodeError) -> Self {
        StoreError::Decode(e)
    }
}

/// In English, as `message` gives it.
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::DataDir { source, .. } | StoreError::Audit { source, .. } => Some(source),
            StoreError::Sled(e) => Some(e),
            StoreError::Journal(e) => e.source(),
            StoreError::Decode(e) => e.source(),
            _ => None,
        }
    }
}

impl StoreError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let t = &catalog(lang).store;
        match self {
            StoreError::Locked(h) => (t.already_open)(&h.describe(lang)),
            StoreError::Lock(e) => e.message(lang),
            StoreError::DataDir { path, source } => (t.cannot_create_data_dir)(path, source),
            StoreError::Audit { path, source } => (t.read_audit_failed)(path, source),
            StoreError::TooNew { found, supported } => (t.database_too_new)(*found, *supported),
            StoreError::Sled(e) => (t.database_failed)(e),
            StoreError::Journal(e) => e.message(lang),
            StoreError::Decode(d) => d.message(lang),
            StoreError::Apply { seq, reason } => (t.change_does_not_apply)(*seq, reason),
            StoreError::Blocked { seq, reason } => (t.writing_stopped)(*seq, reason),
            StoreError::JournalBehind { journal, database } => {
                (t.journal_behind)(*journal, *database)
            }
            StoreError::Unfit(u) => (t.refused_before_saving)(&u.describe(lang)),
            StoreError::DiskFull => t.disk_full.into(),
            StoreError::NotSaved { reason } => (t.not_saved)(reason),
        }
    }

    /// sled itself is damaged (not locked, not our journal): rebuilding it from
    /// the journal is the way out.
    fn sled_is_broken(&self) -> bool {
        match self {
            StoreError::Sled(sled::Error::Io(e)) => {
                !e.to_string().contains("could not acquire lock")
            }
            StoreError::Sled(_) | StoreError::Decode(_) => true,
            _ => false,
        }
    }
}

/// Disk full is its own sentence; any other failure to write says nothing was saved.
fn not_saved(reason: String, io: Option<&std::io::Error>) -> StoreError {
    let full = io.is_some_and(|e| {
        e.kind() == std::io::ErrorKind::StorageFull || e.raw_os_error() == Some(libc::ENOSPC)
    }) || reason.contains("No space left on device");
    if full {
        StoreError::DiskFull
    } else {
        StoreError::NotSaved { reason }
    }
}

fn journal_error(e: JournalError) -> StoreError {
    match e {
        JournalError::Io { source, .. } => not_saved(source.to_string(), Some(&source)),
        other => StoreError::Journal(other),
    }
}

/// What opening had to do to get past a database sled would not open.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// sled's own error.
    pub reason: String,
    /// Where the broken files went.
    pub moved_to: PathBuf,
    pub replayed: u64,
}

impl Recovery {
    pub fn message(&self, lang: Lang) -> String {
        (catalog(lang).store.recovered)(&self.reason, self.replayed, &self.moved_to)
    }
}

/// A journal entry that does not apply: writing stops until `kis repair`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocked {
    pub seq: u64,
    pub reason: String,
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    dir: PathBuf,
    db: sled::Db,
    trees: Vec<sled::Tree>,
    journal: Mutex<Journal>,
    blocked: Mutex<Option<Blocked>>,
    recovered: Option<Recovery>,
    /// Tests make the next apply fail as a full disk would.
    fail_next_apply: Mutex<Option<std::io::ErrorKind>>,
    _lock: DataLock,
}

pub use crate::login::{current_login, login_of};

/// In `meta`: where the last applied entry lies in the journal (`journal::Place`).
const JOURNAL_AT: &[u8] = b"journal_at";

fn open_sled_and_trees(dir: &Path, opts: &Options) -> Result<(sled::Db, Vec<sled::Tree>)> {
    let db = open_sled(&dir.join("db"), opts)?;
    let trees = trees::tree_names()
        .iter()
        .map(|n| db.open_tree(n))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok((db, trees))
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
    /// Opens the data. When sled will not open but the journal is whole, sled is
    /// rebuilt from the journal onto fresh files (the broken ones are moved aside).
    pub fn open(dir: &Path, opts: &Options) -> Result<Store> {
        crate::files::create_dir_all(dir, crate::files::Access::PRIVATE).map_err(|source| {
            StoreError::DataDir {
                path: dir.to_path_buf(),
                source,
            }
        })?;
        match Self::open_once(dir, opts) {
            Err(e) if e.sled_is_broken() => Self::recover(dir, opts, e),
            other => other,
        }
    }

    fn recover(dir: &Path, opts: &Options, broken: StoreError) -> Result<Store> {
        // Only a whole journal may replace sled: a damaged one refuses here.
        let journal = Journal::open(&dir.join("journal.jsonl"), u64::MAX)?;
        let db = dir.join("db");
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3f");
        let moved_to = dir.join(format!("db.broken-{stamp}"));
        drop(journal);
        if db.exists() {
            std::fs::rename(&db, &moved_to).map_err(|source| StoreError::DataDir {
                path: moved_to.clone(),
                source,
            })?;
        }
        let mut store = Self::open_once(dir, opts)?;
        let recovery = Recovery {
            reason: broken.to_string(),
            moved_to,
            replayed: store.last_applied_seq()?,
        };
        store.recovered = Some(recovery);
        Ok(store)
    }

    fn open_once(dir: &Path, opts: &Options) -> Result<Store> {
        let lock = DataLock::acquire(dir).map_err(|e| match e {
            LockError::Held(h) => StoreError::Locked(h),
            other => StoreError::Lock(other),
        })?;
        leftovers::before_open(dir);
        let (mut db, mut trees) = open_sled_and_trees(dir, opts)?;
        if migrate::wants_fresh_files(&trees[trees::META])? {
            // The derived layout changed: sled is replayed from the journal onto
            // fresh files (the old ones keep every freed page in sled's page
            // table, which would cost each open). The read audit of an older
            // kis is all that lives only in sled: it goes to its file first.
            audit_file::move_audit_tree(&db, dir)?;
            db.flush()?;
            drop(trees);
            drop(db);
            let aside = dir.join(migrate::OLD_FORMAT_DB);
            let io = |source| StoreError::DataDir {
                path: aside.clone(),
                source,
            };
            if aside.exists() {
                std::fs::remove_dir_all(&aside).map_err(io)?;
            }
            std::fs::rename(dir.join("db"), &aside).map_err(io)?;
            (db, trees) = open_sled_and_trees(dir, opts)?;
        }
        let applied = trees[trees::META]
            .get(apply::LAST_APPLIED)?
            .map(|v| keys::read_u64(&v))
            .unwrap_or(0);
        let known = trees[trees::META]
            .get(JOURNAL_AT)?
            .and_then(|v| journal::Place::from_bytes(&v));
        // Fresh files are replayed from the journal a line at a time, not held whole.
        let fresh = applied == 0;
        let loaded = Journal::open_after(&dir.join("journal.jsonl"), applied, known, !fresh)?;
        if loaded.last_seq < applied {
            // Never go on from a shorter journal: its next numbers are taken.
            return Err(StoreError::JournalBehind {
                journal: loaded.last_seq,
                database: applied,
            });
        }
        let store = Store {
            dir: dir.to_path_buf(),
            db,
            trees,
            journal: Mutex::new(loaded.journal),
            blocked: Mutex::new(None),
            recovered: None,
            fail_next_apply: Mutex::new(None),
            _lock: lock,
        };
        migrate::run(&store)?;
        if fresh && loaded.last_seq > 0 {
            store.replay_streaming()?;
        } else if !loaded.entries.is_empty() {
            store.replay(&loaded.entries)?;
            store.db.flush()?;
        }
        if known != store.journal_place() {
            // Flushed, so that a command that only reads can end without
            // sled's closing flush and the next open still starts from here.
            store.remember_journal_place()?;
            store.db.flush()?;
        }
        leftovers::after_open(&store)?;
        let aside = dir.join(migrate::OLD_FORMAT_DB);
        if aside.exists() {
            // Replayed in the new format: the old files are no longer needed.
            std::fs::remove_dir_all(&aside).map_err(|source| StoreError::DataDir {
                path: aside.clone(),
                source,
            })?;
        }
        Ok(store)
    }

    fn journal_place(&self) -> Option<journal::Place> {
        self.journal
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .last_place()
    }

    /// Notes where the last applied entry lies in the journal, so that the next
    /// open reads only what follows it. Not part of the apply transaction: open
    /// uses it only when it names `last_applied_seq` and that line is still there.
    fn remember_journal_place(&self) -> Result<()> {
        if self.blocked().is_some() {
            return Ok(());
        }
        let meta = &self.trees[trees::META];
        match self.journal_place() {
            Some(p) if p.seq == self.last_applied_seq()? => {
                meta.insert(JOURNAL_AT, &p.to_bytes())?;
            }
            _ => {
                meta.remove(JOURNAL_AT)?;
            }
        }
        Ok(())
    }

    /// Applies journal entries on open. An entry that does not apply stops
    /// writing (reads see the data up to the entry before), unless it is sled
    /// that lost data: then the error sends `open` to rebuild sled.
    fn replay(&self, entries: &[Entry]) -> Result<()> {
        for e in entries {
            match apply::apply_entry(self, e) {
                Ok(()) => {}
                Err(StoreError::Apply { seq, reason }) => {
                    if self.journal_alone_applies(seq)? {
                        return Err(StoreError::Decode(codec::DecodeError {
                            tree: "meta".into(),
                            key: "last_applied_seq".into(),
                            reason: format!(
                                "change {seq} applies to the journal but not to the database ({reason})"
                            ),
                        }));
                    }
                    *self.blocked.lock().unwrap_or_else(|p| p.into_inner()) =
                        Some(Blocked { seq, reason });
                    return Ok(());
                }
                Err(other) => return Err(other),
            }
        }
        Ok(())
    }

    /// Whether the journal's changes up to `seq` apply one after another from nothing.
    fn journal_alone_applies(&self, seq: u64) -> Result<bool> {
        let mut overlay = validate::Overlay::new(|_, _| false);
        let mut applies = true;
        self.stream_journal(seq, |e| {
            applies = overlay.admit(&e.change).is_ok();
            Ok(applies)
        })?;
        Ok(applies)
    }

    /// The journal's entries up to change `last`, one at a time and none held,
    /// while `f` says go on. Lines after `last` are not read: a batch being
    /// written has no commit yet, and its last line may be half written.
    pub(crate) fn stream_journal(
        &self,
        last: u64,
        mut f: impl FnMut(Entry) -> Result<bool>,
    ) -> Result<()> {
        if last == 0 {
            return Ok(());
        }
        Journal::stream(&self.journal_path(), |e| -> Result<bool> {
            let seq = e.seq;
            Ok(seq <= last && f(e)? && seq < last)
        })
    }

    /// The last change the journal holds (committed: the lock is held while a
    /// batch is written).
    pub(crate) fn journal_last_seq(&self) -> u64 {
        let journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        journal.next_seq().saturating_sub(1)
    }

    /// Set when a journal entry does not apply: writes are refused until `kis repair`.
    pub fn blocked(&self) -> Option<Blocked> {
        self.blocked
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Set when opening had to rebuild sled from the journal.
    pub fn recovered(&self) -> Option<&Recovery> {
        self.recovered.as_ref()
    }

    #[doc(hidden)]
    pub fn fail_next_apply(&self, kind: std::io::ErrorKind) {
        *self
            .fail_next_apply
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(kind);
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
    /// Every change is checked to apply before it is journalled; an error means
    /// nothing was stored.
    pub fn commit_batch(&self, actor: &str, changes: Vec<Change>) -> Result<u64> {
        let mut journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(Blocked { seq, reason }) = self.blocked() {
            return Err(StoreError::Blocked { seq, reason });
        }
        let mut overlay = validate::Overlay::new(|kind, id| {
            // An unreadable id map refuses the change: nothing is stored.
            self.trees[trees::ids_tree(kind)]
                .contains_key(id.as_bytes())
                .unwrap_or(false)
        });
        for change in &changes {
            overlay.admit(change).map_err(StoreError::Unfit)?;
        }
        let before = journal.byte_len()?;
        let entries = journal.append(actor, changes).map_err(journal_error)?;
        if let Err(e) = self.apply_entries(&entries) {
            let first = entries.first().map_or(0, |e| e.seq);
            return Err(self.take_back(&mut journal, before, first, entries.len(), e));
        }
        if let Some(p) = journal.last_place() {
            // Only a hint for the next open: a failure here loses nothing.
            let _ = self.trees[trees::META].insert(JOURNAL_AT, &p.to_bytes());
        }
        // No sled flush: the fsync'd journal is what makes the change durable,
        // and opening replays whatever sled had not yet written.
        Ok(entries.last().map(|e| e.seq).unwrap_or(0))
    }

    /// `commit_batch` for a batch too big to hold (an import), one change at a
    /// time: each is checked to apply and journalled as it comes, the last one
    /// commits the batch and is fsync'd, and sled is then brought up to date by
    /// reading the batch back from the journal an entry at a time. All or nothing
    /// as `commit_batch`: an error from `changes` or from storing means nothing
    /// was stored. Returns the last sequence number (0 without changes).
    pub fn commit_stream<E: From<StoreError>>(
        &self,
        actor: &str,
        changes: impl IntoIterator<Item = std::result::Result<Change, E>>,
    ) -> std::result::Result<u64, E> {
        let mut journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(Blocked { seq, reason }) = self.blocked() {
            return Err(StoreError::Blocked { seq, reason }.into());
        }
        let mut batch = journal.begin(actor).map_err(journal_error)?;
        let written = self.journal_stream(&mut journal, &mut batch, changes);
        let last = match written {
            Ok(Some(last)) => last,
            Ok(None) => return Ok(0),
            Err(e) => {
                if let Err(cut) = journal.abandon(&batch) {
                    // Entries left behind would take the next change's numbers.
                    *self.blocked.lock().unwrap_or_else(|p| p.into_inner()) = Some(Blocked {
                        seq: batch.first_seq(),
                        reason: cut.to_string(),
                    });
                }
                return Err(e);
            }
        };
        let (before, first, count) = (batch.before(), batch.first_seq(), batch.count());
        drop(batch);
        if let Err(e) = self.apply_journalled(before, first) {
            return Err(self
                .take_back(&mut journal, before, first, count as usize, e)
                .into());
        }
        if let Some(p) = journal.last_place() {
            // Only a hint for the next open: a failure here loses nothing.
            let _ = self.trees[trees::META].insert(JOURNAL_AT, &p.to_bytes());
        }
        Ok(last)
    }

    /// Checks and journals `changes` into `batch`, holding back one change so
    /// that the last is the one written with `commit`. The last sequence
    /// number, once fsync'd; `None` when there was nothing.
    fn journal_stream<E: From<StoreError>>(
        &self,
        journal: &mut Journal,
        batch: &mut journal::Batch,
        changes: impl IntoIterator<Item = std::result::Result<Change, E>>,
    ) -> std::result::Result<Option<u64>, E> {
        let mut overlay = validate::Overlay::new(|kind, id| {
            // An unreadable id map refuses the change: nothing is stored.
            self.trees[trees::ids_tree(kind)]
                .contains_key(id.as_bytes())
                .unwrap_or(false)
        });
        let mut held: Option<Change> = None;
        for change in changes {
            let change = change?;
            overlay.admit(&change).map_err(StoreError::Unfit)?;
            if let Some(before) = held.replace(change) {
                journal.write(batch, before, false).map_err(journal_error)?;
            }
        }
        let Some(last) = held else {
            return Ok(None);
        };
        journal.write(batch, last, true).map_err(journal_error)?;
        Ok(Some(journal.finish(batch).map_err(journal_error)?))
    }

    /// Applies the journal's entries from byte `from` on (entry `first` is there).
    fn apply_journalled(&self, from: u64, first: u64) -> Result<()> {
        self.injected_failure()?;
        // Line numbers are sequence numbers in a journal open has accepted.
        let line = first.saturating_sub(1) as usize;
        Journal::stream_from(&self.journal_path(), from, line, |e| -> Result<bool> {
            apply::apply_entry(self, &e)?;
            Ok(true)
        })
    }

    /// A journalled batch did not apply (sled could not write): take it out of the
    /// journal so that the error is true, and put sled back where the journal is.
    fn take_back(
        &self,
        journal: &mut Journal,
        before: u64,
        first: u64,
        count: usize,
        error: StoreError,
    ) -> StoreError {
        let applied = self.last_applied_seq().unwrap_or(u64::MAX);
        let withdrawn = journal.withdraw(before, count);
        let restored = match withdrawn {
            Ok(()) if applied < first => Ok(()),
            // Part of a batch went in: sled must forget it too.
            Ok(()) => self.replay_all_locked(),
            Err(e) => Err(StoreError::Journal(e)),
        };
        if let Err(e) = restored {
            *self.blocked.lock().unwrap_or_else(|p| p.into_inner()) = Some(Blocked {
                seq: first,
                reason: e.to_string(),
            });
        }
        match error {
            StoreError::Sled(sled::Error::Io(io)) => not_saved(io.to_string(), Some(&io)),
            StoreError::Sled(other) => not_saved(other.to_string(), None),
            other => other,
        }
    }

    /// The failure a test asked for with `fail_next_apply`, once.
    fn injected_failure(&self) -> Result<()> {
        match self
            .fail_next_apply
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
        {
            Some(kind) => Err(StoreError::Sled(sled::Error::Io(kind.into()))),
            None => Ok(()),
        }
    }

    fn apply_entries(&self, entries: &[Entry]) -> Result<()> {
        self.injected_failure()?;
        for e in entries {
            apply::apply_entry(self, e)?;
        }
        Ok(())
    }

    /// Throws away sled's contents and replays the whole journal. A journal
    /// with a change that does not apply is refused before anything is cleared.
    pub fn rebuild(&self) -> Result<u64> {
        let guard = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        self.replay_all_locked()?;
        *self.blocked.lock().unwrap_or_else(|p| p.into_inner()) = None;
        drop(guard);
        self.remember_journal_place()?;
        self.last_applied_seq()
    }

    /// Fills a fresh sled from the whole journal, one line at a time (a change
    /// that does not apply stops writing, as on open). Runs before the store is shared.
    fn replay_streaming(&self) -> Result<()> {
        Journal::stream(&self.journal_path(), |e| -> Result<bool> {
            match apply::apply_entry(self, &e) {
                Ok(()) => Ok(true),
                Err(StoreError::Apply { seq, reason }) => {
                    *self.blocked.lock().unwrap_or_else(|p| p.into_inner()) =
                        Some(Blocked { seq, reason });
                    Ok(false)
                }
                Err(other) => Err(other),
            }
        })?;
        self.db.flush()?;
        Ok(())
    }

    /// `rebuild` with the journal lock already held.
    fn replay_all_locked(&self) -> Result<()> {
        // The file holds only committed changes here (open and `withdraw` cut
        // the rest), so it is read twice rather than held: checked, then applied.
        let mut overlay = validate::Overlay::new(|_, _| false);
        self.stream_journal(u64::MAX, |e| {
            overlay.admit(&e.change).map_err(|u| StoreError::Blocked {
                seq: e.seq,
                reason: u.describe(Lang::En),
            })?;
            Ok(true)
        })?;
        drop(overlay);
        for t in &self.trees {
            t.clear()?;
        }
        migrate::stamp_current(self)?;
        self.stream_journal(u64::MAX, |e| {
            apply::apply_entry(self, &e)?;
            Ok(true)
        })?;
        self.db.flush()?;
        Ok(())
    }

    /// Rewrites every journal entry through `f` (anonymisation), replacing the
    /// file atomically. The caller reopens the data afresh afterwards, so no
    /// old value survives in sled's files either.
    pub fn rewrite_journal(&self, mut f: impl FnMut(&mut Op)) -> Result<()> {
        let mut journal = self.journal.lock().unwrap_or_else(|p| p.into_inner());
        let path = self.journal_path();
        let tmp = path.with_extension("jsonl.rewrite");
        let io = |source| JournalError::Io {
            path: tmp.clone(),
            source,
        };
        {
            use std::io::Write;
            let file = std::fs::File::create(&tmp).map_err(io)?;
            let mut out = std::io::BufWriter::new(file);
            // Entry by entry: the file holds only committed changes while the lock is held.
            self.stream_journal(u64::MAX, |mut e| {
                for op in &mut e.change.ops {
                    f(op);
                }
                serde_json::to_writer(&mut out, &e).expect("journal entries always serialise");
                out.write_all(b"\n").map_err(io)?;
                Ok(true)
            })?;
            let file = out.into_inner().map_err(|e| io(e.into_error()))?;
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
