//! Order-preserving keys: big-endian integers, dates as day numbers, fixed-width parts.

use chrono::{Datelike, NaiveDate};

pub fn u64_key(n: u64) -> [u8; 8] {
    n.to_be_bytes()
}

pub fn read_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_be_bytes(a)
}

/// Days from 0001-01-01, big-endian: sorts like the dates.
pub fn date_key(d: NaiveDate) -> [u8; 4] {
    (d.num_days_from_ce() as u32).to_be_bytes()
}

/// The key of the month that holds `d`: its first day.
/// (Days before the common era are taken as its first day.)
pub fn month_key(d: NaiveDate) -> [u8; 4] {
    let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(d);
    let d = d.max(first);
    date_key(d.with_day(1).unwrap_or(d))
}

/// The key just past the month whose key is `m` (for a range's end).
pub fn next_month_key(m: [u8; 4]) -> [u8; 4] {
    // Any day after the month's first, up to the next month's first, will do:
    // no month key lies between them, and every month has at least 28 days.
    (u32::from_be_bytes(m).saturating_add(28)).to_be_bytes()
}

pub fn read_date(b: &[u8]) -> NaiveDate {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    NaiveDate::from_num_days_from_ce_opt(u32::from_be_bytes(a) as i32).unwrap_or(NaiveDate::MIN)
}

pub fn cat(parts: &[&[u8]]) -> Vec<u8> {
    let mut v = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        v.extend_from_slice(p);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn date_keys_sort_like_dates(a in 0i32..200_000, b in 0i32..200_000) {
            let da = NaiveDate::from_num_days_from_ce_opt(a + 1).unwrap();
            let db = NaiveDate::from_num_days_from_ce_opt(b + 1).unwrap();
            prop_assert_eq!(da.cmp(&db), date_key(da).cmp(&date_key(db)));
            prop_assert_eq!(read_date(&date_key(da)), da);
        }

        #[test]
        fn u64_keys_sort_like_numbers(a: u64, b: u64) {
            prop_assert_eq!(a.cmp(&b), u64_key(a).cmp(&u64_key(b)));
        }
    }
}
