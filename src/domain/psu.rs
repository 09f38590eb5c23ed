//! Socially useful work (PSU): agreements, dated rates, limits, settlement.

use super::dates::{month_end, month_start, pl_short, week_end, week_start};
use super::hours::Hours;
use super::money::{ExactAmount, Money};
use super::person::code_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub from: NaiveDate,
    pub zl_per_hour: Money,
}

/// The yearly agreement (porozumienie) between the starosta and the gmina.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: String,
    pub number: String,
    #[serde(default)]
    pub signed_on: Option<NaiveDate>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub slots: u32,
    #[serde(default = "default_weekly")]
    pub weekly_limit_h: Hours,
    #[serde(default = "default_monthly")]
    pub monthly_limit_h: Hours,
    #[serde(default = "default_refund")]
    pub refund_percent: u32,
    pub rates: Vec<Rate>,
}

fn default_weekly() -> Hours {
    Hours::whole(DEFAULT_WEEKLY_LIMIT)
}

fn default_monthly() -> Hours {
    Hours::whole(DEFAULT_MONTHLY_LIMIT)
}

fn default_refund() -> u32 {
    DEFAULT_REFUND_PERCENT
}

pub const DEFAULT_WEEKLY_LIMIT: u32 = 10;
pub const DEFAULT_MONTHLY_LIMIT: u32 = 40;
pub const DEFAULT_REFUND_PERCENT: u32 = 60;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgreementError {
    #[error("agreement number is empty")]
    NoNumber,
    #[error("agreement {0} ends before it starts")]
    EndsBeforeStart(String),
    #[error("agreement {0} has no rate")]
    NoRate(String),
    #[error("agreement {0}: the first rate must apply from the start of the agreement or earlier")]
    RateAfterStart(String),
    #[error("agreement {0}: rates must be in date order with distinct dates")]
    RatesOrder(String),
    #[error("agreement {0}: refund percent {1} is over 100")]
    Refund(String, u32),
    #[error("agreement {0}: limits must be positive")]
    Limits(String),
}

impl Agreement {
    /// The rate in force on `day`: the latest one whose `from` is on or before it.
    pub fn rate_on(&self, day: NaiveDate) -> Option<Money> {
        self.rates
            .iter()
            .filter(|r| r.from <= day)
            .max_by_key(|r| r.from)
            .map(|r| r.zl_per_hour)
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.starts_on <= day && day <= self.ends_on
    }

    pub fn validate(&self) -> Result<(), AgreementError> {
        let n = || self.number.clone();
        if self.number.trim().is_empty() {
            return Err(AgreementError::NoNumber);
        }
        if self.ends_on < self.starts_on {
            return Err(AgreementError::EndsBeforeStart(n()));
        }
        let first = self
            .rates
            .first()
            .ok_or_else(|| AgreementError::NoRate(n()))?;
        if first.from > self.starts_on {
            return Err(AgreementError::RateAfterStart(n()));
        }
        if self.rates.windows(2).any(|w| w[0].from >= w[1].from) {
            return Err(AgreementError::RatesOrder(n()));
        }
        if self.refund_percent > 100 {
            return Err(AgreementError::Refund(n(), self.refund_percent));
        }
        if self.weekly_limit_h.is_zero() || self.monthly_limit_h.is_zero() {
            return Err(AgreementError::Limits(n()));
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Worksite {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub id: String,
    pub name: String,
}

/// A referral (skierowanie) of a participant to a worksite and position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub id: String,
    pub participant_id: String,
    pub agreement_id: String,
    pub worksite_id: String,
    pub position_id: String,
    #[serde(default)]
    pub referral_number: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(default)]
    pub resigned_on: Option<NaiveDate>,
    #[serde(default)]
    pub resign_reason: Option<String>,
}

impl Assignment {
    /// The last day work may be logged: the end, or the resignation.
    pub fn last_day(&self) -> NaiveDate {
        match self.resigned_on {
            Some(r) if r < self.to => r,
            _ => self.to,
        }
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.last_day()
    }
}

code_enum!(Absence { Sick = "sick", Excused = "excused", Unexcused = "unexcused" });

/// Money actually received from the Labour Fund for one agreement's month. It
/// usually differs from the computed request (one club got 29–56 % of what it paid).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    pub agreement_id: String,
    #[serde(with = "super::dates::year_month")]
    pub month: NaiveDate,
    pub received_on: NaiveDate,
    pub amount: Money,
}

/// Why a refund does not fit its agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundError {
    /// The month lies outside the agreement's period.
    OutsideAgreement {
        month: NaiveDate,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    },
}

impl Refund {
    pub fn check_against(&self, a: &Agreement) -> Result<(), RefundError> {
        if self.month > a.ends_on || month_end(self.month) < a.starts_on {
            return Err(RefundError::OutsideAgreement {
                month: self.month,
                starts_on: a.starts_on,
                ends_on: a.ends_on,
            });
        }
        Ok(())
    }
}

/// One day of one assignment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HourRow {
    pub assignment_id: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub hours: Hours,
    #[serde(default)]
    pub absence: Option<Absence>,
}

/// Why an hour entry is refused, with the figures a person needs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursRefusal {
    #[error("week {from}–{to}: {before} + {adding} = {total} > {limit}", from = pl_short(*week_from), to = pl_short(*week_to), before = before.to_pl(), adding = adding.to_pl(), total = total.to_pl(), limit = limit.to_pl())]
    Weekly {
        week_from: NaiveDate,
        week_to: NaiveDate,
        before: Hours,
        adding: Hours,
        total: Hours,
        limit: Hours,
    },
    #[error("month {month}: {before} + {adding} = {total} > {limit}", month = month.format("%m.%Y"), before = before.to_pl(), adding = adding.to_pl(), total = total.to_pl(), limit = limit.to_pl())]
    Monthly {
        month: NaiveDate,
        before: Hours,
        adding: Hours,
        total: Hours,
        limit: Hours,
    },
    #[error("{date} is outside the assignment {from}–{to}")]
    OutsideAssignment {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    #[error("{date} is outside the agreement {from}–{to}")]
    OutsideAgreement {
        date: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    },
    #[error("on {date} the person is not a participant (admitted: {admitted}, ended: {ended})", admitted = opt_date(*admitted), ended = opt_date(*ended))]
    NotParticipating {
        date: NaiveDate,
        admitted: Option<NaiveDate>,
        ended: Option<NaiveDate>,
    },
    #[error("an absence cannot have hours worked")]
    AbsenceWithHours,
    #[error("no rate of the agreement applies on {0}")]
    NoRate(NaiveDate),
}

/// The week and month that an entry on `date` counts against.
pub fn limit_windows(date: NaiveDate) -> ((NaiveDate, NaiveDate), (NaiveDate, NaiveDate)) {
    (
        (week_start(date), week_end(date)),
        (month_start(date), month_end(date)),
    )
}

/// Hours go only on days of participation: admitted ≤ day ≤ end.
pub fn check_participation_day(
    p: &super::person::Participant,
    admitted: Option<NaiveDate>,
    date: NaiveDate,
) -> Result<(), HoursRefusal> {
    if super::participation::participant_on(admitted, p, date) {
        Ok(())
    } else {
        Err(HoursRefusal::NotParticipating {
            date,
            admitted,
            ended: p.ended_on,
        })
    }
}

/// Checks one day's entry. `week_before` and `month_before` are the hours already
/// logged by the same participant under the same agreement in that week and month,
/// without this day's current entry (which the new one replaces).
pub fn check_entry(
    agreement: &Agreement,
    assignment: &Assignment,
    row: &HourRow,
    week_before: Hours,
    month_before: Hours,
) -> Result<(), HoursRefusal> {
    let date = row.date;
    if row.absence.is_some() && !row.hours.is_zero() {
        return Err(HoursRefusal::AbsenceWithHours);
    }
    if !assignment.covers(date) {
        return Err(HoursRefusal::OutsideAssignment {
            date,
            from: assignment.from,
            to: assignment.last_day(),
        });
    }
    if !agreement.covers(date) {
        return Err(HoursRefusal::OutsideAgreement {
            date,
            from: agreement.starts_on,
            to: agreement.ends_on,
        });
    }
    if row.hours.is_zero() {
        return Ok(());
    }
    if agreement.rate_on(date).is_none() {
        return Err(HoursRefusal::NoRate(date));
    }
    let ((wf, wt), (mf, _)) = limit_windows(date);
    let week_total = week_before + row.hours;
    if week_total > agreement.weekly_limit_h {
        return Err(HoursRefusal::Weekly {
            week_from: wf,
            week_to: wt,
            before: week_before,
            adding: row.hours,
            total: week_total,
            limit: agreement.weekly_limit_h,
        });
    }
    let month_total = month_before + row.hours;
    if month_total > agreement.monthly_limit_h {
        return Err(HoursRefusal::Monthly {
            month: mf,
            before: month_before,
            adding: row.hours,
            total: month_total,
            limit: agreement.monthly_limit_h,
        });
    }
    Ok(())
}

/// The unrounded amount of one day's hours at the rate of that day.
pub fn day_amount(agreement: &Agreement, row: &HourRow) -> ExactAmount {
    match agreement.rate_on(row.date) {
        Some(rate) if row.absence.is_none() => ExactAmount::of(row.hours, rate),
        _ => ExactAmount::default(),
    }
}

/// One person's line of the month timesheet.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TimesheetLine {
    pub assignment: Assignment,
    pub participant: super::person::Participant,
    pub rows: Vec<HourRow>,
    /// Each row's revision as read: a save names it, so a concurrent one is refused.
    pub revs: Vec<u64>,
    pub month_total: Hours,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Timesheet {
    pub month: NaiveDate,
    pub agreement: Option<Agreement>,
    pub lines: Vec<TimesheetLine>,
}

/// Which people a timesheet shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SheetOf {
    Worksite(String),
    Agreement(String),
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::contract::tests::d;
    use proptest::prelude::*;

    pub fn agreement() -> Agreement {
        Agreement {
            id: "a1".into(),
            number: "1/2021".into(),
            signed_on: Some(d("2021-01-29")),
            starts_on: d("2021-02-01"),
            ends_on: d("2021-11-30"),
            slots: 35,
            weekly_limit_h: Hours::whole(10),
            monthly_limit_h: Hours::whole(40),
            refund_percent: 60,
            rates: vec![
                Rate {
                    from: d("2021-02-01"),
                    zl_per_hour: Money(870),
                },
                Rate {
                    from: d("2021-06-01"),
                    zl_per_hour: Money(900),
                },
            ],
        }
    }

    pub fn assignment() -> Assignment {
        Assignment {
            id: "as1".into(),
            participant_id: "p1".into(),
            agreement_id: "a1".into(),
            worksite_id: "w1".into(),
            position_id: "pos1".into(),
            referral_number: Some("PSU/1/2021".into()),
            from: d("2021-02-01"),
            to: d("2021-11-30"),
            resigned_on: None,
            resign_reason: None,
        }
    }

    fn row(date: &str, h: u32) -> HourRow {
        HourRow {
            assignment_id: "as1".into(),
            date: d(date),
            hours: Hours::from_halves(h),
            absence: None,
        }
    }

    #[test]
    fn rate_of_the_day() {
        let a = agreement();
        assert_eq!(a.rate_on(d("2021-05-31")), Some(Money(870)));
        assert_eq!(a.rate_on(d("2021-06-01")), Some(Money(900)));
        assert_eq!(a.rate_on(d("2021-01-31")), None);
        a.validate().unwrap();
    }

    #[test]
    fn weekly_refusal_gives_figures() {
        let e = check_entry(
            &agreement(),
            &assignment(),
            &row("2021-06-10", 4),
            Hours::whole(9),
            Hours::whole(9),
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "week 07.06–13.06: 9 h + 2 h = 11 h > 10 h");
        assert!(check_entry(
            &agreement(),
            &assignment(),
            &row("2021-06-10", 2),
            Hours::whole(9),
            Hours::whole(9)
        )
        .is_ok());
    }

    #[test]
    fn monthly_and_periods() {
        let e = check_entry(
            &agreement(),
            &assignment(),
            &row("2021-06-28", 4),
            Hours::whole(0),
            Hours::whole(39),
        )
        .unwrap_err();
        assert!(matches!(e, HoursRefusal::Monthly { .. }));
        let mut asg = assignment();
        asg.resigned_on = Some(d("2021-06-15"));
        assert!(matches!(
            check_entry(
                &agreement(),
                &asg,
                &row("2021-06-16", 2),
                Hours::ZERO,
                Hours::ZERO
            ),
            Err(HoursRefusal::OutsideAssignment { .. })
        ));
        asg.resigned_on = None;
        asg.to = d("2021-12-31");
        assert!(matches!(
            check_entry(
                &agreement(),
                &asg,
                &row("2021-12-01", 2),
                Hours::ZERO,
                Hours::ZERO
            ),
            Err(HoursRefusal::OutsideAgreement { .. })
        ));
    }

    #[test]
    fn day_amount_uses_the_days_rate() {
        let a = agreement();
        assert_eq!(day_amount(&a, &row("2021-05-31", 9)).round(), Money(3915));
        assert_eq!(day_amount(&a, &row("2021-06-01", 9)).round(), Money(4050));
    }

    proptest! {
        /// Feeding random entries through the check, the accepted ones never exceed
        /// a limit, and every refused one would have.
        #[test]
        fn accepted_months_keep_the_limits(entries in proptest::collection::vec((0u32..30, 0u32..=16), 1..60)) {
            let a = agreement();
            let asg = assignment();
            let mut days: std::collections::BTreeMap<NaiveDate, Hours> = Default::default();
            for (day, halves) in entries {
                let date = d("2021-06-01") + chrono::Days::new(day as u64);
                let r = HourRow { assignment_id: "as1".into(), date, hours: Hours::from_halves(halves), absence: None };
                let ((wf, wt), (mf, mt)) = limit_windows(date);
                let sum = |f: NaiveDate, t: NaiveDate| -> Hours {
                    days.iter().filter(|(k, _)| **k >= f && **k <= t && **k != date).map(|(_, h)| *h).sum()
                };
                let (wb, mb) = (sum(wf, wt), sum(mf, mt));
                match check_entry(&a, &asg, &r, wb, mb) {
                    Ok(()) => { days.insert(date, r.hours); }
                    Err(HoursRefusal::Weekly { .. }) => prop_assert!(wb + r.hours > a.weekly_limit_h),
                    Err(HoursRefusal::Monthly { .. }) => prop_assert!(mb + r.hours > a.monthly_limit_h),
                    Err(e) => prop_assert!(false, "unexpected {e}"),
                }
            }
            for (date, _) in days.iter() {
                let ((wf, wt), (mf, mt)) = limit_windows(*date);
                let w: Hours = days.range(wf..=wt).map(|(_, h)| *h).sum();
                let m: Hours = days.range(mf..=mt).map(|(_, h)| *h).sum();
                prop_assert!(w <= a.weekly_limit_h);
                prop_assert!(m <= a.monthly_limit_h);
            }
        }
    }
}

/// Why a new assignment is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentError {
    #[error("on {from} the person is not a participant (admitted: {admitted}, ended: {ended})", admitted = opt_date(*admitted), ended = opt_date(*ended))]
    NotParticipant {
        from: NaiveDate,
        admitted: Option<NaiveDate>,
        ended: Option<NaiveDate>,
    },
    #[error("PSU needs registration at the PUP (the county labour office)")]
    NotRegistered,
    #[error("the assignment ends before it starts")]
    EndsBeforeStart,
    #[error("the assignment {from}–{to} is outside the agreement {a_from}–{a_to}")]
    OutsideAgreement {
        from: NaiveDate,
        to: NaiveDate,
        a_from: NaiveDate,
        a_to: NaiveDate,
    },
    #[error("the resignation date {0} is outside the assignment")]
    ResignOutside(NaiveDate),
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_string(), |d| d.to_string())
}

/// A referral's person must be a participant on its first day (domain.md, second round).
pub fn check_referred_person(
    a: &Assignment,
    p: &super::person::Participant,
    admitted: Option<NaiveDate>,
) -> Result<(), AssignmentError> {
    if !super::participation::participant_on(admitted, p, a.from) {
        return Err(AssignmentError::NotParticipant {
            from: a.from,
            admitted,
            ended: p.ended_on,
        });
    }
    Ok(())
}

/// The rules of a new referral: a participant on its first day, registered at the
/// PUP, inside the agreement's period.
pub fn check_new_assignment(
    a: &Assignment,
    p: &super::person::Participant,
    admitted: Option<NaiveDate>,
    agreement: &Agreement,
) -> Result<(), AssignmentError> {
    check_referred_person(a, p, admitted)?;
    if !p.pup_registered {
        return Err(AssignmentError::NotRegistered);
    }
    if a.to < a.from {
        return Err(AssignmentError::EndsBeforeStart);
    }
    if a.from < agreement.starts_on || a.to > agreement.ends_on {
        return Err(AssignmentError::OutsideAgreement {
            from: a.from,
            to: a.to,
            a_from: agreement.starts_on,
            a_to: agreement.ends_on,
        });
    }
    Ok(())
}

/// How many of the agreement's assignments are running on `day`.
pub fn slots_taken<'a>(
    assignments: impl IntoIterator<Item = &'a Assignment>,
    agreement_id: &str,
    day: NaiveDate,
) -> u32 {
    assignments
        .into_iter()
        .filter(|a| a.agreement_id == agreement_id && a.covers(day))
        .count() as u32
}
