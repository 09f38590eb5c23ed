//! Export: a deterministic order (type, then creation order), so export →
//! import into an empty database → export gives the same bytes.

use super::{Desk, Result};
use crate::domain::record::{Entity, Kind, KindVisitor};
use crate::interchange::{Line, TYPES};

impl Desk {
    pub(super) fn export(&self) -> Result<String> {
        let mut out = String::new();
        let mut line = |l: Line| {
            out.push_str(&l.to_json());
            out.push('\n');
        };
        struct All<'a, F> {
            desk: &'a Desk,
            line: &'a mut F,
        }
        impl<F: FnMut(Line)> KindVisitor for All<'_, F> {
            type Out = Result<()>;
            fn visit<T: Entity>(self) -> Result<()> {
                let line = self.line;
                self.desk.store.for_each::<T>(|s| {
                    line(Line::from_record(s.value.into_record()));
                    Ok(())
                })?;
                Ok(())
            }
        }
        for ty in TYPES {
            match *ty {
                "kis" => line(Line::header()),
                "settings" => line(Line::Settings(self.store.settings()?)),
                "hours" => self.store.for_each_hours_by_assignment(|h| {
                    line(Line::Hours(h));
                    Ok(())
                })?,
                "refund" => self
                    .store
                    .refunds()?
                    .into_iter()
                    .for_each(|r| line(Line::Refund(r))),
                "attendance" => self.store.for_each_attendance(|a| {
                    line(Line::Attendance(a));
                    Ok(())
                })?,
                name => {
                    let kind = Kind::ALL
                        .into_iter()
                        .find(|k| k.name() == name)
                        .expect("TYPES holds only line types");
                    kind.visit(All {
                        desk: self,
                        line: &mut line,
                    })?
                }
            }
        }
        Ok(out)
    }
}
