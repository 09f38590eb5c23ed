//! The club's own settings, groups and staff terms from the command line
//! (domain.md, second round, "The club's own settings"): `kis settings`,
//! `kis settings set`, `kis category`, `kis user --basis/--hours`, and printing a
//! contract by its number and a certificate by PESEL. Each test runs the real
//! binary on a fresh data directory.

mod common;

use common::{kis, output_text, text};
use kis::desk::{Actor, Request, Response};
use kis::domain::person::{Exclusion, Participant};
use serde_json::{json, Value};
use std::path::Path;

/// A small club: one person who finished in 2021 (PESEL 44051401458, contract
/// KS/1/2021), one applicant, and a club's own group that is retired but still
/// held by both.
fn club() -> Vec<Value> {
    vec![
        json!({"type":"kis","format":1}),
        json!({"type":"settings","club_name":"KIS Próbny"}),
        json!({"type":"staff","id":"u1","login":"koord","name":"Koordynatorka Próbna","role":"coordinator"}),
        json!({"type":"category","code":"single_mothers","name":"samotne matki","sensitive":false,"retired":true}),
        json!({"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458",
               "birth_date":"1944-05-14","sex":"M","categories":["long_term_unemployed","single_mothers"],
               "status":"finished","outcome":"employed","ended_on":"2021-09-30","certificate_on":"2021-10-01"}),
        json!({"type":"participant","id":"p2","first_name":"Anna","last_name":"Próbna","birth_date":"1980-02-29",
               "sex":"K","categories":["single_mothers"],"status":"applicant"}),
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20",
               "starts_on":"2021-01-20","ends_on":"2021-09-30","state":"completed"}),
    ]
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = kis(dir, args);
    assert!(
        out.status.success(),
        "kis {args:?} failed: {}",
        output_text(&out)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs a command that must fail; its message.
fn refused(dir: &Path, args: &[&str]) -> String {
    let out = kis(dir, args);
    assert!(!out.status.success(), "kis {args:?} should fail");
    output_text(&out)
}

fn import(dir: &Path, lines: &[Value]) {
    let file = dir.join("club.jsonl");
    std::fs::write(&file, text(lines)).unwrap();
    run(&dir.join("data"), &["import", file.to_str().unwrap()]);
}

fn settings(data: &Path) -> Value {
    serde_json::from_str(&run(data, &["settings", "--format", "json"])).unwrap()
}

fn export(data: &Path) -> String {
    run(data, &["export", "-"])
}

#[test]
fn every_setting_is_set_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    // The defaults, every field present.
    let fresh = settings(data);
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&fresh),
        [
            "club_name",
            "exclude_employed",
            "extra_exclusions",
            "graduate_months",
            "graduate_rule",
            "max_months",
            "min_months",
            "parent_address",
            "parent_name",
            "register_entry",
            "retention_years"
        ]
    );
    assert_eq!(fresh["graduate_months"], 6);
    assert_eq!(fresh["max_months"], 12);
    assert_eq!(fresh["retention_years"], 10);
    assert_eq!(fresh["graduate_rule"], "six_months");
    assert_eq!(fresh["extra_exclusions"], json!([]));
    assert_eq!(fresh["exclude_employed"], false);
    assert_eq!(fresh["parent_name"], Value::Null);

    let cases: &[(&str, &str, Value)] = &[
        (
            "club_name",
            "Klub Integracji Społecznej w Próbnie",
            json!("Klub Integracji Społecznej w Próbnie"),
        ),
        ("parent_name", "MOPS w Próbnie", json!("MOPS w Próbnie")),
        (
            "parent_address",
            "ul. Główna 1, 00-001 Próbno",
            json!("ul. Główna 1, 00-001 Próbno"),
        ),
        (
            "register_entry",
            "nr 12/2016 z 11.04.2016",
            json!("nr 12/2016 z 11.04.2016"),
        ),
        ("min_months", "3", json!(3)),
        ("max_months", "18", json!(18)),
        ("graduate_months", "9", json!(9)),
        ("graduate_rule", "finished_only", json!("finished_only")),
        ("exclude_employed", "tak", json!(true)),
        (
            "extra_exclusions",
            "disability_pension,social_pension",
            json!(["disability_pension", "social_pension"]),
        ),
        ("retention_years", "12", json!(12)),
    ];
    for (key, value, expected) in cases {
        run(data, &["settings", "set", key, value]);
        assert_eq!(&settings(data)[*key], expected, "{key}");
    }
    let all = settings(data);
    for (key, _, expected) in cases {
        assert_eq!(&all[*key], expected, "{key} kept after the others");
    }

    // For people: labelled lines, readable values, in their language.
    let txt = run(data, &["settings"]);
    assert_eq!(txt.lines().count(), 11, "{txt}");
    assert!(
        txt.contains("Who is a graduate (graduate_rule): only those who finished (finished_only)"),
        "{txt}"
    );
    assert!(
        txt.contains("(extra_exclusions): disability pension (disability_pension), social pension (social_pension)"),
        "{txt}"
    );
    assert!(txt.contains("(exclude_employed): yes"), "{txt}");
    let pl = run(data, &["settings", "--lang", "pl"]);
    assert!(pl.contains("(exclude_employed): tak"), "{pl}");
    assert!(pl.contains("renta socjalna (social_pension)"), "{pl}");

    // Optional fields clear with an empty value or null; a list with an empty string.
    run(data, &["settings", "set", "parent_name", ""]);
    run(data, &["settings", "set", "min_months", "null"]);
    run(data, &["settings", "set", "extra_exclusions", ""]);
    run(data, &["settings", "set", "exclude_employed", "false"]);
    let cleared = settings(data);
    assert_eq!(cleared["parent_name"], Value::Null);
    assert_eq!(cleared["min_months"], Value::Null);
    assert_eq!(cleared["extra_exclusions"], json!([]));
    assert_eq!(cleared["exclude_employed"], false);
    assert_eq!(cleared["parent_address"], "ul. Główna 1, 00-001 Próbno");
    let txt = run(data, &["settings"]);
    assert!(txt.contains("(parent_name): —"), "{txt}");
    assert!(txt.contains("(min_months): —"), "{txt}");
    assert!(txt.contains("(extra_exclusions): —"), "{txt}");
}

#[test]
fn a_bad_key_or_value_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    run(data, &["settings", "set", "max_months", "12"]);
    let before = settings(data);
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["colour", "red"],
            &["colour", "club_name", "retention_years"],
        ),
        (&["min_months", "three"], &["min_months", "three"]),
        (&["retention_years", "-1"], &["retention_years", "-1"]),
        (&["graduate_months", "6.5"], &["graduate_months"]),
        (
            &["graduate_rule", "nine_months"],
            &[
                "graduate_rule",
                "nine_months",
                "six_months",
                "finished_only",
            ],
        ),
        (
            &["extra_exclusions", "social_pension,lottery_win"],
            &["extra_exclusions", "lottery_win", "social_pension"],
        ),
        (
            &["exclude_employed", "maybe"],
            &["exclude_employed", "maybe"],
        ),
        (&["club_name", " "], &["club_name"]),
        (&["graduate_rule", ""], &["graduate_rule"]),
        // Periods that cross: the desk refuses, naming both.
        (
            &["graduate_months", "13"],
            &["graduate_months", "max_months"],
        ),
        (&["min_months", "15"], &["min_months", "max_months"]),
    ];
    for (args, says) in cases {
        let msg = refused(data, &[&["settings", "set"][..], args].concat());
        for s in *says {
            assert!(msg.contains(s), "{args:?}: {msg:?} should name {s:?}");
        }
        assert_eq!(settings(data), before, "{args:?} changed the settings");
    }
    // No value at all is clap's to refuse.
    refused(data, &["settings", "set", "club_name"]);
    assert_eq!(settings(data), before);
}

#[test]
fn a_shorter_retention_is_confirmed_with_the_number_of_people_it_makes_due() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &club());
    let data = dir.path().join("data");
    // p1 ended on 30.09.2021: due after one year, not after ten.
    let msg = refused(&data, &["settings", "set", "retention_years", "1"]);
    assert!(msg.contains("--confirm 1"), "{msg}");
    assert_eq!(settings(&data)["retention_years"], 10);
    let msg = refused(
        &data,
        &["settings", "set", "retention_years", "1", "--confirm", "2"],
    );
    assert!(msg.contains("--confirm 1"), "{msg}");
    assert_eq!(settings(&data)["retention_years"], 10);
    run(
        &data,
        &["settings", "set", "retention_years", "1", "--confirm", "1"],
    );
    assert_eq!(settings(&data)["retention_years"], 1);
    // Longer again needs nothing.
    run(&data, &["settings", "set", "retention_years", "10"]);
    assert_eq!(settings(&data)["retention_years"], 10);
}

/// An applicant with a social pension, which bars only by the club's rules.
fn pensioner() -> Value {
    json!({"type":"participant","id":"p3","first_name":"Jan","last_name":"Rencista","birth_date":"1970-03-03",
           "sex":"M","categories":["homeless"],"exclusions":["social_pension"],"status":"applicant"})
}

#[test]
fn extra_exclusions_bar_an_imported_applicant() {
    // Without the club's rule the pension does not bar.
    let dir = tempfile::tempdir().unwrap();
    let mut lines = club();
    lines.push(pensioner());
    import(dir.path(), &lines);

    let dir = tempfile::tempdir().unwrap();
    lines[1] =
        json!({"type":"settings","club_name":"KIS Próbny","extra_exclusions":["social_pension"]});
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, text(&lines)).unwrap();
    let data = dir.path().join("data");
    let msg = refused(&data, &["import", file.to_str().unwrap()]);
    assert!(msg.contains(&format!("line {}:", lines.len())), "{msg}");
    assert!(
        msg.contains("social pension") || msg.contains("social_pension"),
        "{msg}"
    );
    // Nothing of the file was stored.
    assert_eq!(settings(&data)["extra_exclusions"], json!([]));
    assert_eq!(run(&data, &["category", "list"]).lines().count(), 8);
}

#[test]
fn extra_exclusions_set_then_intake_rejects() {
    let (_dir, desk) = common::desk();
    let actor = Actor::local();
    let Response::Settings(mut s) = desk.handle(&actor, Request::Settings).unwrap() else {
        panic!()
    };
    let mut line = pensioner();
    let obj = line.as_object_mut().unwrap();
    obj.remove("type");
    obj.insert("id".into(), json!(""));
    let person: Participant = serde_json::from_value(line).unwrap();

    // Before the rule: an applicant.
    let mut first = person.clone();
    first.first_name = "Adam".into();
    match desk
        .handle(&actor, Request::Intake(Box::new(first)))
        .unwrap()
    {
        Response::Saved { rejected, .. } => assert_eq!(rejected, None),
        other => panic!("{other:?}"),
    }
    s.extra_exclusions = vec![Exclusion::SocialPension];
    desk.handle(
        &actor,
        Request::SaveSettings {
            settings: s,
            confirm_due: None,
        },
    )
    .unwrap();
    match desk
        .handle(&actor, Request::Intake(Box::new(person)))
        .unwrap()
    {
        Response::Saved { rejected, .. } => assert_eq!(rejected, Some(Exclusion::SocialPension)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn groups_are_added_listed_and_refused() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &club());
    let data = dir.path().join("data");
    run(
        &data,
        &[
            "category",
            "add",
            "single_fathers",
            "samotni ojcowie",
            "--sensitive",
        ],
    );
    let list: Value =
        serde_json::from_str(&run(&data, &["category", "list", "--format", "json"])).unwrap();
    let list = list.as_array().unwrap();
    let codes: Vec<&str> = list.iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        [
            "homeless",
            "alcohol",
            "drugs",
            "mental",
            "long_term_unemployed",
            "prison",
            "refugee",
            "disabled",
            "single_mothers",
            "single_fathers"
        ]
    );
    assert_eq!(
        list[9],
        json!({"code":"single_fathers","name":"samotni ojcowie","sensitive":true,"retired":false})
    );
    assert_eq!(list[8]["retired"], true);

    let txt = run(&data, &["category", "list"]);
    let row = |code: &str| -> Vec<String> {
        txt.lines()
            .find(|l| l.starts_with(&format!("{code}\t")))
            .unwrap_or_else(|| panic!("{code} not listed:\n{txt}"))
            .split('\t')
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        row("single_mothers"),
        [
            "single_mothers",
            "samotne matki",
            "ordinary",
            "retired",
            "club's own"
        ]
    );
    assert_eq!(
        row("single_fathers"),
        [
            "single_fathers",
            "samotni ojcowie",
            "sensitive",
            "offered",
            "club's own"
        ]
    );
    assert_eq!(
        row("alcohol"),
        [
            "alcohol",
            "addicted to alcohol",
            "sensitive",
            "offered",
            "statutory"
        ]
    );
    let pl = run(&data, &["category", "list", "--lang", "pl"]);
    assert!(
        pl.lines()
            .any(|l| l == "single_mothers\tsamotne matki\tdane zwykłe\twycofana\twłasna klubu"),
        "{pl}"
    );
    assert!(
        pl.contains("alcohol\tuzależnieni od alkoholu\tdane wrażliwe\taktywna\tustawowa"),
        "{pl}"
    );

    // The retired group stays on its people and in the export.
    let out = export(&data);
    assert!(
        out.contains(r#"{"type":"category","code":"single_mothers","name":"samotne matki","sensitive":false,"retired":true}"#),
        "{out}"
    );
    let p2 = out.lines().find(|l| l.contains(r#""id":"p2""#)).unwrap();
    assert!(p2.contains(r#""categories":["single_mothers"]"#), "{p2}");

    // Refused: a statutory code, a bad code, a code already there; nothing added.
    let msg = refused(&data, &["category", "add", "alcohol", "alkohol"]);
    assert!(
        msg.contains("alcohol") && msg.contains("statutory"),
        "{msg}"
    );
    let msg = refused(&data, &["category", "add", "Samotni-Ojcowie", "x"]);
    assert!(msg.contains("Samotni-Ojcowie"), "{msg}");
    let msg = refused(&data, &["category", "add", "single_fathers", "inna"]);
    assert!(msg.contains("single_fathers"), "{msg}");
    let msg = refused(&data, &["category", "add", "empty_name", ""]);
    assert!(msg.contains("name"), "{msg}");
    let after: Value =
        serde_json::from_str(&run(&data, &["category", "list", "--format", "json"])).unwrap();
    assert_eq!(after.as_array().unwrap().len(), 10);
    assert_eq!(after[9]["name"], "samotni ojcowie");
}

#[test]
fn staff_carry_their_basis_and_hours() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    run(
        data,
        &[
            "user",
            "add",
            "anowak",
            "--name",
            "Anna Nowak",
            "--role",
            "coordinator",
            "--basis",
            "civil_law",
            "--hours",
            "20",
        ],
    );
    run(
        data,
        &[
            "user",
            "add",
            "bwolo",
            "--name",
            "Bartek Wolo",
            "--role",
            "worker",
            "--basis",
            "volunteer",
            "--hours",
            "7,5",
        ],
    );
    // The flags kis user had keep working.
    run(
        data,
        &[
            "user",
            "add",
            "cgosc",
            "--name",
            "Celina Gość",
            "--role",
            "viewer",
        ],
    );
    run(data, &["user", "role", "cgosc", "worker"]);

    let list: Value =
        serde_json::from_str(&run(data, &["user", "list", "--format", "json"])).unwrap();
    let by_login = |login: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|s| s["login"] == login)
            .unwrap_or_else(|| panic!("{login} not listed: {list}"))
            .clone()
    };
    let a = by_login("anowak");
    assert_eq!(a["basis"], "civil_law");
    assert_eq!(a["hours_per_week"].as_f64(), Some(20.0));
    assert_eq!(a["role"], "coordinator");
    assert_eq!(a["name"], "Anna Nowak");
    let b = by_login("bwolo");
    assert_eq!(b["basis"], "volunteer");
    assert_eq!(b["hours_per_week"].as_f64(), Some(7.5));
    let c = by_login("cgosc");
    assert_eq!(c["basis"], Value::Null);
    assert_eq!(c["hours_per_week"], Value::Null);
    assert_eq!(c["role"], "worker");

    let txt = run(data, &["user", "list"]);
    for l in txt.lines() {
        assert_eq!(l.split('\t').count(), 3, "{l:?}");
    }
    assert!(
        txt.lines()
            .any(|l| l == "anowak\tcoordinator\tAnna Nowak — civil-law contract, 20 h a week"),
        "{txt}"
    );
    assert!(
        txt.lines().any(|l| l == "cgosc\tworker\tCelina Gość"),
        "{txt}"
    );
    let pl = run(data, &["user", "list", "--lang", "pl"]);
    assert!(
        pl.contains("Bartek Wolo — wolontariat, 7,5 h tygodniowo"),
        "{pl}"
    );

    let msg = refused(
        data,
        &[
            "user", "add", "dx", "--name", "D X", "--role", "worker", "--hours", "dużo",
        ],
    );
    assert!(msg.contains("--hours") && msg.contains("dużo"), "{msg}");
    let msg = refused(
        data,
        &[
            "user", "add", "dx", "--name", "D X", "--role", "worker", "--hours", "7,25",
        ],
    );
    assert!(msg.contains("--hours"), "{msg}");
    let msg = refused(
        data,
        &[
            "user", "add", "dx", "--name", "D X", "--role", "worker", "--basis", "contract",
        ],
    );
    assert!(msg.contains("--basis"), "{msg}");
    let again: Value =
        serde_json::from_str(&run(data, &["user", "list", "--format", "json"])).unwrap();
    assert_eq!(again.as_array().unwrap().len(), 3);
}

/// A valid PESEL from its first ten digits.
fn pesel(first10: &str) -> String {
    let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = first10
        .bytes()
        .zip(w)
        .map(|(d, w)| (d - b'0') as u32 * w)
        .sum();
    format!("{first10}{}", (10 - sum % 10) % 10)
}

#[test]
fn documents_by_contract_number_and_by_pesel() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &club());
    let data = dir.path().join("data");
    let by_number = run(&data, &["print", "contract", "KS/1/2021"]);
    assert!(by_number.contains("KS/1/2021"), "{by_number}");
    assert_eq!(by_number, run(&data, &["print", "contract", "c1"]));
    let by_pesel = run(&data, &["print", "certificate", "44051401458"]);
    assert!(by_pesel.contains("Łęcki"), "{by_pesel}");
    assert_eq!(by_pesel, run(&data, &["print", "certificate", "p1"]));
    let html = run(
        &data,
        &["print", "contract", "KS/1/2021", "--format", "html"],
    );
    assert!(html.contains("KS/1/2021"), "{html}");

    let msg = refused(&data, &["print", "contract", "KS/9/2099"]);
    assert!(msg.contains("KS/9/2099"), "{msg}");
    let stranger = pesel("9001011234");
    assert!(kis::domain::pesel::Pesel::parse(&stranger).is_ok());
    let msg = refused(&data, &["print", "certificate", &stranger]);
    assert!(msg.contains(&stranger), "{msg}");
    let msg = refused(&data, &["print", "certificate", "p9"]);
    assert!(msg.contains("p9"), "{msg}");
}

#[test]
fn every_setting_and_a_retired_group_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &club());
    let data = dir.path().join("data");
    run(
        &data,
        &["category", "add", "farm_workers", "pracownicy rolni"],
    );
    for (key, value) in [
        ("club_name", "Klub Integracji Społecznej w Próbnie"),
        ("parent_name", "MOPS w Próbnie"),
        ("parent_address", "ul. Główna 1, 00-001 Próbno"),
        ("register_entry", "nr 12/2016 z 11.04.2016"),
        ("min_months", "3"),
        ("max_months", "24"),
        ("graduate_months", "8"),
        ("graduate_rule", "finished_only"),
        ("exclude_employed", "true"),
        ("extra_exclusions", "social_pension,other_benefit"),
        ("retention_years", "15"),
    ] {
        run(&data, &["settings", "set", key, value]);
    }
    let first = export(&data);
    let line: Value = serde_json::from_str(first.lines().nth(1).unwrap()).unwrap();
    assert_eq!(
        line,
        json!({"type":"settings","club_name":"Klub Integracji Społecznej w Próbnie","graduate_months":8,
               "max_months":24,"retention_years":15,"exclude_employed":true,"parent_name":"MOPS w Próbnie",
               "parent_address":"ul. Główna 1, 00-001 Próbno","register_entry":"nr 12/2016 z 11.04.2016",
               "min_months":3,"graduate_rule":"finished_only","extra_exclusions":["social_pension","other_benefit"]})
    );
    assert!(first.contains(
        r#""code":"single_mothers","name":"samotne matki","sensitive":false,"retired":true"#
    ));

    let again = tempfile::tempdir().unwrap();
    let file = again.path().join("export.jsonl");
    std::fs::write(&file, &first).unwrap();
    let data2 = again.path().join("data");
    run(&data2, &["import", file.to_str().unwrap()]);
    assert_eq!(export(&data2), first);
    assert_eq!(settings(&data2), settings(&data));
}

#[test]
fn groups_are_renamed_retired_restored_and_deleted_when_unused() {
    let dir = tempfile::tempdir().unwrap();
    import(dir.path(), &club());
    let data = dir.path().join("data");
    let group = |code: &str| -> Value {
        let all: Value =
            serde_json::from_str(&run(&data, &["category", "list", "--format", "json"])).unwrap();
        all.as_array()
            .unwrap()
            .iter()
            .find(|g| g["code"] == code)
            .cloned()
            .unwrap_or(Value::Null)
    };
    run(
        &data,
        &["category", "rename", "single_mothers", "samotni rodzice"],
    );
    assert_eq!(group("single_mothers")["name"], "samotni rodzice");
    run(&data, &["category", "restore", "single_mothers"]);
    assert_eq!(group("single_mothers")["retired"], false);
    run(&data, &["category", "retire", "single_mothers"]);
    assert_eq!(group("single_mothers")["retired"], true);
    // in use: never deleted, and the people keep it
    let msg = refused(&data, &["category", "delete", "single_mothers"]);
    assert!(msg.contains("retire it instead"), "{msg}");
    assert!(export(&data).contains("\"single_mothers\"]"));
    // an unused one goes; a statutory one and an unknown one are refused
    run(&data, &["category", "add", "seniors", "Seniorzy"]);
    run(&data, &["category", "delete", "seniors"]);
    assert_eq!(group("seniors"), Value::Null);
    let msg = refused(&data, &["category", "retire", "homeless"]);
    assert!(msg.contains("statutory groups do not change"), "{msg}");
    let msg = refused(&data, &["category", "rename", "nobody", "x"]);
    assert!(msg.contains("no group nobody"), "{msg}");
}

#[test]
fn a_staff_account_is_changed_with_user_set() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    run(
        data,
        &[
            "user",
            "add",
            "anowak",
            "--name",
            "Anna Nowak",
            "--role",
            "admin",
        ],
    );
    run(
        data,
        &[
            "user",
            "add",
            "bwolo",
            "--name",
            "Bartek Wolo",
            "--role",
            "worker",
        ],
    );
    run(
        data,
        &[
            "user",
            "set",
            "bwolo",
            "--basis",
            "civil_law",
            "--hours",
            "20,5",
            "--name",
            "Bartosz Wolo",
        ],
    );
    let list: Value =
        serde_json::from_str(&run(data, &["user", "list", "--format", "json"])).unwrap();
    let b = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["login"] == "bwolo")
        .unwrap()
        .clone();
    assert_eq!(b["name"], "Bartosz Wolo");
    assert_eq!(b["basis"], "civil_law");
    assert_eq!(b["hours_per_week"], 20.5);
    run(data, &["user", "set", "bwolo", "--basis", ""]);
    let list: Value =
        serde_json::from_str(&run(data, &["user", "list", "--format", "json"])).unwrap();
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["login"] == "bwolo" && s["basis"].is_null()));
    let msg = refused(data, &["user", "set", "bwolo", "--basis", "slave"]);
    assert!(msg.contains("unknown employment basis"), "{msg}");
    let msg = refused(data, &["user", "set", "nikt", "--name", "X"]);
    assert!(msg.contains("no staff account nikt"), "{msg}");
}
