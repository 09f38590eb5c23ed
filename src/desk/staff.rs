//! Staff accounts: adding one and changing a role (admins).

use super::{Actor, Desk, DeskError, Response, Result};
use crate::domain::record::{Change, Kind, Record};
use crate::domain::staff::{Role, Staff};

impl Desk {
    pub(super) fn add_staff(
        &self,
        actor: &Actor,
        login: String,
        name: String,
        role: Role,
    ) -> Result<Response> {
        let login = login.trim().to_string();
        if login.is_empty() || login.contains(char::is_whitespace) {
            return Err(DeskError::said(|c| c.desk.login_one_word));
        }
        if self.store.staff_by_login(&login)?.is_some() {
            return Err(DeskError::Duplicate {
                what: "login",
                key: login,
            });
        }
        let staff = Staff {
            id: self.new_id(Kind::Staff)?,
            login,
            name,
            role,
            basis: None,
            hours_per_week: None,
        };
        let id = staff.id.clone();
        let rev = self.commit(actor, Change::put(Record::Staff(staff)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }

    pub(super) fn set_role(&self, actor: &Actor, login: String, role: Role) -> Result<Response> {
        let Some(mut s) = self.store.staff_by_login(&login)? else {
            return Err(DeskError::NotStaff { login });
        };
        s.value.role = role;
        self.commit(actor, Change::put(Record::Staff(s.value)))?;
        Ok(Response::Done)
    }
}
