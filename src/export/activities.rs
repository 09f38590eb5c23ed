//! The activities summary as JSON (the `kis activities` contract), text and CSV.

use super::TableFormat;
use crate::domain::report::{ActivitiesSummary, Count};
use crate::text::catalog::catalog;
use crate::text::clean::{clean_block, clean_line, csv_text};
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
        TableFormat::Csv => {
            let mut w = csv::WriterBuilder::new().flexible(true).from_writer(vec![]);
            let _ = w.write_record([
                "type",
                "id",
                "name",
                "kind_or_role",
                "area",
                "sessions",
                "hours",
                "persons",
                "women",
                "men",
                "cost",
            ]);
            for x in &a.activities {
                let _ = w.write_record([
                    "activity".to_string(),
                    csv_text(&x.activity_id).into_owned(),
                    csv_text(&x.name).into_owned(),
                    x.kind.code().into(),
                    x.area.code().into(),
                    x.sessions.to_string(),
                    x.hours.as_f64().to_string(),
                    x.persons.total.to_string(),
                    x.persons.women.to_string(),
                    x.persons.men.to_string(),
                    x.cost.to_decimal(),
                ]);
            }
            for x in &a.specialists {
                let _ = w.write_record([
                    "specialist".to_string(),
                    csv_text(&x.specialist_id).into_owned(),
                    csv_text(&x.name).into_owned(),
                    csv_text(&x.role).into_owned(),
                    String::new(),
                    String::new(),
                    x.hours.as_f64().to_string(),
                    x.persons.total.to_string(),
                    x.persons.women.to_string(),
                    x.persons.men.to_string(),
                    x.cost.to_decimal(),
                ]);
            }
            for (area, c) in [
                ("social", &a.services.social),
                ("vocational", &a.services.vocational),
            ] {
                let _ = w.write_record([
                    "services",
                    area,
                    "",
                    "",
                    area,
                    "",
                    "",
                    &c.total.to_string(),
                    &c.women.to_string(),
                    &c.men.to_string(),
                    "",
                ]);
            }
            String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
        }
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
