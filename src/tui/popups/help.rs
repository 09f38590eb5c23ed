//! The help overlay (F1), generated from the active keymap.

use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::widgets::{block, cell, centered, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// The help overlay, generated from the active keymap.
#[derive(Default)]
pub struct Help {
    scroll: usize,
}

impl Help {
    fn lines(ui: &Ui) -> Vec<(String, &'static str)> {
        Action::ALL
            .iter()
            .filter_map(|a| {
                let keys = ui.keymap.labels(*a);
                (!keys.is_empty()).then(|| (keys.join(", "), ui.text.action(*a)))
            })
            .collect()
    }
}

impl Layer for Help {
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let n = Help::lines(ctx.ui).len();
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
        let lines: Vec<Line> = Help::lines(ui)
            .into_iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|(keys, what)| {
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
