//! Backup and restore. A backup is taken from the journal's committed prefix,
//! so it works while `kis` or `kis serve` holds the data; its export is made by
//! replaying that journal into a scratch store.

use super::{Actor, Desk, Request, Response};
use crate::store::backup::{committed_journal, Backup};
use crate::store::{Options, Store};
use crate::text::Lang;
use std::path::{Path, PathBuf};

/// Replays a journal into a fresh directory and exports it.
fn replay_and_export(dir: &Path, journal: &str) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join("journal.jsonl"), journal).map_err(|e| e.to_string())?;
    let store = Store::open(dir, &Options::default()).map_err(|e| e.to_string())?;
    let desk = Desk::new(store, Lang::En).map_err(|e| e.to_string())?;
    let actor = Actor {
        login: "kis-backup".into(),
        owner: true,
    };
    match desk.handle(&actor, Request::Check) {
        Ok(Response::Checked(r)) if r.ok() => {}
        Ok(Response::Checked(r)) => {
            return Err(format!(
                "the replayed journal does not check: {}",
                r.problems.join("; ")
            ))
        }
        Ok(_) => {}
        Err(e) => return Err(e.message(Lang::En)),
    }
    match desk.handle(&actor, Request::Export) {
        Ok(Response::Exported(text)) => Ok(text),
        Ok(_) => Err("no export".into()),
        Err(e) => Err(e.message(Lang::En)),
    }
}

fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!(
        "kis-scratch-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
    ))
}

/// Writes a dated backup of `data` into `to`, keeps the newest `keep`, and
/// returns the file's path.
pub fn take(data: &Path, to: &Path, keep: Option<usize>) -> Result<PathBuf, String> {
    let (journal, seq) =
        committed_journal(&data.join("journal.jsonl")).map_err(|e| format!("journal: {e}"))?;
    let tmp = scratch();
    let export = replay_and_export(&tmp, &journal);
    let _ = std::fs::remove_dir_all(&tmp);
    let backup = Backup::new(export?, journal, seq);
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let name = format!(
        "kis-backup-{}.kisb",
        chrono::Local::now().format("%Y%m%d-%H%M%S")
    );
    let path = to.join(&name);
    let part = to.join(format!("{name}.part"));
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut f = std::fs::File::create(&part)?;
        f.write_all(&backup.to_bytes())?;
        f.sync_all()?;
        std::fs::rename(&part, &path)
    };
    write().map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(keep) = keep {
        prune(to, keep).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(path)
}

/// Removes all but the newest `keep` backups (their names sort by time).
fn prune(dir: &Path, keep: usize) -> std::io::Result<()> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("kis-backup-") && n.ends_with(".kisb"))
        })
        .collect();
    files.sort();
    let drop = files.len().saturating_sub(keep);
    for f in &files[..drop] {
        std::fs::remove_file(f)?;
    }
    Ok(())
}

/// Fills an empty data directory from a backup; refuses a damaged, truncated
/// or foreign file, or a directory that holds data, storing nothing.
pub fn restore(file: &Path, data: &Path) -> Result<u64, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let backup = Backup::parse(&bytes)?;
    let holds_data = data.join("db").exists()
        || std::fs::metadata(data.join("journal.jsonl")).is_ok_and(|m| m.len() > 0);
    if holds_data {
        return Err(format!(
            "{} already holds data; restore into an empty directory",
            data.display()
        ));
    }
    // Replay into a scratch directory first: only a backup that gives its own
    // export back is moved into place.
    let tmp = scratch();
    let replayed = replay_and_export(&tmp, &backup.journal);
    let _ = std::fs::remove_dir_all(&tmp);
    if replayed? != backup.export {
        return Err("damaged backup: its journal does not give its export".into());
    }
    std::fs::create_dir_all(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let again = replay_and_export(data, &backup.journal)?;
    if again != backup.export {
        return Err("the restored data differ from the backup".into());
    }
    Ok(backup.manifest.journal_seq)
}
