//! The club's report as JSON (the contract), Polish prose for the council, CSV
//! (one table per section) and xlsx (one sheet per section).

use crate::domain::dates::pl;
use crate::domain::report::{Count, Report};
use crate::text::clean::{clean_block, clean_line, csv_text};
use crate::text::plural::{self, verb, KOBIETA, MEZCZYZNA, OSOBA, OSOBA_INS, STANOWISKO_LOC};
use std::fmt::Write;

pub fn to_json(r: &Report) -> String {
    crate::text::clean::json(&serde_json::to_string_pretty(r).expect("reports serialise"))
        .into_owned()
        + "\n"
}

fn persons(c: &Count) -> String {
    format!(
        "{}, w tym {} i {}",
        OSOBA.with(c.total as u64),
        KOBIETA.with(c.women as u64),
        MEZCZYZNA.with(c.men as u64)
    )
}

fn period_phrase(r: &Report) -> String {
    use chrono::Datelike;
    let (f, t) = (r.period.from, r.period.to);
    if f.month() == 1 && f.day() == 1 && t.month() == 12 && t.day() == 31 && f.year() == t.year() {
        format!("W roku {}", f.year())
    } else if f.day() == 1
        && f.month() == 1
        && t.month() == 6
        && t.day() == 30
        && f.year() == t.year()
    {
        format!("W I półroczu {} r.", f.year())
    } else if f.day() == 1
        && f.month() == 7
        && t.month() == 12
        && t.day() == 31
        && f.year() == t.year()
    {
        format!("W II półroczu {} r.", f.year())
    } else {
        format!("W okresie od {} do {}", pl(f), pl(t))
    }
}

const OUTCOMES_PL: &[(&str, &str)] = &[
    ("employed", "zatrudnienie"),
    ("self_employed", "działalność gospodarcza"),
    ("independent", "usamodzielnienie"),
    ("cis", "skierowanie do CIS"),
    ("other", "inne"),
];
const REASONS_PL: &[(&str, &str)] = &[
    (
        "contract_breach",
        "niewywiązywanie się z kontraktu socjalnego",
    ),
    ("health", "stan zdrowia"),
    ("addiction", "uzależnienie"),
    ("moved", "zmiana miejsca zamieszkania"),
    ("childcare", "opieka nad dzieckiem"),
    ("took_job", "podjęcie pracy"),
    ("other", "inne"),
];

fn group_name(code: &str) -> String {
    crate::domain::person::STATUTORY_GROUPS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, _)| n.to_string())
        .unwrap_or_else(|| code.to_string())
}

fn role_name(role: &str) -> String {
    const ROLES: &[(&str, &str)] = &[
        ("psychologist", "psycholog"),
        ("career_advisor", "doradca zawodowy"),
        ("lawyer", "prawnik"),
        ("therapist", "terapeuta uzależnień"),
        ("trainer", "trener"),
    ];
    name_of(ROLES, role)
}

fn name_of(list: &[(&str, &'static str)], code: &str) -> String {
    list.iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| code.to_string())
}

/// Prose a coordinator pastes into the document for the council.
pub fn to_text(r: &Report) -> String {
    let mut o = String::new();
    let active = r.participants.active.total as u64;
    let _ = writeln!(
        o,
        "Sprawozdanie z działalności KIS za okres {} – {}",
        pl(r.period.from),
        pl(r.period.to)
    );
    let _ = writeln!(o);
    let mut s = format!(
        "{} KIS {} {}",
        period_phrase(r),
        verb(active, "odwiedzi"),
        OSOBA.with(active)
    );
    let g = r.graduates.count as u64;
    let _ = write!(
        s,
        "; absolwentami {} {} ({}%)",
        if plural::form(g) == plural::Form::Few {
            "zostały"
        } else if g == 1 {
            "została"
        } else {
            "zostało"
        },
        OSOBA.with(g),
        r.graduates.percent
    );
    let e = r.employed.count as u64;
    let _ = write!(
        s,
        ", zatrudnienie {} {} ({}%)",
        verb(e, "podję"),
        OSOBA.with(e),
        r.employed.percent
    );
    let i = r.independent.count as u64;
    let _ = write!(
        s,
        ", {} się {} ({}%)",
        verb(i, "usamodzielni"),
        OSOBA.with(i),
        r.independent.percent
    );
    let p = r.psu.persons as u64;
    if p > 0 {
        let _ = write!(
            s,
            "; PSU {} {} na {} {}, przeznaczono {}, refundacja z Funduszu Pracy {}",
            verb(p, "realizowa"),
            OSOBA.with(p),
            r.psu.positions,
            STANOWISKO_LOC.pick(r.psu.positions as u64),
            r.psu.paid.to_pl(),
            r.psu.refund.to_pl()
        );
    }
    if let Some(c) = r.ended.interrupted.get("contract_breach") {
        let _ = write!(
            s,
            "; z {} {} program przerwano z powodu niewywiązywania się z kontraktu socjalnego",
            c.total,
            OSOBA_INS.pick(c.total as u64)
        );
    }
    s.push('.');
    let _ = writeln!(o, "{s}");
    let _ = writeln!(o);
    let a = &r.participants.admitted;
    let _ = writeln!(
        o,
        "Skierowano {} {}, w tym {} i {}. Uczestnikami w okresie {} {}.",
        a.total,
        OSOBA.pick(a.total as u64),
        KOBIETA.with(a.women as u64),
        MEZCZYZNA.with(a.men as u64),
        verb(r.participants.active.total as u64, "by"),
        persons(&r.participants.active)
    );
    let _ = writeln!(
        o,
        "Zawarto {}.",
        plural::KONTRAKT_SOCJALNY.with(r.contracts_concluded as u64)
    );
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "Przyjęci według grup (jedna osoba może należeć do kilku):"
    );
    for (code, c) in &r.groups {
        if c.total > 0 {
            let _ = writeln!(o, "  {}: {}", clean_line(&group_name(code)), persons(c));
        }
    }
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "Udział {} {}.",
        verb(r.ended.total.total as u64, "zakończy"),
        persons(&r.ended.total)
    );
    for (code, c) in &r.ended.outcomes {
        let _ = writeln!(
            o,
            "  {}: {}",
            clean_line(&name_of(OUTCOMES_PL, code)),
            persons(c)
        );
    }
    if !r.ended.interrupted.is_empty() {
        let _ = writeln!(o, "Przerwano udział:");
        for (code, c) in &r.ended.interrupted {
            let _ = writeln!(
                o,
                "  {}: {}",
                clean_line(&name_of(REASONS_PL, code)),
                persons(c)
            );
        }
    }
    if !r.activities.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(o, "Zajęcia:");
        for a in &r.activities {
            let _ = writeln!(
                o,
                "  {}: {}, {}, {}; koszt {}",
                clean_line(&a.name),
                plural::SPOTKANIE.with(a.sessions as u64),
                plural::hours(a.hours),
                persons(&a.persons),
                a.cost.to_pl()
            );
        }
    }
    if !r.specialists.is_empty() {
        let _ = writeln!(o, "Specjaliści:");
        for sp in &r.specialists {
            let _ = writeln!(
                o,
                "  {} ({}): {}, {}; koszt {}",
                clean_line(&sp.name),
                clean_line(&role_name(&sp.role)),
                plural::hours(sp.hours),
                persons(&sp.persons),
                sp.cost.to_pl()
            );
        }
    }
    let _ = writeln!(
        o,
        "Usługi reintegracji społecznej: {}; zawodowej: {}.",
        persons(&r.services.social),
        persons(&r.services.vocational)
    );
    if p > 0 {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "Prace społecznie użyteczne: {}, {} {}, {}, wypłacono {}, refundacja {}.",
            OSOBA.with(p),
            r.psu.positions,
            crate::text::plural::Word("stanowisko", "stanowiska", "stanowisk")
                .pick(r.psu.positions as u64),
            plural::hours(r.psu.hours),
            r.psu.paid.to_pl(),
            r.psu.refund.to_pl()
        );
        for w in &r.psu.worksites {
            let _ = writeln!(
                o,
                "  {}: {}, {}, {}",
                clean_line(&w.name),
                OSOBA.with(w.persons as u64),
                plural::hours(w.hours),
                w.paid.to_pl()
            );
        }
    }
    // A second line of defence for anything written above unclean.
    clean_block(&o).into_owned()
}

/// One table: a title, a header and rows of cells.
pub struct Table {
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

pub enum Cell {
    Text(String),
    Int(u32),
    Hours(f64),
    Money(f64, String),
}

impl Cell {
    fn csv(&self) -> String {
        match self {
            Cell::Text(s) => csv_text(s).into_owned(),
            Cell::Int(n) => n.to_string(),
            Cell::Hours(h) => h.to_string(),
            Cell::Money(_, s) => s.clone(),
        }
    }
}

fn count_row(label: String, c: &Count) -> Vec<Cell> {
    vec![
        Cell::Text(label),
        Cell::Int(c.total),
        Cell::Int(c.women),
        Cell::Int(c.men),
    ]
}

fn money(m: crate::domain::money::Money) -> Cell {
    Cell::Money(m.grosze() as f64 / 100.0, m.to_decimal())
}

pub fn tables(r: &Report) -> Vec<Table> {
    let people = vec!["", "razem", "kobiety", "mężczyźni"];
    let mut t = Vec::new();
    t.push(Table {
        title: "Uczestnicy",
        header: people.clone(),
        rows: vec![
            count_row("przyjęci".into(), &r.participants.admitted),
            count_row("aktywni".into(), &r.participants.active),
        ],
    });
    t.push(Table {
        title: "Grupy",
        header: people.clone(),
        rows: r
            .groups
            .iter()
            .map(|(k, c)| count_row(k.clone(), c))
            .collect(),
    });
    let mut ended = vec![count_row("zakończyli razem".into(), &r.ended.total)];
    ended.extend(
        r.ended
            .outcomes
            .iter()
            .map(|(k, c)| count_row(format!("efekt: {k}"), c)),
    );
    ended.extend(
        r.ended
            .interrupted
            .iter()
            .map(|(k, c)| count_row(format!("przerwane: {k}"), c)),
    );
    t.push(Table {
        title: "Zakończenia",
        header: people.clone(),
        rows: ended,
    });
    t.push(Table {
        title: "Wskaźniki",
        header: vec!["", "liczba", "%"],
        rows: vec![
            vec![
                Cell::Text("kontrakty zawarte".into()),
                Cell::Int(r.contracts_concluded),
                Cell::Text(String::new()),
            ],
            vec![
                Cell::Text("absolwenci".into()),
                Cell::Int(r.graduates.count),
                Cell::Int(r.graduates.percent),
            ],
            vec![
                Cell::Text("zatrudnieni".into()),
                Cell::Int(r.employed.count),
                Cell::Int(r.employed.percent),
            ],
            vec![
                Cell::Text("usamodzielnieni".into()),
                Cell::Int(r.independent.count),
                Cell::Int(r.independent.percent),
            ],
        ],
    });
    t.push(Table {
        title: "Zajęcia",
        header: vec![
            "id",
            "nazwa",
            "rodzaj",
            "obszar",
            "spotkania",
            "godziny",
            "osoby",
            "kobiety",
            "mężczyźni",
            "koszt",
        ],
        rows: r
            .activities
            .iter()
            .map(|a| {
                vec![
                    Cell::Text(a.activity_id.clone()),
                    Cell::Text(a.name.clone()),
                    Cell::Text(a.kind.code().into()),
                    Cell::Text(a.area.code().into()),
                    Cell::Int(a.sessions),
                    Cell::Hours(a.hours.as_f64()),
                    Cell::Int(a.persons.total),
                    Cell::Int(a.persons.women),
                    Cell::Int(a.persons.men),
                    money(a.cost),
                ]
            })
            .collect(),
    });
    t.push(Table {
        title: "Specjaliści",
        header: vec![
            "id",
            "nazwa",
            "rola",
            "godziny",
            "osoby",
            "kobiety",
            "mężczyźni",
            "koszt",
        ],
        rows: r
            .specialists
            .iter()
            .map(|s| {
                vec![
                    Cell::Text(s.specialist_id.clone()),
                    Cell::Text(s.name.clone()),
                    Cell::Text(s.role.clone()),
                    Cell::Hours(s.hours.as_f64()),
                    Cell::Int(s.persons.total),
                    Cell::Int(s.persons.women),
                    Cell::Int(s.persons.men),
                    money(s.cost),
                ]
            })
            .collect(),
    });
    t.push(Table {
        title: "Usługi",
        header: people,
        rows: vec![
            count_row("reintegracja społeczna".into(), &r.services.social),
            count_row("reintegracja zawodowa".into(), &r.services.vocational),
        ],
    });
    let mut psu = vec![vec![
        Cell::Text(String::new()),
        Cell::Text("razem".into()),
        Cell::Int(r.psu.persons),
        Cell::Hours(r.psu.hours.as_f64()),
        money(r.psu.paid),
    ]];
    psu.extend(r.psu.worksites.iter().map(|w| {
        vec![
            Cell::Text(w.worksite_id.clone()),
            Cell::Text(w.name.clone()),
            Cell::Int(w.persons),
            Cell::Hours(w.hours.as_f64()),
            money(w.paid),
        ]
    }));
    psu.push(vec![
        Cell::Text(String::new()),
        Cell::Text("stanowiska".into()),
        Cell::Int(r.psu.positions),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
    ]);
    psu.push(vec![
        Cell::Text(String::new()),
        Cell::Text("refundacja".into()),
        Cell::Text(String::new()),
        Cell::Text(String::new()),
        money(r.psu.refund),
    ]);
    t.push(Table {
        title: "PSU",
        header: vec!["id", "miejsce", "osoby", "godziny", "kwota"],
        rows: psu,
    });
    t
}

pub fn to_csv(r: &Report) -> String {
    let mut out = Vec::new();
    for table in tables(r) {
        let mut w = csv::WriterBuilder::new().flexible(true).from_writer(vec![]);
        let _ = w.write_record([table.title]);
        let _ = w.write_record(&table.header);
        for row in &table.rows {
            let _ = w.write_record(row.iter().map(Cell::csv));
        }
        let _ = w.write_record([""; 0]);
        out.extend(w.into_inner().unwrap_or_default());
        out.push(b'\n');
    }
    String::from_utf8(out).unwrap_or_default()
}

pub fn to_xlsx(r: &Report) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color("#DDDDDD")
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let zl = Format::new().set_num_format("#,##0.00 \"zł\"");
    let hours = Format::new().set_num_format("0.0");
    for table in tables(r) {
        let ws = wb.add_worksheet();
        ws.set_name(table.title).map_err(|e| e.to_string())?;
        for (c, h) in table.header.iter().enumerate() {
            ws.write_with_format(0, c as u16, *h, &head)
                .map_err(|e| e.to_string())?;
            ws.set_column_width(c as u16, if c == 1 { 36 } else { 14 })
                .map_err(|e| e.to_string())?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let rr = (i + 1) as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) => ws.write(rr, c, clean_line(s).as_ref()).map(|_| ()),
                    Cell::Int(n) => ws.write(rr, c, *n).map(|_| ()),
                    Cell::Hours(h) => ws.write_with_format(rr, c, *h, &hours).map(|_| ()),
                    Cell::Money(v, _) => ws.write_with_format(rr, c, *v, &zl).map(|_| ()),
                }
                .map_err(|e| e.to_string())?;
            }
        }
    }
    wb.save_to_buffer().map_err(|e| e.to_string())
}
