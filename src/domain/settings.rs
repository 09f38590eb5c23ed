//! Club settings: the rules the law leaves to each club.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub club_name: String,
    /// Months of participation that make a graduate (absolwent).
    pub graduate_months: u32,
    /// The club's maximum participation in months (0: none).
    pub max_months: u32,
    /// Years after `ended_on` before personal fields are anonymised.
    pub retention_years: u32,
    /// Some clubs also refuse people who are working.
    #[serde(default)]
    pub exclude_employed: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            club_name: "Klub Integracji Społecznej".into(),
            graduate_months: 6,
            max_months: 12,
            retention_years: 10,
            exclude_employed: false,
        }
    }
}
