//! Forms as a person fills them: an error names its field and the cursor goes
//! there; ↓/↑ walk a checkbox list before leaving it and Space ticks; a letter
//! typed on a choice chooses the option that starts with it.

mod common;

use common::screen::{alt, ctrl, key, open_door, press, text_of, typed, ui};
use kis::text::Lang;
use kis::tui::app::App;
use ratatui::crossterm::event::KeyCode;

fn intake(lang: Lang) -> (tempfile::TempDir, kis::tui::LocalDoor) {
    open_door(lang, false)
}

/// The status line (the last rows of the screen).
fn status(app: &App) -> String {
    let s = text_of(app);
    s.lines().rev().take(3).collect::<Vec<_>>().join("\n")
}

#[test]
fn an_error_names_its_field_and_the_cursor_goes_there() {
    let (_d, door) = intake(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('2'), key(KeyCode::Insert)]);
    typed(&mut app, "Anna");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "Testowa");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "84051401459");
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(
        s.contains("PESEL 84051401459 ma błędną cyfrę kontrolną"),
        "{s}"
    );
    assert!(!s.contains("Popraw błędy"), "{s}");
    // The cursor is on the PESEL: typing goes there.
    press(&mut app, &[key(KeyCode::Backspace)]);
    typed(&mut app, "8");
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(s.contains("8405140145"), "{s}");

    // An empty form: the first name is named.
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('2'), key(KeyCode::Insert), ctrl('s')]);
    assert!(status(&app).contains("Imię: wymagane"), "{}", text_of(&app));
    let mut app = App::new(&door, ui(Lang::En));
    press(&mut app, &[alt('2'), key(KeyCode::Insert), ctrl('s')]);
    assert!(
        status(&app).contains("First name: required"),
        "{}",
        text_of(&app)
    );
}

#[test]
fn down_walks_the_groups_before_leaving_them_and_space_ticks() {
    let (_d, door) = intake(Lang::En);
    let mut app = App::new(&door, ui(Lang::En));
    press(&mut app, &[alt('2'), key(KeyCode::Insert)]);
    // Up from the first field: the last option of the benefits.
    press(&mut app, &[key(KeyCode::Up), key(KeyCode::Char(' '))]);
    assert!(
        text_of(&app).contains("[x] other benefit"),
        "{}",
        text_of(&app)
    );
    // PgDn: the groups; ↓ twice: the third group; Space ticks it.
    let mut app = App::new(&door, ui(Lang::En));
    press(
        &mut app,
        &[alt('2'), key(KeyCode::Insert), key(KeyCode::PageDown)],
    );
    press(
        &mut app,
        &[
            key(KeyCode::Down),
            key(KeyCode::Down),
            key(KeyCode::Char(' ')),
        ],
    );
    let s = text_of(&app);
    assert!(s.contains("[x] addicted to drugs"), "{s}");
    assert!(s.contains("[ ] homeless"), "{s}");
    // ↓ past the last group: the benefits, at their first.
    for _ in 0..6 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    press(&mut app, &[key(KeyCode::Char(' '))]);
    let s = text_of(&app);
    assert!(s.contains("[x] unemployment benefit"), "{s}");
    assert!(s.contains("[ ] disabled"), "{s}");
}

#[test]
fn a_letter_chooses_the_option_that_starts_with_it() {
    let (_d, door) = intake(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('2'), key(KeyCode::Insert)]);
    // Down to the sex (the fifth field), then to "Skierowany przez" (the eleventh).
    for _ in 0..4 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    typed(&mut app, "m");
    assert!(text_of(&app).contains("mężczyzna"), "{}", text_of(&app));
    typed(&mut app, "k");
    assert!(text_of(&app).contains("kobieta"), "{}", text_of(&app));
    for _ in 0..6 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    typed(&mut app, "z");
    assert!(
        text_of(&app).contains("z własnej inicjatywy"),
        "{}",
        text_of(&app)
    );
    // The next option after the chosen one that starts with the letter.
    typed(&mut app, "p");
    assert!(text_of(&app).contains("przez    PUP"), "{}", text_of(&app));
    typed(&mut app, "p");
    assert!(
        text_of(&app).contains("pracownik socjalny"),
        "{}",
        text_of(&app)
    );
}

#[test]
fn a_preset_period_fills_the_dates_and_a_typed_date_makes_it_custom() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('6'), ctrl('t')]);
    let s = text_of(&app);
    assert!(s.contains("< 2026 >"), "the period shown is chosen: {s}");
    // → : the year before, and its dates in the fields.
    press(&mut app, &[key(KeyCode::Right)]);
    let s = text_of(&app);
    assert!(s.contains("< 2025 >"), "{s}");
    assert!(s.contains("01.01.2025") && s.contains("31.12.2025"), "{s}");
    // A date typed: the range is custom, and it is what Ctrl+S shows.
    press(&mut app, &[key(KeyCode::Down)]);
    for _ in 0..10 {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    typed(&mut app, "1.3.2025");
    let s = text_of(&app);
    assert!(!s.contains("< 2025 >"), "{s}");
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(s.contains("01.03.2025 – 31.12.2025"), "{s}");
}

#[test]
fn a_pesel_someone_has_offers_their_card() {
    let (_d, door) = open_door(Lang::Pl, true);
    let hits = match door
        .desk
        .handle(
            &door.actor,
            kis::desk::Request::Lookup {
                query: "a".into(),
                limit: 50,
            },
        )
        .unwrap()
    {
        kis::desk::Response::Hits(h) => h,
        _ => panic!("hits"),
    };
    let known = hits.iter().find(|h| h.pesel.is_some()).unwrap();
    let pesel = known.pesel.clone().unwrap();
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('2'), key(KeyCode::Insert)]);
    typed(&mut app, "Nowa");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "Osoba");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, &pesel);
    // a group, so nothing else stops the save
    press(&mut app, &[key(KeyCode::PageDown), key(KeyCode::Char(' '))]);
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(s.contains("Ta osoba już jest w kis"), "{s}");
    assert!(s.contains(&known.last_name), "{s}");
    typed(&mut app, "t");
    let s = text_of(&app);
    assert!(
        s.contains(&format!(
            "Karta uczestnika: {} {}",
            known.first_name, known.last_name
        )),
        "{s}"
    );
}

#[test]
fn a_shorter_retention_is_asked_first_then_saved() {
    let (_d, door) = open_door(Lang::Pl, false);
    // One person who ended in 2021: due after one year, not after ten.
    let club = [
        r#"{"type":"kis","format":1}"#,
        r#"{"type":"settings","club_name":"KIS Próbny"}"#,
        r#"{"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M","categories":["long_term_unemployed"],"status":"finished","outcome":"employed","ended_on":"2021-09-30","certificate_on":"2021-10-01"}"#,
    ]
    .join("\n");
    door.desk
        .handle(&door.actor, kis::desk::Request::Import { text: club })
        .unwrap();
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[ctrl('e'), key(KeyCode::Enter)]);
    // ↑ from the first field: the last, the retention in years.
    press(&mut app, &[key(KeyCode::Up)]);
    for _ in 0..3 {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    typed(&mut app, "1");
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(s.contains("Krótsze przechowywanie danych"), "{s}");
    assert!(
        s.contains("1 osoba podlegać będzie od razu anonimizacji"),
        "{s}"
    );
    typed(&mut app, "t");
    let s = text_of(&app);
    assert!(s.contains("Zapisano"), "{s}");
    assert!(
        s.contains("(retention_years): 1") || s.contains(": 1"),
        "{s}"
    );
}

#[test]
fn the_situation_wraps_from_its_start_and_takes_what_is_typed_at_its_end() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('3'), key(KeyCode::Enter)]);
    let s = text_of(&app);
    assert!(s.contains("Sytuacja   Długotrwałe bezrobocie"), "{s}");
    // Down to the situation (the sixth header field), type at its end, save.
    for _ in 0..5 {
        press(&mut app, &[key(KeyCode::Down)]);
    }
    typed(&mut app, " Zmiana planu po rozmowie.");
    press(&mut app, &[ctrl('s')]);
    assert!(status(&app).contains("Zapisano"), "{}", text_of(&app));
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('3'), key(KeyCode::Enter)]);
    let s = text_of(&app);
    assert!(s.contains("Zmiana planu po rozmowie."), "{s}");
    assert!(s.contains("Sytuacja   Długotrwałe bezrobocie"), "{s}");
}

#[test]
fn a_review_is_typed_in_a_field_of_a_few_rows() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('3'), key(KeyCode::Enter)]);
    for _ in 0..8 {
        press(&mut app, &[key(KeyCode::Tab)]);
    }
    press(&mut app, &[key(KeyCode::Insert)]);
    let long =
        "Uczestniczka regularnie bierze udział w warsztatach i konsultacjach; plan bez zmian.";
    typed(&mut app, long);
    let s = text_of(&app);
    // The form starts on the text, which wraps inside its rows.
    assert!(s.contains("Uczestniczka regularnie"), "{s}");
    assert!(s.contains("plan bez zmian."), "{s}");
    press(&mut app, &[ctrl('s')]);
    let s = text_of(&app);
    assert!(s.contains("Uczestniczka regularnie bierze udział"), "{s}");
}

#[test]
fn a_person_put_on_an_activity_stays_there_after_a_restart() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('5'), ctrl('o')]);
    typed(&mut app, "wrob tom");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(text_of(&app).contains("Wróbel Tomasz"), "{}", text_of(&app));
    // A new window on the same data: the row is there, with no mark.
    let mut app = App::new(&door, ui(Lang::Pl));
    press(&mut app, &[alt('5')]);
    assert!(text_of(&app).contains("Wróbel Tomasz"), "{}", text_of(&app));
}
