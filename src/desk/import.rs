//! Import: every line is checked against every rule before a single byte is
//! written (a first pass keeps only what the rules need, not the records), then
//! the lines are read again in storing order and streamed into one journal
//! batch, so a bad line stores nothing.

use super::{Actor, Desk, DeskError, ImportSummary, Response, Result};
use crate::domain::activation::ends_before_start;
use crate::domain::contract::{ContractError, ContractState};
use crate::domain::dates::{month_start, week_start};
use crate::domain::hours::Hours;
use crate::domain::participation::admission;
use crate::domain::person::{
    is_statutory_group, rejection_reason, Participant, ParticipantError, Status,
};
use crate::domain::pesel::Pesel;
use crate::domain::psu::{
    check_entry, check_participation_day, check_referred_person, Absence, Agreement, Assignment,
    AssignmentError, HourRow, Refund,
};
use crate::domain::settings::Settings;
use crate::interchange::{parse_line, Line, ParseError, FORMAT, TYPES};
use crate::store::{Change, Kind, Op};
use crate::text::catalog::Catalog;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

const OPS_PER_CHANGE: usize = 10_000;

fn syntax<T: Into<String>>(line: usize, text: impl Fn(&'static Catalog) -> T) -> DeskError {
    DeskError::said(text).at_line(line)
}

/// A bad PESEL inside a participant line gets the PESEL's own message.
fn field_error(line: usize, text: &str, reason: String) -> DeskError {
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        if v.get("type").and_then(|t| t.as_str()) == Some("participant") {
            if let Some(p) = v.get("pesel").and_then(|p| p.as_str()) {
                if let Err(e) = Pesel::parse(p) {
                    return DeskError::Participant(ParticipantError::Pesel(e)).at_line(line);
                }
            }
        }
    }
    DeskError::ImportSyntax { line, reason }
}

fn parse(n: usize, raw: &str) -> Result<Line> {
    parse_line(raw).map_err(|e| match e {
        ParseError::Json(m) => syntax(n, |c| (c.desk.not_json)(&m)),
        ParseError::NoType => syntax(n, |c| c.desk.no_type_field),
        ParseError::UnknownType(t) => syntax(n, |c| (c.desk.unknown_type)(&t)),
        ParseError::Field(m) => field_error(n, raw, m),
    })
}

/// The line that starts at byte `start`, parsed again as the first pass did.
fn line_at(text: &str, start: usize) -> Result<Line> {
    let raw = text[start..].lines().next().unwrap_or("");
    let raw = raw.trim_start_matches('\u{feff}');
    parse_line(raw).or_else(|_| {
        // Only without a first pass: the error names the line as it would have.
        let n = text.as_bytes()[..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        parse(n, raw)
    })
}

/// A rejected participant whose reason is null gets the first barring
/// exclusion's code, or `other` (domain.md allows the null).
fn default_rejection_reason(line: &mut Line, settings: &Settings) {
    if let Line::Participant(p) = line {
        if p.status == Status::Rejected && p.reason.is_none() {
            p.reason = Some(rejection_reason(&p.exclusions, settings));
        }
    }
}

/// A checked file: where its lines are, to be read again in the order they are stored.
pub struct Plan {
    summary: ImportSummary,
    /// Each line's first byte, per `Line::rank()`, in file order.
    starts: Vec<Vec<usize>>,
    /// The file's first settings: they give a rejection its missing reason.
    settings: Settings,
}

impl Plan {
    pub fn summary(&self) -> &ImportSummary {
        &self.summary
    }

    /// The changes that store the checked `text`, `OPS_PER_CHANGE` records each:
    /// referenced records first (the order of `Line`'s variants), then file order.
    /// Parsed one change at a time, so that the file is never held as records;
    /// the plan, and the text when it is owned, go with the iterator.
    pub fn into_changes<'a>(
        self,
        text: impl Into<Cow<'a, str>>,
    ) -> impl Iterator<Item = Result<Change>> + 'a {
        let text = text.into();
        let settings = self.settings;
        let mut starts = self.starts.into_iter().flatten();
        std::iter::from_fn(move || {
            let mut ops = Vec::new();
            for start in starts.by_ref() {
                let mut line = match line_at(&text, start) {
                    Ok(l) => l,
                    Err(e) => return Some(Err(e)),
                };
                default_rejection_reason(&mut line, &settings);
                ops.extend(line.into_record().map(Op::Put));
                if ops.len() == OPS_PER_CHANGE {
                    break;
                }
            }
            (!ops.is_empty()).then_some(Ok(Change { ops, reason: None }))
        })
    }
}

/// Checks a file: every rule, the lowest line's problem reported. What it keeps
/// is what the rules need (ids, PESELs, limits' running totals…), not the records.
pub fn plan_import(text: &str) -> Result<Plan> {
    let whole = WholeFile::read(text);
    let settings = whole.first_settings.clone().unwrap_or_default();
    let mut check = Checker::new(whole);
    let mut first = First::default();
    let mut starts: Vec<Vec<usize>> = vec![Vec::new(); TYPES.len()];
    let mut records = 0usize;
    let mut seen_header = false;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let start = raw.as_ptr() as usize - text.as_ptr() as usize;
        let raw = raw.trim_start_matches('\u{feff}');
        if raw.trim().is_empty() {
            continue;
        }
        // A bad line after the header is kept to compare with the other problems:
        // the lowest line number is reported.
        let mut line = match parse(n, raw) {
            Ok(l) => l,
            Err(e) if seen_header => {
                first.add(n, step::READ, e);
                continue;
            }
            Err(e) => return Err(e),
        };
        match (&line, seen_header) {
            (Line::Kis(h), false) => {
                if h.format > FORMAT {
                    return Err(syntax(n, |c| (c.desk.format_too_new)(h.format, FORMAT)));
                }
                seen_header = true;
            }
            (Line::Kis(_), true) => return Err(syntax(n, |c| c.desk.second_header)),
            (_, false) => return Err(syntax(n, |c| c.desk.header_first)),
            // Sizes, characters and ranges first: the same rules as every desk write.
            _ => match super::rules::line_fields(&line) {
                Ok(()) => {
                    records += 1;
                    starts[line.rank()].push(start);
                    default_rejection_reason(&mut line, &settings);
                    check.line(n, start, line, &mut first);
                }
                Err(x) => first.add(n, step::READ, DeskError::Field(x).at_line(n)),
            },
        }
    }
    if !seen_header {
        return Err(syntax(1, |c| c.desk.file_empty));
    }
    check.finish(text, &settings, &mut first);
    if let Some((_, _, e)) = first.0 {
        return Err(e);
    }
    Ok(Plan {
        summary: ImportSummary {
            lines: records + 1,
            records,
        },
        starts,
        settings,
    })
}

/// The rules a record keeps by itself, whatever else the file or the database
/// holds: the same for an imported line and a record saved through the desk.
pub(super) fn own_rules(l: &Line) -> Result<()> {
    super::rules::line_fields(l)?;
    match l {
        Line::Category(g) if is_statutory_group(&g.code) => {
            Err(DeskError::said(|c| (c.desk.group_is_statutory)(&g.code)))
        }
        Line::Category(g) if !crate::domain::person::valid_group_code(&g.code) => {
            Err(DeskError::said(|c| (c.desk.group_code_format)(&g.code)))
        }
        Line::Settings(st) => st
            .check_order()
            .map_err(|(a, x, b, y)| DeskError::said(|c| (c.desk.settings_order)(a, x, b, y))),
        Line::Contract(c) => c.validate().map_err(DeskError::Contract),
        Line::Agreement(a) => a.validate().map_err(DeskError::Agreement),
        Line::Job(j) if ends_before_start(j.from, j.to) => {
            Err(DeskError::said(|c| c.desk.job_ends_before_start))
        }
        Line::Route(r) if ends_before_start(r.from, r.to) => {
            Err(DeskError::said(|c| c.desk.route_ends_before_start))
        }
        Line::Assignment(a) if a.to < a.from => {
            Err(DeskError::said(|c| c.desk.assignment_ends_before_start))
        }
        _ => Ok(()),
    }
}

/// Where on one line each problem comes: a line's first problem is the one
/// reported, in the order the rules have always been tried.
mod step {
    /// The line does not read, or a field breaks its limits.
    pub const READ: u8 = 0;
    pub const SETTINGS_TWICE: u8 = 1;
    pub const ID: u8 = 2;
    pub const OWN_RULES: u8 = 3;
    /// The record type's rules against the rest of the file, in order.
    pub const TYPE: u8 = 4;
    /// References checked in file order after every record is known: refunds,
    /// hours, attendance, notes, jobs, routes.
    pub const REFERENCE: u8 = 10;
}

/// The problem reported: the lowest line's, and its first by `step`.
#[derive(Default)]
struct First(Option<(usize, u8, DeskError)>);

impl First {
    fn add(&mut self, n: usize, step: u8, e: DeskError) {
        if self.0.as_ref().is_none_or(|(m, s, _)| (n, step) < (*m, *s)) {
            self.0 = Some((n, step, e));
        }
    }

    /// A rule's refusal, named with its line.
    fn rule(&mut self, n: usize, step: u8, x: DeskError) {
        let x = match x {
            already @ DeskError::ImportLine { .. } => already,
            other => other.at_line(n),
        };
        self.add(n, step, x);
    }
}

/// What a participant is checked against wherever it lies in the file: the
/// settings and the local groups. Read before the first pass from the few
/// lines that are settings or groups.
#[derive(Default)]
struct WholeFile {
    /// A rejection's missing reason comes from the first settings…
    first_settings: Option<Settings>,
    /// …and participants are checked against the last (a second settings line
    /// is refused, but a participant's problem on an earlier line comes first).
    last_settings: Option<Settings>,
    categories: HashSet<String>,
}

impl WholeFile {
    fn read(text: &str) -> WholeFile {
        #[derive(serde::Deserialize)]
        struct Type<'a> {
            #[serde(rename = "type", borrow)]
            ty: Option<Cow<'a, str>>,
        }
        let mut whole = WholeFile::default();
        for raw in text.lines() {
            let raw = raw.trim_start_matches('\u{feff}');
            if raw.trim().is_empty() {
                continue;
            }
            // Only a line whose type certainly reads as another is left unparsed.
            if let Ok(Type { ty: Some(t) }) = serde_json::from_str::<Type>(raw) {
                if t != "settings" && t != "category" {
                    continue;
                }
            }
            // As the first pass takes a line; one it refuses stops the import anyway.
            let Ok(line) = parse_line(raw) else { continue };
            if super::rules::line_fields(&line).is_err() {
                continue;
            }
            match line {
                Line::Settings(s) => {
                    whole.first_settings.get_or_insert_with(|| s.clone());
                    whole.last_settings = Some(s);
                }
                Line::Category(c) => {
                    whole.categories.insert(c.code);
                }
                _ => {}
            }
        }
        whole
    }
}

/// A participant as the rules about the rest of the file need it.
struct Person {
    status: Status,
    /// Its line, parsed again for the people that referrals name.
    start: usize,
}

/// One hour row, waiting for every assignment and agreement to be known.
struct HourFact {
    n: usize,
    /// Into `Checker::hour_assignments`.
    assignment: u32,
    date: NaiveDate,
    hours: Hours,
    absence: Option<Absence>,
}

/// What the rules need to know of the whole file, gathered line by line, and
/// the checks that wait for all of it (a line may name a record further down).
struct Checker {
    settings: Settings,
    categories: HashSet<String>,
    settings_seen: bool,
    ids: HashMap<Kind, HashSet<String>>,
    logins: HashSet<String>,
    /// PESEL → "name (id)" of the last participant with it.
    pesels: HashMap<String, String>,
    /// The last participant of each id.
    people: HashMap<String, Person>,
    admitted: HashMap<String, NaiveDate>,
    numbers: HashSet<String>,
    /// Participant → the number of their last active contract.
    active: HashMap<String, String>,
    agreements: HashMap<String, Agreement>,
    /// Line, participant, number.
    contracts: Vec<(usize, String, String)>,
    assignments: Vec<(usize, Assignment)>,
    /// Line, activity, specialist.
    sessions: Vec<(usize, String, Option<String>)>,
    refunds: Vec<(usize, Refund)>,
    hours: Vec<HourFact>,
    /// The assignment ids hour rows name, each once.
    hour_assignments: Vec<String>,
    hour_assignment_index: HashMap<String, u32>,
    /// Notes, jobs, routes: line, participant.
    owned: Vec<(usize, String)>,
    /// Line, session, participant.
    attendance: Vec<(usize, String, String)>,
}

impl Checker {
    fn new(whole: WholeFile) -> Checker {
        Checker {
            settings: whole.last_settings.unwrap_or_default(),
            categories: whole.categories,
            settings_seen: false,
            ids: HashMap::new(),
            logins: HashSet::new(),
            pesels: HashMap::new(),
            people: HashMap::new(),
            admitted: HashMap::new(),
            numbers: HashSet::new(),
            active: HashMap::new(),
            agreements: HashMap::new(),
            contracts: Vec::new(),
            assignments: Vec::new(),
            sessions: Vec::new(),
            refunds: Vec::new(),
            hours: Vec::new(),
            hour_assignments: Vec::new(),
            hour_assignment_index: HashMap::new(),
            owned: Vec::new(),
            attendance: Vec::new(),
        }
    }

    /// The rules a line keeps by itself or against the lines before it; the
    /// rest waits in `self` for `finish`.
    fn line(&mut self, n: usize, start: usize, l: Line, first: &mut First) {
        if let Line::Settings(_) = l {
            if self.settings_seen {
                let e = DeskError::Duplicate {
                    what: "settings",
                    key: String::new(),
                };
                first.add(n, step::SETTINGS_TWICE, e.at_line(n));
            }
            self.settings_seen = true;
        }
        if let Some((kind, id)) = l.kind_id() {
            if id.trim().is_empty() {
                first.add(n, step::ID, DeskError::said(|c| c.desk.empty_id).at_line(n));
            } else {
                let ids = self.ids.entry(kind).or_default();
                if ids.contains(id) {
                    let e = DeskError::DuplicateId {
                        kind,
                        id: id.to_string(),
                    };
                    first.add(n, step::ID, e.at_line(n));
                } else {
                    ids.insert(id.to_string());
                }
            }
        }
        if let Err(x) = own_rules(&l) {
            first.rule(n, step::OWN_RULES, x);
        }
        let mut e = |i: u8, x: DeskError| first.rule(n, step::TYPE + i, x);
        match l {
            Line::Staff(s) if !self.logins.insert(s.login.clone()) => e(
                0,
                DeskError::Duplicate {
                    what: "login",
                    key: s.login,
                },
            ),
            Line::Participant(p) => {
                let categories = &self.categories;
                let known = |c: &str| is_statutory_group(c) || categories.contains(c);
                if let Err(x) = p.validate(&self.settings, &known) {
                    e(0, DeskError::Participant(x));
                }
                if let Some(pesel) = &p.pesel {
                    let who = format!("{} ({})", p.full_name(), p.id);
                    if let Some(other) = self.pesels.insert(pesel.as_str().to_string(), who) {
                        e(
                            1,
                            DeskError::DuplicatePesel {
                                pesel: pesel.to_string(),
                                other,
                            },
                        );
                    }
                }
                let person = Person {
                    status: p.status,
                    start,
                };
                self.people.insert(p.id, person);
            }
            Line::Contract(c) => {
                // Steps 0 and 1 (the participant) wait for the whole file.
                if !self.numbers.insert(c.number.clone()) {
                    e(
                        2,
                        DeskError::DuplicateContractNumber {
                            number: c.number.clone(),
                        },
                    );
                }
                if c.state == ContractState::Active {
                    if let Some(existing) = self
                        .active
                        .insert(c.participant_id.clone(), c.number.clone())
                    {
                        e(
                            3,
                            DeskError::Contract(ContractError::SecondActive {
                                participant: c.participant_id.clone(),
                                existing,
                            }),
                        );
                    }
                }
                // Admission is the earliest of the contracts' own admissions.
                if let Some(day) = admission(std::iter::once(&c)) {
                    self.admitted
                        .entry(c.participant_id.clone())
                        .and_modify(|d| *d = (*d).min(day))
                        .or_insert(day);
                }
                self.contracts.push((n, c.participant_id, c.number));
            }
            Line::Agreement(a) => {
                self.agreements.insert(a.id.clone(), a);
            }
            Line::Assignment(a) => self.assignments.push((n, a)),
            Line::Session(s) => self.sessions.push((n, s.activity_id, s.specialist_id)),
            Line::Refund(r) => self.refunds.push((n, r)),
            Line::Hours(h) => {
                let assignment = match self.hour_assignment_index.get(&h.assignment_id) {
                    Some(&i) => i,
                    None => {
                        let i = self.hour_assignments.len() as u32;
                        self.hour_assignment_index
                            .insert(h.assignment_id.clone(), i);
                        self.hour_assignments.push(h.assignment_id);
                        i
                    }
                };
                self.hours.push(HourFact {
                    n,
                    assignment,
                    date: h.date,
                    hours: h.hours,
                    absence: h.absence,
                });
            }
            Line::Note(x) => self.owned.push((n, x.participant_id)),
            Line::Job(x) => self.owned.push((n, x.participant_id)),
            Line::Route(x) => self.owned.push((n, x.participant_id)),
            Line::Attendance(a) => self.attendance.push((n, a.session_id, a.participant_id)),
            _ => {}
        }
    }

    /// The rules that need the whole file: references, admissions, and the
    /// hours against the limits in file order.
    fn finish(self, text: &str, reasons: &Settings, first: &mut First) {
        let has = |kind: Kind, id: &str| self.ids.get(&kind).is_some_and(|s| s.contains(id));
        let missing = |kind: Kind, id: &str| DeskError::Missing {
            kind,
            id: id.to_string(),
        };
        for (n, participant, number) in &self.contracts {
            let n = *n;
            if !has(Kind::Participant, participant) {
                first.rule(n, step::TYPE, missing(Kind::Participant, participant));
            }
            if self
                .people
                .get(participant.as_str())
                .is_some_and(|p| p.status == Status::Rejected)
            {
                let x = DeskError::Contract(ContractError::Rejected {
                    number: number.clone(),
                });
                first.rule(n, step::TYPE + 1, x);
            }
        }
        // The people referrals name, read again whole from their lines (a line
        // that no longer parsed would stop the second pass anyway).
        let mut referred: HashMap<&str, Participant> = HashMap::new();
        for (_, a) in &self.assignments {
            let id = a.participant_id.as_str();
            if referred.contains_key(id) {
                continue;
            }
            if let Some(person) = self.people.get(id) {
                if let Ok(mut line) = line_at(text, person.start) {
                    default_rejection_reason(&mut line, reasons);
                    if let Line::Participant(p) = line {
                        referred.insert(id, p);
                    }
                }
            }
        }
        let mut assignments: HashMap<&str, &Assignment> = HashMap::new();
        for (n, a) in &self.assignments {
            let n = *n;
            for (i, (kind, id)) in [
                (Kind::Participant, &a.participant_id),
                (Kind::Agreement, &a.agreement_id),
                (Kind::Worksite, &a.worksite_id),
                (Kind::Position, &a.position_id),
            ]
            .into_iter()
            .enumerate()
            {
                if !has(kind, id) {
                    first.rule(n, step::TYPE + i as u8, missing(kind, id));
                }
            }
            if let Some(p) = referred.get(a.participant_id.as_str()) {
                let adm = self.admitted.get(a.participant_id.as_str()).copied();
                let x = match check_referred_person(a, p, adm) {
                    Err(x) => Some(x),
                    Ok(()) if !p.pup_registered => Some(AssignmentError::NotRegistered),
                    Ok(()) => None,
                };
                if let Some(x) = x {
                    first.rule(n, step::TYPE + 4, DeskError::Assignment(x));
                }
            }
            assignments.insert(a.id.as_str(), a);
        }
        for (n, activity, specialist) in &self.sessions {
            if !has(Kind::Activity, activity) {
                first.rule(*n, step::TYPE, missing(Kind::Activity, activity));
            }
            if let Some(sp) = specialist {
                if !has(Kind::Specialist, sp) {
                    first.rule(*n, step::TYPE + 1, missing(Kind::Specialist, sp));
                }
            }
        }
        let mut e = |n: usize, i: u8, x: DeskError| first.rule(n, step::REFERENCE + i, x);
        let mut refunds: HashSet<(&str, NaiveDate)> = HashSet::new();
        for (n, r) in &self.refunds {
            let n = *n;
            let Some(agr) = self.agreements.get(r.agreement_id.as_str()) else {
                e(n, 0, missing(Kind::Agreement, &r.agreement_id));
                continue;
            };
            if let Err(x) = r.check_against(agr) {
                e(
                    n,
                    1,
                    DeskError::said_in(|lang| crate::text::refund(lang, &x)),
                );
            } else if !refunds.insert((r.agreement_id.as_str(), r.month)) {
                let key = format!("{} {}", r.agreement_id, r.month.format("%Y-%m"));
                e(
                    n,
                    1,
                    DeskError::Duplicate {
                        what: "refund",
                        key,
                    },
                );
            }
        }
        // Hours in file order against the limits, per participant and agreement.
        let mut days: HashSet<(u32, NaiveDate)> = HashSet::new();
        let mut week: HashMap<(&str, &str, NaiveDate), Hours> = HashMap::new();
        let mut month: HashMap<(&str, &str, NaiveDate), Hours> = HashMap::new();
        let mut row = HourRow {
            assignment_id: String::new(),
            date: NaiveDate::MIN,
            hours: Hours::ZERO,
            absence: None,
        };
        for h in &self.hours {
            let (n, id) = (h.n, &self.hour_assignments[h.assignment as usize]);
            let Some(asg) = assignments.get(id.as_str()).copied() else {
                e(n, 0, missing(Kind::Assignment, id));
                continue;
            };
            let Some(agr) = self.agreements.get(asg.agreement_id.as_str()) else {
                continue;
            };
            if let Some(p) = referred.get(asg.participant_id.as_str()) {
                let adm = self.admitted.get(asg.participant_id.as_str()).copied();
                if let Err(x) = check_participation_day(p, adm, h.date) {
                    e(n, 1, DeskError::Hours(x));
                    continue;
                }
            }
            if !days.insert((h.assignment, h.date)) {
                let key = format!("{} {}", id, h.date);
                e(n, 2, DeskError::Duplicate { what: "hours", key });
                continue;
            }
            let wk = (
                asg.participant_id.as_str(),
                asg.agreement_id.as_str(),
                week_start(h.date),
            );
            let mk = (
                asg.participant_id.as_str(),
                asg.agreement_id.as_str(),
                month_start(h.date),
            );
            let (wb, mb) = (
                week.get(&wk).copied().unwrap_or_default(),
                month.get(&mk).copied().unwrap_or_default(),
            );
            row.assignment_id.clone_from(id);
            (row.date, row.hours, row.absence) = (h.date, h.hours, h.absence);
            match check_entry(agr, asg, &row, wb, mb) {
                Ok(()) => {
                    *week.entry(wk).or_default() += h.hours;
                    *month.entry(mk).or_default() += h.hours;
                }
                Err(x) => e(n, 3, DeskError::Hours(x)),
            }
        }
        for (n, participant) in &self.owned {
            if !has(Kind::Participant, participant) {
                e(*n, 0, missing(Kind::Participant, participant));
            }
        }
        let mut marks: HashSet<(&str, &str)> = HashSet::new();
        for (n, session, participant) in &self.attendance {
            let n = *n;
            if !has(Kind::Session, session) {
                e(n, 0, missing(Kind::Session, session));
            }
            if !has(Kind::Participant, participant) {
                e(n, 1, missing(Kind::Participant, participant));
            }
            if !marks.insert((session.as_str(), participant.as_str())) {
                let key = format!("{session} {participant}");
                e(
                    n,
                    2,
                    DeskError::Duplicate {
                        what: "attendance",
                        key,
                    },
                );
            }
        }
    }
}

impl Desk {
    pub(super) fn records_stored(&self) -> Result<usize> {
        let mut n: usize = Kind::ALL.iter().map(|k| self.store.count(*k)).sum();
        n += self.store.settings_stored()?.is_some() as usize;
        let mut any_hours = false;
        self.store
            .hours_between(chrono::NaiveDate::MIN, chrono::NaiveDate::MAX, |_| {
                any_hours = true;
                Ok(())
            })?;
        Ok(n + any_hours as usize)
    }

    /// Given the text itself (not a borrow), the import lets it go once the
    /// journal holds it, before sled is brought up to date.
    pub(super) fn import<'t>(
        &self,
        actor: &Actor,
        text: impl Into<Cow<'t, str>>,
    ) -> Result<Response> {
        let text = text.into();
        let plan = plan_import(&text)?;
        let records = self.records_stored()?;
        if records > 0 {
            return Err(DeskError::NotEmpty { records });
        }
        let summary = plan.summary.clone();
        if summary.records > 0 {
            let seq = self
                .store
                .commit_stream(&actor.login, plan.into_changes(text))?;
            // No record list: a whole club arrived, everything is new.
            self.announce(actor, seq, &[]);
        }
        *self.search.write().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(Response::Imported(summary))
    }
}
