//! The club's report for a period, computed from the records: never typed in.
//! Field names are the `kis report --format json` contract.

use super::contract::Contract;
use super::hours::Hours;
use super::money::{div_round_half_up, ExactAmount, Money};
use super::participation::{active_in, is_graduate};
use super::person::{Category, Participant, Sex, Status};
use super::psu::{day_amount, Agreement, Assignment, HourRow, Worksite};
use super::settings::Settings;
use super::workshop::{Activity, Area, Attendance, AttendanceState, Session, Specialist};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// People counted by sex.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ParticipantsSection {
    pub admitted: Count,
    pub active: Count,
    /// Still taking part on the period's last day.
    pub continuing: Count,
}

/// Everyone present at a session in the period, participants or not, and the guests
/// without a record (children at a party, families at a picnic).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Served {
    pub total: u32,
    pub women: u32,
    pub men: u32,
    pub guests: u32,
}

/// One staff member as the report lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct StaffLine {
    pub name: String,
    pub role: super::staff::Role,
    pub basis: Option<super::staff::StaffBasis>,
    pub hours_per_week: Option<Hours>,
}

/// The main figures of the same period in an earlier year (`kis report --compare N`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Comparison {
    pub period: Period,
    pub active: u32,
    pub admitted: u32,
    pub graduates: u32,
    pub employed: u32,
    pub independent: u32,
    pub psu_persons: u32,
    pub psu_paid: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Ended {
    pub total: Count,
    pub outcomes: BTreeMap<String, Count>,
    pub interrupted: BTreeMap<String, Count>,
}

/// A count of people with its percent of `participants.active`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Share {
    pub count: u32,
    pub percent: u32,
    pub women: u32,
    pub men: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SpecialistLine {
    pub specialist_id: String,
    pub name: String,
    pub role: String,
    pub hours: Hours,
    pub persons: Count,
    pub cost: Money,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Services {
    pub social: Count,
    pub vocational: Count,
}

/// The `kis activities` summary, also part of the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ActivitiesSummary {
    pub activities: Vec<ActivityLine>,
    pub specialists: Vec<SpecialistLine>,
    pub services: Services,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct WorksiteLine {
    pub worksite_id: String,
    pub name: String,
    pub persons: u32,
    pub hours: Hours,
    pub paid: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Psu {
    pub persons: u32,
    pub women: u32,
    pub men: u32,
    pub positions: u32,
    pub hours: Hours,
    pub paid: Money,
    /// The refund to request: the agreement's percent of each month paid.
    pub refund: Money,
    /// What the Labour Fund actually paid for months in the period (`refund` records).
    pub refund_received: Money,
    /// Persons with a referral starting in the period.
    pub referred: u32,
    /// Persons who resigned in the period.
    pub resigned: u32,
    pub worksites: Vec<WorksiteLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Report {
    pub period: Period,
    pub participants: ParticipantsSection,
    pub groups: BTreeMap<String, Count>,
    pub contracts_concluded: u32,
    pub ended: Ended,
    /// Active participants by group, every group the club knows, zeros kept.
    pub groups_active: BTreeMap<String, Count>,
    /// The names of the club's own groups, by code (the statutory ones are named by the catalogs).
    pub group_names: BTreeMap<String, String>,
    pub graduates: Share,
    pub employed: Share,
    pub independent: Share,
    /// Persons with an activation route starting in the period, by kind (kinds with nobody left out).
    pub routes: BTreeMap<String, Count>,
    pub activities: Vec<ActivityLine>,
    pub specialists: Vec<SpecialistLine>,
    pub services: Services,
    pub served: Served,
    pub psu: Psu,
    pub staff: Vec<StaffLine>,
    /// The same period in earlier years, when asked for (empty otherwise).
    #[serde(default)]
    pub compare: Vec<Comparison>,
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
    /// Sessions after this day are planned: shown, never counted.
    pub today: NaiveDate,
    pub jobs: &'a [super::activation::Job],
    pub routes: &'a [super::activation::Route],
    pub refunds: &'a [super::psu::Refund],
    pub staff: &'a [super::staff::Staff],
}

fn share(c: Count, of: u32) -> Share {
    let percent = if of == 0 {
        0
    } else {
        div_round_half_up(c.total as i128 * 100, of as i128) as u32
    };
    Share {
        count: c.total,
        percent,
        women: c.women,
        men: c.men,
    }
}

fn in_period<'a>(
    r: &'a Records,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<&'a (Session, Vec<Attendance>)> {
    r.sessions
        .iter()
        .filter(|(s, _)| s.date >= from && s.date <= to && s.date <= r.today)
        .collect()
}

/// Distinct ids in first-seen order.
fn distinct(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

/// Who was present: per activity, per specialist, and per area of service.
/// Only people who were participants on the session's day count (domain.md,
/// second round); anyone may be marked present.
fn activities_people(
    r: &Records,
    from: NaiveDate,
    to: NaiveDate,
    admitted: &HashMap<&str, NaiveDate>,
) -> BTreeMap<Figure, Vec<String>> {
    let sessions = in_period(r, from, to);
    let people: HashMap<&str, &Participant> =
        r.participants.iter().map(|p| (p.id.as_str(), p)).collect();
    let participant_on = |id: &str, day: NaiveDate| {
        people.get(id).is_some_and(|p| {
            crate::domain::participation::participant_on(admitted.get(id).copied(), p, day)
        })
    };
    let present = |pick: &dyn Fn(&Session) -> bool| -> Vec<String> {
        distinct(
            sessions
                .iter()
                .filter(|(s, _)| pick(s))
                .flat_map(|(s, marks)| {
                    marks
                        .iter()
                        .filter(|a| a.state == AttendanceState::Present)
                        .filter(|a| participant_on(&a.participant_id, s.date))
                })
                .map(|a| a.participant_id.clone()),
        )
    };
    let mut out = BTreeMap::new();
    for act in r.activities {
        out.insert(
            Figure::Activity(act.id.clone()),
            present(&|s| s.activity_id == act.id),
        );
    }
    for sp in r.specialists {
        out.insert(
            Figure::Specialist(sp.id.clone()),
            present(&|s| s.specialist_id.as_deref() == Some(sp.id.as_str())),
        );
    }
    for area in Area::ALL {
        let acts: BTreeSet<&str> = r
            .activities
            .iter()
            .filter(|a| a.area == *area)
            .map(|a| a.id.as_str())
            .collect();
        out.insert(
            Figure::Services(*area),
            present(&|s| acts.contains(s.activity_id.as_str())),
        );
    }
    out
}

/// Each participant's admission, from their signed contracts.
fn admissions<'a>(r: &'a Records) -> HashMap<&'a str, NaiveDate> {
    let mut by: HashMap<&str, Vec<&Contract>> = HashMap::new();
    for c in r.contracts {
        by.entry(c.participant_id.as_str()).or_default().push(c);
    }
    by.into_iter()
        .filter_map(|(id, cs)| Some((id, super::participation::admission(cs)?)))
        .collect()
}

/// Each participant's sex, to count a figure's people by.
struct Sexes<'a>(HashMap<&'a str, Sex>);

impl<'a> Sexes<'a> {
    fn of(r: &'a Records) -> Self {
        Sexes(
            r.participants
                .iter()
                .map(|p| (p.id.as_str(), p.sex))
                .collect(),
        )
    }

    /// The participants among `ids` (a list of distinct ids), by sex.
    fn count(&self, ids: Option<&Vec<String>>) -> Count {
        let mut c = Count::default();
        for id in ids.into_iter().flatten() {
            if let Some(s) = self.0.get(id.as_str()) {
                c.add(*s);
            }
        }
        c
    }
}

/// Per activity and per specialist: sessions, hours, distinct persons present, cost.
pub fn activities_summary(r: &Records, from: NaiveDate, to: NaiveDate) -> ActivitiesSummary {
    let lists = activities_people(r, from, to, &admissions(r));
    summary_of(r, from, to, &lists, &Sexes::of(r))
}

/// The activities' summary over the figures' people lists (`people`).
fn summary_of(
    r: &Records,
    from: NaiveDate,
    to: NaiveDate,
    lists: &BTreeMap<Figure, Vec<String>>,
    sexes: &Sexes,
) -> ActivitiesSummary {
    let sessions = in_period(r, from, to);
    let mut activities = Vec::new();
    for act in r.activities {
        let own: Vec<&Session> = sessions
            .iter()
            .map(|(s, _)| s)
            .filter(|s| s.activity_id == act.id)
            .collect();
        if own.is_empty() {
            continue;
        }
        activities.push(ActivityLine {
            activity_id: act.id.clone(),
            name: act.name.clone(),
            kind: act.kind,
            area: act.area,
            sessions: own.len() as u32,
            hours: own.iter().map(|s| s.hours).sum(),
            persons: sexes.count(lists.get(&Figure::Activity(act.id.clone()))),
            cost: own.iter().map(|s| s.cost()).sum(),
        });
    }
    let mut specialists = Vec::new();
    for sp in r.specialists {
        let own: Vec<&Session> = sessions
            .iter()
            .map(|(s, _)| s)
            .filter(|s| s.specialist_id.as_deref() == Some(sp.id.as_str()))
            .collect();
        if own.is_empty() {
            continue;
        }
        specialists.push(SpecialistLine {
            specialist_id: sp.id.clone(),
            name: sp.name.clone(),
            role: sp.role.clone(),
            hours: own.iter().map(|s| s.hours).sum(),
            persons: sexes.count(lists.get(&Figure::Specialist(sp.id.clone()))),
            cost: own.iter().map(|s| s.cost()).sum(),
        });
    }
    ActivitiesSummary {
        activities,
        specialists,
        services: Services {
            social: sexes.count(lists.get(&Figure::Services(Area::Social))),
            vocational: sexes.count(lists.get(&Figure::Services(Area::Vocational))),
        },
    }
}

/// Who worked in PSU in the period (hours > 0), overall and per worksite.
fn psu_people(r: &Records) -> BTreeMap<Figure, Vec<String>> {
    let asg: HashMap<&str, &Assignment> =
        r.assignments.iter().map(|a| (a.id.as_str(), a)).collect();
    let worked: Vec<&Assignment> = r
        .hours
        .iter()
        .filter(|h| !h.hours.is_zero() && h.absence.is_none())
        .filter_map(|h| asg.get(h.assignment_id.as_str()).copied())
        .collect();
    let mut out = BTreeMap::new();
    out.insert(
        Figure::Psu,
        distinct(worked.iter().map(|a| a.participant_id.clone())),
    );
    for w in r.worksites {
        let ids = distinct(
            worked
                .iter()
                .filter(|a| a.worksite_id == w.id)
                .map(|a| a.participant_id.clone()),
        );
        if !ids.is_empty() {
            out.insert(Figure::Worksite(w.id.clone()), ids);
        }
    }
    out
}

/// PSU over hour rows in the period with hours > 0; `people` are the
/// figures' people lists (`people`).
fn psu_section(r: &Records, people: &BTreeMap<Figure, Vec<String>>) -> Psu {
    let asg: HashMap<&str, &Assignment> =
        r.assignments.iter().map(|a| (a.id.as_str(), a)).collect();
    let agr: HashMap<&str, &Agreement> = r.agreements.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut positions = BTreeSet::new();
    let mut hours = Hours::ZERO;
    // (participant, agreement, month) → exact amount
    let mut person_month: BTreeMap<(&str, &str, (i32, u32)), ExactAmount> = BTreeMap::new();
    let mut site: BTreeMap<&str, (Hours, ExactAmount)> = BTreeMap::new();
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
        s.0 += row.hours;
        s.1 += amount;
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
            site.get(w.id.as_str()).map(|(h, exact)| WorksiteLine {
                worksite_id: w.id.clone(),
                name: w.name.clone(),
                persons: people
                    .get(&Figure::Worksite(w.id.clone()))
                    .map_or(0, Vec::len) as u32,
                hours: *h,
                paid: exact.round(),
            })
        })
        .collect();
    Psu {
        persons: people.get(&Figure::Psu).map_or(0, Vec::len) as u32,
        women: 0,
        men: 0,
        positions: positions.len() as u32,
        hours,
        paid,
        refund,
        refund_received: Money::ZERO,
        referred: 0,
        resigned: 0,
        worksites,
    }
}

/// A figure of the report whose people can be listed (drill-down).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Figure {
    Admitted,
    Active,
    Continuing,
    Group(String),
    GroupActive(String),
    Route(String),
    Served,
    PsuReferred,
    PsuResigned,
    Ended,
    Outcome(String),
    Interrupted(String),
    Graduates,
    Employed,
    Independent,
    Activity(String),
    Specialist(String),
    Services(Area),
    Psu,
    Worksite(String),
}

/// The people behind each figure, by participant id in creation order:
/// the report's counts are the sizes of these lists.
pub fn people(r: &Records, from: NaiveDate, to: NaiveDate) -> BTreeMap<Figure, Vec<String>> {
    use super::person::{InterruptReason, Outcome};
    use super::settings::GraduateRule;
    let admitted = admissions(r);
    let mut out: BTreeMap<Figure, Vec<String>> = BTreeMap::new();
    for f in [
        Figure::Admitted,
        Figure::Active,
        Figure::Continuing,
        Figure::Ended,
        Figure::Graduates,
        Figure::Employed,
        Figure::Independent,
    ] {
        out.insert(f, vec![]);
    }
    for c in r.categories {
        out.insert(Figure::Group(c.code.clone()), vec![]);
        out.insert(Figure::GroupActive(c.code.clone()), vec![]);
    }
    let in_period = |d: NaiveDate| d >= from && d <= to;
    // A job taken in the period, on or after admission, counts as employment.
    let mut took_a_job: BTreeSet<&str> = BTreeSet::new();
    for j in r.jobs {
        if in_period(j.from)
            && admitted
                .get(j.participant_id.as_str())
                .is_some_and(|a| j.from >= *a)
        {
            took_a_job.insert(j.participant_id.as_str());
        }
    }
    let mut add = |f: Figure, p: &Participant| out.entry(f).or_default().push(p.id.clone());
    for p in r.participants {
        let adm = admitted.get(p.id.as_str()).copied();
        if adm.is_some_and(in_period) {
            add(Figure::Admitted, p);
            for c in &p.categories {
                add(Figure::Group(c.clone()), p);
            }
        }
        if active_in(adm, p, from, to) {
            add(Figure::Active, p);
            for c in &p.categories {
                add(Figure::GroupActive(c.clone()), p);
            }
        }
        if adm.is_some_and(|a| a <= to) && p.ended_on.is_none_or(|e| e > to) {
            add(Figure::Continuing, p);
        }
        let ended_here = p.is_ended() && p.ended_on.is_some_and(in_period);
        let mut employed = took_a_job.contains(p.id.as_str());
        if ended_here {
            add(Figure::Ended, p);
            match (p.status, p.outcome, &p.reason) {
                (Status::Finished, Some(o), _) => {
                    add(Figure::Outcome(o.code().to_string()), p);
                    employed |= o == Outcome::Employed;
                    if matches!(
                        o,
                        Outcome::Employed | Outcome::SelfEmployed | Outcome::Independent
                    ) {
                        add(Figure::Independent, p);
                    }
                }
                (Status::Interrupted, _, Some(reason)) => {
                    add(Figure::Interrupted(reason.clone()), p);
                    employed |= p.interrupt_reason() == Some(InterruptReason::TookJob);
                }
                _ => {}
            }
            let rule_allows = match r.settings.graduate_rule {
                GraduateRule::SixMonths => true,
                GraduateRule::FinishedOnly => p.status == Status::Finished,
            };
            if rule_allows && is_graduate(adm, p, r.settings.graduate_months) {
                add(Figure::Graduates, p);
            }
        }
        if employed {
            add(Figure::Employed, p);
        }
    }
    let summary = activities_people(r, from, to, &admitted);
    out.extend(summary);
    out.extend(psu_people(r));
    out.insert(Figure::Served, served_people(r, from, to));
    for route in r.routes.iter().filter(|x| in_period(x.from)) {
        let list = out
            .entry(Figure::Route(route.kind.code().to_string()))
            .or_default();
        if !list.contains(&route.participant_id) {
            list.push(route.participant_id.clone());
        }
    }
    out.insert(
        Figure::PsuReferred,
        distinct(
            r.assignments
                .iter()
                .filter(|a| in_period(a.from))
                .map(|a| a.participant_id.clone()),
        ),
    );
    out.insert(
        Figure::PsuResigned,
        distinct(
            r.assignments
                .iter()
                .filter(|a| a.resigned_on.is_some_and(in_period))
                .map(|a| a.participant_id.clone()),
        ),
    );
    out
}

/// Everyone marked present at a counted session of the period, participant or not.
fn served_people(r: &Records, from: NaiveDate, to: NaiveDate) -> Vec<String> {
    distinct(
        in_period(r, from, to)
            .iter()
            .flat_map(|(_, marks)| marks.iter())
            .filter(|a| a.state == AttendanceState::Present)
            .map(|a| a.participant_id.clone()),
    )
}

/// The guests without a record at the counted sessions of the period.
fn guests(r: &Records, from: NaiveDate, to: NaiveDate) -> u32 {
    in_period(r, from, to).iter().map(|(s, _)| s.guests).sum()
}

pub fn report(r: &Records, from: NaiveDate, to: NaiveDate) -> Report {
    let lists = people(r, from, to);
    let sexes = Sexes::of(r);
    let count = |f: &Figure| -> Count { sexes.count(lists.get(f)) };
    let codes = |pick: fn(&Figure) -> Option<&String>| -> BTreeMap<String, Count> {
        lists
            .keys()
            .filter_map(|f| pick(f).map(|code| (code.clone(), count(f))))
            .collect()
    };
    let active = count(&Figure::Active);
    let contracts_concluded = r
        .contracts
        .iter()
        .filter(|c| c.is_signed() && c.signed_on.is_some_and(|s| s >= from && s <= to))
        .count() as u32;
    let summary = summary_of(r, from, to, &lists, &sexes);
    let served = count(&Figure::Served);
    let mut psu = psu_section(r, &lists);
    let psu_people = count(&Figure::Psu);
    psu.women = psu_people.women;
    psu.men = psu_people.men;
    psu.referred = count(&Figure::PsuReferred).total;
    psu.resigned = count(&Figure::PsuResigned).total;
    psu.refund_received = r
        .refunds
        .iter()
        .filter(|x| {
            let m = super::dates::month_start(x.month);
            m >= super::dates::month_start(from) && m <= to
        })
        .map(|x| x.amount)
        .sum();
    Report {
        period: Period { from, to },
        participants: ParticipantsSection {
            admitted: count(&Figure::Admitted),
            active,
            continuing: count(&Figure::Continuing),
        },
        groups: codes(|f| {
            if let Figure::Group(c) = f {
                Some(c)
            } else {
                None
            }
        }),
        contracts_concluded,
        ended: Ended {
            total: count(&Figure::Ended),
            outcomes: codes(|f| {
                if let Figure::Outcome(c) = f {
                    Some(c)
                } else {
                    None
                }
            }),
            interrupted: codes(|f| {
                if let Figure::Interrupted(c) = f {
                    Some(c)
                } else {
                    None
                }
            }),
        },
        groups_active: codes(|f| {
            if let Figure::GroupActive(c) = f {
                Some(c)
            } else {
                None
            }
        }),
        group_names: r
            .categories
            .iter()
            .filter(|c| !super::person::is_statutory_group(&c.code))
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect(),
        graduates: share(count(&Figure::Graduates), active.total),
        employed: share(count(&Figure::Employed), active.total),
        independent: share(count(&Figure::Independent), active.total),
        routes: codes(|f| {
            if let Figure::Route(c) = f {
                Some(c)
            } else {
                None
            }
        }),
        activities: summary.activities,
        specialists: summary.specialists,
        services: summary.services,
        served: Served {
            total: served.total,
            women: served.women,
            men: served.men,
            guests: guests(r, from, to),
        },
        psu,
        staff: r
            .staff
            .iter()
            .map(|s| StaffLine {
                name: s.name.clone(),
                role: s.role,
                basis: s.basis,
                hours_per_week: s.hours_per_week,
            })
            .collect(),
        compare: vec![],
    }
}

/// The main figures of a report, for the comparison with earlier years.
pub fn comparison(r: &Report) -> Comparison {
    Comparison {
        period: r.period.clone(),
        active: r.participants.active.total,
        admitted: r.participants.admitted.total,
        graduates: r.graduates.count,
        employed: r.employed.count,
        independent: r.independent.count,
        psu_persons: r.psu.persons,
        psu_paid: r.psu.paid,
    }
}
