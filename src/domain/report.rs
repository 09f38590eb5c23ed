//! The club's report for a period, computed from the records: never typed in.
//! Field names are the `kis report --format json` contract.

use super::contract::Contract;
use super::hours::Hours;
use super::money::{div_round_half_up, ExactAmount, Money};
use super::participation::{active_in, admission, is_graduate};
use super::person::{Category, Participant, Sex, Status};
use super::psu::{day_amount, Agreement, Assignment, HourRow, Worksite};
use super::settings::Settings;
use super::workshop::{Activity, Area, Attendance, AttendanceState, Session, Specialist};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// People counted by sex.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    pub total: u32,
    pub women: u32,
    pub men: u32,
}

impl Count {
    pub fn add(&mut self, sex: Sex) {
        self.total += 1;
        match sex {
            Sex::K => self.women += 1,
            Sex::M => self.men += 1,
        }
    }

    /// Counts each distinct person once.
    pub fn of<'a>(people: impl IntoIterator<Item = &'a Participant>) -> Count {
        let mut c = Count::default();
        let mut seen = BTreeSet::new();
        for p in people {
            if seen.insert(p.id.as_str()) {
                c.add(p.sex);
            }
        }
        c
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParticipantsSection {
    pub admitted: Count,
    pub active: Count,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Ended {
    pub total: Count,
    pub outcomes: BTreeMap<String, Count>,
    pub interrupted: BTreeMap<String, Count>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Share {
    pub count: u32,
    pub percent: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivityLine {
    pub activity_id: String,
    pub name: String,
    pub kind: super::workshop::ActivityKind,
    pub area: Area,
    pub sessions: u32,
    pub hours: Hours,
    pub persons: Count,
    pub cost: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpecialistLine {
    pub specialist_id: String,
    pub name: String,
    pub role: String,
    pub hours: Hours,
    pub persons: Count,
    pub cost: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Services {
    pub social: Count,
    pub vocational: Count,
}

/// The `kis activities` summary, also part of the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActivitiesSummary {
    pub activities: Vec<ActivityLine>,
    pub specialists: Vec<SpecialistLine>,
    pub services: Services,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WorksiteLine {
    pub worksite_id: String,
    pub name: String,
    pub persons: u32,
    pub hours: Hours,
    pub paid: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Psu {
    pub persons: u32,
    pub positions: u32,
    pub hours: Hours,
    pub paid: Money,
    pub refund: Money,
    pub worksites: Vec<WorksiteLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub period: Period,
    pub participants: ParticipantsSection,
    pub groups: BTreeMap<String, Count>,
    pub contracts_concluded: u32,
    pub ended: Ended,
    pub graduates: Share,
    pub employed: Share,
    pub independent: Share,
    pub activities: Vec<ActivityLine>,
    pub specialists: Vec<SpecialistLine>,
    pub services: Services,
    pub psu: Psu,
}

/// Everything a report reads. Slices are in creation order.
pub struct Records<'a> {
    pub settings: &'a Settings,
    pub categories: &'a [Category],
    pub participants: &'a [Participant],
    pub contracts: &'a [Contract],
    pub activities: &'a [Activity],
    pub specialists: &'a [Specialist],
    /// Sessions in the period, with their attendance.
    pub sessions: &'a [(Session, Vec<Attendance>)],
    pub agreements: &'a [Agreement],
    pub assignments: &'a [Assignment],
    pub worksites: &'a [Worksite],
    /// Hour rows in the period.
    pub hours: &'a [HourRow],
}

fn share(count: u32, of: u32) -> Share {
    let percent = if of == 0 {
        0
    } else {
        div_round_half_up(count as i128 * 100, of as i128) as u32
    };
    Share { count, percent }
}

/// Per activity and per specialist: sessions, hours, distinct persons present, cost.
pub fn activities_summary(r: &Records, from: NaiveDate, to: NaiveDate) -> ActivitiesSummary {
    let people: HashMap<&str, &Participant> =
        r.participants.iter().map(|p| (p.id.as_str(), p)).collect();
    let in_period: Vec<&(Session, Vec<Attendance>)> = r
        .sessions
        .iter()
        .filter(|(s, _)| s.date >= from && s.date <= to)
        .collect();
    let present = |marks: &[Attendance]| -> Vec<&Participant> {
        marks
            .iter()
            .filter(|a| a.state == AttendanceState::Present)
            .filter_map(|a| people.get(a.participant_id.as_str()).copied())
            .collect()
    };
    let mut activities = Vec::new();
    let mut services_social = Vec::new();
    let mut services_vocational = Vec::new();
    for act in r.activities {
        let own: Vec<_> = in_period
            .iter()
            .filter(|(s, _)| s.activity_id == act.id)
            .collect();
        if own.is_empty() {
            continue;
        }
        let mut persons = Vec::new();
        for (_, marks) in &own {
            persons.extend(present(marks));
        }
        match act.area {
            Area::Social => services_social.extend(persons.iter().copied()),
            Area::Vocational => services_vocational.extend(persons.iter().copied()),
        }
        activities.push(ActivityLine {
            activity_id: act.id.clone(),
            name: act.name.clone(),
            kind: act.kind,
            area: act.area,
            sessions: own.len() as u32,
            hours: own.iter().map(|(s, _)| s.hours).sum(),
            persons: Count::of(persons),
            cost: own.iter().map(|(s, _)| s.cost()).sum(),
        });
    }
    let mut specialists = Vec::new();
    for sp in r.specialists {
        let own: Vec<_> = in_period
            .iter()
            .filter(|(s, _)| s.specialist_id.as_deref() == Some(sp.id.as_str()))
            .collect();
        if own.is_empty() {
            continue;
        }
        let mut persons = Vec::new();
        for (_, marks) in &own {
            persons.extend(present(marks));
        }
        specialists.push(SpecialistLine {
            specialist_id: sp.id.clone(),
            name: sp.name.clone(),
            role: sp.role.clone(),
            hours: own.iter().map(|(s, _)| s.hours).sum(),
            persons: Count::of(persons),
            cost: own.iter().map(|(s, _)| s.cost()).sum(),
        });
    }
    ActivitiesSummary {
        activities,
        specialists,
        services: Services {
            social: Count::of(services_social),
            vocational: Count::of(services_vocational),
        },
    }
}

/// PSU over hour rows in the period with hours > 0.
pub fn psu_section(r: &Records) -> Psu {
    let asg: HashMap<&str, &Assignment> =
        r.assignments.iter().map(|a| (a.id.as_str(), a)).collect();
    let agr: HashMap<&str, &Agreement> = r.agreements.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut persons = BTreeSet::new();
    let mut positions = BTreeSet::new();
    let mut hours = Hours::ZERO;
    // (participant, agreement, month) → exact amount
    let mut person_month: BTreeMap<(&str, &str, (i32, u32)), ExactAmount> = BTreeMap::new();
    let mut site: BTreeMap<&str, (BTreeSet<&str>, Hours, ExactAmount)> = BTreeMap::new();
    for row in r
        .hours
        .iter()
        .filter(|h| !h.hours.is_zero() && h.absence.is_none())
    {
        let Some(a) = asg.get(row.assignment_id.as_str()) else {
            continue;
        };
        let Some(g) = agr.get(a.agreement_id.as_str()) else {
            continue;
        };
        persons.insert(a.participant_id.as_str());
        positions.insert((a.worksite_id.as_str(), a.position_id.as_str()));
        hours += row.hours;
        let amount = day_amount(g, row);
        *person_month
            .entry((
                a.participant_id.as_str(),
                g.id.as_str(),
                (row.date.year(), row.date.month()),
            ))
            .or_default() += amount;
        let s = site.entry(a.worksite_id.as_str()).or_default();
        s.0.insert(a.participant_id.as_str());
        s.1 += row.hours;
        s.2 += amount;
    }
    let mut paid = Money::ZERO;
    let mut agreement_month: BTreeMap<(&str, (i32, u32)), Money> = BTreeMap::new();
    for ((_, agreement, month), exact) in &person_month {
        let m = exact.round();
        paid += m;
        *agreement_month.entry((agreement, *month)).or_default() += m;
    }
    let refund = agreement_month
        .iter()
        .map(|((a, _), m)| m.percent(agr[a].refund_percent))
        .sum();
    let worksites = r
        .worksites
        .iter()
        .filter_map(|w| {
            site.get(w.id.as_str())
                .map(|(people, h, exact)| WorksiteLine {
                    worksite_id: w.id.clone(),
                    name: w.name.clone(),
                    persons: people.len() as u32,
                    hours: *h,
                    paid: exact.round(),
                })
        })
        .collect();
    Psu {
        persons: persons.len() as u32,
        positions: positions.len() as u32,
        hours,
        paid,
        refund,
        worksites,
    }
}

pub fn report(r: &Records, from: NaiveDate, to: NaiveDate) -> Report {
    let mut contracts_of: HashMap<&str, Vec<&Contract>> = HashMap::new();
    for c in r.contracts {
        contracts_of
            .entry(c.participant_id.as_str())
            .or_default()
            .push(c);
    }
    let admitted_on = |p: &Participant| {
        admission(
            contracts_of
                .get(p.id.as_str())
                .into_iter()
                .flatten()
                .copied(),
        )
    };
    let mut admitted = Count::default();
    let mut active = Count::default();
    let mut groups: BTreeMap<String, Count> = r
        .categories
        .iter()
        .map(|c| (c.code.clone(), Count::default()))
        .collect();
    let mut ended = Ended {
        total: Count::default(),
        outcomes: BTreeMap::new(),
        interrupted: BTreeMap::new(),
    };
    let (mut graduates, mut employed, mut independent) = (0u32, 0u32, 0u32);
    for p in r.participants {
        let adm = admitted_on(p);
        if adm.is_some_and(|a| a >= from && a <= to) {
            admitted.add(p.sex);
            for c in &p.categories {
                groups.entry(c.clone()).or_default().add(p.sex);
            }
        }
        if active_in(adm, p, from, to) {
            active.add(p.sex);
        }
        let ended_here = p.is_ended() && p.ended_on.is_some_and(|e| e >= from && e <= to);
        if !ended_here {
            continue;
        }
        ended.total.add(p.sex);
        match p.status {
            Status::Finished => {
                if let Some(o) = p.outcome {
                    ended
                        .outcomes
                        .entry(o.code().to_string())
                        .or_default()
                        .add(p.sex);
                    match o {
                        super::person::Outcome::Employed => employed += 1,
                        super::person::Outcome::Independent => independent += 1,
                        _ => {}
                    }
                }
            }
            Status::Interrupted => {
                if let Some(reason) = &p.reason {
                    ended
                        .interrupted
                        .entry(reason.clone())
                        .or_default()
                        .add(p.sex);
                }
            }
            _ => {}
        }
        if is_graduate(adm, p, r.settings.graduate_months) {
            graduates += 1;
        }
    }
    let contracts_concluded = r
        .contracts
        .iter()
        .filter(|c| c.is_signed() && c.signed_on.is_some_and(|s| s >= from && s <= to))
        .count() as u32;
    let summary = activities_summary(r, from, to);
    Report {
        period: Period { from, to },
        participants: ParticipantsSection { admitted, active },
        groups,
        contracts_concluded,
        ended,
        graduates: share(graduates, active.total),
        employed: share(employed, active.total),
        independent: share(independent, active.total),
        activities: summary.activities,
        specialists: summary.specialists,
        services: summary.services,
        psu: psu_section(r),
    }
}
