//! Lists a person moves through: `SelectList<T>` (rows and a selection that
//! scrolls) and `FilteredList<T, F>` (the same, with type-to-filter, a filter
//! that cycles and a choice of order), on the model of television's `Picker<T>`.
//! Uczestnicy, Kontrakty, the person picker and the report's people list are
//! all one of these, so moving, scrolling and filtering behave alike everywhere.

use crate::domain::fold::fold;
use crate::tui::action::Action;
use crate::tui::app::Ui;
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::widgets::{cell, filter_bar, list_frame, TextInput};
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// How far PgUp/PgDn move.
const PAGE: usize = 10;

/// Rows and the selected one. The rows shown in a window of `height` keep the
/// selection on the last line when it moves past the bottom, as every list did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectList<T> {
    items: Vec<T>,
    selected: usize,
}

impl<T> Default for SelectList<T> {
    fn default() -> Self {
        SelectList {
            items: Vec::new(),
            selected: 0,
        }
    }
}

impl<T> SelectList<T> {
    pub fn new(items: Vec<T>) -> Self {
        SelectList { items, selected: 0 }
    }

    /// New rows; the selection stays where it was, within the new rows.
    pub fn set_items(&mut self, items: Vec<T>) {
        self.items = items;
        self.clamp();
    }

    /// New rows with the selection on the first.
    pub fn reset(&mut self, items: Vec<T>) {
        self.items = items;
        self.selected = 0;
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The selected row's index.
    pub fn index(&self) -> usize {
        self.selected
    }

    pub fn select(&mut self, i: usize) {
        self.selected = i;
        self.clamp();
    }

    pub fn selected(&self) -> Option<&T> {
        self.items.get(self.selected)
    }

    /// Applies a move (↑↓, PgUp/PgDn, Home/End); false when `a` is not one.
    pub fn move_by(&mut self, a: Action) -> bool {
        let last = self.items.len().saturating_sub(1);
        self.selected = match a {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(PAGE),
            Action::PageDown => (self.selected + PAGE).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return false,
        };
        true
    }

    /// The first row shown in a window of `height` rows.
    pub fn first_shown(&self, height: usize) -> usize {
        self.selected.saturating_sub(height.saturating_sub(1))
    }

    /// The rows in a window of `height`: each with whether it is the selected one.
    pub fn visible(&self, height: usize) -> impl Iterator<Item = (bool, &T)> + '_ {
        let start = self.first_shown(height);
        self.items
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(move |(i, x)| (i == self.selected, x))
    }
}

/// `names` with the one at `current` in brackets: `[Porozumienia] Miejsca`, the
/// title of a list with tabs (the PSU lists, the club's settings).
pub fn tab_titles(names: &[&str], current: usize) -> String {
    let names: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if i == current {
                format!("[{n}]")
            } else {
                n.to_string()
            }
        })
        .collect();
    names.join(" ")
}

/// One-line rows of `items` at `width` in a window of `height` lines (empty
/// lines after the last), the selected one in reverse video across the width.
pub fn plain_rows(
    items: &[String],
    selected: usize,
    height: usize,
    width: usize,
    theme: &crate::tui::theme::Theme,
) -> Vec<ratatui::text::Line<'static>> {
    use ratatui::text::Line;
    let start = selected.saturating_sub(height.saturating_sub(1));
    let mut lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, s)| {
            let s = crate::tui::widgets::fit(&format!(" {s}"), width, theme);
            if i == selected {
                Line::from(Span::styled(format!("{s:<width$}"), theme.selected()))
            } else {
                Line::from(s)
            }
        })
        .collect();
    lines.resize(height.max(lines.len()), Line::from(""));
    lines
}

/// Records filtered by typed words and by a filter of type `F` that cycles
/// (all, then each of `filters`), in one of several orders. The search text of
/// each record is folded once when the records are loaded, and each order is
/// computed once then, so a key press only walks the list.
pub struct FilteredList<T, F: Copy + PartialEq + 'static> {
    all: Vec<T>,
    keys: Vec<String>,
    orders: Vec<Vec<usize>>,
    order: usize,
    filters: &'static [F],
    filter: Option<F>,
    passes: fn(&T, F) -> bool,
    query: TextInput,
    rows: SelectList<usize>,
}

impl<T, F: Copy + PartialEq + 'static> FilteredList<T, F> {
    /// An empty list whose filter cycles through `filters`; `passes` says
    /// whether a record passes one.
    pub fn new(filters: &'static [F], passes: fn(&T, F) -> bool) -> Self {
        FilteredList {
            all: Vec::new(),
            keys: Vec::new(),
            orders: Vec::new(),
            order: 0,
            filters,
            filter: None,
            passes,
            query: TextInput::default(),
            rows: SelectList::default(),
        }
    }

    /// New records: `key` gives each its search text (folded here), `orders`
    /// the permutations of the records in each order the list offers.
    pub fn load(
        &mut self,
        all: Vec<T>,
        key: impl Fn(&T) -> String,
        orders: impl FnOnce(&[T]) -> Vec<Vec<usize>>,
    ) {
        self.keys = all.iter().map(|x| fold(&key(x))).collect();
        self.orders = orders(&all);
        self.all = all;
        self.order = self.order.min(self.orders.len().saturating_sub(1));
        self.refilter();
    }

    fn refilter(&mut self) {
        let q = fold(&self.query.value);
        let words: Vec<&str> = q.split_whitespace().collect();
        let natural: Vec<usize>;
        let order = match self.orders.get(self.order) {
            Some(o) => o,
            None => {
                natural = (0..self.all.len()).collect();
                &natural
            }
        };
        let shown = order
            .iter()
            .copied()
            .filter(|&i| {
                self.filter.is_none_or(|f| (self.passes)(&self.all[i], f))
                    && words.iter().all(|w| self.keys[i].contains(w))
            })
            .collect();
        self.rows.set_items(shown);
    }

    /// A typed character or Backspace edits the filter text (the selection
    /// goes to the first row); true when the key was taken.
    pub fn key(&mut self, key: &Chord) -> bool {
        let taken =
            matches!(key.code, KeyCodeOrd::Char(_) | KeyCodeOrd::Backspace) && self.query.edit(key);
        if taken {
            self.rows.select(0);
            self.refilter();
        }
        taken
    }

    /// The list's own actions: moves, the next filter (`Filter`), the next
    /// order (`Sort`), and Esc clearing typed text. False when not the list's.
    pub fn action(&mut self, a: Action) -> bool {
        match a {
            Action::Filter => self.next_filter(),
            Action::Sort => self.next_order(),
            Action::Close if !self.query.value.is_empty() => {
                self.query.clear();
                self.refilter();
            }
            a => return self.rows.move_by(a),
        }
        true
    }

    pub fn next_filter(&mut self) {
        self.filter = crate::tui::widgets::next_in(self.filters, self.filter);
        self.refilter();
    }

    pub fn next_order(&mut self) {
        self.order = (self.order + 1) % self.orders.len().max(1);
        self.refilter();
    }

    /// The filter in force (`None`: everything).
    pub fn filter(&self) -> Option<F> {
        self.filter
    }

    /// Which of the orders given to `load` is in force.
    pub fn order(&self) -> usize {
        self.order
    }

    pub fn query(&self) -> &str {
        &self.query.value
    }

    /// How many records pass, and how many there are.
    pub fn counts(&self) -> (usize, usize) {
        (self.rows.len(), self.all.len())
    }

    pub fn selected(&self) -> Option<&T> {
        self.rows.selected().map(|&i| &self.all[i])
    }

    /// Draws the list's frame: `title (shown/all)`, the filter bar naming the
    /// `filter` and `order` in force with the typed text, and a column header
    /// of `(label, width)` cells. Gives the area of the rows.
    pub fn draw_frame(
        &self,
        f: &mut Frame,
        area: Rect,
        ui: &Ui,
        [title, filter, order]: [&str; 3],
        columns: &[(&str, usize)],
    ) -> Rect {
        let theme = &ui.theme;
        let (shown, all) = self.counts();
        let title = format!("{title} ({shown}/{all})");
        let [bar, head, rows] = list_frame(f, area, &title, theme);
        let bar_line = filter_bar(&ui.text, filter, order, self.query(), theme);
        f.render_widget(Paragraph::new(bar_line), bar);
        let header: String = std::iter::once(" ".to_string())
            .chain(columns.iter().map(|(label, w)| cell(label, *w, theme)))
            .collect();
        f.render_widget(Paragraph::new(Span::styled(header, theme.label())), head);
        rows
    }

    /// The records in a window of `height`, each with whether it is selected.
    pub fn visible(&self, height: usize) -> impl Iterator<Item = (bool, &T)> + '_ {
        self.rows
            .visible(height)
            .map(move |(sel, &i)| (sel, &self.all[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_rows() {
        let mut l = SelectList::new((0..25).collect::<Vec<_>>());
        assert!(l.move_by(Action::Up));
        assert_eq!(l.index(), 0);
        l.move_by(Action::PageDown);
        l.move_by(Action::PageDown);
        l.move_by(Action::PageDown);
        assert_eq!(l.selected(), Some(&24));
        l.move_by(Action::Top);
        assert_eq!(l.index(), 0);
        l.move_by(Action::Bottom);
        assert_eq!(l.index(), 24);
        assert!(!l.move_by(Action::Save));
        let mut empty: SelectList<u8> = SelectList::default();
        empty.move_by(Action::Down);
        assert_eq!(empty.selected(), None);
    }

    #[test]
    fn the_window_scrolls_to_keep_the_selection_on_its_last_line() {
        let mut l = SelectList::new((0..10).collect::<Vec<_>>());
        let shown: Vec<_> = l.visible(3).collect();
        assert_eq!(shown, vec![(true, &0), (false, &1), (false, &2)]);
        l.select(5);
        let shown: Vec<_> = l.visible(3).collect();
        assert_eq!(shown, vec![(false, &3), (false, &4), (true, &5)]);
        assert_eq!(l.first_shown(3), 3);
    }

    #[test]
    fn fewer_rows_keep_the_selection_within_them() {
        let mut l = SelectList::new(vec!['a', 'b', 'c']);
        l.select(2);
        l.set_items(vec!['x']);
        assert_eq!(l.selected(), Some(&'x'));
        l.reset(vec!['p', 'q']);
        assert_eq!(l.index(), 0);
    }

    #[test]
    fn tabs_and_plain_rows() {
        assert_eq!(tab_titles(&["A", "B", "C"], 1), "A [B] C");
        let theme = crate::tui::theme::Theme {
            color: false,
            ascii: true,
        };
        let items: Vec<String> = (0..5).map(|i| format!("row {i}")).collect();
        let lines = plain_rows(&items, 4, 3, 8, &theme);
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text, vec![" row 2", " row 3", " row 4  "]);
        assert_eq!(plain_rows(&items[..1], 0, 3, 8, &theme).len(), 3);
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Colour {
        Red,
        Blue,
    }

    fn people() -> FilteredList<(&'static str, Colour), Colour> {
        let mut l = FilteredList::new(&[Colour::Red, Colour::Blue], |p: &(&str, Colour), c| {
            p.1 == c
        });
        l.load(
            vec![
                ("Żaneta Próbna", Colour::Red),
                ("Adam Wzorowy", Colour::Blue),
                ("Zenon Przykładowy", Colour::Red),
            ],
            |p| p.0.to_string(),
            |all| {
                let mut by_name: Vec<usize> = (0..all.len()).collect();
                by_name.sort_by_key(|&i| all[i].0);
                vec![(0..all.len()).collect(), by_name]
            },
        );
        l
    }

    fn names(l: &FilteredList<(&'static str, Colour), Colour>) -> Vec<&'static str> {
        l.visible(10).map(|(_, p)| p.0).collect()
    }

    fn chord(c: char) -> Chord {
        Chord {
            code: KeyCodeOrd::Char(c),
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    #[test]
    fn typed_words_filter_without_diacritics_and_esc_clears_them() {
        let mut l = people();
        for c in "zan".chars() {
            assert!(l.key(&chord(c)));
        }
        assert_eq!(names(&l), vec!["Żaneta Próbna"]);
        assert_eq!(l.query(), "zan");
        assert!(l.action(Action::Close));
        assert_eq!(l.counts(), (3, 3));
        assert!(
            !l.action(Action::Close),
            "Esc with nothing typed is not the list's"
        );
    }

    #[test]
    fn the_filter_cycles_and_the_order_changes() {
        let mut l = people();
        l.action(Action::Filter);
        assert_eq!(l.filter(), Some(Colour::Red));
        assert_eq!(names(&l), vec!["Żaneta Próbna", "Zenon Przykładowy"]);
        l.action(Action::Filter);
        l.action(Action::Filter);
        assert_eq!(l.filter(), None);
        l.action(Action::Sort);
        assert_eq!(l.order(), 1);
        assert_eq!(names(&l)[0], "Adam Wzorowy");
        l.action(Action::Sort);
        assert_eq!(l.order(), 0);
    }

    #[test]
    fn typing_moves_the_selection_to_the_first_hit() {
        let mut l = people();
        l.action(Action::Bottom);
        assert_eq!(l.selected().map(|p| p.0), Some("Zenon Przykładowy"));
        l.key(&chord('a'));
        assert_eq!(l.selected().map(|p| p.0), Some("Żaneta Próbna"));
    }
}
