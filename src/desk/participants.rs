//! Participants and their contracts: lookup, card, intake, updates.

use super::{Actor, Card, Desk, DeskError, IntakeCheck, LookupHit, Response, Result};
use crate::domain::contract::{check_single_active, Contract, ContractError, ContractState};
use crate::domain::participation::{admission, is_graduate, months_reached};
use crate::domain::person::{barring_exclusion, likely_same_person, Participant, Status};
use crate::store::{Change, Kind, Record, Stored};

impl Desk {
    /// What a role may not see leaves the record before it leaves the desk.
    pub(super) fn shield(&self, role: crate::domain::staff::Role, p: &mut Participant) {
        if !role.sees_pesel() {
            p.pesel = None;
        }
        if !role.sees_notes() {
            p.notes.clear();
        }
    }

    pub(super) fn hit(p: &Participant) -> LookupHit {
        LookupHit {
            participant_id: p.id.clone(),
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            pesel: p.pesel.as_ref().map(|x| x.to_string()),
            phone: p.phone.clone(),
            status: p.status,
        }
    }

    pub(super) fn lookup(&self, query: &str, limit: usize) -> Result<Vec<LookupHit>> {
        let pks = self.with_search(|ix| ix.search(query, limit))?;
        let mut out = Vec::with_capacity(pks.len());
        for pk in pks {
            if let Some(p) = self.store.participant_by_pk(pk)? {
                out.push(Self::hit(&p.value));
            }
        }
        Ok(out)
    }

    pub(super) fn list_participants(
        &self,
        status: Option<Status>,
    ) -> Result<Vec<Stored<Participant>>> {
        let mut out = Vec::new();
        self.store.for_each::<Participant>(|p| {
            if status.is_none_or(|s| s == p.value.status) {
                out.push(p);
            }
            Ok(())
        })?;
        Ok(out)
    }

    pub(super) fn card(&self, actor: &Actor, id: &str) -> Result<Card> {
        let participant =
            self.store
                .get::<Participant>(id)?
                .ok_or_else(|| DeskError::NotFound {
                    kind: Kind::Participant,
                    id: id.to_string(),
                })?;
        self.store.audit_read(&actor.login, Kind::Participant, id)?;
        let contracts = self.store.contracts_of(id)?;
        let settings = self.store.settings()?;
        let admitted = admission(contracts.iter().map(|c| &c.value));
        let mut attended = Vec::new();
        for a in self.store.attendance_of_participant(id)? {
            let Some(s) = self
                .store
                .get::<crate::domain::workshop::Session>(&a.session_id)?
            else {
                continue;
            };
            let name = self
                .store
                .get::<crate::domain::workshop::Activity>(&s.value.activity_id)?
                .map(|x| x.value.name)
                .unwrap_or_default();
            attended.push((s.value.date, name, s.value.hours, a.state));
        }
        attended.sort_by_key(|a| std::cmp::Reverse(a.0));
        let role = self.role_of(actor)?.0;
        let mut participant = participant;
        let pesel_shown = Self::pesel_shown(role, &participant.value);
        let notes_hidden = !role.sees_notes() && !participant.value.notes.trim().is_empty();
        self.shield(role, &mut participant.value);
        let mut notes: Vec<super::NoteView> = self
            .store
            .notes_of(id)?
            .into_iter()
            .map(|n| n.value)
            .filter(|_| role != crate::domain::staff::Role::Viewer)
            .map(|n| super::NoteView {
                text: n.readable_by(&actor.login, role).then(|| n.text.clone()),
                id: n.id,
                on: n.on,
                author: n.author,
                restricted: n.restricted,
            })
            .collect();
        notes.sort_by_key(|n| std::cmp::Reverse(n.on));
        let mut jobs: Vec<_> = self
            .store
            .list::<crate::domain::activation::Job>()?
            .into_iter()
            .filter(|j| j.value.participant_id == id)
            .collect();
        jobs.sort_by_key(|j| j.value.from);
        let mut routes: Vec<_> = self
            .store
            .list::<crate::domain::activation::Route>()?
            .into_iter()
            .filter(|r| r.value.participant_id == id)
            .collect();
        routes.sort_by_key(|r| r.value.from);
        // The names of the person's groups, a club's own ones included.
        let all = self.categories()?;
        let group_names = participant
            .value
            .categories
            .iter()
            .map(|code| {
                let name = all
                    .iter()
                    .find(|c| &c.code == code)
                    .map_or_else(|| code.clone(), |c| c.name.clone());
                (code.clone(), name)
            })
            .collect();
        let mut psu = Vec::new();
        for a in self.store.assignments_of(id)? {
            let a = a.value;
            use crate::domain::psu::{Agreement, Position, Worksite};
            let agreement = self.store.get::<Agreement>(&a.agreement_id)?;
            let worksite = self.store.get::<Worksite>(&a.worksite_id)?;
            let position = self.store.get::<Position>(&a.position_id)?;
            let rows = self.store.hours_of_assignment(&a.id)?;
            let hours = rows.iter().map(|r| r.hours).sum();
            let absences = rows.iter().filter(|r| r.absence.is_some()).count() as u32;
            psu.push(super::PsuOnCard {
                agreement: agreement.map_or_else(|| a.agreement_id.clone(), |x| x.value.number),
                worksite: worksite.map_or_else(|| a.worksite_id.clone(), |x| x.value.name),
                position: position.map_or_else(|| a.position_id.clone(), |x| x.value.name),
                referral: a,
                hours,
                absences,
            });
        }
        psu.sort_by_key(|p| p.referral.from);
        Ok(Card {
            psu,
            group_names,
            jobs,
            routes,
            notes,
            pesel_shown,
            notes_hidden,
            attended,
            graduate_on: admitted.map(|a| months_reached(a, settings.graduate_months)),
            graduate: is_graduate(admitted, &participant.value, settings.graduate_months),
            admitted,
            participant,
            contracts,
        })
    }

    fn known_category(&self) -> Result<impl Fn(&str) -> bool> {
        let codes: Vec<String> = self.categories()?.into_iter().map(|c| c.code).collect();
        Ok(move |c: &str| codes.iter().any(|k| k == c))
    }

    /// The rules of one participant record against what is stored.
    pub(super) fn validate_participant(&self, p: &Participant) -> Result<()> {
        let settings = self.store.settings()?;
        let known = self.known_category()?;
        p.validate(&settings, &known)
            .map_err(DeskError::Participant)?;
        if let Some(pesel) = &p.pesel {
            if let Some(other) = self.store.participant_by_pesel(pesel.as_str())? {
                if other.value.id != p.id {
                    return Err(DeskError::DuplicatePesel {
                        pesel: pesel.to_string(),
                        other: format!("{} ({})", other.value.full_name(), other.value.id),
                    });
                }
            }
        }
        Ok(())
    }

    pub(super) fn check_intake(&self, p: &Participant) -> Result<IntakeCheck> {
        let settings = self.store.settings()?;
        let mut check = IntakeCheck {
            barred: barring_exclusion(&p.exclusions, &settings),
            ..Default::default()
        };
        let mut candidate = p.clone();
        if let Some(e) = check.barred {
            candidate.status = Status::Rejected;
            candidate.reason = Some(e.code().to_string());
        }
        if let Err(e) = self.validate_participant(&candidate) {
            check.problems.push(e.message(self.lang));
        }
        let query = format!("{} {}", p.last_name, p.first_name);
        let mut seen = std::collections::HashSet::new();
        for hit in self.lookup(&query, 50)? {
            if let Some(other) = self.store.get::<Participant>(&hit.participant_id)? {
                if other.value.id != p.id
                    && likely_same_person(&other.value, p)
                    && seen.insert(other.value.id.clone())
                {
                    check.duplicates.push(hit);
                }
            }
        }
        if let Some(pesel) = &p.pesel {
            if let Some(other) = self.store.participant_by_pesel(pesel.as_str())? {
                if other.value.id != p.id && seen.insert(other.value.id.clone()) {
                    check.duplicates.push(Self::hit(&other.value));
                }
            }
        }
        Ok(check)
    }

    pub(super) fn intake(&self, actor: &Actor, mut p: Participant) -> Result<Response> {
        if p.id.trim().is_empty() {
            p.id = self.new_id(Kind::Participant)?;
        } else if self.store.exists(Kind::Participant, &p.id)? {
            return Err(DeskError::DuplicateId {
                kind: Kind::Participant,
                id: p.id,
            });
        }
        let settings = self.store.settings()?;
        let rejected = barring_exclusion(&p.exclusions, &settings);
        match rejected {
            Some(e) => {
                p.status = Status::Rejected;
                p.reason = Some(e.code().to_string());
            }
            None => {
                p.status = Status::Applicant;
                p.reason = None;
            }
        }
        p.outcome = None;
        p.ended_on = None;
        p.certificate_on = None;
        self.validate_participant(&p)?;
        let id = p.id.clone();
        let rev = self.commit(actor, Change::put(Record::Participant(p)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected,
            warnings: vec![],
        })
    }

    /// Refuses to overwrite a record changed since the caller read it.
    pub(super) fn check_rev<T>(&self, current: &Stored<T>, expected: u64) -> Result<()> {
        if current.stamp.rev != expected {
            return Err(self.conflict(&current.stamp.by, current.stamp.at));
        }
        Ok(())
    }

    /// A save over a newer version: name who saved it as staff know them.
    pub(super) fn conflict(&self, login: &str, at: i64) -> DeskError {
        let by = match self.store.staff_by_login(login) {
            Ok(Some(s)) if !s.value.name.trim().is_empty() => s.value.name,
            _ => login.to_string(),
        };
        DeskError::Conflict { by, at }
    }

    pub(super) fn update_participant(
        &self,
        actor: &Actor,
        p: Participant,
        expected_rev: u64,
    ) -> Result<Response> {
        let current = self
            .store
            .get::<Participant>(&p.id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Participant,
                id: p.id.clone(),
            })?;
        self.check_rev(&current, expected_rev)?;
        let mut p = p;
        let was = current.value;
        // An edit corrects what was entered; the lifecycle has its own requests.
        p.status = was.status;
        p.outcome = was.outcome;
        p.reason = was.reason;
        p.ended_on = was.ended_on;
        p.certificate_on = was.certificate_on;
        let settings = self.store.settings()?;
        let barred = barring_exclusion(&p.exclusions, &settings);
        let mut rejected = None;
        match (p.status, barred) {
            // A newly ticked barring benefit rejects an application, as at intake.
            (Status::Applicant, Some(e)) => {
                p.status = Status::Rejected;
                p.reason = Some(e.code().to_string());
                rejected = Some(e);
            }
            (Status::Rejected, Some(e)) => p.reason = Some(e.code().to_string()),
            (Status::Rejected, None) => {
                return Err(DeskError::said(|c| c.desk.rejection_reversal_needs_reason));
            }
            _ => {}
        }
        self.validate_participant(&p)?;
        let id = p.id.clone();
        let rev = self.commit(actor, Change::put(Record::Participant(p)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected,
            warnings: vec![],
        })
    }

    pub(super) fn save_contract(
        &self,
        actor: &Actor,
        c: Contract,
        expected_rev: Option<u64>,
    ) -> Result<Response> {
        self.save_contract_with(actor, c, expected_rev, None)
    }

    /// Saves a contract; a closed one only as a correction with its reason.
    pub(super) fn save_contract_with(
        &self,
        actor: &Actor,
        mut c: Contract,
        expected_rev: Option<u64>,
        correction: Option<String>,
    ) -> Result<Response> {
        let participant = self
            .store
            .get::<Participant>(&c.participant_id)?
            .ok_or_else(|| DeskError::Missing {
                kind: Kind::Participant,
                id: c.participant_id.clone(),
            })?;
        let current = match c.id.trim() {
            "" => None,
            id => self.store.get::<Contract>(id)?,
        };
        match &current {
            None => match participant.value.status {
                Status::Rejected => {
                    return Err(DeskError::Contract(ContractError::Rejected {
                        number: c.number,
                    }))
                }
                s @ (Status::Finished | Status::Interrupted) => {
                    return Err(DeskError::Contract(ContractError::ParticipationEnded(s)))
                }
                Status::Applicant | Status::Active => {}
            },
            Some(cur) => {
                match expected_rev {
                    Some(rev) => self.check_rev(cur, rev)?,
                    None => {
                        return Err(DeskError::DuplicateId {
                            kind: Kind::Contract,
                            id: c.id,
                        })
                    }
                }
                if cur.value.state.is_closed() && correction.is_none() {
                    return Err(DeskError::Contract(ContractError::Closed {
                        number: cur.value.number.clone(),
                        state: cur.value.state,
                    }));
                }
            }
        }
        if c.id.trim().is_empty() {
            c.id = self.new_id(Kind::Contract)?;
        }
        c.validate().map_err(DeskError::Contract)?;
        if let Some(other) = self.store.contract_by_number(&c.number)? {
            if other.value.id != c.id {
                return Err(DeskError::DuplicateContractNumber { number: c.number });
            }
        }
        let others = self.store.contracts_of(&c.participant_id)?;
        check_single_active(&c, others.iter().map(|s| &s.value)).map_err(DeskError::Contract)?;
        let admitted = crate::domain::participation::admission(
            others
                .iter()
                .map(|s| &s.value)
                .filter(|o| o.id != c.id)
                .chain(std::iter::once(&c)),
        );
        let warnings =
            crate::domain::warnings::contract_warnings(&c, admitted, &self.store.settings()?);
        let mut change = Change::put(Record::Contract(c.clone()));
        // Signing makes an applicant active (art. 18 ust. 4).
        if c.state == ContractState::Active && participant.value.status == Status::Applicant {
            let mut p = participant.value;
            p.status = Status::Active;
            change.push(Record::Participant(p));
        }
        change.reason = correction;
        let rev = self.commit(actor, change)?;
        Ok(Response::Saved {
            id: c.id,
            rev,
            rejected: None,
            warnings,
        })
    }
}
