//! The club's report: JSON for programs (the contract, with codes), and for people
//! prose in the user's language, CSV for Polish Excel (one table per section) and
//! xlsx (one sheet per section), every code named in words from the catalog.

use super::table::{count_row, excel_csv, header, text, Cell, Table};
use crate::domain::activation::RouteKind;
use crate::domain::money::Money;
use crate::domain::person::{InterruptReason, Outcome, STATUTORY_GROUPS};
use crate::domain::report::{
    comparison, ActivityLine, Comparison, Count, Report, Services, SpecialistLine,
};
use crate::text::catalog::{catalog, ReportText};
use crate::text::clean::{clean_block, clean_line};
use crate::text::Lang;
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn to_json(r: &Report) -> String {
    crate::text::clean::json(&serde_json::to_string_pretty(r).expect("reports serialise"))
        .into_owned()
        + "\n"
}

/// A code's name, or the code itself when the catalog has none (a club's own group).
fn named(name: Option<&'static str>, code: &str) -> String {
    name.map(str::to_string).unwrap_or_else(|| code.to_string())
}

fn group_name(t: &ReportText, r: &Report, code: &str) -> String {
    match (t.group)(code) {
        Some(name) => name.to_string(),
        None => r
            .group_names
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string()),
    }
}

fn outcome_name(t: &ReportText, code: &str) -> String {
    named(Outcome::from_code(code).map(t.outcome), code)
}

fn reason_name(t: &ReportText, code: &str) -> String {
    named(InterruptReason::from_code(code).map(t.reason), code)
}

fn route_name(t: &ReportText, code: &str) -> String {
    named(RouteKind::from_code(code).map(t.route_kind), code)
}

fn role_name(t: &ReportText, role: &str) -> String {
    named((t.specialist_role)(role), role)
}

/// Every group of the report, in the order people know them: the statutory ones
/// in the Act's order, then the club's own by code.
fn group_codes(r: &Report) -> Vec<&str> {
    let mut codes: Vec<&str> = r
        .groups
        .keys()
        .chain(r.groups_active.keys())
        .map(String::as_str)
        .collect();
    let rank = |c: &str| {
        STATUTORY_GROUPS
            .iter()
            .position(|(s, _, _)| *s == c)
            .unwrap_or(STATUTORY_GROUPS.len())
    };
    codes.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    codes.dedup();
    codes
}

/// A map by code in the order of `order` (an enum's), with codes it does not know after.
fn in_order<'a>(map: &'a BTreeMap<String, Count>, order: &[&str]) -> Vec<(&'a str, &'a Count)> {
    let mut out: Vec<(&str, &Count)> = order
        .iter()
        .filter_map(|code| map.get_key_value(*code))
        .map(|(k, c)| (k.as_str(), c))
        .collect();
    out.extend(
        map.iter()
            .filter(|(k, _)| !order.contains(&k.as_str()))
            .map(|(k, c)| (k.as_str(), c)),
    );
    out
}

fn outcome_codes() -> Vec<&'static str> {
    Outcome::ALL.iter().map(|o| o.code()).collect()
}

fn reason_codes() -> Vec<&'static str> {
    InterruptReason::ALL.iter().map(|o| o.code()).collect()
}

fn route_codes() -> Vec<&'static str> {
    RouteKind::ALL.iter().map(|o| o.code()).collect()
}

/// Of the independent, those who work: everyone who finished with a job or their
/// own business is independent (domain.md, "The report, as the clubs report").
fn independent_working(r: &Report) -> Count {
    let mut c = Count::default();
    for o in [Outcome::Employed, Outcome::SelfEmployed] {
        if let Some(x) = r.ended.outcomes.get(o.code()) {
            c.total += x.total;
            c.women += x.women;
            c.men += x.men;
        }
    }
    c
}

/// This period's main figures after the earlier years', oldest first.
fn comparison_rows(r: &Report) -> Vec<Comparison> {
    let mut rows = r.compare.clone();
    rows.sort_by_key(|c| c.period.from);
    rows.push(comparison(r));
    rows
}

/// Whether the report has anything to say about PSU.
fn has_psu(r: &Report) -> bool {
    let p = &r.psu;
    p.persons > 0
        || p.referred > 0
        || p.resigned > 0
        || p.paid != Money::ZERO
        || p.refund != Money::ZERO
        || p.refund_received != Money::ZERO
}

/// Prose a coordinator pastes into the document for the council, in `lang`.
pub fn to_text(r: &Report, lang: Lang) -> String {
    let t = &catalog(lang).report;
    let mut o = String::new();
    fn line(o: &mut String, s: &str) {
        o.push_str(s);
        o.push('\n');
    }
    line(&mut o, &(t.title)(r.period.from, r.period.to));
    line(&mut o, "");
    line(&mut o, &(t.headline)(r));
    line(&mut o, "");

    line(
        &mut o,
        &(t.participants)(&r.participants.admitted, &r.participants.active),
    );
    line(
        &mut o,
        &(t.continuing)(r.period.to, &r.participants.continuing),
    );
    line(&mut o, &(t.contracts)(r.contracts_concluded));
    line(&mut o, "");
    let zero = Count::default();
    line(&mut o, t.groups_active);
    for code in group_codes(r) {
        let c = r.groups_active.get(code).unwrap_or(&zero);
        line(&mut o, &(t.line)(&group_name(t, r, code), c));
    }
    line(&mut o, "");
    line(&mut o, t.groups_admitted);
    for code in group_codes(r) {
        let c = r.groups.get(code).unwrap_or(&zero);
        line(&mut o, &(t.line)(&group_name(t, r, code), c));
    }
    line(&mut o, "");

    line(&mut o, &(t.ended)(&r.ended.total));
    for (code, c) in in_order(&r.ended.outcomes, &outcome_codes()) {
        line(&mut o, &(t.line)(&outcome_name(t, code), c));
    }
    if !r.ended.interrupted.is_empty() {
        line(&mut o, t.interrupted);
        for (code, c) in in_order(&r.ended.interrupted, &reason_codes()) {
            line(&mut o, &(t.line)(&reason_name(t, code), c));
        }
    }
    line(&mut o, &(t.graduates)(&r.graduates));
    line(
        &mut o,
        &(t.employed)(&r.employed, &r.independent, independent_working(r).total),
    );
    line(&mut o, "");

    if r.routes.is_empty() {
        line(&mut o, t.no_routes);
    } else {
        line(&mut o, t.routes);
        for (code, c) in in_order(&r.routes, &route_codes()) {
            line(&mut o, &(t.line)(&route_name(t, code), c));
        }
    }
    line(&mut o, "");

    if !r.activities.is_empty() {
        line(&mut o, t.activities);
        for a in &r.activities {
            line(
                &mut o,
                &(t.activity)(a, (t.activity_kind)(a.kind), (t.area)(a.area)),
            );
        }
    }
    if !r.specialists.is_empty() {
        line(&mut o, t.specialists);
        for sp in &r.specialists {
            line(&mut o, &(t.specialist)(sp, &role_name(t, &sp.role)));
        }
    }
    line(
        &mut o,
        &(t.services)(&r.services.social, &r.services.vocational),
    );
    line(&mut o, &(t.served)(&r.served));
    line(&mut o, "");

    if has_psu(r) {
        line(
            &mut o,
            &if r.psu.persons > 0 {
                (t.psu)(&r.psu)
            } else {
                t.no_psu.to_string()
            },
        );
        line(&mut o, &(t.psu_referred)(r.psu.referred, r.psu.resigned));
        line(&mut o, &(t.refund)(r.psu.refund, r.psu.refund_received));
        if !r.psu.worksites.is_empty() {
            line(&mut o, t.worksites);
            for w in &r.psu.worksites {
                line(&mut o, &(t.worksite)(w));
            }
        }
    } else {
        line(&mut o, t.no_psu);
    }
    line(&mut o, "");

    if r.staff.is_empty() {
        line(&mut o, t.no_staff);
    } else {
        line(&mut o, t.staff);
        for s in &r.staff {
            line(
                &mut o,
                &(t.staff_member)(
                    s,
                    (catalog(lang).names.role)(s.role),
                    s.basis.map(t.staff_basis),
                ),
            );
        }
    }

    if !r.compare.is_empty() {
        line(&mut o, "");
        line(&mut o, t.compare);
        o.push_str(&compare_text(t, r));
    }
    // A second line of defence for anything written above unclean.
    clean_block(&o).into_owned()
}

/// The comparison as a text table: a period a row, numbers to the right.
fn compare_text(t: &ReportText, r: &Report) -> String {
    let mut rows: Vec<Vec<String>> = vec![std::iter::once(t.sheet_period)
        .chain(t.compare_columns[2..].iter().copied())
        .map(str::to_string)
        .collect()];
    for c in comparison_rows(r) {
        rows.push(vec![
            (t.period)(c.period.from, c.period.to),
            c.active.to_string(),
            c.admitted.to_string(),
            c.graduates.to_string(),
            c.employed.to_string(),
            c.independent.to_string(),
            c.psu_persons.to_string(),
            c.psu_paid.to_pl_number(),
        ]);
    }
    let columns = rows[0].len();
    let width = |i: usize| {
        rows.iter()
            .map(|row| row[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns).map(width).collect();
    let mut out = String::new();
    for row in &rows {
        let mut cells = Vec::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.chars().count());
            cells.push(if i == 0 {
                format!("{cell}{pad}")
            } else {
                format!("{pad}{cell}")
            });
        }
        let _ = writeln!(out, "  {}", cells.join("  ").trim_end());
    }
    out
}

/// A table of counts: total, women, men.
fn count_table(t: &ReportText, title: &'static str, rows: Vec<Vec<Cell>>) -> Table {
    Table {
        title,
        header: header(title, &t.count_columns),
        rows,
    }
}

/// The activities, the specialists and the services: three tables of the report,
/// and the whole of `kis activities --format csv`.
pub fn activity_tables(
    activities: &[ActivityLine],
    specialists: &[SpecialistLine],
    services: &Services,
    lang: Lang,
) -> Vec<Table> {
    let t = &catalog(lang).report;
    let counts = |title, rows| count_table(t, title, rows);
    let mut out = Vec::new();
    out.push(Table {
        title: t.sheet_activities,
        header: header(t.sheet_activities, &t.activities_columns),
        rows: activities
            .iter()
            .map(|a| {
                vec![
                    text(a.name.clone()),
                    text((t.activity_kind)(a.kind)),
                    text((t.area)(a.area)),
                    Cell::Int(a.sessions),
                    Cell::Hours(a.hours),
                    Cell::Int(a.persons.total),
                    Cell::Int(a.persons.women),
                    Cell::Int(a.persons.men),
                    Cell::Money(a.cost),
                ]
            })
            .collect(),
    });
    out.push(Table {
        title: t.sheet_specialists,
        header: header(t.sheet_specialists, &t.specialists_columns),
        rows: specialists
            .iter()
            .map(|s| {
                vec![
                    text(s.name.clone()),
                    text(role_name(t, &s.role)),
                    Cell::Hours(s.hours),
                    Cell::Int(s.persons.total),
                    Cell::Int(s.persons.women),
                    Cell::Int(s.persons.men),
                    Cell::Money(s.cost),
                ]
            })
            .collect(),
    });
    out.push(counts(
        t.sheet_services,
        vec![
            count_row(t.row_social, &services.social),
            count_row(t.row_vocational, &services.vocational),
        ],
    ));
    out
}

/// The report's tables, in `lang`, as the csv and the xlsx show them.
pub fn tables(r: &Report, lang: Lang) -> Vec<Table> {
    let t = &catalog(lang).report;
    let counts = |title, rows| count_table(t, title, rows);
    let mut out = Vec::new();
    out.push(Table {
        title: t.sheet_period,
        header: header(t.sheet_period, &t.period_columns),
        rows: vec![vec![
            text((t.period)(r.period.from, r.period.to)),
            Cell::Date(r.period.from),
            Cell::Date(r.period.to),
        ]],
    });
    out.push(counts(
        t.sheet_participants,
        vec![
            count_row(t.row_admitted, &r.participants.admitted),
            count_row(t.row_active, &r.participants.active),
            count_row(t.row_continuing, &r.participants.continuing),
        ],
    ));
    let zero = Count::default();
    out.push(Table {
        title: t.sheet_groups,
        header: header(t.sheet_groups, &t.groups_columns),
        rows: group_codes(r)
            .into_iter()
            .map(|code| {
                let a = r.groups.get(code).unwrap_or(&zero);
                let p = r.groups_active.get(code).unwrap_or(&zero);
                vec![
                    text(group_name(t, r, code)),
                    Cell::Int(a.total),
                    Cell::Int(a.women),
                    Cell::Int(a.men),
                    Cell::Int(p.total),
                    Cell::Int(p.women),
                    Cell::Int(p.men),
                ]
            })
            .collect(),
    });
    let mut ended = vec![count_row(t.row_ended, &r.ended.total)];
    for (code, c) in in_order(&r.ended.outcomes, &outcome_codes()) {
        ended.push(count_row((t.row_outcome)(&outcome_name(t, code)), c));
    }
    for (code, c) in in_order(&r.ended.interrupted, &reason_codes()) {
        ended.push(count_row((t.row_interrupted)(&reason_name(t, code)), c));
    }
    out.push(counts(t.sheet_endings, ended));
    let share = |label: &str, s: &crate::domain::report::Share| {
        vec![
            text(label),
            Cell::Int(s.count),
            Cell::Int(s.percent),
            Cell::Int(s.women),
            Cell::Int(s.men),
        ]
    };
    let working = independent_working(r);
    out.push(Table {
        title: t.sheet_results,
        header: header(t.sheet_results, &t.results_columns),
        rows: vec![
            vec![
                text(t.row_contracts),
                Cell::Int(r.contracts_concluded),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ],
            share(t.row_graduates, &r.graduates),
            share(t.row_employed, &r.employed),
            share(t.row_independent, &r.independent),
            vec![
                text(t.row_independent_working),
                Cell::Int(working.total),
                Cell::Empty,
                Cell::Int(working.women),
                Cell::Int(working.men),
            ],
        ],
    });
    out.push(counts(
        t.sheet_routes,
        in_order(&r.routes, &route_codes())
            .into_iter()
            .map(|(code, c)| count_row(route_name(t, code), c))
            .collect(),
    ));
    out.extend(activity_tables(
        &r.activities,
        &r.specialists,
        &r.services,
        lang,
    ));
    out.push(counts(
        t.sheet_served,
        vec![
            count_row(
                t.row_served,
                &Count {
                    total: r.served.total,
                    women: r.served.women,
                    men: r.served.men,
                },
            ),
            vec![
                text(t.row_guests),
                Cell::Int(r.served.guests),
                Cell::Empty,
                Cell::Empty,
            ],
        ],
    ));
    let p = &r.psu;
    out.push(Table {
        title: t.sheet_psu,
        header: vec![t.sheet_psu, t.psu_value],
        rows: vec![
            vec![text(t.row_psu_persons), Cell::Int(p.persons)],
            vec![text(t.row_psu_women), Cell::Int(p.women)],
            vec![text(t.row_psu_men), Cell::Int(p.men)],
            vec![text(t.row_psu_positions), Cell::Int(p.positions)],
            vec![text(t.row_psu_hours), Cell::Hours(p.hours)],
            vec![text(t.row_psu_paid), Cell::Money(p.paid)],
            vec![text(t.row_psu_refund), Cell::Money(p.refund)],
            vec![
                text(t.row_psu_refund_received),
                Cell::Money(p.refund_received),
            ],
            vec![text(t.row_psu_referred), Cell::Int(p.referred)],
            vec![text(t.row_psu_resigned), Cell::Int(p.resigned)],
        ],
    });
    out.push(Table {
        title: t.sheet_worksites,
        header: header(t.sheet_worksites, &t.worksites_columns),
        rows: p
            .worksites
            .iter()
            .map(|w| {
                vec![
                    text(w.name.clone()),
                    Cell::Int(w.persons),
                    Cell::Hours(w.hours),
                    Cell::Money(w.paid),
                ]
            })
            .collect(),
    });
    out.push(Table {
        title: t.sheet_staff,
        header: header(t.sheet_staff, &t.staff_columns),
        rows: r
            .staff
            .iter()
            .map(|s| {
                vec![
                    text(s.name.clone()),
                    text((catalog(lang).names.role)(s.role)),
                    s.basis.map_or(Cell::Empty, |b| text((t.staff_basis)(b))),
                    s.hours_per_week.map_or(Cell::Empty, Cell::Hours),
                ]
            })
            .collect(),
    });
    if !r.compare.is_empty() {
        out.push(Table {
            title: t.sheet_compare,
            header: header(t.sheet_compare, &t.compare_columns),
            rows: comparison_rows(r)
                .into_iter()
                .map(|c| {
                    vec![
                        text((t.period)(c.period.from, c.period.to)),
                        Cell::Date(c.period.from),
                        Cell::Date(c.period.to),
                        Cell::Int(c.active),
                        Cell::Int(c.admitted),
                        Cell::Int(c.graduates),
                        Cell::Int(c.employed),
                        Cell::Int(c.independent),
                        Cell::Int(c.psu_persons),
                        Cell::Money(c.psu_paid),
                    ]
                })
                .collect(),
        });
    }
    out
}

/// CSV for Polish Excel (see [`excel_csv`]), one table a section.
pub fn to_csv(r: &Report, lang: Lang) -> String {
    excel_csv(&tables(r, lang))
}

/// The same tables as the csv, a sheet each: numbers as numbers, money with two
/// decimals, dates as dates.
pub fn to_xlsx(r: &Report, lang: Lang) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{ExcelDateTime, Format, FormatBorder, Workbook};
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDDDDD")
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap();
    let zl = Format::new().set_num_format("#,##0.00");
    let date = Format::new().set_num_format("dd.mm.yyyy");
    for table in tables(r, lang) {
        let ws = wb.add_worksheet();
        ws.set_name(table.title).map_err(e)?;
        for (c, h) in table.header.iter().enumerate() {
            let c = c as u16;
            ws.write_with_format(0, c, *h, &head).map_err(e)?;
            ws.set_column_width(c, if c == 0 { 40 } else { 16 })
                .map_err(e)?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let rr = (i + 1) as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) => ws.write(rr, c, clean_line(s).as_ref()).map(|_| ()),
                    Cell::Int(n) => ws.write(rr, c, *n).map(|_| ()),
                    Cell::Hours(h) => ws.write(rr, c, h.as_f64()).map(|_| ()),
                    Cell::Money(m) => ws
                        .write_with_format(rr, c, m.grosze() as f64 / 100.0, &zl)
                        .map(|_| ()),
                    Cell::Date(d) => {
                        use chrono::Datelike;
                        let x = ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        )
                        .map_err(e)?;
                        ws.write_with_format(rr, c, &x, &date).map(|_| ())
                    }
                    Cell::Empty => Ok(()),
                }
                .map_err(e)?;
            }
        }
    }
    wb.save_to_buffer().map_err(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::hours::Hours;
    use crate::domain::report::{
        ActivityLine, Ended, ParticipantsSection, Period, Psu, Served, Services, Share,
        SpecialistLine, StaffLine, WorksiteLine,
    };
    use crate::domain::staff::{Role, StaffBasis};
    use crate::domain::workshop::{ActivityKind, Area};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn c(total: u32, women: u32, men: u32) -> Count {
        Count { total, women, men }
    }

    fn zl(s: &str) -> Money {
        Money::parse(s).unwrap()
    }

    fn counts(list: &[(&str, Count)]) -> BTreeMap<String, Count> {
        list.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    /// A year of a club, every figure of the report filled in, a group with nobody.
    fn year() -> Report {
        let groups = counts(&[
            ("long_term_unemployed", c(20, 12, 8)),
            ("alcohol", c(4, 1, 3)),
            ("disabled", c(0, 0, 0)),
            ("samotne_matki", c(3, 3, 0)),
        ]);
        Report {
            period: Period {
                from: d("2021-01-01"),
                to: d("2021-12-31"),
            },
            participants: ParticipantsSection {
                admitted: c(22, 13, 9),
                active: c(44, 27, 17),
                continuing: c(30, 19, 11),
            },
            groups: groups.clone(),
            contracts_concluded: 22,
            ended: Ended {
                total: c(14, 8, 6),
                outcomes: counts(&[
                    ("employed", c(3, 2, 1)),
                    ("self_employed", c(2, 2, 0)),
                    ("independent", c(1, 1, 0)),
                ]),
                interrupted: counts(&[("took_job", c(1, 0, 1)), ("contract_breach", c(7, 3, 4))]),
            },
            group_names: [("samotne_matki".to_string(), "samotne matki".to_string())]
                .into_iter()
                .collect(),
            groups_active: counts(&[
                ("long_term_unemployed", c(40, 25, 15)),
                ("alcohol", c(9, 3, 6)),
                ("disabled", c(0, 0, 0)),
                ("samotne_matki", c(3, 3, 0)),
            ]),
            graduates: Share {
                count: 15,
                percent: 34,
                women: 9,
                men: 6,
            },
            employed: Share {
                count: 7,
                percent: 16,
                women: 4,
                men: 3,
            },
            independent: Share {
                count: 6,
                percent: 14,
                women: 5,
                men: 1,
            },
            routes: counts(&[("internship", c(3, 2, 1)), ("pai", c(1, 1, 0))]),
            activities: vec![ActivityLine {
                activity_id: "act1".into(),
                name: "Warsztaty kulinarne".into(),
                kind: ActivityKind::Workshop,
                area: Area::Vocational,
                sessions: 12,
                hours: Hours::from_halves(49),
                persons: c(10, 7, 3),
                cost: zl("1470.00"),
            }],
            specialists: vec![SpecialistLine {
                specialist_id: "s1".into(),
                name: "Jan Doradca".into(),
                role: "career_advisor".into(),
                hours: Hours::whole(62),
                persons: c(24, 15, 9),
                cost: zl("3720.00"),
            }],
            services: Services {
                social: c(30, 20, 10),
                vocational: c(24, 15, 9),
            },
            served: Served {
                total: 58,
                women: 35,
                men: 23,
                guests: 21,
            },
            psu: Psu {
                persons: 24,
                women: 15,
                men: 9,
                positions: 20,
                hours: Hours::whole(5230),
                paid: zl("56534.70"),
                refund: zl("13208.40"),
                refund_received: zl("9017.15"),
                referred: 11,
                resigned: 3,
                worksites: vec![WorksiteLine {
                    worksite_id: "w1".into(),
                    name: "Miejski Zakład Cmentarny".into(),
                    persons: 24,
                    hours: Hours::whole(5230),
                    paid: zl("56534.70"),
                }],
            },
            staff: vec![
                StaffLine {
                    name: "Anna Nowak".into(),
                    role: Role::Coordinator,
                    basis: Some(StaffBasis::EmploymentContract),
                    hours_per_week: Some(Hours::whole(40)),
                },
                StaffLine {
                    name: "Jan Kowalski".into(),
                    role: Role::Worker,
                    basis: None,
                    hours_per_week: None,
                },
            ],
            compare: vec![Comparison {
                period: Period {
                    from: d("2020-01-01"),
                    to: d("2020-12-31"),
                },
                active: 29,
                admitted: 20,
                graduates: 15,
                employed: 4,
                independent: 5,
                psu_persons: 24,
                psu_paid: zl("48000.00"),
            }],
        }
    }

    /// Codes that must never reach a person.
    const CODES: &[&str] = &[
        "long_term_unemployed",
        "disabled;",
        "self_employed",
        "took_job",
        "contract_breach",
        "internship",
        "career_advisor",
        "employment_contract",
        "coordinator",
        "workshop",
        "vocational",
        "act1",
        "w1",
    ];

    #[test]
    fn the_polish_text_states_every_figure_as_the_clubs_write() {
        let text = to_text(&year(), Lang::Pl);
        for sentence in [
            "W roku 2021 KIS odwiedziły 44 osoby; absolwentami zostało 15 osób (34%), zatrudnienie podjęło 7 osób (16%), usamodzielniło się 6 osób (14%); PSU realizowały 24 osoby na 20 stanowiskach, przeznaczono 56 534,70 zł, refundacja z Funduszu Pracy 9 017,15 zł; z 7 osobami program przerwano z powodu niewywiązywania się z kontraktu socjalnego.",
            "Skierowano 22 osoby, w tym 13 kobiet i 9 mężczyzn.",
            "Na dzień 31.12.2021 udział kontynuowało 30 osób, w tym 19 kobiet i 11 mężczyzn.",
            "Zawarto 22 kontrakty socjalne.",
            "  długotrwale bezrobotni – 40 osób, w tym 25 kobiet i 15 mężczyzn\n",
            "  niepełnosprawni – 0\n",
            "  samotne matki – 3 osoby, w tym 3 kobiety i 0 mężczyzn\n",
            "  działalność gospodarcza – 2 osoby, w tym 2 kobiety i 0 mężczyzn\n",
            "  podjęcie pracy – 1 osoba, w tym 0 kobiet i 1 mężczyzna\n",
            "Absolwentami zostało 15 osób (34%), w tym 9 kobiet i 6 mężczyzn.",
            "Zatrudnienie podjęło 7 osób (16%), w tym 4 kobiety i 3 mężczyzn; usamodzielniło się 6 osób (14%; 5 kobiet i 1 mężczyzna), z których 5 pracuje.",
            "  staż – 3 osoby, w tym 2 kobiety i 1 mężczyzna\n",
            "  PAI – 1 osoba, w tym 1 kobieta i 0 mężczyzn\n",
            "  Warsztaty kulinarne (warsztaty, reintegracja zawodowa) – 12 spotkań, 24,5 godziny, 10 osób, w tym 7 kobiet i 3 mężczyzn; koszt 1 470,00 zł",
            "  Jan Doradca (doradca zawodowy) – 62 godziny,",
            "W wydarzeniach i zajęciach wzięło udział 58 osób, w tym 35 kobiet i 23 mężczyzn, oraz 21 gości (dzieci, rodziny).",
            "PSU realizowały 24 osoby (15 kobiet i 9 mężczyzn) na 20 stanowiskach: 5230 godzin pracy, wypłacono 56 534,70 zł.",
            "Do PSU skierowano w okresie 11 osób; zrezygnowały 3 osoby.",
            "Refundacja z Funduszu Pracy: wnioskowano 13 208,40 zł, wpłynęło 9 017,15 zł.",
            "  Anna Nowak – koordynator, umowa o pracę, 40 godzin tygodniowo\n",
            "  Jan Kowalski – pracownik\n",
            "Ten sam okres w latach poprzednich:",
        ] {
            assert!(text.contains(sentence), "{sentence}\n---\n{text}");
        }
        // the comparison: a header, the earlier year, this one
        let table: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Ten sam okres"))
            .skip(1)
            .collect();
        assert_eq!(table.len(), 3, "{text}");
        assert!(table[0].trim_start().starts_with("Okres"), "{text}");
        assert!(table[1].trim_start().starts_with("2020"), "{text}");
        assert!(table[1].ends_with("48 000,00"), "{text}");
        assert!(table[2].trim_start().starts_with("2021"), "{text}");
        assert!(table[2].ends_with("56 534,70"), "{text}");
        for code in CODES {
            assert!(!text.contains(code.trim_end_matches(';')), "{code}\n{text}");
        }
    }

    #[test]
    fn one_independent_person_who_works() {
        let mut r = year();
        r.independent = Share {
            count: 1,
            percent: 2,
            women: 1,
            men: 0,
        };
        r.ended.outcomes = counts(&[("self_employed", c(1, 1, 0))]);
        r.compare.clear();
        let text = to_text(&r, Lang::Pl);
        assert!(
            text.contains(
                "usamodzielniła się 1 osoba (2%; 1 kobieta i 0 mężczyzn), która pracuje."
            ),
            "{text}"
        );
        assert!(!text.contains("Ten sam okres"), "{text}");
    }

    #[test]
    fn the_english_text_is_english() {
        let text = to_text(&year(), Lang::En);
        for sentence in [
            "In 2021, 44 people came to the KIS; 15 people graduated (34%), 7 people took up work (16%) and 6 people became independent (14%)",
            "22 people (13 women and 9 men) were referred.",
            "7 people took up work (16%): 4 women and 3 men; 6 people became independent (14%: 5 women and 1 man), of whom 5 work.",
            "  disabled – 0\n",
            "  internship – 3 people (2 women and 1 man)\n",
            "58 people (35 women and 23 men) took part in events and activities, and 21 guests (children, families).",
            "11 people were referred to PSU in the period; 3 people resigned.",
            "Refund from the Labour Fund: 13 208,40 zł requested, 9 017,15 zł received.",
            "  Anna Nowak – coordinator, employment contract, 40 hours a week\n",
            "The same period in earlier years:",
        ] {
            assert!(text.contains(sentence), "{sentence}\n---\n{text}");
        }
        for polish in [
            "osób",
            "osoby",
            "kobiet",
            "Refundacja",
            "staż",
            "Skierowano",
            "umowa",
            "półrocze",
        ] {
            assert!(!text.contains(polish), "{polish}\n{text}");
        }
    }

    #[test]
    fn the_csv_is_for_polish_excel() {
        let csv = to_csv(&year(), Lang::Pl);
        assert!(csv.starts_with('\u{feff}'), "a BOM first");
        let body = &csv['\u{feff}'.len_utf8()..];
        assert!(!body.contains('\u{feff}'));
        assert!(body.ends_with("\r\n"));
        let lines: Vec<&str> = body.split("\r\n").collect();
        for l in &lines[..lines.len() - 1] {
            assert!(l.is_empty() || l.contains(';'), "{l:?}");
            assert_ne!(l.trim(), "\"\"", "no empty quoted lines");
            assert!(!l.contains('\n') && !l.contains('\r'), "{l:?}");
        }
        assert!(
            !body.contains("\r\n\r\n\r\n"),
            "one empty line between tables"
        );
        // each table: one header row after the empty line, its title first
        let t = &catalog(Lang::Pl).report;
        let mut titles = vec![lines[0].split(';').next().unwrap()];
        for w in lines.windows(2) {
            if w[0].is_empty() && !w[1].is_empty() {
                titles.push(w[1].split(';').next().unwrap());
            }
        }
        let expected: Vec<&str> = tables(&year(), Lang::Pl).iter().map(|t| t.title).collect();
        assert_eq!(titles, expected);
        assert!(titles.contains(&t.sheet_compare) && titles.contains(&t.sheet_staff));
        // decimal commas, no thousands separator, Polish dates
        for cell in [
            "\r\nwypłacono (zł);56534,70\r\n",
            "\r\nrefundacja wnioskowana (zł);13208,40\r\n",
            "\r\nrefundacja otrzymana (zł);9017,15\r\n",
            "\r\nskierowani w okresie;11\r\n",
            "\r\nrezygnacje w okresie;3\r\n",
            ";reintegracja zawodowa;12;24,5;10;7;3;1470,00\r\n",
            "\r\n2021;01.01.2021;31.12.2021\r\n",
            "\r\n2020;01.01.2020;31.12.2020;29;20;15;4;5;24;48000,00\r\n",
            "\r\nkontynuujący udział na koniec okresu;30;19;11\r\n",
            "\r\nusamodzielnieni;6;14;5;1\r\n",
            "\r\nusamodzielnieni pracujący;5;;4;1\r\n",
            "\r\nstaż;3;2;1\r\n",
            "\r\nosoby obecne na zajęciach i wydarzeniach;58;35;23\r\n",
            "\r\ngoście (dzieci, rodziny);21;;\r\n",
            "\r\nAnna Nowak;koordynator;umowa o pracę;40\r\n",
            "\r\nJan Kowalski;pracownik;;\r\n",
        ] {
            assert!(body.contains(cell), "{cell:?}\n{body}");
        }
        assert!(!body.contains("56534.70") && !body.contains("2021-01-01"));
        for code in CODES {
            assert!(!body.contains(code), "{code}\n{body}");
        }
        // read back with `;`: the groups table, zeros kept, same figures as the report
        let mut rd = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let rows: Vec<Vec<String>> = rd
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        let groups: Vec<&Vec<String>> = rows
            .iter()
            .skip_while(|r| r[0] != "Grupy")
            .skip(1)
            .take_while(|r| r[0] != "Zakończenia")
            .collect();
        assert_eq!(
            groups.iter().map(|r| r.join(";")).collect::<Vec<_>>(),
            vec![
                "uzależnieni od alkoholu;4;1;3;9;3;6",
                "długotrwale bezrobotni;20;12;8;40;25;15",
                "niepełnosprawni;0;0;0;0;0;0",
                "samotne matki;3;3;0;3;3;0",
            ]
        );
    }

    #[test]
    fn the_english_csv_has_english_headers() {
        let csv = to_csv(&year(), Lang::En);
        assert!(csv.starts_with("\u{feff}Period;from;to\r\n2021;"), "{csv}");
        assert!(csv.contains("\r\ndisabled;0;0;0;0;0;0\r\n"), "{csv}");
        assert!(
            csv.contains("\r\nrefund received (zł);9017,15\r\n"),
            "{csv}"
        );
    }

    #[test]
    fn the_xlsx_reads_back() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = to_xlsx(&year(), Lang::Pl).unwrap();
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let expected: Vec<String> = tables(&year(), Lang::Pl)
            .iter()
            .map(|t| t.title.to_string())
            .collect();
        assert_eq!(book.sheet_names().to_vec(), expected);
        let row = |book: &mut Xlsx<_>, sheet: &str, first: &str| -> Vec<Data> {
            book.worksheet_range(sheet)
                .unwrap()
                .rows()
                .find(|r| r[0] == Data::String(first.into()))
                .unwrap_or_else(|| panic!("{sheet}: {first}"))
                .to_vec()
        };
        assert_eq!(
            row(&mut book, "Grupy", "niepełnosprawni"),
            vec![
                Data::String("niepełnosprawni".into()),
                Data::Float(0.0),
                Data::Float(0.0),
                Data::Float(0.0),
                Data::Float(0.0),
                Data::Float(0.0),
                Data::Float(0.0),
            ]
        );
        assert_eq!(
            row(&mut book, "PSU", "refundacja otrzymana (zł)")[1],
            Data::Float(9017.15)
        );
        assert_eq!(
            row(
                &mut book,
                "Uczestnicy",
                "kontynuujący udział na koniec okresu"
            )[1..],
            [Data::Float(30.0), Data::Float(19.0), Data::Float(11.0)]
        );
        assert_eq!(
            row(&mut book, "Zajęcia", "Warsztaty kulinarne")[1..5],
            [
                Data::String("warsztaty".into()),
                Data::String("reintegracja zawodowa".into()),
                Data::Float(12.0),
                Data::Float(24.5),
            ]
        );
        let staff = row(&mut book, "Kadra", "Jan Kowalski");
        assert_eq!(staff[1], Data::String("pracownik".into()));
        assert!(staff.len() < 3 || staff[2] == Data::Empty, "{staff:?}");
        let earlier = row(&mut book, "Porównanie", "2020");
        assert!(matches!(earlier[1], Data::DateTime(_)), "{earlier:?}");
        assert_eq!(earlier[9], Data::Float(48000.0));
        let english = to_xlsx(&year(), Lang::En).unwrap();
        let book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(english)).unwrap();
        assert!(book.sheet_names().contains(&"Participants".to_string()));
        assert!(book.sheet_names().contains(&"PSU worksites".to_string()));
    }

    #[test]
    fn without_a_comparison_there_is_no_comparison_table() {
        let mut r = year();
        r.compare.clear();
        assert!(!tables(&r, Lang::Pl)
            .iter()
            .any(|t| t.title == catalog(Lang::Pl).report.sheet_compare));
        assert!(!to_text(&r, Lang::Pl).contains("latach poprzednich"));
    }

    #[test]
    fn a_period_without_psu_says_so_once() {
        let mut r = year();
        r.psu = Psu {
            persons: 0,
            women: 0,
            men: 0,
            positions: 0,
            hours: Hours::ZERO,
            paid: Money::ZERO,
            refund: Money::ZERO,
            refund_received: Money::ZERO,
            referred: 0,
            resigned: 0,
            worksites: vec![],
        };
        let text = to_text(&r, Lang::Pl);
        assert!(text.contains("W okresie nikt nie wykonywał prac społecznie użytecznych."));
        assert!(!text.contains("Refundacja"), "{text}");
        assert!(!text.contains("PSU realizowa"), "{text}");
    }
}
