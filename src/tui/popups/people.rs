//! The people behind a figure of the report (Raporty, Enter on a figure);
//! Enter opens a card.

use crate::desk::LookupHit;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::components::select_list::SelectList;
use crate::tui::widgets::{block, cell, row};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

pub struct PeopleList {
    title: String,
    hits: SelectList<LookupHit>,
}

impl PeopleList {
    pub fn new(title: String, hits: Vec<LookupHit>) -> PeopleList {
        PeopleList {
            title,
            hits: SelectList::new(hits),
        }
    }
}

impl Layer for PeopleList {
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        match a {
            a if self.hits.move_by(a) => {}
            Action::Confirm => {
                if let Some(h) = self.hits.selected() {
                    let id = h.participant_id.clone();
                    ctx.open_card(&id);
                }
            }
            Action::Close => ctx.close(),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let theme = &ui.theme;
        let r = Rect {
            x: area.x + 3,
            y: area.y + 1,
            width: area.width.saturating_sub(6),
            height: area.height.saturating_sub(2),
        };
        f.render_widget(Clear, r);
        let title = format!("{} ({})", self.title, self.hits.len());
        let b = block(&title, theme);
        let inner = b.inner(r);
        f.render_widget(b, r);
        let w = inner.width as usize;
        let lines: Vec<Line> = self
            .hits
            .visible(inner.height as usize)
            .map(|(sel, h)| {
                let s = format!(
                    "{}{}{}",
                    if sel { theme.pointer() } else { " " },
                    cell(
                        &format!("{} {}", h.last_name, h.first_name),
                        w.saturating_sub(22),
                        theme
                    ),
                    cell(ui.text.status(h.status), 12, theme)
                );
                row(s, sel, theme)
            })
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![
            (Action::Confirm, ui.text.hint_open),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
