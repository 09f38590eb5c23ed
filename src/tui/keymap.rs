//! Key chords → actions, from `keymaps/*.toml` (embedded) with a user file laid
//! over them. A bad file is reported with its line, and the defaults stay.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;
use std::path::Path;

const DEFAULT: &str = include_str!("../../keymaps/default.toml");
const VIM: &str = include_str!("../../keymaps/vim.toml");

/// One key with its modifiers, normalised (Shift is part of a character).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chord {
    pub code: KeyCodeOrd,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// `KeyCode` with an order, so chords can key a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCodeOrd {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Insert,
    Delete,
}

impl Chord {
    pub fn from_event(e: &KeyEvent) -> Option<Chord> {
        let code = match e.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(c),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            KeyCode::Enter => KeyCodeOrd::Enter,
            KeyCode::Esc => KeyCodeOrd::Esc,
            KeyCode::Tab => KeyCodeOrd::Tab,
            KeyCode::BackTab => KeyCodeOrd::BackTab,
            KeyCode::Backspace => KeyCodeOrd::Backspace,
            KeyCode::Up => KeyCodeOrd::Up,
            KeyCode::Down => KeyCodeOrd::Down,
            KeyCode::Left => KeyCodeOrd::Left,
            KeyCode::Right => KeyCodeOrd::Right,
            KeyCode::PageUp => KeyCodeOrd::PageUp,
            KeyCode::PageDown => KeyCodeOrd::PageDown,
            KeyCode::Home => KeyCodeOrd::Home,
            KeyCode::End => KeyCodeOrd::End,
            KeyCode::Insert => KeyCodeOrd::Insert,
            KeyCode::Delete => KeyCodeOrd::Delete,
            _ => return None,
        };
        let m = e.modifiers;
        let typed_char = matches!(code, KeyCodeOrd::Char(_));
        Some(Chord {
            code,
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            // A shifted character is already upper case; BackTab is Shift+Tab.
            shift: m.contains(KeyModifiers::SHIFT) && !typed_char && code != KeyCodeOrd::BackTab,
        })
    }

    pub fn parse(text: &str) -> Option<Chord> {
        let mut rest = text.trim();
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                alt = true;
                rest = &rest[4..];
            } else if rest.len() > 1 && lower.starts_with("shift-") {
                shift = true;
                rest = &rest[6..];
            } else {
                break;
            }
        }
        let lower = rest.to_ascii_lowercase();
        let code = match lower.as_str() {
            "enter" | "return" => KeyCodeOrd::Enter,
            "esc" | "escape" => KeyCodeOrd::Esc,
            "tab" if shift => {
                shift = false;
                KeyCodeOrd::BackTab
            }
            "tab" => KeyCodeOrd::Tab,
            "backtab" => KeyCodeOrd::BackTab,
            "backspace" => KeyCodeOrd::Backspace,
            "space" => KeyCodeOrd::Char(' '),
            "up" => KeyCodeOrd::Up,
            "down" => KeyCodeOrd::Down,
            "left" => KeyCodeOrd::Left,
            "right" => KeyCodeOrd::Right,
            "pageup" | "pgup" => KeyCodeOrd::PageUp,
            "pagedown" | "pgdn" => KeyCodeOrd::PageDown,
            "home" => KeyCodeOrd::Home,
            "end" => KeyCodeOrd::End,
            "insert" | "ins" => KeyCodeOrd::Insert,
            "delete" | "del" => KeyCodeOrd::Delete,
            f if f.len() >= 2
                && f.starts_with('f')
                && f[1..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                let n: u8 = f[1..].parse().ok()?;
                if !(1..=12).contains(&n) {
                    return None;
                }
                KeyCodeOrd::F(n)
            }
            _ => {
                let mut chars = rest.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                // Ctrl and Alt chords arrive in lower case.
                KeyCodeOrd::Char(if ctrl || alt {
                    c.to_ascii_lowercase()
                } else {
                    c
                })
            }
        };
        if shift && matches!(code, KeyCodeOrd::Char(_)) {
            return None; // write the upper-case letter instead
        }
        Some(Chord {
            code,
            ctrl,
            alt,
            shift,
        })
    }

    /// How the help overlay shows it: `Ctrl+F`, `F3`, `Alt+1`, `?`.
    /// The space bar is named `space`, in the user's language.
    pub fn label_with(&self, space: &str) -> String {
        let mut s = String::new();
        if self.ctrl {
            s.push_str("Ctrl+");
        }
        if self.alt {
            s.push_str("Alt+");
        }
        if self.shift {
            s.push_str("Shift+");
        }
        let key = match self.code {
            KeyCodeOrd::Char(' ') => space.to_string(),
            KeyCodeOrd::Char(c) if self.ctrl || self.alt => c.to_ascii_uppercase().to_string(),
            KeyCodeOrd::Char(c) => c.to_string(),
            KeyCodeOrd::F(n) => format!("F{n}"),
            KeyCodeOrd::Enter => "Enter".into(),
            KeyCodeOrd::Esc => "Esc".into(),
            KeyCodeOrd::Tab => "Tab".into(),
            KeyCodeOrd::BackTab => "Shift+Tab".into(),
            KeyCodeOrd::Backspace => "Backspace".into(),
            KeyCodeOrd::Up => "↑".into(),
            KeyCodeOrd::Down => "↓".into(),
            KeyCodeOrd::Left => "←".into(),
            KeyCodeOrd::Right => "→".into(),
            KeyCodeOrd::PageUp => "PgUp".into(),
            KeyCodeOrd::PageDown => "PgDn".into(),
            KeyCodeOrd::Home => "Home".into(),
            KeyCodeOrd::End => "End".into(),
            KeyCodeOrd::Insert => "Insert".into(),
            KeyCodeOrd::Delete => "Delete".into(),
        };
        s.push_str(&key);
        s
    }

    /// Keys that move between fields or close, which a text field passes on.
    pub fn leaves_the_field(&self) -> bool {
        use KeyCodeOrd::*;
        matches!(
            self.code,
            Up | Down | PageUp | PageDown | Tab | BackTab | Enter | Esc
        )
    }

    /// A plain character that a text field would take.
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCodeOrd::Char(c) if !self.ctrl && !self.alt => Some(c),
            _ => None,
        }
    }
}

/// A sequence of one or more chords.
pub type Keys = Vec<Chord>;

#[derive(Clone, Debug)]
pub struct Keymap {
    /// Action → its key sequences, in the order written.
    by_action: BTreeMap<Action, Vec<Keys>>,
    /// The space bar's name in the labels, in the user's language.
    space: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    pub file: String,
    pub line: usize,
    pub reason: KeymapReason,
}

/// What is wrong with a key file, worded by the TUI catalog (`KeymapText`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeymapReason {
    /// Not TOML: the parser's own reason.
    NotToml(String),
    UnknownSection(String),
    KeysNotATable,
    UnknownAction(String),
    NotAList(String),
    KeysAreStrings(String),
    UnknownKey(String),
}

impl KeymapError {
    /// The error in the words of `lang`: "plik, wiersz 3: nieznana czynność „fly”".
    pub fn message(&self, lang: crate::text::Lang) -> String {
        let t = crate::tui::text::Text::new(lang).keymap;
        let reason = match &self.reason {
            KeymapReason::NotToml(why) => (t.not_toml)(why),
            KeymapReason::UnknownSection(s) => (t.unknown_section)(s),
            KeymapReason::KeysNotATable => t.keys_not_a_table.to_string(),
            KeymapReason::UnknownAction(a) => (t.unknown_action)(a),
            KeymapReason::NotAList(a) => (t.not_a_list)(a),
            KeymapReason::KeysAreStrings(a) => (t.keys_are_strings)(a),
            KeymapReason::UnknownKey(k) => (t.unknown_key)(k),
        };
        (t.at_line)(&self.file, self.line, &reason)
    }
}

impl std::fmt::Display for KeymapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::text::Lang::En))
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or(1)
}

fn parse_file(file: &str, text: &str) -> Result<BTreeMap<Action, Vec<Keys>>, KeymapError> {
    let err = |line: usize, reason: KeymapReason| KeymapError {
        file: file.to_string(),
        line,
        reason,
    };
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
            .unwrap_or(1);
        err(line, KeymapReason::NotToml(e.message().to_string()))
    })?;
    let mut out = BTreeMap::new();
    for (section, value) in table {
        if section != "keys" {
            return Err(err(
                line_of(text, &format!("[{section}]")),
                KeymapReason::UnknownSection(section.clone()),
            ));
        }
        let toml::Value::Table(keys) = value else {
            return Err(err(line_of(text, &section), KeymapReason::KeysNotATable));
        };
        for (name, list) in keys {
            let line = line_of(text, &name);
            let action = Action::from_name(&name)
                .ok_or_else(|| err(line, KeymapReason::UnknownAction(name.clone())))?;
            let toml::Value::Array(items) = list else {
                return Err(err(line, KeymapReason::NotAList(name.clone())));
            };
            let mut seqs = Vec::new();
            for item in items {
                let toml::Value::String(s) = item else {
                    return Err(err(line, KeymapReason::KeysAreStrings(name.clone())));
                };
                let seq: Option<Keys> = s.split_whitespace().map(Chord::parse).collect();
                match seq {
                    Some(seq) if !seq.is_empty() && seq.len() <= 2 => seqs.push(seq),
                    _ => return Err(err(line, KeymapReason::UnknownKey(s.clone()))),
                }
            }
            out.insert(action, seqs);
        }
    }
    Ok(out)
}

impl Keymap {
    /// A built-in map: `default`, or `vim` over the default.
    pub fn builtin(name: &str) -> Option<Keymap> {
        let mut map = Keymap {
            space: "Spacja",
            by_action: parse_file("keymaps/default.toml", DEFAULT)
                .expect("the default keymap parses"),
        };
        match name {
            "default" => {}
            "vim" => {
                map.overlay(parse_file("keymaps/vim.toml", VIM).expect("the vim keymap parses"))
            }
            _ => return None,
        }
        Some(map)
    }

    /// Replaces the keys of each action named; a key taken is removed from the
    /// other actions it could clash with. An action of one screen and a general
    /// action may keep one key (they never meet on one screen), so an old file
    /// that rebinds `sort` or `filter` leaves Zajęcia's and Raporty's keys alone.
    fn overlay(&mut self, over: BTreeMap<Action, Vec<Keys>>) {
        for (action, seqs) in over {
            for (other, list) in self.by_action.iter_mut() {
                if other.of_one_screen() == action.of_one_screen() {
                    list.retain(|k| !seqs.contains(k));
                }
            }
            self.by_action.insert(action, seqs);
        }
    }

    /// The built-in map with the user's file over it, if that file exists.
    /// A bad file gives a warning to show, in the words of `lang`, and the built-in map.
    pub fn load(
        name: &str,
        user_file: Option<&Path>,
        lang: crate::text::Lang,
    ) -> (Keymap, Option<String>) {
        let mut map =
            Keymap::builtin(name).unwrap_or_else(|| Keymap::builtin("default").expect("default"));
        map.space = crate::tui::text::Text::new(lang).keymap.space;
        let mut warning = None;
        if Keymap::builtin(name).is_none() {
            let t = crate::tui::text::Text::new(lang).keymap;
            warning = Some((t.unknown_keymap)(name));
        }
        if let Some(path) = user_file {
            if let Ok(text) = std::fs::read_to_string(path) {
                match parse_file(&path.display().to_string(), &text) {
                    Ok(over) => map.overlay(over),
                    Err(e) => warning = Some(e.message(lang)),
                }
            }
        }
        (map, warning)
    }

    pub fn parse_user(file: &str, text: &str, base: &Keymap) -> Result<Keymap, KeymapError> {
        let mut map = base.clone();
        map.overlay(parse_file(file, text)?);
        Ok(map)
    }

    /// The sequences bound to an action, as labels: `["Ctrl+Q", "F10"]`.
    pub fn labels(&self, action: Action) -> Vec<String> {
        self.by_action
            .get(&action)
            .map(|seqs| {
                seqs.iter()
                    .map(|s| {
                        s.iter()
                            .map(|c| c.label_with(self.space))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The first label of an action, for the footer.
    pub fn first_label(&self, action: Action) -> String {
        self.labels(action).into_iter().next().unwrap_or_default()
    }

    /// The actions bound to `seq` (those of one screen first), and whether a
    /// longer sequence starts with it.
    fn lookup(&self, seq: &[Chord]) -> (Vec<Action>, bool) {
        let mut exact = Vec::new();
        let mut longer = false;
        for (action, seqs) in &self.by_action {
            for s in seqs {
                if s.as_slice() == seq {
                    exact.push(*action);
                } else if s.len() > seq.len() && s.starts_with(seq) {
                    longer = true;
                }
            }
        }
        exact.sort_by_key(|a| !a.of_one_screen());
        exact.dedup();
        (exact, longer)
    }
}

/// Turns chords into actions, holding the first key of a two-key sequence.
#[derive(Default, Debug)]
pub struct Resolver {
    pending: Option<Chord>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    Action(Action),
    /// A key of several actions: each is offered in turn until one is taken
    /// (the screen's own action first, then the general one).
    Either(Vec<Action>),
    /// The first key of a sequence: wait for the next.
    Pending,
    /// Not bound: a text field may take it.
    Unbound,
}

impl Resolver {
    pub fn feed(&mut self, map: &Keymap, chord: Chord) -> Resolved {
        fn one_or_more(mut actions: Vec<Action>) -> Resolved {
            match actions.len() {
                0 => Resolved::Unbound,
                1 => Resolved::Action(actions.remove(0)),
                _ => Resolved::Either(actions),
            }
        }
        if let Some(first) = self.pending.take() {
            let (exact, _) = map.lookup(&[first, chord]);
            if !exact.is_empty() {
                return one_or_more(exact);
            }
        }
        match map.lookup(&[chord]) {
            (_, true) => {
                self.pending = Some(chord);
                Resolved::Pending
            }
            (exact, false) => one_or_more(exact),
        }
    }

    pub fn clear(&mut self) {
        self.pending = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn key(code: KeyCode, m: KeyModifiers) -> Chord {
        Chord::from_event(&KeyEvent::new_with_kind(code, m, KeyEventKind::Press)).unwrap()
    }

    #[test]
    fn defaults_have_the_documented_keys() {
        let m = Keymap::builtin("default").unwrap();
        let mut r = Resolver::default();
        for (k, a) in [
            (key(KeyCode::F(1), KeyModifiers::NONE), Action::Help),
            (key(KeyCode::Char('?'), KeyModifiers::SHIFT), Action::Help),
            (
                key(KeyCode::Char('f'), KeyModifiers::CONTROL),
                Action::Lookup,
            ),
            (key(KeyCode::F(3), KeyModifiers::NONE), Action::Lookup),
            (key(KeyCode::Char('s'), KeyModifiers::CONTROL), Action::Save),
            (key(KeyCode::F(2), KeyModifiers::NONE), Action::Save),
            (key(KeyCode::Insert, KeyModifiers::NONE), Action::New),
            (key(KeyCode::Char('n'), KeyModifiers::CONTROL), Action::New),
            (key(KeyCode::Char('1'), KeyModifiers::ALT), Action::Screen1),
            (key(KeyCode::F(10), KeyModifiers::NONE), Action::Quit),
            (key(KeyCode::Char('q'), KeyModifiers::CONTROL), Action::Quit),
            (
                key(KeyCode::BackTab, KeyModifiers::SHIFT),
                Action::PrevField,
            ),
        ] {
            assert_eq!(r.feed(&m, k), Resolved::Action(a), "{k:?}");
        }
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Resolved::Unbound
        );
    }

    #[test]
    fn every_f_key_has_an_alternative() {
        let m = Keymap::builtin("default").unwrap();
        for a in Action::ALL {
            let labels = m.labels(*a);
            if labels.iter().any(|l| l.starts_with('F')) {
                assert!(
                    labels.iter().any(|l| !l.starts_with('F')),
                    "{a:?} has only F-keys: {labels:?}"
                );
            }
        }
    }

    #[test]
    fn a_screen_action_shares_its_key_and_comes_first() {
        let m = Keymap::builtin("default").unwrap();
        let mut r = Resolver::default();
        let ctrl_o = key(KeyCode::Char('o'), KeyModifiers::CONTROL);
        let Resolved::Either(actions) = r.feed(&m, ctrl_o) else {
            panic!()
        };
        assert_eq!(actions.last(), Some(&Action::Sort));
        assert!(actions.contains(&Action::AddPerson));
        // an old file that moves `sort` leaves Zajęcia's Ctrl+O alone
        let old =
            Keymap::parse_user("u.toml", "[keys]\nsort = [\"ctrl-o\", \"f12\"]\n", &m).unwrap();
        assert!(
            matches!(r.feed(&old, ctrl_o), Resolved::Either(a) if a.contains(&Action::AddPerson))
        );
        let moved =
            Keymap::parse_user("u.toml", "[keys]\nadd_person = [\"ctrl-a\"]\n", &m).unwrap();
        assert_eq!(
            r.feed(&moved, key(KeyCode::Char('a'), KeyModifiers::CONTROL)),
            Resolved::Action(Action::AddPerson)
        );
        assert!(
            matches!(r.feed(&moved, ctrl_o), Resolved::Either(a) if !a.contains(&Action::AddPerson))
        );
    }

    #[test]
    fn vim_sequences() {
        let m = Keymap::builtin("vim").unwrap();
        let mut r = Resolver::default();
        let g = key(KeyCode::Char('g'), KeyModifiers::NONE);
        assert_eq!(r.feed(&m, g), Resolved::Pending);
        assert_eq!(r.feed(&m, g), Resolved::Action(Action::Top));
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Resolved::Action(Action::Bottom)
        );
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Resolved::Action(Action::Down)
        );
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('/'), KeyModifiers::NONE)),
            Resolved::Action(Action::Lookup)
        );
    }

    #[test]
    fn user_file_overrides_single_keys() {
        let base = Keymap::builtin("default").unwrap();
        let m = Keymap::parse_user(
            "u.toml",
            "[keys]\nsave = [\"ctrl-w\"]\nhelp = [\"ctrl-q\"]\n",
            &base,
        )
        .unwrap();
        let mut r = Resolver::default();
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('w'), KeyModifiers::CONTROL)),
            Resolved::Action(Action::Save)
        );
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Resolved::Unbound
        );
        // ctrl-q moved from quit to help; F10 still quits
        assert_eq!(
            r.feed(&m, key(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            Resolved::Action(Action::Help)
        );
        assert_eq!(
            r.feed(&m, key(KeyCode::F(10), KeyModifiers::NONE)),
            Resolved::Action(Action::Quit)
        );
    }

    #[test]
    fn bad_files_name_the_line() {
        let base = Keymap::builtin("default").unwrap();
        let e = Keymap::parse_user(
            "u.toml",
            "[keys]\nsave = [\"ctrl-s\"]\nfly = [\"x\"]\n",
            &base,
        )
        .unwrap_err();
        assert_eq!(
            (e.line, &e.reason),
            (3, &KeymapReason::UnknownAction("fly".into()))
        );
        assert_eq!(
            e.message(crate::text::Lang::Pl),
            "u.toml, wiersz 3: nieznana czynność „fly”"
        );
        assert_eq!(e.to_string(), "u.toml, line 3: unknown action \"fly\"");
        let e = Keymap::parse_user(
            "u.toml",
            "[keys]\n\nsave = [\"ctrl-shift-banana\"]\n",
            &base,
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(matches!(e.reason, KeymapReason::UnknownKey(_)), "{e}");
        let e = Keymap::parse_user("u.toml", "[keys]\nsave = [\"ctrl-s\"\n", &base).unwrap_err();
        assert!(e.line >= 2, "{e}");
        assert!(e.to_string().starts_with("u.toml, line "), "{e}");
    }
}
