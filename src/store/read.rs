//! Reads: records by id, lists in key order, index range scans.

use super::apply::HoursMonth;
use super::apply::{pk_of, SETTINGS};
use super::change::{Entity, Kind};
use super::codec::{self, Stored};
use super::keys::{cat, date_key, month_key, next_month_key, read_date, read_u64, u64_key};
use super::trees::{ix_tree, kind_tree, Ix, META};
use super::{Result, Store};
use crate::domain::contract::Contract;
use crate::domain::person::Participant;
use crate::domain::psu::{Assignment, HourRow};
use crate::domain::settings::Settings;
use crate::domain::staff::Staff;
use crate::domain::workshop::{Attendance, Session};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A read as an older kis kept it in sled's `audit` tree (now `audit.jsonl`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub kind: Kind,
    pub id: String,
}

impl Store {
    pub fn get<T: Entity>(&self, id: &str) -> Result<Option<Stored<T>>> {
        match pk_of(self, T::KIND, id)? {
            Some(pk) => self.get_pk(pk),
            None => Ok(None),
        }
    }

    pub fn get_pk<T: Entity>(&self, pk: u64) -> Result<Option<Stored<T>>> {
        let key = u64_key(pk);
        match self.tree(kind_tree(T::KIND)).get(key)? {
            Some(v) => Ok(Some(codec::decode(T::KIND.name(), &key, &v)?)),
            None => Ok(None),
        }
    }

    /// The internal key of a record's id.
    pub fn pk(&self, kind: Kind, id: &str) -> Result<Option<u64>> {
        pk_of(self, kind, id)
    }

    /// The internal key the next new record of a kind gets (they only grow;
    /// counting a sled tree would walk all of it).
    pub fn next_pk(&self, kind: Kind) -> Result<u64> {
        let key = super::apply::next_pk_key(kind);
        Ok(self
            .tree(META)
            .get(key.as_bytes())?
            .map(|v| read_u64(&v))
            .unwrap_or(1))
    }

    pub fn exists(&self, kind: Kind, id: &str) -> Result<bool> {
        Ok(pk_of(self, kind, id)?.is_some())
    }

    /// Whether there is no record of a kind (no walk over the tree, as `count` is).
    pub fn is_empty(&self, kind: Kind) -> Result<bool> {
        Ok(self.tree(kind_tree(kind)).first()?.is_none())
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.tree(kind_tree(kind)).len()
    }

    /// Every record of a type, in creation order.
    pub fn list<T: Entity>(&self) -> Result<Vec<Stored<T>>> {
        let mut out = Vec::new();
        self.for_each::<T>(|s| {
            out.push(s);
            Ok(())
        })?;
        Ok(out)
    }

    pub fn for_each<T: Entity>(&self, mut f: impl FnMut(Stored<T>) -> Result<()>) -> Result<()> {
        for kv in self.tree(kind_tree(T::KIND)).iter() {
            let (k, v) = kv?;
            f(codec::decode(T::KIND.name(), &k, &v)?)?;
        }
        Ok(())
    }

    /// Every record of a type with its internal key, in creation order.
    pub fn for_each_keyed<T: Entity>(&self, mut f: impl FnMut(u64, T) -> Result<()>) -> Result<()> {
        for kv in self.tree(kind_tree(T::KIND)).iter() {
            let (k, v) = kv?;
            let s: Stored<T> = codec::decode(T::KIND.name(), &k, &v)?;
            f(read_u64(&k), s.value)?;
        }
        Ok(())
    }

    pub fn settings(&self) -> Result<Settings> {
        Ok(self.settings_stored()?.map(|s| s.value).unwrap_or_default())
    }

    pub fn settings_stored(&self) -> Result<Option<Stored<Settings>>> {
        match self.tree(META).get(SETTINGS)? {
            Some(v) => Ok(Some(codec::decode("meta", SETTINGS, &v)?)),
            None => Ok(None),
        }
    }

    fn by_unique_ix<T: Entity>(&self, ix: Ix, key: &[u8]) -> Result<Option<Stored<T>>> {
        match self.tree(ix_tree(ix)).get(key)? {
            Some(pk) => self.get_pk(read_u64(&pk)),
            None => Ok(None),
        }
    }

    pub fn participant_by_pesel(&self, pesel: &str) -> Result<Option<Stored<Participant>>> {
        self.by_unique_ix(Ix::Pesel, pesel.as_bytes())
    }

    pub fn contract_by_number(&self, number: &str) -> Result<Option<Stored<Contract>>> {
        self.by_unique_ix(Ix::ContractNumber, number.as_bytes())
    }

    /// Every contract number in use, from the index (no contract is decoded).
    pub fn contract_numbers(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for kv in self.tree(ix_tree(Ix::ContractNumber)).iter() {
            let (k, _) = kv?;
            out.push(String::from_utf8_lossy(&k).into_owned());
        }
        Ok(out)
    }

    pub fn staff_by_login(&self, login: &str) -> Result<Option<Stored<Staff>>> {
        self.by_unique_ix(Ix::StaffLogin, login.as_bytes())
    }

    /// Records whose key in an index starts with the owner's internal key.
    fn owned<T: Entity>(&self, ix: Ix, owner: Kind, owner_id: &str) -> Result<Vec<Stored<T>>> {
        let Some(opk) = pk_of(self, owner, owner_id)? else {
            return Ok(vec![]);
        };
        let mut out = Vec::new();
        for kv in self.tree(ix_tree(ix)).scan_prefix(u64_key(opk)) {
            let (k, _) = kv?;
            if let Some(s) = self.get_pk(read_u64(&k[8..16]))? {
                out.push(s);
            }
        }
        Ok(out)
    }

    pub fn contracts_of(&self, participant_id: &str) -> Result<Vec<Stored<Contract>>> {
        self.owned(
            Ix::ContractsByParticipant,
            Kind::Participant,
            participant_id,
        )
    }

    pub fn notes_of(
        &self,
        participant_id: &str,
    ) -> Result<Vec<Stored<crate::domain::person::Note>>> {
        self.owned(Ix::NotesByParticipant, Kind::Participant, participant_id)
    }

    pub fn assignments_of(&self, participant_id: &str) -> Result<Vec<Stored<Assignment>>> {
        self.owned(
            Ix::AssignmentsByParticipant,
            Kind::Participant,
            participant_id,
        )
    }

    /// The search keys of every participant, in creation order: their internal
    /// keys, and the keys one after another, each followed by a newline.
    pub fn search_keys(&self) -> Result<(Vec<u64>, String)> {
        let (mut pks, mut keys) = (Vec::new(), String::new());
        for kv in self.tree(ix_tree(Ix::Search)).iter() {
            let (k, v) = kv?;
            let chunk: super::apply::SearchChunk = codec::decode(Ix::Search.name(), &k, &v)?;
            if chunk.keys.split_terminator('\n').count() != chunk.pks.len() {
                return Err(codec::DecodeError {
                    tree: Ix::Search.name().into(),
                    key: codec::show_key(&k),
                    reason: "as many keys as participants expected".into(),
                }
                .into());
            }
            pks.extend(chunk.pks);
            keys.push_str(&chunk.keys);
        }
        Ok((pks, keys))
    }

    /// One stored month of one assignment's hours, in date order.
    fn decode_month(&self, key: &[u8], v: &[u8]) -> Result<HoursMonth> {
        Ok(codec::decode::<HoursMonth>(Ix::Hours.name(), key, v)?)
    }

    /// Hour rows with a date in `[from, to]`, in date order (then by assignment).
    /// Reads whole months: every assignment's month is one value.
    pub fn hours_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        mut f: impl FnMut(HourRow) -> Result<()>,
    ) -> Result<()> {
        if from > to {
            return Ok(());
        }
        let (lo, hi) = (month_key(from), month_key(to));
        let tree = self.tree(ix_tree(Ix::Hours));
        let mut month: Option<[u8; 4]> = None;
        let mut rows: Vec<HourRow> = Vec::new();
        let mut emit = |rows: &mut Vec<HourRow>| -> Result<()> {
            // Stable: a day's rows stay in assignment order, as in the key.
            rows.sort_by_key(|r| r.date);
            for r in rows.drain(..) {
                f(r)?;
            }
            Ok(())
        };
        for kv in tree.range(lo..next_month_key(hi)) {
            let (k, v) = kv?;
            if month.is_some_and(|m| m != k[..4]) {
                emit(&mut rows)?;
            }
            month = k[..4].try_into().ok();
            for s in self.decode_month(&k, &v)? {
                if s.value.date >= from && s.value.date <= to {
                    rows.push(s.value);
                }
            }
        }
        emit(&mut rows)
    }

    /// A participant's hour rows with a date in `[from, to]` (all their assignments).
    pub fn hours_of_participant(
        &self,
        participant_id: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<HourRow>> {
        let mut out = Vec::new();
        for a in self.assignments_of(participant_id)? {
            out.extend(self.hours_of_assignment_between(&a.value.id, from, to)?);
        }
        Ok(out)
    }

    /// An assignment's hour rows with a date in `[from, to]`, in date order.
    pub fn hours_of_assignment_between(
        &self,
        assignment_id: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<HourRow>> {
        Ok(self
            .stored_hours_of_assignment_between(assignment_id, from, to)?
            .into_iter()
            .map(|s| s.value)
            .collect())
    }

    /// The same rows with their revisions: a timesheet names the one it edits.
    pub fn stored_hours_of_assignment_between(
        &self,
        assignment_id: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<Stored<HourRow>>> {
        let Some(apk) = pk_of(self, Kind::Assignment, assignment_id)? else {
            return Ok(vec![]);
        };
        if from > to {
            return Ok(vec![]);
        }
        let a = u64_key(apk);
        let lo = cat(&[&a, &month_key(from)]);
        let hi = cat(&[&a, &next_month_key(month_key(to))]);
        let hours = self.tree(ix_tree(Ix::Hours));
        let mut out = Vec::new();
        for kv in self.tree(ix_tree(Ix::HoursByAssignment)).range(lo..hi) {
            let (k, _) = kv?;
            let primary = cat(&[&k[8..12], &k[0..8]]);
            if let Some(v) = hours.get(&primary)? {
                out.extend(
                    self.decode_month(&primary, &v)?
                        .into_iter()
                        .filter(|s| s.value.date >= from && s.value.date <= to),
                );
            }
        }
        Ok(out)
    }

    /// An assignment's hour rows, in date order.
    pub fn hours_of_assignment(&self, assignment_id: &str) -> Result<Vec<HourRow>> {
        self.hours_of_assignment_between(assignment_id, NaiveDate::MIN, NaiveDate::MAX)
    }

    /// Every hour row, by assignment (in creation order), then date: the export order.
    pub fn for_each_hours_by_assignment(
        &self,
        mut f: impl FnMut(HourRow) -> Result<()>,
    ) -> Result<()> {
        let hours = self.tree(ix_tree(Ix::Hours));
        for kv in self.tree(ix_tree(Ix::HoursByAssignment)).iter() {
            let (k, _) = kv?;
            let primary = cat(&[&k[8..12], &k[0..8]]);
            if let Some(v) = hours.get(&primary)? {
                for s in self.decode_month(&primary, &v)? {
                    f(s.value)?;
                }
            }
        }
        Ok(())
    }

    /// The refund received for one agreement's month, with its revision.
    pub fn refund(
        &self,
        agreement_id: &str,
        month: NaiveDate,
    ) -> Result<Option<Stored<crate::domain::psu::Refund>>> {
        let Some(apk) = pk_of(self, Kind::Agreement, agreement_id)? else {
            return Ok(None);
        };
        let key = cat(&[&u64_key(apk), &date_key(month)]);
        match self.tree(ix_tree(Ix::Refund)).get(&key)? {
            Some(v) => Ok(Some(codec::decode(Ix::Refund.name(), &key, &v)?)),
            None => Ok(None),
        }
    }

    /// Every refund received, by agreement (in creation order) and month.
    pub fn refunds(&self) -> Result<Vec<crate::domain::psu::Refund>> {
        let mut out = Vec::new();
        for kv in self.tree(ix_tree(Ix::Refund)).iter() {
            let (k, v) = kv?;
            out.push(
                codec::decode::<Stored<crate::domain::psu::Refund>>(Ix::Refund.name(), &k, &v)?
                    .value,
            );
        }
        Ok(out)
    }

    pub fn hour_row(&self, assignment_id: &str, date: NaiveDate) -> Result<Option<HourRow>> {
        Ok(self.stored_hour_row(assignment_id, date)?.map(|s| s.value))
    }

    /// One day's row with its revision (who saved it, when).
    pub fn stored_hour_row(
        &self,
        assignment_id: &str,
        date: NaiveDate,
    ) -> Result<Option<Stored<HourRow>>> {
        let Some(apk) = pk_of(self, Kind::Assignment, assignment_id)? else {
            return Ok(None);
        };
        let primary = cat(&[&month_key(date), &u64_key(apk)]);
        match self.tree(ix_tree(Ix::Hours)).get(&primary)? {
            Some(v) => Ok(self
                .decode_month(&primary, &v)?
                .into_iter()
                .find(|s| s.value.date == date)),
            None => Ok(None),
        }
    }

    /// Every attendance mark, by session (in creation order), then participant.
    pub fn for_each_attendance(&self, mut f: impl FnMut(Attendance) -> Result<()>) -> Result<()> {
        for kv in self.tree(ix_tree(Ix::Attendance)).iter() {
            let (k, v) = kv?;
            f(codec::decode::<Stored<Attendance>>(Ix::Attendance.name(), &k, &v)?.value)?;
        }
        Ok(())
    }

    pub fn attendance_of_session(&self, session_id: &str) -> Result<Vec<Attendance>> {
        let Some(spk) = pk_of(self, Kind::Session, session_id)? else {
            return Ok(vec![]);
        };
        let mut out = Vec::new();
        for kv in self.tree(ix_tree(Ix::Attendance)).scan_prefix(u64_key(spk)) {
            let (k, v) = kv?;
            out.push(codec::decode::<Stored<Attendance>>(Ix::Attendance.name(), &k, &v)?.value);
        }
        Ok(out)
    }

    pub fn attendance_of_participant(&self, participant_id: &str) -> Result<Vec<Attendance>> {
        let Some(ppk) = pk_of(self, Kind::Participant, participant_id)? else {
            return Ok(vec![]);
        };
        let att = self.tree(ix_tree(Ix::Attendance));
        let mut out = Vec::new();
        for kv in self
            .tree(ix_tree(Ix::AttendanceByParticipant))
            .scan_prefix(u64_key(ppk))
        {
            let (k, _) = kv?;
            let primary = cat(&[&k[8..16], &k[0..8]]);
            if let Some(v) = att.get(&primary)? {
                out.push(
                    codec::decode::<Stored<Attendance>>(Ix::Attendance.name(), &primary, &v)?.value,
                );
            }
        }
        Ok(out)
    }

    /// Sessions with a date in `[from, to]`, in date order.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Stored<Session>>> {
        let end = date_key(to.succ_opt().unwrap_or(to));
        let mut out = Vec::new();
        for kv in self
            .tree(ix_tree(Ix::SessionsByDate))
            .range(date_key(from)..end)
        {
            let (k, _) = kv?;
            let _ = read_date(&k);
            if let Some(s) = self.get_pk(read_u64(&k[4..12]))? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The id of the participant with this internal key (for the search index).
    pub fn participant_by_pk(&self, pk: u64) -> Result<Option<Stored<Participant>>> {
        self.get_pk(pk)
    }
}
