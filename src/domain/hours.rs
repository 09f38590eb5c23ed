//! Hours in half-hour units: PSU allows half hours, nothing finer.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours(u32);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("hours {0} are not a whole or half hour (e.g. 4 or 7.5)")]
    NotHalf(String),
    #[error("hours {0} are negative")]
    Negative(String),
    #[error("hours {0} are too many")]
    TooMany(String),
}

impl Hours {
    pub const ZERO: Hours = Hours(0);

    pub const fn from_halves(h: u32) -> Self {
        Hours(h)
    }

    pub fn whole(h: u32) -> Self {
        Hours(h * 2)
    }

    pub fn halves(self) -> u32 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn from_f64(v: f64) -> Result<Hours, HoursError> {
        let shown = v.to_string();
        if !v.is_finite() {
            return Err(HoursError::NotHalf(shown));
        }
        if v < 0.0 {
            return Err(HoursError::Negative(shown));
        }
        let halves = v * 2.0;
        if halves.fract() != 0.0 {
            return Err(HoursError::NotHalf(shown));
        }
        if halves > 1_000_000.0 {
            return Err(HoursError::TooMany(shown));
        }
        Ok(Hours(halves as u32))
    }

    /// Parses what a person types: `4`, `7,5`, `7.5`.
    pub fn parse(text: &str) -> Result<Hours, HoursError> {
        let t = text.trim().trim_end_matches('h').trim().replace(',', ".");
        let v: f64 = t
            .parse()
            .map_err(|_| HoursError::NotHalf(text.trim().to_string()))?;
        Hours::from_f64(v)
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 2.0
    }

    /// `9,5` or `10`.
    pub fn to_pl_number(self) -> String {
        if self.0 % 2 == 0 {
            (self.0 / 2).to_string()
        } else {
            format!("{},5", self.0 / 2)
        }
    }

    /// `9,5 h`.
    pub fn to_pl(self) -> String {
        format!("{} h", self.to_pl_number())
    }

    pub fn saturating_sub(self, o: Hours) -> Hours {
        Hours(self.0.saturating_sub(o.0))
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_pl())
    }
}

impl Add for Hours {
    type Output = Hours;
    fn add(self, o: Hours) -> Hours {
        Hours(self.0 + o.0)
    }
}

impl AddAssign for Hours {
    fn add_assign(&mut self, o: Hours) {
        self.0 += o.0;
    }
}

impl Sub for Hours {
    type Output = Hours;
    fn sub(self, o: Hours) -> Hours {
        Hours(self.0 - o.0)
    }
}

impl Sum for Hours {
    fn sum<I: Iterator<Item = Hours>>(iter: I) -> Hours {
        Hours(iter.map(|h| h.0).sum())
    }
}

// JSON carries 7.5; bincode carries the half-hour count.
impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_f64(self.as_f64())
        } else {
            s.serialize_u32(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let v = f64::deserialize(d)?;
            Hours::from_f64(v).map_err(de::Error::custom)
        } else {
            Ok(Hours(u32::deserialize(d)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_half_hours_only() {
        assert_eq!(Hours::parse("7,5").unwrap(), Hours(15));
        assert_eq!(Hours::parse("4").unwrap(), Hours(8));
        assert!(Hours::parse("7.25").is_err());
        assert!(Hours::parse("-1").is_err());
        assert!(Hours::parse("x").is_err());
        assert_eq!(Hours(19).to_pl(), "9,5 h");
        assert_eq!(Hours(20).to_pl(), "10 h");
    }

    #[test]
    fn json_is_a_number() {
        assert_eq!(serde_json::to_string(&Hours(15)).unwrap(), "7.5");
        assert_eq!(serde_json::to_string(&Hours(8)).unwrap(), "4.0");
        let h: Hours = serde_json::from_str("0").unwrap();
        assert_eq!(h, Hours::ZERO);
        assert!(serde_json::from_str::<Hours>("0.3").is_err());
    }
}
