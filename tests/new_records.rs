//! The second round's records and fields (domain.md, "New records", "The club's own
//! settings"): a club with every one of them goes import → export → import unchanged,
//! each new rule refuses its line by number, and the desk saves and deletes them.

mod common;

use common::{desk, refused, text};
use kis::desk::{Actor, Request, Response};
use kis::domain::record::{Kind, Record};
use serde_json::{json, Value};

/// A club with every new record; line numbers are index + 1.
fn club() -> Vec<Value> {
    vec![
        json!({"type":"kis","format":1}), // 1
        json!({"type":"settings","club_name":"KIS Próbny","parent_name":"MOPS w Przykładowie","parent_address":"ul. Główna 1, 00-001 Przykładowo",
               "register_entry":"nr 12/2016 z 11.04.2016","min_months":3,"graduate_months":6,"graduate_rule":"finished_only","max_months":12,
               "extra_exclusions":["social_pension","disability_pension"],"exclude_employed":false,"retention_years":10}), // 2
        json!({"type":"staff","id":"u1","login":"koord","name":"Koordynatorka Próbna","role":"coordinator","basis":"employment_contract","hours_per_week":40}), // 3
        json!({"type":"staff","id":"u2","login":"wolo","name":"Wolontariusz Próbny","role":"worker","basis":"volunteer","hours_per_week":7.5}), // 4
        json!({"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M",
               "categories":["long_term_unemployed"],"status":"active"}), // 5
        json!({"type":"participant","id":"p2","first_name":"Anna","last_name":"Próbna","pesel":null,"birth_date":"1980-02-29","sex":"K",
               "categories":["homeless"],"exclusions":["social_pension"],"status":"rejected","reason":null}), // 6
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20","starts_on":"2021-01-20","ends_on":"2021-12-31","state":"active"}), // 7
        json!({"type":"job","id":"j1","participant_id":"p1","from":"2021-05-10","to":null,"basis":"employment_contract","employer":"Sklep Społem"}), // 8
        json!({"type":"route","id":"r1","participant_id":"p1","kind":"internship","from":"2021-03-01","to":"2021-08-31","name":"Staż w Urzędzie Miasta","note":""}), // 9
        json!({"type":"agreement","id":"a1","number":"1/2021","signed_on":"2021-01-29","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":10,
               "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2021-02-01","zl_per_hour":"8.70"}]}), // 10
        json!({"type":"refund","agreement_id":"a1","month":"2021-03","received_on":"2021-04-20","amount":"1480.35"}), // 11
        json!({"type":"activity","id":"act1","name":"Wigilia klubowa","kind":"community_event","area":"social"}), // 12
        json!({"type":"session","id":"se1","activity_id":"act1","date":"2021-12-20","hours":3.0,"specialist_id":null,"zl_per_hour":"0.00","topic":null,"place":null,"remote":false,"guests":14}), // 13
        json!({"type":"attendance","session_id":"se1","participant_id":"p1","state":"present"}), // 14
    ]
}

fn with(line: usize, f: impl FnOnce(&mut Value)) -> String {
    let mut c = club();
    f(&mut c[line - 1]);
    text(&c)
}

fn plus(line: Value) -> String {
    let mut c = club();
    c.push(line);
    text(&c)
}

fn export(desk: &kis::desk::Desk) -> String {
    match desk.handle(&Actor::local(), Request::Export).unwrap() {
        Response::Exported(s) => s,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_club_with_every_new_record_round_trips() {
    let (_d1, one) = desk();
    one.handle(
        &Actor::local(),
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let first = export(&one);
    let (_d2, two) = desk();
    two.handle(
        &Actor::local(),
        Request::Import {
            text: first.clone(),
        },
    )
    .unwrap();
    assert_eq!(export(&two), first);
    // in the order domain.md gives: job and route after contract, refund after hours
    let types: Vec<String> = first
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let at = |t: &str| types.iter().position(|x| x == t).unwrap();
    assert!(at("contract") < at("job") && at("job") < at("route") && at("route") < at("agreement"));
    assert!(at("agreement") < at("refund") && at("refund") < at("activity"));
    // the new fields come back as given
    assert!(first.contains(r#""month":"2021-03""#), "{first}");
    assert!(first.contains(r#""amount":"1480.35""#), "{first}");
    assert!(first.contains(r#""guests":14"#), "{first}");
    assert!(
        first.contains(r#""graduate_rule":"finished_only""#),
        "{first}"
    );
    assert!(
        first.contains(r#""extra_exclusions":["social_pension","disability_pension"]"#),
        "{first}"
    );
    assert!(first.contains(r#""hours_per_week":7.5"#), "{first}");
    // a rejection without a reason takes the first barring exclusion (the club bars the social pension)
    assert!(first.contains(r#""reason":"social_pension""#), "{first}");
    match one.handle(&Actor::local(), Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok(), "{:?}", r.problems),
        _ => unreachable!(),
    }
}

#[test]
fn a_job_or_route_of_nobody_is_refused() {
    refused(
        &with(8, |l| l["participant_id"] = json!("p9")),
        8,
        "participant p9",
    );
    refused(
        &with(9, |l| l["participant_id"] = json!("p9")),
        9,
        "participant p9",
    );
}

#[test]
fn a_job_or_route_that_ends_before_it_starts_is_refused() {
    refused(
        &with(8, |l| l["to"] = json!("2021-05-01")),
        8,
        "ends before it starts",
    );
    refused(
        &with(9, |l| l["to"] = json!("2021-02-01")),
        9,
        "ends before it starts",
    );
}

#[test]
fn a_refund_of_an_unknown_agreement_is_refused() {
    refused(
        &with(11, |l| l["agreement_id"] = json!("a9")),
        11,
        "agreement a9",
    );
}

#[test]
fn a_refund_outside_its_agreement_is_refused() {
    refused(
        &with(11, |l| l["month"] = json!("2021-12")),
        11,
        "outside the agreement",
    );
    refused(
        &with(11, |l| l["month"] = json!("2021-01")),
        11,
        "outside the agreement",
    );
}

#[test]
fn a_second_refund_for_the_same_month_is_refused() {
    refused(
        &plus(
            json!({"type":"refund","agreement_id":"a1","month":"2021-03","received_on":"2021-05-02","amount":"10.00"}),
        ),
        15,
        "refund",
    );
}

#[test]
fn a_negative_refund_is_refused() {
    refused(&with(11, |l| l["amount"] = json!("-1.00")), 11, "amount");
}

#[test]
fn a_month_that_is_not_a_month_is_refused() {
    refused(&with(11, |l| l["month"] = json!("2021-13")), 11, "month");
}

#[test]
fn negative_guests_or_absurd_staff_hours_are_refused() {
    refused(&with(13, |l| l["guests"] = json!(-1)), 13, "guests");
    refused(
        &with(3, |l| l["hours_per_week"] = json!(500)),
        3,
        "hours_per_week",
    );
    refused(&with(3, |l| l["basis"] = json!("slave")), 3, "basis");
}

#[test]
fn the_desk_saves_and_deletes_jobs_and_refunds() {
    let (_d, desk) = desk();
    let me = Actor::local();
    desk.handle(
        &me,
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let job = |participant: &str| kis::domain::activation::Job {
        id: String::new(),
        participant_id: participant.into(),
        from: kis::domain::dates::parse("2021-09-01").unwrap(),
        to: None,
        basis: kis::domain::activation::JobBasis::Cooperative,
        employer: "Spółdzielnia Socjalna Razem".into(),
    };
    let err = desk
        .handle(
            &me,
            Request::Save {
                record: Box::new(Record::Job(job("p9"))),
                expected_rev: None,
            },
        )
        .unwrap_err();
    assert!(err.message(kis::text::Lang::En).contains("p9"), "{err:?}");
    let Response::Saved { id, rev, .. } = desk
        .handle(
            &me,
            Request::Save {
                record: Box::new(Record::Job(job("p1"))),
                expected_rev: None,
            },
        )
        .unwrap()
    else {
        panic!()
    };
    assert!(export(&desk).contains("Spółdzielnia Socjalna Razem"));
    // a refund outside its agreement, through the desk too
    let refund = kis::domain::psu::Refund {
        agreement_id: "a1".into(),
        month: kis::domain::dates::parse("2022-01-01").unwrap(),
        received_on: kis::domain::dates::parse("2022-02-01").unwrap(),
        amount: kis::domain::money::Money(100),
    };
    assert!(desk
        .handle(
            &me,
            Request::Save {
                record: Box::new(Record::Refund(refund)),
                expected_rev: None,
            },
        )
        .is_err());
    // deleted with its revision; a participant is never deleted this way
    assert!(desk
        .handle(
            &me,
            Request::DeleteRecord {
                kind: Kind::Participant,
                id: "p1".into(),
                expected_rev: 1,
            },
        )
        .is_err());
    desk.handle(
        &me,
        Request::DeleteRecord {
            kind: Kind::Job,
            id: id.clone(),
            expected_rev: rev,
        },
    )
    .unwrap();
    assert!(!export(&desk).contains("Spółdzielnia Socjalna Razem"));
    match desk.handle(&me, Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok(), "{:?}", r.problems),
        _ => unreachable!(),
    }
}

#[test]
fn the_card_lists_jobs_and_routes() {
    let (_d, desk) = desk();
    let me = Actor::local();
    desk.handle(
        &me,
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let Response::Card(card) = desk.handle(&me, Request::Card { id: "p1".into() }).unwrap() else {
        panic!()
    };
    assert_eq!(card.jobs.len(), 1);
    assert_eq!(card.jobs[0].value.employer, "Sklep Społem");
    assert_eq!(card.routes.len(), 1);
    assert_eq!(card.routes[0].value.name, "Staż w Urzędzie Miasta");
    let Response::Card(other) = desk.handle(&me, Request::Card { id: "p2".into() }).unwrap() else {
        panic!()
    };
    assert!(other.jobs.is_empty() && other.routes.is_empty());
}

#[test]
fn the_art_15_export_holds_jobs_and_routes() {
    let (_d, desk) = desk();
    let me = Actor::local();
    desk.handle(
        &me,
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let Response::PersonExport(x) = desk
        .handle(&me, Request::PersonExport { id: "p1".into() })
        .unwrap()
    else {
        panic!()
    };
    assert_eq!((x.jobs.len(), x.routes.len()), (1, 1));
    let text = x.to_text(kis::text::Lang::Pl);
    assert!(text.contains("Sklep Społem"), "{text}");
    assert!(text.contains("Staż w Urzędzie Miasta"), "{text}");
}

#[test]
fn a_refund_is_deleted_with_its_revision() {
    let (_d, desk) = desk();
    let me = Actor::local();
    desk.handle(
        &me,
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    let march = kis::domain::dates::parse("2021-03-01").unwrap();
    let rev = desk
        .store()
        .refund("a1", march)
        .unwrap()
        .expect("imported")
        .stamp
        .rev;
    let delete = |rev| Request::DeleteRefund {
        agreement_id: "a1".into(),
        month: march,
        expected_rev: rev,
    };
    assert!(
        desk.handle(&me, delete(rev + 99)).is_err(),
        "a stale revision"
    );
    desk.handle(&me, delete(rev)).unwrap();
    assert!(desk.store().refund("a1", march).unwrap().is_none());
    assert!(!export(&desk).contains("\"type\":\"refund\""));
    let err = desk.handle(&me, delete(rev)).unwrap_err();
    assert!(
        err.message(kis::text::Lang::Pl).contains("brak refundacji"),
        "{err:?}"
    );
    match desk.handle(&me, Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok(), "{:?}", r.problems),
        _ => unreachable!(),
    }
}
