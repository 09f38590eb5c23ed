//! PSU hours and the simple list records (worksites, positions, specialists, ...).

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::hours::Hours;
use crate::domain::psu::{check_entry, limit_windows, Agreement, Assignment, HourRow};
use crate::domain::workshop::Session;
use crate::store::{Change, Entity, Kind, Record, RecordRef};

impl Desk {
    /// A note about a participant; the desk names its author and its day.
    pub(super) fn add_note(
        &self,
        actor: &Actor,
        participant_id: String,
        text: String,
        restricted: bool,
    ) -> Result<Response> {
        if !self.store.exists(Kind::Participant, &participant_id)? {
            return Err(DeskError::NotFound {
                kind: Kind::Participant,
                id: participant_id,
            });
        }
        if text.trim().is_empty() {
            return Err(DeskError::said(|c| c.desk.note_empty));
        }
        let note = crate::domain::person::Note {
            id: self.new_id(Kind::Note)?,
            participant_id,
            author: actor.login.clone(),
            on: super::today(),
            restricted,
            text,
        };
        let id = note.id.clone();
        let rev = self.commit(actor, Change::put(Record::Note(note)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    fn need_record<T: Entity>(&self, id: &str) -> Result<T> {
        self.store
            .get::<T>(id)?
            .map(|s| s.value)
            .ok_or_else(|| DeskError::Missing {
                kind: T::KIND,
                id: id.to_string(),
            })
    }

    pub(super) fn log_hours(
        &self,
        actor: &Actor,
        row: HourRow,
        expected_rev: Option<u64>,
    ) -> Result<Response> {
        let asg: Assignment = self.need_record(&row.assignment_id)?;
        let agreement: Agreement = self.need_record(&asg.agreement_id)?;
        let current = self.store.stored_hour_row(&row.assignment_id, row.date)?;
        // Someone saved this day since it was read: say who, keep theirs.
        match (&current, expected_rev) {
            (Some(cur), Some(rev)) => self.check_rev(cur, rev)?,
            (Some(cur), None) => return Err(self.conflict(&cur.stamp.by, cur.stamp.at)),
            (None, Some(_)) | (None, None) => {}
        }
        if row.hours.is_zero() && row.absence.is_none() {
            if current.is_some() {
                let del = RecordRef::Hours {
                    assignment_id: row.assignment_id.clone(),
                    date: row.date,
                };
                self.commit(actor, Change::delete(del))?;
            }
            return Ok(Response::Done);
        }
        let person: crate::domain::person::Participant = self.need_record(&asg.participant_id)?;
        crate::domain::psu::check_participation_day(
            &person,
            self.admitted(&asg.participant_id)?,
            row.date,
        )
        .map_err(DeskError::Hours)?;
        let ((wf, wt), (mf, mt)) = limit_windows(row.date);
        let same_agreement: Vec<String> = self
            .store
            .assignments_of(&asg.participant_id)?
            .into_iter()
            .filter(|a| a.value.agreement_id == asg.agreement_id)
            .map(|a| a.value.id)
            .collect();
        let (mut week, mut month) = (Hours::ZERO, Hours::ZERO);
        for r in self
            .store
            .hours_of_participant(&asg.participant_id, wf.min(mf), wt.max(mt))?
        {
            if !same_agreement.contains(&r.assignment_id)
                || (r.assignment_id == row.assignment_id && r.date == row.date)
            {
                continue;
            }
            if r.date >= wf && r.date <= wt {
                week += r.hours;
            }
            if r.date >= mf && r.date <= mt {
                month += r.hours;
            }
        }
        check_entry(&agreement, &asg, &row, week, month).map_err(DeskError::Hours)?;
        let rev = self.commit(actor, Change::put(Record::Hours(row)))?;
        Ok(Response::Saved {
            id: String::new(),
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    pub(super) fn save_record(
        &self,
        actor: &Actor,
        record: Record,
        expected_rev: Option<u64>,
    ) -> Result<Response> {
        // The rules an imported line keeps, exactly.
        let line = crate::interchange::Line::from_record(record);
        super::import::own_rules(&line)?;
        let Some(mut record) = line.into_record() else {
            return Err(DeskError::said(|c| c.desk.no_record));
        };
        match &mut record {
            Record::Participant(_)
            | Record::Assignment(_)
            | Record::Contract(_)
            | Record::Hours(_)
            | Record::Staff(_)
            | Record::Settings(_) => {
                return Err(DeskError::said(|c| c.desk.saved_through_own_form))
            }
            // The desk names the author; an edit keeps the one stored.
            Record::Note(n) => {
                self.need_record::<crate::domain::person::Participant>(&n.participant_id)?;
                n.author = match self.store.get::<crate::domain::person::Note>(&n.id)? {
                    Some(stored) => stored.value.author,
                    None => actor.login.clone(),
                };
            }
            Record::Session(s) => {
                self.need_record::<crate::domain::workshop::Activity>(&s.activity_id)?;
                if let Some(sp) = &s.specialist_id {
                    self.need_record::<crate::domain::workshop::Specialist>(sp)?;
                }
            }
            Record::Job(crate::domain::activation::Job { participant_id, .. })
            | Record::Route(crate::domain::activation::Route { participant_id, .. }) => {
                self.need_record::<crate::domain::person::Participant>(participant_id)?;
            }
            Record::Refund(r) => {
                let agreement =
                    self.need_record::<crate::domain::psu::Agreement>(&r.agreement_id)?;
                r.check_against(&agreement)
                    .map_err(|e| DeskError::said_in(|lang| crate::text::refund(lang, &e)))?;
            }
            Record::Attendance(a) => {
                self.need_record::<Session>(&a.session_id)?;
                self.need_record::<crate::domain::person::Participant>(&a.participant_id)?;
            }
            _ => {}
        }
        if let Some((kind, id)) = record.kind_id() {
            let id = id.to_string();
            if id.trim().is_empty() {
                let fresh = self.new_id(kind)?;
                record.set_id(fresh);
            } else if let Some(rev) = self.current_rev(kind, &id)? {
                match expected_rev {
                    Some(e) if e == rev.0 => {}
                    Some(_) => return Err(self.conflict(&rev.1, rev.2)),
                    None => return Err(DeskError::DuplicateId { kind, id }),
                }
            }
        }
        let id = record
            .kind_id()
            .map(|(_, id)| id.to_string())
            .unwrap_or_default();
        let rev = self.commit(actor, Change::put(record))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    /// Deletes a job or a route entered in error (other records have their own
    /// ways out: a resignation, an ending, anonymisation).
    pub(super) fn delete_record(
        &self,
        actor: &Actor,
        kind: Kind,
        id: &str,
        expected_rev: u64,
    ) -> Result<Response> {
        if kind == Kind::Assignment && self.store.exists(kind, id)? {
            // A referral with hours is history: it can only be resigned.
            let a: Assignment = self.need_record(id)?;
            let worked = self.store.hours_of_assignment_between(id, a.from, a.to)?;
            if let Some(first) = worked.first() {
                return Err(DeskError::said(|c| (c.desk.referral_has_hours)(first.date)));
            }
        } else if kind == Kind::Category {
            // A group in use is never deleted: it can be retired.
            let mut holders = 0;
            self.store
                .for_each::<crate::domain::person::Participant>(|p| {
                    holders += p.value.categories.iter().any(|c| c == id) as usize;
                    Ok(())
                })?;
            if holders > 0 {
                return Err(DeskError::said(|c| (c.desk.group_in_use)(id, holders)));
            }
        } else if !matches!(kind, Kind::Job | Kind::Route) {
            return Err(DeskError::said(|c| (c.desk.not_deleted)(kind.name())));
        }
        let Some(rev) = self.current_rev(kind, id)? else {
            return Err(DeskError::NotFound {
                kind,
                id: id.to_string(),
            });
        };
        if rev.0 != expected_rev {
            return Err(self.conflict(&rev.1, rev.2));
        }
        self.commit(actor, Change::delete(RecordRef::Id(kind, id.to_string())))?;
        Ok(Response::Done)
    }

    /// Deletes the refund of one agreement's month, named with its revision.
    pub(super) fn delete_refund(
        &self,
        actor: &Actor,
        agreement_id: String,
        month: chrono::NaiveDate,
        expected_rev: u64,
    ) -> Result<Response> {
        let month = crate::domain::dates::month_start(month);
        let Some(stored) = self.store.refund(&agreement_id, month)? else {
            return Err(DeskError::said(|c| {
                (c.desk.no_refund)(&agreement_id, month)
            }));
        };
        if stored.stamp.rev != expected_rev {
            return Err(self.conflict(&stored.stamp.by, stored.stamp.at));
        }
        self.commit(
            actor,
            Change::delete(RecordRef::Refund {
                agreement_id,
                month,
            }),
        )?;
        Ok(Response::Done)
    }

    fn current_rev(&self, kind: Kind, id: &str) -> Result<Option<(u64, String, i64)>> {
        struct Rev<'a> {
            desk: &'a Desk,
            id: &'a str,
        }
        impl crate::domain::record::KindVisitor for Rev<'_> {
            type Out = Result<Option<(u64, String, i64)>>;
            fn visit<T: crate::domain::record::Entity>(self) -> Self::Out {
                Ok(self
                    .desk
                    .store
                    .get::<T>(self.id)?
                    .map(|s| (s.stamp.rev, s.stamp.by, s.stamp.at)))
            }
        }
        kind.visit(Rev { desk: self, id })
    }
}

impl Desk {
    /// The settlement of the month that holds `month`.
    pub(super) fn settle(
        &self,
        month: chrono::NaiveDate,
    ) -> Result<crate::domain::settlement::Settlement> {
        use crate::domain::dates::{month_end, month_start};
        use std::collections::HashMap;
        let mut rows = Vec::new();
        self.store
            .hours_between(month_start(month), month_end(month), |r| {
                rows.push(r);
                Ok(())
            })?;
        let mut assignments: HashMap<String, Assignment> = HashMap::new();
        let mut agreements: HashMap<String, Agreement> = HashMap::new();
        for r in &rows {
            if !assignments.contains_key(&r.assignment_id) {
                let a: Assignment = self.need_record(&r.assignment_id)?;
                if !agreements.contains_key(&a.agreement_id) {
                    let g: Agreement = self.need_record(&a.agreement_id)?;
                    agreements.insert(g.id.clone(), g);
                }
                assignments.insert(a.id.clone(), a);
            }
        }
        let mut s = crate::domain::settlement::settle(rows.iter().map(|r| {
            let a = &assignments[&r.assignment_id];
            (r, a, &agreements[&a.agreement_id])
        }));
        s.refund_received = crate::domain::settlement::received_for(&self.store.refunds()?, month);
        Ok(s)
    }
}
