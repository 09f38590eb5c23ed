//! What an interrupted run leaves in the data directory, dealt with when the
//! data is opened: the database copy of an anonymisation (it still holds the
//! personal data), a backup's scratch directory, the audit tree of an older kis,
//! and files an older kis or a loose umask made readable by others.

use super::{Result, Store};
use std::path::{Path, PathBuf};

/// Written (fsync'd) before an anonymisation rewrites the journal, removed when
/// the database has been rebuilt from fresh files.
pub const ANONYMISING: &str = "anonymisation.pending";
/// The database files an anonymisation set aside.
pub const OLD_DB: &str = "db.before-anonymisation";
/// Scratch directories of backups and restores: `.backup-scratch-PID-NANOS`.
pub const SCRATCH: &str = ".backup-scratch-";

/// Marks an anonymisation as begun (see `ANONYMISING`).
pub fn begin_anonymisation(dir: &Path) -> std::io::Result<()> {
    let path = dir.join(ANONYMISING);
    crate::files::write_file_atomically(&path, b"", crate::files::Access::of(dir))
}

/// A scratch directory for this process inside the data directory `dir`.
pub fn scratch_dir(dir: &Path) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    dir.join(format!("{SCRATCH}{}-{nanos}", std::process::id()))
}

fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only asks whether the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Removes scratch directories whose process is gone (a backup killed midway).
pub fn remove_dead_scratch(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix(SCRATCH) else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<i32>().ok());
        if pid.is_some_and(|p| p > 0 && !alive(p)) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Before sled opens: an anonymisation that was cut short before its database
/// copy was set aside leaves old values in sled's files, so they are set aside
/// now and the database is replayed from the journal.
pub(super) fn before_open(dir: &Path) {
    let db = dir.join("db");
    if dir.join(ANONYMISING).exists() && db.exists() && !dir.join(OLD_DB).exists() {
        let _ = std::fs::rename(&db, dir.join(OLD_DB));
    }
}

/// After the data is open (and replayed).
pub(super) fn after_open(store: &Store) -> Result<()> {
    let dir = store.dir();
    store.migrate_audit_tree()?;
    let old = dir.join(OLD_DB);
    if old.exists() {
        // The journal holds every change (rewritten or not), and the database was
        // just replayed from it: the copy only keeps old personal data.
        match std::fs::remove_dir_all(&old) {
            Ok(()) => eprintln!(
                "kis: usunięto kopię bazy pozostawioną przez przerwaną anonimizację ({}); sprawdź `kis anonymise --due` / removed the database copy an interrupted anonymisation left ({}); check `kis anonymise --due`",
                old.display(),
                old.display()
            ),
            // The data stay in service; the copy is named until it can go.
            Err(e) => eprintln!(
                "kis: nie można usunąć {} (kopia sprzed anonimizacji, zawiera dane osobowe): {e}; usuń ją ręcznie / cannot remove {} (a copy from before an anonymisation, it holds personal data): {e}; remove it by hand",
                old.display(),
                old.display()
            ),
        }
    }
    if dir.join(ANONYMISING).exists() {
        let _ = std::fs::remove_file(dir.join(ANONYMISING));
        let _ = crate::files::sync_dir(dir);
    }
    remove_dead_scratch(dir);
    if let Err(e) = crate::files::tighten(dir) {
        eprintln!(
            "kis: nie można ograniczyć uprawnień w {} / cannot restrict permissions in {}: {e}",
            dir.display(),
            dir.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Options;

    #[test]
    fn an_interrupted_anonymisations_copy_is_removed_on_open() {
        let t = tempfile::tempdir().unwrap();
        drop(Store::open(t.path(), &Options::default()).unwrap());
        // killed after setting the old files aside
        std::fs::rename(t.path().join("db"), t.path().join(OLD_DB)).unwrap();
        begin_anonymisation(t.path()).unwrap();
        drop(Store::open(t.path(), &Options::default()).unwrap());
        assert!(!t.path().join(OLD_DB).exists());
        assert!(!t.path().join(ANONYMISING).exists());
        // killed before: the database is set aside, replayed, and the copy goes
        begin_anonymisation(t.path()).unwrap();
        let store = Store::open(t.path(), &Options::default()).unwrap();
        assert!(!t.path().join(OLD_DB).exists());
        assert!(!t.path().join(ANONYMISING).exists());
        assert!(store.check(crate::text::Lang::En).unwrap().ok());
    }

    #[test]
    fn a_dead_backups_scratch_is_removed() {
        let t = tempfile::tempdir().unwrap();
        let dead = t.path().join(format!("{SCRATCH}{}-1", i32::MAX - 1));
        let mine = scratch_dir(t.path());
        std::fs::create_dir_all(dead.join("db")).unwrap();
        std::fs::create_dir_all(&mine).unwrap();
        drop(Store::open(t.path(), &Options::default()).unwrap());
        assert!(!dead.exists());
        assert!(mine.exists(), "a running backup's scratch stays");
    }
}
