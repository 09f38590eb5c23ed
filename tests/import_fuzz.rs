//! The import line parser on arbitrary bytes and JSON-ish lines: it never
//! panics, and a refusal names its line. 3 000 cases a run; `KIS_STRESS=1` runs
//! 100 000, and `KIS_FUZZ_CASES=N` any number.

mod common;

use kis::desk::plan_import;
use kis::text::Lang;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const HEADER: &str = "{\"type\":\"kis\",\"format\":1}\n";

/// Imports the header and `line`: a refusal must name line 2 (or 1 when the
/// whole file is taken for a header problem), never panic.
fn import(line: &str) {
    let file = format!("{HEADER}{line}\n");
    if let Err(e) = plan_import(&file) {
        for lang in [Lang::En, Lang::Pl] {
            let msg = e.message(lang);
            assert!(msg.starts_with("line "), "{msg:?} for {line:?}");
        }
    }
}

const TYPES: &[&str] = &[
    "kis",
    "settings",
    "staff",
    "category",
    "participant",
    "contract",
    "agreement",
    "worksite",
    "position",
    "assignment",
    "hours",
    "specialist",
    "activity",
    "session",
    "attendance",
    "note",
    "alien",
];

const FIELDS: &[&str] = &[
    "id",
    "name",
    "club_name",
    "graduate_months",
    "max_months",
    "retention_years",
    "exclude_employed",
    "login",
    "role",
    "code",
    "sensitive",
    "first_name",
    "last_name",
    "pesel",
    "birth_date",
    "sex",
    "address",
    "phone",
    "email",
    "categories",
    "exclusions",
    "status",
    "outcome",
    "reason",
    "ended_on",
    "notes",
    "participant_id",
    "number",
    "signed_on",
    "starts_on",
    "ends_on",
    "goals",
    "actions",
    "reviews",
    "annexes",
    "state",
    "slots",
    "weekly_limit_h",
    "monthly_limit_h",
    "refund_percent",
    "rates",
    "from",
    "to",
    "zl_per_hour",
    "agreement_id",
    "worksite_id",
    "position_id",
    "assignment_id",
    "date",
    "hours",
    "absence",
    "activity_id",
    "specialist_id",
    "session_id",
    "kind",
    "area",
    "text",
    "author",
    "on",
    "format",
];

/// Leaves that are often almost right: dates, amounts, codes, odd numbers, controls.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        (0u32..100).prop_map(|n| json!(n as f64 / 2.0)),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        "-?[0-9]{1,20}\\.[0-9]{0,3}".prop_map(Value::String),
        "[0-9]{11}".prop_map(Value::String),
        prop::sample::select(vec![
            "44051401458",
            "2021-02-01",
            "K",
            "M",
            "active",
            "rejected",
            "finished",
            "open",
            "homeless",
            "present",
            "consultation",
            "social",
            "admin",
            "sick",
            "p1",
            "a1",
        ])
        .prop_map(|s| json!(s)),
        any::<String>().prop_map(Value::String),
        "[\\x00-\\x1f\\x7f\u{202a}-\u{202e}a-z ]{0,12}".prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS), inner), 0..6).prop_map(|kv| {
                Value::Object(
                    kv.into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// An object with a `type` and fields of the format, some of them wrong.
fn line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(TYPES),
        prop::collection::vec((prop::sample::select(FIELDS), value()), 0..24),
    )
        .prop_map(|(ty, fields)| {
            let mut obj = Map::new();
            obj.insert("type".into(), json!(ty));
            for (k, v) in fields {
                obj.insert(k.to_string(), v);
            }
            Value::Object(obj).to_string()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::fuzz_cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        import(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_ish_lines_never_panic(l in line()) {
        import(&l);
    }
}

#[test]
fn a_valid_line_passes() {
    import(r#"{"type":"worksite","id":"w1","name":"Szkoła Próbna"}"#);
    assert!(plan_import(&format!(
        "{HEADER}{}\n",
        r#"{"type":"worksite","id":"w1","name":"Szkoła Próbna"}"#
    ))
    .is_ok());
}
