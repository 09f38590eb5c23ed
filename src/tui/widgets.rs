//! Small pieces shared by screens: a one-line text input, text fitting, blocks.

use super::sanitize::clean;
use super::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthChar;

/// A single-line text field with a cursor (counted in characters).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextInput {
    pub value: String,
    cursor: usize,
}

impl TextInput {
    pub fn with(value: &str) -> TextInput {
        TextInput {
            value: value.to_string(),
            cursor: value.chars().count(),
        }
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.value
            .char_indices()
            .nth(chars)
            .map(|(i, _)| i)
            .unwrap_or(self.value.len())
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
    }

    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte_at(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.value.chars().count() {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn left(&mut self) -> bool {
        let moved = self.cursor > 0;
        self.cursor = self.cursor.saturating_sub(1);
        moved
    }

    pub fn right(&mut self) -> bool {
        let moved = self.cursor < self.value.chars().count();
        if moved {
            self.cursor += 1;
        }
        moved
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.value.chars().count();
    }

    pub fn clear(&mut self) {
        self.value.clear();
        self.cursor = 0;
    }

    /// Applies an editing key; true if it was one.
    pub fn edit(&mut self, key: &super::keymap::Chord) -> bool {
        use super::keymap::KeyCodeOrd as K;
        if key.ctrl || key.alt {
            return false;
        }
        match key.code {
            K::Char(c) => {
                self.insert(c);
                true
            }
            K::Backspace => {
                self.backspace();
                true
            }
            K::Delete => {
                self.delete();
                true
            }
            K::Left => {
                self.left();
                true
            }
            K::Right => {
                self.right();
                true
            }
            K::Home => {
                self.home();
                true
            }
            K::End => {
                self.end();
                true
            }
            _ => false,
        }
    }

    /// The visible part within `width` columns, and the cursor column in it.
    pub fn view(&self, width: u16) -> (String, u16) {
        let chars: Vec<char> = clean(&self.value).chars().collect();
        let width = width.max(1) as usize;
        let start = self.cursor.saturating_sub(width - 1);
        let shown: String = chars.iter().skip(start).take(width).collect();
        (shown, (self.cursor - start) as u16)
    }
}

/// Cuts sanitised text to `width` columns, with an ellipsis when cut.
pub fn fit(text: &str, width: usize, theme: &Theme) -> String {
    let s = clean(text);
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return s.into_owned();
    }
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(theme.ellipsis());
    out
}

/// Pads or cuts to exactly `width` columns.
pub fn cell(text: &str, width: usize, theme: &Theme) -> String {
    let s = fit(text, width, theme);
    let used: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(used)))
}

pub fn block<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border())
        .title(Span::styled(format!(" {title} "), theme.title()))
}

/// A `label: value` line with the label dimmed.
pub fn field<'a>(label: &str, value: &str, width: u16, theme: &Theme) -> Line<'a> {
    let label = format!("{label}: ");
    let room = (width as usize).saturating_sub(label.chars().count());
    Line::from(vec![
        Span::styled(label, theme.label()),
        Span::raw(fit(value, room, theme)),
    ])
}

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The next value of a filter that cycles through `all`, then back to none.
pub fn next_in<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => all.first().copied(),
        Some(x) => all
            .iter()
            .position(|y| *y == x)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}

/// A filtered list's frame: the block with `title`, and the areas of its
/// filter bar, its column header and its rows.
pub fn list_frame(f: &mut ratatui::Frame, area: Rect, title: &str, theme: &Theme) -> [Rect; 3] {
    use ratatui::layout::{Constraint, Layout};
    let b = block(title, theme);
    let inner = b.inner(area);
    f.render_widget(b, area);
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner)
}

/// `Filtr: … Sortuj: … » typed` above a list.
pub fn filter_bar<'a>(
    text: &super::text::Text,
    filter: &str,
    order: &str,
    typed: &str,
    theme: &Theme,
) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{}: ", text.filter_label), theme.label()),
        Span::raw(format!("{filter}  ")),
        Span::styled(format!("{}: ", text.sort_label), theme.label()),
        Span::raw(format!("{order}  ")),
        Span::styled("» ", theme.label()),
        Span::styled(typed.to_string(), theme.key()),
    ])
}

/// A selection move in a list.
pub fn is_move(a: super::action::Action) -> bool {
    use super::action::Action::*;
    matches!(a, Up | Down | PageUp | PageDown | Top | Bottom)
}

/// Where a move takes the selection in a list of `n` rows.
pub fn moved(selected: usize, n: usize, a: super::action::Action) -> usize {
    use super::action::Action::*;
    let last = n.saturating_sub(1);
    match a {
        Up => selected.saturating_sub(1),
        Down => (selected + 1).min(last),
        PageUp => selected.saturating_sub(10),
        PageDown => (selected + 10).min(last),
        Top => 0,
        Bottom => last,
        _ => selected,
    }
}

/// A list row, in reverse video when selected.
pub fn row<'a>(text: String, selected: bool, theme: &Theme) -> Line<'a> {
    if selected {
        Line::from(Span::styled(text, theme.selected()))
    } else {
        Line::from(text)
    }
}

/// A list row whose first part alone is in reverse video when selected: a move
/// then rewrites half a row twice instead of two whole rows (bytes over SSH).
pub fn split_row<'a>(head: String, tail: String, selected: bool, theme: &Theme) -> Line<'a> {
    let style = if selected {
        theme.selected()
    } else {
        Style::new()
    };
    Line::from(vec![Span::styled(head, style), Span::raw(tail)])
}

pub fn styled<'a>(text: String, style: Style) -> Span<'a> {
    Span::styled(text, style)
}

/// A list under tabs in a popup that fills the screen (the PSU lists, the club's
/// settings): `name: tab [chosen] tab` in the border, the selection scrolling
/// into view, and the keys of the tab at the foot.
pub struct TabbedList<'a> {
    pub name: &'a str,
    pub tabs: &'a [&'a str],
    pub tab: usize,
    pub items: &'a [String],
    pub selected: usize,
    pub keys: &'a str,
}

impl TabbedList<'_> {
    pub fn draw(&self, f: &mut ratatui::Frame, area: Rect, theme: &Theme) {
        use super::components::select_list::{plain_rows, tab_titles};
        f.render_widget(ratatui::widgets::Clear, area);
        let title = format!("{}: {}", self.name, tab_titles(self.tabs, self.tab));
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let height = (inner.height as usize).saturating_sub(2);
        let mut lines = plain_rows(self.items, self.selected, height, w, theme);
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            fit(self.keys, w, theme),
            theme.dim(),
        )));
        f.render_widget(ratatui::widgets::Paragraph::new(lines), inner);
    }
}

/// How many lines of `width` columns `text` takes, wrapped at spaces as
/// ratatui's `Wrap` does (a word longer than a line is broken).
pub fn wrapped_lines(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let mut lines = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.chars().count();
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else if w <= width {
            lines += 1;
            used = w;
        } else {
            // A long word: broken over lines, from a fresh one.
            lines += usize::from(used > 0) + (w - 1) / width;
            used = (w - 1) % width + 1;
        }
    }
    lines
}

/// The option a typed letter chooses: the next one after `current` whose name
/// starts with it (Polish letters or not), cycling; `None` if none does.
pub fn option_by_letter(names: &[String], current: usize, letter: char) -> Option<usize> {
    let want = crate::domain::fold::fold(&letter.to_string());
    let n = names.len();
    (1..=n)
        .map(|k| (current + k) % n)
        .find(|&i| crate::domain::fold::fold(&names[i]).starts_with(&want))
}

/// A date typed in a form, as people type them: `30.11.2026`, `30.11` (this year),
/// `d` or `dziś` (today), `+7` (a week from today).
pub fn typed_date(text: &str) -> Option<chrono::NaiveDate> {
    crate::domain::dates::parse_typed(text, crate::desk::today())
}

#[cfg(test)]
mod tests {
    #[test]
    fn wrapped_lines_counts_as_the_paragraph_wraps() {
        assert_eq!(super::wrapped_lines("", 10), 1);
        assert_eq!(super::wrapped_lines("abc def", 7), 1);
        assert_eq!(super::wrapped_lines("abc def", 6), 2);
        assert_eq!(super::wrapped_lines("abcdefghijkl", 5), 3);
        assert_eq!(super::wrapped_lines("ab abcdefghijkl", 5), 4);
    }

    #[test]
    fn a_letter_chooses_the_next_option_that_starts_with_it() {
        let names: Vec<String> = [
            "—",
            "pracownik socjalny",
            "z własnej inicjatywy",
            "PUP",
            "inne",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(super::option_by_letter(&names, 0, 'p'), Some(1));
        assert_eq!(super::option_by_letter(&names, 1, 'p'), Some(3));
        assert_eq!(super::option_by_letter(&names, 3, 'P'), Some(1));
        assert_eq!(super::option_by_letter(&names, 0, 'x'), None);
        let sexes: Vec<String> = ["kobieta", "mężczyzna"].map(String::from).to_vec();
        assert_eq!(super::option_by_letter(&sexes, 0, 'm'), Some(1));
        assert_eq!(super::option_by_letter(&sexes, 1, 'k'), Some(0));
    }

    use super::*;

    #[test]
    fn input_edits_polish_text() {
        let mut t = TextInput::default();
        for c in "Żółć".chars() {
            t.insert(c);
        }
        t.left();
        t.backspace();
        assert_eq!(t.value, "Żóć");
        t.home();
        t.delete();
        assert_eq!(t.value, "óć");
        let (shown, cur) = TextInput::with("abcdefghij").view(5);
        assert_eq!((shown.as_str(), cur), ("ghij", 4));
    }

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        let t = Theme {
            color: false,
            ascii: true,
        };
        assert_eq!(fit("Żelisław Łęcki", 8, &t), "Żelisła~");
        assert_eq!(cell("Ala", 5, &t), "Ala  ");
        assert_eq!(fit("a\x1b[2Jb", 10, &t), "a\u{fffd}[2Jb");
    }
}
