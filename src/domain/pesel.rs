//! PESEL, the Polish national identification number.

use super::person::Sex;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

const WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Pesel(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeselError {
    #[error("PESEL {0} must have exactly 11 digits")]
    Length(String),
    #[error("PESEL {0} has a wrong check digit")]
    CheckDigit(String),
    #[error("PESEL {0} encodes a date that does not exist")]
    Date(String),
}

impl Pesel {
    pub fn parse(text: &str) -> Result<Pesel, PeselError> {
        let t = text.trim();
        if t.len() != 11 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PeselError::Length(t.to_string()));
        }
        let d: Vec<u32> = t.bytes().map(|b| (b - b'0') as u32).collect();
        if check_digit(&d[..10]) != d[10] {
            return Err(PeselError::CheckDigit(t.to_string()));
        }
        let p = Pesel(t.to_string());
        if p.decode_date().is_none() {
            return Err(PeselError::Date(t.to_string()));
        }
        Ok(p)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn birth_date(&self) -> NaiveDate {
        self.decode_date().expect("validated on parse")
    }

    /// Even 10th digit: female.
    pub fn sex(&self) -> Sex {
        if (self.0.as_bytes()[9] - b'0') % 2 == 0 {
            Sex::K
        } else {
            Sex::M
        }
    }

    /// `44051*****8`: the birth date prefix and the check digit only.
    pub fn masked(&self) -> String {
        format!("{}*****{}", &self.0[..5], &self.0[10..])
    }

    fn decode_date(&self) -> Option<NaiveDate> {
        let n = |i: usize| -> u32 { (self.0.as_bytes()[i] - b'0') as u32 };
        let yy = n(0) * 10 + n(1);
        let mm = n(2) * 10 + n(3);
        let dd = n(4) * 10 + n(5);
        let (century, month) = match mm {
            81..=92 => (1800, mm - 80),
            1..=12 => (1900, mm),
            21..=32 => (2000, mm - 20),
            41..=52 => (2100, mm - 40),
            61..=72 => (2200, mm - 60),
            _ => return None,
        };
        NaiveDate::from_ymd_opt((century + yy) as i32, month, dd)
    }

    /// Builds a valid PESEL from its parts (for tests and demo data).
    pub fn generate(birth: NaiveDate, sex: Sex, serial: u32) -> Pesel {
        use chrono::Datelike;
        let y = birth.year();
        let offset = match y {
            1800..=1899 => 80,
            1900..=1999 => 0,
            2000..=2099 => 20,
            2100..=2199 => 40,
            _ => 60,
        };
        let serial = serial % 1000;
        let mut p = (serial % 5) * 2; // 0,2,4,6,8
        if sex == Sex::M {
            p += 1;
        }
        let body = format!(
            "{:02}{:02}{:02}{:03}{}",
            y % 100,
            birth.month() + offset,
            birth.day(),
            serial,
            p
        );
        let d: Vec<u32> = body.bytes().map(|b| (b - b'0') as u32).collect();
        Pesel(format!("{body}{}", check_digit(&d)))
    }
}

/// `(10 − (Σ dᵢ·wᵢ mod 10)) mod 10`; comparing `sum % 10` directly is the common bug.
fn check_digit(first10: &[u32]) -> u32 {
    let sum: u32 = first10.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    (10 - sum % 10) % 10
}

impl fmt::Display for Pesel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Pesel {
    type Error = PeselError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Pesel::parse(&s)
    }
}

impl From<Pesel> for String {
    fn from(p: Pesel) -> String {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_valid() {
        let p = Pesel::parse("44051401458").unwrap();
        assert_eq!(
            p.birth_date(),
            NaiveDate::from_ymd_opt(1944, 5, 14).unwrap()
        );
        assert_eq!(p.sex(), Sex::M);
        assert_eq!(p.masked(), "44051*****8");
    }

    #[test]
    fn rejects_wrong_check_digit_and_dates() {
        assert_eq!(
            Pesel::parse("84051401459"),
            Err(PeselError::CheckDigit("84051401459".into()))
        );
        assert!(matches!(
            Pesel::parse("4405140145"),
            Err(PeselError::Length(_))
        ));
        assert!(matches!(
            Pesel::parse("4405140145a"),
            Err(PeselError::Length(_))
        ));
        // 30 February 2002
        let p = Pesel::generate(NaiveDate::from_ymd_opt(2002, 2, 28).unwrap(), Sex::K, 1);
        let bad = format!("{}30{}", &p.as_str()[..4], &p.as_str()[6..10]);
        let d: Vec<u32> = bad.bytes().map(|b| (b - b'0') as u32).collect();
        let bad = format!("{bad}{}", check_digit(&d));
        assert!(matches!(Pesel::parse(&bad), Err(PeselError::Date(_))));
    }

    #[test]
    fn centuries_by_month_offset() {
        for (y, m) in [(1850, 81), (1999, 1), (2005, 21), (2150, 41), (2250, 61)] {
            let date = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            let p = Pesel::generate(date, Sex::K, 7);
            assert_eq!(&p.as_str()[2..4], format!("{m:02}"));
            assert_eq!(Pesel::parse(p.as_str()).unwrap().birth_date(), date);
        }
    }

    proptest! {
        #[test]
        fn generated_round_trip(days in 0i64..150_000, male: bool, serial in 0u32..1000) {
            let birth = NaiveDate::from_ymd_opt(1850, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let sex = if male { Sex::M } else { Sex::K };
            let p = Pesel::generate(birth, sex, serial);
            let back = Pesel::parse(p.as_str()).unwrap();
            prop_assert_eq!(back.birth_date(), birth);
            prop_assert_eq!(back.sex(), sex);
        }

        #[test]
        fn any_single_digit_change_is_caught(days in 0i64..50_000, pos in 0usize..11, delta in 1u8..10) {
            let birth = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let p = Pesel::generate(birth, Sex::K, 123);
            let mut bytes = p.as_str().as_bytes().to_vec();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert!(Pesel::parse(&changed).is_err());
        }
    }
}
