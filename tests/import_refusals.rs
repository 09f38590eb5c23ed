//! One test per import rule: the broken line is named with its number and the
//! reason, and nothing of the file is stored.

mod common;

use common::{desk, refused, text};
use kis::desk::{Actor, Request, Response};
use serde_json::{json, Value};

/// A small valid club; line numbers are index + 1.
fn club() -> Vec<Value> {
    vec![
        json!({"type":"kis","format":1}), // 1
        json!({"type":"settings","club_name":"KIS Próbny","graduate_months":6,"max_months":12,"retention_years":10}), // 2
        json!({"type":"staff","id":"u1","login":"koord","name":"Koordynatorka Próbna","role":"coordinator"}), // 3
        json!({"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M",
               "categories":["long_term_unemployed"],"exclusions":["disability_pension"],"pup_registered":true,"status":"active"}), // 4
        json!({"type":"participant","id":"p2","first_name":"Anna","last_name":"Próbna","pesel":null,"birth_date":"1980-02-29","sex":"K",
               "categories":["homeless"],"status":"applicant"}), // 5
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20","starts_on":"2021-01-20","ends_on":"2021-12-31","state":"active"}), // 6
        json!({"type":"agreement","id":"a1","number":"1/2021","signed_on":"2021-01-29","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":10,
               "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2021-02-01","zl_per_hour":"8.70"},{"from":"2021-06-01","zl_per_hour":"9.00"}]}), // 7
        json!({"type":"worksite","id":"w1","name":"Szkoła nr 3","address":null}), // 8
        json!({"type":"position","id":"pos1","name":"osoba sprzątająca"}),        // 9
        json!({"type":"assignment","id":"as1","participant_id":"p1","agreement_id":"a1","worksite_id":"w1","position_id":"pos1",
               "referral_number":"PSU/1/2021","from":"2021-02-01","to":"2021-06-30","resigned_on":null,"resign_reason":null}), // 10
        json!({"type":"hours","assignment_id":"as1","date":"2021-06-07","hours":4.0,"absence":null}), // 11
        json!({"type":"hours","assignment_id":"as1","date":"2021-06-08","hours":4.0,"absence":null}), // 12
        json!({"type":"hours","assignment_id":"as1","date":"2021-06-09","hours":0,"absence":"sick"}), // 13
        json!({"type":"specialist","id":"s1","name":"Ewa Próbna","role":"psychologist","zl_per_hour":"60.00"}), // 14
        json!({"type":"activity","id":"act1","name":"Konsultacje","kind":"consultation","area":"social"}), // 15
        json!({"type":"session","id":"se1","activity_id":"act1","date":"2021-03-02","hours":2.0,"specialist_id":"s1","zl_per_hour":"60.00","topic":null,"place":null,"remote":true}), // 16
        json!({"type":"attendance","session_id":"se1","participant_id":"p1","state":"present"}), // 17
    ]
}

fn with(line: usize, f: impl FnOnce(&mut Value)) -> String {
    let mut c = club();
    f(&mut c[line - 1]);
    text(&c)
}

#[test]
fn the_valid_club_imports_and_round_trips() {
    let (_dir, desk) = desk();
    let actor = Actor::local();
    desk.handle(
        &actor,
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let Response::Exported(first) = desk.handle(&actor, Request::Export).unwrap() else {
        panic!()
    };
    let (_d2, again) = self::desk();
    again
        .handle(
            &actor,
            Request::Import {
                text: first.clone(),
            },
        )
        .unwrap();
    let Response::Exported(second) = again.handle(&actor, Request::Export).unwrap() else {
        panic!()
    };
    assert_eq!(first, second);
    // every line of the source survives with its fields (export adds only nulls and defaults)
    for (src, out) in club().iter().zip(
        first
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()),
    ) {
        for (k, v) in src.as_object().unwrap() {
            same(&out[k], v, &format!("field {k} of {src}"));
        }
    }
}

/// Equal as JSON values, numbers compared by value (10 and 10.0 are the same).
fn same(a: &Value, b: &Value, what: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => assert_eq!(x.as_f64(), y.as_f64(), "{what}"),
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{what}");
            x.iter().zip(y).for_each(|(x, y)| same(x, y, what));
        }
        (Value::Object(x), Value::Object(y)) => y.iter().for_each(|(k, v)| same(&x[k], v, what)),
        _ => assert_eq!(a, b, "{what}"),
    }
}

#[test]
fn not_json() {
    let mut lines: Vec<String> = club().iter().map(Value::to_string).collect();
    lines[7] = "{\"type\":\"worksite\",\"id\":".into();
    refused(&(lines.join("\n") + "\n"), 8, "not valid JSON");
}

#[test]
fn unknown_type() {
    refused(
        &with(8, |v| v["type"] = json!("alien")),
        8,
        "unknown type \"alien\"",
    );
}

#[test]
fn header_missing_or_newer() {
    let mut c = club();
    c.remove(0);
    refused(&text(&c), 1, "the first line must be the header");
    refused(&with(1, |v| v["format"] = json!(2)), 1, "newer");
}

#[test]
fn bad_date() {
    refused(
        &with(6, |v| v["ends_on"] = json!("2021-02-30")),
        6,
        "input is out of range",
    );
}

#[test]
fn bad_money() {
    refused(
        &with(14, |v| v["zl_per_hour"] = json!("8.7.0")),
        14,
        "not a decimal",
    );
}

#[test]
fn hours_not_a_half() {
    refused(
        &with(11, |v| v["hours"] = json!(7.25)),
        11,
        "not a whole or half hour",
    );
}

#[test]
fn pesel_check_digit() {
    refused(
        &with(4, |v| v["pesel"] = json!("84051401459")),
        4,
        "PESEL 84051401459 has a wrong check digit",
    );
}

#[test]
fn pesel_twice() {
    refused(
        &with(5, |v| {
            v["pesel"] = json!("44051401458");
            v["birth_date"] = json!("1944-05-14");
            v["sex"] = json!("M");
        }),
        5,
        "PESEL 44051401458 already belongs to",
    );
}

#[test]
fn pesel_disagrees_with_birth_date_and_sex() {
    refused(
        &with(4, |v| v["birth_date"] = json!("1944-05-15")),
        4,
        "does not match PESEL",
    );
    refused(
        &with(4, |v| v["sex"] = json!("K")),
        4,
        "sex K does not match PESEL 44051401458",
    );
}

#[test]
fn duplicate_id() {
    refused(
        &with(5, |v| v["id"] = json!("p1")),
        5,
        "participant id p1 appears twice",
    );
}

#[test]
fn unknown_references() {
    refused(
        &with(6, |v| v["participant_id"] = json!("p9")),
        6,
        "refers to participant p9",
    );
    refused(
        &with(11, |v| v["assignment_id"] = json!("as9")),
        11,
        "refers to assignment as9",
    );
    refused(
        &with(17, |v| v["session_id"] = json!("se9")),
        17,
        "refers to session se9",
    );
}

#[test]
fn exclusions() {
    refused(
        &with(5, |v| v["exclusions"] = json!(["retirement_pension"])),
        5,
        "retirement_pension bars participation",
    );
    // kept as rejected with the reason, it imports
    let ok = with(5, |v| {
        v["exclusions"] = json!(["retirement_pension"]);
        v["status"] = json!("rejected");
        v["reason"] = json!("retirement_pension");
    });
    let (_dir, desk) = desk();
    desk.handle(&Actor::local(), Request::Import { text: ok })
        .unwrap();
}

#[test]
fn two_active_contracts() {
    let mut c = club();
    c.insert(6, json!({"type":"contract","id":"c2","participant_id":"p1","number":"KS/2/2021","signed_on":"2021-02-01","starts_on":"2021-02-01","ends_on":"2021-12-31","state":"active"}));
    refused(&text(&c), 7, "already has an active contract KS/1/2021");
}

#[test]
fn contract_number_twice() {
    let mut c = club();
    c.insert(6, json!({"type":"contract","id":"c2","participant_id":"p2","number":"KS/1/2021","state":"draft"}));
    refused(&text(&c), 7, "contract number KS/1/2021 is already used");
}

#[test]
fn weekly_limit() {
    // 4 + 4 on 07–08.06, then 3 h on 10.06: 8 h + 3 h = 11 h > 10 h
    let mut c = club();
    c.insert(13, json!({"type":"hours","assignment_id":"as1","date":"2021-06-10","hours":3.0,"absence":null}));
    refused(&text(&c), 14, "week 07.06–13.06: 8 h + 3 h = 11 h > 10 h");
}

#[test]
fn monthly_limit() {
    // 8 h already in June (week 07–13.06); 4 weeks of 9.5 h more exceed 40 h in the fourth
    let mut c = club();
    let mut at = 13;
    for (d1, d2) in [
        ("2021-06-01", "2021-06-02"),
        ("2021-06-14", "2021-06-15"),
        ("2021-06-21", "2021-06-22"),
        ("2021-06-28", "2021-06-29"),
    ] {
        c.insert(
            at,
            json!({"type":"hours","assignment_id":"as1","date":d1,"hours":5.0,"absence":null}),
        );
        c.insert(
            at + 1,
            json!({"type":"hours","assignment_id":"as1","date":d2,"hours":4.5,"absence":null}),
        );
        at += 2;
    }
    // running June total: 8 + 9.5 (1–2.06) + 9.5 + 9.5 = 36.5; 28.06: 36.5 + 5 = 41.5 > 40
    refused(&text(&c), 20, "month 06.2021: 36,5 h + 5 h = 41,5 h > 40 h");
}

#[test]
fn hours_outside_the_periods() {
    refused(
        &with(11, |v| v["date"] = json!("2021-07-05")),
        11,
        "outside the assignment",
    );
    let mut c = club();
    c[9]["to"] = json!("2021-12-31");
    c[10]["date"] = json!("2021-12-06");
    refused(&text(&c), 11, "outside the agreement");
}

#[test]
fn finished_needs_an_outcome() {
    refused(
        &with(5, |v| {
            v["status"] = json!("finished");
            v["ended_on"] = json!("2021-06-30");
        }),
        5,
        "status finished needs an outcome",
    );
}

#[test]
fn unknown_group() {
    refused(
        &with(5, |v| v["categories"] = json!(["farmers"])),
        5,
        "unknown group \"farmers\"",
    );
}

#[test]
fn the_first_bad_line_is_reported() {
    let mut c = club();
    c[15]["hours"] = json!(0.3); // line 16
    c[4]["categories"] = json!([]); // line 5
    refused(&text(&c), 5, "at least one group");
}

// Participation rests on a contract in force (domain.md, second round).

#[test]
fn a_referral_for_someone_not_taking_part_on_its_first_day() {
    // admitted 2021-01-20: a referral from 2021-01-10 starts before admission
    refused(
        &with(6, |v| {
            v["signed_on"] = json!("2021-02-15");
            v["starts_on"] = json!("2021-02-15");
        }),
        10,
        "on 2021-02-01 the person is not a participant",
    );
    // an applicant without a contract
    refused(
        &with(10, |v| v["participant_id"] = json!("p2")),
        10,
        "not a participant",
    );
}

#[test]
fn a_referral_without_pup_registration() {
    refused(
        &with(4, |v| v["pup_registered"] = json!(false)),
        10,
        "registration at the PUP",
    );
}

#[test]
fn hours_after_the_participation_ended() {
    // p1 finished on 2021-06-07: hours on 06-08 are refused, 06-07 is the last day
    let mut c = club();
    c[3]["status"] = json!("finished");
    c[3]["outcome"] = json!("employed");
    c[3]["ended_on"] = json!("2021-06-07");
    c[5]["state"] = json!("completed");
    let (_dir, desk) = desk();
    let err = desk
        .handle(&Actor::local(), Request::Import { text: text(&c) })
        .expect_err("refused");
    let msg = err.message(kis::text::Lang::En);
    assert!(msg.starts_with("line 12: "), "{msg}");
    assert!(
        msg.contains("on 2021-06-08 the person is not a participant"),
        "{msg}"
    );
}

#[test]
fn a_contract_for_a_rejected_applicant() {
    let mut c = club();
    c[4]["status"] = json!("rejected");
    c[4]["reason"] = json!("retirement_pension");
    c[4]["exclusions"] = json!(["retirement_pension"]);
    c.insert(
        6,
        json!({"type":"contract","id":"c2","participant_id":"p2","number":"KS/2/2021","state":"draft"}),
    );
    refused(&text(&c), 7, "a rejected applicant cannot have a contract");
}
