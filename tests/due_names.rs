//! `kis due` and `kis psu settle` in text name people and contracts (no ids),
//! people in Polish alphabetical order: Ł after L, Ź before Ż.

mod common;

use common::Kis;
use kis::domain::collate::name_cmp;
use serde_json::json;
use std::cmp::Ordering;
use std::path::Path;

const KIS: Kis = Kis::new().today("2026-11-24").lang("pl");

fn run(kis: Kis, dir: &Path, args: &[&str]) -> String {
    let out = kis.run(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A word that is an id: `p12`, `c9`, `a1`, `as3`.
fn is_id(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_lowercase());
    digits.len() < word.len()
        && word.len() - digits.len() <= 2
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
}

fn no_ids(text: &str) {
    for word in text.split(|c: char| c.is_whitespace()) {
        assert!(!is_id(word), "an id {word:?} in:\n{text}");
    }
}

/// "Surname First names" → (surname, first names).
fn split(name: &str) -> (&str, &str) {
    name.split_once(' ').unwrap_or((name, ""))
}

fn import(dir: &Path, lines: &[serde_json::Value]) -> std::path::PathBuf {
    let file = dir.join("club.jsonl");
    std::fs::write(&file, common::text(lines)).unwrap();
    let data = dir.join("data");
    run(KIS, &data, &["import", file.to_str().unwrap()]);
    data
}

const PEOPLE: [(&str, &str, &str); 6] = [
    ("p1", "Żak", "Adam"),
    ("p2", "Zając", "Ewa"),
    ("p3", "Łoś", "Jan"),
    ("p4", "Lis", "Anna"),
    ("p5", "Lewandowska", "Ola"),
    ("p6", "Źrebiec", "Olga"),
];

/// Six people, each with an active contract and an action overdue since 10.02.
fn club() -> Vec<serde_json::Value> {
    let mut l = vec![json!({"type":"kis","format":1})];
    for (n, (id, last, first)) in PEOPLE.iter().enumerate() {
        l.push(
            json!({"type":"participant","id":id,"first_name":first,"last_name":last,
            "birth_date":"1980-01-01","sex":"K","categories":["long_term_unemployed"],
            "pup_registered":true,"status":"active"}),
        );
        l.push(json!({"type":"contract","id":format!("c{}", n + 1),"participant_id":id,
            "number":format!("KS/{}/2026", n + 1),"signed_on":"2026-01-05","starts_on":"2026-01-05",
            "ends_on":"2026-12-31","state":"active",
            "actions":[{"by":"participant","text":"złożyć CV","due_on":"2026-02-10","done_on":null}]}));
    }
    l
}

#[test]
fn due_names_people_and_contracts_in_polish_order() {
    let dir = tempfile::tempdir().unwrap();
    let data = import(dir.path(), &club());
    let kis = KIS.today("2026-03-01");
    let text = run(kis, &data, &["due", "--within", "14"]);
    no_ids(&text);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    let got: Vec<(&str, &str)> = lines.iter().map(|f| (f[2], f[3])).collect();
    assert_eq!(
        got,
        [
            ("Lewandowska Ola", "KS/5/2026"),
            ("Lis Anna", "KS/4/2026"),
            ("Łoś Jan", "KS/3/2026"),
            ("Zając Ewa", "KS/2/2026"),
            ("Źrebiec Olga", "KS/6/2026"),
            ("Żak Adam", "KS/1/2026"),
        ],
        "{text}"
    );
    assert!(lines.iter().all(|f| f[0] == "10.02.2026"), "{text}");
    // JSON keeps its ids, sorted by date, kind, participant id
    let json: serde_json::Value = serde_json::from_str(&run(
        kis,
        &data,
        &["due", "--within", "14", "--format", "json"],
    ))
    .unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["participant_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["p1", "p2", "p3", "p4", "p5", "p6"]);
    assert_eq!(json[0]["contract_id"], "c1");
}

#[test]
fn settle_names_people_and_agreements_in_polish_order() {
    let mut l = club();
    l.push(json!({"type":"agreement","id":"a1","number":"PSU/7/2026","starts_on":"2026-01-01","ends_on":"2026-12-31","slots":10,
                  "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2026-01-01","zl_per_hour":"9.00"}]}));
    l.push(json!({"type":"worksite","id":"w1","name":"Szkoła"}));
    l.push(json!({"type":"position","id":"pos1","name":"pomoc kuchni"}));
    for (n, (id, _, _)) in PEOPLE.iter().enumerate() {
        let asg = format!("as{}", n + 1);
        l.push(json!({"type":"assignment","id":asg,"participant_id":id,"agreement_id":"a1",
                      "worksite_id":"w1","position_id":"pos1","from":"2026-02-02","to":"2026-06-30"}));
        let hours = (n + 1) as f64;
        l.push(json!({"type":"hours","assignment_id":asg,"date":"2026-02-03","hours":hours,"absence":null}));
    }
    let dir = tempfile::tempdir().unwrap();
    let data = import(dir.path(), &l);
    let text = run(KIS, &data, &["psu", "settle", "--month", "2026-02"]);
    no_ids(&text);
    let people: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("PSU/7/2026"))
        .map(|l| l.split("PSU/7/2026").next().unwrap().trim_end())
        .collect();
    assert_eq!(
        people,
        [
            "Lewandowska Ola",
            "Lis Anna",
            "Łoś Jan",
            "Zając Ewa",
            "Źrebiec Olga",
            "Żak Adam"
        ],
        "{text}"
    );
    // Lis worked 4 hours at 9,00 zł
    let lis = text.lines().find(|l| l.starts_with("Lis Anna")).unwrap();
    assert!(lis.contains("36,00"), "{text}");
    // JSON keeps the ids, in their order
    let json: serde_json::Value = serde_json::from_str(&run(
        KIS,
        &data,
        &["psu", "settle", "--month", "2026-02", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(json["persons"][0]["participant_id"], "p1");
    assert_eq!(json["persons"][0]["agreement_id"], "a1");
    assert!(json["persons"][0].get("name").is_none());
}

#[test]
fn due_and_settle_on_the_demo_club_read_as_names() {
    let dir = tempfile::tempdir().unwrap();
    run(KIS, dir.path(), &["demo"]);
    let text = run(KIS, dir.path(), &["due", "--within", "30"]);
    assert!(text.lines().count() > 10, "{text}");
    no_ids(&text);
    let mut kinds: Vec<&str> = Vec::new();
    let mut prev: Option<(&str, &str, String)> = None;
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "{line:?}");
        let (date, kind, name, number) = (f[0], f[1], f[2], f[3]);
        assert!(number == "-" || number.starts_with("KS/"), "{line:?}");
        assert!(name.chars().next().unwrap().is_uppercase(), "{line:?}");
        // each kind once, its people in Polish order, then by date
        let ymd = date.split('.').rev().collect::<Vec<_>>().join("-");
        if let Some((k, n, d)) = &prev {
            if *k == kind {
                let order = name_cmp(split(n), split(name));
                assert_ne!(order, Ordering::Greater, "{n} before {name}:\n{text}");
                assert!(order == Ordering::Less || *d <= ymd, "{line:?}:\n{text}");
            } else {
                assert!(!kinds.contains(&kind), "{kind} twice:\n{text}");
            }
        }
        if kinds.last() != Some(&kind) {
            kinds.push(kind);
        }
        prev = Some((kind, name, ymd));
    }
    // overdue actions and contracts have numbers
    assert!(
        text.lines()
            .any(|l| l.contains("zaległe działanie") && l.contains("KS/")),
        "{text}"
    );

    let text = run(KIS, dir.path(), &["psu", "settle", "--month", "2026-11"]);
    no_ids(&text);
    let rows: Vec<&str> = text
        .lines()
        .skip(2)
        .take_while(|l| !l.contains(':'))
        .collect();
    assert!(!rows.is_empty(), "{text}");
    for pair in rows.windows(2) {
        let name = |l: &str| -> (String, String) {
            let w: Vec<&str> = l.split_whitespace().collect();
            (w[0].to_string(), w[1].to_string())
        };
        let (a, b) = (name(pair[0]), name(pair[1]));
        assert_ne!(
            name_cmp((&a.0, &a.1), (&b.0, &b.1)),
            Ordering::Greater,
            "{text}"
        );
    }
}
