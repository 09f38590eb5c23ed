//! The social contract (kontrakt socjalny).

use super::person::code_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

code_enum!(ContractState {
    Draft = "draft",
    Active = "active",
    Completed = "completed",
    Broken = "broken",
    Ended = "ended",
});

code_enum!(GoalState { Open = "open", Met = "met", NotMet = "not_met" });

code_enum!(ActionBy { Participant = "participant", Centre = "centre" });

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub text: String,
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    pub state: GoalState,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAction {
    pub by: ActionBy,
    pub text: String,
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub on: NaiveDate,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annex {
    pub on: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub new_ends_on: Option<NaiveDate>,
}

/// Field order is the interchange order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contract {
    pub id: String,
    pub participant_id: String,
    pub number: String,
    #[serde(default)]
    pub signed_on: Option<NaiveDate>,
    #[serde(default)]
    pub starts_on: Option<NaiveDate>,
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    #[serde(default)]
    pub worker: Option<String>,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub actions: Vec<PlanAction>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    #[serde(default)]
    pub annexes: Vec<Annex>,
    pub state: ContractState,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContractError {
    #[error("contract number is empty")]
    NoNumber,
    #[error("contract {0} ({1}) needs {2}")]
    Missing(String, ContractState, &'static str),
    #[error("contract {number} ends on {ends} before it starts on {starts}")]
    EndsBeforeStart {
        number: String,
        starts: NaiveDate,
        ends: NaiveDate,
    },
    #[error("participant {participant} already has an active contract {existing}")]
    SecondActive {
        participant: String,
        existing: String,
    },
    #[error("contract {number}: a rejected applicant cannot have a contract")]
    Rejected { number: String },
    #[error("the participation has ended ({0}); a return with a new contract is not supported in this version")]
    ParticipationEnded(super::person::Status),
    #[error("contract {number} is closed ({state}); reopen it for correction with a reason")]
    Closed {
        number: String,
        state: ContractState,
    },
}

impl ContractState {
    /// Completed, broken or ended: read-only unless reopened for correction.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            ContractState::Completed | ContractState::Broken | ContractState::Ended
        )
    }
}

impl Contract {
    /// The last annex's `new_ends_on`, else `ends_on`.
    pub fn effective_end(&self) -> Option<NaiveDate> {
        self.annexes
            .iter()
            .rev()
            .find_map(|a| a.new_ends_on)
            .or(self.ends_on)
    }

    /// A draft is a plan; everything else was signed.
    pub fn is_signed(&self) -> bool {
        self.state != ContractState::Draft
    }

    /// What the report's figures read of a contract, the rest left empty
    /// (see `Participant::for_figures`).
    pub fn for_figures(&self) -> Contract {
        Contract {
            id: self.id.clone(),
            participant_id: self.participant_id.clone(),
            number: String::new(),
            signed_on: self.signed_on,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            worker: None,
            situation: String::new(),
            goals: vec![],
            actions: vec![],
            reviews: vec![],
            annexes: vec![],
            state: self.state,
        }
    }

    /// Rules of one record. A draft may be incomplete.
    pub fn validate(&self) -> Result<(), ContractError> {
        if self.number.trim().is_empty() {
            return Err(ContractError::NoNumber);
        }
        if self.is_signed() {
            for (name, v) in [
                ("signed_on", self.signed_on),
                ("starts_on", self.starts_on),
                ("ends_on", self.ends_on),
            ] {
                if v.is_none() {
                    return Err(ContractError::Missing(
                        self.number.clone(),
                        self.state,
                        name,
                    ));
                }
            }
        }
        if let (Some(s), Some(e)) = (self.starts_on, self.effective_end()) {
            if e < s {
                return Err(ContractError::EndsBeforeStart {
                    number: self.number.clone(),
                    starts: s,
                    ends: e,
                });
            }
        }
        Ok(())
    }
}

/// At most one active contract per participant: checks `candidate` against the others.
pub fn check_single_active<'a>(
    candidate: &Contract,
    others: impl IntoIterator<Item = &'a Contract>,
) -> Result<(), ContractError> {
    if candidate.state != ContractState::Active {
        return Ok(());
    }
    for o in others {
        if o.id != candidate.id
            && o.participant_id == candidate.participant_id
            && o.state == ContractState::Active
        {
            return Err(ContractError::SecondActive {
                participant: candidate.participant_id.clone(),
                existing: o.number.clone(),
            });
        }
    }
    Ok(())
}

/// Suggests the next `KS/N/YYYY` number for a year, given the numbers in use.
pub fn next_number<'a>(year: i32, used: impl IntoIterator<Item = &'a str>) -> String {
    let suffix = format!("/{year}");
    let max = used
        .into_iter()
        .filter_map(|n| {
            n.strip_prefix("KS/")?
                .strip_suffix(suffix.as_str())?
                .parse::<u32>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    format!("KS/{}/{year}", u64::from(max) + 1)
}

/// The order of contract numbers as people read them: by year, then by the number in
/// it ("KS/2/2026" before "KS/10/2026", 2025's before 2026's); others after, as text.
pub fn number_order(number: &str) -> (i32, u32, String) {
    let mut parts = number.rsplit('/');
    let year = parts.next().and_then(|y| y.trim().parse::<i32>().ok());
    let seq = parts.next().and_then(|n| n.trim().parse::<u32>().ok());
    match (year, seq) {
        (Some(y), Some(n)) => (y, n, number.to_string()),
        _ => (i32::MAX, u32::MAX, number.to_string()),
    }
}

/// Clears the free text of a contract (it describes the person); dates, states
/// and the structure stay.
pub fn anonymise(c: &mut Contract) {
    c.situation.clear();
    for g in &mut c.goals {
        g.text.clear();
    }
    for a in &mut c.actions {
        a.text.clear();
    }
    for r in &mut c.reviews {
        r.text.clear();
    }
    for a in &mut c.annexes {
        a.text.clear();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    #[test]
    fn numbers_order_by_year_then_number() {
        let mut n = vec!["KS/10/2026", "KS/2/2026", "KS/7/2025", "inny", "KS/1/2026"];
        n.sort_by_key(|x| super::number_order(x));
        assert_eq!(
            n,
            ["KS/7/2025", "KS/1/2026", "KS/2/2026", "KS/10/2026", "inny"]
        );
    }

    use super::*;

    pub fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub fn sample() -> Contract {
        Contract {
            id: "c1".into(),
            participant_id: "p1".into(),
            number: "KS/1/2021".into(),
            signed_on: Some(d("2021-01-20")),
            starts_on: Some(d("2021-01-20")),
            ends_on: Some(d("2021-07-19")),
            worker: Some("Anna Nowak".into()),
            situation: String::new(),
            goals: vec![],
            actions: vec![],
            reviews: vec![],
            annexes: vec![],
            state: ContractState::Active,
        }
    }

    #[test]
    fn effective_end_follows_last_annex_with_a_date() {
        let mut c = sample();
        assert_eq!(c.effective_end(), Some(d("2021-07-19")));
        c.annexes.push(Annex {
            on: d("2021-07-10"),
            text: "a".into(),
            new_ends_on: Some(d("2021-09-30")),
        });
        c.annexes.push(Annex {
            on: d("2021-08-10"),
            text: "b".into(),
            new_ends_on: None,
        });
        assert_eq!(c.effective_end(), Some(d("2021-09-30")));
    }

    #[test]
    fn one_active_only() {
        let a = sample();
        let mut b = sample();
        b.id = "c2".into();
        assert!(check_single_active(&b, [&a]).is_err());
        b.state = ContractState::Draft;
        assert!(check_single_active(&b, [&a]).is_ok());
    }

    #[test]
    fn signed_needs_dates_draft_does_not() {
        let mut c = sample();
        c.ends_on = None;
        assert!(c.validate().is_err());
        c.state = ContractState::Draft;
        c.validate().unwrap();
    }

    #[test]
    fn numbers() {
        assert_eq!(
            next_number(2024, ["KS/3/2024", "KS/12/2024", "KS/40/2023"]),
            "KS/13/2024"
        );
        assert_eq!(next_number(2025, []), "KS/1/2025");
    }
}
