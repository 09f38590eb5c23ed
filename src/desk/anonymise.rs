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
use std::path::Path;

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
    let (due, reads) = {
        let desk = Desk::new(Store::open(dir, &Options::default())?, lang)?;
        let due = desk.anonymisation_due(actor)?;
        let ids: HashSet<String> = due.iter().map(|d| d.participant_id.clone()).collect();
        if !ids.is_empty() {
            desk.anonymise_in_journal(actor, &ids)?;
        }
        (due, desk.store().audit_reads()?)
    };
    if !due.is_empty() {
        // Old values may linger in sled's log segments: the database is rebuilt from scratch.
        let db = dir.join("db");
        let old = dir.join("db.before-anonymisation");
        std::fs::rename(&db, &old).map_err(|e| {
            DeskError::invalid(
                format!("{}: {e}", db.display()),
                format!("{}: {e}", db.display()),
            )
        })?;
        let desk = Desk::new(Store::open(dir, &Options::default())?, lang)?;
        // The read audit is not in the journal: it moves over as it is.
        desk.store().restore_audit(&reads)?;
        desk.store().flush()?;
        let report = desk.store().check()?;
        if !report.ok() {
            return Err(DeskError::invalid(
                report.problems.join("; "),
                report.problems.join("; "),
            ));
        }
        drop(desk);
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(due)
}
