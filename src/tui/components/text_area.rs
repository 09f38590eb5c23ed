//! A field for a few sentences (a contract's situation, a review, an annex, a
//! note): the text wraps at words and scrolls while it is edited, and shows from
//! its start when the cursor is elsewhere. Editing is `ratatui-textarea`'s; this
//! keeps kis's keys: ↑/↓ move between its lines and leave it at the first or the
//! last, Enter and Tab leave it (a paragraph is typed, not laid out).

use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::sanitize::clean;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;
use ratatui_textarea::{CursorMove, WrapMode};

pub struct TextArea {
    inner: ratatui_textarea::TextArea<'static>,
}

impl TextArea {
    /// `value` with the cursor at its end, where people go on typing.
    pub fn new(value: &str) -> TextArea {
        let lines = value.lines().map(|l| clean(l).into_owned()).collect();
        let mut inner = ratatui_textarea::TextArea::new(lines);
        inner.set_wrap_mode(WrapMode::WordOrGlyph);
        inner.set_cursor_line_style(Style::new());
        // The terminal's own cursor marks the place (as in every other field).
        inner.set_cursor_style(Style::new());
        inner.move_cursor(CursorMove::Bottom);
        inner.move_cursor(CursorMove::End);
        TextArea { inner }
    }

    /// The text, its lines joined by new lines, without spaces around it.
    pub fn value(&self) -> String {
        self.inner.lines().join("\n").trim().to_string()
    }

    /// A key while the field is focused: whether the field took it. Keys that
    /// leave the field (Tab, Enter, Esc, ↑ on the first line, ↓ on the last)
    /// are not taken.
    pub fn key(&mut self, key: &Chord) -> bool {
        if key.ctrl || key.alt {
            return false;
        }
        let t = &mut self.inner;
        match key.code {
            KeyCodeOrd::Char(c) => t.insert_char(c),
            KeyCodeOrd::Backspace => {
                t.delete_char();
            }
            KeyCodeOrd::Delete => {
                t.delete_next_char();
            }
            KeyCodeOrd::Left => t.move_cursor(CursorMove::Back),
            KeyCodeOrd::Right => t.move_cursor(CursorMove::Forward),
            KeyCodeOrd::Home => t.move_cursor(CursorMove::Head),
            KeyCodeOrd::End => t.move_cursor(CursorMove::End),
            KeyCodeOrd::Up | KeyCodeOrd::Down => {
                let before = t.screen_cursor().row;
                let up = key.code == KeyCodeOrd::Up;
                t.move_cursor(if up { CursorMove::Up } else { CursorMove::Down });
                return t.screen_cursor().row != before;
            }
            _ => return false,
        }
        true
    }

    /// Draws the field in `area`: while `focused` the editor with its cursor,
    /// otherwise the text from its start, wrapped, cut at the area's end.
    pub fn draw(&self, f: &mut Frame, area: Rect, focused: bool, theme: &Theme) {
        if focused {
            // Drawn itself, not a copy: drawing records the wrap width and the
            // scroll that ↑/↓ and the cursor below depend on.
            f.render_widget(&self.inner, area);
            f.buffer_mut().set_style(area, theme.selected());
            let at = self.inner.screen_cursor();
            let (top, left) = self.inner.scroll_offset();
            let x = (at.col as u16).saturating_sub(left);
            let y = (at.row as u16).saturating_sub(top);
            if x < area.width && y < area.height {
                f.set_cursor_position((area.x + x, area.y + y));
            }
        } else {
            let text = self.inner.lines().join("\n");
            f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::Terminal;

    const SITUATION: &str = "Długotrwale bezrobotna, brak aktualnych kwalifikacji; motywacja do zmiany i wsparcie rodziny.";

    fn key(code: KeyCode) -> Chord {
        Chord::from_event(&KeyEvent::new(code, KeyModifiers::NONE)).unwrap()
    }

    fn shown(t: &TextArea, focused: bool) -> Vec<String> {
        let mut term = Terminal::new(TestBackend::new(30, 3)).unwrap();
        let theme = Theme {
            color: false,
            ascii: false,
        };
        term.draw(|f| t.draw(f, f.area(), focused, &theme)).unwrap();
        let b = term.backend().buffer();
        (0..3)
            .map(|y| {
                (0..30)
                    .map(|x| b[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn unfocused_it_shows_the_start_wrapped_at_words() {
        let t = TextArea::new(SITUATION);
        assert_eq!(
            shown(&t, false),
            [
                "Długotrwale bezrobotna, brak",
                "aktualnych kwalifikacji;",
                "motywacja do zmiany i wsparcie"
            ]
        );
    }

    #[test]
    fn typing_goes_at_the_cursor_and_arrows_leave_at_the_edges() {
        let mut t = TextArea::new("ab");
        assert!(t.key(&key(KeyCode::Char('c'))));
        assert!(t.key(&key(KeyCode::Home)));
        assert!(t.key(&key(KeyCode::Char('>'))));
        assert!(t.key(&key(KeyCode::Delete)));
        assert_eq!(t.value(), ">bc");
        // one line: ↑ and ↓ leave the field
        assert!(!t.key(&key(KeyCode::Up)));
        assert!(!t.key(&key(KeyCode::Down)));
        assert!(!t.key(&key(KeyCode::Enter)));
        assert!(!t.key(&key(KeyCode::Tab)));
    }

    #[test]
    fn down_moves_between_wrapped_lines_before_leaving() {
        let mut t = TextArea::new(SITUATION);
        t.inner.move_cursor(CursorMove::Top);
        t.inner.move_cursor(CursorMove::Head);
        shown(&t, true); // the wrap width is known once drawn
                         // Four lines at 30 columns: three moves down, then it leaves.
        for i in 1..=3 {
            assert!(t.key(&key(KeyCode::Down)), "to line {}", i + 1);
            shown(&t, true);
        }
        assert!(!t.key(&key(KeyCode::Down)), "the last line: ↓ leaves");
        assert!(t.key(&key(KeyCode::Up)));
    }

    #[test]
    fn the_value_keeps_its_lines_and_drops_the_spaces_around() {
        let t = TextArea::new("  pierwsza\ndruga  ");
        assert_eq!(t.value(), "pierwsza\ndruga");
    }
}
