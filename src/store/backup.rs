//! Backups that can be taken while another `kis` holds the data: the journal is
//! append-only and fsync'd, so its committed prefix is a consistent snapshot.
//! A backup file holds a manifest, the export at that point, and the journal.

use super::journal::Entry;
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader};
use std::path::Path;

pub const MAGIC: &str = "kis-backup";
pub const VERSION: u32 = 1;
const EXPORT_MARK: &str = "--- export ---\n";
const JOURNAL_MARK: &str = "--- journal ---\n";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub magic: String,
    pub version: u32,
    pub created: String,
    pub journal_seq: u64,
    pub export_bytes: usize,
    pub export_sha256: String,
    pub journal_bytes: usize,
    pub journal_sha256: String,
}

pub struct Backup {
    pub manifest: Manifest,
    pub export: String,
    pub journal: String,
}

pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The committed prefix of a journal file and its last sequence number,
/// read without taking the data lock.
pub fn committed_journal(path: &Path) -> std::io::Result<(String, u64)> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((String::new(), 0)),
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    let mut pending = String::new();
    let mut seq = 0;
    for line in BufReader::new(file).lines() {
        let line = line?;
        let Ok(entry) = serde_json::from_str::<Entry>(&line) else {
            break;
        };
        pending.push_str(&line);
        pending.push('\n');
        if entry.commit {
            out.push_str(&pending);
            pending.clear();
            seq = entry.seq;
        }
    }
    Ok((out, seq))
}

impl Backup {
    pub fn new(export: String, journal: String, journal_seq: u64) -> Backup {
        let manifest = Manifest {
            magic: MAGIC.into(),
            version: VERSION,
            created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            journal_seq,
            export_bytes: export.len(),
            export_sha256: sha256(export.as_bytes()),
            journal_bytes: journal.len(),
            journal_sha256: sha256(journal.as_bytes()),
        };
        Backup {
            manifest,
            export,
            journal,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string(&self.manifest).expect("manifests serialise");
        s.push('\n');
        s.push_str(EXPORT_MARK);
        s.push_str(&self.export);
        s.push_str(JOURNAL_MARK);
        s.push_str(&self.journal);
        s.into_bytes()
    }

    /// Reads and verifies a backup file; says what is wrong with a damaged,
    /// truncated or foreign one.
    pub fn parse(bytes: &[u8]) -> Result<Backup, String> {
        let text =
            std::str::from_utf8(bytes).map_err(|_| "not a kis backup (not text)".to_string())?;
        let (head, rest) = text
            .split_once('\n')
            .ok_or("not a kis backup (no manifest)")?;
        let manifest: Manifest =
            serde_json::from_str(head).map_err(|_| "not a kis backup (no manifest)".to_string())?;
        if manifest.magic != MAGIC {
            return Err("not a kis backup".into());
        }
        if manifest.version > VERSION {
            return Err(format!(
                "backup version {} is newer than this kis reads ({VERSION})",
                manifest.version
            ));
        }
        let rest = rest
            .strip_prefix(EXPORT_MARK)
            .ok_or("damaged backup: the export part is missing")?;
        if rest.len() < manifest.export_bytes {
            return Err("truncated backup: the export part is short".into());
        }
        let (export, rest) = rest.split_at(manifest.export_bytes);
        let journal = rest
            .strip_prefix(JOURNAL_MARK)
            .ok_or("damaged backup: the journal part is missing")?;
        if journal.len() != manifest.journal_bytes {
            return Err(format!(
                "truncated or damaged backup: the journal part has {} bytes, the manifest says {}",
                journal.len(),
                manifest.journal_bytes
            ));
        }
        if sha256(export.as_bytes()) != manifest.export_sha256 {
            return Err("damaged backup: the export's checksum does not match".into());
        }
        if sha256(journal.as_bytes()) != manifest.journal_sha256 {
            return Err("damaged backup: the journal's checksum does not match".into());
        }
        Ok(Backup {
            export: export.to_string(),
            journal: journal.to_string(),
            manifest,
        })
    }
}
