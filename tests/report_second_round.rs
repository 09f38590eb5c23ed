//! The report's second-round figures (domain.md, "Second round", above all "The
//! report, as the clubs report" and "Participation is tied to a contract in
//! force") on a small synthetic club, every figure worked out by hand first.
//!
//! The club (all names invented), with each person's admission (the start of
//! the first contract) and end:
//!
//! | id  | who                      | sex | groups                          | admitted   | end                                   |
//! |-----|--------------------------|-----|---------------------------------|------------|---------------------------------------|
//! | p1  | Alicja Próbna            | K   | long_term_unemployed            | 01.10.2024 | interrupted, took_job, 14.03.2025     |
//! | p2  | Bogdan Testowy           | M   | long_term_unemployed, homeless  | 03.02.2025 | none (active); job from 16.06.2025    |
//! | p3  | Celina Wzorcowa          | K   | long_term_unemployed, single_mothers | 03.03.2025 | none (active); job 15.01–28.02.2025 (before admission) |
//! | p4  | Dariusz Przykładowy      | M   | alcohol, long_term_unemployed   | 02.09.2024 | finished, employed, 30.05.2025; job from 02.06.2025 |
//! | p5  | Ewa Zmyślona             | K   | long_term_unemployed            | 13.01.2025 | finished, self_employed, 30.09.2025   |
//! | p6  | Feliks Fikcyjny          | M   | disabled                        | 03.02.2025 | finished, independent, 28.11.2025     |
//! | p7  | Grażyna Umowna           | K   | mental                          | 04.11.2024 | interrupted, health, 20.06.2025       |
//! | p8  | Henryk Wymyślony         | M   | long_term_unemployed, prison    | 01.04.2025 | finished, cis, 27.02.2026             |
//! | p9  | Irena Dawna              | K   | homeless                        | 04.03.2024 | finished, other, 20.12.2024           |
//! | p10 | Jan Kandydacki           | M   | long_term_unemployed            | —          | applicant (no contract)               |
//! | p11 | Katarzyna Odmowna        | K   | long_term_unemployed            | —          | rejected (retirement pension)         |
//! | p12 | Leszek Nowoprzyjęty      | M   | refugee                         | 01.07.2025 | none (active)                         |
//!
//! Today is fixed at 01.06.2026 (`fix_today`, process-wide, so one day for the
//! whole file): every session below is in the past, so all of them count.

mod common;

use chrono::NaiveDate;
use common::desk_with;
use kis::desk::{Actor, Desk, Request, Response};
use serde_json::{json, Value};

const TODAY: &str = "2026-06-01";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[allow(clippy::too_many_arguments)]
fn person(
    id: &str,
    first: &str,
    last: &str,
    sex: &str,
    born: &str,
    cats: &[&str],
    status: &str,
    extra: Value,
) -> Value {
    let mut p = json!({
        "type": "participant", "id": id, "first_name": first, "last_name": last,
        "pesel": null, "birth_date": born, "sex": sex, "categories": cats,
        "exclusions": [], "referred_by": "social_worker", "referrer": "Anna Przykładowa",
        "pup_registered": true, "applied_on": null, "status": status,
    });
    if let (Value::Object(m), Value::Object(e)) = (&mut p, extra) {
        m.extend(e);
    }
    p
}

fn contract(id: &str, pid: &str, number: &str, start: &str, end: &str, state: &str) -> Value {
    json!({"type":"contract","id":id,"participant_id":pid,"number":number,
        "signed_on":start,"starts_on":start,"ends_on":end,"worker":"Anna Przykładowa","state":state})
}

/// The club's file, in the interchange format, with `graduate_rule` set to `rule`.
fn club(rule: &str) -> String {
    let ended = |status_field: (&str, &str), on: &str| {
        let mut m = serde_json::Map::new();
        m.insert(status_field.0.into(), json!(status_field.1));
        m.insert("ended_on".into(), json!(on));
        m.insert("certificate_on".into(), json!(on));
        Value::Object(m)
    };
    common::text(&[
        json!({"type":"kis","format":1}),
        json!({"type":"settings","club_name":"Klub Integracji Społecznej w Przykładowie",
               "graduate_months":6,"max_months":12,"retention_years":10,"graduate_rule":rule}),
        // staff: the report's `staff` array, in this order
        json!({"type":"staff","id":"u1","login":"aprzykladowa","name":"Anna Przykładowa","role":"coordinator",
               "basis":"employment_contract","hours_per_week":40.0}),
        json!({"type":"staff","id":"u2","login":"btestowa","name":"Bożena Testowa","role":"worker",
               "basis":"civil_law","hours_per_week":10.0}),
        json!({"type":"staff","id":"u3","login":"cprobny","name":"Czesław Próbny","role":"viewer",
               "basis":"volunteer","hours_per_week":null}),
        // two local groups: one held by p3, one held by nobody
        json!({"type":"category","code":"single_mothers","name":"samotne matki","sensitive":false}),
        json!({"type":"category","code":"farm_workers","name":"pracownicy rolni zagrożeni wykluczeniem","sensitive":false}),
        person(
            "p1",
            "Alicja",
            "Próbna",
            "K",
            "1985-02-11",
            &["long_term_unemployed"],
            "interrupted",
            ended(("reason", "took_job"), "2025-03-14"),
        ),
        person(
            "p2",
            "Bogdan",
            "Testowy",
            "M",
            "1979-07-02",
            &["long_term_unemployed", "homeless"],
            "active",
            json!({}),
        ),
        person(
            "p3",
            "Celina",
            "Wzorcowa",
            "K",
            "1990-05-20",
            &["long_term_unemployed", "single_mothers"],
            "active",
            json!({}),
        ),
        person(
            "p4",
            "Dariusz",
            "Przykładowy",
            "M",
            "1972-12-01",
            &["alcohol", "long_term_unemployed"],
            "finished",
            ended(("outcome", "employed"), "2025-05-30"),
        ),
        person(
            "p5",
            "Ewa",
            "Zmyślona",
            "K",
            "1988-03-15",
            &["long_term_unemployed"],
            "finished",
            ended(("outcome", "self_employed"), "2025-09-30"),
        ),
        person(
            "p6",
            "Feliks",
            "Fikcyjny",
            "M",
            "1969-09-09",
            &["disabled"],
            "finished",
            ended(("outcome", "independent"), "2025-11-28"),
        ),
        person(
            "p7",
            "Grażyna",
            "Umowna",
            "K",
            "1975-04-04",
            &["mental"],
            "interrupted",
            ended(("reason", "health"), "2025-06-20"),
        ),
        person(
            "p8",
            "Henryk",
            "Wymyślony",
            "M",
            "1983-08-30",
            &["long_term_unemployed", "prison"],
            "finished",
            ended(("outcome", "cis"), "2026-02-27"),
        ),
        person(
            "p9",
            "Irena",
            "Dawna",
            "K",
            "1966-01-25",
            &["homeless"],
            "finished",
            ended(("outcome", "other"), "2024-12-20"),
        ),
        person(
            "p10",
            "Jan",
            "Kandydacki",
            "M",
            "1992-11-11",
            &["long_term_unemployed"],
            "applicant",
            json!({"referred_by":"self","referrer":null,"applied_on":"2025-03-01"}),
        ),
        person(
            "p11",
            "Katarzyna",
            "Odmowna",
            "K",
            "1958-06-06",
            &["long_term_unemployed"],
            "rejected",
            json!({"exclusions":["retirement_pension"],"reason":null,"applied_on":"2025-02-10"}),
        ),
        person(
            "p12",
            "Leszek",
            "Nowoprzyjęty",
            "M",
            "1995-10-10",
            &["refugee"],
            "active",
            json!({}),
        ),
        contract("c1", "p1", "KS/7/2024", "2024-10-01", "2025-09-30", "ended"),
        contract(
            "c2",
            "p2",
            "KS/1/2025",
            "2025-02-03",
            "2026-01-31",
            "active",
        ),
        contract(
            "c3",
            "p3",
            "KS/3/2025",
            "2025-03-03",
            "2026-02-28",
            "active",
        ),
        contract(
            "c4",
            "p4",
            "KS/5/2024",
            "2024-09-02",
            "2025-05-30",
            "completed",
        ),
        contract(
            "c5",
            "p5",
            "KS/9/2025",
            "2025-01-13",
            "2025-09-30",
            "completed",
        ),
        contract(
            "c6",
            "p6",
            "KS/2/2025",
            "2025-02-03",
            "2025-11-28",
            "completed",
        ),
        contract("c7", "p7", "KS/8/2024", "2024-11-04", "2025-10-31", "ended"),
        contract(
            "c8",
            "p8",
            "KS/4/2025",
            "2025-04-01",
            "2026-02-27",
            "completed",
        ),
        contract(
            "c9",
            "p9",
            "KS/2/2024",
            "2024-03-04",
            "2024-12-20",
            "completed",
        ),
        contract(
            "c12",
            "p12",
            "KS/6/2025",
            "2025-07-01",
            "2026-06-30",
            "active",
        ),
        // jobs: p2 during participation; p3 before her admission; p4 after finishing employed
        json!({"type":"job","id":"j1","participant_id":"p2","from":"2025-06-16","to":null,
               "basis":"employment_contract","employer":"Piekarnia Przykładowa"}),
        json!({"type":"job","id":"j2","participant_id":"p3","from":"2025-01-15","to":"2025-02-28",
               "basis":"civil_law","employer":"Gospodarstwo Testowe"}),
        json!({"type":"job","id":"j3","participant_id":"p4","from":"2025-06-02","to":null,
               "basis":"employment_contract","employer":"Zakład Wzorcowy"}),
        // routes: p1's public works start before 2025; p8 two internships; p3 one; p12 a PUP course
        json!({"type":"route","id":"r1","participant_id":"p1","kind":"public_works","from":"2024-12-02","to":"2025-02-28","name":"Roboty publiczne w gminie","note":""}),
        json!({"type":"route","id":"r2","participant_id":"p8","kind":"internship","from":"2025-05-05","to":"2025-08-29","name":"Staż w Urzędzie Gminy","note":""}),
        json!({"type":"route","id":"r3","participant_id":"p8","kind":"internship","from":"2025-09-01","to":"2025-12-31","name":"Staż w bibliotece","note":""}),
        json!({"type":"route","id":"r4","participant_id":"p3","kind":"internship","from":"2025-10-01","to":null,"name":"Staż w przedszkolu","note":""}),
        json!({"type":"route","id":"r5","participant_id":"p12","kind":"training","from":"2025-08-04","to":"2025-09-26","name":"Kurs magazyniera","note":""}),
        // PSU: one agreement from 01.12.2024, 10.00 zł an hour throughout, refund 60 %
        json!({"type":"agreement","id":"a1","number":"3/2024","signed_on":"2024-11-25","starts_on":"2024-12-01","ends_on":"2025-11-30","slots":10,
               "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,
               "rates":[{"from":"2024-12-01","zl_per_hour":"10.00"}]}),
        json!({"type":"worksite","id":"w1","name":"Szkoła Podstawowa nr 1","address":null}),
        json!({"type":"worksite","id":"w2","name":"Gminny Ośrodek Kultury","address":null}),
        json!({"type":"position","id":"pos1","name":"osoba sprzątająca"}),
        json!({"type":"position","id":"pos2","name":"robotnik gospodarczy"}),
        // as1: p4, from 02.12.2024 (before 2025); as2: p2 and as3: p3 (resigned 30.06.2025) start in 2025;
        // as4: p8 from 01.10.2025, never worked
        json!({"type":"assignment","id":"as1","participant_id":"p4","agreement_id":"a1","worksite_id":"w1","position_id":"pos1",
               "referral_number":"PSU/9/2024","from":"2024-12-02","to":"2025-05-30","resigned_on":null,"resign_reason":null}),
        json!({"type":"assignment","id":"as2","participant_id":"p2","agreement_id":"a1","worksite_id":"w1","position_id":"pos2",
               "referral_number":"PSU/1/2025","from":"2025-03-03","to":"2025-11-30","resigned_on":null,"resign_reason":null}),
        json!({"type":"assignment","id":"as3","participant_id":"p3","agreement_id":"a1","worksite_id":"w2","position_id":"pos1",
               "referral_number":"PSU/2/2025","from":"2025-04-01","to":"2025-11-30","resigned_on":"2025-06-30","resign_reason":"opieka nad dzieckiem"}),
        json!({"type":"assignment","id":"as4","participant_id":"p8","agreement_id":"a1","worksite_id":"w2","position_id":"pos2",
               "referral_number":"PSU/3/2025","from":"2025-10-01","to":"2025-11-30","resigned_on":null,"resign_reason":null}),
        json!({"type":"hours","assignment_id":"as1","date":"2024-12-03","hours":4.0,"absence":null}),
        json!({"type":"hours","assignment_id":"as1","date":"2025-03-04","hours":5.0,"absence":null}),
        json!({"type":"hours","assignment_id":"as2","date":"2025-03-05","hours":4.0,"absence":null}),
        json!({"type":"hours","assignment_id":"as2","date":"2025-07-08","hours":6.0,"absence":null}),
        json!({"type":"hours","assignment_id":"as3","date":"2025-04-02","hours":3.5,"absence":null}),
        json!({"type":"hours","assignment_id":"as3","date":"2025-06-10","hours":2.0,"absence":null}),
        // refunds received: December 2024 (received in 2025, but its month is outside), March and July 2025
        json!({"type":"refund","agreement_id":"a1","month":"2024-12","received_on":"2025-01-20","amount":"20.00"}),
        json!({"type":"refund","agreement_id":"a1","month":"2025-03","received_on":"2025-04-22","amount":"45.90"}),
        json!({"type":"refund","agreement_id":"a1","month":"2025-07","received_on":"2025-08-25","amount":"30.00"}),
        json!({"type":"specialist","id":"s1","name":"Ewa Wzorcowa","role":"psychologist","zl_per_hour":"60.00"}),
        json!({"type":"specialist","id":"s2","name":"Jerzy Testowy","role":"career_advisor","zl_per_hour":"50.00"}),
        json!({"type":"activity","id":"act1","name":"Konsultacje psychologiczne","kind":"consultation","area":"social"}),
        json!({"type":"activity","id":"act2","name":"Warsztaty poszukiwania pracy","kind":"workshop","area":"vocational"}),
        json!({"type":"activity","id":"act3","name":"Spotkanie wigilijne","kind":"community_event","area":"social"}),
        json!({"type":"session","id":"se1","activity_id":"act1","date":"2025-03-10","hours":1.0,"specialist_id":"s1","zl_per_hour":"60.00",
               "topic":null,"place":null,"remote":false}),
        json!({"type":"session","id":"se2","activity_id":"act1","date":"2025-03-11","hours":1.0,"specialist_id":"s1","zl_per_hour":"60.00",
               "topic":"rozmowa rekrutacyjna","place":null,"remote":false}),
        json!({"type":"session","id":"se3","activity_id":"act2","date":"2025-05-12","hours":3.0,"specialist_id":"s2","zl_per_hour":"50.00",
               "topic":null,"place":null,"remote":false}),
        json!({"type":"session","id":"se4","activity_id":"act3","date":"2025-12-19","hours":3.0,"specialist_id":null,"zl_per_hour":"0.00",
               "topic":"Wigilia klubowa","place":"świetlica","remote":false,"guests":7}),
        json!({"type":"attendance","session_id":"se1","participant_id":"p3","state":"present"}),
        json!({"type":"attendance","session_id":"se2","participant_id":"p10","state":"present"}),
        json!({"type":"attendance","session_id":"se3","participant_id":"p2","state":"present"}),
        json!({"type":"attendance","session_id":"se3","participant_id":"p4","state":"present"}),
        json!({"type":"attendance","session_id":"se3","participant_id":"p7","state":"present"}),
        json!({"type":"attendance","session_id":"se3","participant_id":"p5","state":"excused"}),
        json!({"type":"attendance","session_id":"se3","participant_id":"p6","state":"absent"}),
        json!({"type":"attendance","session_id":"se4","participant_id":"p2","state":"present"}),
        json!({"type":"attendance","session_id":"se4","participant_id":"p12","state":"present"}),
        json!({"type":"attendance","session_id":"se4","participant_id":"p9","state":"present"}),
        json!({"type":"attendance","session_id":"se4","participant_id":"p10","state":"present"}),
        json!({"type":"attendance","session_id":"se4","participant_id":"p4","state":"present"}),
    ])
}

fn report(desk: &Desk, from: &str, to: &str) -> Value {
    match desk
        .handle(
            &Actor::local(),
            Request::Report {
                from: d(from),
                to: d(to),
            },
        )
        .unwrap()
    {
        Response::Report(r) => serde_json::to_value(*r).unwrap(),
        other => panic!("{other:?}"),
    }
}

fn count(t: u32, w: u32, m: u32) -> Value {
    json!({"total": t, "women": w, "men": m})
}

fn share(count: u32, percent: u32, women: u32, men: u32) -> Value {
    json!({"count": count, "percent": percent, "women": women, "men": men})
}

fn year(rule: &str) -> Value {
    kis::desk::fix_today(d(TODAY));
    let (_dir, desk) = desk_with(&club(rule));
    report(&desk, "2025-01-01", "2025-12-31")
}

fn first_half(rule: &str) -> Value {
    kis::desk::fix_today(d(TODAY));
    let (_dir, desk) = desk_with(&club(rule));
    report(&desk, "2025-01-01", "2025-06-30")
}

/// Figures that do not depend on `graduate_rule`, for 2025; checked under both rules.
fn assert_year_common(r: &Value) {
    assert_eq!(r["period"], json!({"from":"2025-01-01","to":"2025-12-31"}));
    // admitted in 2025 (first contract starts in it): p2, p3, p5, p6, p8, p12;
    // women p3, p5; men p2, p6, p8, p12
    assert_eq!(r["participants"]["admitted"], count(6, 2, 4));
    // active at some time in 2025: p1, p2, p3, p4, p5, p6, p7, p8, p12 (p9 ended
    // 20.12.2024, p10 and p11 never admitted); women p1, p3, p5, p7; men p2, p4, p6, p8, p12
    assert_eq!(r["participants"]["active"], count(9, 4, 5));
    // continuing on 31.12.2025 (admitted by then, ended_on null or after it):
    // p2, p3, p12 (no end), p8 (ends 27.02.2026); not p1, p4, p5, p6, p7 (ended in
    // 2025) nor p9 (ended in 2024); women p3; men p2, p8, p12
    assert_eq!(r["participants"]["continuing"], count(4, 1, 3));
    assert_eq!(r["contracts_concluded"], json!(6));

    // groups_active: the nine active persons by group, every group the club knows
    // (eight statutory, two local), zeros kept:
    //   homeless p2 (p9 is not active); alcohol p4; drugs nobody; mental p7;
    //   long_term_unemployed p1, p3, p5 (K) and p2, p4, p8 (M); prison p8;
    //   refugee p12; disabled p6; single_mothers p3; farm_workers nobody
    assert_eq!(
        r["groups_active"],
        json!({
            "homeless": count(1, 0, 1),
            "alcohol": count(1, 0, 1),
            "drugs": count(0, 0, 0),
            "mental": count(1, 1, 0),
            "long_term_unemployed": count(6, 3, 3),
            "prison": count(1, 0, 1),
            "refugee": count(1, 0, 1),
            "disabled": count(1, 0, 1),
            "single_mothers": count(1, 1, 0),
            "farm_workers": count(0, 0, 0),
        })
    );
    // groups stays the admitted ones (CAS-01): long_term_unemployed p2, p3, p5, p8
    assert_eq!(r["groups"]["long_term_unemployed"], count(4, 2, 2));
    assert_eq!(r["groups"]["homeless"], count(1, 0, 1));
    assert_eq!(r["groups"]["mental"], count(0, 0, 0));

    // ended in 2025: p1 (took_job), p4 (employed), p5 (self_employed),
    // p6 (independent), p7 (health); women p1, p5, p7; men p4, p6
    assert_eq!(r["ended"]["total"], count(5, 3, 2));
    assert_eq!(
        r["ended"]["outcomes"],
        json!({"employed": count(1,0,1), "self_employed": count(1,1,0), "independent": count(1,0,1)})
    );
    assert_eq!(
        r["ended"]["interrupted"],
        json!({"took_job": count(1,1,0), "health": count(1,1,0)})
    );

    // employed: p1 (interrupted for took_job 14.03.2025), p4 (finished employed
    // 30.05.2025; his job from 02.06.2025 is the same person), p2 (job from
    // 16.06.2025, after his admission 03.02.2025). Not p3: her job began 15.01.2025,
    // before her admission 03.03.2025. Not p5: self_employed is not the outcome
    // `employed`. 3 of 9 active = 33.3 % → 33; women p1; men p2, p4
    assert_eq!(r["employed"], share(3, 33, 1, 2));
    // independent: finished in 2025 with employed (p4), self_employed (p5) or
    // independent (p6); p1's took_job is an interruption, not a finish.
    // 3 of 9 = 33.3 % → 33; women p5; men p4, p6
    assert_eq!(r["independent"], share(3, 33, 1, 2));

    // routes starting in 2025, distinct persons by kind: internship p8 (two
    // internships, once) and p3; training p12. p1's public works began
    // 02.12.2024: not counted, so no public_works key.
    assert_eq!(
        r["routes"],
        json!({"internship": count(2, 1, 1), "training": count(1, 0, 1)})
    );

    // served: everyone present at a 2025 session, distinct: se1 p3; se2 p10
    // (applicant); se3 p2, p4, p7 (p5 excused and p6 absent do not count); se4 p2,
    // p12, p9 (ended 2024), p10, p4 (ended 30.05.2025). Persons: p3, p7, p9 (K) and
    // p2, p4, p10, p12 (M) = 7; guests: the 7 children at the Christmas party (se4).
    assert_eq!(
        r["served"],
        json!({"total": 7, "women": 3, "men": 4, "guests": 7})
    );
    // but an activity's persons and the services count only participants on the
    // session's day:
    //   act1 (social, s1): se1 p3; se2 p10 is an applicant → 1 woman; 2 × 1 h × 60.00 = 120.00
    //   act2 (vocational, s2): se3 p2, p4 (ends 30.05), p7 (ends 20.06), all
    //     participants on 12.05.2025 → 1 woman, 2 men; 3 h × 50.00 = 150.00
    //   act3 (social, no specialist): se4 p2, p12 only (p9, p10 never or no longer
    //     participants, p4 ended 30.05.2025) → 2 men; cost 0.00
    let acts = r["activities"].as_array().unwrap();
    let act = |id: &str| {
        acts.iter()
            .find(|a| a["activity_id"] == id)
            .unwrap_or_else(|| panic!("{id} in {acts:?}"))
    };
    assert_eq!(act("act1")["sessions"], 2);
    assert_eq!(act("act1")["persons"], count(1, 1, 0));
    assert_eq!(act("act1")["cost"], "120.00");
    assert_eq!(act("act2")["persons"], count(3, 1, 2));
    assert_eq!(act("act2")["cost"], "150.00");
    assert_eq!(act("act3")["sessions"], 1);
    assert_eq!(act("act3")["hours"], 3.0);
    assert_eq!(act("act3")["persons"], count(2, 0, 2));
    assert_eq!(act("act3")["cost"], "0.00");
    let sps = r["specialists"].as_array().unwrap();
    let sp = |id: &str| {
        sps.iter()
            .find(|s| s["specialist_id"] == id)
            .unwrap_or_else(|| panic!("{id} in {sps:?}"))
    };
    assert_eq!(sp("s1")["persons"], count(1, 1, 0));
    assert_eq!(sp("s2")["persons"], count(3, 1, 2));
    // services, distinct persons: social = act1 ∪ act3 = p3, p2, p12; vocational = act2
    assert_eq!(r["services"]["social"], count(3, 1, 2));
    assert_eq!(r["services"]["vocational"], count(3, 1, 2));

    // PSU in 2025 (10.00 zł an hour):
    //   p4 (M) 04.03 5 h; p2 (M) 05.03 4 h, 08.07 6 h; p3 (K) 02.04 3.5 h, 10.06 2 h
    //   (p4's 4 h on 03.12.2024 are outside) → 20.5 h, 205.00 zł, persons 3: 1 K, 2 M;
    //   positions: w1×pos1, w1×pos2, w2×pos1 = 3;
    //   refund (60 % a month): March 90.00 → 54.00, April 35.00 → 21.00,
    //   June 20.00 → 12.00, July 60.00 → 36.00 = 123.00;
    //   refund_received: months 2025-03 (45.90) and 2025-07 (30.00) = 75.90; the
    //   2024-12 refund (20.00) is for a month outside the year, though received in it;
    //   referred: as2 (p2), as3 (p3), as4 (p8, no hours yet) start in 2025; as1 (p4)
    //   started 02.12.2024 → 3; resigned: p3 on 30.06.2025 → 1
    let psu = &r["psu"];
    assert_eq!(psu["persons"], 3);
    assert_eq!(psu["women"], 1);
    assert_eq!(psu["men"], 2);
    assert_eq!(psu["positions"], 3);
    assert_eq!(psu["hours"], 20.5);
    assert_eq!(psu["paid"], "205.00");
    assert_eq!(psu["refund"], "123.00");
    assert_eq!(psu["refund_received"], "75.90");
    assert_eq!(psu["referred"], 3);
    assert_eq!(psu["resigned"], 1);
    // by worksite: w1 p4 5 h + p2 10 h = 15 h, 150.00; w2 p3 5.5 h, 55.00
    assert_eq!(
        psu["worksites"],
        json!([
            {"worksite_id":"w1","name":"Szkoła Podstawowa nr 1","persons":2,"hours":15.0,"paid":"150.00"},
            {"worksite_id":"w2","name":"Gminny Ośrodek Kultury","persons":1,"hours":5.5,"paid":"55.00"}
        ])
    );

    // staff, from the staff lines, in their order
    assert_eq!(
        r["staff"],
        json!([
            {"name":"Anna Przykładowa","role":"coordinator","basis":"employment_contract","hours_per_week":40.0},
            {"name":"Bożena Testowa","role":"worker","basis":"civil_law","hours_per_week":10.0},
            {"name":"Czesław Próbny","role":"viewer","basis":"volunteer","hours_per_week":null}
        ])
    );
}

#[test]
fn the_year_2025_with_six_months_graduates() {
    let r = year("six_months");
    assert_year_common(&r);
    // graduates (six_months: finished or interrupted in 2025, at least 6 months
    // after admission):
    //   p1 admitted 01.10.2024, six months 01.04.2025 > ended 14.03.2025 → no
    //   p4 02.09.2024 → 02.03.2025 ≤ 30.05.2025 → yes (M)
    //   p5 13.01.2025 → 13.07.2025 ≤ 30.09.2025 → yes (K)
    //   p6 03.02.2025 → 03.08.2025 ≤ 28.11.2025 → yes (M)
    //   p7 04.11.2024 → 04.05.2025 ≤ 20.06.2025 → yes (K), interrupted for health
    // 4 of 9 = 44.4 % → 44
    assert_eq!(r["graduates"], share(4, 44, 2, 2));
}

#[test]
fn the_year_2025_with_finished_only_graduates() {
    let r = year("finished_only");
    assert_year_common(&r);
    // finished_only: p4, p5, p6; p7 (interrupted after six months) no longer
    // counts. 3 of 9 = 33.3 % → 33; women p5; men p4, p6
    assert_eq!(r["graduates"], share(3, 33, 1, 2));
}

/// The first half of 2025: eight active, so the shares fall on halves and show
/// the rounding half up.
fn assert_first_half_common(r: &Value) {
    // admitted in H1: p5 (13.01), p2, p6 (03.02), p3 (03.03), p8 (01.04); p12 comes 01.07
    assert_eq!(r["participants"]["admitted"], count(5, 2, 3));
    // active in H1: p1..p8 (not p12, not p9); women p1, p3, p5, p7; men p2, p4, p6, p8
    assert_eq!(r["participants"]["active"], count(8, 4, 4));
    // continuing on 30.06.2025: p2, p3, p8 (no end by then), p5 (ends 30.09),
    // p6 (ends 28.11); not p1 (14.03), p4 (30.05), p7 (20.06)
    assert_eq!(r["participants"]["continuing"], count(5, 2, 3));
    // groups_active: as in the year, but p12 (refugee) is not yet active
    assert_eq!(
        r["groups_active"],
        json!({
            "homeless": count(1, 0, 1),
            "alcohol": count(1, 0, 1),
            "drugs": count(0, 0, 0),
            "mental": count(1, 1, 0),
            "long_term_unemployed": count(6, 3, 3),
            "prison": count(1, 0, 1),
            "refugee": count(0, 0, 0),
            "disabled": count(1, 0, 1),
            "single_mothers": count(1, 1, 0),
            "farm_workers": count(0, 0, 0),
        })
    );
    // employed: p1 (took_job 14.03), p4 (employed 30.05), p2 (job 16.06.2025);
    // 3 of 8 = 37.5 % → 38 (half up); women p1; men p2, p4
    assert_eq!(r["employed"], share(3, 38, 1, 2));
    // independent: p4 only (p5 and p6 finish in H2); 1 of 8 = 12.5 % → 13
    assert_eq!(r["independent"], share(1, 13, 0, 1));
    // routes: p8's first internship (05.05); the second (01.09), p3's and p12's are in H2
    assert_eq!(r["routes"], json!({"internship": count(1, 0, 1)}));
    // served: se1 p3, se2 p10, se3 p2, p4, p7; the Christmas party is in H2
    assert_eq!(
        r["served"],
        json!({"total": 5, "women": 2, "men": 3, "guests": 0})
    );
    // PSU in H1: p4 5 h, p2 4 h, p3 5.5 h = 14.5 h, 145.00; refund 54.00 + 21.00 +
    // 12.00 = 87.00; received for 2025-03 only: 45.90; referred as2, as3 = 2;
    // resigned p3 on 30.06, the period's last day = 1
    let psu = &r["psu"];
    assert_eq!(psu["persons"], 3);
    assert_eq!(psu["women"], 1);
    assert_eq!(psu["men"], 2);
    assert_eq!(psu["hours"], 14.5);
    assert_eq!(psu["paid"], "145.00");
    assert_eq!(psu["refund"], "87.00");
    assert_eq!(psu["refund_received"], "45.90");
    assert_eq!(psu["referred"], 2);
    assert_eq!(psu["resigned"], 1);
}

#[test]
fn the_first_half_of_2025_with_six_months_graduates() {
    let r = first_half("six_months");
    assert_first_half_common(&r);
    // ended in H1: p1 (not six months), p4 (yes), p7 (yes, interrupted);
    // 2 of 8 = 25 %; women p7; men p4
    assert_eq!(r["graduates"], share(2, 25, 1, 1));
}

#[test]
fn the_first_half_of_2025_with_finished_only_graduates() {
    let r = first_half("finished_only");
    assert_first_half_common(&r);
    // only p4 finished; 1 of 8 = 12.5 % → 13 (half up)
    assert_eq!(r["graduates"], share(1, 13, 0, 1));
}
