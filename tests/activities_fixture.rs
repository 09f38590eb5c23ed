//! Activities and specialists worked out by hand: different rates, a specialist's
//! rate change that leaves past sessions alone, excused and absent people, one
//! person in several activities.

mod common;

use common::{desk_with, Kis};
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::hours::Hours;
use kis::domain::money::Money;
use kis::domain::workshop::{Session, Specialist};
use kis::store::Record;
use serde_json::{json, Value};

fn club() -> String {
    let mut l = vec![
        json!({"type":"kis","format":1}),
        json!({"type":"participant","id":"p1","first_name":"Anna","last_name":"Jedna","birth_date":"1980-01-01","sex":"K","categories":["homeless"],"status":"active"}),
        json!({"type":"participant","id":"p2","first_name":"Beata","last_name":"Dwa","birth_date":"1981-01-01","sex":"K","categories":["homeless"],"status":"active"}),
        json!({"type":"participant","id":"p3","first_name":"Cezary","last_name":"Trzy","birth_date":"1982-01-01","sex":"M","categories":["homeless"],"status":"active"}),
        // an applicant without a contract: marked present, never counted
        json!({"type":"participant","id":"p4","first_name":"Dorota","last_name":"Cztery","birth_date":"1983-01-01","sex":"K","categories":["homeless"],"status":"applicant"}),
        json!({"type":"specialist","id":"s1","name":"Psycholog Próbna","role":"psychologist","zl_per_hour":"65.00"}),
        json!({"type":"specialist","id":"s2","name":"Doradca Próbny","role":"career_advisor","zl_per_hour":"60.00"}),
        json!({"type":"activity","id":"act1","name":"Konsultacje psychologiczne","kind":"consultation","area":"social"}),
        json!({"type":"activity","id":"act2","name":"Warsztat CV","kind":"workshop","area":"vocational"}),
    ];
    // participation rests on a contract in force
    for (i, p) in ["p1", "p2", "p3"].iter().enumerate() {
        l.push(json!({"type":"contract","id":format!("c{}", i + 1),"participant_id":p,"number":format!("KS/{}/2021", i + 1),
            "signed_on":"2021-01-04","starts_on":"2021-01-04","ends_on":"2021-12-31","state":"active"}));
    }
    // act1 with s1: 2 h at 60.00 (before a rate change) and 1.5 h at 65.00 (after)
    l.push(json!({"type":"session","id":"se1","activity_id":"act1","date":"2021-03-02","hours":2.0,"specialist_id":"s1","zl_per_hour":"60.00","remote":true}));
    l.push(json!({"type":"session","id":"se2","activity_id":"act1","date":"2021-05-04","hours":1.5,"specialist_id":"s1","zl_per_hour":"65.00","remote":false}));
    // act2 with s2: two 3 h workshops at 60.00, and one outside the period
    l.push(json!({"type":"session","id":"se3","activity_id":"act2","date":"2021-04-06","hours":3.0,"specialist_id":"s2","zl_per_hour":"60.00"}));
    l.push(json!({"type":"session","id":"se4","activity_id":"act2","date":"2021-04-13","hours":3.0,"specialist_id":"s2","zl_per_hour":"60.00"}));
    l.push(json!({"type":"session","id":"se5","activity_id":"act2","date":"2021-08-10","hours":3.0,"specialist_id":"s2","zl_per_hour":"60.00"}));
    for (s, p, st) in [
        ("se1", "p1", "present"),
        ("se2", "p3", "present"),
        ("se2", "p2", "excused"),
        ("se3", "p1", "present"),
        ("se3", "p2", "present"),
        ("se3", "p3", "absent"),
        ("se3", "p4", "present"),
        ("se4", "p1", "present"),
        ("se5", "p3", "present"),
    ] {
        l.push(json!({"type":"attendance","session_id":s,"participant_id":p,"state":st}));
    }
    common::text(&l)
}

fn d(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn summary(desk: &Desk) -> Value {
    match desk
        .handle(
            &Actor::local(),
            Request::Activities {
                from: d("2021-01-01"),
                to: d("2021-06-30"),
            },
        )
        .unwrap()
    {
        Response::Activities(a) => serde_json::to_value(a).unwrap(),
        _ => unreachable!(),
    }
}

#[test]
fn summary_by_hand() {
    let (_dir, desk) = desk_with(&club());
    let s = summary(&desk);
    // act1: 2 sessions, 3.5 h; present p1 (K) and p3 (M); cost 2 × 60 + 1.5 × 65 = 120 + 97.50 = 217.50
    assert_eq!(
        s["activities"][0],
        json!({"activity_id":"act1","name":"Konsultacje psychologiczne","kind":"consultation","area":"social","sessions":2,"hours":3.5,
               "persons":{"total":2,"women":1,"men":1},"cost":"217.50"})
    );
    // act2 in H1: 2 sessions, 6 h; present p1, p2 (both K; p3 was absent); cost 2 × 3 × 60 = 360.00
    assert_eq!(
        s["activities"][1],
        json!({"activity_id":"act2","name":"Warsztat CV","kind":"workshop","area":"vocational","sessions":2,"hours":6.0,
               "persons":{"total":2,"women":2,"men":0},"cost":"360.00"})
    );
    assert_eq!(s["specialists"][0]["cost"], "217.50");
    assert_eq!(
        s["specialists"][1]["persons"],
        json!({"total":2,"women":2,"men":0})
    );
    // social: p1, p3; vocational: p1, p2 — p1 counts once in each
    assert_eq!(
        s["services"],
        json!({"social":{"total":2,"women":1,"men":1},"vocational":{"total":2,"women":2,"men":0}})
    );
}

#[test]
fn sessions_after_today_are_planned_and_not_counted() {
    let (_dir, desk) = desk_with(&club());
    let today = kis::desk::today();
    let template = Session {
        id: String::new(),
        activity_id: "act2".into(),
        date: today + chrono::Days::new(7),
        hours: Hours::whole(2),
        specialist_id: Some("s2".into()),
        zl_per_hour: Money::ZERO,
        topic: None,
        place: None,
        remote: false,
        guests: 0,
    };
    desk.handle(
        &Actor::local(),
        Request::CreateSessions {
            template: Box::new(template),
            weeks: 2,
        },
    )
    .unwrap();
    let Response::Activities(a) = desk
        .handle(
            &Actor::local(),
            Request::Activities {
                from: today - chrono::Days::new(30),
                to: today + chrono::Days::new(30),
            },
        )
        .unwrap()
    else {
        panic!()
    };
    assert!(a.activities.is_empty(), "{a:?}");
    assert!(a.specialists.is_empty(), "{a:?}");
}

#[test]
fn a_new_session_copies_the_rate_and_keeps_it() {
    let (_dir, desk) = desk_with(&club());
    let actor = Actor::local();
    let template = Session {
        id: String::new(),
        activity_id: "act2".into(),
        date: d("2021-06-01"),
        hours: Hours::whole(2),
        specialist_id: Some("s2".into()),
        zl_per_hour: Money::ZERO,
        topic: None,
        place: None,
        remote: false,
        guests: 0,
    };
    let Response::Sessions { ids, .. } = desk
        .handle(
            &actor,
            Request::CreateSessions {
                template: Box::new(template),
                weeks: 4,
            },
        )
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(ids.len(), 4);
    let dates: Vec<_> = ids
        .iter()
        .map(|id| desk.store().get::<Session>(id).unwrap().unwrap().value.date)
        .collect();
    assert_eq!(
        dates,
        vec![
            d("2021-06-01"),
            d("2021-06-08"),
            d("2021-06-15"),
            d("2021-06-22")
        ]
    );
    // the specialist's rate goes up: the sessions keep 60.00
    let s2 = desk.store().get::<Specialist>("s2").unwrap().unwrap();
    let mut raised = s2.value.clone();
    raised.zl_per_hour = Money(7000);
    desk.handle(
        &actor,
        Request::Save {
            record: Box::new(Record::Specialist(raised)),
            expected_rev: Some(s2.stamp.rev),
        },
    )
    .unwrap();
    for id in &ids {
        assert_eq!(
            desk.store()
                .get::<Session>(id)
                .unwrap()
                .unwrap()
                .value
                .zl_per_hour,
            Money(6000)
        );
    }
    // act2 in H1 now: 4 more sessions of 2 h at 60.00 = 480.00 more
    assert_eq!(summary(&desk)["activities"][1]["cost"], "840.00");
}

#[test]
fn the_cli_gives_the_same_json() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("d");
    let run = |args: &[&str]| Kis::new().run(&data, args);
    assert!(run(&["import", file.to_str().unwrap()]).status.success());
    let out = run(&[
        "activities",
        "--from",
        "2021-01-01",
        "--to",
        "2021-06-30",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["activities"][0]["cost"], "217.50");
    assert_eq!(v["activities"].as_array().unwrap().len(), 2);
}
