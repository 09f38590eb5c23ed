//! Backup and restore. A backup is taken from the journal's committed prefix,
//! so it works while `kis` or `kis serve` holds the data; its export is made by
//! replaying that journal into a scratch store inside the data directory.

use super::{Actor, Desk, DeskError, Request, Response};
use crate::files::{self, Access};
use crate::store::audit_file::{self, ReadEntry};
use crate::store::backup::{committed_journal, Backup};
use crate::store::leftovers;
use crate::store::{Options, Store};
use crate::text::Lang;
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, DeskError>;

/// The same words in both languages (a path and the system's reason).
fn io(path: &Path, e: impl std::fmt::Display) -> DeskError {
    DeskError::said(|c| (c.desk.path_failed)(path, &e))
}

/// A scratch directory removed when it goes out of scope, on error paths too
/// (one left by a killed backup goes at the next open or backup).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Replays a journal into a fresh directory and exports it.
fn replay_and_export(dir: &Path, journal: &str) -> Result<String> {
    files::create_dir_all(dir, Access::PRIVATE).map_err(|e| io(dir, e))?;
    let path = dir.join("journal.jsonl");
    files::write_file_atomically(&path, journal.as_bytes(), Access::of(dir))
        .map_err(|e| io(&path, e))?;
    let store = Store::open(dir, &Options::default())?;
    let desk = Desk::new(store, Lang::En)?;
    let actor = Actor {
        login: "kis-backup".into(),
        owner: true,
    };
    match desk.handle(&actor, Request::Check)? {
        Response::Checked(r) if !r.ok() => {
            let problems = r.problems.join("; ");
            return Err(DeskError::said(|c| {
                (c.desk.replayed_journal_does_not_check)(&problems)
            }));
        }
        _ => {}
    }
    match desk.handle(&actor, Request::Export)? {
        Response::Exported(text) => Ok(text),
        _ => Err(DeskError::said(|c| c.desk.no_export)),
    }
}

/// Writes a dated backup of `data` into `to`, keeps the newest `keep`, and
/// returns the file's path.
pub fn take(data: &Path, to: &Path, keep: Option<usize>) -> Result<PathBuf> {
    if keep == Some(0) {
        return Err(DeskError::said(|c| c.desk.keep_zero));
    }
    let journal_path = data.join("journal.jsonl");
    let (journal, seq) = committed_journal(&journal_path).map_err(|e| io(&journal_path, e))?;
    let audit = audit_file::committed_text(data)?;
    leftovers::remove_dead_scratch(data);
    files::create_dir_all(data, Access::PRIVATE).map_err(|e| io(data, e))?;
    let export = {
        let scratch = Scratch(leftovers::scratch_dir(data));
        replay_and_export(&scratch.0, &journal)?
    };
    let backup = Backup::new(export, journal, audit, seq);
    let access = Access::of(data);
    files::create_dir_all(to, access).map_err(|e| io(to, e))?;
    // Microseconds in the name, and a counter should two still meet.
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S-%6f").to_string();
    let name = |n: u32| match n {
        0 => to.join(format!("kis-backup-{stamp}.kisb")),
        n => to.join(format!("kis-backup-{stamp}-{n}.kisb")),
    };
    let path =
        files::write_new_file(name, &backup.to_bytes(), access).map_err(|e| io(&name(0), e))?;
    // A backup holds everyone's data: it is a read of the whole club.
    let login = crate::login::current_login();
    audit_file::append(data, &[ReadEntry::new(&login, "backup", "club", "*")])?;
    if let Some(keep) = keep {
        prune(to, keep).map_err(|e| io(to, e))?;
    }
    Ok(path)
}

/// The backups in `dir`, oldest first: the numbers in their names (date, time,
/// microseconds, counter) in order.
pub fn backups_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let order = |p: &PathBuf| -> Vec<u64> {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.trim_start_matches("kis-backup-")
            .trim_end_matches(".kisb")
            .split('-')
            .map(|n| n.parse().unwrap_or(0))
            .collect()
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("kis-backup-") && n.ends_with(".kisb"))
        })
        .collect();
    files.sort_by_key(order);
    Ok(files)
}

/// Removes all but the newest `keep` backups.
fn prune(dir: &Path, keep: usize) -> std::io::Result<()> {
    let files = backups_in(dir)?;
    let drop = files.len().saturating_sub(keep);
    for f in &files[..drop] {
        std::fs::remove_file(f)?;
    }
    Ok(())
}

/// Fills an empty data directory from a backup; refuses a damaged, truncated
/// or foreign file, or a directory that holds data, storing nothing.
pub fn restore(file: &Path, data: &Path) -> Result<u64> {
    let bytes = std::fs::read(file).map_err(|e| io(file, e))?;
    let backup = Backup::parse(&bytes)?;
    let holds_data = data.join("db").exists()
        || std::fs::metadata(data.join("journal.jsonl")).is_ok_and(|m| m.len() > 0);
    if holds_data {
        return Err(DeskError::said(|c| {
            (c.desk.restore_needs_empty_directory)(data)
        }));
    }
    files::create_dir_all(data, Access::PRIVATE).map_err(|e| io(data, e))?;
    // Replay into a scratch directory first: only a backup that gives its own
    // export back is moved into place.
    let replayed = {
        let scratch = Scratch(leftovers::scratch_dir(data));
        replay_and_export(&scratch.0, &backup.journal)?
    };
    if replayed != backup.export {
        return Err(DeskError::said(|c| c.desk.backup_journal_not_its_export));
    }
    let again = replay_and_export(data, &backup.journal)?;
    if again != backup.export {
        return Err(DeskError::said(|c| c.desk.restored_data_differ));
    }
    let audit = audit_file::path(data);
    files::write_file_atomically(&audit, backup.audit.as_bytes(), Access::of(data))
        .map_err(|e| io(&audit, e))?;
    Ok(backup.manifest.journal_seq)
}
