//! The journal: JSON Lines, fsync'd before sled is touched. Our source of truth,
//! since sled 0.34 is beta software.

use super::change::Change;
use crate::text::catalog::catalog;
use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    /// False on all but the last entry of a batch (an import): a batch without
    /// its last entry was never acknowledged and is dropped on open.
    pub commit: bool,
    pub change: Change,
}

#[derive(Debug)]
pub enum JournalError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Damaged {
        path: PathBuf,
        line: usize,
        reason: String,
    },
}

impl JournalError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let t = &catalog(lang).store;
        match self {
            JournalError::Io { path, source } => (t.journal_failed)(path, source),
            JournalError::Damaged { path, line, reason } => {
                (t.journal_line_damaged)(path, *line, reason)
            }
        }
    }
}

/// In English, as `message` gives it.
impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JournalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JournalError::Io { source, .. } => Some(source),
            JournalError::Damaged { .. } => None,
        }
    }
}

pub struct Journal {
    path: PathBuf,
    file: File,
    next_seq: u64,
    /// Where the last committed entry lies in the file.
    last: Option<Place>,
}

/// Where one entry's line lies in the journal: its number and its bytes
/// `[start, end)`, the newline included. Kept in `meta` so that the next open
/// reads only what comes after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub seq: u64,
    pub start: u64,
    pub end: u64,
}

impl Place {
    pub fn to_bytes(self) -> [u8; 24] {
        let mut out = [0u8; 24];
        out[..8].copy_from_slice(&self.seq.to_be_bytes());
        out[8..16].copy_from_slice(&self.start.to_be_bytes());
        out[16..].copy_from_slice(&self.end.to_be_bytes());
        out
    }

    pub fn from_bytes(b: &[u8]) -> Option<Place> {
        let n = |r: std::ops::Range<usize>| Some(u64::from_be_bytes(b.get(r)?.try_into().ok()?));
        if b.len() != 24 {
            return None;
        }
        Some(Place {
            seq: n(0..8)?,
            start: n(8..16)?,
            end: n(16..24)?,
        })
    }
}

/// Whether `place` still names entry `place.seq` as a whole line of `file`
/// (the line's start and end, and its first bytes `{"seq":N,`): then the lines
/// before it need not be read again on open. Anything else reads the whole file.
fn still_there(file: &File, place: Place) -> bool {
    use std::os::unix::fs::FileExt;
    let Ok(len) = file.metadata().map(|m| m.len()) else {
        return false;
    };
    if place.start >= place.end || place.end > len {
        return false;
    }
    let head = format!("{{\"seq\":{},", place.seq);
    let mut buf = vec![0u8; head.len()];
    let mut last = [0u8; 1];
    if file.read_exact_at(&mut buf, place.start).is_err()
        || file.read_exact_at(&mut last, place.end - 1).is_err()
    {
        return false;
    }
    if buf != head.as_bytes() || last[0] != b'\n' {
        return false;
    }
    if place.start > 0 {
        let mut before = [0u8; 1];
        if file.read_exact_at(&mut before, place.start - 1).is_err() || before[0] != b'\n' {
            return false;
        }
    }
    true
}

/// What reading the journal found.
pub struct Loaded {
    pub journal: Journal,
    /// The last committed sequence number in the file (0 when empty).
    pub last_seq: u64,
    /// The committed entries after the sequence number asked for, in order.
    pub entries: Vec<Entry>,
}

/// A batch being written entry by entry (`Journal::begin`).
pub struct Batch {
    /// The journal's length before it: where it is cut back to.
    before: u64,
    /// The journal's length with what was written so far.
    len: u64,
    first_seq: u64,
    count: u64,
    at: String,
    actor: String,
    last: Option<Place>,
    /// One entry's text, reused.
    buf: Vec<u8>,
}

impl Batch {
    pub fn before(&self) -> u64 {
        self.before
    }

    pub fn first_seq(&self) -> u64 {
        self.first_seq
    }

    /// How many entries were written.
    pub fn count(&self) -> u64 {
        self.count
    }
}

/// The part of an entry that opening needs; the change itself is skipped
/// unless it still has to be applied, so opening a big journal stays cheap.
#[derive(Deserialize)]
struct Head {
    seq: u64,
    commit: bool,
}

impl Journal {
    /// Opens (or creates) the journal, returns the committed entries after
    /// `applied`, and cuts off an unfinished tail: a torn last line or an
    /// uncommitted batch.
    pub fn open(path: &Path, applied: u64) -> Result<Loaded, JournalError> {
        Self::open_after(path, applied, None, true)
    }

    /// `open`, reading only the lines after `known` when it is still where it
    /// was (`known.seq` must be `applied`): opening then costs what was written
    /// since, not the size of the journal. A line before it that was damaged
    /// since is found by `kis check`, a backup or a rebuild, which read them all.
    /// Without `collect`, no entry is kept (`Loaded::entries` is empty): the
    /// caller streams them (`stream`).
    pub fn open_after(
        path: &Path,
        applied: u64,
        known: Option<Place>,
        collect: bool,
    ) -> Result<Loaded, JournalError> {
        let io = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(io)?;
        let mut entries = Vec::new();
        let mut good_len: u64 = 0;
        let mut committed_len: u64 = 0;
        let mut committed_count = 0usize;
        let mut committed_seq = 0u64;
        let mut last_seq = 0u64;
        let mut pos: u64 = 0;
        let mut last: Option<Place> = None;
        let mut n = 0usize;
        if let Some(k) = known.filter(|k| k.seq == applied && still_there(&file, *k)) {
            committed_len = k.end;
            committed_seq = k.seq;
            last_seq = k.seq;
            pos = k.end;
            n = k.seq as usize;
            last = Some(k);
            file.seek(SeekFrom::Start(k.end)).map_err(io)?;
        }
        {
            let mut reader = BufReader::new(&file);
            let mut line = String::new();
            loop {
                line.clear();
                let read = reader.read_line(&mut line).map_err(io)?;
                if read == 0 {
                    break;
                }
                n += 1;
                let start = pos;
                pos += read as u64;
                if !line.ends_with('\n') {
                    break; // torn write at the end: never acknowledged
                }
                let text = line.trim_end();
                // A complete line (it ends with a newline) that does not read is
                // damage, even at the end: only a line cut short is a torn write.
                let head: Head = serde_json::from_str(text).map_err(|e| JournalError::Damaged {
                    path: path.to_path_buf(),
                    line: n,
                    reason: e.to_string(),
                })?;
                if head.seq != last_seq + 1 {
                    return Err(JournalError::Damaged {
                        path: path.to_path_buf(),
                        line: n,
                        reason: format!(
                            "sequence {} where {} was expected",
                            head.seq,
                            last_seq + 1
                        ),
                    });
                }
                last_seq = head.seq;
                if collect && head.seq > applied {
                    let entry: Entry =
                        serde_json::from_str(text).map_err(|e| JournalError::Damaged {
                            path: path.to_path_buf(),
                            line: n,
                            reason: e.to_string(),
                        })?;
                    entries.push(entry);
                }
                good_len = pos;
                if head.commit {
                    committed_len = good_len;
                    committed_count = entries.len();
                    committed_seq = head.seq;
                    last = Some(Place {
                        seq: head.seq,
                        start,
                        end: pos,
                    });
                }
            }
        }
        let _ = good_len;
        entries.truncate(committed_count);
        let len = file.metadata().map_err(io)?.len();
        if len != committed_len {
            file.set_len(committed_len).map_err(io)?;
            file.sync_all().map_err(io)?;
        }
        file.seek(SeekFrom::End(0)).map_err(io)?;
        let next_seq = committed_seq + 1;
        Ok(Loaded {
            last_seq: committed_seq,
            journal: Journal {
                path: path.to_path_buf(),
                file,
                next_seq,
                last,
            },
            entries,
        })
    }

    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// Where the last committed entry lies in the file.
    pub fn last_place(&self) -> Option<Place> {
        self.last
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's length: where the next batch starts.
    pub fn byte_len(&self) -> Result<u64, JournalError> {
        self.file
            .metadata()
            .map(|m| m.len())
            .map_err(|source| JournalError::Io {
                path: self.path.clone(),
                source,
            })
    }

    /// Takes back the batch that started at `len` and was not applied: its entries
    /// were never acknowledged, so their sequence numbers are free again.
    pub fn withdraw(&mut self, len: u64, count: usize) -> Result<(), JournalError> {
        let io = |source| JournalError::Io {
            path: self.path.clone(),
            source,
        };
        self.file.set_len(len).map_err(io)?;
        self.file.sync_all().map_err(io)?;
        self.next_seq -= count as u64;
        // Not known without reading back: the next open reads the whole file.
        self.last = None;
        Ok(())
    }

    /// Appends entries and fsyncs. The last one commits the batch.
    pub fn append(
        &mut self,
        actor: &str,
        changes: Vec<Change>,
    ) -> Result<Vec<Entry>, JournalError> {
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let count = changes.len();
        let mut buf = Vec::new();
        let mut out = Vec::with_capacity(count);
        let mut last_start = 0usize;
        for (i, change) in changes.into_iter().enumerate() {
            last_start = buf.len();
            let entry = Entry {
                seq: self.next_seq + i as u64,
                at: at.clone(),
                actor: actor.to_string(),
                commit: i + 1 == count,
                change,
            };
            serde_json::to_writer(&mut buf, &entry).expect("journal entries always serialise");
            buf.push(b'\n');
            out.push(entry);
        }
        let io = |source| JournalError::Io {
            path: self.path.clone(),
            source,
        };
        let before = self.file.metadata().map_err(io)?.len();
        let written = self
            .file
            .write_all(&buf)
            .and_then(|_| self.file.sync_data());
        if let Err(e) = written {
            // Leave no half batch behind to confuse the next open.
            let _ = self.file.set_len(before);
            return Err(io(e));
        }
        self.next_seq += count as u64;
        if let Some(e) = out.last() {
            self.last = Some(Place {
                seq: e.seq,
                start: before + last_start as u64,
                end: before + buf.len() as u64,
            });
        }
        Ok(out)
    }

    /// Starts a batch too big to hold (an import): its entries are written one
    /// at a time by `write`, and none counts until `finish` has fsync'd the last.
    pub fn begin(&self, actor: &str) -> Result<Batch, JournalError> {
        let before = self.byte_len()?;
        Ok(Batch {
            before,
            len: before,
            first_seq: self.next_seq,
            count: 0,
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            actor: actor.to_string(),
            last: None,
            buf: Vec::new(),
        })
    }

    /// Writes the batch's next entry, not yet fsync'd; `commit` marks the last.
    pub fn write(
        &mut self,
        batch: &mut Batch,
        change: Change,
        commit: bool,
    ) -> Result<(), JournalError> {
        let entry = Entry {
            seq: batch.first_seq + batch.count,
            at: batch.at.clone(),
            actor: batch.actor.clone(),
            commit,
            change,
        };
        batch.buf.clear();
        serde_json::to_writer(&mut batch.buf, &entry).expect("journal entries always serialise");
        batch.buf.push(b'\n');
        self.file
            .write_all(&batch.buf)
            .map_err(|source| JournalError::Io {
                path: self.path.clone(),
                source,
            })?;
        let start = batch.len;
        batch.len += batch.buf.len() as u64;
        batch.count += 1;
        batch.last = Some(Place {
            seq: entry.seq,
            start,
            end: batch.len,
        });
        Ok(())
    }

    /// Makes the batch durable (its last entry must have been written with
    /// `commit`). Returns its last sequence number.
    pub fn finish(&mut self, batch: &Batch) -> Result<u64, JournalError> {
        self.file.sync_data().map_err(|source| JournalError::Io {
            path: self.path.clone(),
            source,
        })?;
        self.next_seq += batch.count;
        self.last = batch.last.or(self.last);
        Ok(self.next_seq - 1)
    }

    /// Cuts an unfinished batch off: the next one starts where it did.
    pub fn abandon(&mut self, batch: &Batch) -> Result<(), JournalError> {
        let io = |source| JournalError::Io {
            path: self.path.clone(),
            source,
        };
        self.file.set_len(batch.before).map_err(io)?;
        self.file.sync_all().map_err(io)
    }

    /// Reads the entries one line at a time, without holding the file, until `f`
    /// says to stop. Only for a journal that `open` has already cut to its
    /// committed entries.
    pub fn stream<E: From<JournalError>>(
        path: &Path,
        f: impl FnMut(Entry) -> Result<bool, E>,
    ) -> Result<(), E> {
        Self::stream_from(path, 0, 0, f)
    }

    /// `stream` from byte `offset`, which is where line `line` + 1 starts.
    pub fn stream_from<E: From<JournalError>>(
        path: &Path,
        offset: u64,
        line: usize,
        mut f: impl FnMut(Entry) -> Result<bool, E>,
    ) -> Result<(), E> {
        let io = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = File::open(path).map_err(io)?;
        file.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut reader = BufReader::with_capacity(1 << 16, file);
        let mut line_text = String::new();
        let mut n = line;
        loop {
            line_text.clear();
            if reader.read_line(&mut line_text).map_err(io)? == 0 {
                return Ok(());
            }
            n += 1;
            let entry: Entry =
                serde_json::from_str(line_text.trim_end()).map_err(|e| JournalError::Damaged {
                    path: path.to_path_buf(),
                    line: n,
                    reason: e.to_string(),
                })?;
            if !f(entry)? {
                return Ok(());
            }
        }
    }

    /// Reads every committed entry again (for `check` and `rebuild`).
    pub fn read_all(path: &Path) -> Result<Vec<Entry>, JournalError> {
        let io = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = File::open(path).map_err(io)?;
        let mut entries = Vec::new();
        let mut pending = Vec::new();
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(io)?;
            let entry: Entry = serde_json::from_str(&line).map_err(|e| JournalError::Damaged {
                path: path.to_path_buf(),
                line: i + 1,
                reason: e.to_string(),
            })?;
            let commit = entry.commit;
            pending.push(entry);
            if commit {
                entries.append(&mut pending);
            }
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(n: usize) -> Change {
        Change {
            ops: Vec::new(),
            reason: Some(format!("change {n}")),
        }
    }

    #[test]
    fn a_batch_cut_short_is_dropped_on_open_and_one_finished_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        let mut j = Journal::open(&path, 0).unwrap().journal;
        j.append("a", vec![change(0)]).unwrap();
        let len = j.byte_len().unwrap();
        // A crash after two entries of a batch: neither commits it.
        let mut b = j.begin("a").unwrap();
        j.write(&mut b, change(1), false).unwrap();
        j.write(&mut b, change(2), false).unwrap();
        drop(j);
        let loaded = Journal::open(&path, 0).unwrap();
        assert_eq!((loaded.last_seq, loaded.entries.len()), (1, 1));
        assert_eq!(std::fs::metadata(&path).unwrap().len(), len);
        // Finished, the batch counts, numbered after what was there.
        let mut j = loaded.journal;
        let mut b = j.begin("a").unwrap();
        j.write(&mut b, change(1), false).unwrap();
        j.write(&mut b, change(2), true).unwrap();
        assert_eq!(j.finish(&b).unwrap(), 3);
        assert_eq!(j.next_seq(), 4);
        let place = j.last_place().unwrap();
        assert_eq!((place.seq, place.end), (3, j.byte_len().unwrap()));
        // Abandoned, it is gone at once and its numbers are free again.
        let before = j.byte_len().unwrap();
        let mut b = j.begin("a").unwrap();
        j.write(&mut b, change(3), false).unwrap();
        j.abandon(&b).unwrap();
        assert_eq!(j.byte_len().unwrap(), before);
        assert_eq!(j.next_seq(), 4);
        drop(j);
        let loaded = Journal::open(&path, 0).unwrap();
        assert_eq!(loaded.last_seq, 3);
        let commits: Vec<bool> = loaded.entries.iter().map(|e| e.commit).collect();
        assert_eq!(commits, vec![true, false, true]);
        let read: Vec<u64> = {
            let mut v = Vec::new();
            Journal::stream_from(&path, len, 1, |e| -> Result<bool, JournalError> {
                v.push(e.seq);
                Ok(true)
            })
            .unwrap();
            v
        };
        assert_eq!(read, vec![2, 3]);
    }
}
