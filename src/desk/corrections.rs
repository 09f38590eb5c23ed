//! Corrections of what was entered in error: an ending undone or re-dated, a
//! rejection reversed, a closed contract corrected. Each needs a reason, which
//! the journal keeps with the change and `kis audit` shows.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::contract::{Contract, ContractState};
use crate::domain::participation::{admission, closed_by_ending, undo_ending, EndingCorrection};
use crate::domain::person::{Participant, Status};
use crate::store::{Change, Kind, Record};

/// A correction without a reason is refused: the audit must say why.
fn need_reason(reason: &str) -> Result<String> {
    let r = reason.trim();
    if r.is_empty() {
        return Err(DeskError::said(|c| c.desk.correction_needs_reason));
    }
    Ok(r.to_string())
}

impl Desk {
    pub(super) fn correct_ending(
        &self,
        actor: &Actor,
        participant_id: &str,
        correction: EndingCorrection,
        reason: &str,
        expected_rev: u64,
    ) -> Result<Response> {
        let reason = need_reason(reason)?;
        let stored = self.participant(participant_id)?;
        self.check_rev(&stored, expected_rev)?;
        let mut p = stored.value;
        if !p.is_ended() {
            return Err(DeskError::said(|c| {
                (c.desk.participation_not_ended)(p.status)
            }));
        }
        let contracts: Vec<Contract> = self
            .store
            .contracts_of(participant_id)?
            .into_iter()
            .map(|c| c.value)
            .collect();
        let mut change = match correction {
            EndingCorrection::Undo => {
                undo_ending(&mut p);
                let mut change = Change::put(Record::Participant(p.clone()));
                if let Some(c) = closed_by_ending(&contracts) {
                    let mut c = c.clone();
                    c.state = ContractState::Active;
                    change.push(Record::Contract(c));
                }
                change
            }
            EndingCorrection::Redate(on) => {
                if let Some(a) = admission(&contracts) {
                    if on < a {
                        return Err(DeskError::said(|c| (c.desk.end_before_admission)(on, a)));
                    }
                }
                p.ended_on = Some(on);
                Change::put(Record::Participant(p.clone()))
            }
        };
        self.validate_participant(&p)?;
        change.reason = Some(reason);
        let rev = self.commit(actor, change)?;
        Ok(Response::Saved {
            id: participant_id.to_string(),
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    /// A rejection made by a wrongly ticked exclusion: the corrected record
    /// (its exclusions no longer barring) becomes an applicant again.
    pub(super) fn reverse_rejection(
        &self,
        actor: &Actor,
        mut p: Participant,
        reason: &str,
        expected_rev: u64,
    ) -> Result<Response> {
        let reason = need_reason(reason)?;
        let stored = self.participant(&p.id)?;
        self.check_rev(&stored, expected_rev)?;
        if stored.value.status != Status::Rejected {
            return Err(DeskError::said(|c| {
                (c.desk.application_not_rejected)(stored.value.status)
            }));
        }
        p.status = Status::Applicant;
        p.reason = None;
        p.outcome = None;
        p.ended_on = None;
        p.certificate_on = None;
        // Still barred: the exclusion's own message says by what.
        self.validate_participant(&p)?;
        let id = p.id.clone();
        let rev = self.commit(actor, Change::put(Record::Participant(p)).because(reason))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    /// A closed contract saved again: allowed only with a reason.
    pub(super) fn correct_contract(
        &self,
        actor: &Actor,
        c: Contract,
        reason: &str,
        expected_rev: u64,
    ) -> Result<Response> {
        let reason = need_reason(reason)?;
        if !self.store.exists(Kind::Contract, &c.id)? {
            return Err(DeskError::NotFound {
                kind: Kind::Contract,
                id: c.id,
            });
        }
        self.save_contract_with(actor, c, Some(expected_rev), Some(reason))
    }
}
