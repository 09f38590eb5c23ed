//! PSU use cases: referrals, resignations and the month timesheet.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::dates::{month_end, month_start};
use crate::domain::person::Participant;
use crate::domain::psu::{
    check_new_assignment, check_referred_person, slots_taken, Agreement, Assignment,
    AssignmentError, HourRow,
};
use crate::store::{Change, Kind, Record};
use chrono::NaiveDate;

pub use crate::domain::psu::{SheetOf, Timesheet, TimesheetLine};

impl Desk {
    /// The participant's admission: the start of their first signed contract.
    pub(super) fn admitted(&self, participant_id: &str) -> Result<Option<NaiveDate>> {
        let contracts = self.store.contracts_of(participant_id)?;
        Ok(crate::domain::participation::admission(
            contracts.iter().map(|c| &c.value),
        ))
    }

    /// The referrals of an agreement, each with the participant's name.
    pub(super) fn referrals(&self, agreement_id: &str) -> Result<Response> {
        let mut out = Vec::new();
        for a in self.store.list::<Assignment>()? {
            if a.value.agreement_id == agreement_id {
                let who = self
                    .store
                    .get::<Participant>(&a.value.participant_id)?
                    .map(|p| p.value.full_name())
                    .unwrap_or_default();
                out.push((a, who));
            }
        }
        Ok(Response::Referrals(out))
    }

    /// A new referral, or an edit of one (with its revision).
    pub(super) fn save_assignment(
        &self,
        actor: &Actor,
        mut a: Assignment,
        expected_rev: Option<u64>,
    ) -> Result<Response> {
        let p = self
            .store
            .get::<Participant>(&a.participant_id)?
            .ok_or_else(|| DeskError::Missing {
                kind: Kind::Participant,
                id: a.participant_id.clone(),
            })?;
        let agreement = self
            .store
            .get::<Agreement>(&a.agreement_id)?
            .ok_or_else(|| DeskError::Missing {
                kind: Kind::Agreement,
                id: a.agreement_id.clone(),
            })?;
        for (kind, id) in [
            (Kind::Worksite, &a.worksite_id),
            (Kind::Position, &a.position_id),
        ] {
            if !self.store.exists(kind, id)? {
                return Err(DeskError::Missing {
                    kind,
                    id: id.clone(),
                });
            }
        }
        let existing = if a.id.trim().is_empty() {
            None
        } else {
            self.store.get::<Assignment>(&a.id)?
        };
        let admitted = self.admitted(&a.participant_id)?;
        match (&existing, expected_rev) {
            (None, _) => check_new_assignment(&a, &p.value, admitted, &agreement.value)
                .map_err(DeskError::Assignment)?,
            (Some(cur), Some(rev)) => {
                self.check_rev(cur, rev)?;
                // An edit that moves the start or the person meets the rule again.
                if cur.value.from != a.from || cur.value.participant_id != a.participant_id {
                    check_referred_person(&a, &p.value, admitted).map_err(DeskError::Assignment)?;
                }
            }
            (Some(_), None) => {
                return Err(DeskError::DuplicateId {
                    kind: Kind::Assignment,
                    id: a.id,
                })
            }
        }
        if a.to < a.from {
            return Err(DeskError::Assignment(AssignmentError::EndsBeforeStart));
        }
        if let Some(r) = a.resigned_on {
            if r < a.from || r > a.to {
                return Err(DeskError::Assignment(AssignmentError::ResignOutside(r)));
            }
        }
        if a.id.trim().is_empty() {
            a.id = self.new_id(Kind::Assignment)?;
        }
        let others: Vec<Assignment> = self
            .store
            .list::<Assignment>()?
            .into_iter()
            .map(|s| s.value)
            .filter(|x| x.id != a.id)
            .collect();
        let taken = slots_taken(&others, &a.agreement_id, a.from);
        let slots_full = existing.is_none() && taken >= agreement.value.slots;
        let warnings = crate::domain::warnings::referral_overlaps(&a, &others);
        let id = a.id.clone();
        let rev = self.commit(actor, Change::put(Record::Assignment(a)))?;
        Ok(Response::Assigned {
            id,
            rev,
            slots_full,
            taken: taken + 1,
            slots: agreement.value.slots,
            warnings,
        })
    }

    pub(super) fn resign(
        &self,
        actor: &Actor,
        assignment_id: &str,
        on: NaiveDate,
        reason: String,
    ) -> Result<Response> {
        let cur = self
            .store
            .get::<Assignment>(assignment_id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Assignment,
                id: assignment_id.to_string(),
            })?;
        let mut a = cur.value.clone();
        a.resigned_on = Some(on);
        a.resign_reason = Some(reason).filter(|r| !r.trim().is_empty());
        if on < a.from || on > a.to {
            return Err(DeskError::Assignment(AssignmentError::ResignOutside(on)));
        }
        let later: Vec<HourRow> =
            self.store
                .hours_of_assignment_between(&a.id, on.succ_opt().unwrap_or(on), a.to)?;
        if let Some(first) = later.first() {
            return Err(DeskError::said(|c| {
                (c.desk.hours_after_resignation)(first.date)
            }));
        }
        let rev = self.commit(actor, Change::put(Record::Assignment(a)))?;
        Ok(Response::Saved {
            id: assignment_id.to_string(),
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    pub(super) fn timesheet(&self, of: SheetOf, month: NaiveDate) -> Result<Timesheet> {
        let (from, to) = (month_start(month), month_end(month));
        let mut lines = Vec::new();
        for a in self.store.list::<Assignment>()? {
            let a = a.value;
            let chosen = match &of {
                SheetOf::Worksite(w) => &a.worksite_id == w,
                SheetOf::Agreement(g) => &a.agreement_id == g,
            };
            if !chosen || a.from > to || a.to < from {
                continue;
            }
            let Some(p) = self.store.get::<Participant>(&a.participant_id)? else {
                continue;
            };
            let stored = self
                .store
                .stored_hours_of_assignment_between(&a.id, from, to)?;
            let revs = stored.iter().map(|s| s.stamp.rev).collect();
            let rows: Vec<HourRow> = stored.into_iter().map(|s| s.value).collect();
            let month_total = rows.iter().map(|r| r.hours).sum();
            lines.push(TimesheetLine {
                assignment: a,
                participant: p.value,
                rows,
                revs,
                month_total,
            });
        }
        // Polish alphabetical order (Ł after L), surname then first name.
        lines.sort_by_cached_key(|l| {
            let p = &l.participant;
            (
                crate::domain::collate::name_key(&p.last_name, &p.first_name),
                p.id.clone(),
                l.assignment.id.clone(),
            )
        });
        let agreement = match &of {
            SheetOf::Agreement(g) => self.store.get::<Agreement>(g)?.map(|s| s.value),
            SheetOf::Worksite(_) => None,
        };
        Ok(Timesheet {
            month: from,
            agreement,
            lines,
        })
    }

    /// Each month of an agreement (to today): the refund to request, computed from
    /// the hours, beside the refund received when it is recorded.
    pub(super) fn refund_months(&self, agreement_id: &str) -> Result<Vec<RefundMonth>> {
        use crate::domain::dates::{add_months, month_start};
        let agreement = self
            .store
            .get::<Agreement>(agreement_id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Agreement,
                id: agreement_id.to_string(),
            })?
            .value;
        let last = agreement.ends_on.min(super::today());
        let mut out = Vec::new();
        let mut month = month_start(agreement.starts_on);
        while month <= last {
            let settled = self.settle(month)?;
            let paid: crate::domain::money::Money = settled
                .persons
                .iter()
                .filter(|p| p.agreement_id == agreement_id)
                .map(|p| p.amount)
                .sum();
            out.push(RefundMonth {
                month,
                paid,
                requested: paid.percent(agreement.refund_percent),
                received: self.store.refund(agreement_id, month)?,
            });
            month = add_months(month, 1);
        }
        Ok(out)
    }
}

/// One month of an agreement: what was paid, the refund to request, what came in.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RefundMonth {
    pub month: NaiveDate,
    pub paid: crate::domain::money::Money,
    pub requested: crate::domain::money::Money,
    pub received: Option<crate::store::Stored<crate::domain::psu::Refund>>,
}
