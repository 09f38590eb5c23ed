//! `kis check`: sled must match the journal, and every index its records.

use super::apply::{index_entries, search_chunk_key, IndexEntry, SETTINGS};
use super::change::{Kind, Op, Record, RecordRef};
use super::codec::{self, show_key, Stored};
use super::keys::{cat, date_key, month_key, read_u64, u64_key};
use super::trees::{ids_tree, ix_tree, kind_tree, Ix, META};
use super::{Result, Store};
use crate::domain::psu::{HourRow, Refund};
use crate::domain::workshop::Attendance;
use crate::text::{catalog::catalog, Lang};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub journal_entries: u64,
    pub last_applied: u64,
    pub records: usize,
    pub problems: Vec<String>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

#[derive(Default)]
struct Model {
    records: BTreeMap<(Kind, String), Record>,
    hours: BTreeMap<(String, NaiveDate), HourRow>,
    attendance: BTreeMap<(String, String), Attendance>,
    refunds: BTreeMap<(String, NaiveDate), Refund>,
    settings: Option<crate::domain::settings::Settings>,
}

impl Model {
    fn apply(&mut self, op: &Op) {
        match op {
            Op::Put(Record::Hours(h)) => {
                self.hours
                    .insert((h.assignment_id.clone(), h.date), h.clone());
            }
            Op::Put(Record::Attendance(a)) => {
                self.attendance
                    .insert((a.session_id.clone(), a.participant_id.clone()), a.clone());
            }
            Op::Put(Record::Settings(s)) => self.settings = Some(s.clone()),
            Op::Put(Record::Refund(r)) => {
                self.refunds
                    .insert((r.agreement_id.clone(), r.month), r.clone());
            }
            Op::Put(r) => {
                let (k, id) = r.kind_id().expect("records with ids");
                self.records.insert((k, id.to_string()), r.clone());
            }
            Op::Delete(RecordRef::Id(k, id)) => {
                self.records.remove(&(*k, id.clone()));
            }
            Op::Delete(RecordRef::Hours {
                assignment_id,
                date,
            }) => {
                self.hours.remove(&(assignment_id.clone(), *date));
            }
            Op::Delete(RecordRef::Attendance {
                session_id,
                participant_id,
            }) => {
                self.attendance
                    .remove(&(session_id.clone(), participant_id.clone()));
            }
            Op::Delete(RecordRef::Refund {
                agreement_id,
                month,
            }) => {
                self.refunds.remove(&(agreement_id.clone(), *month));
            }
        }
    }
}

/// Decodes a stored record of a known kind into the `Record` enum.
pub fn decode_any(kind: Kind, key: &[u8], bytes: &[u8]) -> Result<Record> {
    struct Decode<'a> {
        key: &'a [u8],
        bytes: &'a [u8],
    }
    impl crate::domain::record::KindVisitor for Decode<'_> {
        type Out = Result<Record>;
        fn visit<T: crate::domain::record::Entity>(self) -> Result<Record> {
            Ok(
                codec::decode::<Stored<T>>(T::KIND.name(), self.key, self.bytes)?
                    .value
                    .into_record(),
            )
        }
    }
    kind.visit(Decode { key, bytes })
}

impl Store {
    /// What differs between sled and the journal, and between every index and
    /// its records, said in `lang`.
    pub fn check(&self, lang: Lang) -> Result<Report> {
        let t = &catalog(lang).store;
        let mut report = Report::default();
        let mut problems = Vec::new();
        // The model is built entry by entry, none of them held.
        let mut model = Model::default();
        self.stream_journal(self.journal_last_seq(), |e| {
            for op in &e.change.ops {
                model.apply(op);
            }
            report.journal_entries = e.seq;
            Ok(true)
        })?;
        report.last_applied = self.last_applied_seq()?;
        if report.journal_entries != report.last_applied {
            problems.push((t.check_applied_differs)(
                report.journal_entries,
                report.last_applied,
            ));
        }
        if let Some(b) = self.blocked() {
            problems.push((t.writing_stopped)(b.seq, &b.reason));
        }

        // The id maps first: a record's index entries name others through them.
        let mut pks: BTreeMap<(Kind, String), u64> = BTreeMap::new();
        for kind in Kind::ALL {
            for kv in self.tree(ids_tree(kind)).iter() {
                let (k, v) = kv?;
                pks.insert(
                    (kind, String::from_utf8_lossy(&k).into_owned()),
                    read_u64(&v),
                );
            }
        }
        let pk = |kind: Kind, id: &str| pks.get(&(kind, id.to_string())).copied();
        // Each record is compared with the journal's and gives its index entries
        // as it is read, and the journal's is let go: neither side is held whole.
        let mut stored: BTreeMap<(Kind, String), u64> = BTreeMap::new();
        let mut expected: Expected = BTreeMap::new();
        let mut search: BTreeMap<Vec<u8>, Vec<(u64, String)>> = BTreeMap::new();
        for kind in Kind::ALL {
            for kv in self.tree(kind_tree(kind)).iter() {
                let (k, v) = kv?;
                let rec = match decode_any(kind, &k, &v) {
                    Ok(r) => r,
                    Err(e) => {
                        problems.push(e.message(lang));
                        continue;
                    }
                };
                let p = read_u64(&k);
                let id = rec
                    .kind_id()
                    .map(|(_, id)| id.to_string())
                    .unwrap_or_default();
                match model.records.remove(&(kind, id.clone())) {
                    None => problems.push((t.check_not_in_journal)(kind.name(), &id)),
                    Some(r) if r != rec => {
                        problems.push((t.check_differs_from_journal)(kind.name(), &id))
                    }
                    _ => {}
                }
                if pk(kind, &id) != Some(p) {
                    problems.push((t.check_id_map_wrong)(kind.name(), &id));
                }
                let mut resolve = |named: Kind, named_id: &str| {
                    pk(named, named_id).ok_or_else(|| {
                        (t.check_names_missing)(kind.name(), &id, named.name(), named_id)
                    })
                };
                match index_entries(&rec, p, &mut resolve) {
                    Ok(ix) => add(&mut expected, ix),
                    Err(e) => problems.push(e),
                }
                if let Record::Participant(person) = &rec {
                    search
                        .entry(search_chunk_key(p).to_vec())
                        .or_default()
                        .push((p, person.search_key()));
                }
                stored.insert((kind, id), p);
            }
        }
        report.records = stored.len();
        for key in model.records.keys() {
            problems.push((t.check_missing_in_database)(key.0.name(), &key.1));
        }
        for key in pks.keys() {
            if !stored.contains_key(key) {
                problems.push((t.check_id_map_orphan)(key.0.name(), &key.1));
            }
        }
        if model.settings != self.settings_stored()?.map(|s| s.value) {
            problems.push(t.check_settings_differ.to_string());
        }

        // Hours and attendance, and the indexes derived from everything.
        for (k, mut chunk) in search {
            chunk.sort_by_key(|e| e.0);
            let value = codec::encode(&super::apply::SearchChunk::from_pairs(&chunk));
            add(&mut expected, vec![(Ix::Search, k, value)]);
        }
        let mut hours_seen = 0usize;
        for kv in self.tree(ix_tree(Ix::Hours)).iter() {
            let (k, v) = kv?;
            let month = match codec::decode::<super::apply::HoursMonth>(Ix::Hours.name(), &k, &v) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(e.message(lang));
                    continue;
                }
            };
            if month.is_empty() || month.windows(2).any(|w| w[0].value.date >= w[1].value.date) {
                problems.push((t.check_hours_out_of_order)(&show_key(&k)));
            }
            for s in month {
                let row = s.value;
                hours_seen += 1;
                if model.hours.get(&(row.assignment_id.clone(), row.date)) != Some(&row) {
                    problems.push((t.check_row_differs)(
                        "hours",
                        &row.assignment_id,
                        &row.date.to_string(),
                    ));
                }
                match pk(Kind::Assignment, &row.assignment_id) {
                    Some(a) => {
                        let (a, m) = (u64_key(a), month_key(row.date));
                        if k.as_ref() != cat(&[&m, &a]).as_slice() {
                            problems.push((t.check_row_wrong_key)(
                                "hours",
                                &row.assignment_id,
                                &row.date.to_string(),
                            ));
                        }
                        add(
                            &mut expected,
                            vec![(Ix::HoursByAssignment, cat(&[&a, &m]), vec![])],
                        );
                    }
                    None => problems.push((t.check_row_names_missing)(
                        "hours",
                        &row.assignment_id,
                        &row.date.to_string(),
                    )),
                }
            }
        }
        if hours_seen != model.hours.len() {
            problems.push((t.check_count_differs)(
                "hours",
                hours_seen,
                model.hours.len(),
            ));
        }
        let mut refunds_seen = 0usize;
        for kv in self.tree(ix_tree(Ix::Refund)).iter() {
            let (k, v) = kv?;
            refunds_seen += 1;
            let r = match codec::decode::<Stored<Refund>>(Ix::Refund.name(), &k, &v) {
                Ok(s) => s.value,
                Err(e) => {
                    problems.push(e.message(lang));
                    continue;
                }
            };
            if model.refunds.get(&(r.agreement_id.clone(), r.month)) != Some(&r) {
                problems.push((t.check_row_differs)(
                    "refund",
                    &r.agreement_id,
                    &r.month.format("%Y-%m").to_string(),
                ));
            }
            let key = pk(Kind::Agreement, &r.agreement_id)
                .map(|a| cat(&[&u64_key(a), &date_key(r.month)]));
            if key.as_deref() != Some(k.as_ref()) {
                problems.push((t.check_row_wrong_key)(
                    "refund",
                    &r.agreement_id,
                    &r.month.format("%Y-%m").to_string(),
                ));
            }
        }
        if refunds_seen != model.refunds.len() {
            problems.push((t.check_count_differs)(
                "refund",
                refunds_seen,
                model.refunds.len(),
            ));
        }
        let mut att_seen = 0usize;
        for kv in self.tree(ix_tree(Ix::Attendance)).iter() {
            let (k, v) = kv?;
            att_seen += 1;
            let a = match codec::decode::<Stored<Attendance>>(Ix::Attendance.name(), &k, &v) {
                Ok(s) => s.value,
                Err(e) => {
                    problems.push(e.message(lang));
                    continue;
                }
            };
            if model
                .attendance
                .get(&(a.session_id.clone(), a.participant_id.clone()))
                != Some(&a)
            {
                problems.push((t.check_row_differs)(
                    "attendance",
                    &a.session_id,
                    &a.participant_id,
                ));
            }
            if let (Some(s), Some(p)) = (
                pk(Kind::Session, &a.session_id),
                pk(Kind::Participant, &a.participant_id),
            ) {
                add(
                    &mut expected,
                    vec![(
                        Ix::AttendanceByParticipant,
                        cat(&[&u64_key(p), &u64_key(s)]),
                        vec![],
                    )],
                );
            } else {
                problems.push((t.check_row_names_missing)(
                    "attendance",
                    &a.session_id,
                    &a.participant_id,
                ));
            }
        }
        if att_seen != model.attendance.len() {
            problems.push((t.check_count_differs)(
                "attendance",
                att_seen,
                model.attendance.len(),
            ));
        }
        for ix in Ix::ALL.iter().filter(|i| !i.is_primary()) {
            let want = expected.remove(ix).unwrap_or_default();
            let mut have = BTreeSet::new();
            for kv in self.tree(ix_tree(*ix)).iter() {
                let (k, v) = kv?;
                have.insert((k.to_vec(), v.to_vec()));
            }
            for (k, _) in want.difference(&have).take(20) {
                problems.push((t.check_index_lacks)(ix.name(), &show_key(k)));
            }
            for (k, _) in have.difference(&want).take(20) {
                problems.push((t.check_index_stale)(ix.name(), &show_key(k)));
            }
        }
        let _ = self.tree(META).get(SETTINGS)?;
        report.problems = problems;
        Ok(report)
    }
}

/// Index tree → the (key, value) pairs it should hold.
type Expected = BTreeMap<Ix, BTreeSet<(Vec<u8>, Vec<u8>)>>;

fn add(expected: &mut Expected, entries: Vec<IndexEntry>) {
    for (ix, k, v) in entries {
        expected.entry(ix).or_default().insert((k, v));
    }
}
