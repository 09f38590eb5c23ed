//! Saving the club's settings: a shorter retention that makes people due for
//! anonymisation needs an admin and a confirmation that names their number.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::settings::Settings;
use crate::domain::staff::Role;
use crate::domain::validate::Validate;
use crate::store::{Change, Record};

impl Desk {
    pub(super) fn save_settings(
        &self,
        actor: &Actor,
        role: Role,
        settings: Settings,
        confirm_due: Option<usize>,
    ) -> Result<Response> {
        settings.check_fields()?;
        settings
            .check_order()
            .map_err(|(a, x, b, y)| DeskError::said(|c| (c.desk.settings_order)(a, x, b, y)))?;
        let old = self.store.settings()?;
        if settings.retention_years != old.retention_years {
            let before = self.due_under(old.retention_years)?.len();
            let after = self.due_under(settings.retention_years)?.len();
            let newly = after.saturating_sub(before);
            if newly > 0 {
                let years = settings.retention_years;
                if role != Role::Admin {
                    return Err(DeskError::said(|c| {
                        (c.desk.retention_admin_only)(years, newly)
                    }));
                }
                if confirm_due != Some(newly) {
                    return Err(DeskError::said(|c| {
                        (c.desk.retention_confirm)(years, newly)
                    }));
                }
            }
        }
        self.commit(actor, Change::put(Record::Settings(settings)))?;
        Ok(Response::Done)
    }
}
