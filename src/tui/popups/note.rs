//! One note read in full (Enter on the card, "Przeczytaj notatkę"): its date,
//! author and whole text, wrapped, scrolling when longer than the screen.

use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::widgets::block;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

pub struct NoteReader {
    title: String,
    /// The note's lines at the width it is drawn (the window's inner width).
    lines: Vec<String>,
    width: usize,
    /// The first line in view.
    top: usize,
    /// The lines in view at the last frame.
    height: std::cell::Cell<usize>,
}

impl NoteReader {
    /// `wrap` breaks the text into lines of a width.
    pub fn new(
        title: String,
        text: &str,
        width: usize,
        wrap: fn(&str, usize) -> Vec<String>,
    ) -> NoteReader {
        NoteReader {
            title,
            lines: wrap(text, width),
            width,
            top: 0,
            height: std::cell::Cell::new(19),
        }
    }

    /// The window: the screen less a margin, at most 76 columns wide.
    pub fn area(over: Rect) -> Rect {
        let w = over.width.saturating_sub(4).min(76);
        Rect {
            x: over.x + (over.width - w) / 2,
            y: over.y + 1,
            width: w,
            height: over.height.saturating_sub(2),
        }
    }

    /// The width of the text inside `area`'s window.
    pub fn text_width(over: Rect) -> usize {
        NoteReader::area(over).width.saturating_sub(2) as usize
    }
}

impl Layer for NoteReader {
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let height = self.height.get().max(1);
        let last = self.lines.len().saturating_sub(height);
        self.top = match a {
            Action::Close | Action::Confirm => {
                ctx.close();
                return true;
            }
            Action::Up => self.top.saturating_sub(1),
            Action::Down => self.top + 1,
            Action::PageUp => self.top.saturating_sub(height - 1),
            Action::PageDown => self.top + height - 1,
            Action::Top => 0,
            Action::Bottom => last,
            _ => return true,
        }
        .min(last);
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let r = NoteReader::area(area);
        f.render_widget(Clear, r);
        let b = block(&self.title, &ui.theme);
        let inner = b.inner(r);
        f.render_widget(b, r);
        let height = inner.height as usize;
        self.height.set(height);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.top)
            .take(height)
            .map(|l| Line::from(l.chars().take(self.width).collect::<String>()))
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![
            (Action::Down, ui.text.card.hint_scroll),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
