//! Limits a club never meets, and the characters text may hold. One table, used
//! on import and by every write of the desk (see `validate.rs`), so that no
//! record is stored that export, backup or the card could not read back.

use super::hours::Hours;
use super::money::Money;
use chrono::NaiveDate;
use std::fmt;

/// Ids, codes, logins and references.
pub const ID: usize = 100;
/// Names, numbers and other short one-line fields (characters).
pub const NAME: usize = 200;
/// One-line texts longer than a name: a worksite's address, a topic, a resignation reason.
pub const LINE: usize = 1000;
pub const PHONE: usize = 40;
/// RFC 5321's limit on an address.
pub const EMAIL: usize = 254;
pub const POSTAL_CODE: usize = 10;
/// A note, the situation, a goal, an action, a review or an annex (bytes of UTF-8).
pub const TEXT_BYTES: usize = 64 * 1024;
/// All the texts of one record together (bytes), far below the store's 16 MiB a value.
pub const RECORD_BYTES: usize = 1024 * 1024;

/// List lengths.
pub const CATEGORIES: usize = 50;
pub const EXCLUSIONS: usize = 20;
pub const GOALS: usize = 100;
pub const ACTIONS: usize = 100;
pub const REVIEWS: usize = 200;
pub const ANNEXES: usize = 100;
pub const RATES: usize = 100;

/// An inclusive range of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range<T> {
    pub min: T,
    pub max: T,
}

const fn range<T>(min: T, max: T) -> Range<T> {
    Range { min, max }
}

/// Every date a record holds (and every year a request names).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2199;
pub const YEARS: Range<i32> = range(FIRST_YEAR, LAST_YEAR);
/// Zł an hour: a PSU rate, a specialist's rate, a session's rate (0,00–10 000,00 zł).
pub const RATE: Range<Money> = range(Money(0), Money(1_000_000));
/// Hours of one day (PSU hours, a session, a consultation), in half-hour units.
pub const DAY_HOURS: Range<Hours> = range(Hours::ZERO, Hours::from_halves(48));
/// An agreement's weekly and monthly limits.
pub const WEEK_HOURS: Range<Hours> = range(Hours::from_halves(1), Hours::from_halves(2 * 168));
pub const MONTH_HOURS: Range<Hours> = range(Hours::from_halves(1), Hours::from_halves(2 * 744));
pub const SLOTS: Range<u32> = range(0, 100_000);
pub const PERCENT: Range<u32> = range(0, 100);
pub const GRADUATE_MONTHS: Range<u32> = range(1, 120);
/// 0: no maximum.
pub const MAX_MONTHS: Range<u32> = range(0, 120);
pub const RETENTION_YEARS: Range<u32> = range(1, 100);
/// Sessions of one weekly series.
pub const SERIES_WEEKS: Range<u32> = range(1, 106);
/// Money received for one agreement's month: no more than a million złoty.
pub const REFUND: Range<Money> = range(Money(0), Money(100_000_000));
/// Guests at one session (a picnic, a Christmas party).
pub const GUESTS: Range<u32> = range(0, 10_000);
/// A staff member's working time.
pub const STAFF_HOURS: Range<Hours> = range(Hours::from_halves(1), Hours::from_halves(2 * 80));

impl<T: PartialOrd + Copy> Range<T> {
    pub fn holds(&self, v: T) -> bool {
        self.min <= v && v <= self.max
    }
}

/// Whether a character may not be stored: C0 and C1 controls, DEL, ESC, and the
/// invisible bidi and line controls that reorder or break what a terminal shows.
/// A newline is allowed by the caller in multi-line fields only.
pub fn forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// What is wrong with one field of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The interchange type of the record (`participant`, `note`, ...).
    pub record: &'static str,
    /// The field, e.g. `first_name` or `goals[3].text` (counted from 1).
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// Characters over a limit in characters.
    TooLongChars {
        len: usize,
        max: usize,
    },
    /// Bytes over a limit in bytes.
    TooLongBytes {
        len: usize,
        max: usize,
    },
    /// A forbidden character at a position (counted from 1).
    Control {
        code: u32,
        at: usize,
    },
    TooMany {
        count: usize,
        max: usize,
    },
    /// A number out of its range, all three as a person reads them.
    Range {
        value: String,
        min: String,
        max: String,
    },
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, field {}: ", self.record, self.field)?;
        match &self.problem {
            Problem::Empty => write!(f, "is empty"),
            Problem::TooLongChars { len, max } => {
                write!(f, "{len} characters, at most {max} allowed")
            }
            Problem::TooLongBytes { len, max } => write!(f, "{len} bytes, at most {max} allowed"),
            Problem::Control { code, at } => write!(
                f,
                "control character U+{code:04X} at position {at} is not allowed"
            ),
            Problem::TooMany { count, max } => write!(f, "{count} items, at most {max} allowed"),
            Problem::Range { value, min, max } => {
                write!(f, "{value} is outside the range {min}–{max}")
            }
        }
    }
}

impl std::error::Error for FieldError {}

/// Checks the fields of one record in turn; the first problem is the answer.
pub struct Fields {
    record: &'static str,
    bytes: usize,
}

pub type Checked = Result<(), FieldError>;

impl Fields {
    pub fn of(record: &'static str) -> Fields {
        Fields { record, bytes: 0 }
    }

    fn fail(&self, field: &str, problem: Problem) -> FieldError {
        FieldError {
            record: self.record,
            field: field.to_string(),
            problem,
        }
    }

    fn chars(&self, field: &str, v: &str, multi_line: bool) -> Checked {
        match v
            .chars()
            .enumerate()
            .find(|(_, c)| forbidden_char(*c) && !(multi_line && *c == '\n'))
        {
            Some((i, c)) => Err(self.fail(
                field,
                Problem::Control {
                    code: c as u32,
                    at: i + 1,
                },
            )),
            None => Ok(()),
        }
    }

    fn total(&mut self, field: &str, v: &str) -> Checked {
        self.bytes += v.len();
        if self.bytes > RECORD_BYTES {
            return Err(self.fail(
                field,
                Problem::TooLongBytes {
                    len: self.bytes,
                    max: RECORD_BYTES,
                },
            ));
        }
        Ok(())
    }

    /// A one-line field of at most `max` characters.
    pub fn line(&mut self, field: &str, v: &str, max: usize) -> Checked {
        // Bytes bound characters: count them only when it may matter.
        if v.len() > max {
            let len = v.chars().count();
            if len > max {
                return Err(self.fail(field, Problem::TooLongChars { len, max }));
            }
        }
        self.chars(field, v, false)?;
        self.total(field, v)
    }

    pub fn opt(&mut self, field: &str, v: Option<&str>, max: usize) -> Checked {
        v.map_or(Ok(()), |v| self.line(field, v, max))
    }

    /// A one-line field that must not be blank.
    pub fn required(&mut self, field: &str, v: &str, max: usize) -> Checked {
        if v.trim().is_empty() {
            return Err(self.fail(field, Problem::Empty));
        }
        self.line(field, v, max)
    }

    /// A multi-line text: newlines allowed, at most `TEXT_BYTES`.
    pub fn text(&mut self, field: &str, v: &str) -> Checked {
        if v.len() > TEXT_BYTES {
            return Err(self.fail(
                field,
                Problem::TooLongBytes {
                    len: v.len(),
                    max: TEXT_BYTES,
                },
            ));
        }
        self.chars(field, v, true)?;
        self.total(field, v)
    }

    pub fn count(&self, field: &str, count: usize, max: usize) -> Checked {
        if count > max {
            return Err(self.fail(field, Problem::TooMany { count, max }));
        }
        Ok(())
    }

    pub fn number(&self, field: &str, v: u32, r: Range<u32>) -> Checked {
        self.within(field, v, r, |n| n.to_string())
    }

    pub fn money(&self, field: &str, v: Money, r: Range<Money>) -> Checked {
        self.within(field, v, r, Money::to_decimal)
    }

    pub fn hours(&self, field: &str, v: Hours, r: Range<Hours>) -> Checked {
        self.within(field, v, r, |h| h.as_f64().to_string())
    }

    pub fn date(&self, field: &str, v: NaiveDate) -> Checked {
        use chrono::Datelike;
        if YEARS.holds(v.year()) {
            return Ok(());
        }
        Err(self.fail(
            field,
            Problem::Range {
                value: v.to_string(),
                min: format!("{FIRST_YEAR}-01-01"),
                max: format!("{LAST_YEAR}-12-31"),
            },
        ))
    }

    pub fn opt_date(&self, field: &str, v: Option<NaiveDate>) -> Checked {
        v.map_or(Ok(()), |d| self.date(field, d))
    }

    fn within<T: PartialOrd + Copy>(
        &self,
        field: &str,
        v: T,
        r: Range<T>,
        show: impl Fn(T) -> String,
    ) -> Checked {
        if r.holds(v) {
            return Ok(());
        }
        Err(self.fail(
            field,
            Problem::Range {
                value: show(v),
                min: show(r.min),
                max: show(r.max),
            },
        ))
    }
}

/// A range check of a number that is not part of a record (a request's count).
pub fn check_number(record: &'static str, field: &str, v: u32, r: Range<u32>) -> Checked {
    Fields::of(record).number(field, v, r)
}

/// A year a request names (the next contract number of a year).
pub fn check_year(record: &'static str, field: &str, year: i32) -> Checked {
    Fields::of(record).within(field, year, YEARS, |y| y.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_forbidden() {
        for c in [
            '\0', '\t', '\r', '\x1b', '\x7f', '\u{85}', '\u{9b}', '\u{202E}', '\u{2066}',
        ] {
            assert!(forbidden_char(c), "{c:?}");
        }
        for c in ['a', 'ż', ' ', '—', '€', '\u{a0}'] {
            assert!(!forbidden_char(c), "{c:?}");
        }
    }

    #[test]
    fn newline_only_in_texts() {
        let mut f = Fields::of("note");
        f.text("text", "jeden\ndwa").unwrap();
        let e = f.line("name", "jeden\ndwa", NAME).unwrap_err();
        assert_eq!(e.problem, Problem::Control { code: 10, at: 6 });
        let e = f.text("text", "a\x1b]0;x\x07").unwrap_err();
        assert_eq!(e.problem, Problem::Control { code: 0x1b, at: 2 });
        assert_eq!(e.field, "text");
    }

    #[test]
    fn lengths_in_characters_and_bytes() {
        let mut f = Fields::of("participant");
        f.line("first_name", &"ż".repeat(NAME), NAME).unwrap();
        let e = f
            .line("first_name", &"ż".repeat(NAME + 1), NAME)
            .unwrap_err();
        assert_eq!(
            e.problem,
            Problem::TooLongChars {
                len: NAME + 1,
                max: NAME
            }
        );
        let e = f.text("notes", &"x".repeat(TEXT_BYTES + 1)).unwrap_err();
        assert!(matches!(e.problem, Problem::TooLongBytes { .. }));
        assert_eq!(
            e.to_string(),
            format!(
                "participant, field notes: {} bytes, at most {TEXT_BYTES} allowed",
                TEXT_BYTES + 1
            )
        );
    }

    #[test]
    fn a_record_has_a_total() {
        let mut f = Fields::of("contract");
        let t = "x".repeat(TEXT_BYTES);
        for _ in 0..RECORD_BYTES / TEXT_BYTES {
            f.text("goals", &t).unwrap();
        }
        assert!(f.text("goals", "x").is_err());
    }

    #[test]
    fn ranges_name_the_figures() {
        let f = Fields::of("settings");
        f.number("retention_years", 10, RETENTION_YEARS).unwrap();
        let e = f
            .number("retention_years", 357_913_942, RETENTION_YEARS)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "settings, field retention_years: 357913942 is outside the range 1–100"
        );
        assert_eq!(
            check_year("contract", "year", i32::MAX)
                .unwrap_err()
                .to_string(),
            "contract, field year: 2147483647 is outside the range 1900–2199"
        );
        let e = f.money("zl_per_hour", Money(-1), RATE).unwrap_err();
        assert_eq!(
            e.problem,
            Problem::Range {
                value: "-0.01".into(),
                min: "0.00".into(),
                max: "10000.00".into()
            }
        );
    }

    /// The ranges make money sums safe: even four billion days, each the longest
    /// at the highest rate, stay far below i64's grosze (so no sum can wrap).
    #[test]
    fn ranges_rule_out_overflow() {
        let day = DAY_HOURS.max.halves() as i128 * RATE.max.grosze() as i128;
        let worst = day * u32::MAX as i128;
        assert!(worst < i64::MAX as i128, "{worst}");
        // and a percent of any such sum
        assert!(worst * PERCENT.max as i128 <= i128::MAX / 2);
    }
}
