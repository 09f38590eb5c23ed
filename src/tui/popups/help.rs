//! The help overlay (F1), generated from the active keymap.

use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::widgets::{block, cell, centered, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// One line of the help: the keys, and what they do.
pub type KeyHelp = (String, &'static str);

/// The help overlay: the keys of the screen (or popup) in front, in its own
/// words, then every action of the keymap, wherever it works.
#[derive(Default)]
pub struct Help {
    /// The keys of the layer in front, from its `help`.
    here: Vec<KeyHelp>,
    scroll: usize,
}

/// A section's heading among the lines: no keys, bold.
const HEADING: &str = "";

impl Help {
    pub fn new(here: Vec<KeyHelp>) -> Help {
        Help { here, scroll: 0 }
    }

    /// The keys of `hints`, with the words the layer gives them.
    pub fn from_hints(hints: &[(Action, &'static str)], ui: &Ui) -> Vec<KeyHelp> {
        hints
            .iter()
            .filter_map(|(a, what)| {
                let keys = ui.keymap.labels(*a);
                (!keys.is_empty()).then(|| (keys.join(", "), *what))
            })
            .collect()
    }

    fn lines(&self, ui: &Ui) -> Vec<KeyHelp> {
        let t = &ui.text;
        let mut lines = Vec::new();
        if !self.here.is_empty() {
            lines.push((HEADING.to_string(), t.help_here));
            lines.extend(self.here.iter().cloned());
            lines.push((HEADING.to_string(), t.help_everywhere));
        }
        lines.extend(Action::ALL.iter().filter_map(|a| {
            let keys = ui.keymap.labels(*a);
            (!keys.is_empty()).then(|| (keys.join(", "), ui.text.action(*a)))
        }));
        lines
    }
}

impl Layer for Help {
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let n = self.lines(ctx.ui).len();
        match a {
            Action::Down => self.scroll = (self.scroll + 1).min(n.saturating_sub(1)),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll = (self.scroll + 10).min(n.saturating_sub(1)),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::Close | Action::Help | Action::Confirm => ctx.close(),
            _ => {}
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let r = centered(area, 70, area.height);
        f.render_widget(Clear, r);
        let b =
            block(ui.text.help_title, &ui.theme).title_bottom(format!(" {} ", ui.text.help_hint));
        let inner = b.inner(r);
        f.render_widget(b, r);
        let key_w = 22usize;
        let lines: Vec<Line> = self
            .lines(ui)
            .into_iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|(keys, what)| {
                if keys == HEADING {
                    return Line::from(Span::styled(
                        fit(what, inner.width as usize, &ui.theme),
                        ui.theme.title(),
                    ));
                }
                Line::from(vec![
                    Span::styled(cell(&keys, key_w, &ui.theme), ui.theme.key()),
                    Span::raw(fit(
                        what,
                        (inner.width as usize).saturating_sub(key_w + 1),
                        &ui.theme,
                    )),
                ])
            })
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![(Action::Close, ui.text.hint_back)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::testing::ui;

    #[test]
    fn the_keys_of_the_screen_in_front_come_first_in_its_words() {
        let ui = ui();
        let here = Help::from_hints(&[(Action::AddPerson, "add person")], &ui);
        assert_eq!(here, vec![("Ctrl+O".to_string(), "add person")]);
        let lines = Help::new(here).lines(&ui);
        assert_eq!(lines[0], (HEADING.to_string(), ui.text.help_here));
        assert_eq!(lines[1].1, "add person");
        assert_eq!(lines[2], (HEADING.to_string(), ui.text.help_everywhere));
        assert!(lines[3..]
            .iter()
            .any(|l| l.1 == ui.text.action(Action::Quit)));
    }
}
