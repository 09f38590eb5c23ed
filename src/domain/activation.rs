//! What came of a participation beyond the club: jobs taken (*podjęcie zatrudnienia*)
//! and activation routes the club arranged with the PUP or a partner (domain.md,
//! second round, "New records"). The report counts both.

use super::person::code_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

code_enum!(
    /// On what basis a job was taken.
    JobBasis {
        EmploymentContract = "employment_contract",
        CivilLaw = "civil_law",
        SelfEmployment = "self_employment",
        Cooperative = "cooperative",
    }
);

code_enum!(
    /// An activation route: staż, roboty publiczne, prace interwencyjne, a CIS, a ZAZ,
    /// the PAI programme, a project (its `name` says which), a PUP course.
    RouteKind {
        Internship = "internship",
        PublicWorks = "public_works",
        InterventionWorks = "intervention_works",
        SupportedEmployment = "supported_employment",
        Cis = "cis",
        Zaz = "zaz",
        Pai = "pai",
        Project = "project",
        Training = "training",
        Other = "other",
    }
);

/// A job taken, during or after participation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    pub participant_id: String,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub basis: JobBasis,
    pub employer: String,
}

/// An activation route of a participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    pub id: String,
    pub participant_id: String,
    pub kind: RouteKind,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub name: String,
    pub note: String,
}

/// A period's end before its start.
pub fn ends_before_start(from: NaiveDate, to: Option<NaiveDate>) -> bool {
    to.is_some_and(|t| t < from)
}
