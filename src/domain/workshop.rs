//! Workshops and consultations: activities, specialists, sessions, attendance.

use super::hours::Hours;
use super::money::{ExactAmount, Money};
use super::person::code_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

code_enum!(ActivityKind {
    Workshop = "workshop",
    Training = "training",
    SelfHelpGroup = "self_help_group",
    Course = "course",
    Consultation = "consultation",
    JobFair = "job_fair",
    CommunityEvent = "community_event",
});

code_enum!(Area { Social = "social", Vocational = "vocational" });

code_enum!(AttendanceState { Present = "present", Excused = "excused", Absent = "absent" });

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Specialist {
    pub id: String,
    pub name: String,
    pub role: String,
    pub zl_per_hour: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub id: String,
    pub name: String,
    pub kind: ActivityKind,
    pub area: Area,
    /// Participants put on the activity's list before any mark (Zajęcia, Ctrl+O):
    /// their row stays on the attendance grid.
    #[serde(default)]
    pub enrolled: Vec<String>,
}

/// An activity on a date. It carries its own rate, so a later change of the
/// specialist's rate never rewrites past costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub activity_id: String,
    pub date: NaiveDate,
    pub hours: Hours,
    #[serde(default)]
    pub specialist_id: Option<String>,
    pub zl_per_hour: Money,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub remote: bool,
    /// People without a record who came (children at a party, families at a picnic).
    #[serde(default)]
    pub guests: u32,
}

impl Session {
    /// `hours × zl_per_hour` once, however many attend, rounded half-up.
    pub fn cost(&self) -> Money {
        ExactAmount::of(self.hours, self.zl_per_hour).round()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    pub session_id: String,
    pub participant_id: String,
    pub state: AttendanceState,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_cost_is_once_per_session() {
        let s = Session {
            id: "se1".into(),
            activity_id: "act1".into(),
            date: NaiveDate::from_ymd_opt(2021, 3, 2).unwrap(),
            hours: Hours::from_halves(3),
            specialist_id: None,
            zl_per_hour: Money(6033),
            topic: None,
            place: None,
            remote: false,
            guests: 0,
        };
        // 1.5 h × 60.33 = 90.495 -> 90.50
        assert_eq!(s.cost(), Money(9050));
    }
}
