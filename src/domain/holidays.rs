//! Polish public holidays (ustawa o dniach wolnych od pracy), Easter-based ones included.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday (Gregorian calendar; the anonymous algorithm).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a real date")
}

/// The name of the public holiday on `d`, if it is one.
pub fn holiday(d: NaiveDate) -> Option<&'static str> {
    let fixed = match (d.month(), d.day()) {
        (1, 1) => Some("Nowy Rok"),
        (1, 6) if d.year() >= 2011 => Some("Trzech Króli"),
        (5, 1) => Some("Święto Pracy"),
        (5, 3) => Some("Święto Konstytucji 3 Maja"),
        (8, 15) => Some("Wniebowzięcie NMP"),
        (11, 1) => Some("Wszystkich Świętych"),
        (11, 11) => Some("Święto Niepodległości"),
        (12, 24) if d.year() >= 2025 => Some("Wigilia"),
        (12, 25) => Some("Boże Narodzenie"),
        (12, 26) => Some("drugi dzień Bożego Narodzenia"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let e = easter(d.year());
    let after = |n: u64| e + Days::new(n);
    if d == e {
        Some("Wielkanoc")
    } else if d == after(1) {
        Some("Poniedziałek Wielkanocny")
    } else if d == after(49) {
        Some("Zielone Świątki")
    } else if d == after(60) {
        Some("Boże Ciało")
    } else {
        None
    }
}

pub fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// A day without work: a weekend or a public holiday.
pub fn is_day_off(d: NaiveDate) -> bool {
    is_weekend(d) || holiday(d).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_dates() {
        for (y, e) in [
            (2019, "2019-04-21"),
            (2020, "2020-04-12"),
            (2021, "2021-04-04"),
            (2022, "2022-04-17"),
            (2023, "2023-04-09"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
        ] {
            assert_eq!(easter(y), d(e), "{y}");
        }
    }

    #[test]
    fn movable_and_fixed_holidays() {
        assert_eq!(holiday(d("2021-06-03")), Some("Boże Ciało"));
        assert_eq!(holiday(d("2024-05-30")), Some("Boże Ciało"));
        assert_eq!(holiday(d("2021-04-05")), Some("Poniedziałek Wielkanocny"));
        assert_eq!(holiday(d("2023-05-28")), Some("Zielone Świątki"));
        assert_eq!(holiday(d("2021-11-11")), Some("Święto Niepodległości"));
        assert_eq!(holiday(d("2024-12-24")), None);
        assert_eq!(holiday(d("2025-12-24")), Some("Wigilia"));
        assert_eq!(holiday(d("2021-06-04")), None);
        assert!(is_day_off(d("2021-06-05")));
        assert!(!is_day_off(d("2021-06-07")));
    }
}
