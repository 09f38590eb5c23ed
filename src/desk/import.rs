//! Import: the whole file is checked in memory against every rule before a
//! single byte is written, so a bad line stores nothing.

use super::{Actor, Desk, DeskError, ImportSummary, Response, Result};
use crate::domain::activation::ends_before_start;
use crate::domain::contract::ContractState;
use crate::domain::dates::{month_start, week_start};
use crate::domain::hours::Hours;
use crate::domain::participation::admission;
use crate::domain::person::{
    is_statutory_group, rejection_reason, Participant, ParticipantError, Status,
};
use crate::domain::pesel::Pesel;
use crate::domain::psu::{check_entry, Agreement, Assignment};
use crate::domain::settings::Settings;
use crate::interchange::{parse_line, Line, ParseError, FORMAT};
use crate::store::{Change, Kind, Op};
use crate::text::catalog::Catalog;
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

/// Checks a file and turns it into the changes that store it.
pub fn plan_import(text: &str) -> Result<(Vec<Change>, ImportSummary)> {
    let mut lines: Vec<(usize, Line)> = Vec::new();
    let mut bad_lines: Vec<(usize, DeskError)> = Vec::new();
    let mut seen_header = false;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let raw = raw.trim_start_matches('\u{feff}');
        if raw.trim().is_empty() {
            continue;
        }
        let parsed = parse_line(raw).map_err(|e| match e {
            ParseError::Json(m) => syntax(n, |c| (c.desk.not_json)(&m)),
            ParseError::NoType => syntax(n, |c| c.desk.no_type_field),
            ParseError::UnknownType(t) => syntax(n, |c| (c.desk.unknown_type)(&t)),
            ParseError::Field(m) => field_error(n, raw, m),
        });
        // A bad line after the header is kept to compare with the other problems:
        // the lowest line number is reported.
        let line = match parsed {
            Ok(l) => l,
            Err(e) if seen_header => {
                bad_lines.push((n, e));
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
                Ok(()) => lines.push((n, line)),
                Err(x) => bad_lines.push((n, DeskError::Field(x).at_line(n))),
            },
        }
    }
    if !seen_header {
        return Err(syntax(1, |c| c.desk.file_empty));
    }
    let mut errors: Vec<(usize, DeskError)> = bad_lines;
    default_rejection_reasons(&mut lines);
    check(&lines, &mut errors);
    if let Some((_, e)) = errors.into_iter().min_by_key(|(n, _)| *n) {
        return Err(e);
    }
    let summary = ImportSummary {
        lines: lines.len() + 1,
        records: lines.len(),
    };
    // Referenced records first: the order of `Line`'s variants, then file order.
    lines.sort_by_key(|(n, l)| (l.rank(), *n));
    let ops: Vec<Op> = lines
        .into_iter()
        .filter_map(|(_, l)| l.into_record())
        .map(Op::Put)
        .collect();
    let changes = ops
        .chunks(OPS_PER_CHANGE)
        .map(|c| Change {
            ops: c.to_vec(),
            reason: None,
        })
        .collect();
    Ok((changes, summary))
}

/// A rejected participant whose reason is null gets the first barring
/// exclusion's code, or `other` (domain.md allows the null).
fn default_rejection_reasons(lines: &mut [(usize, Line)]) {
    let settings = lines
        .iter()
        .find_map(|(_, l)| match l {
            Line::Settings(s) => Some(s.clone()),
            _ => None,
        })
        .unwrap_or_default();
    for (_, l) in lines.iter_mut() {
        if let Line::Participant(p) = l {
            if p.status == Status::Rejected && p.reason.is_none() {
                p.reason = Some(rejection_reason(&p.exclusions, &settings));
            }
        }
    }
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

/// Every rule of domain.md that holds on import, over the whole file.
fn check(lines: &[(usize, Line)], errors: &mut Vec<(usize, DeskError)>) {
    let mut settings = Settings::default();
    let mut ids: HashMap<Kind, HashSet<&str>> = HashMap::new();
    let mut err = |n: usize, e: DeskError| errors.push((n, e.at_line(n)));
    let mut settings_seen = false;
    for (n, l) in lines {
        if let Line::Settings(s) = l {
            if settings_seen {
                err(
                    *n,
                    DeskError::Duplicate {
                        what: "settings",
                        key: String::new(),
                    },
                );
            }
            settings_seen = true;
            settings = s.clone();
        }
        let Some((kind, id)) = l.kind_id() else {
            continue;
        };
        if id.trim().is_empty() {
            err(*n, DeskError::said(|c| c.desk.empty_id));
        } else if !ids.entry(kind).or_default().insert(id) {
            err(
                *n,
                DeskError::DuplicateId {
                    kind,
                    id: id.to_string(),
                },
            );
        }
    }
    let has = |kind: Kind, id: &str| ids.get(&kind).is_some_and(|s| s.contains(id));
    let categories: HashSet<&str> = lines
        .iter()
        .filter_map(|(_, l)| match l {
            Line::Category(c) => Some(c.code.as_str()),
            _ => None,
        })
        .collect();
    let known = |c: &str| is_statutory_group(c) || categories.contains(c);
    // Participation rests on a contract: admission per participant, from the whole file.
    let people: HashMap<&str, &Participant> = lines
        .iter()
        .filter_map(|(_, l)| match l {
            Line::Participant(p) => Some((p.id.as_str(), p)),
            _ => None,
        })
        .collect();
    let mut contracts_of: HashMap<&str, Vec<&crate::domain::contract::Contract>> = HashMap::new();
    for (_, l) in lines {
        if let Line::Contract(c) = l {
            contracts_of
                .entry(c.participant_id.as_str())
                .or_default()
                .push(c);
        }
    }
    let admitted: HashMap<&str, chrono::NaiveDate> = contracts_of
        .iter()
        .filter_map(|(id, cs)| Some((*id, admission(cs.iter().copied())?)))
        .collect();
    let mut pesels: HashMap<&str, &Participant> = HashMap::new();
    let mut logins = HashSet::new();
    let mut numbers = HashSet::new();
    let mut active: HashMap<&str, &str> = HashMap::new();
    let mut agreements: HashMap<&str, &Agreement> = HashMap::new();
    let mut assignments: HashMap<&str, &Assignment> = HashMap::new();
    let mut errs: Vec<(usize, DeskError)> = Vec::new();
    let mut e = |n: usize, x: DeskError| errs.push((n, x));
    for (n, l) in lines {
        let n = *n;
        if let Err(x) = own_rules(l) {
            e(n, x);
        }
        match l {
            Line::Staff(s) if !logins.insert(s.login.as_str()) => e(
                n,
                DeskError::Duplicate {
                    what: "login",
                    key: s.login.clone(),
                },
            ),
            Line::Participant(p) => {
                if let Err(x) = p.validate(&settings, &known) {
                    e(n, DeskError::Participant(x));
                }
                if let Some(pesel) = &p.pesel {
                    if let Some(other) = pesels.insert(pesel.as_str(), p) {
                        e(
                            n,
                            DeskError::DuplicatePesel {
                                pesel: pesel.to_string(),
                                other: format!("{} ({})", other.full_name(), other.id),
                            },
                        );
                    }
                }
            }
            Line::Contract(c) => {
                if !has(Kind::Participant, &c.participant_id) {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Participant,
                            id: c.participant_id.clone(),
                        },
                    );
                }
                if people
                    .get(c.participant_id.as_str())
                    .is_some_and(|p| p.status == Status::Rejected)
                {
                    e(
                        n,
                        DeskError::Contract(crate::domain::contract::ContractError::Rejected {
                            number: c.number.clone(),
                        }),
                    );
                }
                if !numbers.insert(c.number.as_str()) {
                    e(
                        n,
                        DeskError::DuplicateContractNumber {
                            number: c.number.clone(),
                        },
                    );
                }
                if c.state == ContractState::Active {
                    if let Some(existing) =
                        active.insert(c.participant_id.as_str(), c.number.as_str())
                    {
                        e(
                            n,
                            DeskError::Contract(
                                crate::domain::contract::ContractError::SecondActive {
                                    participant: c.participant_id.clone(),
                                    existing: existing.to_string(),
                                },
                            ),
                        );
                    }
                }
            }
            Line::Agreement(a) => {
                agreements.insert(a.id.as_str(), a);
            }
            Line::Assignment(a) => {
                for (kind, id) in [
                    (Kind::Participant, &a.participant_id),
                    (Kind::Agreement, &a.agreement_id),
                    (Kind::Worksite, &a.worksite_id),
                    (Kind::Position, &a.position_id),
                ] {
                    if !has(kind, id) {
                        e(
                            n,
                            DeskError::Missing {
                                kind,
                                id: id.clone(),
                            },
                        );
                    }
                }
                if let Some(p) = people.get(a.participant_id.as_str()) {
                    let adm = admitted.get(a.participant_id.as_str()).copied();
                    if let Err(x) = crate::domain::psu::check_referred_person(a, p, adm) {
                        e(n, DeskError::Assignment(x));
                    } else if !p.pup_registered {
                        e(
                            n,
                            DeskError::Assignment(
                                crate::domain::psu::AssignmentError::NotRegistered,
                            ),
                        );
                    }
                }
                assignments.insert(a.id.as_str(), a);
            }
            Line::Session(s) => {
                if !has(Kind::Activity, &s.activity_id) {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Activity,
                            id: s.activity_id.clone(),
                        },
                    );
                }
                if let Some(sp) = &s.specialist_id {
                    if !has(Kind::Specialist, sp) {
                        e(
                            n,
                            DeskError::Missing {
                                kind: Kind::Specialist,
                                id: sp.clone(),
                            },
                        );
                    }
                }
            }
            _ => {}
        }
    }
    // Hours in file order against the limits, per participant and agreement.
    let mut days: HashSet<(&str, chrono::NaiveDate)> = HashSet::new();
    let mut week: HashMap<(&str, &str, chrono::NaiveDate), Hours> = HashMap::new();
    let mut month: HashMap<(&str, &str, chrono::NaiveDate), Hours> = HashMap::new();
    let mut marks: HashSet<(&str, &str)> = HashSet::new();
    let mut refunds: HashSet<(&str, chrono::NaiveDate)> = HashSet::new();
    for (n, l) in lines {
        let n = *n;
        match l {
            Line::Refund(r) => {
                let Some(agr) = agreements.get(r.agreement_id.as_str()) else {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Agreement,
                            id: r.agreement_id.clone(),
                        },
                    );
                    continue;
                };
                if let Err(x) = r.check_against(agr) {
                    e(n, DeskError::said_in(|lang| crate::text::refund(lang, &x)));
                } else if !refunds.insert((r.agreement_id.as_str(), r.month)) {
                    e(
                        n,
                        DeskError::Duplicate {
                            what: "refund",
                            key: format!("{} {}", r.agreement_id, r.month.format("%Y-%m")),
                        },
                    );
                }
            }
            Line::Hours(h) => {
                let Some(asg) = assignments.get(h.assignment_id.as_str()) else {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Assignment,
                            id: h.assignment_id.clone(),
                        },
                    );
                    continue;
                };
                let Some(agr) = agreements.get(asg.agreement_id.as_str()) else {
                    continue;
                };
                if let Some(p) = people.get(asg.participant_id.as_str()) {
                    let adm = admitted.get(asg.participant_id.as_str()).copied();
                    if let Err(x) = crate::domain::psu::check_participation_day(p, adm, h.date) {
                        e(n, DeskError::Hours(x));
                        continue;
                    }
                }
                if !days.insert((h.assignment_id.as_str(), h.date)) {
                    e(
                        n,
                        DeskError::Duplicate {
                            what: "hours",
                            key: format!("{} {}", h.assignment_id, h.date),
                        },
                    );
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
                match check_entry(agr, asg, h, wb, mb) {
                    Ok(()) => {
                        *week.entry(wk).or_default() += h.hours;
                        *month.entry(mk).or_default() += h.hours;
                    }
                    Err(x) => e(n, DeskError::Hours(x)),
                }
            }
            Line::Note(x) if !has(Kind::Participant, &x.participant_id) => e(
                n,
                DeskError::Missing {
                    kind: Kind::Participant,
                    id: x.participant_id.clone(),
                },
            ),
            Line::Job(x) if !has(Kind::Participant, &x.participant_id) => e(
                n,
                DeskError::Missing {
                    kind: Kind::Participant,
                    id: x.participant_id.clone(),
                },
            ),
            Line::Route(x) if !has(Kind::Participant, &x.participant_id) => e(
                n,
                DeskError::Missing {
                    kind: Kind::Participant,
                    id: x.participant_id.clone(),
                },
            ),
            Line::Attendance(a) => {
                if !has(Kind::Session, &a.session_id) {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Session,
                            id: a.session_id.clone(),
                        },
                    );
                }
                if !has(Kind::Participant, &a.participant_id) {
                    e(
                        n,
                        DeskError::Missing {
                            kind: Kind::Participant,
                            id: a.participant_id.clone(),
                        },
                    );
                }
                if !marks.insert((a.session_id.as_str(), a.participant_id.as_str())) {
                    e(
                        n,
                        DeskError::Duplicate {
                            what: "attendance",
                            key: format!("{} {}", a.session_id, a.participant_id),
                        },
                    );
                }
            }
            _ => {}
        }
    }
    for (n, x) in errs {
        let x = match x {
            already @ DeskError::ImportLine { .. } => already,
            other => other.at_line(n),
        };
        errors.push((n, x));
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

    pub(super) fn import(&self, actor: &Actor, text: &str) -> Result<Response> {
        let (changes, summary) = plan_import(text)?;
        let records = self.records_stored()?;
        if records > 0 {
            return Err(DeskError::NotEmpty { records });
        }
        if !changes.is_empty() {
            let seq = self.store.commit_batch(&actor.login, changes)?;
            // No record list: a whole club arrived, everything is new.
            self.announce(actor, seq, &[]);
        }
        *self.search.write().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(Response::Imported(summary))
    }
}
