//! The activities summary as JSON (the `kis activities` contract), text and CSV.

use super::report::activity_tables;
use super::table::excel_csv;
use super::TableFormat;
use crate::domain::report::{ActivitiesSummary, Count};
use crate::text::catalog::catalog;
use crate::text::clean::{clean_block, clean_line};
use crate::text::Lang;
use std::fmt::Write;

fn people(c: &Count) -> String {
    format!("{} ({}K/{}M)", c.total, c.women, c.men)
}

pub fn render(a: &ActivitiesSummary, format: TableFormat, lang: Lang) -> String {
    match format {
        TableFormat::Json => {
            crate::text::clean::json(&serde_json::to_string(a).expect("summaries serialise"))
                .into_owned()
                + "\n"
        }
        TableFormat::Csv => excel_csv(&activity_tables(
            &a.activities,
            &a.specialists,
            &a.services,
            lang,
        )),
        TableFormat::Txt => {
            let t = &catalog(lang).export;
            let mut o = String::new();
            let _ = writeln!(o, "{}", t.activities);
            for x in &a.activities {
                let _ = writeln!(
                    o,
                    "  {:<40} {:>4} {:>8} {:>14} {:>14}",
                    clean_line(&x.name),
                    x.sessions,
                    x.hours.to_pl(),
                    people(&x.persons),
                    x.cost.to_pl()
                );
            }
            let _ = writeln!(o, "{}", t.specialists);
            for x in &a.specialists {
                let _ = writeln!(
                    o,
                    "  {:<40} {:>4} {:>8} {:>14} {:>14}",
                    clean_line(&x.name),
                    "",
                    x.hours.to_pl(),
                    people(&x.persons),
                    x.cost.to_pl()
                );
            }
            let _ = writeln!(
                o,
                "{}: {}; {}: {}",
                t.social_reintegration,
                people(&a.services.social),
                t.vocational,
                people(&a.services.vocational)
            );
            clean_block(&o).into_owned()
        }
    }
}
