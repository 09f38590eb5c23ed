//! Staff accounts and what each role may do.

use super::person::code_enum;
use serde::{Deserialize, Serialize};

code_enum!(Role {
    Admin = "admin",
    Coordinator = "coordinator",
    Worker = "worker",
    Viewer = "viewer",
});

/// What a request needs of its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Reading case data.
    Read,
    /// Cases, attendance and hours.
    EditCases,
    /// PSU agreements, activities, settings of the club's work, reports.
    Coordinate,
    /// Staff accounts, backups, imports.
    Administer,
}

impl Role {
    pub fn allows(self, p: Permission) -> bool {
        match self {
            Role::Admin => true,
            Role::Coordinator => p != Permission::Administer,
            Role::Worker => matches!(p, Permission::Read | Permission::EditCases),
            Role::Viewer => p == Permission::Read,
        }
    }
}

impl Role {
    /// Least privilege: a viewer sees neither PESEL numbers nor notes.
    pub fn sees_pesel(self) -> bool {
        self != Role::Viewer
    }

    pub fn sees_notes(self) -> bool {
        self != Role::Viewer
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: String,
    pub login: String,
    pub name: String,
    pub role: Role,
    /// The employment basis, for the report's staff section.
    #[serde(default)]
    pub basis: Option<StaffBasis>,
    /// Working time, hours a week.
    #[serde(default)]
    pub hours_per_week: Option<crate::domain::hours::Hours>,
}

crate::domain::person::code_enum!(
    /// On what basis a staff member works for the club.
    StaffBasis {
        EmploymentContract = "employment_contract",
        CivilLaw = "civil_law",
        Volunteer = "volunteer",
        Other = "other",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_nested() {
        assert!(Role::Admin.allows(Permission::Administer));
        assert!(!Role::Coordinator.allows(Permission::Administer));
        assert!(Role::Coordinator.allows(Permission::Coordinate));
        assert!(!Role::Worker.allows(Permission::Coordinate));
        assert!(Role::Worker.allows(Permission::EditCases));
        assert!(!Role::Viewer.allows(Permission::EditCases));
        assert!(Role::Viewer.allows(Permission::Read));
    }
}
