//! A synthetic club for newcomers, tests and benchmarks. All names are made up
//! from common parts; no real person's data.

use crate::domain::contract::{
    ActionBy, Annex, Contract, ContractState, Goal, GoalState, PlanAction, Review,
};
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::person::{
    Address, InterruptReason, Outcome, Participant, ReferredBy, Sex, Status, STATUTORY_GROUPS,
};
use crate::domain::pesel::Pesel;
use crate::domain::psu::{Absence, Agreement, Assignment, HourRow, Position, Rate, Worksite};
use crate::domain::settings::Settings;
use crate::domain::staff::{Role, Staff};
use crate::domain::workshop::{
    Activity, ActivityKind, Area, Attendance, AttendanceState, Session, Specialist,
};
use crate::interchange::Line;
use chrono::{Datelike, Days, NaiveDate, Weekday};

const WOMEN: &[&str] = &[
    "Anna",
    "Maria",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Barbara",
    "Ewa",
    "Zofia",
    "Jadwiga",
    "Łucja",
    "Żaneta",
    "Grażyna",
    "Halina",
    "Bożena",
    "Danuta",
    "Urszula",
];
const MEN: &[&str] = &[
    "Jan",
    "Piotr",
    "Krzysztof",
    "Andrzej",
    "Tomasz",
    "Paweł",
    "Michał",
    "Józef",
    "Łukasz",
    "Zbigniew",
    "Stanisław",
    "Wojciech",
    "Grzegorz",
    "Mirosław",
    "Sławomir",
    "Przemysław",
];
/// Surname stems; the feminine form is made by the usual -ski/-ska rule.
const SURNAMES: &[&str] = &[
    "Nowak",
    "Wójcik",
    "Kowalczyk",
    "Woźniak",
    "Mazur",
    "Krawczyk",
    "Zając",
    "Król",
    "Wróbel",
    "Dudek",
    "Żółć",
    "Łódka",
    "Gęśla",
    "Ślęzak",
    "Źrebiec",
    "Kołodziej",
    "Jabłoński",
    "Łęcki",
    "Sójka",
    "Bąk",
    "Wąsik",
    "Żak",
    "Nowicki",
    "Pawłowski",
    "Michalski",
    "Dąbrowski",
    "Zieliński",
    "Szymański",
    "Kamiński",
    "Lewandowski",
];
const CITIES: &[(&str, &str)] = &[
    ("Łódź", "90-001"),
    ("Kędzierzyn-Koźle", "47-200"),
    ("Przykładowo", "00-950"),
    ("Żółkiewka", "22-335"),
];
const STREETS: &[&str] = &[
    "ul. Polna",
    "ul. Leśna",
    "ul. Słoneczna",
    "ul. Krótka",
    "ul. Szkolna",
    "ul. Źródlana",
    "ul. Ogrodowa",
];

/// How big a club to make.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub participants: usize,
    /// PSU years, each with an agreement and its assignments.
    pub psu_years: i32,
    pub assignments_per_year: usize,
    pub last_year: i32,
}

impl Scale {
    pub fn demo(today: NaiveDate) -> Scale {
        Scale {
            participants: 48,
            psu_years: 1,
            assignments_per_year: 12,
            last_year: today.year(),
        }
    }
}

/// A small deterministic generator: the same club every time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

fn feminine(stem: &str) -> String {
    if let Some(s) = stem.strip_suffix("ski") {
        format!("{s}ska")
    } else if let Some(s) = stem.strip_suffix("cki") {
        format!("{s}cka")
    } else {
        stem.to_string()
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid demo date")
}

pub fn generate(scale: Scale, today: NaiveDate) -> Vec<Line> {
    let mut r = Lcg(0x4b49_5321);
    let mut out = vec![Line::header()];
    out.push(Line::Settings(Settings {
        club_name: "Klub Integracji Społecznej w Przykładowie".into(),
        ..Settings::default()
    }));
    out.push(Line::Staff(Staff {
        id: "u1".into(),
        login: "koordynator".into(),
        name: "Alicja Przykładowa".into(),
        role: Role::Coordinator,
        basis: Some(crate::domain::staff::StaffBasis::EmploymentContract),
        hours_per_week: Some(crate::domain::hours::Hours::from_halves(80)),
    }));
    out.push(Line::Staff(Staff {
        id: "u2".into(),
        login: "pracownik".into(),
        name: "Bogdan Testowy".into(),
        role: Role::Worker,
        basis: Some(crate::domain::staff::StaffBasis::CivilLaw),
        hours_per_week: Some(crate::domain::hours::Hours::from_halves(40)),
    }));
    let first_year = scale.last_year - scale.psu_years + 1;
    let mut participants = Vec::new();
    let mut contracts = Vec::new();
    let mut number_in_year: std::collections::HashMap<i32, u32> = Default::default();
    let mut used_pesels: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut admitted: std::collections::HashMap<String, NaiveDate> = Default::default();
    for i in 0..scale.participants {
        let sex = if r.below(100) < 60 { Sex::K } else { Sex::M };
        let first = if sex == Sex::K {
            r.pick(WOMEN)
        } else {
            r.pick(MEN)
        }
        .to_string();
        let stem = r.pick(SURNAMES);
        let last = if sex == Sex::K {
            feminine(stem)
        } else {
            stem.to_string()
        };
        let birth = d(1960, 1, 1) + Days::new(r.below(365 * 40) as u64);
        let pesel = if r.below(20) == 0 {
            None
        } else {
            let mut serial = (i % 1000) as u32;
            let mut p = Pesel::generate(birth, sex, serial);
            while !used_pesels.insert(p.to_string()) {
                serial += 1;
                p = Pesel::generate(birth, sex, serial);
            }
            Some(p)
        };
        let (city, postal) = CITIES[r.below(CITIES.len())];
        let span_days = ((scale.psu_years.max(1) as i64) * 365).max(30);
        let applied = today - Days::new(20 + r.below(span_days as usize) as u64);
        let started = applied + Days::new(10 + r.below(20) as u64);
        // Most people in every club are long-term unemployed.
        let mut categories = vec![if r.below(4) > 0 {
            "long_term_unemployed".to_string()
        } else {
            STATUTORY_GROUPS[r.below(STATUTORY_GROUPS.len())]
                .0
                .to_string()
        }];
        if r.below(3) == 0 {
            let extra = STATUTORY_GROUPS[r.below(STATUTORY_GROUPS.len())]
                .0
                .to_string();
            if !categories.contains(&extra) {
                categories.push(extra);
            }
        }
        let id = format!("p{}", i + 1);
        let mut p = Participant {
            id: id.clone(),
            first_name: first,
            last_name: last,
            birth_date: birth,
            sex,
            pesel,
            address: Some(Address {
                street: Some(format!("{} {}", r.pick(STREETS), 1 + r.below(80))),
                postal_code: Some(postal.into()),
                city: Some(city.into()),
            }),
            phone: Some(format!("5{:08}", 10_000_000 + i * 7919 % 89_999_999)),
            email: None,
            categories,
            exclusions: vec![],
            referred_by: Some(
                [
                    ReferredBy::SocialWorker,
                    ReferredBy::SelfReferred,
                    ReferredBy::Pup,
                ][r.below(3)],
            ),
            referrer: None,
            pup_registered: r.below(10) < 8,
            applied_on: Some(applied),
            interview_on: Some(applied + Days::new(3)),
            consent_on: Some(applied),
            status: Status::Applicant,
            outcome: None,
            reason: None,
            ended_on: None,
            certificate_on: None,
            notes: String::new(),
        };
        let roll = r.below(10);
        if started <= today && roll > 0 {
            let year = started.year();
            let n = number_in_year.entry(year).or_insert(0);
            *n += 1;
            let ends = crate::domain::dates::add_months(started, 6) - Days::new(1);
            let mut c = Contract {
                id: format!("c{}", contracts.len() + 1),
                participant_id: id.clone(),
                number: format!("KS/{n}/{year}"),
                signed_on: Some(started),
                starts_on: Some(started),
                ends_on: Some(ends),
                worker: Some("Bogdan Testowy".into()),
                situation:
                    "Długotrwałe bezrobocie, brak aktualnych kwalifikacji; motywacja do zmiany."
                        .into(),
                goals: vec![
                    Goal {
                        text: "Ukończenie warsztatów aktywizacji zawodowej".into(),
                        due_on: Some(started + Days::new(90)),
                        state: GoalState::Open,
                    },
                    Goal {
                        text: "Podjęcie zatrudnienia lub stażu".into(),
                        due_on: Some(ends),
                        state: GoalState::Open,
                    },
                ],
                actions: vec![
                    PlanAction {
                        by: ActionBy::Participant,
                        text: "Udział w konsultacjach z doradcą zawodowym".into(),
                        due_on: Some(started + Days::new(30)),
                        done_on: None,
                    },
                    PlanAction {
                        by: ActionBy::Centre,
                        text: "Skierowanie do PSU".into(),
                        due_on: Some(started + Days::new(14)),
                        done_on: Some(started + Days::new(10)),
                    },
                ],
                reviews: vec![],
                annexes: vec![],
                state: ContractState::Active,
            };
            if started + Days::new(90) < today {
                c.reviews.push(Review {
                    on: started + Days::new(90),
                    text: "Realizacja zgodna z planem.".into(),
                });
            }
            p.status = Status::Active;
            if ends < today && roll > 2 {
                let ended = if roll > 7 {
                    c.annexes.push(Annex {
                        on: ends - Days::new(10),
                        text: "przedłużenie".into(),
                        new_ends_on: Some(ends + Days::new(60)),
                    });
                    ends + Days::new(60)
                } else {
                    ends
                };
                if ended < today {
                    if roll > 4 {
                        p.status = Status::Finished;
                        p.outcome = Some(
                            [
                                Outcome::Employed,
                                Outcome::Independent,
                                Outcome::Cis,
                                Outcome::Other,
                            ][r.below(4)],
                        );
                        c.state = ContractState::Completed;
                    } else {
                        p.status = Status::Interrupted;
                        p.reason = Some(
                            [
                                InterruptReason::ContractBreach,
                                InterruptReason::Health,
                                InterruptReason::TookJob,
                            ][r.below(3)]
                            .code()
                            .into(),
                        );
                        c.state = ContractState::Broken;
                    }
                    p.ended_on = Some(ended);
                    if r.below(4) > 0 {
                        p.certificate_on = Some(ended);
                    }
                }
            }
            contracts.push(c);
            admitted.insert(id.clone(), started);
        }
        participants.push(p);
    }
    // PSU only for participants registered at the PUP, and only while they take part.
    let active_ids: Vec<&Participant> = participants
        .iter()
        .filter(|p| p.pup_registered && admitted.contains_key(&p.id))
        .collect();
    let window = |p: &Participant, starts: NaiveDate, ends: NaiveDate| {
        let from = admitted[&p.id].max(starts);
        let to = p.ended_on.map_or(ends, |e| e.min(ends));
        (from <= to).then_some((from, to))
    };
    out.extend(participants.iter().cloned().map(Line::Participant));
    out.extend(contracts.into_iter().map(Line::Contract));
    out.extend(activation(&participants, today));

    let worksites = [
        "Publiczna Szkoła Podstawowa nr 3",
        "Miejski Zakład Cmentarny",
        "Dom Pomocy Społecznej",
        "Urząd Gminy",
    ];
    let positions = [
        "osoba sprzątająca",
        "robotnik gospodarczy",
        "pomoc kuchni",
        "pomoc biurowa",
        "goniec doręczyciel",
        "opiekun",
    ];
    let mut hour_lines = Vec::new();
    let mut assignments = Vec::new();
    for (yi, year) in (first_year..=scale.last_year).enumerate() {
        let starts = d(year, 2, 1);
        let ends = d(year, 11, 30);
        out.push(Line::Agreement(Agreement {
            id: format!("a{}", yi + 1),
            number: format!("{}/{year}", yi + 1),
            signed_on: Some(d(year, 1, 29)),
            starts_on: starts,
            ends_on: ends,
            slots: scale.assignments_per_year as u32,
            weekly_limit_h: Hours::whole(10),
            monthly_limit_h: Hours::whole(40),
            refund_percent: 60,
            rates: vec![
                Rate {
                    from: starts,
                    zl_per_hour: Money(870 + 30 * yi as i64),
                },
                Rate {
                    from: d(year, 6, 1),
                    zl_per_hour: Money(900 + 30 * yi as i64),
                },
            ],
        }));
        if active_ids.is_empty() {
            continue;
        }
        // One referral a person a year: two would add up over the weekly limit.
        let mut referred: std::collections::HashSet<&str> = Default::default();
        for k in 0..scale.assignments_per_year {
            let first = (yi * scale.assignments_per_year + k) % active_ids.len();
            // The next registered participant who takes part during the agreement.
            let Some((p, (from, to))) = (0..active_ids.len())
                .map(|j| active_ids[(first + j) % active_ids.len()])
                .filter(|p| !referred.contains(p.id.as_str()))
                .find_map(|p| Some((p, window(p, starts, ends)?)))
            else {
                break;
            };
            referred.insert(p.id.as_str());
            let id = format!("as{}", assignments.len() + 1);
            assignments.push(Assignment {
                id: id.clone(),
                participant_id: p.id.clone(),
                agreement_id: format!("a{}", yi + 1),
                worksite_id: format!("w{}", 1 + k % worksites.len()),
                position_id: format!("pos{}", 1 + k % positions.len()),
                referral_number: Some(format!("PSU/{}/{year}", k + 1)),
                from,
                to,
                resigned_on: None,
                resign_reason: None,
            });
            // Tuesdays and Thursdays, 4 h: never over 10 h a week or 40 h a month.
            let mut day = from;
            while day <= to && day <= today {
                if matches!(day.weekday(), Weekday::Tue | Weekday::Thu) {
                    let roll = r.below(20);
                    let (hours, absence) = match roll {
                        0 => (Hours::ZERO, Some(Absence::Sick)),
                        1 => (Hours::ZERO, Some(Absence::Unexcused)),
                        2 => (Hours::from_halves(7), None),
                        _ => (Hours::whole(4), None),
                    };
                    hour_lines.push(Line::Hours(HourRow {
                        assignment_id: id.clone(),
                        date: day,
                        hours,
                        absence,
                    }));
                }
                day = day + Days::new(1);
            }
        }
    }
    for (i, w) in worksites.iter().enumerate() {
        out.push(Line::Worksite(Worksite {
            id: format!("w{}", i + 1),
            name: w.to_string(),
            address: Some(format!("ul. Szkolna {}", i + 1)),
        }));
    }
    for (i, p) in positions.iter().enumerate() {
        out.push(Line::Position(Position {
            id: format!("pos{}", i + 1),
            name: p.to_string(),
        }));
    }
    out.extend(assignments.into_iter().map(Line::Assignment));
    out.extend(hour_lines);

    out.push(Line::Specialist(Specialist {
        id: "s1".into(),
        name: "Ewa Przykładowa".into(),
        role: "psychologist".into(),
        zl_per_hour: Money(6000),
    }));
    out.push(Line::Specialist(Specialist {
        id: "s2".into(),
        name: "Marek Testowy".into(),
        role: "career_advisor".into(),
        zl_per_hour: Money(6000),
    }));
    out.push(Line::Activity(Activity {
        id: "act1".into(),
        name: "Konsultacje psychologiczne".into(),
        kind: ActivityKind::Consultation,
        area: Area::Social,
        enrolled: vec![],
    }));
    out.push(Line::Activity(Activity {
        id: "act2".into(),
        name: "Warsztaty aktywnego poszukiwania pracy".into(),
        kind: ActivityKind::Workshop,
        area: Area::Vocational,
        enrolled: vec![],
    }));
    let mut sessions = Vec::new();
    let mut marks = Vec::new();
    let start = today - Days::new(120);
    let takes_part = |p: &Participant, day: NaiveDate| {
        crate::domain::participation::participant_on(admitted.get(&p.id).copied(), p, day)
    };
    // People taking part during the sessions' weeks.
    let members: Vec<&Participant> = participants
        .iter()
        .filter(|p| (0..16u64).any(|w| takes_part(p, start + Days::new(w * 7))))
        .take(12)
        .collect();
    for week in 0..16u64 {
        let date = start + Days::new(week * 7);
        let id = format!("se{}", sessions.len() + 1);
        sessions.push(Session {
            id: id.clone(),
            activity_id: "act2".into(),
            date,
            hours: Hours::whole(3),
            specialist_id: Some("s2".into()),
            zl_per_hour: Money(6000),
            topic: Some("Rozmowa kwalifikacyjna".into()),
            place: Some("sala 12".into()),
            remote: false,
            guests: 0,
        });
        for p in &members {
            let state = match r.below(10) {
                0 => AttendanceState::Absent,
                1 => AttendanceState::Excused,
                _ => AttendanceState::Present,
            };
            // Attendance only while the person takes part.
            if !takes_part(p, date) {
                continue;
            }
            marks.push(Attendance {
                session_id: id.clone(),
                participant_id: p.id.clone(),
                state,
            });
        }
        if let Some(p) = members
            .iter()
            .cycle()
            .skip(week as usize)
            .take(members.len())
            .find(|p| takes_part(p, date + Days::new(1)))
        {
            let id = format!("se{}", sessions.len() + 1);
            sessions.push(Session {
                id: id.clone(),
                activity_id: "act1".into(),
                date: date + Days::new(1),
                hours: Hours::whole(1),
                specialist_id: Some("s1".into()),
                zl_per_hour: Money(6000),
                topic: None,
                place: None,
                remote: week % 3 == 0,
                guests: 0,
            });
            marks.push(Attendance {
                session_id: id,
                participant_id: p.id.clone(),
                state: AttendanceState::Present,
            });
        }
    }
    out.extend(sessions.into_iter().map(Line::Session));
    out.extend(marks.into_iter().map(Line::Attendance));
    out
}

/// Jobs taken after (or instead of) participation, and activation routes, derived from
/// each person's number so that the random sequence of the rest stays as it was.
fn activation(participants: &[Participant], today: NaiveDate) -> Vec<Line> {
    use crate::domain::activation::{Job, JobBasis, Route, RouteKind};
    const EMPLOYERS: &[&str] = &[
        "Sklep Spożywczy Pod Lipami",
        "Spółdzielnia Socjalna Razem",
        "Zakład Usług Komunalnych",
        "Piekarnia Przykładowa",
    ];
    let mut out = Vec::new();
    let (mut jobs, mut routes) = (0, 0);
    for (n, p) in participants.iter().enumerate() {
        let Some(ended) = p.ended_on else {
            // Some of those still taking part are on a route as well.
            if p.status == Status::Active && n % 4 == 1 {
                let kind = [
                    RouteKind::Internship,
                    RouteKind::PublicWorks,
                    RouteKind::Cis,
                ][n % 3];
                let from = today - Days::new(30 + (n as u64 % 60));
                routes += 1;
                out.push(Line::Route(Route {
                    id: format!("r{routes}"),
                    participant_id: p.id.clone(),
                    kind,
                    from,
                    to: Some(from + Days::new(180)),
                    name: match kind {
                        RouteKind::Internship => "Staż w Urzędzie Gminy".into(),
                        RouteKind::PublicWorks => "Roboty publiczne przy zieleni miejskiej".into(),
                        _ => "Centrum Integracji Społecznej".into(),
                    },
                    note: String::new(),
                }));
            }
            continue;
        };
        let took_job = p.outcome == Some(Outcome::Employed)
            || p.reason.as_deref() == Some(InterruptReason::TookJob.code());
        if took_job {
            jobs += 1;
            out.push(Line::Job(Job {
                id: format!("j{jobs}"),
                participant_id: p.id.clone(),
                from: ended + Days::new(1 + n as u64 % 20),
                to: None,
                basis: [
                    JobBasis::EmploymentContract,
                    JobBasis::CivilLaw,
                    JobBasis::Cooperative,
                ][n % 3],
                employer: EMPLOYERS[n % EMPLOYERS.len()].into(),
            }));
        }
    }
    out
}

/// The generated club as interchange text.
pub fn to_text(lines: &[Line]) -> String {
    let mut s = String::new();
    for l in lines {
        s.push_str(&l.to_json());
        s.push('\n');
    }
    s
}
