//! Staff accounts: adding one, editing one (role, employment basis, working time), changing a
//! role (admins).

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

    /// A new account (`expected_rev` None) or an edit of one: name, role, basis
    /// and working time. The login never changes, and the club keeps an admin.
    pub(super) fn save_staff(
        &self,
        actor: &Actor,
        mut staff: Staff,
        expected_rev: Option<u64>,
    ) -> Result<Response> {
        use crate::domain::validate::Validate;
        staff.login = staff.login.trim().to_string();
        staff.check_fields()?;
        let current = self.store.staff_by_login(&staff.login)?;
        match (current, expected_rev) {
            (None, None) => {
                if staff.login.is_empty() || staff.login.contains(char::is_whitespace) {
                    return Err(DeskError::said(|c| c.desk.login_one_word));
                }
                staff.id = self.new_id(Kind::Staff)?;
            }
            (Some(_), None) => {
                return Err(DeskError::Duplicate {
                    what: "login",
                    key: staff.login,
                })
            }
            (None, Some(_)) => return Err(DeskError::said(|c| c.desk.login_changed)),
            (Some(cur), Some(rev)) => {
                self.check_rev(&cur, rev)?;
                staff.id = cur.value.id.clone();
                if cur.value.role == Role::Admin && staff.role != Role::Admin {
                    let admins = self
                        .store
                        .list::<Staff>()?
                        .into_iter()
                        .filter(|s| s.value.role == Role::Admin)
                        .count();
                    if admins <= 1 {
                        return Err(DeskError::said(|c| c.desk.last_admin));
                    }
                }
            }
        }
        let id = staff.id.clone();
        let rev = self.commit(actor, Change::put(Record::Staff(staff)))?;
        Ok(Response::Saved {
            id,
            rev,
            rejected: None,
            warnings: vec![],
        })
    }
}
