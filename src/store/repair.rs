//! `kis repair`: the way out when the journal holds a line that does not read or a
//! change that does not apply. Each such entry is set aside, whole, in
//! `journal.set-aside.jsonl` beside the journal, and replaced by an empty change of
//! the same sequence number (numbers are never reused); then sled is rebuilt from
//! the repaired journal. Nothing is dropped silently: the report lists every entry.

use super::change::Change;
use super::journal::{Entry, JournalError};
use super::lock::{DataLock, LockError};
use super::validate::Overlay;
use super::{Options, Result, Store, StoreError};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

pub const SET_ASIDE_FILE: &str = "journal.set-aside.jsonl";

/// One entry taken out of the journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SetAside {
    pub seq: u64,
    /// The line in the journal as it was (1-based).
    pub line: usize,
    pub reason: String,
    /// The line itself, as it stood in the journal.
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RepairReport {
    pub set_aside: Vec<SetAside>,
    /// Bytes of an unfinished last line or batch that were never acknowledged.
    pub torn_bytes: usize,
    pub last_seq: u64,
}

impl RepairReport {
    /// What `kis repair` tells the admin, one line each.
    pub fn message(&self, lang: crate::text::Lang) -> String {
        let t = &crate::text::catalog::catalog(lang).store;
        let mut out = String::new();
        for s in &self.set_aside {
            out.push_str(&(t.repair_set_aside)(
                s.seq,
                s.line,
                SET_ASIDE_FILE,
                &s.reason,
            ));
        }
        if self.torn_bytes > 0 {
            out.push_str(&(t.repair_torn_write)(self.torn_bytes));
        }
        out.push_str(&if self.set_aside.is_empty() {
            (t.repair_nothing_set_aside)(self.last_seq)
        } else {
            (t.repair_rebuilt)(self.last_seq)
        });
        out
    }
}

/// What repairing a journal's text gives: the new text and what was set aside.
pub fn repair_text(text: &str) -> (String, RepairReport) {
    let mut report = RepairReport::default();
    let (whole, torn) = match text.rfind('\n') {
        Some(end) => text.split_at(end + 1),
        None => ("", text),
    };
    report.torn_bytes = torn.len();
    let mut out: Vec<Entry> = Vec::new();
    let mut overlay = Overlay::new(|_, _| false);
    let mut expected = 1u64;
    for (i, raw) in whole.lines().enumerate() {
        let line = i + 1;
        let mut set_aside = |seq: u64, reason: String| {
            report.set_aside.push(SetAside {
                seq,
                line,
                reason,
                text: raw.to_string(),
            })
        };
        let entry: Entry = match serde_json::from_str(raw) {
            Ok(e) => e,
            Err(e) => {
                set_aside(expected, e.to_string());
                out.push(empty(expected, "", true));
                expected += 1;
                continue;
            }
        };
        if entry.seq < expected {
            set_aside(
                entry.seq,
                format!("sequence {} where {expected} was expected", entry.seq),
            );
            continue;
        }
        while expected < entry.seq {
            // A gap: the numbers stay taken by empty changes.
            out.push(empty(expected, &entry.at, true));
            expected += 1;
        }
        match overlay.admit(&entry.change) {
            Ok(()) => out.push(entry),
            Err(unfit) => {
                set_aside(entry.seq, unfit.describe(crate::text::Lang::En));
                out.push(empty(entry.seq, &entry.at, entry.commit));
            }
        }
        expected += 1;
    }
    // An unfinished batch at the end was never acknowledged.
    while out.last().is_some_and(|e| !e.commit) {
        out.pop();
    }
    report.last_seq = out.last().map_or(0, |e| e.seq);
    let mut text = String::new();
    for e in &out {
        text.push_str(&serde_json::to_string(e).expect("journal entries always serialise"));
        text.push('\n');
    }
    (text, report)
}

fn empty(seq: u64, at: &str, commit: bool) -> Entry {
    Entry {
        seq,
        at: if at.is_empty() {
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        } else {
            at.to_string()
        },
        actor: "kis repair".into(),
        commit,
        change: Change::default(),
    }
}

/// Repairs the journal in `dir` (under the data lock) and rebuilds sled from it.
pub fn repair(dir: &Path, opts: &Options) -> Result<RepairReport> {
    let path = dir.join("journal.jsonl");
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| StoreError::Journal(JournalError::Io { path: p, source })
    };
    let report = {
        let _lock = DataLock::acquire(dir).map_err(|e| match e {
            LockError::Held(h) => StoreError::Locked(h),
            other => StoreError::Lock(other),
        })?;
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(io(&path)(e)),
        };
        let (fixed, report) = repair_text(&text);
        if !report.set_aside.is_empty() {
            let aside = dir.join(SET_ASIDE_FILE);
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&aside)
                .map_err(io(&aside))?;
            let mut lines = String::new();
            for s in &report.set_aside {
                lines.push_str(&serde_json::to_string(s).expect("plain data serialises"));
                lines.push('\n');
            }
            file.write_all(lines.as_bytes())
                .and_then(|_| file.sync_all())
                .map_err(io(&aside))?;
        }
        if fixed != text {
            let tmp = dir.join("journal.jsonl.repair");
            let mut file = std::fs::File::create(&tmp).map_err(io(&tmp))?;
            file.write_all(fixed.as_bytes())
                .and_then(|_| file.sync_all())
                .map_err(io(&tmp))?;
            std::fs::rename(&tmp, &path).map_err(io(&path))?;
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
        }
        report
    };
    // sled may hold what was set aside (or lost part of the rest): rebuild it.
    let store = match Store::open(dir, opts) {
        Err(StoreError::JournalBehind { .. }) => {
            // The database is ahead of the repaired journal only by what was set aside.
            let db = dir.join("db");
            let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3f");
            let aside = dir.join(format!("db.before-repair-{stamp}"));
            std::fs::rename(&db, &aside).map_err(|source| StoreError::DataDir {
                path: aside.clone(),
                source,
            })?;
            let store = Store::open(dir, opts)?;
            std::fs::remove_dir_all(&aside).map_err(|source| StoreError::DataDir {
                path: aside,
                source,
            })?;
            store
        }
        other => other?,
    };
    store.rebuild()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(seq: u64, commit: bool, change: &str) -> String {
        format!(
            r#"{{"seq":{seq},"at":"2026-01-01T00:00:00Z","actor":"ewa","commit":{commit},"change":{change}}}"#
        )
    }

    const EMPTY: &str = r#"{"ops":[]}"#;
    const ORPHAN_NOTE: &str = r#"{"ops":[{"Put":{"Note":{"id":"n1","participant_id":"p404","author":"ewa","on":"2026-01-05","restricted":false,"text":"x"}}}]}"#;

    #[test]
    fn a_change_that_does_not_apply_is_set_aside_and_its_number_kept() {
        let text = [
            line(1, true, EMPTY),
            line(2, true, ORPHAN_NOTE),
            line(3, true, EMPTY),
        ]
        .join("\n")
            + "\n";
        let (fixed, report) = repair_text(&text);
        assert_eq!(report.set_aside.len(), 1);
        assert_eq!(report.set_aside[0].seq, 2);
        assert_eq!(report.set_aside[0].line, 2);
        assert!(report.set_aside[0].reason.contains("p404"));
        assert_eq!(report.last_seq, 3);
        let seqs: Vec<u64> = fixed
            .lines()
            .map(|l| serde_json::from_str::<Entry>(l).unwrap().seq)
            .collect();
        assert_eq!(seqs, [1, 2, 3]);
        // repairing again changes nothing
        let (again, report) = repair_text(&fixed);
        assert_eq!(again, fixed);
        assert!(report.set_aside.is_empty());
    }

    #[test]
    fn a_damaged_line_is_set_aside_and_a_torn_tail_dropped() {
        let text = format!(
            "{}\n{{\"seq\":2,garbage\n{}\n{{\"seq\":4,\"at\"",
            line(1, true, EMPTY),
            line(3, true, EMPTY)
        );
        let (fixed, report) = repair_text(&text);
        assert_eq!(report.set_aside.len(), 1);
        assert_eq!(report.set_aside[0].seq, 2);
        assert!(report.torn_bytes > 0);
        assert_eq!(fixed.lines().count(), 3);
    }
}
