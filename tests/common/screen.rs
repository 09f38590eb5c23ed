//! The real `App` on ratatui's `TestBackend`: a door to a fresh club, the keys
//! a person presses, and the screen as text.

use kis::desk::{Actor, Desk, Request};
use kis::store::{Options, Store};
use kis::text::Lang;
use kis::tui::app::{App, Ui};
use kis::tui::keymap::{Chord, Keymap};
use kis::tui::text::Text;
use kis::tui::theme::Theme;
use kis::tui::LocalDoor;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

pub const TODAY: &str = "2026-11-24";

/// A fresh data directory (with the demo club if `demo`) and a door to it, as
/// the owner of the files; the desk's today is [`TODAY`].
pub fn open_door(lang: Lang, demo: bool) -> (tempfile::TempDir, LocalDoor) {
    let today = kis::domain::dates::parse(TODAY).unwrap();
    kis::desk::fix_today(today);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), &Options::default()).unwrap();
    let desk = Desk::new(store, lang).unwrap();
    let actor = Actor {
        login: "anowak".into(),
        owner: true,
    };
    if demo {
        let text = kis::demo::to_text(&kis::demo::generate(kis::demo::Scale::demo(today), today));
        desk.handle(&actor, Request::Import { text }).unwrap();
    }
    (dir, LocalDoor { desk, actor })
}

/// Without colour, Unicode borders, the default keys named in `lang`.
pub fn ui(lang: Lang) -> Ui {
    Ui {
        theme: Theme {
            color: false,
            ascii: false,
        },
        text: Text::new(lang),
        keymap: Keymap::load("default", None, lang).0,
    }
}

pub fn chord(code: KeyCode, m: KeyModifiers) -> Chord {
    Chord::from_event(&KeyEvent::new(code, m)).unwrap()
}

pub fn key(code: KeyCode) -> Chord {
    chord(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> Chord {
    chord(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub fn alt(c: char) -> Chord {
    chord(KeyCode::Char(c), KeyModifiers::ALT)
}

pub fn press(app: &mut App, keys: &[Chord]) {
    for k in keys {
        app.handle_key(*k);
    }
}

pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
}

/// The screen at `w`×`h`, a line a row.
pub fn text_at(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
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

/// The screen at 80×24.
pub fn text_of(app: &App) -> String {
    text_at(app, 80, 24)
}
