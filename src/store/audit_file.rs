//! The read audit: who was shown whose personal data. One JSON line per read in
//! `audit.jsonl` in the data directory, appended and fsync'd before the answer
//! leaves the desk. Not journaled (a read changes nothing), but backed up with it.

use super::change::Kind;
use super::{Result, Store, StoreError};
use crate::files::{self, Access};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub const FILE: &str = "audit.jsonl";

/// One read. `id` is the record read, `*` for all of a kind (a list, a whole
/// export); `ids` are the participants whose data the read returned, when they
/// are not `id` itself (a lookup, a report's people, a contract's owner).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReadEntry {
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub kind: String,
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
}

impl ReadEntry {
    pub fn new(actor: &str, action: &str, kind: &str, id: &str) -> ReadEntry {
        ReadEntry {
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            actor: actor.to_string(),
            action: action.to_string(),
            kind: kind.to_string(),
            id: id.to_string(),
            ids: Vec::new(),
        }
    }

    pub fn with_ids(mut self, ids: Vec<String>) -> ReadEntry {
        self.ids = ids;
        self
    }

    /// The participants this read showed (none named for a whole list).
    pub fn participants(&self) -> Vec<&str> {
        let own = (self.kind == Kind::Participant.name() && !self.id.is_empty() && self.id != "*")
            .then_some(self.id.as_str());
        own.into_iter()
            .chain(self.ids.iter().map(String::as_str))
            .collect()
    }
}

// Appends of this process one at a time; other processes append whole lines
// with one O_APPEND write each.
static APPEND: Mutex<()> = Mutex::new(());

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Audit {
        path: path.to_path_buf(),
        source,
    }
}

pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Appends entries to the audit file of the data directory `dir`, durably.
pub fn append(dir: &Path, entries: &[ReadEntry]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let mut buf = Vec::new();
    for e in entries {
        serde_json::to_writer(&mut buf, e).expect("audit entries serialise");
        buf.push(b'\n');
    }
    let path = path(dir);
    let err = io_error(&path);
    let _one = APPEND.lock().unwrap_or_else(|p| p.into_inner());
    let new = !path.exists();
    let mut file = files::open_append(&path, Access::of(dir)).map_err(&err)?;
    file.write_all(&buf).map_err(&err)?;
    file.sync_data().map_err(&err)?;
    if new {
        files::sync_dir(dir).map_err(&err)?;
    }
    Ok(())
}

/// The complete lines of the audit file (a line torn by a crash is left out).
pub fn committed_text(dir: &Path) -> Result<String> {
    let path = path(dir);
    let text = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(String::new()),
        Err(e) => return Err(io_error(&path)(e)),
    };
    let end = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    String::from_utf8(text[..end].to_vec()).map_err(|_| {
        io_error(&path)(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "not UTF-8 text",
        ))
    })
}

/// Every read, oldest first.
pub fn read_all(dir: &Path) -> Result<Vec<ReadEntry>> {
    let path = path(dir);
    let mut out = Vec::new();
    for (n, line) in committed_text(dir)?.lines().enumerate() {
        let entry = serde_json::from_str(line).map_err(|e| {
            io_error(&path)(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("line {}: {e}", n + 1),
            ))
        })?;
        out.push(entry);
    }
    Ok(out)
}

impl Store {
    /// Records reads before their answer is given.
    pub fn audit(&self, entries: &[ReadEntry]) -> Result<()> {
        append(&self.dir, entries)
    }

    /// Appends a read of one record to the audit trail.
    pub fn audit_read(&self, actor: &str, kind: Kind, id: &str) -> Result<()> {
        self.audit(&[ReadEntry::new(actor, "read", kind.name(), id)])
    }

    /// The read audit, oldest first.
    pub fn audit_reads(&self) -> Result<Vec<ReadEntry>> {
        read_all(&self.dir)
    }

    /// Moves the reads an older kis kept in sled's `audit` tree into the file,
    /// once: entries already in the file (a move cut short) are not repeated.
    pub(super) fn migrate_audit_tree(&self) -> Result<()> {
        move_audit_tree(&self.db, &self.dir)
    }
}

/// `Store::migrate_audit_tree` on a database not yet in a `Store` (before its
/// files are set aside for a new format).
pub(super) fn move_audit_tree(db: &sled::Db, dir: &std::path::Path) -> Result<()> {
    {
        if !db.tree_names().iter().any(|n| n.as_ref() == b"audit") {
            return Ok(());
        }
        let tree = db.open_tree("audit")?;
        let mut old = Vec::new();
        for kv in tree.iter() {
            let (k, v) = kv?;
            let e: super::read::AuditEntry = super::codec::decode("audit", &k, &v)?;
            let at = chrono::DateTime::from_timestamp(e.at, 0)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default();
            old.push(ReadEntry {
                at,
                actor: e.actor,
                action: e.action,
                kind: e.kind.name().to_string(),
                id: e.id,
                ids: Vec::new(),
            });
        }
        let mut present: HashMap<ReadEntry, usize> = HashMap::new();
        for e in read_all(dir)? {
            *present.entry(e).or_default() += 1;
        }
        let missing: Vec<ReadEntry> = old
            .into_iter()
            .filter(|e| match present.get_mut(e) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .collect();
        append(dir, &missing)?;
        db.drop_tree("audit")?;
        db.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{keys, Options};

    #[test]
    fn a_read_is_in_the_file_when_the_call_returns() {
        let t = tempfile::tempdir().unwrap();
        let store = Store::open(t.path(), &Options::default()).unwrap();
        store.audit_read("ala", Kind::Participant, "p1").unwrap();
        let text = std::fs::read_to_string(t.path().join(FILE)).unwrap();
        assert!(text.ends_with("\"action\":\"read\",\"kind\":\"participant\",\"id\":\"p1\"}\n"));
        let reads = store.audit_reads().unwrap();
        assert_eq!(reads.len(), 1);
        assert_eq!(reads[0].participants(), vec!["p1"]);
        use std::os::unix::fs::MetadataExt;
        let mode = std::fs::metadata(t.path().join(FILE)).unwrap().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn the_old_audit_tree_moves_into_the_file_once() {
        let t = tempfile::tempdir().unwrap();
        {
            let store = Store::open(t.path(), &Options::default()).unwrap();
            let tree = store.db.open_tree("audit").unwrap();
            for (n, id) in ["p1", "p2"].iter().enumerate() {
                let e = super::super::read::AuditEntry {
                    at: 1_700_000_000 + n as i64,
                    actor: "ala".into(),
                    action: "read".into(),
                    kind: Kind::Participant,
                    id: id.to_string(),
                };
                tree.insert(keys::u64_key(n as u64), super::super::codec::encode(&e))
                    .unwrap();
            }
            // a move cut short had already written the first one
            let first = ReadEntry::new("ala", "read", "participant", "p1");
            let first = ReadEntry {
                at: "2023-11-14T22:13:20Z".into(),
                ..first
            };
            append(t.path(), &[first]).unwrap();
        }
        let store = Store::open(t.path(), &Options::default()).unwrap();
        let reads = store.audit_reads().unwrap();
        let ids: Vec<_> = reads.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec!["p1", "p2"]);
        assert_eq!(reads[0].at, "2023-11-14T22:13:20Z");
        assert!(!store.db.tree_names().iter().any(|n| n.as_ref() == b"audit"));
    }
}
