//! Checks that a batch of changes will apply before any of it is journalled, so
//! the journal only ever holds changes that apply (a change that fails after
//! being journalled would stop every later open, check, backup and rebuild).
//!
//! The rules mirror exactly what `apply.rs` aborts on: a reference to a record
//! that does not exist, and a delete of one that does not exist; plus the
//! codec's size limit, since a value over it could be written but never read back.

use super::change::{Change, Kind, Op, Record, RecordRef};
use super::codec;
use crate::text::catalog::catalog;
use crate::text::Lang;
use std::collections::HashMap;

/// Why a change would not apply, in both languages' raw material: the record
/// named and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unfit {
    /// `what` names a record that does not exist.
    Missing { kind: Kind, id: String },
    /// A record would be stored over the size a value may have.
    TooLarge {
        kind: &'static str,
        id: String,
        bytes: usize,
        max: usize,
    },
}

impl Unfit {
    /// The record and what is wrong with it, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        let t = &catalog(lang).store;
        match self {
            Unfit::Missing { kind, id } => (t.unfit_missing)(kind.name(), id),
            Unfit::TooLarge {
                kind,
                id,
                bytes,
                max,
            } => (t.unfit_too_large)(kind, id, *bytes, *max),
        }
    }
}

/// What a change set in the overlay, with what was there before.
type Undo = Vec<((Kind, String), Option<bool>)>;

/// What exists: the store's ids under the changes seen so far.
pub struct Overlay<F: FnMut(Kind, &str) -> bool> {
    base: F,
    changed: HashMap<(Kind, String), bool>,
}

impl<F: FnMut(Kind, &str) -> bool> Overlay<F> {
    pub fn new(base: F) -> Self {
        Overlay {
            base,
            changed: HashMap::new(),
        }
    }

    fn exists(&mut self, kind: Kind, id: &str) -> bool {
        match self.changed.get(&(kind, id.to_string())) {
            Some(&e) => e,
            None => (self.base)(kind, id),
        }
    }

    fn need(&mut self, kind: Kind, id: &str) -> Result<(), Unfit> {
        if self.exists(kind, id) {
            Ok(())
        } else {
            Err(Unfit::Missing {
                kind,
                id: id.to_string(),
            })
        }
    }

    /// Checks one change and, when it fits, takes it into the overlay.
    pub fn admit(&mut self, change: &Change) -> Result<(), Unfit> {
        // Within one change the ops apply in order too; a refused change is
        // undone from its own log (a whole import is many changes: no copies).
        let mut undo = Vec::new();
        let res = change
            .ops
            .iter()
            .try_for_each(|op| self.admit_op(op, &mut undo));
        if res.is_err() {
            for (key, before) in undo.into_iter().rev() {
                match before {
                    Some(b) => self.changed.insert(key, b),
                    None => self.changed.remove(&key),
                };
            }
        }
        res
    }

    fn mark(&mut self, kind: Kind, id: &str, exists: bool, undo: &mut Undo) {
        let key = (kind, id.to_string());
        let before = self.changed.insert(key.clone(), exists);
        undo.push((key, before));
    }

    fn admit_op(&mut self, op: &Op, undo: &mut Undo) -> Result<(), Unfit> {
        match op {
            Op::Put(record) => {
                fits(record)?;
                match record {
                    Record::Contract(c) => self.need(Kind::Participant, &c.participant_id)?,
                    Record::Assignment(a) => self.need(Kind::Participant, &a.participant_id)?,
                    Record::Note(n) => self.need(Kind::Participant, &n.participant_id)?,
                    Record::Job(j) => self.need(Kind::Participant, &j.participant_id)?,
                    Record::Route(r) => self.need(Kind::Participant, &r.participant_id)?,
                    Record::Hours(h) => self.need(Kind::Assignment, &h.assignment_id)?,
                    Record::Refund(r) => self.need(Kind::Agreement, &r.agreement_id)?,
                    Record::Attendance(a) => {
                        self.need(Kind::Session, &a.session_id)?;
                        self.need(Kind::Participant, &a.participant_id)?;
                    }
                    _ => {}
                }
                if let Some((kind, id)) = record.kind_id() {
                    self.mark(kind, id, true, undo);
                }
            }
            Op::Delete(RecordRef::Id(kind, id)) => {
                self.need(*kind, id)?;
                self.mark(*kind, id, false, undo);
            }
            Op::Delete(RecordRef::Hours { assignment_id, .. }) => {
                self.need(Kind::Assignment, assignment_id)?
            }
            Op::Delete(RecordRef::Refund { agreement_id, .. }) => {
                self.need(Kind::Agreement, agreement_id)?
            }
            Op::Delete(RecordRef::Attendance {
                session_id,
                participant_id,
            }) => {
                self.need(Kind::Session, session_id)?;
                self.need(Kind::Participant, participant_id)?;
            }
        }
        Ok(())
    }
}

/// A record's stored value must decode again: it must be within the codec's limit.
fn fits(record: &Record) -> Result<(), Unfit> {
    let bytes = codec::encoded_len(record);
    if bytes <= codec::VALUE_LIMIT {
        return Ok(());
    }
    let (kind, id) = match record.kind_id() {
        Some((k, id)) => (k.name(), id.to_string()),
        None => (record.type_name(), String::new()),
    };
    Err(Unfit::TooLarge {
        kind,
        id,
        bytes,
        max: codec::VALUE_LIMIT,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::Note;

    fn note(id: &str, p: &str, text: String) -> Record {
        Record::Note(Note {
            id: id.into(),
            participant_id: p.into(),
            author: "ewa".into(),
            on: chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            restricted: false,
            text,
        })
    }

    #[test]
    fn a_note_for_nobody_does_not_fit() {
        let mut o = Overlay::new(|_, _| false);
        let err = o
            .admit(&Change::put(note("n1", "p9", "x".into())))
            .unwrap_err();
        assert_eq!(
            err,
            Unfit::Missing {
                kind: Kind::Participant,
                id: "p9".into()
            }
        );
        assert!(err.describe(Lang::Pl).contains("p9"));
    }

    #[test]
    fn a_delete_then_a_reference_in_one_batch_does_not_fit() {
        let mut o = Overlay::new(|k, id| k == Kind::Participant && id == "p1");
        o.admit(&Change::delete(RecordRef::Id(
            Kind::Participant,
            "p1".into(),
        )))
        .unwrap();
        assert!(o.admit(&Change::put(note("n1", "p1", "x".into()))).is_err());
        // a refused change leaves the overlay as it was
        assert!(o
            .admit(&Change::delete(RecordRef::Id(Kind::Note, "n1".into())))
            .is_err());
    }

    #[test]
    fn a_value_over_the_codec_limit_does_not_fit() {
        let mut o = Overlay::new(|_, _| true);
        let big = "a".repeat(codec::VALUE_LIMIT + 1);
        let err = o.admit(&Change::put(note("n1", "p1", big))).unwrap_err();
        assert!(matches!(err, Unfit::TooLarge { .. }), "{err:?}");
    }
}
