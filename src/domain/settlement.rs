//! The monthly PSU settlement: each hour at the rate of its day, each person's
//! month (per agreement) rounded half-up once, the refund per agreement.

use super::hours::Hours;
use super::money::{ExactAmount, Money};
use super::psu::{day_amount, Absence, Agreement, Assignment, HourRow};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Absences {
    pub sick: u32,
    pub excused: u32,
    pub unexcused: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PersonMonth {
    pub participant_id: String,
    pub agreement_id: String,
    pub hours: Hours,
    pub absences: Absences,
    pub amount: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settlement {
    pub persons: Vec<PersonMonth>,
    pub hours: Hours,
    pub paid: Money,
    /// The refund to request: each agreement's percent of what it paid.
    pub refund: Money,
    /// What the Labour Fund paid for this month, when recorded (`refund` lines).
    #[serde(default)]
    pub refund_received: Option<Money>,
}

/// The refunds recorded for `month` (of any agreement), or `None` when none is.
pub fn received_for<'a>(
    refunds: impl IntoIterator<Item = &'a super::psu::Refund>,
    month: chrono::NaiveDate,
) -> Option<Money> {
    let m = super::dates::month_start(month);
    refunds
        .into_iter()
        .filter(|r| super::dates::month_start(r.month) == m)
        .map(|r| r.amount)
        .reduce(|a, b| a + b)
}

/// Settles the given rows (one month's, each with its assignment and agreement).
/// Persons come sorted by participant id, then agreement id.
pub fn settle<'a>(
    rows: impl IntoIterator<Item = (&'a HourRow, &'a Assignment, &'a Agreement)>,
) -> Settlement {
    let mut acc: BTreeMap<(String, String), (Hours, Absences, ExactAmount)> = BTreeMap::new();
    let mut percent: BTreeMap<String, u32> = BTreeMap::new();
    for (row, asg, agr) in rows {
        percent.insert(agr.id.clone(), agr.refund_percent);
        let e = acc
            .entry((asg.participant_id.clone(), agr.id.clone()))
            .or_default();
        match row.absence {
            Some(Absence::Sick) => e.1.sick += 1,
            Some(Absence::Excused) => e.1.excused += 1,
            Some(Absence::Unexcused) => e.1.unexcused += 1,
            None => {
                e.0 += row.hours;
                e.2 += day_amount(agr, row);
            }
        }
    }
    let mut s = Settlement::default();
    let mut paid_by_agreement: BTreeMap<String, Money> = BTreeMap::new();
    for ((participant_id, agreement_id), (hours, absences, exact)) in acc {
        let amount = exact.round();
        s.hours += hours;
        s.paid += amount;
        *paid_by_agreement.entry(agreement_id.clone()).or_default() += amount;
        s.persons.push(PersonMonth {
            participant_id,
            agreement_id,
            hours,
            absences,
            amount,
        });
    }
    s.refund = paid_by_agreement
        .iter()
        .map(|(a, paid)| paid.percent(percent[a]))
        .sum();
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::tests::d;
    use crate::domain::psu::tests::{agreement, assignment};

    fn row(date: &str, halves: u32, absence: Option<Absence>) -> HourRow {
        HourRow {
            assignment_id: "as1".into(),
            date: d(date),
            hours: Hours::from_halves(halves),
            absence,
        }
    }

    #[test]
    fn rate_change_inside_a_month_and_half_hours() {
        // May 31 at 8.70, June 1 at 9.00 (the agreement's annex): a May–June span
        // settled as one set shows each day at its own rate.
        let a = agreement();
        let asg = assignment();
        let rows = [
            row("2021-05-31", 7, None),
            row("2021-06-01", 9, None),
            row("2021-06-02", 0, Some(Absence::Sick)),
        ];
        let s = settle(rows.iter().map(|r| (r, &asg, &a)));
        // 3.5 × 8.70 = 30.45; 4.5 × 9.00 = 40.50; total 70.95
        assert_eq!(s.paid, Money(7095));
        assert_eq!(s.hours, Hours::from_halves(16));
        assert_eq!(
            s.persons[0].absences,
            Absences {
                sick: 1,
                excused: 0,
                unexcused: 0
            }
        );
        // 60 % of 70.95 = 42.57
        assert_eq!(s.refund, Money(4257));
    }

    #[test]
    fn a_person_is_rounded_once_per_month() {
        let mut a = agreement();
        a.rates[1].zl_per_hour = Money(871);
        let asg = assignment();
        // two half hours at 8.71: 4.355 + 4.355 = 8.71 (not 4.36 + 4.36)
        let rows = [row("2021-06-07", 1, None), row("2021-06-08", 1, None)];
        assert_eq!(settle(rows.iter().map(|r| (r, &asg, &a))).paid, Money(871));
    }

    #[test]
    fn absence_only_person_appears_with_zero() {
        let a = agreement();
        let asg = assignment();
        let rows = [row("2021-06-07", 0, Some(Absence::Unexcused))];
        let s = settle(rows.iter().map(|r| (r, &asg, &a)));
        assert_eq!(s.persons.len(), 1);
        assert_eq!(s.persons[0].amount, Money::ZERO);
        assert_eq!(s.persons[0].absences.unexcused, 1);
    }
}
