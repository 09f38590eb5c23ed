//! A club shaped on the Kędzierzyn-Koźle H1 2021 figures of domain.md, with every
//! report figure worked out by hand in the comments.

mod common;

use common::desk_with;
use kis::desk::{Actor, Desk, Request, Response};
use serde_json::{json, Value};

fn line(v: Value) -> String {
    v.to_string()
}

fn person(id: &str, sex: &str, n: usize, cats: &[&str], status: &str, extra: Value) -> String {
    let mut p = json!({
        "type": "participant", "id": id,
        "first_name": if sex == "K" { "Testowa" } else { "Testowy" },
        "last_name": format!("Uczestnik{n}"),
        "pesel": null, "birth_date": "1980-01-01", "sex": sex,
        "categories": cats, "exclusions": [], "pup_registered": true, "status": status,
    });
    if let (Value::Object(m), Value::Object(e)) = (&mut p, extra) {
        m.extend(e);
    }
    line(p)
}

fn contract(id: &str, pid: &str, number: &str, start: &str, end: &str, state: &str) -> String {
    line(
        json!({"type":"contract","id":id,"participant_id":pid,"number":number,
        "signed_on":start,"starts_on":start,"ends_on":end,"state":state}),
    )
}

/// The club's file, in the interchange format.
fn club() -> String {
    let mut l = vec![line(json!({"type":"kis","format":1}))];
    // 44 admitted in H1 2021: 27 women (p1..p27), 17 men (p28..p44); contracts start
    // 4 January + n days. p1..p6 (women) and p28..p31 (men) are also `alcohol`.
    for n in 1..=44usize {
        let sex = if n <= 27 { "K" } else { "M" };
        let alcohol = (1..=6).contains(&n) || (28..=31).contains(&n);
        let cats: Vec<&str> = if alcohol {
            vec!["long_term_unemployed", "alcohol"]
        } else {
            vec!["long_term_unemployed"]
        };
        let start = format!("2021-01-{:02}", 4 + (n % 20));
        let id = format!("p{n}");
        if n == 1 {
            // finished, independent, on 30.06.2021: admitted 05.01, six months would be 05.07 → not a graduate
            l.push(person(
                &id,
                sex,
                n,
                &cats,
                "finished",
                json!({"outcome":"independent","ended_on":"2021-06-30"}),
            ));
            l.push(contract(
                "c1",
                &id,
                "KS/1/2021",
                &start,
                "2021-06-30",
                "completed",
            ));
        } else {
            l.push(person(&id, sex, n, &cats, "active", json!({})));
            l.push(contract(
                &format!("c{n}"),
                &id,
                &format!("KS/{n}/2021"),
                &start,
                "2021-12-31",
                "active",
            ));
        }
    }
    // Three admitted in 2020 (01.09.2020): q1 woman employed 31.03.2021 (graduate: 01.03 ≤ 31.03),
    // q2 man interrupted for a contract breach 15.02.2021 (not a graduate), q3 woman still active.
    l.push(person(
        "q1",
        "K",
        101,
        &["homeless"],
        "finished",
        json!({"outcome":"employed","ended_on":"2021-03-31"}),
    ));
    l.push(contract(
        "d1",
        "q1",
        "KS/50/2020",
        "2020-09-01",
        "2021-03-31",
        "completed",
    ));
    l.push(person(
        "q2",
        "M",
        102,
        &["prison"],
        "interrupted",
        json!({"reason":"contract_breach","ended_on":"2021-02-15"}),
    ));
    l.push(contract(
        "d2",
        "q2",
        "KS/51/2020",
        "2020-09-01",
        "2021-03-01",
        "broken",
    ));
    l.push(person("q3", "K", 103, &["homeless"], "active", json!({})));
    l.push(contract(
        "d3",
        "q3",
        "KS/52/2020",
        "2020-09-01",
        "2021-08-31",
        "active",
    ));
    // One who left before the period: not active in it.
    l.push(person(
        "q4",
        "M",
        104,
        &["homeless"],
        "finished",
        json!({"outcome":"other","ended_on":"2020-12-31","certificate_on":"2020-12-31"}),
    ));
    l.push(contract(
        "d4",
        "q4",
        "KS/53/2020",
        "2020-06-01",
        "2020-12-31",
        "completed",
    ));

    // PSU: rates 8.70 from 01.02, 9.00 from 01.06; refund 60 %.
    l.push(line(json!({"type":"agreement","id":"a1","number":"1/2021","signed_on":"2021-01-29","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":35,"weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2021-02-01","zl_per_hour":"8.70"},{"from":"2021-06-01","zl_per_hour":"9.00"}]})));
    l.push(line(json!({"type":"worksite","id":"w1","name":"Publiczna Szkoła Podstawowa nr 3","address":null})));
    l.push(line(
        json!({"type":"worksite","id":"w2","name":"Miejski Zakład Cmentarny","address":null}),
    ));
    l.push(line(
        json!({"type":"position","id":"pos1","name":"osoba sprzątająca"}),
    ));
    l.push(line(json!({"type":"assignment","id":"as1","participant_id":"p2","agreement_id":"a1","worksite_id":"w1","position_id":"pos1","referral_number":"PSU/1/2021","from":"2021-02-01","to":"2021-11-30"})));
    l.push(line(json!({"type":"assignment","id":"as2","participant_id":"p28","agreement_id":"a1","worksite_id":"w2","position_id":"pos1","referral_number":"PSU/2/2021","from":"2021-02-01","to":"2021-11-30"})));
    for (a, d, h, abs) in [
        ("as1", "2021-05-31", 4.0, None), // May: 4 × 8.70 = 34.80
        ("as1", "2021-06-01", 4.0, None), // June: 4 × 9.00 = 36.00
        ("as1", "2021-06-02", 1.5, None), // June: 1.5 × 9.00 = 13.50 (week 31.05–06.06: 9.5 h)
        ("as2", "2021-06-07", 3.5, None), // June: 3.5 × 9.00 = 31.50
        ("as2", "2021-06-08", 0.0, Some("sick")),
        ("as2", "2021-07-01", 2.0, None), // outside H1
    ] {
        l.push(line(
            json!({"type":"hours","assignment_id":a,"date":d,"hours":h,"absence":abs}),
        ));
    }

    // Psychologist: 60 one-hour consultations at 60 zł; the first 34 with distinct
    // persons (23 women p1..p23, 11 men p28..p38), then 26 repeats of p1.
    // Career advisor: 31 two-hour sessions at 60 zł; 24 distinct (15 women p1..p15,
    // 9 men p28..p36), then 7 repeats of p2. One career session also has an excused
    // and an absent woman (p24, p25): they do not count. Only participants count:
    // sessions fall between every admission and every end.
    l.push(line(json!({"type":"specialist","id":"s1","name":"Ewa Wzorcowa","role":"psychologist","zl_per_hour":"60.00"})));
    l.push(line(json!({"type":"specialist","id":"s2","name":"Jan Wzorcowy","role":"career_advisor","zl_per_hour":"60.00"})));
    l.push(line(json!({"type":"activity","id":"act1","name":"Konsultacje psychologiczne","kind":"consultation","area":"social"})));
    l.push(line(json!({"type":"activity","id":"act2","name":"Doradztwo zawodowe","kind":"consultation","area":"vocational"})));
    let women = |k: usize| format!("p{}", k);
    let men = |k: usize| format!("p{}", 27 + k);
    let mut psych: Vec<String> = (1..=23).map(women).chain((1..=11).map(men)).collect();
    psych.extend(std::iter::repeat_n("p1".to_string(), 26));
    let mut career: Vec<String> = (1..=15).map(women).chain((1..=9).map(men)).collect();
    career.extend(std::iter::repeat_n("p2".to_string(), 7));
    let mut marks = Vec::new();
    for (i, who) in psych.iter().enumerate() {
        let id = format!("se{}", i + 1);
        // February to June: after every admission (the last is 23.01), before p1's end
        let date = format!("2021-{:02}-{:02}", 2 + i % 5, 1 + i % 28);
        l.push(line(json!({"type":"session","id":id,"activity_id":"act1","date":date,"hours":1.0,"specialist_id":"s1","zl_per_hour":"60.00","topic":null,"place":null,"remote":true})));
        marks.push(line(
            json!({"type":"attendance","session_id":id,"participant_id":who,"state":"present"}),
        ));
    }
    for (i, who) in career.iter().enumerate() {
        let id = format!("sc{}", i + 1);
        let date = format!("2021-{:02}-{:02}", 2 + i % 5, 2 + i % 27);
        l.push(line(json!({"type":"session","id":id,"activity_id":"act2","date":date,"hours":2.0,"specialist_id":"s2","zl_per_hour":"60.00","topic":null,"place":null,"remote":false})));
        marks.push(line(
            json!({"type":"attendance","session_id":id,"participant_id":who,"state":"present"}),
        ));
        if i == 0 {
            marks.push(line(json!({"type":"attendance","session_id":id,"participant_id":"p24","state":"excused"})));
            marks.push(line(json!({"type":"attendance","session_id":id,"participant_id":"p25","state":"absent"})));
        }
    }
    // A session outside the period does not count.
    l.push(line(json!({"type":"session","id":"sx","activity_id":"act1","date":"2021-07-01","hours":1.0,"specialist_id":"s1","zl_per_hour":"60.00","topic":null,"place":null,"remote":false})));
    marks.push(line(
        json!({"type":"attendance","session_id":"sx","participant_id":"p40","state":"present"}),
    ));
    l.extend(marks);
    l.join("\n") + "\n"
}

fn report(desk: &Desk, from: &str, to: &str) -> kis::domain::report::Report {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
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
        Response::Report(r) => *r,
        other => panic!("{other:?}"),
    }
}

fn count(t: u32, w: u32, m: u32) -> Value {
    json!({"total": t, "women": w, "men": m})
}

#[test]
fn half_year_figures_match_the_hand_count() {
    let (_dir, desk) = desk_with(&club());
    let r = serde_json::to_value(report(&desk, "2021-01-01", "2021-06-30")).unwrap();
    assert_eq!(r["period"], json!({"from":"2021-01-01","to":"2021-06-30"}));
    assert_eq!(r["participants"]["admitted"], count(44, 27, 17));
    // 44 + q1, q2, q3 (q4 ended before the period)
    assert_eq!(r["participants"]["active"], count(47, 29, 18));
    assert_eq!(r["groups"]["long_term_unemployed"], count(44, 27, 17));
    assert_eq!(r["groups"]["alcohol"], count(10, 6, 4));
    assert_eq!(r["groups"]["homeless"], count(0, 0, 0));
    assert_eq!(r["contracts_concluded"], json!(44));
    assert_eq!(r["ended"]["total"], count(3, 2, 1));
    assert_eq!(
        r["ended"]["outcomes"],
        json!({"employed": count(1,1,0), "independent": count(1,1,0)})
    );
    assert_eq!(
        r["ended"]["interrupted"],
        json!({"contract_breach": count(1,0,1)})
    );
    // 1 of 47 = 2.13 % → 2: q1 (a woman) finished employed after six months
    assert_eq!(
        r["graduates"],
        json!({"count":1,"percent":2,"women":1,"men":0})
    );
    assert_eq!(
        r["employed"],
        json!({"count":1,"percent":2,"women":1,"men":0})
    );
    // independent: p1 (independent) and q1 (employed), both women; 2 of 47 = 4.26 % → 4
    assert_eq!(
        r["independent"],
        json!({"count":2,"percent":4,"women":2,"men":0})
    );

    let acts = r["activities"].as_array().unwrap();
    assert_eq!(acts.len(), 2);
    assert_eq!(acts[0]["activity_id"], "act1");
    assert_eq!(acts[0]["sessions"], 60);
    assert_eq!(acts[0]["hours"], 60.0);
    assert_eq!(acts[0]["persons"], count(34, 23, 11));
    assert_eq!(acts[0]["cost"], "3600.00");
    assert_eq!(acts[1]["hours"], 62.0);
    assert_eq!(acts[1]["persons"], count(24, 15, 9));
    assert_eq!(acts[1]["cost"], "3720.00");
    let sp = r["specialists"].as_array().unwrap();
    assert_eq!(sp[0]["specialist_id"], "s1");
    assert_eq!(sp[0]["persons"], count(34, 23, 11));
    assert_eq!(sp[1]["cost"], "3720.00");
    assert_eq!(r["services"]["social"], count(34, 23, 11));
    assert_eq!(r["services"]["vocational"], count(24, 15, 9));

    // PSU: 34.80 (May) + 36.00 + 13.50 + 31.50 (June) = 115.80;
    // refund: May 60 % × 34.80 = 20.88, June 60 % × 81.00 = 48.60 → 69.48
    let psu = &r["psu"];
    assert_eq!(psu["persons"], 2);
    assert_eq!(psu["positions"], 2);
    assert_eq!(psu["hours"], 13.0);
    assert_eq!(psu["paid"], "115.80");
    assert_eq!(psu["refund"], "69.48");
    assert_eq!(
        psu["worksites"],
        json!([
            {"worksite_id":"w1","name":"Publiczna Szkoła Podstawowa nr 3","persons":1,"hours":9.5,"paid":"84.30"},
            {"worksite_id":"w2","name":"Miejski Zakład Cmentarny","persons":1,"hours":3.5,"paid":"31.50"}
        ])
    );
}

#[test]
fn the_text_reads_as_polish() {
    let (_dir, desk) = desk_with(&club());
    let text = kis::export::report::to_text(
        &report(&desk, "2021-01-01", "2021-06-30"),
        kis::text::Lang::Pl,
    );
    assert!(
        text.contains("Skierowano 44 osoby, w tym 27 kobiet i 17 mężczyzn."),
        "{text}"
    );
    assert!(
        text.contains("W I półroczu 2021 r. KIS odwiedziło 47 osób"),
        "{text}"
    );
    assert!(
        text.contains("PSU realizowały 2 osoby na 2 stanowiskach, przeznaczono 115,80 zł"),
        "{text}"
    );
    assert!(text.contains("z 1 osobą program przerwano"), "{text}");
    assert!(
        text.contains("60 godzin, 34 osoby, w tym 23 kobiety i 11 mężczyzn; koszt 3 600,00 zł"),
        "{text}"
    );
    assert!(
        text.contains("62 godziny, 24 osoby, w tym 15 kobiet i 9 mężczyzn; koszt 3 720,00 zł"),
        "{text}"
    );
}

#[test]
fn a_period_with_nobody_active() {
    let (_dir, desk) = desk_with(&club());
    let r = serde_json::to_value(report(&desk, "2019-01-01", "2019-12-31")).unwrap();
    assert_eq!(r["participants"]["active"], count(0, 0, 0));
    assert_eq!(
        r["graduates"],
        json!({"count":0,"percent":0,"women":0,"men":0})
    );
    assert_eq!(r["psu"]["paid"], "0.00");
    assert_eq!(r["activities"], json!([]));
}

#[test]
fn xlsx_reads_back() {
    use calamine::{Reader, Xlsx};
    let (_dir, desk) = desk_with(&club());
    let bytes = kis::export::report::to_xlsx(
        &report(&desk, "2021-01-01", "2021-06-30"),
        kis::text::Lang::Pl,
    )
    .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().to_vec();
    assert!(
        names.contains(&"Uczestnicy".to_string()) && names.contains(&"PSU".to_string()),
        "{names:?}"
    );
    let sheet = book.worksheet_range("Uczestnicy").unwrap();
    let row: Vec<String> = sheet
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(row, vec!["przyjęci", "44", "27", "17"]);
    let zajecia = book.worksheet_range("Zajęcia").unwrap();
    let cost = zajecia.rows().nth(1).unwrap()[8].to_string();
    assert_eq!(cost, "3600");
}

/// The example club of domain.md's interchange section, worked by hand for 2021.
fn example_club() -> String {
    common::text(&[
        json!({"type":"kis","format":1}),
        json!({"type":"settings","club_name":"Klub Integracji Społecznej w Przykładowie","graduate_months":6,"max_months":12,"retention_years":10}),
        json!({"type":"staff","id":"u1","login":"anowak","name":"Anna Nowak","role":"coordinator"}),
        json!({"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M",
               "address":{"street":"ul. Polna 3","postal_code":"47-200","city":"Kędzierzyn-Koźle"},"phone":"600100200","email":null,
               "categories":["long_term_unemployed","alcohol"],"exclusions":[],"referred_by":"social_worker","referrer":"Anna Nowak",
               "pup_registered":true,"applied_on":"2021-01-12","interview_on":"2021-01-15","consent_on":"2021-01-12",
               "status":"finished","outcome":"employed","reason":null,"ended_on":"2021-09-30","certificate_on":"2021-10-01","notes":""}),
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20","starts_on":"2021-01-20","ends_on":"2021-07-19",
               "worker":"Anna Nowak","situation":"…","goals":[{"text":"…","due_on":"2021-04-30","state":"met"}],
               "actions":[{"by":"participant","text":"…","due_on":"2021-03-31","done_on":"2021-03-20"}],"reviews":[{"on":"2021-04-20","text":"…"}],
               "annexes":[{"on":"2021-07-10","text":"przedłużenie","new_ends_on":"2021-09-30"}],"state":"completed"}),
        json!({"type":"agreement","id":"a1","number":"1/2021","signed_on":"2021-01-29","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":35,
               "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,
               "rates":[{"from":"2021-02-01","zl_per_hour":"8.70"},{"from":"2021-06-01","zl_per_hour":"9.00"}]}),
        json!({"type":"worksite","id":"w1","name":"Publiczna Szkoła Podstawowa nr 3","address":"ul. Szkolna 1"}),
        json!({"type":"position","id":"pos1","name":"osoba sprzątająca"}),
        json!({"type":"assignment","id":"as1","participant_id":"p1","agreement_id":"a1","worksite_id":"w1","position_id":"pos1",
               "referral_number":"PSU/1/2021","from":"2021-02-01","to":"2021-11-30","resigned_on":null,"resign_reason":null}),
        json!({"type":"hours","assignment_id":"as1","date":"2021-06-07","hours":4.0,"absence":null}),
        json!({"type":"hours","assignment_id":"as1","date":"2021-06-08","hours":0,"absence":"sick"}),
        json!({"type":"specialist","id":"s1","name":"Ewa Wrona","role":"psychologist","zl_per_hour":"60.00"}),
        json!({"type":"activity","id":"act1","name":"Konsultacje psychologiczne","kind":"consultation","area":"social"}),
        json!({"type":"session","id":"se1","activity_id":"act1","date":"2021-03-02","hours":2.0,"specialist_id":"s1","zl_per_hour":"60.00",
               "topic":"…","place":"…","remote":true}),
        json!({"type":"attendance","session_id":"se1","participant_id":"p1","state":"present"}),
    ])
}

#[test]
fn the_domain_example_club_for_2021() {
    let (_dir, desk) = desk_with(&example_club());
    let r = serde_json::to_value(report(&desk, "2021-01-01", "2021-12-31")).unwrap();
    // one man admitted 20.01.2021, ended 30.09.2021 employed: six months from
    // admission is 20.07.2021, so he is a graduate; 1 of 1 active = 100 %
    assert_eq!(r["participants"]["admitted"], count(1, 0, 1));
    assert_eq!(r["participants"]["active"], count(1, 0, 1));
    assert_eq!(r["groups"]["long_term_unemployed"], count(1, 0, 1));
    assert_eq!(r["groups"]["alcohol"], count(1, 0, 1));
    assert_eq!(r["contracts_concluded"], 1);
    assert_eq!(r["ended"]["outcomes"], json!({"employed": count(1, 0, 1)}));
    assert_eq!(r["ended"]["interrupted"], json!({}));
    assert_eq!(
        r["graduates"],
        json!({"count":1,"percent":100,"women":0,"men":1})
    );
    assert_eq!(
        r["employed"],
        json!({"count":1,"percent":100,"women":0,"men":1})
    );
    // finished employed: independent too (domain.md, "The report, as the clubs report")
    assert_eq!(
        r["independent"],
        json!({"count":1,"percent":100,"women":0,"men":1})
    );
    // ended on 30.09: not continuing on 31.12
    assert_eq!(r["participants"]["continuing"], count(0, 0, 0));
    assert_eq!(r["groups_active"]["alcohol"], count(1, 0, 1));
    assert_eq!(r["groups_active"]["disabled"], count(0, 0, 0));
    assert_eq!(r["routes"], json!({}));
    assert_eq!(r["served"], json!({"total":1,"women":0,"men":1,"guests":0}));
    assert_eq!(
        r["staff"],
        json!([{"name":"Anna Nowak","role":"coordinator","basis":null,"hours_per_week":null}])
    );
    // the session: 2 h × 60.00 = 120.00, one man present
    assert_eq!(r["activities"][0]["cost"], "120.00");
    assert_eq!(r["activities"][0]["persons"], count(1, 0, 1));
    assert_eq!(r["services"]["social"], count(1, 0, 1));
    // PSU: 4 h on 07.06.2021 at 9.00 (the rate from 01.06) = 36.00; 60 % = 21.60;
    // the sick day counts no hours and no person on its own
    assert_eq!(
        r["psu"],
        json!({"persons":1,"women":0,"men":1,"positions":1,"hours":4.0,"paid":"36.00","refund":"21.60",
               "refund_received":"0.00","referred":1,"resigned":0,
               "worksites":[{"worksite_id":"w1","name":"Publiczna Szkoła Podstawowa nr 3","persons":1,"hours":4.0,"paid":"36.00"}]})
    );
    // the first half-year: admitted and active, not yet ended
    let h1 = serde_json::to_value(report(&desk, "2021-01-01", "2021-06-30")).unwrap();
    assert_eq!(h1["ended"]["total"], count(0, 0, 0));
    assert_eq!(
        h1["graduates"],
        json!({"count":0,"percent":0,"women":0,"men":0})
    );
    assert_eq!(h1["participants"]["continuing"], count(1, 0, 1));
}

#[test]
fn the_same_half_year_a_year_before_beside_this_one() {
    let (_dir, desk) = desk_with(&club());
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let Response::Report(r) = desk
        .handle(
            &Actor::local(),
            Request::CompareReports {
                from: d("2021-01-01"),
                to: d("2021-06-30"),
                years: 2,
            },
        )
        .unwrap()
    else {
        panic!()
    };
    let r = serde_json::to_value(*r).unwrap();
    assert_eq!(r["participants"]["active"], count(47, 29, 18));
    // H1 2020: only q4 (admitted 01.06.2020) took part; H1 2019: nobody
    assert_eq!(
        r["compare"],
        json!([
            {"period":{"from":"2020-01-01","to":"2020-06-30"},"active":1,"admitted":1,"graduates":0,
             "employed":0,"independent":0,"psu_persons":0,"psu_paid":"0.00"},
            {"period":{"from":"2019-01-01","to":"2019-06-30"},"active":0,"admitted":0,"graduates":0,
             "employed":0,"independent":0,"psu_persons":0,"psu_paid":"0.00"}
        ])
    );
    // a plain report has none
    assert_eq!(
        serde_json::to_value(report(&desk, "2021-01-01", "2021-06-30")).unwrap()["compare"],
        json!([])
    );
}
