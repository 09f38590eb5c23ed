//! The command line's outputs for people speak the user's language (issue 19):
//! under the default language no code and no English reaches a person from
//! `kis lookup`, `kis user list`, `kis audit`, `kis check`, the help or a
//! refused argument; under `--lang en` no Polish does. `--format json` keeps
//! the codes: it is for programs.

mod common;

use common::Kis;
use std::path::Path;
use std::process::Output;

const PL: Kis = Kis::new().data_flag().without_login().lang("pl");
const EN: Kis = Kis::new().data_flag().without_login().lang("en");

/// Codes and English words a Polish reader must not meet (whole words).
const NOT_POLISH: [&str; 12] = [
    "active",
    "finished",
    "applicant",
    "interrupted",
    "rejected",
    "worker",
    "coordinator",
    "viewer",
    "read",
    "changed",
    "Usage",
    "Options",
];

/// Polish words an English reader must not meet (whole words).
const NOT_ENGLISH: [&str; 16] = [
    "aktywny",
    "zakończony",
    "kandydat",
    "przerwany",
    "odczyt",
    "zmiana",
    "wyszukiwanie",
    "uczestnik",
    "kontrakt",
    "Użycie",
    "Opcje",
    "Polecenia",
    "błąd",
    "znaleziono",
    "porządku",
    "dziennik",
];

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .collect()
}

fn text(out: &Output) -> String {
    common::output_text(out)
}

fn assert_polish(what: &str, out: &str) {
    let ws = words(out);
    for bad in NOT_POLISH {
        assert!(!ws.contains(&bad), "{what} shows {bad:?}:\n{out}");
    }
    assert!(
        !out.contains("error:"),
        "{what} shows clap's English:\n{out}"
    );
}

fn assert_english(what: &str, out: &str) {
    let ws = words(out);
    for bad in NOT_ENGLISH {
        assert!(!ws.contains(&bad), "{what} shows {bad:?}:\n{out}");
    }
}

/// A run that must succeed: its stdout and stderr.
fn ok(kis: Kis, data: &Path, args: &[&str]) -> String {
    let out = kis.run(data, args);
    assert!(out.status.success(), "kis {args:?}: {}", text(&out));
    text(&out)
}

/// The demo club in a fresh directory.
fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(PL, &data, &["demo"]);
    dir
}

/// Each line has exactly `n` tab-separated fields; the lines.
fn rows(text: &str, n: usize) -> Vec<Vec<&str>> {
    text.lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), n, "{l:?}");
            f
        })
        .collect()
}

#[test]
fn lookup_speaks_polish_and_says_what_it_did_not_show() {
    let dir = demo();
    let data = dir.path().join("data");
    let out = PL.run(&data, &["lookup", "a"]);
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert_polish("lookup", &text(&out));
    let hits = rows(&stdout, 5);
    assert_eq!(hits.len(), 20, "{stdout}");
    let statuses = [
        "kandydat",
        "aktywny",
        "zakończony",
        "przerwany",
        "odrzucony",
    ];
    assert!(hits.iter().all(|h| statuses.contains(&h[4])), "{stdout}");
    // The demo club has more than 20 people with an "a": how many is said.
    let all = ok(PL, &data, &["lookup", "a", "--limit", "0"]);
    let found = rows(&all, 5).len();
    assert!(found > 20, "{all}");
    assert!(
        text(&out).contains(&format!(
            "pokazano 20 z {found} znalezionych (jeszcze {})",
            found - 20
        )),
        "{}",
        text(&out)
    );
    let three = PL.run(&data, &["lookup", "a", "--limit", "3"]);
    assert!(
        text(&three).contains(&format!("pokazano 3 z {found} znalezionych")),
        "{}",
        text(&three)
    );

    let none = PL.run(&data, &["lookup", "zzzz"]);
    assert!(none.status.success());
    assert!(none.stdout.is_empty());
    assert!(
        text(&none).contains("nie znaleziono: zzzz"),
        "{}",
        text(&none)
    );

    // json keeps the codes and only what was asked for.
    let json = ok(PL, &data, &["lookup", "a", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let json = json.as_array().unwrap();
    assert_eq!(json.len(), 20);
    assert!(json.iter().all(
        |h| ["applicant", "active", "finished", "interrupted", "rejected"]
            .contains(&h["status"].as_str().unwrap())
    ));

    // A phone number as people write it finds its owner.
    let owner = json.iter().find(|h| h["phone"].is_string()).unwrap();
    let phone: String = owner["phone"]
        .as_str()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    assert_eq!(phone.len(), 9, "{phone}");
    let typed = format!("+48 {} {} {}", &phone[..3], &phone[3..6], &phone[6..]);
    let found = ok(PL, &data, &["lookup", &typed]);
    let id = owner["participant_id"].as_str().unwrap();
    assert!(
        rows(&found, 5).iter().any(|h| h[0] == id),
        "{typed} finds {id}:\n{found}"
    );

    let en = EN.run(&data, &["lookup", "a"]);
    assert_english("lookup --lang en", &text(&en));
    let en_rows = String::from_utf8(en.stdout).unwrap();
    let en_statuses = ["applicant", "active", "finished", "interrupted", "rejected"];
    assert!(rows(&en_rows, 5)
        .iter()
        .all(|h| en_statuses.contains(&h[4])));
    let none = ok(EN, &data, &["lookup", "zzzz"]);
    assert!(none.contains("not found: zzzz"), "{none}");
}

#[test]
fn user_list_audit_and_check_speak_polish() {
    let dir = demo();
    let data = dir.path().join("data");
    // A read for the audit to show.
    ok(PL, &data, &["lookup", "a", "--limit", "2"]);

    let users = ok(PL, &data, &["user", "list"]);
    assert_polish("user list", &users);
    let roles = ["administrator", "koordynator", "pracownik", "podgląd"];
    for u in rows(&users, 3) {
        assert!(roles.contains(&u[1]), "{u:?}");
    }

    let audit = ok(PL, &data, &["audit"]);
    assert_polish("audit", &audit);
    let lines = rows(&audit, 4);
    assert!(!lines.is_empty());
    for l in &lines {
        // DD.MM.YYYY HH:MM:SS, the machine's local time.
        let t = l[0].as_bytes();
        assert_eq!(t.len(), 19, "{l:?}");
        assert!(
            t[2] == b'.' && t[5] == b'.' && t[10] == b' ' && t[13] == b':',
            "{l:?}"
        );
        let actions = [
            "odczyt",
            "zmiana",
            "usunięcie",
            "wyszukiwanie",
            "lista",
            "nazwiska",
            "wydruk",
            "eksport",
            "kopia zapasowa",
            "osoby ze sprawozdania",
        ];
        assert!(actions.contains(&l[2]), "{l:?}");
    }
    assert!(lines
        .iter()
        .any(|l| l[2] == "wyszukiwanie" && l[3].starts_with("uczestnik ")));
    assert!(lines.iter().any(|l| l[2] == "zmiana"), "{audit}");
    // json keeps the codes and the stored times.
    let json = ok(PL, &data, &["audit", "--format", "json"]);
    assert!(json.contains(r#""action":"changed""#), "{json}");
    assert!(json.contains(r#""kind":"participant""#), "{json}");

    let check = ok(PL, &data, &["check"]);
    assert_polish("check", &check);
    assert!(check.starts_with("w porządku: "), "{check}");
    assert!(check.contains("dziennik zawiera zmiany do nr 1"), "{check}");

    // A record that is not there is named in words.
    let out = PL.run(&data, &["person-export", "p99999"]);
    assert!(!out.status.success());
    let said = text(&out);
    assert!(said.contains("uczestnik"), "{said}");
    assert!(!words(&said).contains(&"participant"), "{said}");

    let users = ok(EN, &data, &["user", "list"]);
    let en_roles = ["administrator", "coordinator", "worker", "viewer"];
    for u in rows(&users, 3) {
        assert!(en_roles.contains(&u[1]), "{u:?}");
    }
    let audit = ok(EN, &data, &["audit"]);
    assert_english("audit --lang en", &audit);
    assert!(rows(&audit, 4).iter().any(|l| l[2] == "search"), "{audit}");
    let check = ok(EN, &data, &["check"]);
    assert_english("check --lang en", &check);
    let out = EN.run(&data, &["person-export", "p99999"]);
    assert!(
        text(&out).contains("no participant with id p99999"),
        "{}",
        text(&out)
    );
}

#[test]
fn help_and_refused_arguments_speak_polish() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let help = ok(PL, &data, &["--help"]);
    assert_polish("--help", &help);
    for word in [
        "Użycie: kis [OPCJE] [POLECENIE]",
        "Polecenia:",
        "Opcje:",
        "Pokaż pomoc",
    ] {
        assert!(help.contains(word), "{word}:\n{help}");
    }
    // The commands and flags keep their names.
    for name in ["lookup", "user", "audit", "--data", "--lang", "--as"] {
        assert!(help.contains(name), "{name}:\n{help}");
    }
    for args in [
        &["lookup", "--help"][..],
        &["audit", "--help"],
        &["psu", "settle", "--help"],
    ] {
        let help = ok(PL, &data, args);
        assert_polish(&format!("{args:?}"), &help);
        assert!(help.contains("Użycie:"), "{args:?}:\n{help}");
    }

    // `kis help COMMAND` takes nothing after it, not even --data.
    let out = PL.run_args(&["help", "audit"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_polish("help audit", &text(&out));
    assert!(
        text(&out).contains("Użycie: kis audit [OPCJE]"),
        "{}",
        text(&out)
    );

    for (args, says) in [
        (
            &["lookup", "--bogus", "x"][..],
            "nieznany argument „--bogus”",
        ),
        (&["lookup"], "brak wymaganych argumentów: <ZAPYTANIE>"),
        (
            &["lookup", "x", "--format", "xml"],
            "nieprawidłowa wartość „xml”",
        ),
        (&["usr"], "nieznane polecenie „usr”"),
        (
            &["report", "--from", "2026-13-01", "--to", "2026-12-31"],
            "to nie data",
        ),
    ] {
        let out = PL.run(&data, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = text(&out);
        assert_polish(&format!("{args:?}"), &said);
        assert!(said.starts_with("błąd: "), "{args:?}: {said}");
        assert!(said.contains(says), "{args:?} should say {says:?}: {said}");
        assert!(said.contains("Więcej informacji: kis"), "{said}");
    }
    // The roles one types are codes; the refusal names each in words too.
    let out = PL.run(
        &data,
        &["user", "add", "x", "--name", "X", "--role", "boss"],
    );
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out);
    assert!(
        said.starts_with("błąd: nieprawidłowa wartość „boss” dla --role"),
        "{said}"
    );
    assert!(said.contains("worker (pracownik)"), "{said}");

    // English under --lang en, and with KIS_LANG=en.
    for args in [&["--lang", "en", "--help"][..], &["lookup", "--help"]] {
        let kis = if args[0] == "--lang" { PL } else { EN };
        let help = ok(kis, &data, args);
        assert_english(&format!("{args:?}"), &help);
        assert!(help.contains("Usage: kis"), "{help}");
        assert!(help.contains("Options:"), "{help}");
    }
    let out = PL.run(&data, &["--lang", "en", "lookup", "--bogus", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out);
    assert_english("a refusal under --lang en", &said);
    assert!(
        said.starts_with("error: unexpected argument '--bogus'"),
        "{said}"
    );
}
