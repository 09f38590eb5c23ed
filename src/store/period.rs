//! Reads that find the people of a period, and those who can be due, through
//! their indexes: a report or the due list reads them, not the whole club.

use super::apply::end_key;
use super::change::Kind;
use super::codec::Stored;
use super::keys::{date_key, read_u64, u64_key};
use super::trees::{ix_tree, Ix};
use super::{Result, Store};
use crate::domain::contract::Contract;
use crate::domain::person::Participant;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Participants (internal keys) and their contracts, both in creation order.
pub struct People {
    pub participants: Vec<Participant>,
    pub contracts: Vec<Contract>,
}

impl Store {
    /// Participants not ended before `from` (those not ended at all included),
    /// and apart from them the applicants and rejected people among them.
    pub fn participants_ending_from(
        &self,
        from: NaiveDate,
    ) -> Result<(BTreeSet<u64>, BTreeSet<u64>)> {
        let (mut taking_part, mut waiting) = (BTreeSet::new(), BTreeSet::new());
        for kv in self
            .tree(ix_tree(Ix::ParticipantsByEnd))
            .range(end_key(Some(from)).as_slice()..)
        {
            let (k, v) = kv?;
            let pk = read_u64(&k[4..12]);
            if v.is_empty() {
                taking_part.insert(pk);
            } else {
                waiting.insert(pk);
            }
        }
        Ok((taking_part, waiting))
    }

    /// Participants with at least one contract.
    pub fn participants_with_contracts(&self) -> Result<BTreeSet<u64>> {
        let mut out = BTreeSet::new();
        for kv in self.tree(ix_tree(Ix::ContractsByParticipant)).iter() {
            let (k, _) = kv?;
            out.insert(read_u64(&k[..8]));
        }
        Ok(out)
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

    /// The internal keys of participants by their ids (unknown ids are left out).
    pub fn participant_keys<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<BTreeSet<u64>> {
        let mut out = BTreeSet::new();
        for id in ids {
            if let Some(pk) = self.pk(Kind::Participant, id)? {
                out.insert(pk);
            }
        }
        Ok(out)
    }

    /// These participants, and these contracts, each in creation order.
    pub fn people(
        &self,
        participants: &BTreeSet<u64>,
        contracts: &BTreeSet<u64>,
    ) -> Result<People> {
        Ok(People {
            participants: self.values_at(participants)?,
            contracts: self.values_at(contracts)?,
        })
    }

    fn values_at<T: super::Entity>(&self, pks: &BTreeSet<u64>) -> Result<Vec<T>> {
        Ok(self
            .keyed_values(pks)?
            .into_iter()
            .map(|(_, v)| v)
            .collect())
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
                let s: Stored<T> = super::codec::decode(T::KIND.name(), &k, &v)?;
                out.push((read_u64(&k), s.value));
            }
        }
        Ok(out)
    }
}
