//! Export: a deterministic order (type, then creation order), so export →
//! import into an empty database → export gives the same bytes.

use super::{Desk, Result};
use crate::domain::{contract::*, person::*, psu::*, staff::*, workshop::*};
use crate::interchange::Line;
use crate::store::Entity;
use std::fmt::Write;

impl Desk {
    pub(super) fn export(&self) -> Result<String> {
        let mut out = String::new();
        let mut line = |l: Line| {
            out.push_str(&l.to_json());
            out.push('\n');
        };
        line(Line::header());
        line(Line::Settings(self.store.settings()?));
        fn all<T: Entity>(desk: &Desk, line: &mut impl FnMut(Line)) -> Result<()> {
            desk.store.for_each::<T>(|s| {
                line(Line::from_record(s.value.into_record()));
                Ok(())
            })?;
            Ok(())
        }
        all::<Staff>(self, &mut line)?;
        all::<Category>(self, &mut line)?;
        all::<Participant>(self, &mut line)?;
        all::<Contract>(self, &mut line)?;
        all::<Agreement>(self, &mut line)?;
        all::<Worksite>(self, &mut line)?;
        all::<Position>(self, &mut line)?;
        all::<Assignment>(self, &mut line)?;
        self.store.for_each_hours_by_assignment(|h| {
            line(Line::Hours(h));
            Ok(())
        })?;
        all::<Specialist>(self, &mut line)?;
        all::<Activity>(self, &mut line)?;
        all::<Session>(self, &mut line)?;
        self.store.for_each_attendance(|a| {
            line(Line::Attendance(a));
            Ok(())
        })?;
        all::<Note>(self, &mut line)?;
        let _ = write!(out, "");
        Ok(out)
    }
}
