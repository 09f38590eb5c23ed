//! What a person reads has no codes and no words of the other language: every
//! txt and csv output of the commands and every screen, in Polish and in English
//! (`--lang en`), checked against word lists kept here. JSON keeps the codes.
//!
//! Deliberate exceptions: `kis settings` names each setting's key and `kis
//! category list` each group's code, and `kis settings --help` both, because an
//! admin types them (`kis settings set KEY VALUE`); the documents for the PUP and the participant (`kis print`,
//! `kis psu print`) are Polish whatever the language (docs/decisions.md).

mod common;

use common::screen::{chord, open_door, text_of, ui, TODAY};
use common::Kis;
use kis::text::Lang;
use kis::tui::app::App;
use kis::tui::keymap::Chord;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::path::Path;

/// English words that a Polish screen or output never shows (code names and
/// the UI's own words).
const ENGLISH: &[&str] = &[
    "active",
    "finished",
    "interrupted",
    "rejected",
    "applicant",
    "participant",
    "participants",
    "coordinator",
    "worker",
    "viewer",
    "workshop",
    "training",
    "consultation",
    "social",
    "vocational",
    "psychologist",
    "employed",
    "contract",
    "changed",
    "hours",
    "attendance",
    "settings",
    "total",
    "women",
    "men",
    "refund",
    "choose",
    "save",
    "Space",
    "alcohol",
    "homeless",
    "disabled",
    "sensitive",
];

/// Polish words of the interface that an English screen or output never shows.
/// (The demo club's own data, names of activities and places, stays Polish.)
const POLISH: &[&str] = &[
    "osoba",
    "osoby",
    "osób",
    "kobiety",
    "kobiet",
    "mężczyźni",
    "mężczyzn",
    "razem",
    "godziny",
    "uczestnik",
    "uczestnicy",
    "kontrakt",
    "kontrakty",
    "tak",
    "nie",
    "wypłacono",
    "porozumienie",
    "aktywny",
    "zakończony",
    "kandydat",
    "zmiana",
    "odczyt",
    "ustawienia",
    "wniosek",
    "spotkania",
    "zapisz",
    "szukaj",
    "wybierz",
    "Spacja",
    "dziś",
    "okres",
];

/// Command names, in the help as they are typed.
const COMMANDS: &[&str] = &["settings"];

/// The words of `text`: letters (Polish ones included), digits and `_`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// A code such as `long_term_unemployed` or `career_advisor`.
fn is_code(word: &str) -> bool {
    word.contains('_')
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && word.chars().any(|c| c.is_ascii_lowercase())
}

/// Every word of `text` that should not be there, in `lang`, for `what`.
fn leaks(lang: Lang, text: &str) -> Vec<String> {
    let other = match lang {
        Lang::Pl => ENGLISH,
        Lang::En => POLISH,
    };
    words(text)
        .filter(|w| is_code(w) || other.iter().any(|o| o.eq_ignore_ascii_case(w)))
        .map(str::to_string)
        .collect()
}

/// Notes what should not be in `text`; the test reports every one at the end.
fn check(found: &mut Vec<String>, lang: Lang, what: &str, text: &str) {
    // The help names the commands as they are typed.
    let bad: Vec<String> = leaks(lang, text)
        .into_iter()
        .filter(|w| !(what.contains("--help") && COMMANDS.contains(&w.as_str())))
        .collect();
    if !bad.is_empty() {
        found.push(format!("{what} in {lang:?} shows {bad:?}:\n{text}"));
    }
}

fn none_found(found: Vec<String>) {
    assert!(found.is_empty(), "{}", found.join("\n\n"));
}

#[test]
fn the_lists_catch_what_they_should() {
    assert_eq!(leaks(Lang::Pl, "efekt: employed"), ["employed"]);
    assert_eq!(
        leaks(Lang::Pl, "grupa long_term_unemployed"),
        ["long_term_unemployed"]
    );
    assert!(leaks(Lang::Pl, "zatrudnieni: 3 osoby, w tym 2 kobiety").is_empty());
    assert_eq!(leaks(Lang::En, "3 osoby"), ["osoby"]);
    assert!(leaks(Lang::En, "Kowalska Łucja, 3 women").is_empty());
}

// ----- the command line -----

fn demo_dir(lang: &'static str) -> (tempfile::TempDir, Kis) {
    let dir = tempfile::tempdir().unwrap();
    let kis = Kis::new().today(TODAY).lang(lang);
    let out = kis.run(dir.path(), &["demo"]);
    assert!(out.status.success(), "{}", common::output_text(&out));
    (dir, kis)
}

/// stdout and stderr of a command, whatever its exit status.
fn said(kis: &Kis, dir: &Path, args: &[&str]) -> String {
    let out = kis.run(dir, args);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn json(kis: &Kis, dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = kis.run(dir, args);
    assert!(out.status.success(), "{}", common::output_text(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The commands whose output a person reads, with arguments found in the demo.
fn commands(kis: &Kis, dir: &Path) -> Vec<Vec<String>> {
    let people = json(
        kis,
        dir,
        &["lookup", "a", "--limit", "0", "--format", "json"],
    );
    let id = people[0]["participant_id"].as_str().unwrap().to_string();
    let settle = json(
        kis,
        dir,
        &["psu", "settle", "--month", "2026-10", "--format", "json"],
    );
    assert!(
        !settle["persons"].as_array().unwrap().is_empty(),
        "the demo pays PSU in October"
    );
    let period = ["--from", "1.1.2026", "--to", "24.11.2026"];
    let mut cmds: Vec<Vec<&str>> = vec![
        vec!["lookup", "ko"],
        vec!["lookup", "a", "--limit", "3"],
        vec!["lookup", "zzzz"],
        vec!["due", "--within", "60"],
        vec!["user", "list"],
        vec!["audit", "--from", "1.11.2026"],
        vec!["check"],
        vec!["psu", "settle", "--month", "10.2026"],
        vec!["psu", "settle", "--month", "10.2026", "--format", "csv"],
        vec!["print", "contract", "KS/999/2026"],
        vec!["lookup"],
        vec!["report", "--frm", "1.1"],
        vec!["--help"],
        vec!["report", "--help"],
    ];
    for format in ["txt", "csv"] {
        cmds.push([&["report", "--format", format][..], &period].concat());
        cmds.push(
            [
                &["report", "--compare", "1", "--format", format][..],
                &period,
            ]
            .concat(),
        );
        cmds.push([&["activities", "--format", format][..], &period].concat());
    }
    let mut cmds: Vec<Vec<String>> = cmds
        .into_iter()
        .map(|c| c.into_iter().map(String::from).collect())
        .collect();
    cmds.push(vec![
        "person-export".into(),
        id,
        "--format".into(),
        "txt".into(),
    ]);
    cmds
}

fn every_output_reads_well(lang: Lang, code: &'static str) {
    let (dir, kis) = demo_dir(code);
    let mut found = Vec::new();
    for cmd in commands(&kis, dir.path()) {
        let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
        let text = said(&kis, dir.path(), &args);
        assert!(!text.trim().is_empty(), "{args:?} says nothing");
        check(&mut found, lang, &format!("kis {}", args.join(" ")), &text);
    }
    none_found(found);
}

#[test]
fn every_output_in_polish() {
    every_output_reads_well(Lang::Pl, "pl");
}

#[test]
fn every_output_in_english() {
    every_output_reads_well(Lang::En, "en");
}

/// The csv of the settlement and of the activities, read back with `;`, gives
/// the json's figures (decimal commas aside).
#[test]
fn the_csv_gives_the_figures_of_the_json() {
    let (dir, kis) = demo_dir("pl");
    let d = dir.path();
    let settle = json(
        &kis,
        d,
        &["psu", "settle", "--month", "2026-10", "--format", "json"],
    );
    let csv = said(
        &kis,
        d,
        &["psu", "settle", "--month", "2026-10", "--format", "csv"],
    );
    assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
    let rows = read_csv(&csv);
    assert_eq!(rows[0][0], "Osoba");
    let persons = settle["persons"].as_array().unwrap();
    let people: Vec<&Vec<String>> = rows[1..].iter().take(persons.len()).collect();
    let sum = |col: usize| -> f64 { people.iter().map(|r| number(&r[col])).sum() };
    let json_sum = |k: &str| -> f64 {
        persons
            .iter()
            .map(|p| match &p[k] {
                serde_json::Value::String(s) => s.parse::<f64>().unwrap(),
                v => v.as_f64().unwrap(),
            })
            .sum()
    };
    assert!((sum(2) - json_sum("hours")).abs() < 1e-9);
    assert!((sum(6) - json_sum("amount")).abs() < 1e-9);
    let summary =
        |label: &str| -> f64 { number(&rows.iter().find(|r| r[0] == label).expect(label)[1]) };
    assert_eq!(
        summary("Wypłacono"),
        settle["paid"].as_str().unwrap().parse::<f64>().unwrap()
    );
    assert_eq!(
        summary("Wnioskowana refundacja"),
        settle["refund"].as_str().unwrap().parse::<f64>().unwrap()
    );
    // People in Polish alphabetical order of surnames.
    let names: Vec<(&str, &str)> = people
        .iter()
        .map(|r| r[0].split_once(' ').unwrap())
        .collect();
    assert!(names
        .windows(2)
        .all(|w| kis::domain::collate::name_cmp(w[0], w[1]).is_le()));

    let period = ["--from", "2026-01-01", "--to", "2026-11-24"];
    let a = json(
        &kis,
        d,
        &[&["activities", "--format", "json"][..], &period].concat(),
    );
    let csv = said(
        &kis,
        d,
        &[&["activities", "--format", "csv"][..], &period].concat(),
    );
    let rows = read_csv(&csv);
    for x in a["activities"].as_array().unwrap() {
        let name = x["name"].as_str().unwrap();
        let row = rows.iter().find(|r| r[0] == name).expect(name);
        assert_eq!(number(&row[3]), x["sessions"].as_f64().unwrap(), "{name}");
        assert_eq!(number(&row[4]), x["hours"].as_f64().unwrap(), "{name}");
        assert_eq!(
            number(&row[5]),
            x["persons"]["total"].as_f64().unwrap(),
            "{name}"
        );
        assert_eq!(
            number(&row[8]),
            x["cost"].as_str().unwrap().parse::<f64>().unwrap(),
            "{name}"
        );
    }
}

fn read_csv(text: &str) -> Vec<Vec<String>> {
    let body = text.trim_start_matches('\u{feff}');
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    rd.records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A Polish number as Excel reads it: a decimal comma, no thousands separator.
fn number(s: &str) -> f64 {
    s.replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

// ----- the screens -----

/// Screens and their popups, each reached by keys from Dziś.
fn journeys() -> Vec<(&'static str, Vec<Chord>)> {
    use KeyCode::*;
    let none = KeyModifiers::NONE;
    let k = |c| chord(c, none);
    let alt = |c| chord(Char(c), KeyModifiers::ALT);
    let ctrl = |c| chord(Char(c), KeyModifiers::CONTROL);
    let mut out = vec![("Dziś", vec![]), ("help", vec![k(F(1))])];
    for (n, name) in [
        ('2', "Uczestnicy"),
        ('3', "Kontrakty"),
        ('4', "PSU"),
        ('5', "Zajęcia"),
        ('6', "Raporty"),
    ] {
        out.push((name, vec![alt(n)]));
        out.push((name, vec![alt(n), k(F(1))]));
    }
    out.extend([
        ("card", vec![alt('2'), k(Enter)]),
        (
            "card, below",
            vec![alt('2'), k(Enter), k(PageDown), k(PageDown)],
        ),
        ("intake", vec![alt('2'), k(Insert)]),
        ("intake, errors", vec![alt('2'), k(Insert), ctrl('s')]),
        ("contract", vec![alt('3'), k(Enter)]),
        ("lookup", vec![ctrl('f'), k(Char('k')), k(Char('o'))]),
        ("settings", vec![ctrl('e')]),
        ("settings, groups", vec![ctrl('e'), k(Tab)]),
        ("settings, staff", vec![ctrl('e'), k(Tab), k(Tab)]),
        ("PSU lists", vec![alt('4'), ctrl('e')]),
        ("report drill-down", vec![alt('6'), k(Enter)]),
    ]);
    out
}

fn every_screen_reads_well(lang: Lang) {
    let (_dir, door) = open_door(lang, true);
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let journeys = journeys();
    for (name, keys) in &journeys {
        let mut app = App::new(&door, ui(lang));
        for key in keys {
            app.handle_key(*key);
        }
        let text = text_of(&app);
        check(&mut found, lang, name, &text);
        seen.insert(text);
    }
    none_found(found);
    // Each journey reaches a screen of its own (the keys did something).
    assert!(
        seen.len() + 1 >= journeys.len(),
        "{} of {}",
        seen.len(),
        journeys.len()
    );
}

#[test]
fn every_screen_in_polish() {
    every_screen_reads_well(Lang::Pl);
}

#[test]
fn every_screen_in_english() {
    every_screen_reads_well(Lang::En);
}

/// Under `--ascii` every screen is ASCII and Polish letters: no box drawing,
/// arrows, `…` or `Σ`.
#[test]
fn every_screen_in_ascii() {
    let (_dir, door) = open_door(Lang::Pl, true);
    let mut found = Vec::new();
    for (name, keys) in journeys() {
        let mut ui = ui(Lang::Pl);
        ui.theme.ascii = true;
        let mut app = App::new(&door, ui);
        for key in keys {
            app.handle_key(key);
        }
        let text = text_of(&app);
        let odd: String = text
            .chars()
            .filter(|c| !c.is_ascii() && !"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(*c))
            .collect();
        if !odd.is_empty() {
            found.push(format!("{name}: {odd:?}\n{text}"));
        }
    }
    none_found(found);
}
