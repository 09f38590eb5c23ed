//! The monthly PSU settlement as JSON (the `kis psu settle` contract), text and CSV.

use super::table::{excel_csv, sentence, text, Cell, Table};
use super::TableFormat;
use crate::domain::settlement::{PersonMonth, Settlement};
use crate::text::catalog::catalog;
use crate::text::clean::clean_line;
use crate::text::Lang;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt::Write;

/// Who is who in the text: a person's name and an agreement's number by id.
/// JSON keeps the ids (the `kis psu settle --format json` contract).
#[derive(Clone, Debug, Default)]
pub struct Labels {
    /// Participant id → (surname, first name).
    pub people: HashMap<String, (String, String)>,
    /// Agreement id → its number.
    pub agreements: HashMap<String, String>,
}

pub fn to_json(s: &Settlement, month: NaiveDate) -> serde_json::Value {
    let mut v = serde_json::json!({
        "month": month.format("%Y-%m").to_string(),
        "persons": s.persons.iter().map(|p| serde_json::json!({
            "participant_id": p.participant_id,
            "agreement_id": p.agreement_id,
            "hours": p.hours.as_f64(),
            "absences": p.absences,
            "amount": p.amount.to_decimal(),
        })).collect::<Vec<_>>(),
        "hours": s.hours.as_f64(),
        "paid": s.paid.to_decimal(),
        "refund": s.refund.to_decimal(),
    });
    // Only when the month's refund was recorded: the field stays out otherwise.
    if let Some(m) = s.refund_received {
        v["refund_received"] = serde_json::Value::String(m.to_decimal());
    }
    v
}

pub fn render(s: &Settlement, month: NaiveDate, format: TableFormat, lang: Lang) -> String {
    render_with(s, month, format, lang, &Labels::default())
}

/// As [`render`], the text naming people and agreements by `labels`, people in
/// Polish alphabetical order (an id with no label stands for itself).
pub fn render_with(
    s: &Settlement,
    month: NaiveDate,
    format: TableFormat,
    lang: Lang,
    labels: &Labels,
) -> String {
    let mut out = String::new();
    match format {
        TableFormat::Json => {
            out = crate::text::clean::json(&to_json(s, month).to_string()).into_owned();
            out.push('\n');
        }
        TableFormat::Csv => out = excel_csv(&tables(s, month, lang, labels)),
        TableFormat::Txt => {
            let t = &catalog(lang).export;
            let _ = writeln!(out, "{} {}", t.settlement_title, month.format("%m.%Y"));
            let rows = named_rows(s, labels);
            let wn = rows
                .iter()
                .map(|r| r.0.chars().count())
                .fold(t.settlement_person.chars().count(), usize::max);
            let wa = rows
                .iter()
                .map(|r| r.1.chars().count())
                .fold(t.settlement_agreement.chars().count(), usize::max);
            let _ = writeln!(
                out,
                "{:<wn$} {:<wa$} {:>8} {:>5} {:>5} {:>5} {:>14}",
                t.settlement_person,
                t.settlement_agreement,
                t.settlement_hours,
                t.settlement_sick,
                t.settlement_excused,
                t.settlement_unexcused,
                t.settlement_amount
            );
            for (name, number, p) in &rows {
                let _ = writeln!(
                    out,
                    "{:<wn$} {:<wa$} {:>8} {:>5} {:>5} {:>5} {:>14}",
                    name,
                    number,
                    p.hours.to_pl(),
                    p.absences.sick,
                    p.absences.excused,
                    p.absences.unexcused,
                    p.amount.to_pl()
                );
            }
            let _ = writeln!(out, "{}: {}", t.settlement_hours_total, s.hours.to_pl());
            let _ = writeln!(out, "{}: {}", t.settlement_paid, s.paid.to_pl());
            let _ = writeln!(
                out,
                "{}: {}",
                t.settlement_refund_requested,
                s.refund.to_pl()
            );
            if let Some(m) = s.refund_received {
                let _ = writeln!(out, "{}: {}", t.settlement_refund_received, m.to_pl());
            }
        }
    }
    out
}

/// Each person's name and agreement number by `labels`, in Polish alphabetical
/// order (an id with no label stands for itself).
fn named_rows<'a>(s: &'a Settlement, labels: &Labels) -> Vec<(String, String, &'a PersonMonth)> {
    let mut rows: Vec<_> = s
        .persons
        .iter()
        .map(|p| {
            let (last, first) = labels
                .people
                .get(&p.participant_id)
                .map(|(l, f)| (l.as_str(), f.as_str()))
                .unwrap_or((p.participant_id.as_str(), ""));
            let name = clean_line(format!("{last} {first}").trim()).into_owned();
            let number = labels
                .agreements
                .get(&p.agreement_id)
                .unwrap_or(&p.agreement_id);
            let key = crate::domain::collate::name_key(last, first);
            let at = (key, crate::domain::collate::polish_key(number));
            (at, name, clean_line(number).into_owned(), p)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.into_iter().map(|(_, n, a, p)| (n, a, p)).collect()
}

/// The csv's tables: a row a person, then the month's totals.
fn tables(s: &Settlement, month: NaiveDate, lang: Lang, labels: &Labels) -> Vec<Table> {
    let t = &catalog(lang).export;
    let people = named_rows(s, labels)
        .into_iter()
        .map(|(name, number, p)| {
            vec![
                text(name),
                text(number),
                Cell::Hours(p.hours),
                Cell::Int(p.absences.sick),
                Cell::Int(p.absences.excused),
                Cell::Int(p.absences.unexcused),
                Cell::Money(p.amount),
            ]
        })
        .collect();
    let mut summary = vec![
        vec![
            text(sentence(t.settlement_month)),
            text(month.format("%m.%Y").to_string()),
        ],
        vec![
            text(sentence(t.settlement_hours_total)),
            Cell::Hours(s.hours),
        ],
        vec![text(sentence(t.settlement_paid)), Cell::Money(s.paid)],
        vec![
            text(sentence(t.settlement_refund_requested)),
            Cell::Money(s.refund),
        ],
    ];
    if let Some(m) = s.refund_received {
        summary.push(vec![
            text(sentence(t.settlement_refund_received)),
            Cell::Money(m),
        ]);
    }
    vec![
        Table {
            title: t.settlement_title,
            header: t.settlement_columns.to_vec(),
            rows: people,
        },
        Table {
            title: t.settlement_summary,
            header: vec![t.settlement_summary],
            rows: summary,
        },
    ]
}
