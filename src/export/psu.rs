//! PSU printouts for a month and agreement: the attendance list per worksite
//! (with a signature column), the payroll list, the refund request summary for
//! the PUP, and the unexcused absences to report.

use crate::domain::collate::name_key;
use crate::domain::dates::{month_end, pl};
use crate::domain::holidays::{holiday, is_day_off};
use crate::domain::hours::Hours;
use crate::domain::psu::Timesheet;
use crate::domain::psu::{Absence, Worksite};
use crate::domain::settlement::Settlement;
use crate::text::clean::{clean_block, clean_line, html as esc};
use crate::text::plural::OSOBA_GEN;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::fmt::Write;

fn day_mark(h: Option<&crate::domain::psu::HourRow>) -> String {
    match h {
        None => String::new(),
        Some(r) => match r.absence {
            Some(Absence::Sick) => "C".into(),
            Some(Absence::Excused) => "U".into(),
            Some(Absence::Unexcused) => "N".into(),
            None => r.hours.to_pl_number(),
        },
    }
}

const LEGEND: &str = "C — choroba, U — nieobecność usprawiedliwiona, N — nieobecność nieusprawiedliwiona; So, Nd — sobota, niedziela; św — święto";

/// Under a day off: `So`, `Nd` or `św` (a public holiday); nothing under a working day.
fn day_off_mark(d: NaiveDate) -> &'static str {
    if holiday(d).is_some() {
        "św"
    } else if d.weekday() == Weekday::Sat {
        "So"
    } else if d.weekday() == Weekday::Sun {
        "Nd"
    } else {
        ""
    }
}

fn off_class(d: NaiveDate) -> &'static str {
    if is_day_off(d) {
        " class=off"
    } else {
        ""
    }
}

/// All four printouts in one document (text or HTML).
pub fn printouts(
    club: &str,
    sheet: &Timesheet,
    worksites: &[Worksite],
    settlement: &Settlement,
    html: bool,
) -> String {
    let Some(agreement) = &sheet.agreement else {
        return String::new();
    };
    let m = sheet.month;
    let days = month_end(m).day();
    let day = |d: u32| m + Days::new(d as u64 - 1);
    let month = m.format("%m.%Y").to_string();
    // Stored names may hold control characters: each field is cleaned for its output.
    let (club, club_h) = (clean_line(club), esc(club));
    let name =
        |l: &crate::domain::psu::TimesheetLine| clean_line(&l.participant.full_name()).into_owned();
    // Every list in Polish alphabetical order of surnames, as the staff find people.
    let mut ordered: Vec<&crate::domain::psu::TimesheetLine> = sheet.lines.iter().collect();
    ordered.sort_by_cached_key(|l| name_key(&l.participant.last_name, &l.participant.first_name));
    let mut t = String::new();
    let mut h = String::from("<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>PSU</title><style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #000;padding:2px 4px;text-align:center}td.n{text-align:left}.off{background:#ddd}h2{page-break-before:always}h2:first-of-type{page-break-before:auto}@page{size:landscape}</style></head><body>\n");
    // Attendance lists, one per worksite.
    for w in worksites {
        let lines: Vec<_> = ordered
            .iter()
            .filter(|l| l.assignment.worksite_id == w.id)
            .collect();
        if lines.is_empty() {
            continue;
        }
        let title = format!("LISTA OBECNOŚCI — prace społecznie użyteczne — {month}");
        let _ = writeln!(
            t,
            "{club}\n{title}\n{} — porozumienie nr {}\n",
            clean_line(&w.name),
            clean_line(&agreement.number)
        );
        let _ = write!(t, "{:<3} {:<24}", "Lp.", "Imię i nazwisko");
        let _ = write!(h, "<h2>{}</h2><p>{club_h}<br>{} — porozumienie nr {}</p><table><tr><th>Lp.</th><th>Imię i nazwisko</th>", esc(&title), esc(&w.name), esc(&agreement.number));
        for d in 1..=days {
            let _ = write!(t, "{d:>4}");
            let _ = write!(
                h,
                "<th{}>{d}<br>{}</th>",
                off_class(day(d)),
                day_off_mark(day(d))
            );
        }
        let _ = writeln!(t, "{:>7}  Podpis", "Razem");
        // Under each day off its mark, so nobody signs hours on a Sunday by mistake.
        let marks: String = (1..=days)
            .map(|d| format!("{:>4}", day_off_mark(day(d))))
            .collect();
        let _ = writeln!(t, "{:<28}{}", "", marks.trim_end());
        let _ = write!(h, "<th>Razem</th><th>Podpis</th></tr>");
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(t, "{:<3} {:<24}", i + 1, name(line));
            let _ = write!(
                h,
                "<tr><td>{}</td><td class=n>{}</td>",
                i + 1,
                esc(&line.participant.full_name())
            );
            for d in 1..=days {
                let date = day(d);
                let mark = day_mark(line.rows.iter().find(|r| r.date == date));
                let _ = write!(t, "{mark:>4}");
                let _ = write!(h, "<td{}>{mark}</td>", off_class(date));
            }
            let _ = writeln!(
                t,
                "{:>7}  ....................",
                line.month_total.to_pl_number()
            );
            let _ = write!(
                h,
                "<td>{}</td><td style=\"min-width:10em\"></td></tr>",
                line.month_total.to_pl_number()
            );
        }
        let _ = writeln!(t, "\n{LEGEND}\n\n");
        let _ = writeln!(h, "</table><p>{LEGEND}</p>");
    }
    // The payroll list.
    let title = format!(
        "LISTA WYPŁAT — prace społecznie użyteczne — {month} — porozumienie nr {}",
        clean_line(&agreement.number)
    );
    let _ = writeln!(t, "{club}\n{title}\n");
    let _ = writeln!(
        t,
        "{:<3} {:<26} {:<12} {:>8} {:>14}  Podpis",
        "Lp.", "Imię i nazwisko", "PESEL", "Godziny", "Kwota"
    );
    let _ = write!(h, "<h2>{}</h2><p>{club_h}</p><table><tr><th>Lp.</th><th>Imię i nazwisko</th><th>PESEL</th><th>Godziny</th><th>Kwota</th><th>Podpis</th></tr>", esc(&title));
    let mut n = 0;
    for line in &ordered {
        let Some(p) = settlement
            .persons
            .iter()
            .find(|p| p.agreement_id == agreement.id && p.participant_id == line.participant.id)
        else {
            continue;
        };
        n += 1;
        let pesel = line
            .participant
            .pesel
            .as_ref()
            .map(|x| x.to_string())
            .unwrap_or_default();
        let _ = writeln!(
            t,
            "{n:<3} {:<26} {:<12} {:>8} {:>14}  ....................",
            name(line),
            pesel,
            p.hours.to_pl_number(),
            p.amount.to_pl()
        );
        let _ = write!(h, "<tr><td>{n}</td><td class=n>{}</td><td>{pesel}</td><td>{}</td><td>{}</td><td style=\"min-width:10em\"></td></tr>", esc(&line.participant.full_name()), p.hours.to_pl_number(), p.amount.to_pl());
    }
    let paid: crate::domain::money::Money = settlement
        .persons
        .iter()
        .filter(|p| p.agreement_id == agreement.id)
        .map(|p| p.amount)
        .sum();
    let hours: Hours = settlement
        .persons
        .iter()
        .filter(|p| p.agreement_id == agreement.id)
        .map(|p| p.hours)
        .sum();
    let _ = writeln!(
        t,
        "{:<43} {:>8} {:>14}\n\n",
        "Razem",
        hours.to_pl_number(),
        paid.to_pl()
    );
    let _ = write!(h, "<tr><td></td><td class=n><b>Razem</b></td><td></td><td>{}</td><td><b>{}</b></td><td></td></tr></table>", hours.to_pl_number(), paid.to_pl());
    // The refund request summary for the PUP.
    let refund = paid.percent(agreement.refund_percent);
    let title = format!("WNIOSEK O REFUNDACJĘ — {month}");
    let _ = writeln!(
        t,
        "{club}\n{title}\nPorozumienie nr {} z dnia {}\nWypłacono: {}\nRefundacja z Funduszu Pracy ({} %): {}\nZałącznik: lista osób i kwot jak na liście wypłat ({}).\n\n",
        clean_line(&agreement.number),
        agreement.signed_on.map(pl).unwrap_or_default(),
        paid.to_pl(),
        agreement.refund_percent,
        refund.to_pl(),
        OSOBA_GEN.with(n)
    );
    let _ = write!(
        h,
        "<h2>{}</h2><p>{club_h}<br>Porozumienie nr {} z dnia {}<br>Wypłacono: <b>{}</b><br>Refundacja z Funduszu Pracy ({} %): <b>{}</b><br>Załącznik: lista osób i kwot jak na liście wypłat ({}).</p>",
        esc(&title),
        esc(&agreement.number),
        agreement.signed_on.map(pl).unwrap_or_default(),
        paid.to_pl(),
        agreement.refund_percent,
        refund.to_pl(),
        OSOBA_GEN.with(n)
    );
    // Unexcused absences to report to the PUP.
    let _ = writeln!(
        t,
        "NIEOBECNOŚCI NIEUSPRAWIEDLIWIONE — {month} (do zgłoszenia w PUP)"
    );
    let _ = write!(h, "<h2>Nieobecności nieusprawiedliwione — {month}</h2><ul>");
    let mut any = false;
    for line in &ordered {
        let dates: Vec<String> = line
            .rows
            .iter()
            .filter(|r| r.absence == Some(Absence::Unexcused))
            .map(|r| pl(r.date))
            .collect();
        if !dates.is_empty() {
            any = true;
            let _ = writeln!(t, "  {}: {}", name(line), dates.join(", "));
            let _ = write!(
                h,
                "<li>{}: {}</li>",
                esc(&line.participant.full_name()),
                dates.join(", ")
            );
        }
    }
    if !any {
        t.push_str("  brak\n");
        h.push_str("<li>brak</li>");
    }
    h.push_str("</ul></body></html>\n");
    if html {
        h
    } else {
        // A second line of defence for anything written above unclean.
        clean_block(&t).into_owned()
    }
}
