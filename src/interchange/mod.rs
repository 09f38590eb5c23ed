//! The interchange format: JSON Lines, one object a line, each with a `"type"`.
//! `docs/interchange.md` is the reference. JSON only: never stored with bincode.

use crate::domain::psu::{HourRow, Refund};
use crate::domain::record::{Kind, Record, ValueVisitor};
use crate::domain::settings::Settings;
use crate::domain::workshop::Attendance;
use serde::{Deserialize, Serialize};

pub const FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub format: u32,
}

/// Makes `Line` from the record table: the header, the settings, one variant per
/// record type with an id, hour rows and attendance.
macro_rules! interchange_lines {
    ($($kind:ident => $name:literal, $prefix:literal, $ty:ty, $idf:ident;)*) => {
        /// One line; its `type` is the record type's name.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        pub enum Line {
            Kis(Header),
            Settings(Settings),
            $($kind($ty),)*
            Hours(HourRow),
            Attendance(Attendance),
            Refund(Refund),
        }

        impl Line {
            /// The line's `type`.
            pub fn type_name(&self) -> &'static str {
                match self {
                    Line::Kis(_) => "kis",
                    Line::Settings(_) => "settings",
                    $(Line::$kind(_) => $name,)*
                    Line::Hours(_) => "hours",
                    Line::Attendance(_) => "attendance",
                    Line::Refund(_) => "refund",
                }
            }

            /// Where a line of type `ty` does not read: the path of the field.
            fn field_at_fault(ty: &str, value: serde_json::Value) -> Option<String> {
                fn path<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> Option<String> {
                    serde_path_to_error::deserialize::<_, T>(v)
                        .err()
                        .map(|e| e.path().to_string())
                        .filter(|p| p != ".")
                }
                match ty {
                    "settings" => path::<Settings>(value),
                    $($name => path::<$ty>(value),)*
                    "hours" => path::<HourRow>(value),
                    "attendance" => path::<Attendance>(value),
                    "refund" => path::<Refund>(value),
                    _ => None,
                }
            }

            /// The kind and id, for lines of records that have one.
            pub fn kind_id(&self) -> Option<(Kind, &str)> {
                match self {
                    $(Line::$kind(x) => Some((Kind::$kind, &x.$idf)),)*
                    Line::Kis(_)
                    | Line::Settings(_)
                    | Line::Hours(_)
                    | Line::Attendance(_)
                    | Line::Refund(_) => None,
                }
            }

            /// Does `v`'s work with the line's record (`None` for the header).
            pub fn visit_value<V: ValueVisitor>(&self, v: V) -> Option<V::Out> {
                Some(match self {
                    Line::Kis(_) => return None,
                    Line::Settings(x) => v.visit(x),
                    $(Line::$kind(x) => v.visit(x),)*
                    Line::Hours(x) => v.visit(x),
                    Line::Attendance(x) => v.visit(x),
                    Line::Refund(x) => v.visit(x),
                })
            }

            pub fn into_record(self) -> Option<Record> {
                Some(match self {
                    Line::Kis(_) => return None,
                    Line::Settings(x) => Record::Settings(x),
                    $(Line::$kind(x) => Record::$kind(x),)*
                    Line::Hours(x) => Record::Hours(x),
                    Line::Attendance(x) => Record::Attendance(x),
                    Line::Refund(x) => Record::Refund(x),
                })
            }

            pub fn from_record(r: Record) -> Line {
                match r {
                    Record::Settings(x) => Line::Settings(x),
                    $(Record::$kind(x) => Line::$kind(x),)*
                    Record::Hours(x) => Line::Hours(x),
                    Record::Attendance(x) => Line::Attendance(x),
                    Record::Refund(x) => Line::Refund(x),
                }
            }
        }
    };
}

crate::domain::record::record_table!(interchange_lines);

/// Every line type, in the export order: referenced records come before those that
/// name them, so an import applies in this order too (`docs/interchange.md`).
pub const TYPES: &[&str] = &[
    "kis",
    "settings",
    "staff",
    "category",
    "participant",
    "contract",
    "job",
    "route",
    "agreement",
    "worksite",
    "position",
    "assignment",
    "hours",
    "refund",
    "specialist",
    "activity",
    "session",
    "attendance",
    "note",
];

impl Line {
    pub fn header() -> Line {
        Line::Kis(Header { format: FORMAT })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("interchange lines always serialise")
    }

    /// The line's place in the export order.
    pub fn rank(&self) -> usize {
        let name = self.type_name();
        TYPES
            .iter()
            .position(|t| *t == name)
            .expect("every line type is in TYPES")
    }
}

/// Why a line does not parse, without serde's "at line 1 column 7" tail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Json(String),
    NoType,
    UnknownType(String),
    Field(String),
}

pub fn parse_line(text: &str) -> Result<Line, ParseError> {
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ParseError::Json(strip_position(&e)))?;
    fill_from_pesel(&mut value);
    fill_settings_defaults(&mut value);
    let ty = match value.get("type") {
        Some(serde_json::Value::String(t)) => t.clone(),
        _ => return Err(ParseError::NoType),
    };
    if !TYPES.contains(&ty.as_str()) {
        return Err(ParseError::UnknownType(ty));
    }
    Line::deserialize(&value).map_err(|e| {
        // Name the field at fault ("guests: invalid value: integer `-1` …"): the
        // tagged enum loses the path, the record's own type keeps it.
        let reason = strip_position(&e);
        ParseError::Field(match Line::field_at_fault(&ty, value) {
            Some(path) if !reason.to_lowercase().contains(&path.to_lowercase()) => {
                format!("{path}: {reason}")
            }
            _ => reason,
        })
    })
}

/// With a valid PESEL, `birth_date` and `sex` may be left out: they follow from it.
fn fill_from_pesel(v: &mut serde_json::Value) {
    if v.get("type").and_then(|t| t.as_str()) != Some("participant") {
        return;
    }
    let Some(p) = v
        .get("pesel")
        .and_then(|p| p.as_str())
        .and_then(|p| crate::domain::pesel::Pesel::parse(p).ok())
    else {
        return;
    };
    let Some(obj) = v.as_object_mut() else { return };
    if obj.get("birth_date").is_none_or(|b| b.is_null()) {
        obj.insert(
            "birth_date".into(),
            serde_json::Value::String(p.birth_date().to_string()),
        );
    }
    if obj.get("sex").is_none_or(|s| s.is_null()) {
        obj.insert(
            "sex".into(),
            serde_json::Value::String(p.sex().code().into()),
        );
    }
}

/// Every settings field is optional: a missing or null one takes its default
/// (domain.md, "The club's own settings"). The stored type stays as it is.
fn fill_settings_defaults(v: &mut serde_json::Value) {
    if v.get("type").and_then(|t| t.as_str()) != Some("settings") {
        return;
    }
    let Some(obj) = v.as_object_mut() else { return };
    let Ok(serde_json::Value::Object(defaults)) = serde_json::to_value(Settings::default()) else {
        return;
    };
    for (key, default) in defaults {
        if obj.get(&key).is_none_or(|x| x.is_null()) {
            obj.insert(key, default);
        }
    }
}

fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_name_every_line_once_and_match_the_record_table() {
        let mut names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        names.extend(["kis", "settings", "hours", "attendance", "refund"]);
        names.sort_unstable();
        let mut types = TYPES.to_vec();
        types.sort_unstable();
        assert_eq!(types, names);
        // serde's snake_case name of each variant is the table's name
        for k in Kind::ALL {
            let text = format!(r#"{{"type":"{}"}}"#, k.name());
            let err = serde_json::from_str::<Line>(&text).unwrap_err().to_string();
            assert!(!err.contains("unknown variant"), "{}: {err}", k.name());
        }
    }

    #[test]
    fn domain_example_lines_parse() {
        let lines = [
            r#"{"type":"kis","format":1}"#,
            r#"{"type":"settings","club_name":"Klub Integracji Społecznej w Przykładowie","graduate_months":6,"max_months":12,"retention_years":10}"#,
            r#"{"type":"staff","id":"u1","login":"anowak","name":"Anna Nowak","role":"coordinator"}"#,
            r#"{"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M","address":{"street":"ul. Polna 3","postal_code":"47-200","city":"Kędzierzyn-Koźle"},"phone":"600100200","email":null,"categories":["long_term_unemployed","alcohol"],"exclusions":[],"referred_by":"social_worker","referrer":"Anna Nowak","pup_registered":true,"applied_on":"2021-01-12","interview_on":"2021-01-15","consent_on":"2021-01-12","status":"finished","outcome":"employed","reason":null,"ended_on":"2021-09-30","certificate_on":"2021-10-01","notes":""}"#,
            r#"{"type":"agreement","id":"a1","number":"1/2021","signed_on":"2021-01-29","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":35,"weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2021-02-01","zl_per_hour":"8.70"},{"from":"2021-06-01","zl_per_hour":"9.00"}]}"#,
            r#"{"type":"hours","assignment_id":"as1","date":"2021-06-08","hours":0,"absence":"sick"}"#,
            r#"{"type":"session","id":"se1","activity_id":"act1","date":"2021-03-02","hours":2.0,"specialist_id":"s1","zl_per_hour":"60.00","topic":"…","place":"…","remote":true}"#,
        ];
        for l in lines {
            let parsed = parse_line(l).unwrap_or_else(|e| panic!("{l}: {e:?}"));
            let again = parse_line(&parsed.to_json()).unwrap();
            assert_eq!(parsed, again);
        }
    }

    #[test]
    fn birth_date_and_sex_follow_the_pesel() {
        let l = parse_line(r#"{"type":"participant","id":"p1","first_name":"A","last_name":"B","pesel":"44051401458","categories":["homeless"],"status":"applicant"}"#).unwrap();
        let Line::Participant(p) = l else { panic!() };
        assert_eq!(p.birth_date.to_string(), "1944-05-14");
        assert_eq!(p.sex, crate::domain::person::Sex::M);
        assert!(parse_line(r#"{"type":"participant","id":"p1","first_name":"A","last_name":"B","pesel":null,"categories":["homeless"],"status":"applicant"}"#).is_err());
    }

    #[test]
    fn settings_fields_are_optional() {
        let l = parse_line(r#"{"type":"settings","club_name":"KIS Próbny","max_months":null}"#)
            .unwrap();
        let Line::Settings(s) = l else { panic!() };
        assert_eq!(
            s,
            Settings {
                club_name: "KIS Próbny".into(),
                ..Settings::default()
            }
        );
        assert_eq!(
            (s.graduate_months, s.max_months, s.retention_years),
            (6, 12, 10)
        );
        assert!(!s.exclude_employed);
        let l = parse_line(r#"{"type":"settings"}"#).unwrap();
        assert_eq!(l, Line::Settings(Settings::default()));
    }

    #[test]
    fn agreement_limits_default_to_the_old_act() {
        let l = parse_line(r#"{"type":"agreement","id":"a1","number":"1","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":5,"rates":[{"from":"2021-02-01","zl_per_hour":8.7}]}"#).unwrap();
        let Line::Agreement(a) = l else { panic!() };
        assert_eq!(
            (
                a.weekly_limit_h.halves(),
                a.monthly_limit_h.halves(),
                a.refund_percent
            ),
            (20, 80, 60)
        );
        assert_eq!(a.rates[0].zl_per_hour, crate::domain::money::Money(870));
    }

    #[test]
    fn errors_are_specific() {
        assert_eq!(
            parse_line(r#"{"type":"alien"}"#),
            Err(ParseError::UnknownType("alien".into()))
        );
        assert_eq!(parse_line(r#"{"id":1}"#), Err(ParseError::NoType));
        assert!(matches!(parse_line("{oops"), Err(ParseError::Json(_))));
        match parse_line(
            r#"{"type":"participant","id":"p1","first_name":"A","last_name":"B","pesel":"84051401459","birth_date":"1984-05-14","sex":"M","status":"applicant"}"#,
        ) {
            Err(ParseError::Field(m)) => assert_eq!(m, "PESEL 84051401459 has a wrong check digit"),
            other => panic!("{other:?}"),
        }
    }
}
