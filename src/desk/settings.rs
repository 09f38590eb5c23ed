//! Saving the club's settings: a shorter retention that makes people due for
//! anonymisation needs an admin and a confirmation that names their number.

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::settings::Settings;
use crate::domain::staff::Role;
use crate::domain::validate::Validate;
use crate::store::{Change, Record};

/// One of the club's groups as the settings screen and `kis category` show it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GroupInfo {
    pub category: crate::domain::person::Category,
    /// The revision an edit names; `None` for the eight statutory groups.
    pub rev: Option<u64>,
    pub statutory: bool,
    /// People who have the group (a group in use is retired, never deleted).
    pub holders: usize,
}

/// Everything a club sets up: its settings, its groups, its staff.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ClubSetup {
    pub settings: Settings,
    pub groups: Vec<GroupInfo>,
    pub staff: Vec<crate::domain::record::Stored<crate::domain::staff::Staff>>,
}

impl Desk {
    pub(super) fn club_setup(&self) -> Result<ClubSetup> {
        use crate::domain::person::{statutory_categories, Category, Participant};
        let mut holders: std::collections::HashMap<String, usize> = Default::default();
        self.store.for_each::<Participant>(|p| {
            for c in &p.value.categories {
                *holders.entry(c.clone()).or_default() += 1;
            }
            Ok(())
        })?;
        let held = |code: &str| holders.get(code).copied().unwrap_or(0);
        let mut groups: Vec<GroupInfo> = statutory_categories()
            .into_iter()
            .map(|category| GroupInfo {
                holders: held(&category.code),
                category,
                rev: None,
                statutory: true,
            })
            .collect();
        for c in self.store.list::<Category>()? {
            groups.push(GroupInfo {
                holders: held(&c.value.code),
                rev: Some(c.stamp.rev),
                category: c.value,
                statutory: false,
            });
        }
        Ok(ClubSetup {
            settings: self.store.settings()?,
            groups,
            staff: self.store.list::<crate::domain::staff::Staff>()?,
        })
    }

    /// How many people a retention of `years` would make due for anonymisation
    /// that are not due now: what a save of it must confirm.
    pub(super) fn retention_impact(&self, years: u32) -> Result<usize> {
        let now = self
            .due_under(self.store.settings()?.retention_years)?
            .len();
        Ok(self.due_under(years)?.len().saturating_sub(now))
    }

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
