//! The monthly PSU settlement as JSON (the `kis psu settle` contract), text and CSV.

use super::TableFormat;
use crate::domain::settlement::Settlement;
use crate::text::catalog::catalog;
use crate::text::clean::{clean_line, csv_text};
use crate::text::Lang;
use chrono::NaiveDate;
use std::fmt::Write;

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
    let mut out = String::new();
    match format {
        TableFormat::Json => {
            out = crate::text::clean::json(&to_json(s, month).to_string()).into_owned();
            out.push('\n');
        }
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(vec![]);
            let _ = w.write_record([
                "participant_id",
                "agreement_id",
                "hours",
                "sick",
                "excused",
                "unexcused",
                "amount",
            ]);
            for p in &s.persons {
                let _ = w.write_record([
                    csv_text(&p.participant_id).into_owned(),
                    csv_text(&p.agreement_id).into_owned(),
                    p.hours.as_f64().to_string(),
                    p.absences.sick.to_string(),
                    p.absences.excused.to_string(),
                    p.absences.unexcused.to_string(),
                    p.amount.to_decimal(),
                ]);
            }
            let _ = w.write_record([
                "total",
                "",
                &s.hours.as_f64().to_string(),
                "",
                "",
                "",
                &s.paid.to_decimal(),
            ]);
            let _ = w.write_record(["refund", "", "", "", "", "", &s.refund.to_decimal()]);
            if let Some(m) = s.refund_received {
                let _ = w.write_record(["refund_received", "", "", "", "", "", &m.to_decimal()]);
            }
            out = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
        }
        TableFormat::Txt => {
            let t = &catalog(lang).export;
            let _ = writeln!(out, "{} {}", t.settlement_title, month.format("%m.%Y"));
            let _ = writeln!(
                out,
                "{:<10} {:<10} {:>8} {:>5} {:>5} {:>5} {:>14}",
                t.settlement_person,
                t.settlement_agreement,
                t.settlement_hours,
                t.settlement_sick,
                t.settlement_excused,
                t.settlement_unexcused,
                t.settlement_amount
            );
            for p in &s.persons {
                let _ = writeln!(
                    out,
                    "{:<10} {:<10} {:>8} {:>5} {:>5} {:>5} {:>14}",
                    clean_line(&p.participant_id),
                    clean_line(&p.agreement_id),
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
