//! The real binary in a pseudo-terminal: the tiny-terminal lock, a checkbox
//! list, the person picker, and colours by the terminal's capabilities. Every
//! wait polls for text.

mod common;

use common::pty::{Pty, ALT_2, ALT_5, CTRL_D, CTRL_O, CTRL_Q, DOWN, ENTER, INSERT, PAGE_DOWN};

fn demo(t: &mut Pty) {
    t.wait_for("Witaj w kis");
    t.send(CTRL_D);
    t.wait_for("Wczytano klub demonstracyjny");
}

#[test]
fn below_80x23_keys_wait_until_the_terminal_grows() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    demo(&mut t);
    t.wait_for("Do zrobienia");
    t.resize(20, 60);
    t.wait_for("Terminal za mały");
    // Unseen, Alt+2 must not switch the screen. A resize can overtake keys
    // already typed, so one more small size is drawn before the terminal grows:
    // by then the key has been read while the screen was still too small.
    t.send(ALT_2);
    t.resize(22, 80);
    t.wait_for("(80×22)");
    t.resize(23, 80);
    t.wait_for("Do zrobienia");
    assert!(!t.screen().contains("Uczestnicy ("), "{}", t.screen());
    // At 80×23 the keys act again.
    t.send(ALT_2);
    t.wait_for("Uczestnicy (");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
}

#[test]
fn the_groups_are_walked_with_the_arrow_and_ticked_with_space() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(ALT_2);
    t.wait_for("Uczestnicy (0/0)");
    t.send(INSERT);
    t.wait_for("Nowy wniosek");
    t.send(PAGE_DOWN);
    t.send(DOWN);
    t.send(DOWN);
    t.send(" ");
    t.wait_for("[x] uzależnieni od narkotyków");
    assert!(t.screen().contains("[ ] bezdomni"), "{}", t.screen());
    t.send(CTRL_Q);
    t.wait_for("(t/n)");
    t.send("t");
    assert!(t.wait_exit());
}

#[test]
fn the_person_picker_adds_someone_to_the_attendance_grid() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    demo(&mut t);
    t.send(ALT_5);
    t.wait_for("Zajęcia");
    t.send(CTRL_O);
    t.wait_for("Dodaj osobę");
    t.send("wrob tom");
    t.wait_for("Wróbel Tomasz");
    t.send(ENTER);
    t.wait_gone("Dodaj osobę");
    assert!(t.screen().contains("Wróbel Tomasz"), "{}", t.screen());
    t.send(CTRL_Q);
    assert!(t.wait_exit());
}

/// How many SGR sequences (`ESC[…m`) set a 256-colour (`38;5;N`) and how many
/// a basic foreground colour (`30`–`37`).
fn colour_codes(raw: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(raw);
    let (mut indexed, mut basic) = (0, 0);
    for seq in text.split("\x1b[").skip(1) {
        let Some(params) = seq.split_once('m').map(|(p, _)| p) else {
            continue;
        };
        if !params.chars().all(|c| c.is_ascii_digit() || c == ';') {
            continue;
        }
        if params.contains("38;5;") {
            indexed += 1;
        } else if params
            .split(';')
            .any(|p| p.parse::<u8>().is_ok_and(|n| (30..=37).contains(&n)))
        {
            basic += 1;
        }
    }
    (indexed, basic)
}

#[test]
fn colours_follow_the_terminal() {
    for (term, want_indexed, want_basic) in [
        ("xterm-256color", true, false),
        ("linux", false, true),
        ("vt100", false, false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Pty::spawn_with(dir.path(), &[], (24, 80), &[("TERM", term)]);
        demo(&mut t);
        t.send(ALT_2);
        t.wait_for("Uczestnicy (");
        t.send(CTRL_Q);
        assert!(t.wait_exit());
        let (indexed, basic) = colour_codes(&t.raw());
        assert_eq!(
            indexed > 0,
            want_indexed,
            "{term}: {indexed} 256-colour codes"
        );
        assert_eq!(basic > 0, want_basic, "{term}: {basic} basic colour codes");
    }
}

#[test]
fn the_card_scrolls_to_its_end_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn_with(dir.path(), &[], (23, 80), &[]);
    demo(&mut t);
    t.send(common::pty::CTRL_F);
    t.send("kolodziej boz");
    t.wait_for("Kołodziej Bożena");
    t.send(ENTER);
    t.wait_for("Karta uczestnika: Bożena Kołodziej");
    t.wait_for("wiersze 1–");
    t.send("\x1b[F"); // End
    t.wait_gone("wiersze 1–");
    t.send("\x1b[H"); // Home
    t.wait_for("wiersze 1–");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
}
