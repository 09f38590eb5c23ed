//! Backups that can be taken while another `kis` holds the data: the journal is
//! append-only and fsync'd, so its committed prefix is a consistent snapshot.
//! A backup file holds a manifest, the export at that point, and the journal.

use super::journal::Entry;
use crate::text::catalog::{both, StoreText};
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader};
use std::path::Path;

pub const MAGIC: &str = "kis-backup";
/// 2 added the read audit (`audit.jsonl`) after the journal; 1 is still read.
pub const VERSION: u32 = 2;
const EXPORT_MARK: &str = "--- export ---\n";
const JOURNAL_MARK: &str = "--- journal ---\n";
const AUDIT_MARK: &str = "--- audit ---\n";

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
    /// The read audit (absent in version 1).
    #[serde(default)]
    pub audit_bytes: Option<usize>,
    #[serde(default)]
    pub audit_sha256: Option<String>,
}

pub struct Backup {
    pub manifest: Manifest,
    pub export: String,
    pub journal: String,
    pub audit: String,
}

/// What is wrong with a backup file, in Polish and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadBackup {
    pub pl: String,
    pub en: String,
}

/// What is wrong, in both languages.
fn bad(text: impl Fn(&StoreText) -> String) -> BadBackup {
    let (pl, en) = both(|c| text(&c.store));
    BadBackup { pl, en }
}

/// A part of a backup file, as the messages name it.
#[derive(Clone, Copy)]
enum Part {
    Export,
    Journal,
    Audit,
}

impl Part {
    fn name(self, t: &StoreText) -> &'static str {
        match self {
            Part::Export => t.backup_part_export,
            Part::Journal => t.backup_part_journal,
            Part::Audit => t.backup_part_audit,
        }
    }
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

/// The first `n` bytes of `text` and the rest, refused when `n` is past the
/// end or inside a character.
fn take(text: &str, n: usize, part: Part) -> Result<(&str, &str), BadBackup> {
    if text.len() < n {
        return Err(bad(|t| (t.backup_part_short)(part.name(t))));
    }
    if !text.is_char_boundary(n) {
        return Err(bad(|t| (t.backup_size_inside_character)(part.name(t))));
    }
    Ok(text.split_at(n))
}

fn check_sum(text: &str, want: &str, part: Part) -> Result<(), BadBackup> {
    if sha256(text.as_bytes()) == want {
        Ok(())
    } else {
        Err(bad(|t| (t.backup_checksum_differs)(part.name(t))))
    }
}

impl Backup {
    pub fn new(export: String, journal: String, audit: String, journal_seq: u64) -> Backup {
        let manifest = Manifest {
            magic: MAGIC.into(),
            version: VERSION,
            created: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            journal_seq,
            export_bytes: export.len(),
            export_sha256: sha256(export.as_bytes()),
            journal_bytes: journal.len(),
            journal_sha256: sha256(journal.as_bytes()),
            audit_bytes: Some(audit.len()),
            audit_sha256: Some(sha256(audit.as_bytes())),
        };
        Backup {
            manifest,
            export,
            journal,
            audit,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string(&self.manifest).expect("manifests serialise");
        s.push('\n');
        s.push_str(EXPORT_MARK);
        s.push_str(&self.export);
        s.push_str(JOURNAL_MARK);
        s.push_str(&self.journal);
        s.push_str(AUDIT_MARK);
        s.push_str(&self.audit);
        s.into_bytes()
    }

    /// Reads and verifies a backup file; says what is wrong with a damaged,
    /// truncated or foreign one.
    pub fn parse(bytes: &[u8]) -> Result<Backup, BadBackup> {
        let foreign = || bad(|t| t.backup_not_kis.into());
        let text = std::str::from_utf8(bytes).map_err(|_| foreign())?;
        let (head, rest) = text.split_once('\n').ok_or_else(foreign)?;
        let manifest: Manifest = serde_json::from_str(head).map_err(|_| foreign())?;
        if manifest.magic != MAGIC {
            return Err(foreign());
        }
        if manifest.version > VERSION {
            return Err(bad(|t| (t.backup_too_new)(manifest.version, VERSION)));
        }
        let missing = |part: Part| bad(|t| (t.backup_part_missing)(part.name(t)));
        let rest = rest
            .strip_prefix(EXPORT_MARK)
            .ok_or_else(|| missing(Part::Export))?;
        let (export, rest) = take(rest, manifest.export_bytes, Part::Export)?;
        let rest = rest
            .strip_prefix(JOURNAL_MARK)
            .ok_or_else(|| missing(Part::Journal))?;
        let (journal, rest, audit) = match (manifest.audit_bytes, &manifest.audit_sha256) {
            (Some(audit_bytes), Some(sum)) => {
                let (journal, rest) = take(rest, manifest.journal_bytes, Part::Journal)?;
                let audit = rest
                    .strip_prefix(AUDIT_MARK)
                    .ok_or_else(|| missing(Part::Audit))?;
                let (audit, rest) = take(audit, audit_bytes, Part::Audit)?;
                check_sum(audit, sum, Part::Audit)?;
                (journal, rest, audit)
            }
            _ => {
                let (journal, rest) = take(rest, manifest.journal_bytes, Part::Journal)?;
                (journal, rest, "")
            }
        };
        if !rest.is_empty() {
            return Err(bad(|t| t.backup_data_after_last_part.into()));
        }
        check_sum(export, &manifest.export_sha256, Part::Export)?;
        check_sum(journal, &manifest.journal_sha256, Part::Journal)?;
        Ok(Backup {
            export: export.to_string(),
            journal: journal.to_string(),
            audit: audit.to_string(),
            manifest,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_inside_a_character_is_refused_not_a_panic() {
        let b = Backup::new("ż\n".into(), "ł\n".into(), "ą\n".into(), 1);
        let text = String::from_utf8(b.to_bytes()).unwrap();
        for (field, n) in [
            ("export_bytes", 1),
            ("journal_bytes", 1),
            ("audit_bytes", 1),
        ] {
            let mut m = b.manifest.clone();
            match field {
                "export_bytes" => m.export_bytes = n,
                "journal_bytes" => m.journal_bytes = n,
                _ => {
                    m.audit_bytes = Some(n);
                }
            }
            let forged = text.replacen(
                &serde_json::to_string(&b.manifest).unwrap(),
                &serde_json::to_string(&m).unwrap(),
                1,
            );
            let err = Backup::parse(forged.as_bytes()).err().expect(field);
            assert!(
                err.en.contains("damaged") || err.en.contains("truncated"),
                "{field}: {err:?}"
            );
            assert!(!err.pl.is_empty());
        }
    }

    #[test]
    fn a_version_1_backup_without_the_audit_is_still_read() {
        let export = "{\"type\":\"kis\",\"format\":1}\n".to_string();
        let journal = String::new();
        let mut b = Backup::new(export.clone(), journal.clone(), String::new(), 0);
        b.manifest.version = 1;
        b.manifest.audit_bytes = None;
        b.manifest.audit_sha256 = None;
        let mut v1 = serde_json::to_value(&b.manifest).unwrap();
        let m = v1.as_object_mut().unwrap();
        m.remove("audit_bytes");
        m.remove("audit_sha256");
        let bytes = format!("{}\n{EXPORT_MARK}{export}{JOURNAL_MARK}{journal}", v1);
        let back = Backup::parse(bytes.as_bytes()).unwrap();
        assert_eq!(back.export, export);
        assert_eq!(back.audit, "");
    }

    #[test]
    fn the_audit_comes_back() {
        let b = Backup::new("e\n".into(), "j\n".into(), "a\n".into(), 1);
        let back = Backup::parse(&b.to_bytes()).unwrap();
        assert_eq!(
            (back.export, back.journal, back.audit),
            ("e\n".into(), "j\n".into(), "a\n".into())
        );
    }
}
