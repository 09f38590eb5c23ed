//! Screens at 80×24 on TestBackend, in Polish, in English, in plain ASCII, with
//! a name that carries escape sequences. Keys go through the real keymap.

mod common;

use common::screen::open_door;
use kis::desk::{Actor, Request};
use kis::text::Lang;
use kis::tui::app::{App, Ui};
use kis::tui::keymap::{Chord, Keymap};
use kis::tui::text::Text;
use kis::tui::theme::Theme;
use kis::tui::LocalDoor;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

const TODAY: &str = "2026-11-24";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

fn ui(lang: Lang, color: bool, ascii: bool) -> Ui {
    Ui {
        theme: Theme { color, ascii },
        text: Text::new(lang),
        keymap: Keymap::builtin("default").unwrap(),
    }
}

fn screen(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t
}

fn key(code: KeyCode) -> Chord {
    Chord::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).unwrap()
}

fn ctrl(c: char) -> Chord {
    Chord::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)).unwrap()
}

fn alt(c: char) -> Chord {
    Chord::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT)).unwrap()
}

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
}

fn text_of(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    let mut s = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            s.push_str(b[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

#[test]
fn welcome_on_an_empty_database() {
    let (_d, door) = open_door(Lang::Pl, false);
    let app = App::new(&door, ui(Lang::Pl, true, false));
    insta::assert_snapshot!(screen(&app, 80, 24).backend());
}

#[test]
fn today_lists_what_is_due() {
    let (_d, door) = open_door(Lang::Pl, true);
    let app = App::new(&door, ui(Lang::Pl, true, false));
    insta::assert_snapshot!(screen(&app, 80, 24).backend());
}

#[test]
fn participants_in_polish_english_and_ascii() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('2'));
    insta::assert_snapshot!("participants_pl", screen(&app, 80, 24).backend());

    let (_d2, door_en) = open_door(Lang::En, true);
    let mut app = App::new(&door_en, ui(Lang::En, true, false));
    app.handle_key(alt('2'));
    insta::assert_snapshot!("participants_en", screen(&app, 80, 24).backend());

    let mut app = App::new(&door, ui(Lang::Pl, false, true));
    app.handle_key(alt('2'));
    let t = screen(&app, 80, 24);
    let s = text_of(&t);
    let symbols: Vec<char> = s
        .chars()
        .filter(|c| !c.is_ascii() && !"ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(*c))
        .collect();
    assert!(
        symbols.is_empty(),
        "no drawing symbols in ASCII mode: {symbols:?}"
    );
    insta::assert_snapshot!("participants_ascii", t.backend());
}

#[test]
fn no_color_means_no_colour_codes() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, false, false));
    app.handle_key(alt('2'));
    let t = screen(&app, 80, 24);
    let b = t.backend().buffer();
    for cell in b.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    // the selected row still shows: reverse video
    assert!(b
        .content()
        .iter()
        .any(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED)));
}

#[test]
fn type_to_filter_and_status_filter() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('2'));
    typed(&mut app, "zolc");
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Żółć"), "{s}");
    assert!(!s.contains("Nowak"), "{s}");
    app.handle_key(ctrl('t')); // applicants only
    insta::assert_snapshot!(screen(&app, 80, 24).backend());
}

#[test]
fn lookup_popup_then_card_then_back() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(ctrl('f'));
    typed(&mut app, "zolc");
    insta::assert_snapshot!("lookup_zolc", screen(&app, 80, 24).backend());
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::Enter));
    insta::assert_snapshot!("card", screen(&app, 80, 24).backend());
    app.handle_key(key(KeyCode::Esc));
    // back exactly where the user was: Dziś
    assert_eq!(app.tab(), 0);
    assert!(text_of(&screen(&app, 80, 24)).contains("Do zrobienia"));
    // the card read was audited
    let reads: Vec<_> = (door.desk.store().audit_reads().unwrap().into_iter())
        .filter(|r| r.action == "read")
        .collect();
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].actor, "anowak");
}

#[test]
fn intake_refuses_a_bad_pesel_inline() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('2'));
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "Anna");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "Testowa");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "84051401459");
    insta::assert_snapshot!(screen(&app, 80, 24).backend());
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("błędną cyfrę kontrolną"), "{s}");
}

#[test]
fn intake_saves_and_opens_the_card() {
    let (_d, door) = open_door(Lang::En, false);
    let mut app = App::new(&door, ui(Lang::En, true, false));
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    typed(&mut app, "Ewa");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "Próbna");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "44051401458"); // fills birth date and sex (M)
    app.handle_key(ctrl('s'));
    // no group ticked yet: refused, the focus goes to the groups
    assert!(text_of(&screen(&app, 80, 24)).contains("tick at least one group"));
    app.handle_key(key(KeyCode::Char(' ')));
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Saved (p1)"), "{s}");
    assert!(s.contains("Participant's card: Ewa Próbna (p1)"), "{s}");
    assert!(s.contains("14.05.1944"), "{s}");
}

#[test]
fn intake_scrolls_to_the_last_benefit() {
    let (_d, door) = open_door(Lang::En, false);
    let mut app = App::new(&door, ui(Lang::En, true, false));
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    assert!(!text_of(&screen(&app, 80, 24)).contains("other benefit"));
    // PgDn: the groups, again: the benefits; then along to the last one
    app.handle_key(key(KeyCode::PageDown));
    app.handle_key(key(KeyCode::PageDown));
    for _ in 0..9 {
        app.handle_key(key(KeyCode::Right));
    }
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("[ ] other benefit"), "{s}");
}

#[test]
fn intake_keeps_a_barred_applicant_as_rejected() {
    let (_d, door) = open_door(Lang::En, false);
    let mut app = App::new(&door, ui(Lang::En, true, false));
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    typed(&mut app, "Jan");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "Wzorowy");
    for _ in 0..2 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "01.02.1970");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "m");
    // up to the groups, tick one; then benefits: move to "retirement pension" (5th) and tick
    app.handle_key(key(KeyCode::End));
    app.handle_key(key(KeyCode::Up));
    app.handle_key(key(KeyCode::Char(' ')));
    app.handle_key(key(KeyCode::Down));
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Right));
    }
    app.handle_key(key(KeyCode::Char(' ')));
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains("Application rejected (p1): retirement pension"),
        "{s}"
    );
    assert!(s.contains("rejected — retirement pension"), "{s}");
}

#[test]
fn help_is_generated_from_the_keymap() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(key(KeyCode::F(1)));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Pomoc") && s.contains("Ctrl+F, F3"), "{s}");
    insta::assert_snapshot!(screen(&app, 80, 24).backend());
    let (_d2, door_en) = open_door(Lang::En, true);
    let mut app = App::new(&door_en, ui(Lang::En, true, false));
    app.handle_key(
        Chord::from_event(&KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT)).unwrap(),
    );
    assert!(text_of(&screen(&app, 80, 24)).contains("Help"));
}

#[test]
fn escape_sequences_in_names_never_reach_the_terminal() {
    let (_d, door) = open_door(Lang::Pl, false);
    let evil = "\u{1b}]0;pwned\u{7}\u{1b}[2JZła";
    let p = kis::domain::person::Participant {
        id: String::new(),
        first_name: evil.into(),
        last_name: "Testowa\u{1b}[31m".into(),
        pesel: None,
        birth_date: chrono::NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(),
        sex: kis::domain::person::Sex::K,
        address: None,
        phone: None,
        email: None,
        categories: vec!["homeless".into()],
        exclusions: vec![],
        referred_by: None,
        referrer: None,
        pup_registered: false,
        applied_on: None,
        interview_on: None,
        consent_on: None,
        status: kis::domain::person::Status::Applicant,
        outcome: None,
        reason: None,
        ended_on: None,
        certificate_on: None,
        notes: String::new(),
    };
    // The desk now refuses such a name; a record stored before that still shows safely.
    let refused = door
        .desk
        .handle(&door.actor, Request::Intake(Box::new(p.clone())));
    assert!(refused.is_err());
    let p = kis::domain::person::Participant {
        id: "p1".into(),
        ..p
    };
    door.desk
        .store()
        .commit(
            "anowak",
            kis::store::Change::put(kis::store::Record::Participant(p)),
        )
        .unwrap();
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('2'));
    let t = screen(&app, 80, 24);
    assert!(!text_of(&t).contains('\u{1b}'));
    insta::assert_snapshot!("escape_list", t.backend());
    app.handle_key(key(KeyCode::Enter));
    let t = screen(&app, 80, 24);
    assert!(!text_of(&t).contains('\u{1b}') && !text_of(&t).contains('\u{7}'));
}

#[test]
fn a_small_terminal_gets_a_message() {
    let (_d, door) = open_door(Lang::Pl, false);
    let app = App::new(&door, ui(Lang::Pl, true, false));
    let s = text_of(&screen(&app, 60, 20));
    assert!(s.contains("Terminal za mały"), "{s}");
}

#[test]
fn quit_asks_only_with_unsaved_input() {
    let (_d, door) = open_door(Lang::Pl, false);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(key(KeyCode::F(10)));
    assert!(app.quit);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('2'));
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "X");
    app.handle_key(ctrl('q'));
    assert!(!app.quit);
    assert!(text_of(&screen(&app, 80, 24)).contains("Wyjść bez zapisu"));
    typed(&mut app, "t");
    assert!(app.quit);
}

#[test]
fn contracts_screen_and_editor() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('3'));
    insta::assert_snapshot!("contracts_list", screen(&app, 80, 24).backend());
    app.handle_key(key(KeyCode::Enter));
    insta::assert_snapshot!("contract_editor", screen(&app, 80, 24).backend());
    // add a review: Tab to the reviews section (header fields, goals, actions, reviews)
    for _ in 0..8 {
        app.handle_key(key(KeyCode::Tab));
    }
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "Postępy zgodne z planem");
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Ocena realizacji"), "{s}");
    app.handle_key(ctrl('s')); // confirms the item
    app.handle_key(ctrl('s')); // saves the contract
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zapisano (KS/"), "{s}");
    assert!(s.contains("24.11.2026 Postępy zgodne z planem"), "{s}");
}

#[test]
fn the_due_list_opens_the_contract() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Kontrakt KS/"), "{s}");
}

#[test]
fn reports_screen_drills_down_to_people() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('6'));
    insta::assert_snapshot!("reports", screen(&app, 80, 24).backend());
    // women admitted: the column to the right, then Enter
    app.handle_key(key(KeyCode::Right));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    let Some(kis::desk::Response::Report(r)) = door.ask_report() else {
        panic!()
    };
    assert!(
        s.contains(&format!(
            "przyjęci — kobiety ({})",
            r.participants.admitted.women
        )),
        "{s}"
    );
    // ←/→ in the list: men, then all, each asked again.
    app.handle_key(key(KeyCode::Right));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains(&format!(
            "przyjęci — mężczyźni ({})",
            r.participants.admitted.men
        )),
        "{s}"
    );
    app.handle_key(key(KeyCode::Right));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains(&format!(
            "przyjęci — razem ({})",
            r.participants.admitted.total
        )),
        "{s}"
    );
    app.handle_key(key(KeyCode::Enter));
    assert!(text_of(&screen(&app, 80, 24)).contains("Karta uczestnika"));
    app.handle_key(key(KeyCode::Esc));
    app.handle_key(key(KeyCode::Esc));
    // another period: last year has nobody
    app.handle_key(ctrl('t'));
    app.handle_key(key(KeyCode::Right));
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Raport za 01.01.2025 – 31.12.2025"), "{s}");
}

trait AskReport {
    fn ask_report(&self) -> Option<kis::desk::Response>;
}

impl AskReport for LocalDoor {
    fn ask_report(&self) -> Option<kis::desk::Response> {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        self.desk
            .handle(
                &self.actor,
                Request::Report {
                    from: d(1, 1),
                    to: d(12, 31),
                },
            )
            .ok()
    }
}

#[test]
fn attendance_grid_marks_and_totals() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('5'));
    app.handle_key(key(KeyCode::PageUp)); // October: the demo's sessions
    insta::assert_snapshot!("attendance_grid", screen(&app, 80, 24).backend());
    let before = text_of(&screen(&app, 80, 24));
    app.handle_key(key(KeyCode::Char(' ')));
    let after = text_of(&screen(&app, 80, 24));
    assert_ne!(before, after);
}

#[test]
fn quick_consultation_from_the_card() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(ctrl('f'));
    typed(&mut app, "zolc bozena");
    app.handle_key(key(KeyCode::Enter));
    // the card's footer says F7
    assert!(text_of(&screen(&app, 80, 23)).contains("F7 konsultacja"));
    app.handle_key(key(KeyCode::F(7)));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains("Konsultacja") && s.contains("Konsultacje psychologiczne"),
        "{s}"
    );
    insta::assert_snapshot!("consultation_form", text_of(&screen(&app, 80, 23)));
    // what was discussed: the last field
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "Plan na grudzień");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zapisano konsultację"), "{s}");
    assert!(s.contains("+ 24.11.2026 1 h Konsultacje"), "{s}");
    let sessions = door
        .desk
        .store()
        .sessions_between(today(), today())
        .unwrap();
    assert!(
        sessions
            .iter()
            .any(|x| x.value.topic.as_deref() == Some("Plan na grudzień")),
        "{sessions:?}"
    );
}

#[test]
fn psu_timesheet_grid() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    insta::assert_snapshot!("psu_grid", screen(&app, 80, 24).backend());
}

#[test]
fn psu_lists_add_a_rate_and_a_referral() {
    let (_d, door) = open_door(Lang::En, true);
    let mut app = App::new(&door, ui(Lang::En, true, false));
    app.handle_key(alt('4'));
    app.handle_key(ctrl('e'));
    app.handle_key(key(KeyCode::Enter)); // edit agreement 1
    for _ in 0..8 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "01.09.2026");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "9,50");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Saved"), "{s}");
    let a = door
        .desk
        .store()
        .get::<kis::domain::psu::Agreement>("a1")
        .unwrap()
        .unwrap()
        .value;
    assert_eq!(
        a.rates.last().unwrap().zl_per_hour,
        kis::domain::money::Money(950)
    );
    // a referral for an active, PUP-registered person: the 12 slots are taken → a warning
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Insert));
    let who = door
        .desk
        .store()
        .list::<kis::domain::person::Participant>()
        .unwrap()
        .into_iter()
        .map(|p| p.value)
        .find(|p| p.status == kis::domain::person::Status::Active && p.pup_registered)
        .unwrap();
    // the person is chosen in the picker, by name and birth shown side by side
    typed(&mut app, &format!("{} {}", who.last_name, who.first_name));
    app.handle_key(key(KeyCode::Enter));
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "01.12.2026");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "20.12.2026");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains("outside the agreement") || s.contains("slots are full"),
        "{s}"
    );
}

#[test]
fn a_viewer_sees_no_pesel_and_no_notes() {
    let (_d, door) = open_door(Lang::Pl, true);
    let admin = Actor {
        login: "anowak".into(),
        owner: true,
    };
    // a note on p9, and a viewer account
    let p = door
        .desk
        .store()
        .get::<kis::domain::person::Participant>("p9")
        .unwrap()
        .unwrap();
    let mut with_note = p.value.clone();
    with_note.notes = "notatka poufna".into();
    door.desk
        .handle(
            &admin,
            Request::UpdateParticipant {
                participant: Box::new(with_note),
                expected_rev: p.stamp.rev,
            },
        )
        .unwrap();
    door.desk
        .handle(
            &admin,
            Request::AddStaff {
                login: "gosc".into(),
                name: "Gość Próbny".into(),
                role: kis::domain::staff::Role::Viewer,
            },
        )
        .unwrap();
    let as_viewer = Actor {
        login: "gosc".into(),
        owner: false,
    };
    let Ok(kis::desk::Response::Card(card)) = door
        .desk
        .handle(&as_viewer, Request::Card { id: "p9".into() })
    else {
        panic!()
    };
    let full = p.value.pesel.as_ref().unwrap().to_string();
    assert_eq!(
        card.pesel_shown.as_deref(),
        Some(p.value.pesel.as_ref().unwrap().masked().as_str())
    );
    assert!(
        card.participant.value.pesel.is_none()
            && card.participant.value.notes.is_empty()
            && card.notes_hidden
    );
    let Ok(kis::desk::Response::Hits(hits)) = door.desk.handle(
        &as_viewer,
        Request::Lookup {
            query: full.clone(),
            limit: 5,
        },
    ) else {
        panic!()
    };
    assert!(hits
        .iter()
        .all(|h| h.pesel.as_deref() != Some(full.as_str())));
    // a viewer cannot write
    let err = door
        .desk
        .handle(
            &as_viewer,
            Request::Intake(Box::new(card.participant.value.clone())),
        )
        .unwrap_err();
    assert!(
        err.message(Lang::En).contains("may not"),
        "{}",
        err.message(Lang::En)
    );
    // promoted to worker: the PESEL shows at once
    door.desk
        .handle(
            &admin,
            Request::SetRole {
                login: "gosc".into(),
                role: kis::domain::staff::Role::Worker,
            },
        )
        .unwrap();
    let Ok(kis::desk::Response::Card(card)) = door
        .desk
        .handle(&as_viewer, Request::Card { id: "p9".into() })
    else {
        panic!()
    };
    assert_eq!(card.pesel_shown, Some(full));
}

#[test]
fn restricted_notes_are_read_by_their_author_and_coordinators() {
    let (_d, door) = open_door(Lang::En, true);
    let admin = Actor {
        login: "anowak".into(),
        owner: true,
    };
    use kis::domain::staff::Role;
    for (login, role) in [
        ("ewa", Role::Worker),
        ("jan", Role::Worker),
        ("kasia", Role::Coordinator),
        ("gosc", Role::Viewer),
    ] {
        door.desk
            .handle(
                &admin,
                Request::AddStaff {
                    login: login.into(),
                    name: login.into(),
                    role,
                },
            )
            .unwrap();
    }
    let as_ = |login: &str| Actor {
        login: login.into(),
        owner: false,
    };
    door.desk
        .handle(
            &as_("ewa"),
            Request::AddNote {
                participant_id: "p9".into(),
                text: "poufne ustalenia".into(),
                restricted: true,
            },
        )
        .unwrap();
    door.desk
        .handle(
            &as_("ewa"),
            Request::AddNote {
                participant_id: "p9".into(),
                text: "zwykła".into(),
                restricted: false,
            },
        )
        .unwrap();
    let notes = |login: &str| match door
        .desk
        .handle(&as_(login), Request::Card { id: "p9".into() })
        .unwrap()
    {
        kis::desk::Response::Card(c) => c.notes,
        _ => unreachable!(),
    };
    let texts = |login: &str| notes(login).into_iter().map(|n| n.text).collect::<Vec<_>>();
    assert!(texts("ewa").contains(&Some("poufne ustalenia".into())));
    assert!(texts("kasia").contains(&Some("poufne ustalenia".into())));
    // another worker sees that a restricted note exists, not what it says
    assert!(texts("jan").contains(&None) && texts("jan").contains(&Some("zwykła".into())));
    assert_eq!(notes("jan").len(), 2);
    // a viewer sees no notes
    assert!(notes("gosc").is_empty());
    // the export keeps it, with its flag
    let Ok(kis::desk::Response::Exported(e)) = door.desk.handle(&admin, Request::Export) else {
        panic!()
    };
    assert!(
        e.contains(r#""restricted":true,"text":"poufne ustalenia""#),
        "{}",
        e.lines().last().unwrap()
    );
    let Ok(kis::desk::Response::PersonExport(x)) = door
        .desk
        .handle(&admin, Request::PersonExport { id: "p9".into() })
    else {
        panic!()
    };
    assert_eq!(x.notes.len(), 2);
}

/// A door that hears the desk's committed changes as `kis serve` would push
/// them, and whose link state the test sets.
struct PushDoor {
    inner: LocalDoor,
    heard: std::sync::Arc<std::sync::Mutex<Vec<kis::tui::DoorEvent>>>,
    link: std::cell::Cell<kis::tui::Link>,
}

impl kis::tui::Door for PushDoor {
    fn ask(&self, req: Request) -> Result<kis::desk::Response, kis::desk::DeskError> {
        self.inner.ask(req)
    }
    fn lang(&self) -> Lang {
        self.inner.lang()
    }
    fn poll(&self) -> Vec<kis::tui::DoorEvent> {
        std::mem::take(&mut *self.heard.lock().unwrap())
    }
    fn link(&self) -> kis::tui::Link {
        self.link.get()
    }
}

#[test]
fn pushed_changes_refresh_the_screen_and_the_footer_shows_the_server() {
    use kis::tui::{Door, DoorEvent, Link};
    let (_d, inner) = open_door(Lang::Pl, true);
    let heard = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let to = std::sync::Arc::clone(&heard);
    inner.desk.on_change(Box::new(move |n| {
        to.lock().unwrap().push(DoorEvent::Changed(n))
    }));
    let door = PushDoor {
        inner,
        heard,
        link: std::cell::Cell::new(Link::Server),
    };
    let mut app = App::new(&door, ui(Lang::Pl, false, false));
    app.handle_key(alt('2'));
    assert!(!app.pump(), "nothing happened yet");
    let t = screen(&app, 80, 24);
    let s = text_of(&t);
    assert!(
        s.contains("Uczestnicy (48/48)") && s.contains("[serwer]"),
        "{s}"
    );
    insta::assert_snapshot!("served_participants", format!("{:?}", t.backend()));
    // a coordinator at another desk takes in a new applicant
    let other = Actor {
        login: "koordynator".into(),
        owner: false,
    };
    let Ok(kis::desk::Response::Card(c)) = door.ask(Request::Card { id: "p2".into() }) else {
        panic!()
    };
    let mut p = c.participant.value;
    p.id = String::new();
    p.pesel = None;
    p.first_name = "Nowa".into();
    p.last_name = "Wnioskodawczyni".into();
    p.status = kis::domain::person::Status::Applicant;
    p.ended_on = None;
    door.inner
        .desk
        .handle(&other, Request::Intake(Box::new(p)))
        .unwrap();
    assert!(app.pump());
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Uczestnicy (49/49)"), "{s}");
    assert!(s.contains("Alicja Przykładowa zapisał(a) zmiany"), "{s}");
    // an open card is read again only for a change about its person
    app.open_card("p1");
    let reads = |door: &PushDoor| {
        door.inner
            .desk
            .store()
            .audit_reads()
            .unwrap()
            .iter()
            .filter(|r| r.action == "read" && r.id == "p1")
            .count()
    };
    let before = reads(&door);
    let note = |pid: &str| Request::AddNote {
        participant_id: pid.into(),
        text: "telefon".into(),
        restricted: false,
    };
    door.inner.desk.handle(&other, note("p3")).unwrap();
    assert!(app.pump());
    assert_eq!(reads(&door), before, "a change about p3 leaves p1's card");
    door.inner.desk.handle(&other, note("p1")).unwrap();
    assert!(app.pump());
    assert_eq!(reads(&door), before + 1);
    // the server goes away and comes back
    door.link.set(Link::Lost);
    door.heard.lock().unwrap().push(DoorEvent::Lost);
    assert!(app.pump());
    assert!(text_of(&screen(&app, 80, 24)).contains("Utracono połączenie z serwerem kis"));
    app.handle_key(key(KeyCode::Esc));
    assert!(text_of(&screen(&app, 80, 24)).contains("[brak serwera]"));
    door.link.set(Link::Server);
    door.heard.lock().unwrap().push(DoorEvent::Regained);
    assert!(app.pump());
    assert!(text_of(&screen(&app, 80, 24)).contains("Połączono ponownie z serwerem kis"));
}

/// A small club for the correction tests: three namesakes taking part, one
/// rejected applicant, a PSU agreement with a worksite and a position.
fn namesakes_club() -> String {
    use serde_json::json;
    let mut l = vec![
        json!({"type":"kis","format":1}),
        json!({"type":"agreement","id":"a1","number":"1/2026","starts_on":"2026-02-01","ends_on":"2026-12-31","slots":10,
               "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2026-02-01","zl_per_hour":"9.00"}]}),
        json!({"type":"worksite","id":"w1","name":"Szkoła Próbna"}),
        json!({"type":"position","id":"pos1","name":"pomoc kuchni"}),
        json!({"type":"participant","id":"p9","first_name":"Halina","last_name":"Odrzucona","birth_date":"1960-03-03","sex":"K",
               "categories":["long_term_unemployed"],"exclusions":["retirement_pension"],"status":"rejected","reason":"retirement_pension"}),
    ];
    for (i, (born, phone)) in [
        ("1970-01-01", "500100101"),
        ("1980-02-02", "500100102"),
        ("1990-03-03", "500100103"),
    ]
    .iter()
    .enumerate()
    {
        let id = format!("p{}", i + 1);
        l.push(json!({"type":"participant","id":id,"first_name":"Anna","last_name":"Nowak","birth_date":born,"sex":"K","phone":phone,
                      "categories":["long_term_unemployed"],"pup_registered":true,"status":"active"}));
        l.push(json!({"type":"contract","id":format!("c{}", i + 1),"participant_id":id,"number":format!("KS/{}/2026", i + 1),
                      "signed_on":"2026-03-02","starts_on":"2026-03-02","ends_on":"2026-12-31","state":"active"}));
    }
    l.iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn namesakes_door(lang: Lang) -> (tempfile::TempDir, LocalDoor) {
    let (d, door) = open_door(lang, false);
    door.desk
        .handle(
            &door.actor,
            Request::Import {
                text: namesakes_club(),
            },
        )
        .unwrap();
    (d, door)
}

#[test]
fn a_referral_chooses_one_of_three_namesakes_from_the_list() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    app.handle_key(ctrl('e'));
    for _ in 0..3 {
        app.handle_key(key(KeyCode::Tab)); // to the referrals of the agreement in view
    }
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "nowak");
    insta::assert_snapshot!("referral_person_picker", screen(&app, 80, 24).backend());
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Anna Nowak"), "{s}");
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "01.04.2026");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "30.06.2026");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zapisano"), "{s}");
    let referred: Vec<String> = door
        .desk
        .store()
        .list::<kis::domain::psu::Assignment>()
        .unwrap()
        .into_iter()
        .map(|a| a.value.participant_id)
        .collect();
    // the third in the list: the lookup orders namesakes by id
    assert_eq!(referred, vec!["p3".to_string()]);
}

#[test]
fn editing_a_participant_and_finding_them_by_the_new_phone() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(ctrl('f'));
    typed(&mut app, "500100102");
    app.handle_key(key(KeyCode::Enter)); // the card of p2
    app.handle_key(key(KeyCode::Enter)); // its menu
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Popraw dane osoby"), "{s}");
    // the menu: the contract, a consultation, the ending, then "Popraw dane osoby"
    for _ in 0..3 {
        app.handle_key(key(KeyCode::Down));
    }
    app.handle_key(key(KeyCode::Enter));
    insta::assert_snapshot!("edit_participant", screen(&app, 80, 24).backend());
    // to the phone field: first name, surname, PESEL, birth date, sex, street, postal, city, phone
    for _ in 0..8 {
        app.handle_key(key(KeyCode::Tab));
    }
    for _ in 0..9 {
        app.handle_key(key(KeyCode::Backspace));
    }
    typed(&mut app, "600700800");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Poprawiono dane: Anna Nowak"), "{s}");
    assert!(s.contains("600700800"), "{s}");
    app.handle_key(key(KeyCode::Esc));
    app.handle_key(ctrl('f'));
    typed(&mut app, "600700800");
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Nowak Anna"), "{s}");
    assert!(!s.contains("Brak wyników"), "{s}");
    let p = door
        .desk
        .store()
        .get::<kis::domain::person::Participant>("p2")
        .unwrap()
        .unwrap()
        .value;
    assert_eq!(p.phone.as_deref(), Some("600700800"));
    assert_eq!(p.status, kis::domain::person::Status::Active);
}

#[test]
fn reversing_a_rejection_asks_for_the_reason() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(ctrl('f'));
    typed(&mut app, "odrzucona");
    app.handle_key(key(KeyCode::Enter));
    app.handle_key(key(KeyCode::Enter));
    // the menu: a consultation, the data, then "Cofnij odrzucenie"
    assert!(text_of(&screen(&app, 80, 24)).contains("Cofnij odrzucenie"));
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::Down));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Cofnięcie odrzucenia: Halina Odrzucona"), "{s}");
    // PgDn twice: the benefits; "emerytura" is the fifth; untick it
    app.handle_key(key(KeyCode::PageDown));
    app.handle_key(key(KeyCode::PageDown));
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Right));
    }
    app.handle_key(key(KeyCode::Char(' ')));
    app.handle_key(ctrl('s'));
    insta::assert_snapshot!("reverse_rejection_reason", screen(&app, 80, 24).backend());
    // an empty reason is refused
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Podaj powód poprawki"), "{s}");
    typed(&mut app, "świadczenie zaznaczone omyłkowo");
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(
        s.contains("Odrzucenie cofnięte — Halina Odrzucona jest znów kandydatem"),
        "{s}"
    );
    let p = door
        .desk
        .store()
        .get::<kis::domain::person::Participant>("p9")
        .unwrap()
        .unwrap()
        .value;
    assert_eq!(p.status, kis::domain::person::Status::Applicant);
    assert!(p.exclusions.is_empty());
    let audit = match door
        .desk
        .handle(
            &door.actor,
            Request::Audit {
                participant: Some("p9".into()),
                user: None,
                from: None,
                to: None,
            },
        )
        .unwrap()
    {
        kis::desk::Response::Audit(a) => a,
        _ => unreachable!(),
    };
    assert!(audit
        .iter()
        .any(|l| l.reason.as_deref() == Some("świadczenie zaznaczone omyłkowo")));
}

#[test]
fn a_closed_contract_is_read_only_until_reopened_with_a_reason() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let c = door
        .desk
        .store()
        .get::<kis::domain::contract::Contract>("c1")
        .unwrap()
        .unwrap();
    let mut closed = c.value.clone();
    closed.state = kis::domain::contract::ContractState::Completed;
    door.desk
        .handle(
            &door.actor,
            Request::SaveContract {
                contract: Box::new(closed),
                expected_rev: Some(c.stamp.rev),
            },
        )
        .unwrap();
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('3'));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("tylko do odczytu"), "{s}");
    typed(&mut app, "X");
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Kontrakt zamknięty (zrealizowany)"), "{s}");
    // a message longer than the line takes a second one, never cut
    assert!(
        s.contains("Ctrl+E otwiera go do") && s.contains("\npoprawki"),
        "{s}"
    );
    app.handle_key(ctrl('e'));
    typed(&mut app, "data końca wpisana błędnie");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("w poprawce"), "{s}");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zapisano (KS/1/2026)"), "{s}");
}

#[test]
fn psu_hours_left_with_an_arrow_key_are_saved_not_dropped() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    typed(&mut app, "3");
    app.handle_key(key(KeyCode::Right));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("dnia 24.11.2026"), "{s}");
    assert!(s.contains("Dzień 25.11.2026"), "{s}");
    // a value that does not parse stays, with the reason, and the cursor stays
    typed(&mut app, "7,3");
    app.handle_key(key(KeyCode::Right));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Dzień 25.11.2026"), "{s}");
    assert!(s.contains("7,3"), "{s}");
}

#[test]
fn the_grid_marks_someone_who_is_not_a_participant_that_day() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let ask = |r: Request| door.desk.handle(&door.actor, r).unwrap();
    ask(Request::Save {
        record: Box::new(kis::store::Record::Activity(
            kis::domain::workshop::Activity {
                id: "act1".into(),
                name: "Warsztat próbny".into(),
                kind: kis::domain::workshop::ActivityKind::Workshop,
                area: kis::domain::workshop::Area::Vocational,
                enrolled: vec![],
            },
        )),
        expected_rev: None,
    });
    let kis::desk::Response::Sessions { ids, .. } = ask(Request::CreateSessions {
        template: Box::new(kis::domain::workshop::Session {
            id: String::new(),
            activity_id: "act1".into(),
            date: today(),
            hours: kis::domain::hours::Hours::whole(2),
            specialist_id: None,
            zl_per_hour: kis::domain::money::Money::ZERO,
            topic: None,
            place: None,
            remote: false,
            guests: 0,
        }),
        weeks: 1,
    }) else {
        panic!()
    };
    for who in ["p1", "p9"] {
        ask(Request::SetAttendance {
            session_id: ids[0].clone(),
            participant_id: who.into(),
            state: Some(kis::domain::workshop::AttendanceState::Present),
        });
    }
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('5'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("nie był(a) uczestnikiem w dniu zajęć"), "{s}");
    let rejected_row = s.lines().find(|l| l.contains("Odrzucona")).unwrap();
    assert!(rejected_row.contains('*'), "{rejected_row}");
    let member_row = s.lines().find(|l| l.contains("Nowak")).unwrap();
    assert!(!member_row.contains('*'), "{member_row}");
}

#[test]
fn a_stale_psu_save_is_refused_with_who_saved_first() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    // the timesheet is on screen; another user saves the same day of the first row
    let kis::desk::Response::PsuLists { agreements, .. } =
        door.desk.handle(&door.actor, Request::PsuLists).unwrap()
    else {
        panic!()
    };
    let agreement = agreements
        .iter()
        .rev()
        .find(|a| a.value.covers(today()))
        .unwrap();
    let kis::desk::Response::Timesheet(sheet) = door
        .desk
        .handle(
            &door.actor,
            Request::Timesheet {
                of: kis::domain::psu::SheetOf::Agreement(agreement.value.id.clone()),
                month: today(),
            },
        )
        .unwrap()
    else {
        panic!()
    };
    let line = &sheet.lines[0];
    let rev = line
        .rows
        .iter()
        .position(|r| r.date == today())
        .map(|i| line.revs[i]);
    let other = Actor {
        login: "koordynator".into(),
        owner: false,
    };
    door.desk
        .handle(
            &other,
            Request::LogHours {
                row: kis::domain::psu::HourRow {
                    assignment_id: line.assignment.id.clone(),
                    date: today(),
                    hours: kis::domain::hours::Hours::whole(1),
                    absence: None,
                },
                expected_rev: rev,
            },
        )
        .unwrap();
    typed(&mut app, "2");
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zmienione przez Alicja Przykładowa"), "{s}");
    let saved = door
        .desk
        .store()
        .hour_row(&line.assignment.id, today())
        .unwrap()
        .unwrap();
    assert_eq!(saved.hours, kis::domain::hours::Hours::whole(1));
}

#[test]
fn a_club_sets_itself_up_from_the_settings_screen() {
    let (_d, door) = namesakes_door(Lang::Pl);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Ustaw nazwę klubu: Ctrl+E"), "{s}");
    app.handle_key(ctrl('e'));
    insta::assert_snapshot!("settings_club", screen(&app, 80, 24).backend());
    // the form: name, then the centre
    app.handle_key(key(KeyCode::Enter));
    for _ in 0.."Klub Integracji Społecznej".chars().count() {
        app.handle_key(key(KeyCode::Backspace));
    }
    typed(&mut app, "KIS w Przykładowie");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "MOPS w Przykładowie");
    // a bad number names its field and saves nothing
    for _ in 0..5 {
        app.handle_key(key(KeyCode::Tab));
    }
    typed(&mut app, "x");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Udział najwyżej (mies.): podaj liczbę"), "{s}");
    app.handle_key(key(KeyCode::Backspace));
    app.handle_key(ctrl('s'));
    let settings = door.desk.store().settings().unwrap();
    assert_eq!(settings.club_name, "KIS w Przykładowie");
    assert_eq!(settings.parent_name.as_deref(), Some("MOPS w Przykładowie"));
    // groups: a new one, then retired
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "seniorzy");
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "Seniorzy 60+");
    app.handle_key(ctrl('s'));
    insta::assert_snapshot!("settings_groups", screen(&app, 80, 24).backend());
    app.handle_key(key(KeyCode::End));
    app.handle_key(key(KeyCode::Delete));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Wycofano grupę Seniorzy 60+"), "{s}");
    assert!(s.contains("wycofana"), "{s}");
    // staff: the first account's basis and hours
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Enter));
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Tab));
    app.handle_key(key(KeyCode::Right)); // umowa o pracę
    app.handle_key(key(KeyCode::Tab));
    typed(&mut app, "40");
    app.handle_key(ctrl('s'));
    insta::assert_snapshot!("settings_staff", screen(&app, 80, 24).backend());
    // a retired group is not offered at intake
    app.handle_key(key(KeyCode::Esc));
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(!s.contains("Seniorzy 60+"), "{s}");
}

#[test]
fn psu_refunds_received_beside_the_request() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    app.handle_key(ctrl('e'));
    for _ in 0..4 {
        app.handle_key(key(KeyCode::Tab));
    }
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("[Refundacje]"), "{s}");
    assert!(s.contains("brak wpływu"), "{s}");
    app.handle_key(key(KeyCode::Enter));
    typed(&mut app, "20.03.2026");
    app.handle_key(key(KeyCode::Tab));
    for _ in 0..10 {
        app.handle_key(key(KeyCode::Backspace));
    }
    typed(&mut app, "123,45");
    app.handle_key(ctrl('s'));
    insta::assert_snapshot!("psu_refunds", screen(&app, 80, 24).backend());
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("wpływ 123,45 zł"), "{s}");
}

#[test]
fn reports_compare_with_the_year_before_on_a_key() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('6'));
    app.handle_key(ctrl('o'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Porównanie z poprzednim rokiem"), "{s}");
    // the comparison closes the screen's list: the last rows
    app.handle_key(key(KeyCode::End));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("01.01.2025 – 31.12.2025"), "{s}");
    assert!(s.contains("akt. "), "{s}");
}

/// 80×24 less a tmux or screen status line: every screen lays out in 23 rows.
#[test]
fn every_screen_fits_80_by_23() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    let check = |app: &App, what: &str| {
        let s = text_of(&screen(app, 80, 23));
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 23, "{what}");
        assert!(!s.contains("Terminal za mały"), "{what}: {s}");
        assert!(lines[0].contains("1 Dziś"), "{what}: {s}");
        // the footer with the screen's keys is the last row
        assert!(
            lines[22].contains("│") || lines[22].contains("Esc"),
            "{what}: the footer\n{s}"
        );
        assert!(lines[21].starts_with('└'), "{what}: the frame closes\n{s}");
    };
    for (key_, what) in [
        ('1', "Dziś"),
        ('2', "Uczestnicy"),
        ('3', "Kontrakty"),
        ('4', "PSU"),
        ('5', "Zajęcia"),
        ('6', "Raporty"),
    ] {
        app.handle_key(alt(key_));
        check(&app, what);
    }
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    let s = text_of(&screen(&app, 80, 23));
    // the intake form: its last field and the benefits heading still show
    assert!(s.contains("Notatki") && s.contains("Świadczenia"), "{s}");
    app.handle_key(key(KeyCode::Esc));
    app.handle_key(alt('1'));
    app.handle_key(ctrl('e'));
    check(&app, "Ustawienia");
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 23));
    assert!(s.contains("Przechowywanie danych (lata)"), "{s}");
}

#[test]
fn below_the_minimum_only_quitting_acts() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    let s = text_of(&screen(&app, 79, 23));
    assert!(s.contains("Terminal za mały"), "{s}");
    // unseen keys do nothing: Alt+2 does not switch, Ctrl+N opens nothing
    app.handle_key(alt('2'));
    app.handle_key(ctrl('n'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Do zrobienia"), "{s}");
    // quitting still works
    let _ = screen(&app, 79, 23);
    app.handle_key(Chord::from_event(&KeyEvent::new(KeyCode::F(10), KeyModifiers::NONE)).unwrap());
    assert!(app.quit);
}

#[test]
fn a_referral_entered_in_error_is_deleted_from_the_list() {
    let (_d, door) = namesakes_door(Lang::Pl);
    door.desk
        .handle(
            &door.actor,
            Request::SaveAssignment {
                assignment: Box::new(kis::domain::psu::Assignment {
                    id: String::new(),
                    participant_id: "p1".into(),
                    agreement_id: "a1".into(),
                    worksite_id: "w1".into(),
                    position_id: "pos1".into(),
                    referral_number: None,
                    from: chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
                    to: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
                    resigned_on: None,
                    resign_reason: None,
                }),
                expected_rev: None,
            },
        )
        .unwrap();
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('4'));
    app.handle_key(ctrl('e'));
    for _ in 0..3 {
        app.handle_key(key(KeyCode::Tab));
    }
    app.handle_key(key(KeyCode::Delete));
    app.handle_key(key(KeyCode::Right)); // "usuń — wpisane omyłkowo"
    app.handle_key(ctrl('s'));
    let left = door
        .desk
        .store()
        .list::<kis::domain::psu::Assignment>()
        .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn zajecia_lists_name_kinds_areas_and_roles_in_words() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('5'));
    app.handle_key(ctrl('e'));
    let activities = text_of(&screen(&app, 80, 24));
    for code in ["consultation", "workshop", "social", "vocational"] {
        assert!(!activities.contains(code), "{code} in\n{activities}");
    }
    assert!(activities.contains("reintegracja"), "{activities}");
    app.handle_key(key(KeyCode::Tab));
    let specialists = text_of(&screen(&app, 80, 24));
    assert!(specialists.contains("Ewa Przykładowa"), "{specialists}");
    for code in ["psychologist", "career_advisor"] {
        assert!(!specialists.contains(code), "{code} in\n{specialists}");
    }
}

#[test]
fn a_sessions_guests_are_entered_after_the_event() {
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, true, false));
    app.handle_key(alt('5'));
    app.handle_key(key(KeyCode::Enter));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("goście bez karty"), "{s}");
    app.handle_key(key(KeyCode::Backspace));
    typed(&mut app, "7");
    app.handle_key(ctrl('s'));
    let s = text_of(&screen(&app, 80, 24));
    assert!(s.contains("Zapisano"), "{s}");
    let sessions = door
        .desk
        .store()
        .list::<kis::domain::workshop::Session>()
        .unwrap();
    assert_eq!(sessions.iter().filter(|s| s.value.guests == 7).count(), 1);
}

/// Each yes/no question has its own words: the contract editor no longer asks
/// about an application, and the quit question has a title of its own.
#[test]
fn questions_at_80x23_in_polish_english_and_ascii() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let mut app = App::new(&door, ui(lang, false, ascii));
        // the contract editor with a review typed: Esc asks before dropping it
        app.handle_key(alt('3'));
        app.handle_key(key(KeyCode::Enter));
        for _ in 0..8 {
            app.handle_key(key(KeyCode::Tab));
        }
        app.handle_key(key(KeyCode::Insert));
        typed(&mut app, "Postępy");
        app.handle_key(ctrl('s'));
        app.handle_key(key(KeyCode::Esc));
        let s = text_of(&screen(&app, 80, 23));
        assert!(!s.contains("wniosek") && !s.contains("application"), "{s}");
        insta::assert_snapshot!(format!("discard_contract_{name}"), s);
        // quitting asks too, and F10 again says yes
        app.handle_key(key(KeyCode::Char('n')));
        app.handle_key(key(KeyCode::F(10)));
        insta::assert_snapshot!(
            format!("quit_question_{name}"),
            text_of(&screen(&app, 80, 23))
        );
        app.handle_key(key(KeyCode::F(10)));
        assert!(app.quit);
    }
}

/// The intake form asks about the application; a correction about the changes.
#[test]
fn leaving_an_application_asks_about_the_application() {
    let (_d, door) = open_door(Lang::Pl, false);
    let mut app = App::new(&door, ui(Lang::Pl, false, false));
    app.handle_key(alt('2'));
    app.handle_key(key(KeyCode::Insert));
    typed(&mut app, "X");
    app.handle_key(key(KeyCode::Esc));
    let s = text_of(&screen(&app, 80, 23));
    assert!(s.contains("Porzucić wpisany wniosek?"), "{s}");
    assert!(s.contains("Nowy wniosek"), "{s}");
    app.handle_key(key(KeyCode::Char('t')));
    let s = text_of(&screen(&app, 80, 23));
    assert!(s.contains("Uczestnicy"), "{s}");
    assert!(!app.quit);
}

/// The people behind a report's figure, a popup of its own, at 80×23.
#[test]
fn report_people_at_80x23() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let mut app = App::new(&door, ui(lang, false, ascii));
        app.handle_key(alt('6'));
        app.handle_key(key(KeyCode::Enter));
        app.handle_key(key(KeyCode::End));
        insta::assert_snapshot!(
            format!("report_people_{name}"),
            text_of(&screen(&app, 80, 23))
        );
    }
}

/// A card longer than the screen scrolls: every note whole, the attendance
/// history to its end, and a line below saying which lines are in view.
#[test]
fn the_card_scrolls_to_show_everything() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        for i in 1..=6 {
            let text = format!(
                "Notatka {i}: rozmowa o planie na kolejny miesiąc, ustalenia z pracownikiem \
                 socjalnym i terminy spotkań, koniec notatki {i}."
            );
            door.desk
                .handle(
                    &door.actor,
                    Request::AddNote {
                        participant_id: "p19".into(),
                        text,
                        restricted: false,
                    },
                )
                .unwrap();
        }
        let mut app = App::new(&door, ui(lang, false, ascii));
        app.handle_key(ctrl('f'));
        typed(&mut app, "zolc grazyna");
        app.handle_key(key(KeyCode::Enter));
        let top = text_of(&screen(&app, 80, 23));
        assert!(top.contains("PESEL"), "{top}");
        insta::assert_snapshot!(format!("card_top_{name}"), top);
        app.handle_key(key(KeyCode::End));
        let end = text_of(&screen(&app, 80, 23));
        assert!(!end.contains("PESEL"), "{end}");
        // each note whole, its end included
        assert!(end.contains("notatki 6."), "{end}");
        insta::assert_snapshot!(format!("card_end_{name}"), end);
        app.handle_key(key(KeyCode::PageUp));
        app.handle_key(key(KeyCode::Home));
        assert_eq!(text_of(&screen(&app, 80, 23)), top);
        app.handle_key(key(KeyCode::Down));
        let one = text_of(&screen(&app, 80, 23));
        assert_ne!(one, top);
        app.handle_key(key(KeyCode::Up));
        assert_eq!(text_of(&screen(&app, 80, 23)), top);
    }
}

/// A new session is offered the specialist the activity had last, not the
/// club's first one (a career workshop was offered the psychologist).
#[test]
fn a_new_session_offers_the_activitys_last_specialist() {
    let (_d, door) = open_door(Lang::Pl, true);
    let Ok(kis::desk::Response::Workshops {
        activities,
        specialists,
    }) = door.desk.handle(&door.actor, Request::Workshops)
    else {
        panic!()
    };
    let mut app = App::new(&door, ui(Lang::Pl, false, false));
    app.handle_key(alt('5'));
    let mut seen = 0;
    for _ in 0..activities.len() {
        let s = text_of(&screen(&app, 80, 23));
        let Some(act) = activities.iter().find(|a| s.contains(&a.value.name)) else {
            panic!("{s}")
        };
        let month = kis::domain::dates::month_start(today());
        let Ok(kis::desk::Response::AttendanceGrid(g)) = door.desk.handle(
            &door.actor,
            Request::AttendanceGrid {
                activity_id: act.value.id.clone(),
                from: month,
                to: kis::domain::dates::month_end(month),
                extra: vec![],
            },
        ) else {
            panic!()
        };
        app.handle_key(key(KeyCode::Insert));
        let form = text_of(&screen(&app, 80, 23));
        if let Some(id) = &g.last_specialist {
            let name = &specialists
                .iter()
                .find(|x| &x.value.id == id)
                .unwrap()
                .value
                .name;
            assert!(form.contains(name.as_str()), "{form}");
            // not merely the first specialist, offered to every activity before
            if id != &specialists[0].value.id {
                seen += 1;
            }
        }
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(key(KeyCode::Tab));
    }
    assert!(
        seen > 0,
        "the demo has an activity led by another specialist"
    );
}

/// F1 shows the keys of the screen in front first, in its words: Zajęcia's
/// Space and Ctrl+O (adding a person, not "change the order"), PSU's c, u, n.
#[test]
fn help_starts_with_the_keys_of_the_screen_in_front() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let mut app = App::new(&door, ui(lang, false, ascii));
        app.handle_key(alt('5'));
        app.handle_key(key(KeyCode::F(1)));
        let s = text_of(&screen(&app, 80, 23));
        insta::assert_snapshot!(format!("help_activities_{name}"), s);
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(alt('4'));
        app.handle_key(key(KeyCode::F(1)));
        let s = text_of(&screen(&app, 80, 23));
        for k in ["│c    ", "│u    ", "│n    "] {
            let k = if ascii {
                k.replace('│', "|")
            } else {
                k.to_string()
            };
            assert!(s.contains(&k), "{k}: {s}");
        }
        insta::assert_snapshot!(format!("help_psu_{name}"), s);
    }
    // Ctrl+O on Zajęcia adds a person; on Uczestnicy it changes the order
    let (_d, door) = open_door(Lang::Pl, true);
    let mut app = App::new(&door, ui(Lang::Pl, false, false));
    app.handle_key(alt('5'));
    app.handle_key(ctrl('o'));
    assert!(text_of(&screen(&app, 80, 23)).contains("Nazwisko, imię, PESEL"));
    app.handle_key(key(KeyCode::Esc));
    app.handle_key(alt('2'));
    app.handle_key(ctrl('o'));
    assert!(text_of(&screen(&app, 80, 23)).contains("Sortuj: najnowsi"));
}

/// The card shows the person's PSU referrals with the hours worked.
#[test]
fn the_card_shows_psu_referrals_and_hours() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let Ok(kis::desk::Response::PsuLists { agreements, .. }) =
            door.desk.handle(&door.actor, Request::PsuLists)
        else {
            panic!()
        };
        let Ok(kis::desk::Response::Referrals(refs)) = door.desk.handle(
            &door.actor,
            Request::Referrals {
                agreement_id: agreements[0].value.id.clone(),
            },
        ) else {
            panic!()
        };
        let person = refs[0].0.value.participant_id.clone();
        let mut app = App::new(&door, ui(lang, false, ascii));
        app.open_card(&person);
        let s = text_of(&screen(&app, 80, 60));
        assert!(s.contains(&agreements[0].value.number), "{s}");
        screen(&app, 80, 23);
        for _ in 0..8 {
            app.handle_key(key(KeyCode::Down));
        }
        insta::assert_snapshot!(format!("card_psu_{name}"), text_of(&screen(&app, 80, 23)));
    }
}

/// The screens built on the shared components, at 80×23 in Polish, English and
/// ASCII: the two filtered lists, the person picker, the card's menu, and
/// Zajęcia's lists and period summary.
#[test]
fn components_at_80x23() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let mut app = App::new(&door, ui(lang, false, ascii));
        let shot = |app: &App, what: &str| {
            insta::assert_snapshot!(format!("{what}_{name}"), text_of(&screen(app, 80, 23)));
        };
        // Uczestnicy filtered by typing, by status, in the other order; the selection moved
        app.handle_key(alt('2'));
        typed(&mut app, "ska");
        app.handle_key(ctrl('t'));
        app.handle_key(ctrl('t'));
        app.handle_key(ctrl('o'));
        app.handle_key(key(KeyCode::Down));
        shot(&app, "participants_filtered");
        // Kontrakty by the end date, the last selected
        app.handle_key(alt('3'));
        app.handle_key(ctrl('o'));
        app.handle_key(key(KeyCode::End));
        shot(&app, "contracts_by_end");
        // the person picker
        app.handle_key(ctrl('f'));
        typed(&mut app, "ma");
        app.handle_key(key(KeyCode::PageDown));
        shot(&app, "person_picker");
        app.handle_key(key(KeyCode::Esc));
        // the card's menu
        app.handle_key(alt('2'));
        app.handle_key(key(KeyCode::Enter));
        app.handle_key(key(KeyCode::Enter));
        app.handle_key(key(KeyCode::Up));
        shot(&app, "card_menu");
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(key(KeyCode::Esc));
        // Zajęcia: the lists of activities and specialists, then a period's summary
        app.handle_key(alt('5'));
        app.handle_key(ctrl('e'));
        app.handle_key(key(KeyCode::Down));
        shot(&app, "activities_lists");
        app.handle_key(key(KeyCode::Tab));
        shot(&app, "specialists_list");
        app.handle_key(key(KeyCode::Esc));
        app.handle_key(ctrl('t'));
        app.handle_key(ctrl('s'));
        shot(&app, "activities_summary");
    }
}

/// A note opens whole from the card's menu, and scrolls when it is long.
#[test]
fn a_note_opens_in_full() {
    for (lang, ascii, name) in [
        (Lang::Pl, false, "pl"),
        (Lang::En, false, "en"),
        (Lang::Pl, true, "ascii"),
    ] {
        let (_d, door) = open_door(lang, true);
        let text: Vec<String> = (1..=40)
            .map(|i| format!("Zdanie {i} notatki o przebiegu rozmowy."))
            .collect();
        door.desk
            .handle(
                &door.actor,
                Request::AddNote {
                    participant_id: "p19".into(),
                    text: text.join(" "),
                    restricted: false,
                },
            )
            .unwrap();
        let mut app = App::new(&door, ui(lang, false, ascii));
        app.open_card("p19");
        app.handle_key(key(KeyCode::Enter));
        // the menu goes round: the last line is the person's data, then the note
        app.handle_key(key(KeyCode::Up));
        app.handle_key(key(KeyCode::Up));
        app.handle_key(key(KeyCode::Enter));
        let s = text_of(&screen(&app, 80, 23));
        assert!(s.contains("Zdanie 1 notatki"), "{s}");
        insta::assert_snapshot!(format!("note_reader_{name}"), s);
        app.handle_key(key(KeyCode::End));
        let s = text_of(&screen(&app, 80, 23));
        assert!(s.contains("Zdanie 40 notatki"), "{s}");
        app.handle_key(key(KeyCode::Esc));
        assert!(text_of(&screen(&app, 80, 23)).contains("PESEL"));
    }
}
