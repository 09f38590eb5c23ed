//! What is due: contracts ending, overdue actions and goals, graduates, the
//! club's maximum, and certificates not yet issued (art. 18 ust. 5a).

use super::contract::{Contract, ContractState, GoalState};
use super::participation::{admission, months_reached};
use super::person::code_enum;
use super::person::{Participant, Status};
use super::settings::Settings;
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

code_enum!(DueKind {
    ContractEnding = "contract_ending",
    ContractOverdue = "contract_overdue",
    ActionOverdue = "action_overdue",
    GoalOverdue = "goal_overdue",
    GraduateReached = "graduate_reached",
    OverMax = "over_max",
    CertificateMissing = "certificate_missing",
});

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DueItem {
    pub kind: DueKind,
    pub participant_id: String,
    pub contract_id: Option<String>,
    pub date: NaiveDate,
}

/// Whether a contract can give a due item of its own: only one in force does.
/// The store keeps these in an index, so the due list never reads the others.
pub fn contract_may_be_due(c: &Contract) -> bool {
    c.state == ContractState::Active
}

/// Whether a participant can give a due item of their own (the graduate day,
/// the club's maximum, a certificate not issued). Those who are active also need
/// all their contracts, for the admission day.
pub fn participant_may_be_due(p: &Participant) -> bool {
    match p.status {
        Status::Active => true,
        Status::Finished | Status::Interrupted => {
            p.certificate_on.is_none() && p.ended_on.is_some()
        }
        _ => false,
    }
}

/// The text of the overdue actions or goals an item stands for (those due that
/// day and still open, `; ` between, each on one line), or empty for any other kind.
pub fn overdue_text(item: &DueItem, c: &Contract) -> String {
    let on = Some(item.date);
    let texts: Vec<&str> = match item.kind {
        DueKind::ActionOverdue => c
            .actions
            .iter()
            .filter(|a| a.due_on == on && a.done_on.is_none())
            .map(|a| a.text.as_str())
            .collect(),
        DueKind::GoalOverdue => c
            .goals
            .iter()
            .filter(|g| g.due_on == on && g.state == GoalState::Open)
            .map(|g| g.text.as_str())
            .collect(),
        _ => vec![],
    };
    texts
        .iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every due item at `today` looking `within` days ahead, sorted by date, then
/// kind code, then participant id (then contract id, so the order is total).
pub fn due_items(
    participants: &[Participant],
    contracts: &[Contract],
    settings: &Settings,
    today: NaiveDate,
    within: u32,
) -> Vec<DueItem> {
    let horizon = today
        .checked_add_days(Days::new(within as u64))
        .unwrap_or(NaiveDate::MAX);
    let mut by_participant: HashMap<&str, Vec<&Contract>> = HashMap::new();
    for c in contracts {
        by_participant
            .entry(c.participant_id.as_str())
            .or_default()
            .push(c);
    }
    let mut out = Vec::new();
    let item = |kind, p: &str, c: Option<&str>, date| DueItem {
        kind,
        participant_id: p.to_string(),
        contract_id: c.map(str::to_string),
        date,
    };
    for c in contracts.iter().filter(|c| contract_may_be_due(c)) {
        if let Some(end) = c.effective_end() {
            if end >= today && end <= horizon {
                out.push(item(
                    DueKind::ContractEnding,
                    &c.participant_id,
                    Some(&c.id),
                    end,
                ));
            } else if end < today {
                // Past its end and still in force: due until closed or extended,
                // whatever the horizon (domain.md, second round).
                out.push(item(
                    DueKind::ContractOverdue,
                    &c.participant_id,
                    Some(&c.id),
                    end,
                ));
            }
        }
        for a in &c.actions {
            if let (Some(due), None) = (a.due_on, a.done_on) {
                if due < today {
                    out.push(item(
                        DueKind::ActionOverdue,
                        &c.participant_id,
                        Some(&c.id),
                        due,
                    ));
                }
            }
        }
        for g in &c.goals {
            if let (Some(due), GoalState::Open) = (g.due_on, g.state) {
                if due < today {
                    out.push(item(
                        DueKind::GoalOverdue,
                        &c.participant_id,
                        Some(&c.id),
                        due,
                    ));
                }
            }
        }
    }
    for p in participants {
        match p.status {
            Status::Active => {
                let own = by_participant
                    .get(p.id.as_str())
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                if let Some(admitted) = admission(own.iter().copied()) {
                    let grad = months_reached(admitted, settings.graduate_months);
                    if grad <= horizon {
                        out.push(item(DueKind::GraduateReached, &p.id, None, grad));
                    }
                    if settings.max_months > 0 {
                        let max = months_reached(admitted, settings.max_months);
                        if max < today {
                            out.push(item(DueKind::OverMax, &p.id, None, max));
                        }
                    }
                }
            }
            Status::Finished | Status::Interrupted => {
                if let (None, Some(ended)) = (p.certificate_on, p.ended_on) {
                    out.push(item(DueKind::CertificateMissing, &p.id, None, ended));
                }
            }
            _ => {}
        }
    }
    out.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.kind.code().cmp(b.kind.code()))
            .then_with(|| a.participant_id.cmp(&b.participant_id))
            .then_with(|| a.contract_id.cmp(&b.contract_id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::tests::{d, sample as contract};
    use crate::domain::contract::{ActionBy, Annex, Goal, PlanAction};
    use crate::domain::person::tests::sample as person;
    use crate::domain::person::Outcome;

    fn active_person() -> Participant {
        let mut p = person();
        p.status = Status::Active;
        p
    }

    fn kinds(items: &[DueItem]) -> Vec<DueKind> {
        items.iter().map(|i| i.kind).collect()
    }

    #[test]
    fn contract_ending_boundaries() {
        // ends 2021-07-19; within 7 days
        let c = contract();
        let s = Settings {
            graduate_months: 60,
            ..Settings::default()
        };
        let at = |today: &str| kinds(&due_items(&[], std::slice::from_ref(&c), &s, d(today), 7));
        assert_eq!(at("2021-07-11"), vec![]);
        assert_eq!(at("2021-07-12"), vec![DueKind::ContractEnding]);
        assert_eq!(at("2021-07-19"), vec![DueKind::ContractEnding]);
        // past its end and still active: overdue, whatever the horizon
        assert_eq!(at("2021-07-20"), vec![DueKind::ContractOverdue]);
        assert_eq!(
            kinds(&due_items(
                &[],
                std::slice::from_ref(&c),
                &s,
                d("2022-03-01"),
                0
            )),
            vec![DueKind::ContractOverdue]
        );
        let mut closed = c.clone();
        closed.state = ContractState::Completed;
        assert!(due_items(&[], &[closed], &s, d("2021-07-20"), 7).is_empty());
        let mut annexed = c.clone();
        annexed.annexes.push(Annex {
            on: d("2021-07-10"),
            text: "x".into(),
            new_ends_on: Some(d("2021-09-30")),
        });
        assert!(due_items(&[], &[annexed], &s, d("2021-07-19"), 7).is_empty());
    }

    #[test]
    fn overdue_actions_and_goals() {
        let mut c = contract();
        c.actions.push(PlanAction {
            by: ActionBy::Participant,
            text: "a".into(),
            due_on: Some(d("2021-03-31")),
            done_on: None,
        });
        c.actions.push(PlanAction {
            by: ActionBy::Centre,
            text: "b".into(),
            due_on: Some(d("2021-03-01")),
            done_on: Some(d("2021-03-02")),
        });
        c.goals.push(Goal {
            text: "g".into(),
            due_on: Some(d("2021-03-31")),
            state: GoalState::Open,
        });
        c.goals.push(Goal {
            text: "h".into(),
            due_on: Some(d("2021-03-01")),
            state: GoalState::Met,
        });
        let s = Settings::default();
        assert!(due_items(&[], std::slice::from_ref(&c), &s, d("2021-03-31"), 0).is_empty());
        let items = due_items(&[], std::slice::from_ref(&c), &s, d("2021-04-01"), 0);
        assert_eq!(
            kinds(&items),
            vec![DueKind::ActionOverdue, DueKind::GoalOverdue]
        );
        assert_eq!(items[0].date, d("2021-03-31"));
        c.state = ContractState::Completed;
        assert!(due_items(&[], &[c], &s, d("2021-04-01"), 0).is_empty());
    }

    #[test]
    fn graduate_and_max_with_clamping() {
        let mut c = contract();
        c.starts_on = Some(d("2021-08-31"));
        c.signed_on = Some(d("2021-08-31"));
        c.ends_on = Some(d("2022-12-31"));
        let p = active_person();
        let s = Settings {
            graduate_months: 6,
            max_months: 12,
            ..Settings::default()
        };
        // six months after 31.08.2021 is 28.02.2022
        let grad = |today: &str, within| {
            due_items(
                std::slice::from_ref(&p),
                std::slice::from_ref(&c),
                &s,
                d(today),
                within,
            )
            .into_iter()
            .filter(|i| i.kind == DueKind::GraduateReached)
            .collect::<Vec<_>>()
        };
        assert!(grad("2022-02-27", 0).is_empty());
        assert_eq!(grad("2022-02-28", 0)[0].date, d("2022-02-28"));
        assert_eq!(grad("2022-02-21", 7).len(), 1);
        assert!(grad("2022-02-20", 7).is_empty());
        let over = |today: &str| {
            due_items(
                std::slice::from_ref(&p),
                std::slice::from_ref(&c),
                &s,
                d(today),
                0,
            )
            .into_iter()
            .filter(|i| i.kind == DueKind::OverMax)
            .count()
        };
        assert_eq!(over("2022-08-31"), 0);
        assert_eq!(over("2022-09-01"), 1);
    }

    #[test]
    fn certificate_missing_until_recorded() {
        let mut p = person();
        p.status = Status::Finished;
        p.outcome = Some(Outcome::Employed);
        p.ended_on = Some(d("2021-09-30"));
        let s = Settings::default();
        let items = due_items(std::slice::from_ref(&p), &[], &s, d("2021-10-05"), 0);
        assert_eq!(
            items,
            vec![DueItem {
                kind: DueKind::CertificateMissing,
                participant_id: "p1".into(),
                contract_id: None,
                date: d("2021-09-30")
            }]
        );
        p.certificate_on = Some(d("2021-10-01"));
        assert!(due_items(&[p], &[], &s, d("2021-10-05"), 0).is_empty());
    }
}
