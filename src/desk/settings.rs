//! Saving the club's settings: a shorter retention that makes people due for
//! anonymisation needs an admin and a confirmation that names their number.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::settings::Settings;
use crate::domain::staff::Role;
use crate::domain::validate::Validate;
use crate::store::{Change, Record};
use crate::text::plural::Word;

const OSOBA_ZACZNIE: Word = Word("osoba zacznie", "osoby zaczną", "osób zacznie");
impl Desk {
    pub(super) fn save_settings(
        &self,
        actor: &Actor,
        role: Role,
        settings: Settings,
        confirm_due: Option<usize>,
    ) -> Result<Response> {
        settings.check_fields()?;
        let old = self.store.settings()?;
        if settings.retention_years != old.retention_years {
            let before = self.due_under(old.retention_years)?.len();
            let after = self.due_under(settings.retention_years)?.len();
            let newly = after.saturating_sub(before);
            if newly > 0 {
                let years = settings.retention_years;
                let pl = format!(
                    "po tej zmianie okresu przechowywania {} podlegać anonimizacji",
                    OSOBA_ZACZNIE.with(newly as u64)
                );
                let who = if newly == 1 { "person" } else { "people" };
                let en = format!(
                    "with a retention of {years} years, {newly} more {who} fall due for anonymisation"
                );
                if role != Role::Admin {
                    return Err(DeskError::invalid(
                        format!("{pl}; tę zmianę może zrobić tylko administrator"),
                        format!("{en}; only an admin may make this change"),
                    ));
                }
                if confirm_due != Some(newly) {
                    return Err(DeskError::invalid(
                        format!("{pl}; potwierdź, podając liczbę {newly}"),
                        format!("{en}; confirm by giving the number {newly}"),
                    ));
                }
            }
        }
        self.commit(actor, Change::put(Record::Settings(settings)))?;
        Ok(Response::Done)
    }
}
