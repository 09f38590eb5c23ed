//! The field rules of every record, in one place for the desk's commits and
//! for import. The matches are exhaustive: a new record type must say how its
//! fields are checked before it can be stored.

use crate::domain::limits::Checked;
use crate::domain::validate::Validate;
use crate::interchange::Line;
use crate::store::{Change, Op, Record};

pub(super) fn record_fields(r: &Record) -> Checked {
    match r {
        Record::Staff(x) => x.check_fields(),
        Record::Category(x) => x.check_fields(),
        Record::Participant(x) => x.check_fields(),
        Record::Contract(x) => x.check_fields(),
        Record::Agreement(x) => x.check_fields(),
        Record::Worksite(x) => x.check_fields(),
        Record::Position(x) => x.check_fields(),
        Record::Assignment(x) => x.check_fields(),
        Record::Specialist(x) => x.check_fields(),
        Record::Activity(x) => x.check_fields(),
        Record::Session(x) => x.check_fields(),
        Record::Hours(x) => x.check_fields(),
        Record::Attendance(x) => x.check_fields(),
        Record::Settings(x) => x.check_fields(),
        Record::Note(x) => x.check_fields(),
    }
}

pub(super) fn line_fields(l: &Line) -> Checked {
    match l {
        Line::Kis(_) => Ok(()),
        Line::Settings(x) => x.check_fields(),
        Line::Staff(x) => x.check_fields(),
        Line::Category(x) => x.check_fields(),
        Line::Participant(x) => x.check_fields(),
        Line::Contract(x) => x.check_fields(),
        Line::Agreement(x) => x.check_fields(),
        Line::Worksite(x) => x.check_fields(),
        Line::Position(x) => x.check_fields(),
        Line::Assignment(x) => x.check_fields(),
        Line::Hours(x) => x.check_fields(),
        Line::Specialist(x) => x.check_fields(),
        Line::Activity(x) => x.check_fields(),
        Line::Session(x) => x.check_fields(),
        Line::Attendance(x) => x.check_fields(),
        Line::Note(x) => x.check_fields(),
    }
}

/// Every record a change puts.
pub(super) fn change_fields(change: &Change) -> Checked {
    change.ops.iter().try_for_each(|op| match op {
        Op::Put(r) => record_fields(r),
        Op::Delete(_) => Ok(()),
    })
}
