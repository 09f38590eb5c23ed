//! What is saved but deserves a second look (domain.md, second round): shown
//! with the saved record, never a refusal.

use super::contract::{Contract, ContractState};
use super::dates::add_months;
use super::participation::months_reached;
use super::psu::Assignment;
use super::settings::Settings;
use chrono::{Days, NaiveDate};

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Warning {
    /// A signed contract shorter than the club's `min_months`.
    ShortContract {
        number: String,
        ends: NaiveDate,
        min_months: u32,
    },
    /// The contract's (annexed) end takes the participation past `max_months`.
    PastMaximum {
        number: String,
        ends: NaiveDate,
        max_on: NaiveDate,
    },
    /// A goal of a signed contract is due after the contract ends.
    GoalAfterEnd {
        number: String,
        goal: String,
        due: NaiveDate,
        ends: NaiveDate,
    },
    /// Another referral of the same person runs over the same days.
    OverlappingReferral {
        other: String,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The participation ended the day before the person would have become a graduate.
    DayBeforeGraduate { graduate_on: NaiveDate },
}

/// The warnings of a signed contract; `admitted` is the participation's start.
pub fn contract_warnings(
    c: &Contract,
    admitted: Option<NaiveDate>,
    settings: &Settings,
) -> Vec<Warning> {
    let mut out = Vec::new();
    if c.state == ContractState::Draft {
        return out;
    }
    let (Some(start), Some(ends)) = (c.starts_on, c.effective_end()) else {
        return out;
    };
    if let Some(min) = settings.min_months.filter(|m| *m > 0) {
        // Shorter than `min` months: it ends before the day before the same date `min` months on.
        if ends.checked_add_days(Days::new(1)).unwrap_or(ends) < add_months(start, min) {
            out.push(Warning::ShortContract {
                number: c.number.clone(),
                ends,
                min_months: min,
            });
        }
    }
    if settings.max_months > 0 && !c.annexes.is_empty() {
        let max_on = months_reached(admitted.unwrap_or(start).min(start), settings.max_months);
        if ends > max_on {
            out.push(Warning::PastMaximum {
                number: c.number.clone(),
                ends,
                max_on,
            });
        }
    }
    if c.state == ContractState::Active {
        for g in &c.goals {
            if let Some(due) = g.due_on.filter(|d| *d > ends) {
                out.push(Warning::GoalAfterEnd {
                    number: c.number.clone(),
                    goal: g.text.clone(),
                    due,
                    ends,
                });
            }
        }
    }
    out
}

/// Other referrals of the same person over some of the same days.
pub fn referral_overlaps<'a>(
    a: &Assignment,
    others: impl IntoIterator<Item = &'a Assignment>,
) -> Vec<Warning> {
    let last = |x: &Assignment| x.resigned_on.unwrap_or(x.to);
    others
        .into_iter()
        .filter(|o| o.id != a.id && o.participant_id == a.participant_id)
        .filter(|o| o.from <= last(a) && a.from <= last(o))
        .map(|o| Warning::OverlappingReferral {
            other: o.referral_number.clone().unwrap_or_else(|| o.id.clone()),
            from: o.from,
            to: last(o),
        })
        .collect()
}

/// Ending on `on` when `graduate_on` is the next day.
pub fn ending_warnings(on: NaiveDate, graduate_on: Option<NaiveDate>) -> Vec<Warning> {
    match graduate_on {
        Some(g) if on.succ_opt() == Some(g) => vec![Warning::DayBeforeGraduate { graduate_on: g }],
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::tests::{d, sample};
    use crate::domain::contract::{Annex, Goal, GoalState};

    fn signed(from: &str, to: &str) -> Contract {
        let mut c = sample();
        c.state = ContractState::Active;
        c.starts_on = Some(d(from));
        c.ends_on = Some(d(to));
        c.annexes.clear();
        c.goals.clear();
        c
    }

    #[test]
    fn a_contract_shorter_than_the_minimum() {
        let s = Settings {
            min_months: Some(3),
            ..Settings::default()
        };
        // 01.02 + 3 months = 01.05: ending 30.04 is three whole months
        assert!(contract_warnings(&signed("2026-02-01", "2026-04-30"), None, &s).is_empty());
        let w = contract_warnings(&signed("2026-02-01", "2026-04-29"), None, &s);
        assert!(matches!(
            w[..],
            [Warning::ShortContract { min_months: 3, .. }]
        ));
        // no minimum, no warning; a draft is never warned
        assert!(contract_warnings(
            &signed("2026-02-01", "2026-02-02"),
            None,
            &Settings::default()
        )
        .is_empty());
        let mut draft = signed("2026-02-01", "2026-02-02");
        draft.state = ContractState::Draft;
        assert!(contract_warnings(&draft, None, &s).is_empty());
    }

    #[test]
    fn an_annex_past_the_maximum() {
        let s = Settings {
            max_months: 12,
            ..Settings::default()
        };
        let mut c = signed("2026-01-10", "2026-07-09");
        c.annexes.push(Annex {
            on: d("2026-07-01"),
            text: "przedłużenie".into(),
            new_ends_on: Some(d("2027-01-10")),
        });
        assert!(contract_warnings(&c, Some(d("2026-01-10")), &s).is_empty());
        c.annexes[0].new_ends_on = Some(d("2027-01-11"));
        let w = contract_warnings(&c, Some(d("2026-01-10")), &s);
        assert_eq!(
            w,
            vec![Warning::PastMaximum {
                number: c.number.clone(),
                ends: d("2027-01-11"),
                max_on: d("2027-01-10"),
            }]
        );
    }

    #[test]
    fn a_goal_due_after_the_end_of_a_signed_contract() {
        let mut c = signed("2026-01-10", "2026-07-09");
        c.goals.push(Goal {
            text: "staż".into(),
            due_on: Some(d("2026-08-01")),
            state: GoalState::Open,
        });
        let w = contract_warnings(&c, None, &Settings::default());
        assert!(matches!(&w[..], [Warning::GoalAfterEnd { goal, .. }] if goal == "staż"));
    }

    #[test]
    fn overlapping_referrals_of_one_person() {
        let a = |id: &str, who: &str, from: &str, to: &str| Assignment {
            id: id.into(),
            participant_id: who.into(),
            agreement_id: "a1".into(),
            worksite_id: "w1".into(),
            position_id: "pos1".into(),
            referral_number: None,
            from: d(from),
            to: d(to),
            resigned_on: None,
            resign_reason: None,
        };
        let new = a("", "p1", "2026-03-01", "2026-05-31");
        let others = [
            a("as1", "p1", "2026-05-31", "2026-06-30"),
            a("as2", "p1", "2026-01-01", "2026-02-28"),
            a("as3", "p2", "2026-03-01", "2026-05-31"),
        ];
        let w = referral_overlaps(&new, &others);
        assert_eq!(w.len(), 1);
        assert!(matches!(&w[0], Warning::OverlappingReferral { other, .. } if other == "as1"));
    }

    #[test]
    fn ending_the_day_before_becoming_a_graduate() {
        assert_eq!(
            ending_warnings(d("2026-07-09"), Some(d("2026-07-10"))),
            vec![Warning::DayBeforeGraduate {
                graduate_on: d("2026-07-10")
            }]
        );
        assert!(ending_warnings(d("2026-07-10"), Some(d("2026-07-10"))).is_empty());
        assert!(ending_warnings(d("2026-07-09"), None).is_empty());
    }
}
