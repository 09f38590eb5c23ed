//! Who read and who changed what, and when: reads from the audit file
//! (`audit.jsonl`), changes from the journal.

use super::{Actor, Desk, Request, Response, Result};
use crate::store::audit_file::ReadEntry;
use crate::store::journal::Journal;
use crate::store::{Kind, Op, Record, RecordRef};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuditLine {
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    /// `read`, `changed` or `deleted`.
    pub action: String,
    pub kind: String,
    pub id: String,
    /// The participant the record belongs to, where it belongs to one.
    pub participant_id: Option<String>,
    /// Why a correction was made (journalled with the change).
    #[serde(default)]
    pub reason: Option<String>,
}

/// The participant a record is about, if any.
fn owner(r: &Record) -> Option<&str> {
    match r {
        Record::Participant(p) => Some(&p.id),
        Record::Contract(c) => Some(&c.participant_id),
        Record::Assignment(a) => Some(&a.participant_id),
        Record::Attendance(a) => Some(&a.participant_id),
        Record::Note(n) => Some(&n.participant_id),
        _ => None,
    }
}

/// What one journalled operation touched: action, kind, id, and the participant it is about.
pub(crate) fn describe(op: &Op) -> (&'static str, &'static str, String, Option<String>) {
    match op {
        Op::Put(Record::Hours(h)) => (
            "changed",
            "hours",
            format!("{} {}", h.assignment_id, h.date),
            None,
        ),
        Op::Put(Record::Settings(_)) => ("changed", "settings", String::new(), None),
        Op::Put(Record::Refund(r)) => (
            "changed",
            "refund",
            format!("{} {}", r.agreement_id, r.month.format("%Y-%m")),
            None,
        ),
        Op::Put(Record::Attendance(a)) => (
            "changed",
            "attendance",
            format!("{} {}", a.session_id, a.participant_id),
            Some(a.participant_id.clone()),
        ),
        Op::Put(r) => {
            let (k, id) = r.kind_id().expect("records with ids");
            (
                "changed",
                k.name(),
                id.to_string(),
                owner(r).map(str::to_string),
            )
        }
        Op::Delete(RecordRef::Id(k, id)) => (
            "deleted",
            k.name(),
            id.clone(),
            (*k == Kind::Participant).then(|| id.clone()),
        ),
        Op::Delete(RecordRef::Hours {
            assignment_id,
            date,
        }) => ("deleted", "hours", format!("{assignment_id} {date}"), None),
        Op::Delete(RecordRef::Refund {
            agreement_id,
            month,
        }) => (
            "deleted",
            "refund",
            format!("{agreement_id} {}", month.format("%Y-%m")),
            None,
        ),
        Op::Delete(RecordRef::Attendance {
            session_id,
            participant_id,
        }) => (
            "deleted",
            "attendance",
            format!("{session_id} {participant_id}"),
            Some(participant_id.clone()),
        ),
    }
}

impl Desk {
    pub(super) fn audit(
        &self,
        participant: Option<&str>,
        user: Option<&str>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<AuditLine>> {
        let mut out = Vec::new();
        for r in self.store.audit_reads()? {
            let people = r.participants();
            if people.is_empty() {
                out.push(AuditLine {
                    at: r.at.clone(),
                    actor: r.actor.clone(),
                    action: r.action.clone(),
                    kind: r.kind.clone(),
                    id: r.id.clone(),
                    participant_id: None,
                    reason: None,
                });
            }
            // A read that showed several people is a line for each of them.
            for p in people {
                let id = if r.kind == Kind::Participant.name() {
                    p.to_string()
                } else {
                    r.id.clone()
                };
                out.push(AuditLine {
                    at: r.at.clone(),
                    actor: r.actor.clone(),
                    action: r.action.clone(),
                    kind: r.kind.clone(),
                    id,
                    participant_id: Some(p.to_string()),
                    reason: None,
                });
            }
        }
        for e in
            Journal::read_all(&self.store.journal_path()).map_err(crate::store::StoreError::from)?
        {
            for op in &e.change.ops {
                let (action, kind, id, pid) = describe(op);
                out.push(AuditLine {
                    at: e.at.clone(),
                    actor: e.actor.clone(),
                    action: action.into(),
                    kind: kind.into(),
                    id,
                    participant_id: pid,
                    reason: e.change.reason.clone(),
                });
            }
        }
        let day = |at: &str| NaiveDate::parse_from_str(at.get(..10).unwrap_or(""), "%Y-%m-%d").ok();
        out.retain(|l| {
            participant.is_none_or(|p| l.participant_id.as_deref() == Some(p))
                && user.is_none_or(|u| l.actor == u)
                && from.is_none_or(|f| day(&l.at).is_some_and(|d| d >= f))
                && to.is_none_or(|t| day(&l.at).is_some_and(|d| d <= t))
        });
        out.sort_by(|a, b| a.at.cmp(&b.at));
        Ok(out)
    }
}

/// What a request shows of personal data, audited once it is answered. Card,
/// person-export and documents audit themselves, where they read the record.
pub(super) enum Shows {
    Nothing,
    /// Participants found (lookup, a report's people): one entry with their ids.
    Hits(&'static str),
    /// A whole list or the whole club: one entry, `*`.
    Everyone(&'static str, &'static str),
    Contract,
    Names,
    PsuPrintouts(String),
}

pub(super) fn shows(req: &Request) -> Shows {
    match req {
        Request::Lookup { .. } => Shows::Hits("lookup"),
        Request::ReportPeople { .. } => Shows::Hits("report-people"),
        Request::ListParticipants { .. } => Shows::Everyone("list", "participant"),
        Request::ListContracts => Shows::Everyone("list", "contract"),
        Request::Export => Shows::Everyone("export", "club"),
        Request::Contract { .. } => Shows::Contract,
        Request::Names { .. } | Request::PersonNames { .. } | Request::DueList { .. } => {
            Shows::Names
        }
        Request::PsuPrintouts { agreement_id, .. } => Shows::PsuPrintouts(agreement_id.clone()),
        _ => Shows::Nothing,
    }
}

impl Desk {
    /// Writes (and fsyncs) the audit entry of an answer before it is given.
    pub(super) fn audit_answer(
        &self,
        actor: &Actor,
        shows: Shows,
        answer: &Response,
    ) -> Result<()> {
        let who = actor.login.as_str();
        let entry = match (shows, answer) {
            (Shows::Hits(action), Response::Hits(hits)) if !hits.is_empty() => {
                ReadEntry::new(who, action, "participant", "")
                    .with_ids(hits.iter().map(|h| h.participant_id.clone()).collect())
            }
            (Shows::Everyone(action, kind), _) => ReadEntry::new(who, action, kind, "*"),
            (Shows::Contract, Response::Contract(c)) => {
                ReadEntry::new(who, "read", Kind::Contract.name(), &c.value.id)
                    .with_ids(vec![c.value.participant_id.clone()])
            }
            (Shows::Names, Response::Names(names)) if !names.is_empty() => {
                ReadEntry::new(who, "names", "participant", "")
                    .with_ids(names.iter().map(|(id, _)| id.clone()).collect())
            }
            (Shows::Names, Response::PersonNames(names)) if !names.is_empty() => {
                ReadEntry::new(who, "names", "participant", "")
                    .with_ids(names.iter().map(|(id, _, _)| id.clone()).collect())
            }
            (Shows::Names, Response::DueList(lines)) if !lines.is_empty() => {
                let mut ids: Vec<String> = lines
                    .iter()
                    .map(|l| l.item.participant_id.clone())
                    .collect();
                ids.sort();
                ids.dedup();
                ReadEntry::new(who, "names", "participant", "").with_ids(ids)
            }
            (Shows::PsuPrintouts(agreement), _) => {
                ReadEntry::new(who, "print", Kind::Agreement.name(), &agreement)
            }
            _ => return Ok(()),
        };
        self.store.audit(&[entry])?;
        Ok(())
    }
}
