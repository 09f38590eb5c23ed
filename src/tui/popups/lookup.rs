//! The phone-call path: Ctrl+F anywhere, type a few letters, Enter opens the card.

use crate::desk::{LookupHit, Request, Response};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::keymap::Chord;
use crate::tui::widgets::{block, cell, TextInput};
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

const LIMIT: usize = 50;

#[derive(Default)]
pub struct Lookup {
    input: TextInput,
    hits: Vec<LookupHit>,
    selected: usize,
}

impl Lookup {
    fn search(&mut self, ctx: &mut Ctx) {
        self.selected = 0;
        if self.input.value.trim().is_empty() {
            self.hits.clear();
            return;
        }
        if let Some(h) = ask_for!(ctx, Request::Lookup {
            query: self.input.value.clone(),
            limit: LIMIT,
        }, Response::Hits(h) => h)
        {
            self.hits = h;
        }
    }
}

impl Layer for Lookup {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        use crate::tui::keymap::KeyCodeOrd as K;
        // Left/Right/Home/End stay with the field; Up/Down choose a result.
        if matches!(
            key.code,
            K::Up | K::Down | K::PageUp | K::PageDown | K::Enter | K::Esc | K::Tab | K::BackTab
        ) {
            return false;
        }
        let before = self.input.value.clone();
        if !self.input.edit(key) {
            return false;
        }
        if self.input.value != before {
            self.search(ctx);
        }
        true
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        match a {
            Action::Down => {
                self.selected = (self.selected + 1).min(self.hits.len().saturating_sub(1))
            }
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::PageDown => {
                self.selected = (self.selected + 10).min(self.hits.len().saturating_sub(1))
            }
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::Confirm => {
                if let Some(h) = self.hits.get(self.selected) {
                    let id = h.participant_id.clone();
                    ctx.close();
                    ctx.open_card(&id);
                }
            }
            Action::Close => ctx.close(),
            Action::Lookup => {}
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, text) = (&ui.theme, &ui.text);
        let r = Rect {
            x: area.x + 2,
            y: area.y + 1,
            width: area.width.saturating_sub(4),
            height: area.height.saturating_sub(2),
        };
        f.render_widget(Clear, r);
        let b = block(text.lookup_title, theme);
        let inner = b.inner(r);
        f.render_widget(b, r);
        let [prompt, _gap, list] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(inner);
        let label = text.lookup_prompt;
        let label_w = label.chars().count() as u16;
        let (shown, cur) = self.input.view(prompt.width.saturating_sub(label_w + 1));
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(label, theme.label()),
                Span::raw(shown),
            ])),
            prompt,
        );
        f.set_cursor_position(Position {
            x: prompt.x + label_w + cur,
            y: prompt.y,
        });
        if self.hits.is_empty() {
            let msg = if self.input.value.trim().is_empty() {
                text.type_to_search
            } else {
                text.no_results
            };
            f.render_widget(Paragraph::new(msg).style(theme.dim()), list);
            return;
        }
        let w = list.width as usize;
        let (name_w, pesel_w, phone_w) = (w.saturating_sub(2 + 12 + 13 + 12).max(10), 12, 13);
        let height = list.height as usize;
        let start = self.selected.saturating_sub(height.saturating_sub(1));
        let lines: Vec<Line> = self
            .hits
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(|(i, h)| {
                let row = format!(
                    "{}{}{}{}{}",
                    if i == self.selected {
                        theme.pointer()
                    } else {
                        " "
                    },
                    cell(&format!(" {} {}", h.last_name, h.first_name), name_w, theme),
                    cell(h.pesel.as_deref().unwrap_or("—"), pesel_w, theme),
                    cell(h.phone.as_deref().unwrap_or("—"), phone_w, theme),
                    cell(text.status(h.status), 12, theme),
                );
                crate::tui::widgets::row(row, i == self.selected, theme)
            })
            .collect();
        f.render_widget(Paragraph::new(lines), list);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![
            (Action::Confirm, ui.text.hint_open),
            (Action::Down, ui.text.hint_choose),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
