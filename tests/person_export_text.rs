//! The art. 15 RODO export as the citizen reads it (issue 19): Polish labels and
//! values, local dates and times, staff names rather than logins, no codes; the
//! same in English under `--lang en`.

use chrono::{FixedOffset, NaiveDate};
use kis::desk::{Actor, Desk, PersonExport, Request, Response};
use kis::domain::activation::{Job, JobBasis, Route, RouteKind};
use kis::domain::contract::{
    ActionBy, Annex, Contract, ContractState, Goal, GoalState, PlanAction, Review,
};
use kis::domain::hours::Hours;
use kis::domain::money::Money;
use kis::domain::person::{
    Address, Exclusion, Note, Outcome, Participant, ReferredBy, Sex, Status,
};
use kis::domain::pesel::Pesel;
use kis::domain::psu::{Absence, Assignment, HourRow};
use kis::domain::workshop::{Attendance, AttendanceState, Session};
use kis::store::{Options, Store};
use kis::text::Lang;
use std::collections::{BTreeMap, BTreeSet};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Central European winter time: the reads below are shown an hour later than UTC.
fn cet() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap()
}

fn session(id: &str, activity: &str, date: &str, topic: Option<&str>) -> Session {
    Session {
        id: id.into(),
        activity_id: activity.into(),
        date: d(date),
        hours: Hours::whole(2),
        specialist_id: None,
        zl_per_hour: Money::default(),
        topic: topic.map(String::from),
        place: None,
        remote: false,
        guests: 0,
    }
}

fn hours(date: &str, halves: u32, absence: Option<Absence>) -> HourRow {
    HourRow {
        assignment_id: "as1".into(),
        date: d(date),
        hours: Hours::from_halves(halves),
        absence,
    }
}

/// A person with every section of the export filled.
fn renata() -> PersonExport {
    let participant = Participant {
        id: "p7".into(),
        first_name: "Renata".into(),
        last_name: "Nowak".into(),
        pesel: Some(Pesel::generate(d("1980-03-15"), Sex::K, 123)),
        birth_date: d("1980-03-15"),
        sex: Sex::K,
        address: Some(Address {
            street: Some("ul. Polna 3".into()),
            postal_code: Some("47-200".into()),
            city: Some("Kędzierzyn-Koźle".into()),
        }),
        phone: Some("600 100 200".into()),
        email: Some("renata.nowak@example.pl".into()),
        categories: vec!["long_term_unemployed".into(), "seniorzy".into()],
        exclusions: vec![Exclusion::DisabilityPension],
        referred_by: Some(ReferredBy::SocialWorker),
        referrer: Some("Anna Wiśniewska, MOPS".into()),
        pup_registered: true,
        applied_on: Some(d("2026-01-05")),
        interview_on: Some(d("2026-01-08")),
        consent_on: Some(d("2026-01-05")),
        status: Status::Finished,
        outcome: Some(Outcome::Employed),
        reason: None,
        ended_on: Some(d("2026-08-31")),
        certificate_on: Some(d("2026-09-04")),
        notes: "Preferuje kontakt telefoniczny.\nDojeżdża autobusem.".into(),
    };
    let contract = Contract {
        id: "c1".into(),
        participant_id: "p7".into(),
        number: "KS/3/2026".into(),
        signed_on: Some(d("2026-01-14")),
        starts_on: Some(d("2026-01-15")),
        ends_on: Some(d("2026-07-14")),
        worker: Some("Anna Wiśniewska".into()),
        situation: "Samotnie wychowuje syna.\nSzuka pracy w handlu.".into(),
        goals: vec![
            Goal {
                text: "Podjęcie zatrudnienia".into(),
                due_on: Some(d("2026-07-14")),
                state: GoalState::Met,
            },
            Goal {
                text: "Kurs obsługi kasy fiskalnej".into(),
                due_on: None,
                state: GoalState::NotMet,
            },
        ],
        actions: vec![
            PlanAction {
                by: ActionBy::Participant,
                text: "Warsztaty poszukiwania pracy".into(),
                due_on: Some(d("2026-03-31")),
                done_on: Some(d("2026-03-20")),
            },
            PlanAction {
                by: ActionBy::Centre,
                text: "Pomoc w przygotowaniu CV".into(),
                due_on: None,
                done_on: None,
            },
        ],
        reviews: vec![Review {
            on: d("2026-04-15"),
            text: "Postępy zgodne z planem.".into(),
        }],
        annexes: vec![Annex {
            on: d("2026-07-01"),
            text: "Przedłużenie kontraktu".into(),
            new_ends_on: Some(d("2026-08-31")),
        }],
        state: ContractState::Completed,
    };
    let assignment = Assignment {
        id: "as1".into(),
        participant_id: "p7".into(),
        agreement_id: "a1".into(),
        worksite_id: "w1".into(),
        position_id: "pos1".into(),
        referral_number: Some("PSU/4/2026".into()),
        from: d("2026-03-02"),
        to: d("2026-05-29"),
        resigned_on: Some(d("2026-05-15")),
        resign_reason: Some("nowa praca".into()),
    };
    let attendance = |session_id: &str, state| Attendance {
        session_id: session_id.into(),
        participant_id: "p7".into(),
        state,
    };
    PersonExport {
        participant,
        contracts: vec![contract],
        assignments: vec![assignment],
        hours: vec![
            hours("2026-03-02", 20, None),
            hours("2026-03-03", 20, None),
            hours("2026-03-04", 0, Some(Absence::Sick)),
            hours("2026-03-05", 0, Some(Absence::Sick)),
            hours("2026-04-01", 20, None),
            hours("2026-04-02", 0, Some(Absence::Excused)),
            hours("2026-04-03", 15, None),
        ],
        attendance: vec![
            (
                attendance("se3", AttendanceState::Absent),
                Some(session("se3", "act1", "2026-03-24", None)),
            ),
            (
                attendance("se1", AttendanceState::Present),
                Some(session(
                    "se1",
                    "act1",
                    "2026-03-10",
                    Some("Rozmowa kwalifikacyjna"),
                )),
            ),
            (
                attendance("se2", AttendanceState::Excused),
                Some(session("se2", "act2", "2026-03-17", None)),
            ),
        ],
        notes: vec![
            Note {
                id: "n2".into(),
                participant_id: "p7".into(),
                author: "mkowal".into(),
                on: d("2026-04-20"),
                restricted: true,
                text: "Rozmowa o sytuacji rodzinnej.\nUzgodniono wsparcie psychologa.".into(),
            },
            Note {
                id: "n1".into(),
                participant_id: "p7".into(),
                author: "awisniewska".into(),
                on: d("2026-01-08"),
                restricted: false,
                text: "Pierwsza rozmowa, chętna do udziału.".into(),
            },
        ],
        jobs: vec![Job {
            id: "j1".into(),
            participant_id: "p7".into(),
            from: d("2026-08-01"),
            to: None,
            basis: JobBasis::EmploymentContract,
            employer: "Sklep Społem".into(),
        }],
        routes: vec![Route {
            id: "r1".into(),
            participant_id: "p7".into(),
            kind: RouteKind::Internship,
            from: d("2026-05-18"),
            to: Some(d("2026-07-31")),
            name: "Staż w Urzędzie Miasta".into(),
            note: "Skierowana przez PUP.".into(),
        }],
        reads: vec![
            ("awisniewska".into(), "2026-01-08T09:15:00Z".into()),
            ("mkowal".into(), "2026-03-20T13:05:00Z".into()),
            ("awisniewska".into(), "2026-11-30T02:41:40Z".into()),
        ],
        read_actions: vec![
            ("read".into(), "participant".into()),
            ("lookup".into(), "participant".into()),
            ("read".into(), "contract".into()),
        ],
        club_name: "Klub Integracji Społecznej „Razem” w Kędzierzynie-Koźlu".into(),
        made_on: d("2026-11-30"),
        staff_names: map(&[
            ("awisniewska", "Anna Wiśniewska"),
            ("mkowal", "Marek Kowal"),
        ]),
        // The club's own group; the statutory ones are named by the Act's list.
        group_names: map(&[("seniorzy", "seniorzy z osiedla Piastów")]),
        worksites: map(&[("w1", "Zakład Gospodarki Komunalnej")]),
        positions: map(&[("pos1", "pomocnik gospodarczy")]),
        activities: map(&[
            ("act1", "Warsztaty aktywnego poszukiwania pracy"),
            ("act2", "Grupa wsparcia"),
        ]),
    }
}

/// The words of a text: letters, digits and `_` (so `first_name` is one).
fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every text the export holds as data (names, notes, free text): words a
/// language check must not count against the labels.
fn data_words(x: &PersonExport) -> BTreeSet<String> {
    fn strings(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.extend(words(s).into_iter().map(String::from));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(m) => m.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    strings(&serde_json::to_value(x).unwrap(), &mut out);
    out
}

/// Codes, logins, ids and English that a Polish reader must never see.
const NOT_IN_POLISH: &[&str] = &[
    "first_name",
    "last_name",
    "birth_date",
    "categories",
    "exclusions",
    "referred_by",
    "pup_registered",
    "long_term_unemployed",
    "disability_pension",
    "social_worker",
    "status",
    "applicant",
    "active",
    "finished",
    "interrupted",
    "rejected",
    "employed",
    "outcome",
    "street",
    "postal_code",
    "city",
    "address",
    "completed",
    "draft",
    "met",
    "not_met",
    "participant",
    "centre",
    "present",
    "excused",
    "absent",
    "sick",
    "unexcused",
    "employment_contract",
    "internship",
    "read",
    "lookup",
    "contract",
    "true",
    "false",
    "null",
    "K",
    "M",
    "yes",
    "no",
    "awisniewska",
    "mkowal",
    "p7",
    "c1",
    "as1",
    "w1",
    "pos1",
    "act1",
    "se1",
    "n1",
];

/// Pieces of machine formats: JSON, RFC 3339 times.
const NOT_IN_TEXT: &[&str] = &[
    "T0", "T1", "Z ", "Z\n", "{", "}", "[", "]", "\"", "_", ": null",
];

/// Polish labels and values an English reader must never see.
const NOT_IN_ENGLISH: &[&str] = &[
    "Informacja",
    "Dotyczy",
    "sporządzenia",
    "Dane",
    "osobowe",
    "Imię",
    "Nazwisko",
    "urodzenia",
    "Płeć",
    "kobieta",
    "Adres",
    "Telefon",
    "Grupy",
    "Świadczenia",
    "renta",
    "Skierowanie",
    "pracownik",
    "socjalny",
    "Rejestracja",
    "tak",
    "nie",
    "wniosku",
    "Wywiad",
    "Klauzula",
    "RODO",
    "uczestnictwo",
    "zakończone",
    "Przyjęcie",
    "Zakończenie",
    "Efekt",
    "zatrudnienie",
    "Zaświadczenie",
    "Uwagi",
    "Kontrakty",
    "Kontrakt",
    "nr",
    "zrealizowany",
    "Podpisany",
    "Okres",
    "Cele",
    "termin",
    "osiągnięty",
    "nieosiągnięty",
    "Działania",
    "uczestnik",
    "klub",
    "wykonano",
    "Przeglądy",
    "Aneksy",
    "zakończenia",
    "stanowisko",
    "Rezygnacja",
    "godzin",
    "godziny",
    "choroba",
    "dni",
    "dzień",
    "nieobecność",
    "usprawiedliwiona",
    "obecność",
    "Udział",
    "zajęciach",
    "Zatrudnienie",
    "umowa",
    "Ścieżka",
    "ścieżki",
    "staż",
    "od",
    "Notatki",
    "notatka",
    "zastrzeżona",
    "Kto",
    "wyświetlał",
    "wgląd",
    "kartę",
    "brak",
];

/// Fails on any of `banned` among the words of `text` that the person's own data
/// does not hold.
fn assert_none_of(text: &str, banned: &[&str], data: &BTreeSet<String>, what: &str) {
    let found = words(text);
    let bad: Vec<&&str> = banned
        .iter()
        .filter(|w| found.contains(**w) && !data.contains(**w))
        .collect();
    assert!(bad.is_empty(), "{what} holds {bad:?}:\n{text}");
    for piece in NOT_IN_TEXT {
        assert!(!text.contains(piece), "{what} holds {piece:?}:\n{text}");
    }
}

#[test]
fn the_citizens_copy_in_polish() {
    let text = renata().to_text_in(Lang::Pl, &cet());
    insta::assert_snapshot!("person_export_pl", text);
}

#[test]
fn the_citizens_copy_in_english() {
    let text = renata().to_text_in(Lang::En, &cet());
    insta::assert_snapshot!("person_export_en", text);
}

#[test]
fn the_test_lists_check_words_the_data_does_not_hold() {
    let data = data_words(&renata());
    for w in NOT_IN_ENGLISH {
        assert!(!data.contains(*w), "{w} is in the test person's own data");
    }
    // Codes appear in the data (the JSON keeps them), but only as codes.
    for w in ["Renata", "Polna", "Społem"] {
        assert!(data.contains(w));
    }
}

#[test]
fn no_codes_or_english_in_polish() {
    let x = renata();
    let text = x.to_text_in(Lang::Pl, &cet());
    // The JSON's own strings hold codes (long_term_unemployed, the logins); only
    // the free text counts as the person's data here.
    let free: BTreeSet<String> =
        ["Renata Nowak Polna Kędzierzyn Koźle Wiśniewska MOPS Preferuje kontakt"]
            .iter()
            .flat_map(|s| words(s).into_iter().map(String::from))
            .collect();
    assert_none_of(&text, NOT_IN_POLISH, &free, "the Polish text");
    for expected in [
        "Informacja o przetwarzanych danych osobowych — art. 15 RODO",
        "Adres:",
        "ul. Polna 3, 47-200 Kędzierzyn-Koźle",
        "15.03.1980",
        "kobieta",
        "długotrwale bezrobotni, seniorzy z osiedla Piastów",
        "renta z tytułu niezdolności do pracy",
        "Anna Wiśniewska",
        "Marek Kowal",
        "30.11.2026 03:41",
    ] {
        assert!(text.contains(expected), "no {expected:?}:\n{text}");
    }
}

#[test]
fn no_polish_in_english() {
    let x = renata();
    let text = x.to_text_in(Lang::En, &cet());
    assert_none_of(&text, NOT_IN_ENGLISH, &data_words(&x), "the English text");
    for expected in [
        "long-term unemployed",
        "seniorzy z osiedla Piastów",
        "disability pension",
        "30.11.2026 03:41  Anna Wiśniewska",
    ] {
        assert!(text.contains(expected), "no {expected:?}:\n{text}");
    }
}

#[test]
fn reads_are_shown_in_the_zone_given() {
    let summer = FixedOffset::east_opt(2 * 3600).unwrap();
    let text = renata().to_text_in(Lang::Pl, &summer);
    assert!(text.contains("20.03.2026 15:05  Marek Kowal"), "{text}");
    assert!(text.contains("30.11.2026 04:41"), "{text}");
}

#[test]
fn reasons_and_unknown_staff_in_words() {
    let mut x = renata();
    x.participant.status = Status::Interrupted;
    x.participant.outcome = None;
    x.participant.certificate_on = None;
    x.participant.reason = Some("took_job".into());
    x.reads.push(("root".into(), "2026-11-30T08:00:00Z".into()));
    x.read_actions.push(("names".into(), "participant".into()));
    let text = x.to_text_in(Lang::Pl, &cet());
    assert!(text.contains("Przyczyna:"), "{text}");
    assert!(text.contains("podjęcie pracy"), "{text}");
    assert!(text.contains("uczestnictwo przerwane"), "{text}");
    // A login with no staff record stays as it is: there is no name to give.
    assert!(
        text.contains("30.11.2026 09:00  root — imię i nazwisko na liście"),
        "{text}"
    );

    x.participant.status = Status::Rejected;
    x.participant.ended_on = None;
    x.participant.reason = Some("retirement_pension".into());
    let text = x.to_text_in(Lang::Pl, &cet());
    assert!(text.contains("wniosek odrzucony"), "{text}");
    assert!(
        text.contains("Przyczyna:") && text.contains("emerytura"),
        "{text}"
    );
    x.participant.reason = Some("other".into());
    let text = x.to_text_in(Lang::Pl, &cet());
    assert!(text.contains("inny powód"), "{text}");
}

#[test]
fn an_empty_record_says_so() {
    let mut x = renata();
    x.contracts.clear();
    x.assignments.clear();
    x.hours.clear();
    x.attendance.clear();
    x.jobs.clear();
    x.routes.clear();
    x.notes.clear();
    x.reads.clear();
    x.read_actions.clear();
    x.participant.address = None;
    let text = x.to_text_in(Lang::Pl, &cet());
    assert_eq!(text.matches("\n  brak\n").count(), 6, "{text}");
    assert!(!text.contains("Adres"), "{text}");
}

/// The desk fills what the text needs: the club's name, staff names for the
/// logins, the groups' and activities' names, what each read did.
#[test]
fn the_desk_gives_names_for_the_demo_club() {
    let day = d("2026-11-30");
    kis::desk::fix_today(day);
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(
        Store::open(&dir.path().join("data"), &Options::default()).unwrap(),
        Lang::Pl,
    )
    .unwrap();
    let text = kis::demo::to_text(&kis::demo::generate(kis::demo::Scale::demo(day), day));
    // The owner of the data (no staff record) imports and exports; a
    // coordinator opens the card first.
    let me = Actor {
        login: "anowak".into(),
        owner: true,
    };
    let coordinator = Actor {
        login: "koordynator".into(),
        owner: false,
    };
    desk.handle(&me, Request::Import { text }).unwrap();
    let people: Vec<Participant> = desk
        .store()
        .list::<Participant>()
        .unwrap()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let mut seen = (false, false, false);
    for p in people.iter().take(40) {
        desk.handle(&coordinator, Request::Card { id: p.id.clone() })
            .unwrap();
        let Response::PersonExport(x) = desk
            .handle(&me, Request::PersonExport { id: p.id.clone() })
            .unwrap()
        else {
            panic!()
        };
        assert_eq!(x.reads.len(), x.read_actions.len());
        assert_eq!(x.made_on, day);
        assert_eq!(x.club_name, "Klub Integracji Społecznej w Przykładowie");
        assert_eq!(
            x.staff_names.get("koordynator").map(String::as_str),
            Some("Alicja Przykładowa")
        );
        for code in &p.categories {
            assert!(
                kis::domain::person::is_statutory_group(code) || x.group_names.contains_key(code),
                "{code}"
            );
        }
        let text = x.to_text(Lang::Pl);
        let free: BTreeSet<String> = [&p.first_name, &p.last_name]
            .into_iter()
            .chain(x.notes.iter().map(|n| &n.text))
            .chain(x.contracts.iter().map(|c| &c.situation))
            .flat_map(|s| words(s).into_iter().map(String::from))
            .collect();
        assert_none_of(&text, NOT_IN_POLISH, &free, &format!("{}'s text", p.id));
        assert!(!words(&text).contains("koordynator"), "{text}");
        assert!(
            text.contains("Alicja Przykładowa — wgląd w kartę osoby"),
            "{text}"
        );
        seen.0 |= !x.assignments.is_empty();
        seen.1 |= !x.attendance.is_empty();
        seen.2 |= !x.contracts.is_empty();
        if !x.attendance.is_empty() {
            assert!(
                !text.contains("  — — "),
                "an activity without its name:\n{text}"
            );
        }
    }
    assert_eq!(
        seen,
        (true, true, true),
        "the demo's people cover the sections"
    );
}
