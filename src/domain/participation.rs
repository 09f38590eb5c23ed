//! Admission, activity and graduate status, as the interchange spec defines them.

use super::contract::Contract;
use super::dates::add_months;
use super::person::Participant;
use chrono::NaiveDate;

/// Admitted on the start date of the first signed contract.
pub fn admission<'a>(contracts: impl IntoIterator<Item = &'a Contract>) -> Option<NaiveDate> {
    contracts
        .into_iter()
        .filter(|c| c.is_signed())
        .filter_map(|c| c.starts_on)
        .min()
}

/// Active on some day of `[from, to]`: admitted by `to` and not ended before `from`.
pub fn active_in(
    admitted: Option<NaiveDate>,
    p: &Participant,
    from: NaiveDate,
    to: NaiveDate,
) -> bool {
    match admitted {
        Some(a) if a <= to => p.ended_on.is_none_or(|e| e >= from),
        _ => false,
    }
}

/// A participant on `day`: admitted by then and not ended before it. PSU hours,
/// referrals and the activity figures count only such days (domain.md, second round).
pub fn participant_on(admitted: Option<NaiveDate>, p: &Participant, day: NaiveDate) -> bool {
    use super::person::Status;
    !matches!(p.status, Status::Rejected | Status::Applicant) && active_in(admitted, p, day, day)
}

/// The day participation reaches `months` (same day, clamped to the month's end).
pub fn months_reached(admitted: NaiveDate, months: u32) -> NaiveDate {
    add_months(admitted, months)
}

/// A finished or interrupted participant who ended at least `graduate_months` after admission.
pub fn is_graduate(admitted: Option<NaiveDate>, p: &Participant, graduate_months: u32) -> bool {
    match (admitted, p.ended_on) {
        (Some(a), Some(e)) if p.is_ended() => e >= months_reached(a, graduate_months),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::tests::{d, sample as contract};
    use crate::domain::contract::ContractState;
    use crate::domain::person::tests::sample as person;
    use crate::domain::person::{Outcome, Status};

    #[test]
    fn admission_ignores_drafts() {
        let mut draft = contract();
        draft.state = ContractState::Draft;
        draft.starts_on = Some(d("2020-01-01"));
        assert_eq!(admission([&draft, &contract()]), Some(d("2021-01-20")));
        assert_eq!(admission([&draft]), None);
    }

    #[test]
    fn graduate_at_exactly_six_months() {
        let mut p = person();
        p.status = Status::Finished;
        p.outcome = Some(Outcome::Employed);
        let a = Some(d("2021-01-20"));
        p.ended_on = Some(d("2021-07-19"));
        assert!(!is_graduate(a, &p, 6));
        p.ended_on = Some(d("2021-07-20"));
        assert!(is_graduate(a, &p, 6));
        // clamped: admitted 31.08, six months is 28.02
        let a = Some(d("2021-08-31"));
        p.ended_on = Some(d("2022-02-27"));
        assert!(!is_graduate(a, &p, 6));
        p.ended_on = Some(d("2022-02-28"));
        assert!(is_graduate(a, &p, 6));
    }

    #[test]
    fn active_in_period() {
        let mut p = person();
        let a = Some(d("2021-03-01"));
        assert!(active_in(a, &p, d("2021-01-01"), d("2021-06-30")));
        assert!(!active_in(a, &p, d("2021-01-01"), d("2021-02-28")));
        p.ended_on = Some(d("2021-05-31"));
        assert!(!active_in(a, &p, d("2021-06-01"), d("2021-12-31")));
        assert!(active_in(a, &p, d("2021-05-31"), d("2021-12-31")));
        assert!(!active_in(None, &p, d("2021-01-01"), d("2021-12-31")));
    }
}

/// A correction of an ending entered in error or on the wrong day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EndingCorrection {
    /// The participation goes on: the ending's fields are cleared, and the
    /// contract it closed is in force again.
    Undo,
    /// The participation ended on another day.
    Redate(NaiveDate),
}

/// Clears an ending from the participant's own fields.
pub fn undo_ending(p: &mut Participant) {
    p.status = super::person::Status::Active;
    p.outcome = None;
    p.reason = None;
    p.ended_on = None;
    p.certificate_on = None;
}

/// The contract an ending closed: the last signed one, if it is closed.
pub fn closed_by_ending<'a>(
    contracts: impl IntoIterator<Item = &'a Contract>,
) -> Option<&'a Contract> {
    contracts
        .into_iter()
        .filter(|c| c.is_signed())
        .max_by_key(|c| (c.starts_on, c.number.clone()))
        .filter(|c| c.state.is_closed())
}

/// How a participation ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Ending {
    Finished(super::person::Outcome),
    Interrupted(super::person::InterruptReason),
}

impl Ending {
    /// What becomes of the active contract: kept to the end, broken by the
    /// participant, or ended for another reason.
    pub fn contract_state(self) -> super::contract::ContractState {
        use super::contract::ContractState;
        use super::person::InterruptReason;
        match self {
            Ending::Finished(_) => ContractState::Completed,
            Ending::Interrupted(InterruptReason::ContractBreach) => ContractState::Broken,
            Ending::Interrupted(_) => ContractState::Ended,
        }
    }

    /// Applies the ending to the participant's own fields.
    pub fn apply(self, p: &mut Participant, on: NaiveDate) {
        use super::person::Status;
        match self {
            Ending::Finished(o) => {
                p.status = Status::Finished;
                p.outcome = Some(o);
                p.reason = None;
            }
            Ending::Interrupted(r) => {
                p.status = Status::Interrupted;
                p.outcome = None;
                p.reason = Some(r.code().to_string());
            }
        }
        p.ended_on = Some(on);
    }
}
