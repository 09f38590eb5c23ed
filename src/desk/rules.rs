//! The field rules of every record, in one place for the desk's commits and
//! for import. Every record type implements `Validate` (`Entity` requires it),
//! so a new one cannot be stored without saying how its fields are checked.

use crate::domain::limits::Checked;
use crate::domain::record::ValueVisitor;
use crate::domain::validate::Validate;
use crate::interchange::Line;
use crate::store::{Change, Op, Record};

struct CheckFields;

impl ValueVisitor for CheckFields {
    type Out = Checked;
    fn visit<T: serde::Serialize + Validate>(self, value: &T) -> Checked {
        value.check_fields()
    }
}

pub(super) fn record_fields(r: &Record) -> Checked {
    r.visit_value(CheckFields)
}

pub(super) fn line_fields(l: &Line) -> Checked {
    l.visit_value(CheckFields).unwrap_or(Ok(()))
}

/// Every record a change puts.
pub(super) fn change_fields(change: &Change) -> Checked {
    change.ops.iter().try_for_each(|op| match op {
        Op::Put(r) => record_fields(r),
        Op::Delete(_) => Ok(()),
    })
}
