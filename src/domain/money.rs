//! Money as integer grosze. Never floating point.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

/// An amount in grosze (1/100 zł).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub i64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("amount {0:?} is not a decimal with at most two places, e.g. \"8.70\"")]
pub struct MoneyParseError(pub String);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_grosze(g: i64) -> Self {
        Money(g)
    }

    pub fn grosze(self) -> i64 {
        self.0
    }

    /// Parses `"8.70"`, `"8.7"`, `"8"` and, for people, `"8,70"` and `"3 600,00"`.
    pub fn parse(text: &str) -> Result<Money, MoneyParseError> {
        let err = || MoneyParseError(text.to_string());
        let cleaned: String = text
            .trim()
            .trim_end_matches("zł")
            .trim()
            .chars()
            .filter(|c| *c != ' ' && *c != '\u{a0}')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let (neg, body) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, frac) = match body.split_once('.') {
            Some((w, f)) => (w, f),
            None => (body, ""),
        };
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > 2
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || (body.contains('.') && frac.is_empty())
        {
            return Err(err());
        }
        let whole: i64 = whole.parse().map_err(|_| err())?;
        let mut frac_g: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| err())?
        };
        if frac.len() == 1 {
            frac_g *= 10;
        }
        let g = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac_g))
            .ok_or_else(err)?;
        Ok(Money(if neg { -g } else { g }))
    }

    /// The interchange form: `"1234.50"`.
    pub fn to_decimal(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", a / 100, a % 100)
    }

    /// The Polish form for people: `3 600,00 zł`.
    pub fn to_pl(self) -> String {
        format!("{} zł", self.to_pl_number())
    }

    /// `3 600,00` without the currency.
    pub fn to_pl_number(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        format!("{sign}{},{:02}", group_thousands(a / 100), a % 100)
    }

    /// `percent` % of this amount, rounded half-up to the grosz.
    pub fn percent(self, percent: u32) -> Money {
        Money(div_round_half_up(self.0 as i128 * percent as i128, 100))
    }
}

/// Groups digits by three with a space, as Polish documents do.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(ch);
    }
    out
}

/// Integer division rounding half away from zero ("half-up" for amounts).
pub fn div_round_half_up(num: i128, den: i128) -> i64 {
    assert!(den > 0);
    let q = num / den;
    let r = num % den;
    let adj = if 2 * r.abs() >= den { num.signum() } else { 0 };
    (q + adj) as i64
}

/// An exact, unrounded sum of `hours × rate` products, kept in half-grosze
/// (hours are half-hour units, so a product is a whole number of half-grosze).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExactAmount(pub i128);

impl ExactAmount {
    pub fn of(hours: crate::domain::hours::Hours, rate: Money) -> Self {
        ExactAmount(hours.halves() as i128 * rate.0 as i128)
    }

    /// Rounds half-up to the grosz.
    pub fn round(self) -> Money {
        Money(div_round_half_up(self.0, 2))
    }
}

impl Add for ExactAmount {
    type Output = ExactAmount;
    fn add(self, o: ExactAmount) -> ExactAmount {
        ExactAmount(self.0 + o.0)
    }
}

impl AddAssign for ExactAmount {
    fn add_assign(&mut self, o: ExactAmount) {
        self.0 += o.0;
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0 - o.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.map(|m| m.0).sum())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal())
    }
}

// JSON carries "8.70"; bincode carries the integer.
impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.to_decimal())
        } else {
            s.serialize_i64(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(Money(i64::deserialize(d)?));
        }
        /// The format says `"8.70"`; a bare number such as `8.7` is read the same way.
        struct Text;
        impl de::Visitor<'_> for Text {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount such as \"8.70\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Money, E> {
                Money::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Money, E> {
                Money::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Money, E> {
                Money::parse(&v.to_string()).map_err(E::custom)
            }
        }
        d.deserialize_any(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_prints() {
        assert_eq!(Money::parse("8.70").unwrap(), Money(870));
        assert_eq!(Money::parse("8.7").unwrap(), Money(870));
        assert_eq!(Money::parse("8").unwrap(), Money(800));
        assert_eq!(Money::parse("3 600,00 zł").unwrap(), Money(360000));
        assert_eq!(Money(870).to_decimal(), "8.70");
        assert_eq!(Money(360000).to_pl(), "3 600,00 zł");
        assert_eq!(Money(5653470).to_pl(), "56 534,70 zł");
        assert_eq!(Money(5).to_decimal(), "0.05");
        for bad in ["", "8.", ".5", "8.701", "abc", "8,7,0", "1e3"] {
            assert!(Money::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn json_takes_a_string_or_a_number() {
        assert_eq!(
            serde_json::from_str::<Money>("\"8.70\"").unwrap(),
            Money(870)
        );
        assert_eq!(serde_json::from_str::<Money>("8.7").unwrap(), Money(870));
        assert_eq!(serde_json::from_str::<Money>("60").unwrap(), Money(6000));
        assert!(serde_json::from_str::<Money>("8.705").is_err());
        assert_eq!(serde_json::to_string(&Money(870)).unwrap(), "\"8.70\"");
    }

    #[test]
    fn percent_rounds_half_up() {
        // 60 % of 0.05 zł = 0.03 zł (3 gr exactly), of 0.01 = 0.006 -> 0.01
        assert_eq!(Money(5).percent(60), Money(3));
        assert_eq!(Money(1).percent(60), Money(1));
        assert_eq!(Money(5304583).percent(60), Money(3182750));
    }

    #[test]
    fn exact_amount_rounds_once() {
        use crate::domain::hours::Hours;
        // 0.5 h × 8.71 zł = 4.355 zł -> 4.36 zł
        let a = ExactAmount::of(Hours::from_halves(1), Money(871));
        assert_eq!(a.round(), Money(436));
        // two of them: 8.71 exactly, not 8.72
        assert_eq!((a + a).round(), Money(871));
    }

    proptest! {
        #[test]
        fn decimal_round_trips(g in -10_000_000_000i64..10_000_000_000i64) {
            let m = Money(g);
            prop_assert_eq!(Money::parse(&m.to_decimal()).unwrap(), m);
            prop_assert_eq!(Money::parse(&m.to_pl()).unwrap(), m);
        }

        #[test]
        fn percent_is_within_half_a_grosz(g in 0i64..1_000_000_000, p in 0u32..=100) {
            let exact = g as f64 * p as f64 / 100.0;
            let got = Money(g).percent(p).0 as f64;
            prop_assert!((got - exact).abs() <= 0.5 + 1e-6);
        }
    }
}
