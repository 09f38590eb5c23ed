//! Calendar rules: month arithmetic, weeks, Polish date formatting.

use chrono::{Datelike, Days, Months, NaiveDate};

/// The same day `n` months later, clamped to the last day of that month
/// (31.08 + 6 months = 28.02 or 29.02).
pub fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    // chrono's checked_add_months clamps to the month's end already.
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// Monday of the week (Monday to Sunday) that holds `d`.
pub fn week_start(d: NaiveDate) -> NaiveDate {
    d - Days::new(d.weekday().num_days_from_monday() as u64)
}

pub fn week_end(d: NaiveDate) -> NaiveDate {
    week_start(d) + Days::new(6)
}

pub fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("day 1 exists")
}

pub fn month_end(d: NaiveDate) -> NaiveDate {
    add_months(month_start(d), 1) - Days::new(1)
}

/// `dd.mm.rrrr`.
pub fn pl(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// `dd.mm` (for short ranges such as a week).
pub fn pl_short(d: NaiveDate) -> String {
    d.format("%d.%m").to_string()
}

/// Parses ISO `YYYY-MM-DD` or Polish `dd.mm.rrrr`.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d.%m.%Y"))
        .ok()
}

/// A date as people type it, relative to `today`: the full forms of `parse`, or
/// `30.11` (this year), `d` or `dziś` (today), `+7` or `-3` (days from today).
pub fn parse_typed(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = text.trim();
    if let Some(d) = parse(t) {
        return Some(d);
    }
    match t.to_lowercase().as_str() {
        "d" | "dziś" | "dzis" | "today" | "t" => return Some(today),
        _ => {}
    }
    if let Some(rest) = t.strip_prefix('+') {
        let n: u64 = rest.trim().parse().ok()?;
        return today.checked_add_days(chrono::Days::new(n));
    }
    if let Some(rest) = t.strip_prefix('-') {
        let n: u64 = rest.trim().parse().ok()?;
        return today.checked_sub_days(chrono::Days::new(n));
    }
    let (day, month) = t.trim_end_matches('.').split_once('.')?;
    NaiveDate::from_ymd_opt(today.year(), month.parse().ok()?, day.parse().ok()?)
}

/// Parses `YYYY-MM`, or `MM.YYYY` as people write it, to the first day of that month.
pub fn parse_month(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("01.{t}"), "%d.%m.%Y"))
        .ok()
}

/// A month written `YYYY-MM` (held as its first day).
pub mod year_month {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&d.format("%Y-%m").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_month(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a month (YYYY-MM)")))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_as_people_type_them() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(parse_typed("30.11", today), d(2026, 11, 30));
        assert_eq!(parse_typed("1.3.", today), d(2026, 3, 1));
        assert_eq!(parse_typed("dziś", today), Some(today));
        assert_eq!(parse_typed("d", today), Some(today));
        assert_eq!(parse_typed("+7", today), d(2026, 12, 7));
        assert_eq!(parse_typed("-30", today), d(2026, 10, 31));
        assert_eq!(parse_typed("05.01.2026", today), d(2026, 1, 5));
        assert_eq!(parse_typed("2026-01-05", today), d(2026, 1, 5));
        assert_eq!(parse_typed("31.02", today), None);
        assert_eq!(parse_typed("jutro", today), None);
        assert_eq!(parse_month("11.2026"), d(2026, 11, 1));
        assert_eq!(parse_month("2026-11"), d(2026, 11, 1));
        assert_eq!(parse_month("13.2026"), None);
    }

    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse(s).unwrap()
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(add_months(d("2021-08-31"), 6), d("2022-02-28"));
        assert_eq!(add_months(d("2023-08-31"), 6), d("2024-02-29"));
        assert_eq!(add_months(d("2021-03-31"), 6), d("2021-09-30"));
        assert_eq!(add_months(d("2021-01-20"), 6), d("2021-07-20"));
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        assert_eq!(week_start(d("2021-06-13")), d("2021-06-07"));
        assert_eq!(week_start(d("2021-06-07")), d("2021-06-07"));
        assert_eq!(week_end(d("2021-06-07")), d("2021-06-13"));
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
    }

    #[test]
    fn formats_polish() {
        assert_eq!(pl(d("2021-01-05")), "05.01.2021");
        assert_eq!(parse("05.01.2021"), Some(d("2021-01-05")));
        assert_eq!(parse("2021-02-30"), None);
    }
}
