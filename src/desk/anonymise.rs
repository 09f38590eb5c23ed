//! Anonymisation after the retention period: personal fields are replaced in
//! the records, in the journal's history, and (by reopening onto a fresh sled)
//! in the database files; what reports count stays.

use super::{Actor, Desk, DeskError, Result};
use crate::domain::contract::{self, Contract};
use crate::domain::person::{anonymise, retention_ends, Participant};
use crate::domain::staff::Permission;
use crate::store::{Change, Op, Options, Record, Store};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A participant whose data fall due, with the day they did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DueForAnonymisation {
    pub participant_id: String,
    pub ended_on: NaiveDate,
    pub due_on: NaiveDate,
}

fn is_anonymised(p: &Participant) -> bool {
    p.first_name == "—" && p.last_name == format!("Zanonimizowany {}", p.id)
}

impl Desk {
    pub fn anonymisation_due(&self, actor: &Actor) -> Result<Vec<DueForAnonymisation>> {
        self.need(actor, Permission::Administer)?;
        self.due_under(self.store.settings()?.retention_years)
    }

    /// Who is past a retention of `years`, today.
    pub(super) fn due_under(&self, years: u32) -> Result<Vec<DueForAnonymisation>> {
        let today = super::today();
        let mut out = Vec::new();
        for p in self.store.list::<Participant>()? {
            let p = p.value;
            if let Some(due) = retention_ends(&p, years) {
                if due <= today && !is_anonymised(&p) {
                    out.push(DueForAnonymisation {
                        participant_id: p.id.clone(),
                        ended_on: p.ended_on.unwrap_or(due),
                        due_on: due,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Rewrites the journal's history of these people and records the act.
    fn anonymise_in_journal(&self, actor: &Actor, ids: &HashSet<String>) -> Result<()> {
        self.need(actor, Permission::Administer)?;
        let _gate = self.gate.take_whole(super::gate::Busy::Anonymise);
        let contracts: Vec<Contract> = self
            .store
            .list::<Contract>()?
            .into_iter()
            .map(|c| c.value)
            .collect();
        let theirs: HashSet<String> = contracts
            .iter()
            .filter(|c| ids.contains(&c.participant_id))
            .map(|c| c.id.clone())
            .collect();
        self.store.rewrite_journal(|op| match op {
            Op::Put(Record::Participant(p)) if ids.contains(&p.id) => anonymise(p),
            Op::Put(Record::Contract(c)) if theirs.contains(&c.id) => contract::anonymise(c),
            Op::Put(Record::Note(n)) if ids.contains(&n.participant_id) => n.text.clear(),
            // A route's note is free text about the person; its kind and dates stay for reports.
            Op::Put(Record::Route(r)) if ids.contains(&r.participant_id) => r.note.clear(),
            _ => {}
        })?;
        // The act itself, with its actor, in the journal and the audit.
        let mut change = Change::default();
        for id in ids {
            if let Some(mut p) = self.store.get::<Participant>(id)?.map(|s| s.value) {
                anonymise(&mut p);
                change.push(Record::Participant(p));
            }
        }
        for c in contracts.into_iter().filter(|c| theirs.contains(&c.id)) {
            let mut c = c;
            contract::anonymise(&mut c);
            change.push(Record::Contract(c));
        }
        if !change.ops.is_empty() {
            self.store.commit(&actor.login, change)?;
        }
        Ok(())
    }
}

/// Anonymises everyone due in the data directory `dir`, then reopens the data
/// onto fresh database files replayed from the rewritten journal.
pub fn anonymise_due(
    dir: &Path,
    actor: &Actor,
    lang: crate::text::Lang,
) -> Result<Vec<DueForAnonymisation>> {
    Ok(anonymise_marked(dir, actor, lang)?.0)
}

/// How to recognise a person's printouts: file names kis gives them, and text in them.
#[derive(Clone, Debug, Default)]
struct Marks {
    stems: Vec<String>,
    needles: Vec<String>,
}

fn marks(desk: &Desk, ids: &HashSet<String>) -> Result<Marks> {
    use crate::files::printout_name;
    let mut m = Marks::default();
    for id in ids {
        m.stems.push(printout_name(&format!("zaswiadczenie-{id}")));
        m.stems.push(printout_name(&format!("dane-osoby-{id}")));
        if let Some(p) = desk.store.get::<Participant>(id)? {
            let p = p.value;
            m.needles
                .extend(p.pesel.as_ref().map(|x| x.as_str().to_string()));
            if p.first_name.chars().count() + p.last_name.chars().count() >= 4 {
                m.needles.push(format!("{} {}", p.first_name, p.last_name));
                m.needles.push(format!("{} {}", p.last_name, p.first_name));
            }
        }
        for c in desk.store.contracts_of(id)? {
            m.stems
                .push(printout_name(&format!("kontrakt-{}", c.value.number)));
        }
    }
    Ok(m)
}

fn anonymise_marked(
    dir: &Path,
    actor: &Actor,
    lang: crate::text::Lang,
) -> Result<(Vec<DueForAnonymisation>, Marks)> {
    let (due, marks) = {
        let desk = Desk::new(Store::open(dir, &Options::default())?, lang)?;
        let due = desk.anonymisation_due(actor)?;
        let ids: HashSet<String> = due.iter().map(|d| d.participant_id.clone()).collect();
        let marks = marks(&desk, &ids)?;
        if !ids.is_empty() {
            // Until the database is rebuilt onto fresh files, an interrupted run
            // is finished by the next open (`store::leftovers`).
            crate::store::leftovers::begin_anonymisation(dir)
                .map_err(|e| DeskError::said(|c| (c.desk.path_failed)(dir, &e)))?;
            desk.anonymise_in_journal(actor, &ids)?;
        }
        (due, marks)
    };
    if !due.is_empty() {
        // Old values may linger in sled's log segments: the database is rebuilt
        // from the journal onto fresh files (the read audit is a file of its own
        // and stays). Cut short, the next open finishes it (`store::leftovers`).
        let db = dir.join("db");
        std::fs::remove_dir_all(&db)
            .map_err(|e| DeskError::said(|c| (c.desk.path_failed)(&db, &e)))?;
        let desk = Desk::new(Store::open(dir, &Options::default())?, lang)?;
        desk.store().flush()?;
        let report = desk.store().check(lang)?;
        if !report.ok() {
            return Err(DeskError::said(|c| {
                (c.desk.rebuilt_database_problems)(&report.problems)
            }));
        }
    }
    Ok((due, marks))
}

/// What an anonymisation did about the copies kis had made of the people's data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Leftovers {
    /// Backups in the data directory's `backups/`, older than the anonymisation: removed.
    pub removed_backups: Vec<PathBuf>,
    /// The backup taken in their place, from the anonymised journal.
    pub new_backup: Option<PathBuf>,
    /// Printouts in the print folder that name the anonymised people: for the admin to delete.
    pub printouts: Vec<PathBuf>,
    /// Database files set aside by a recovery (`db.broken-*`): removed, they hold old values.
    pub removed_copies: Vec<PathBuf>,
    /// `journal.set-aside.jsonl` from `kis repair`, which holds changes verbatim: for the admin.
    pub set_aside: Option<PathBuf>,
}

/// Anonymises everyone due, then removes the backups inside the data directory
/// that still hold their data (a fresh one takes their place) and lists their
/// printouts in `print_dir`.
pub fn anonymise_and_clean(
    dir: &Path,
    actor: &Actor,
    lang: crate::text::Lang,
    print_dir: &Path,
) -> Result<(Vec<DueForAnonymisation>, Leftovers)> {
    let (due, marks) = anonymise_marked(dir, actor, lang)?;
    let mut left = Leftovers::default();
    if due.is_empty() {
        return Ok((due, left));
    }
    let backups = dir.join("backups");
    let old = super::backup::backups_in(&backups).unwrap_or_default();
    if !old.is_empty() {
        for b in old {
            std::fs::remove_file(&b)
                .map_err(|e| DeskError::said(|c| (c.desk.path_failed)(&b, &e)))?;
            left.removed_backups.push(b);
        }
        left.new_backup = Some(super::backup::take(dir, &backups, None)?);
    }
    left.printouts = printouts_of(print_dir, &marks);
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("db.broken-") && e.file_type().is_ok_and(|t| t.is_dir()) {
            std::fs::remove_dir_all(e.path())
                .map_err(|err| DeskError::said(|c| (c.desk.path_failed)(&e.path(), &err)))?;
            left.removed_copies.push(e.path());
        }
    }
    let aside = dir.join(crate::store::repair::SET_ASIDE_FILE);
    left.set_aside = aside.exists().then_some(aside);
    Ok((due, left))
}

/// Files in `dir` that kis named after these people or whose text names them.
fn printouts_of(dir: &Path, marks: &Marks) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        if !e.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let named = marks.stems.iter().any(|s| s == stem);
        let small = e.metadata().is_ok_and(|m| m.len() <= 64 << 20);
        let mentions = || {
            small
                && std::fs::read(&path).is_ok_and(|bytes| {
                    let text = String::from_utf8_lossy(&bytes);
                    marks.needles.iter().any(|n| text.contains(n.as_str()))
                })
        };
        if named || mentions() {
            out.push(path);
        }
    }
    out.sort();
    out
}
