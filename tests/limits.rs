//! Limits, characters and ranges (issue 14, items 2, 9, 11, 12 and 18): one test
//! per rule, on import (the line and the field named) and in the desk (the field
//! named), and nothing stored by a refusal.

mod common;

use common::{desk, text};
use kis::desk::{Actor, Desk, DeskError, Request, Response};
use kis::domain::person::Note;
use kis::domain::psu::Worksite;
use kis::domain::settings::Settings;
use kis::store::Record;
use kis::text::Lang;
use serde_json::{json, Value};

/// A small valid club; line numbers are index + 1.
fn club() -> Vec<Value> {
    vec![
        json!({"type":"kis","format":1}), // 1
        json!({"type":"settings","club_name":"KIS Próbny","graduate_months":6,"max_months":12,"retention_years":10}), // 2
        json!({"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Próbny","pesel":"44051401458",
               "categories":["long_term_unemployed"],"status":"active"}), // 3
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20","starts_on":"2021-01-20","ends_on":"2021-12-31","state":"active",
               "goals":[{"text":"Cel pierwszy","state":"open"}]}), // 4
        json!({"type":"agreement","id":"a1","number":"1/2021","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":10,
               "rates":[{"from":"2021-02-01","zl_per_hour":"8.70"}]}), // 5
        json!({"type":"worksite","id":"w1","name":"Szkoła Próbna","address":null}), // 6
        json!({"type":"specialist","id":"s1","name":"Ewa Próbna","role":"psycholog","zl_per_hour":"60.00"}), // 7
        json!({"type":"activity","id":"act1","name":"Konsultacje","kind":"consultation","area":"social"}), // 8
        json!({"type":"session","id":"se1","activity_id":"act1","date":"2021-03-02","hours":2.0,"specialist_id":"s1","zl_per_hour":"60.00"}), // 9
        json!({"type":"note","id":"n1","participant_id":"p1","author":"koord","on":"2021-03-02","text":"Pierwsza linia\ndruga linia"}), // 10
    ]
}

fn with(line: usize, f: impl FnOnce(&mut Value)) -> String {
    let mut lines = club();
    f(&mut lines[line - 1]);
    text(&lines)
}

fn me() -> Actor {
    Actor {
        login: "admin".into(),
        owner: true,
    }
}

/// Imports `file`: refused at `line`, the message holds `reason` (English and
/// Polish), and nothing was stored.
fn refused(file: &str, line: usize, en: &str, pl: &str) {
    let (_dir, desk) = desk();
    let err = desk
        .handle(
            &me(),
            Request::Import {
                text: file.to_string(),
            },
        )
        .expect_err("refused");
    let msg = err.message(Lang::En);
    assert!(msg.starts_with(&format!("line {line}: ")), "{msg}");
    assert!(msg.contains(en), "{msg:?} should say {en:?}");
    let msg = err.message(Lang::Pl);
    assert!(msg.contains(pl), "{msg:?} should say {pl:?}");
    match desk.handle(&me(), Request::Stats).unwrap() {
        Response::Stats(s) => assert_eq!((s.participants, s.contracts, s.staff), (0, 0, 0)),
        _ => unreachable!(),
    }
}

/// A desk with the small club imported.
fn club_desk() -> (tempfile::TempDir, Desk) {
    let (dir, desk) = desk();
    desk.handle(
        &me(),
        Request::Import {
            text: text(&club()),
        },
    )
    .unwrap();
    (dir, desk)
}

fn refusal(r: Result<Response, DeskError>) -> String {
    r.map(|_| ()).expect_err("refused").message(Lang::En)
}

#[test]
fn the_club_imports() {
    club_desk();
}

// Item 2: sizes.

#[test]
fn import_refuses_a_long_name() {
    refused(
        &with(3, |l| l["first_name"] = json!("Ż".repeat(201))),
        3,
        "participant, field first_name: 201 characters, at most 200 allowed",
        "participant, pole first_name: 201 znaków, dopuszczalne najwyżej 200",
    );
}

#[test]
fn import_refuses_a_huge_note() {
    refused(
        &with(10, |l| l["text"] = json!("x".repeat(64 * 1024 + 1))),
        10,
        "note, field text: 65537 bytes, at most 65536 allowed",
        "note, pole text: 65537 bajtów",
    );
}

#[test]
fn import_refuses_too_many_goals() {
    refused(
        &with(4, |l| {
            l["goals"] = json!(vec![json!({"text":"Cel","state":"open"}); 101])
        }),
        4,
        "contract, field goals: 101 items, at most 100 allowed",
        "contract, pole goals: 101 pozycji",
    );
}

#[test]
fn desk_refuses_a_huge_note() {
    let (_dir, desk) = club_desk();
    let msg = refusal(desk.handle(
        &me(),
        Request::AddNote {
            participant_id: "p1".into(),
            text: "x".repeat(17 * 1024 * 1024),
            restricted: false,
        },
    ));
    assert_eq!(
        msg,
        "note, field text: 17825792 bytes, at most 65536 allowed"
    );
}

#[test]
fn desk_refuses_a_long_contract_goal() {
    let (_dir, desk) = club_desk();
    let Response::Contract(c) = desk
        .handle(&me(), Request::Contract { id: "c1".into() })
        .unwrap()
    else {
        panic!()
    };
    let mut contract = c.value;
    contract.goals[0].text = "y".repeat(70_000);
    let msg = refusal(desk.handle(
        &me(),
        Request::SaveContract {
            contract: Box::new(contract),
            expected_rev: Some(c.stamp.rev),
        },
    ));
    assert!(
        msg.starts_with("contract, field goals[1].text: 70000 bytes"),
        "{msg}"
    );
}

// Item 9: control characters.

#[test]
fn import_refuses_an_escape_in_a_name() {
    refused(
        &with(6, |l| l["name"] = json!("Szkoła\u{1b}]0;tytuł\u{7}")),
        6,
        "worksite, field name: control character U+001B at position 7 is not allowed",
        "worksite, pole name: znak sterujący U+001B na pozycji 7 jest niedozwolony",
    );
}

#[test]
fn import_refuses_a_bidi_override() {
    refused(
        &with(3, |l| l["last_name"] = json!("Próbny\u{202E}")),
        3,
        "participant, field last_name: control character U+202E",
        "pole last_name",
    );
}

#[test]
fn import_refuses_a_newline_in_a_name_and_a_tab_in_a_note() {
    refused(
        &with(7, |l| l["name"] = json!("Ewa\nPróbna")),
        7,
        "specialist, field name: control character U+000A",
        "pole name",
    );
    refused(
        &with(10, |l| l["text"] = json!("a\tb")),
        10,
        "note, field text: control character U+0009",
        "pole text",
    );
}

#[test]
fn desk_refuses_control_characters() {
    let (_dir, desk) = club_desk();
    let msg = refusal(desk.handle(
        &me(),
        Request::AddStaff {
            login: "nowy".into(),
            name: "Nowy\u{1b}[2J".into(),
            role: kis::domain::staff::Role::Worker,
        },
    ));
    assert!(
        msg.starts_with("staff, field name: control character U+001B"),
        "{msg}"
    );
    let mut p = desk
        .store()
        .get::<kis::domain::person::Participant>("p1")
        .unwrap()
        .unwrap();
    p.value.first_name = "Żelisław\tPróbny".into();
    let msg = refusal(desk.handle(
        &me(),
        Request::UpdateParticipant {
            participant: Box::new(p.value),
            expected_rev: p.stamp.rev,
        },
    ));
    assert_eq!(
        msg,
        "participant, field first_name: control character U+0009 at position 9 is not allowed"
    );
}

// Item 11: requests that overreach.

#[test]
fn the_desk_names_a_notes_author() {
    let (_dir, desk) = club_desk();
    let note = Note {
        id: String::new(),
        participant_id: "p1".into(),
        author: "someone_else".into(),
        on: chrono::NaiveDate::from_ymd_opt(2021, 3, 3).unwrap(),
        restricted: true,
        text: "Notatka".into(),
    };
    let Response::Saved { id, .. } = desk
        .handle(
            &me(),
            Request::Save {
                record: Box::new(Record::Note(note)),
                expected_rev: None,
            },
        )
        .unwrap()
    else {
        panic!()
    };
    let stored = desk.store().get::<Note>(&id).unwrap().unwrap();
    assert_eq!(stored.value.author, "admin");
    // An edit keeps the stored author.
    let mut edit = stored.value.clone();
    edit.author = "forged".into();
    desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Note(edit)),
            expected_rev: Some(stored.stamp.rev),
        },
    )
    .unwrap();
    let again = desk.store().get::<Note>(&id).unwrap().unwrap();
    assert_eq!(again.value.author, "admin");
}

#[test]
fn a_note_about_nobody_is_refused() {
    let (_dir, desk) = club_desk();
    let note = Note {
        id: String::new(),
        participant_id: "p999".into(),
        author: String::new(),
        on: chrono::NaiveDate::from_ymd_opt(2021, 3, 3).unwrap(),
        restricted: false,
        text: "Notatka".into(),
    };
    let msg = refusal(desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Note(note)),
            expected_rev: None,
        },
    ));
    assert!(msg.contains("p999"), "{msg}");
}

#[test]
fn a_blank_worksite_is_refused() {
    let (_dir, desk) = club_desk();
    let msg = refusal(desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Worksite(Worksite {
                id: String::new(),
                name: "   ".into(),
                address: None,
            })),
            expected_rev: None,
        },
    ));
    assert_eq!(msg, "worksite, field name: is empty");
}

#[test]
fn a_statutory_group_cannot_be_changed() {
    let (_dir, desk) = club_desk();
    let msg = refusal(desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Category(kis::domain::person::Category {
                code: "homeless".into(),
                name: "Inna nazwa".into(),
                sensitive: false,
                retired: false,
            })),
            expected_rev: None,
        },
    ));
    assert_eq!(msg, "group homeless is statutory");
}

#[test]
fn a_saved_record_keeps_the_import_rules() {
    let (_dir, desk) = club_desk();
    let msg = refusal(desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Session(kis::domain::workshop::Session {
                id: String::new(),
                activity_id: "act1".into(),
                date: chrono::NaiveDate::from_ymd_opt(2021, 3, 9).unwrap(),
                hours: kis::domain::hours::Hours::whole(25),
                specialist_id: None,
                zl_per_hour: kis::domain::money::Money(0),
                topic: None,
                place: None,
                remote: false,
                guests: 0,
            })),
            expected_rev: None,
        },
    ));
    assert_eq!(msg, "session, field hours: 25 is outside the range 0–24");
}

/// One participant who ended 3 years before KIS_TODAY-independent dates: a
/// retention of 1 year makes them due.
fn ended_club() -> String {
    with(3, |l| {
        l["status"] = json!("finished");
        l["outcome"] = json!("employed");
        l["ended_on"] = json!("2021-09-30");
    })
}

fn save_settings(desk: &Desk, actor: &Actor, years: u32, confirm: Option<usize>) -> String {
    let settings = Settings {
        club_name: "KIS Próbny".into(),
        retention_years: years,
        ..Settings::default()
    };
    match desk.handle(
        actor,
        Request::SaveSettings {
            settings,
            confirm_due: confirm,
        },
    ) {
        Ok(_) => "saved".into(),
        Err(e) => e.message(Lang::En),
    }
}

#[test]
fn a_retention_that_makes_people_due_needs_an_admin_and_a_confirmation() {
    let (_dir, desk) = desk();
    let file = ended_club().replace("\"status\":\"active\"", "\"status\":\"finished\"");
    desk.handle(&me(), Request::Import { text: file }).unwrap();
    // A coordinator may not.
    desk.handle(
        &me(),
        Request::AddStaff {
            login: "koord".into(),
            name: "Koordynatorka Próbna".into(),
            role: kis::domain::staff::Role::Coordinator,
        },
    )
    .unwrap();
    let koord = Actor {
        login: "koord".into(),
        owner: false,
    };
    let msg = save_settings(&desk, &koord, 1, Some(1));
    assert!(msg.contains("only an admin"), "{msg}");
    // An admin must confirm the number.
    let msg = save_settings(&desk, &me(), 1, None);
    assert!(
        msg.contains("1 more person fall due for anonymisation; confirm by giving the number 1"),
        "{msg}"
    );
    assert_eq!(save_settings(&desk, &me(), 1, Some(2)), msg);
    assert_eq!(desk.store().settings().unwrap().retention_years, 10);
    assert_eq!(save_settings(&desk, &me(), 1, Some(1)), "saved");
    assert_eq!(desk.store().settings().unwrap().retention_years, 1);
    // A longer retention makes nobody due: no confirmation.
    assert_eq!(save_settings(&desk, &koord, 20, None), "saved");
}

// Item 12: numbers.

#[test]
fn import_refuses_numbers_out_of_range() {
    refused(
        &with(2, |l| l["retention_years"] = json!(357_913_942)),
        2,
        "settings, field retention_years: 357913942 is outside the range 1–100",
        "settings, pole retention_years: 357913942 jest poza zakresem 1–100",
    );
    refused(
        &with(7, |l| l["zl_per_hour"] = json!("-1.00")),
        7,
        "specialist, field zl_per_hour: -1.00 is outside the range 0.00–10000.00",
        "pole zl_per_hour",
    );
    refused(
        &with(
            5,
            |l| l["rates"] = json!([{"from":"2021-02-01","zl_per_hour":"92233720368547758.07"}]),
        ),
        5,
        "agreement, field rates[1].zl_per_hour: 92233720368547758.07 is outside the range",
        "pole rates[1].zl_per_hour",
    );
    refused(
        &with(5, |l| l["slots"] = json!(4_000_000_000u32)),
        5,
        "agreement, field slots: 4000000000 is outside the range 0–100000",
        "pole slots",
    );
    refused(
        &with(9, |l| l["date"] = json!("9999-03-02")),
        9,
        "session, field date: 9999-03-02 is outside the range 1900-01-01–2199-12-31",
        "pole date",
    );
}

#[test]
fn desk_refuses_numbers_out_of_range() {
    let (_dir, desk) = club_desk();
    let msg = save_settings(&desk, &me(), 357_913_942, None);
    assert_eq!(
        msg,
        "settings, field retention_years: 357913942 is outside the range 1–100"
    );
    let msg = refusal(desk.handle(
        &me(),
        Request::Save {
            record: Box::new(Record::Specialist(kis::domain::workshop::Specialist {
                id: String::new(),
                name: "Ewa Druga".into(),
                role: "psycholog".into(),
                zl_per_hour: kis::domain::money::Money(i64::MAX / 2),
            })),
            expected_rev: None,
        },
    ));
    assert!(msg.starts_with("specialist, field zl_per_hour: "), "{msg}");
    let template = kis::domain::workshop::Session {
        id: String::new(),
        activity_id: "act1".into(),
        date: chrono::NaiveDate::from_ymd_opt(2021, 3, 9).unwrap(),
        hours: kis::domain::hours::Hours::whole(2),
        specialist_id: None,
        zl_per_hour: kis::domain::money::Money(0),
        topic: None,
        place: None,
        remote: false,
        guests: 0,
    };
    let msg = refusal(desk.handle(
        &me(),
        Request::CreateSessions {
            template: Box::new(template),
            weeks: u32::MAX,
        },
    ));
    assert_eq!(
        msg,
        "session, field weeks: 4294967295 is outside the range 1–106"
    );
}

// Item 18: what import allows.

#[test]
fn a_settings_line_may_give_only_the_club_name() {
    let (_dir, desk) = desk();
    let file = with(2, |l| {
        *l = json!({"type":"settings","club_name":"KIS Próbny"})
    });
    desk.handle(&me(), Request::Import { text: file }).unwrap();
    let s = desk.store().settings().unwrap();
    assert_eq!(
        (
            s.club_name.as_str(),
            s.graduate_months,
            s.max_months,
            s.retention_years,
            s.exclude_employed
        ),
        ("KIS Próbny", 6, 12, 10, false)
    );
}

#[test]
fn a_rejected_participant_without_a_reason_gets_one() {
    let (_dir, desk) = desk();
    let mut lines = club();
    lines.truncate(3);
    lines.push(json!({"type":"participant","id":"p2","first_name":"Anna","last_name":"Próbna","pesel":null,"birth_date":"1980-02-29","sex":"K",
        "categories":["homeless"],"exclusions":["disability_pension","retirement_pension"],"status":"rejected","reason":null}));
    lines.push(json!({"type":"participant","id":"p3","first_name":"Ewa","last_name":"Próbna","pesel":null,"birth_date":"1981-02-28","sex":"K",
        "categories":["homeless"],"status":"rejected"}));
    desk.handle(&me(), Request::Import { text: text(&lines) })
        .unwrap();
    let reason = |id: &str| {
        desk.store()
            .get::<kis::domain::person::Participant>(id)
            .unwrap()
            .unwrap()
            .value
            .reason
    };
    assert_eq!(reason("p2").as_deref(), Some("retirement_pension"));
    assert_eq!(reason("p3").as_deref(), Some("other"));
}
