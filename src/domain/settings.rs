//! Club settings: the rules the law leaves to each club (domain.md, second round,
//! "The club's own settings").

use super::person::{code_enum, Exclusion};
use serde::{Deserialize, Serialize};

code_enum!(
    /// Who counts as a graduate (absolwent): anyone whose participation, however it
    /// ended, lasted `graduate_months` (`six_months`), or only those who finished.
    GraduateRule {
        SixMonths = "six_months",
        FinishedOnly = "finished_only",
    }
);

/// Stored: fields are only ever appended (each with a migration, `store/migrate.rs`);
/// `#[serde(default)]` lets older journal lines and files without them read.
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
    /// The welfare centre that runs the club (OPS/MOPS/GOPS): the party to the contract.
    #[serde(default)]
    pub parent_name: Option<String>,
    #[serde(default)]
    pub parent_address: Option<String>,
    /// The voivode's register entry, e.g. "nr 12/2016 z 11.04.2016".
    #[serde(default)]
    pub register_entry: Option<String>,
    /// The shortest contract the club makes, in months (a warning below it).
    #[serde(default)]
    pub min_months: Option<u32>,
    #[serde(default = "six_months")]
    pub graduate_rule: GraduateRule,
    /// Benefits the club's rules also treat as barring, on top of the Act's list.
    #[serde(default)]
    pub extra_exclusions: Vec<Exclusion>,
}

fn six_months() -> GraduateRule {
    GraduateRule::SixMonths
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            club_name: DEFAULT_CLUB_NAME.into(),
            graduate_months: 6,
            max_months: 12,
            retention_years: 10,
            exclude_employed: false,
            parent_name: None,
            parent_address: None,
            register_entry: None,
            min_months: None,
            graduate_rule: GraduateRule::SixMonths,
            extra_exclusions: Vec::new(),
        }
    }
}

/// The name a fresh database prints until the club sets its own.
pub const DEFAULT_CLUB_NAME: &str = "Klub Integracji Społecznej";

impl Settings {
    /// The club has not named itself yet (the printouts would say just "KIS").
    pub fn has_default_name(&self) -> bool {
        self.club_name.trim() == DEFAULT_CLUB_NAME
    }

    /// Periods that must not cross: the minimum contract within the maximum
    /// stay, and the graduate period too. The offending pair, if any.
    pub fn check_order(&self) -> Result<(), (&'static str, u32, &'static str, u32)> {
        if self.max_months > 0 {
            if let Some(min) = self.min_months.filter(|m| *m > self.max_months) {
                return Err(("min_months", min, "max_months", self.max_months));
            }
            if self.graduate_months > self.max_months {
                return Err((
                    "graduate_months",
                    self.graduate_months,
                    "max_months",
                    self.max_months,
                ));
            }
        }
        Ok(())
    }
}
