//! Reads that find the people of a period, and those who can be due, through
//! their indexes: a report or the due list reads them, not the whole club.

use super::apply::end_key;
use super::change::Kind;
use super::codec::{decode, Stored};
use super::keys::{date_key, read_u64, u64_key};
use super::trees::{ix_tree, Ix};
use super::{Result, Store};
use crate::domain::contract::Contract;
use crate::domain::person::{Participant, Status};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// Participants (internal keys) and their contracts, both in creation order.
pub struct People {
    pub participants: Vec<Participant>,
    pub contracts: Vec<Contract>,
}

impl Store {
    /// What the report's figures read (`Participant::for_figures`) of the
    /// people a period counts, and of all their contracts, each in creation
    /// order. They are those not ended before `from` (an applicant or a
    /// rejected person only with a contract: admission rests on one), those
    /// with a contract starting or signed in `[from, to]`, and `named`. The
    /// figures come from the index values, so no record is decoded but those
    /// of named people who ended before the period.
    pub fn people_of_period(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        named: BTreeSet<u64>,
    ) -> Result<People> {
        let by_end = Ix::ParticipantsByEnd;
        let (mut facts, mut waiting) = (BTreeMap::new(), BTreeMap::new());
        for kv in self
            .tree(ix_tree(by_end))
            .range(end_key(Some(from)).as_slice()..)
        {
            let (k, v) = kv?;
            let p: Participant = decode(by_end.name(), &k, &v)?;
            let pk = read_u64(&k[4..12]);
            if matches!(p.status, Status::Applicant | Status::Rejected) {
                waiting.insert(pk, p);
            } else {
                facts.insert(pk, p);
            }
        }
        let mut counted = named;
        counted.extend(self.participants_with_contract_days(from, to)?);
        counted.extend(facts.keys());
        let by_participant = Ix::ContractsByParticipant;
        let mut contracts = Vec::new();
        for kv in self.tree(ix_tree(by_participant)).iter() {
            let (k, v) = kv?;
            let pk = read_u64(&k[..8]);
            if counted.contains(&pk) || waiting.contains_key(&pk) {
                counted.insert(pk);
                let c: Contract = decode(by_participant.name(), &k, &v)?;
                contracts.push((read_u64(&k[8..16]), c));
            }
        }
        contracts.sort_by_key(|c| c.0);
        let mut participants = Vec::with_capacity(counted.len());
        for pk in counted {
            match facts.remove(&pk).or_else(|| waiting.remove(&pk)) {
                Some(p) => participants.push(p),
                None => {
                    if let Some(p) = self.participant_by_pk(pk)? {
                        participants.push(p.value.for_figures());
                    }
                }
            }
        }
        Ok(People {
            participants,
            contracts: contracts.into_iter().map(|c| c.1).collect(),
        })
    }

    /// Participants with a contract that starts or is signed in `[from, to]`.
    pub fn participants_with_contract_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<BTreeSet<u64>> {
        let end = date_key(to.succ_opt().unwrap_or(to));
        let mut out = BTreeSet::new();
        for kv in self
            .tree(ix_tree(Ix::ContractsByDay))
            .range(date_key(from).as_slice()..end.as_slice())
        {
            let (_, v) = kv?;
            out.insert(read_u64(&v));
        }
        Ok(out)
    }

    /// Participants who can have a due item of their own.
    pub fn due_people(&self) -> Result<BTreeSet<u64>> {
        let mut out = BTreeSet::new();
        for kv in self.tree(ix_tree(Ix::DuePeople)).iter() {
            let (k, _) = kv?;
            out.insert(read_u64(&k));
        }
        Ok(out)
    }

    /// Contracts in force → their participants (internal keys).
    pub fn contracts_in_force(&self) -> Result<std::collections::BTreeMap<u64, u64>> {
        let mut out = std::collections::BTreeMap::new();
        for kv in self.tree(ix_tree(Ix::ContractsInForce)).iter() {
            let (k, v) = kv?;
            out.insert(read_u64(&k), read_u64(&v));
        }
        Ok(out)
    }

    /// The internal keys of participants' contracts: one pass over the index
    /// (a prefix scan per participant costs more once they are thousands).
    pub fn contract_keys_of(&self, participants: &BTreeSet<u64>) -> Result<BTreeSet<u64>> {
        let mut out = BTreeSet::new();
        for kv in self.tree(ix_tree(Ix::ContractsByParticipant)).iter() {
            let (k, _) = kv?;
            if participants.contains(&read_u64(&k[..8])) {
                out.insert(read_u64(&k[8..16]));
            }
        }
        Ok(out)
    }

    /// The internal keys of participants by their ids (unknown ids are left
    /// out); an id named many times is looked up once.
    pub fn participant_keys<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<BTreeSet<u64>> {
        let ids: std::collections::HashSet<&str> = ids.into_iter().collect();
        let mut out = BTreeSet::new();
        for id in ids {
            if let Some(pk) = self.pk(Kind::Participant, id)? {
                out.insert(pk);
            }
        }
        Ok(out)
    }

    /// One pass over the kind's tree, decoding only the keys asked for: faster
    /// than a lookup per key once they are a good part of the tree.
    pub fn keyed_values<T: super::Entity>(&self, pks: &BTreeSet<u64>) -> Result<Vec<(u64, T)>> {
        let mut out = Vec::with_capacity(pks.len());
        let (Some(first), Some(last)) = (pks.first(), pks.last()) else {
            return Ok(out);
        };
        let tree = self.tree(super::trees::kind_tree(T::KIND));
        for kv in tree.range(u64_key(*first)..=u64_key(*last)) {
            let (k, v) = kv?;
            if pks.contains(&read_u64(&k)) {
                let s: Stored<T> = decode(T::KIND.name(), &k, &v)?;
                out.push((read_u64(&k), s.value));
            }
        }
        Ok(out)
    }
}
