//! Applies a journal entry to sled in one transaction: records, indexes and
//! `last_applied_seq` together. The closure may re-run, so it has no side effects.

use super::change::{Entity, Kind, Op, Record, RecordRef};
use super::codec::{self, Stamp, Stored};
use super::journal::Entry;
use super::keys::{cat, date_key, month_key, read_u64, u64_key};
use super::trees::{ids_tree, ix_tree, kind_tree, Ix, META};
use super::{Result, Store, StoreError};
use crate::domain::record::{KindVisitor, ValueVisitor};
use sled::transaction::{
    ConflictableTransactionError as TxError, TransactionalTree, UnabortableTransactionError,
};
use sled::Transactional;

pub const LAST_APPLIED: &[u8] = b"last_applied_seq";
pub const SETTINGS: &[u8] = b"settings";

type Tx = [TransactionalTree];
type TxResult<T> = std::result::Result<T, TxError<String>>;

fn abort<T>(msg: String) -> TxResult<T> {
    Err(TxError::Abort(msg))
}

fn storage(e: UnabortableTransactionError) -> TxError<String> {
    e.into()
}

pub fn apply_entry(store: &Store, entry: &Entry) -> Result<()> {
    let stamp = Stamp {
        rev: entry.seq,
        by: entry.actor.clone(),
        at: parse_at(&entry.at),
    };
    let trees: &[sled::Tree] = &store.trees;
    let res = trees.transaction(|tx| {
        for op in &entry.change.ops {
            apply_op(tx, op, &stamp)?;
        }
        tx[META]
            .insert(LAST_APPLIED, &u64_key(entry.seq))
            .map_err(storage)?;
        Ok(())
    });
    res.map_err(|e| match e {
        sled::transaction::TransactionError::Abort(reason) => StoreError::Apply {
            seq: entry.seq,
            reason,
        },
        sled::transaction::TransactionError::Storage(s) => StoreError::Sled(s),
    })
}

fn parse_at(at: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|d| d.timestamp())
        .unwrap_or(0)
}

/// The internal key of an id, if it exists.
pub(super) fn tx_pk(tx: &Tx, kind: Kind, id: &str) -> TxResult<Option<u64>> {
    Ok(tx[ids_tree(kind)]
        .get(id.as_bytes())
        .map_err(storage)?
        .map(|v| read_u64(&v)))
}

fn tx_need_pk(tx: &Tx, kind: Kind, id: &str) -> TxResult<u64> {
    match tx_pk(tx, kind, id)? {
        Some(pk) => Ok(pk),
        None => abort(format!("{} {id} does not exist", kind.name())),
    }
}

fn tx_get<T: Entity>(tx: &Tx, pk: u64) -> TxResult<Option<T>> {
    let key = u64_key(pk);
    match tx[kind_tree(T::KIND)].get(key).map_err(storage)? {
        None => Ok(None),
        Some(bytes) => codec::decode::<Stored<T>>(T::KIND.name(), &key, &bytes)
            .map(|s| Some(s.value))
            .map_err(|e| TxError::Abort(e.to_string())),
    }
}

/// Where the next internal key of a kind is kept.
pub(super) fn next_pk_key(kind: Kind) -> String {
    format!("next/{}", kind.name())
}

fn next_pk(tx: &Tx, kind: Kind) -> TxResult<u64> {
    let key = next_pk_key(kind);
    let n = tx[META]
        .get(key.as_bytes())
        .map_err(storage)?
        .map(|v| read_u64(&v))
        .unwrap_or(1);
    tx[META]
        .insert(key.as_bytes(), &u64_key(n + 1))
        .map_err(storage)?;
    Ok(n)
}

/// Index entries that a record with internal key `pk` owns.
pub(super) type IndexEntry = (Ix, Vec<u8>, Vec<u8>);

pub(super) fn index_entries(
    record: &Record,
    pk: u64,
    resolve: &mut dyn FnMut(Kind, &str) -> std::result::Result<u64, String>,
) -> std::result::Result<Vec<IndexEntry>, String> {
    let me = u64_key(pk);
    let mut out = Vec::new();
    match record {
        Record::Participant(p) => {
            if let Some(pesel) = &p.pesel {
                out.push((Ix::Pesel, pesel.as_str().as_bytes().to_vec(), me.to_vec()));
            }
            // A report reads its people's figures from here, not their records.
            out.push((
                Ix::ParticipantsByEnd,
                cat(&[&end_key(p.ended_on), &me]),
                codec::encode(&p.for_figures()),
            ));
            if crate::domain::due::participant_may_be_due(p) {
                out.push((Ix::DuePeople, me.to_vec(), vec![]));
            }
        }
        Record::Contract(c) => {
            let p = resolve(Kind::Participant, &c.participant_id)?;
            out.push((
                Ix::ContractsByParticipant,
                cat(&[&u64_key(p), &me]),
                codec::encode(&c.for_figures()),
            ));
            let mut days: Vec<_> = [c.starts_on, c.signed_on].into_iter().flatten().collect();
            days.dedup();
            for day in days {
                out.push((
                    Ix::ContractsByDay,
                    cat(&[&date_key(day), &me]),
                    u64_key(p).to_vec(),
                ));
            }
            if crate::domain::due::contract_may_be_due(c) {
                out.push((Ix::ContractsInForce, me.to_vec(), u64_key(p).to_vec()));
            }
            out.push((
                Ix::ContractNumber,
                c.number.as_bytes().to_vec(),
                me.to_vec(),
            ));
        }
        Record::Assignment(a) => {
            let p = resolve(Kind::Participant, &a.participant_id)?;
            out.push((
                Ix::AssignmentsByParticipant,
                cat(&[&u64_key(p), &me]),
                vec![],
            ));
        }
        Record::Note(n) => {
            let p = resolve(Kind::Participant, &n.participant_id)?;
            out.push((Ix::NotesByParticipant, cat(&[&u64_key(p), &me]), vec![]));
        }
        Record::Staff(s) => out.push((Ix::StaffLogin, s.login.as_bytes().to_vec(), me.to_vec())),
        Record::Session(s) => {
            out.push((Ix::SessionsByDate, cat(&[&date_key(s.date), &me]), vec![]))
        }
        _ => {}
    }
    Ok(out)
}

/// The key of a participant's end in `ix/participants_by_end`: the day, or
/// past every day while the participation has not ended.
pub(super) fn end_key(ended_on: Option<chrono::NaiveDate>) -> [u8; 4] {
    ended_on.map_or([0xFF; 4], date_key)
}

/// Participants per value of `ix/search`: a lookup reads a few hundred values
/// instead of one per participant, and a change rewrites one of them.
pub(super) const SEARCH_CHUNK_SHIFT: u32 = 8;

/// The `ix/search` value a participant's key lives in.
pub(super) fn search_chunk_key(pk: u64) -> [u8; 8] {
    u64_key(pk >> SEARCH_CHUNK_SHIFT)
}

/// One value of `ix/search`: participants' internal keys in order, and their
/// folded search keys in the same order, each followed by a newline: the
/// lookup's buffer is these strings one after another, with no key to copy.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SearchChunk {
    pub pks: Vec<u64>,
    pub keys: String,
}

impl SearchChunk {
    pub(super) fn from_pairs(pairs: &[(u64, String)]) -> SearchChunk {
        let mut out = SearchChunk::default();
        for (pk, key) in pairs {
            out.pks.push(*pk);
            out.keys.push_str(&key.replace('\n', " "));
            out.keys.push('\n');
        }
        out
    }

    fn pairs(&self) -> Vec<(u64, String)> {
        self.pks
            .iter()
            .copied()
            .zip(self.keys.split_terminator('\n').map(str::to_string))
            .collect()
    }
}

/// Sets (or with `None` removes) a participant's search key in its chunk.
fn tx_search_set(tx: &Tx, pk: u64, key: Option<String>) -> TxResult<()> {
    let ck = search_chunk_key(pk);
    let tree = &tx[ix_tree(Ix::Search)];
    let mut chunk = match tree.get(ck).map_err(storage)? {
        Some(v) => codec::decode::<SearchChunk>(Ix::Search.name(), &ck, &v)
            .map_err(|e| TxError::Abort(e.to_string()))?
            .pairs(),
        None => Vec::new(),
    };
    match (chunk.binary_search_by_key(&pk, |e| e.0), key) {
        (Ok(i), Some(k)) => chunk[i].1 = k,
        (Err(i), Some(k)) => chunk.insert(i, (pk, k)),
        (Ok(i), None) => {
            chunk.remove(i);
        }
        (Err(_), None) => {}
    }
    if chunk.is_empty() {
        tree.remove(&ck).map_err(storage)?;
    } else {
        tree.insert(&ck, codec::encode(&SearchChunk::from_pairs(&chunk)))
            .map_err(storage)?;
    }
    Ok(())
}

fn put_index(tx: &Tx, entries: &[IndexEntry]) -> TxResult<()> {
    for (ix, k, v) in entries {
        tx[ix_tree(*ix)]
            .insert(k.as_slice(), v.as_slice())
            .map_err(storage)?;
    }
    Ok(())
}

fn remove_index(tx: &Tx, entries: &[IndexEntry]) -> TxResult<()> {
    for (ix, k, _) in entries {
        tx[ix_tree(*ix)].remove(k.as_slice()).map_err(storage)?;
    }
    Ok(())
}

fn resolver(tx: &Tx) -> impl FnMut(Kind, &str) -> std::result::Result<u64, String> + '_ {
    move |kind, id| match tx_pk(tx, kind, id) {
        Ok(Some(pk)) => Ok(pk),
        Ok(None) => Err(format!("{} {id} does not exist", kind.name())),
        Err(_) => Err(format!("cannot read {} {id}", kind.name())),
    }
}

fn old_record(tx: &Tx, kind: Kind, pk: u64) -> TxResult<Option<Record>> {
    struct Get<'a> {
        tx: &'a Tx,
        pk: u64,
    }
    impl KindVisitor for Get<'_> {
        type Out = TxResult<Option<Record>>;
        fn visit<T: Entity>(self) -> Self::Out {
            Ok(tx_get::<T>(self.tx, self.pk)?.map(Entity::into_record))
        }
    }
    kind.visit(Get { tx, pk })
}

/// One assignment's hours of one month, one row per day in date order, each
/// with its own stamp (a timesheet's revision check is per day): the value
/// under `month + assignment` in `hours`.
pub type HoursMonth = Vec<Stored<crate::domain::psu::HourRow>>;

/// The key of the month value an hour row lives in (month + assignment), and
/// the index entry that finds it by assignment (assignment + month).
fn hours_keys(
    tx: &Tx,
    assignment_id: &str,
    date: chrono::NaiveDate,
) -> TxResult<(Vec<u8>, Vec<IndexEntry>)> {
    let apk = tx_need_pk(tx, Kind::Assignment, assignment_id)?;
    let (a, m) = (u64_key(apk), month_key(date));
    Ok((
        cat(&[&m, &a]),
        vec![(Ix::HoursByAssignment, cat(&[&a, &m]), vec![])],
    ))
}

/// Puts (or with `None` removes) one day's row in its month value.
fn tx_hours_set(
    tx: &Tx,
    assignment_id: &str,
    date: chrono::NaiveDate,
    row: Option<Stored<&crate::domain::psu::HourRow>>,
) -> TxResult<()> {
    let (primary, ix) = hours_keys(tx, assignment_id, date)?;
    let tree = &tx[ix_tree(Ix::Hours)];
    let mut month: HoursMonth = match tree.get(&primary).map_err(storage)? {
        Some(v) => codec::decode(Ix::Hours.name(), &primary, &v)
            .map_err(|e| TxError::Abort(e.to_string()))?,
        None => Vec::new(),
    };
    let at = month.binary_search_by_key(&date, |s| s.value.date);
    match (at, row) {
        (Ok(i), Some(r)) => {
            month[i] = Stored {
                stamp: r.stamp,
                value: r.value.clone(),
            }
        }
        (Err(i), Some(r)) => month.insert(
            i,
            Stored {
                stamp: r.stamp,
                value: r.value.clone(),
            },
        ),
        (Ok(i), None) => {
            month.remove(i);
        }
        (Err(_), None) => {}
    }
    if month.is_empty() {
        tree.remove(primary).map_err(storage)?;
        remove_index(tx, &ix)?;
    } else {
        tree.insert(primary, codec::encode(&month))
            .map_err(storage)?;
        put_index(tx, &ix)?;
    }
    Ok(())
}

/// The key of a refund: agreement + month.
pub(super) fn refund_key(
    tx: &Tx,
    agreement_id: &str,
    month: chrono::NaiveDate,
) -> TxResult<Vec<u8>> {
    let a = u64_key(tx_need_pk(tx, Kind::Agreement, agreement_id)?);
    Ok(cat(&[&a, &date_key(month)]))
}

fn attendance_keys(
    tx: &Tx,
    session_id: &str,
    participant_id: &str,
) -> TxResult<(Vec<u8>, Vec<IndexEntry>)> {
    let s = u64_key(tx_need_pk(tx, Kind::Session, session_id)?);
    let p = u64_key(tx_need_pk(tx, Kind::Participant, participant_id)?);
    Ok((
        cat(&[&s, &p]),
        vec![(Ix::AttendanceByParticipant, cat(&[&p, &s]), vec![])],
    ))
}

fn apply_op(tx: &Tx, op: &Op, stamp: &Stamp) -> TxResult<()> {
    match op {
        Op::Put(Record::Settings(s)) => {
            tx[META]
                .insert(
                    SETTINGS,
                    codec::encode(&Stored {
                        stamp: stamp.clone(),
                        value: s,
                    }),
                )
                .map_err(storage)?;
        }
        Op::Put(Record::Hours(row)) => {
            let stored = Stored {
                stamp: stamp.clone(),
                value: row,
            };
            tx_hours_set(tx, &row.assignment_id, row.date, Some(stored))?;
        }
        Op::Put(Record::Refund(r)) => {
            let key = refund_key(tx, &r.agreement_id, r.month)?;
            let value = codec::encode(&Stored {
                stamp: stamp.clone(),
                value: r,
            });
            tx[ix_tree(Ix::Refund)]
                .insert(key, value)
                .map_err(storage)?;
        }
        Op::Delete(RecordRef::Refund {
            agreement_id,
            month,
        }) => {
            let key = refund_key(tx, agreement_id, *month)?;
            tx[ix_tree(Ix::Refund)].remove(key).map_err(storage)?;
        }
        Op::Put(Record::Attendance(a)) => {
            let (primary, ix) = attendance_keys(tx, &a.session_id, &a.participant_id)?;
            let value = codec::encode(&Stored {
                stamp: stamp.clone(),
                value: a,
            });
            tx[ix_tree(Ix::Attendance)]
                .insert(primary, value)
                .map_err(storage)?;
            put_index(tx, &ix)?;
        }
        Op::Put(record) => {
            let (kind, id) = record.kind_id().expect("records with ids");
            let pk = match tx_pk(tx, kind, id)? {
                Some(pk) => pk,
                None => {
                    let pk = next_pk(tx, kind)?;
                    tx[ids_tree(kind)]
                        .insert(id.as_bytes(), &u64_key(pk))
                        .map_err(storage)?;
                    pk
                }
            };
            if let Some(old) = old_record(tx, kind, pk)? {
                let old_ix = index_entries(&old, pk, &mut resolver(tx)).map_err(TxError::Abort)?;
                remove_index(tx, &old_ix)?;
            }
            let new_ix = index_entries(record, pk, &mut resolver(tx)).map_err(TxError::Abort)?;
            put_index(tx, &new_ix)?;
            if let Record::Participant(p) = record {
                tx_search_set(tx, pk, Some(p.search_key()))?;
            }
            let value = encode_record(record, stamp);
            tx[kind_tree(kind)]
                .insert(&u64_key(pk), value)
                .map_err(storage)?;
        }
        Op::Delete(RecordRef::Id(kind, id)) => {
            let Some(pk) = tx_pk(tx, *kind, id)? else {
                return abort(format!("{} {id} does not exist", kind.name()));
            };
            if let Some(old) = old_record(tx, *kind, pk)? {
                let old_ix = index_entries(&old, pk, &mut resolver(tx)).map_err(TxError::Abort)?;
                remove_index(tx, &old_ix)?;
            }
            tx[kind_tree(*kind)].remove(&u64_key(pk)).map_err(storage)?;
            tx[ids_tree(*kind)].remove(id.as_bytes()).map_err(storage)?;
            if *kind == Kind::Participant {
                tx_search_set(tx, pk, None)?;
            }
        }
        Op::Delete(RecordRef::Hours {
            assignment_id,
            date,
        }) => tx_hours_set(tx, assignment_id, *date, None)?,
        Op::Delete(RecordRef::Attendance {
            session_id,
            participant_id,
        }) => {
            let (primary, ix) = attendance_keys(tx, session_id, participant_id)?;
            tx[ix_tree(Ix::Attendance)]
                .remove(primary)
                .map_err(storage)?;
            remove_index(tx, &ix)?;
        }
    }
    Ok(())
}

/// Encodes the record itself (not the `Record` enum) inside its stamp.
pub(super) fn encode_record(record: &Record, stamp: &Stamp) -> Vec<u8> {
    struct Enc<'a>(&'a Stamp);
    impl ValueVisitor for Enc<'_> {
        type Out = Vec<u8>;
        fn visit<T: serde::Serialize + crate::domain::validate::Validate>(
            self,
            value: &T,
        ) -> Vec<u8> {
            codec::encode(&Stored {
                stamp: self.0.clone(),
                value,
            })
        }
    }
    record.visit_value(Enc(stamp))
}

/// Reads a record's internal key outside a transaction.
pub(super) fn pk_of(store: &Store, kind: Kind, id: &str) -> Result<Option<u64>> {
    Ok(store
        .tree(ids_tree(kind))
        .get(id.as_bytes())?
        .map(|v| read_u64(&v)))
}
