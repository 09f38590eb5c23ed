//! Contract lifecycle: ending a participation, certificates, what is due.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::contract::{Contract, ContractState};
use crate::domain::due::{due_items, DueItem};
use crate::domain::participation::{admission, is_graduate, months_reached, Ending};
use crate::domain::person::{Participant, Status};
use crate::store::{Change, Kind, Record};
use chrono::NaiveDate;

impl Desk {
    /// The next free number in the club's pattern for a year.
    pub(super) fn next_contract_number(&self, year: i32) -> Result<Response> {
        crate::domain::limits::check_year("contract", "year", year)?;
        let numbers = self.store.contract_numbers()?;
        Ok(Response::ContractNumber(
            crate::domain::contract::next_number(year, numbers.iter().map(String::as_str)),
        ))
    }

    pub(super) fn participant(&self, id: &str) -> Result<crate::store::Stored<Participant>> {
        self.store
            .get::<Participant>(id)?
            .ok_or_else(|| DeskError::NotFound {
                kind: Kind::Participant,
                id: id.to_string(),
            })
    }

    pub(super) fn end_participation(
        &self,
        actor: &Actor,
        participant_id: &str,
        ending: Ending,
        on: NaiveDate,
        expected_rev: u64,
    ) -> Result<Response> {
        let stored = self.participant(participant_id)?;
        self.check_rev(&stored, expected_rev)?;
        let mut p = stored.value;
        if p.status != Status::Active {
            return Err(DeskError::said(|c| {
                (c.desk.only_active_participation_ends)(p.status)
            }));
        }
        let contracts: Vec<Contract> = self
            .store
            .contracts_of(participant_id)?
            .into_iter()
            .map(|c| c.value)
            .collect();
        let admitted = admission(&contracts);
        if let Some(a) = admitted {
            if on < a {
                return Err(DeskError::said(|c| (c.desk.end_before_admission)(on, a)));
            }
        }
        ending.apply(&mut p, on);
        let settings = self.store.settings()?;
        let graduate = is_graduate(admitted, &p, settings.graduate_months);
        let mut change = Change::put(Record::Participant(p));
        for mut c in contracts
            .into_iter()
            .filter(|c| c.state == ContractState::Active)
        {
            c.state = ending.contract_state();
            change.push(Record::Contract(c));
        }
        let rev = self.commit(actor, change)?;
        Ok(Response::Ended {
            rev,
            graduate,
            graduate_on: admitted.map(|a| months_reached(a, settings.graduate_months)),
        })
    }

    pub(super) fn record_certificate(
        &self,
        actor: &Actor,
        participant_id: &str,
        on: NaiveDate,
    ) -> Result<Response> {
        let mut p = self.participant(participant_id)?.value;
        let Some(ended) = p.ended_on.filter(|_| p.is_ended()) else {
            return Err(DeskError::said(|c| c.desk.certificate_after_ending));
        };
        if on < ended {
            return Err(DeskError::said(|c| {
                (c.desk.certificate_before_end)(on, ended)
            }));
        }
        p.certificate_on = Some(on);
        let id = p.id.clone();
        let rev = self.commit(actor, Change::put(Record::Participant(p)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    pub(super) fn due(&self, within: u32) -> Result<Vec<DueItem>> {
        let (participants, contracts) = self.who_can_be_due()?;
        self.due_of(&participants, &contracts, within)
    }

    fn due_of(
        &self,
        participants: &[Participant],
        contracts: &[Contract],
        within: u32,
    ) -> Result<Vec<DueItem>> {
        Ok(due_items(
            participants,
            contracts,
            &self.store.settings()?,
            super::today(),
            within,
        ))
    }

    /// Those who can be due, and the contracts their items need (those in
    /// force, and every contract of an active participant, for the admission):
    /// `due_items` gives over them what it gives over the whole club.
    fn who_can_be_due(&self) -> Result<(Vec<Participant>, Vec<Contract>)> {
        let in_force = self.store.contracts_in_force()?;
        let mut pks = self.store.due_people()?;
        pks.extend(in_force.values().copied());
        let people = self.store.keyed_values::<Participant>(&pks)?;
        let active: std::collections::BTreeSet<u64> = people
            .iter()
            .filter(|(_, p)| p.status == Status::Active)
            .map(|(pk, _)| *pk)
            .collect();
        let mut cks: std::collections::BTreeSet<u64> = in_force.keys().copied().collect();
        cks.extend(self.store.contract_keys_of(&active)?);
        let contracts = self.store.keyed_values::<Contract>(&cks)?;
        Ok((
            people.into_iter().map(|(_, p)| p).collect(),
            contracts.into_iter().map(|(_, c)| c).collect(),
        ))
    }

    pub(super) fn due_list(&self, within: u32) -> Result<Vec<super::DueLine>> {
        let (participants, contracts) = self.who_can_be_due()?;
        let items = self.due_of(&participants, &contracts, within)?;
        let people: std::collections::HashMap<&str, &Participant> =
            participants.iter().map(|p| (p.id.as_str(), p)).collect();
        let contracts: std::collections::HashMap<&str, &Contract> =
            contracts.iter().map(|c| (c.id.as_str(), c)).collect();
        Ok(items
            .into_iter()
            .map(|item| {
                let person = people.get(item.participant_id.as_str());
                let contract = item.contract_id.as_deref().and_then(|id| contracts.get(id));
                super::DueLine {
                    first_name: person.map(|p| p.first_name.clone()).unwrap_or_default(),
                    last_name: person.map(|p| p.last_name.clone()).unwrap_or_default(),
                    number: contract.map(|c| c.number.clone()).unwrap_or_default(),
                    what: contract
                        .map(|c| crate::domain::due::overdue_text(&item, c))
                        .unwrap_or_default(),
                    item,
                }
            })
            .collect())
    }

    #[cfg(test)]
    pub(super) fn due_reading_everyone(&self, within: u32) -> Result<Vec<DueItem>> {
        let participants: Vec<Participant> = self.values()?;
        let contracts: Vec<Contract> = self.values()?;
        self.due_of(&participants, &contracts, within)
    }
}

impl Desk {
    pub(super) fn document(
        &self,
        actor: &Actor,
        which: super::DocumentKind,
        html: bool,
    ) -> Result<String> {
        use crate::export::documents;
        let settings = self.store.settings()?;
        let today = super::today();
        let role = self.role_of(actor)?.0;
        let shown = |p: &Participant| Self::pesel_shown(role, p);
        let doc = match which {
            super::DocumentKind::Contract(id) => {
                let c = self
                    .store
                    .get::<Contract>(&id)?
                    .ok_or(DeskError::NotFound {
                        kind: Kind::Contract,
                        id,
                    })?
                    .value;
                let p = self.participant(&c.participant_id)?.value;
                self.store
                    .audit_read(&actor.login, Kind::Participant, &p.id)?;
                documents::contract(&settings, &p, shown(&p).as_deref(), &c, today)
            }
            super::DocumentKind::Certificate(pid) => {
                let p = self.participant(&pid)?.value;
                if !p.is_ended() {
                    return Err(DeskError::said(|c| c.desk.certificate_after_ending));
                }
                let contracts: Vec<Contract> = self
                    .store
                    .contracts_of(&pid)?
                    .into_iter()
                    .map(|c| c.value)
                    .collect();
                self.store
                    .audit_read(&actor.login, Kind::Participant, &pid)?;
                documents::certificate(
                    &settings,
                    &p,
                    shown(&p).as_deref(),
                    admission(&contracts),
                    today,
                )
            }
        };
        Ok(if html { doc.to_html() } else { doc.to_text() })
    }
}
