//! Choosing a person: type a few letters, move through the hits, Enter. The
//! Ctrl+F lookup and every form that needs a person (a PSU referral, a person
//! added to an attendance grid) use this one, so a person is never taken from a
//! typed surname without being shown.

use crate::desk::{LookupHit, Request, Response};
use crate::tui::action::Action;
use crate::tui::app::{ask_for, Ctx, Ui};
use crate::tui::components::select_list::SelectList;
use crate::tui::keymap::Chord;
use crate::tui::widgets::{block, cell, TextInput};
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

const LIMIT: usize = 50;

/// What an action did to the picker.
#[derive(Debug, PartialEq)]
pub enum Picked {
    /// Still choosing (or the action was not the picker's).
    Choosing,
    Person(LookupHit),
    Cancelled,
}

#[derive(Default)]
pub struct PersonPicker {
    input: TextInput,
    hits: SelectList<LookupHit>,
}

impl PersonPicker {
    fn search(&mut self, ctx: &mut Ctx) {
        self.hits.select(0);
        if self.input.value.trim().is_empty() {
            self.hits.reset(Vec::new());
            return;
        }
        if let Some(h) = ask_for!(ctx, Request::Lookup {
            query: self.input.value.clone(),
            limit: LIMIT,
        }, Response::Hits(h) => h)
        {
            self.hits.reset(h);
        }
    }

    /// Typed characters edit the query; true when the key was taken.
    pub fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
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

    /// Moves, chooses or cancels; `None` when the action is not the picker's.
    pub fn action(&mut self, a: Action) -> Option<Picked> {
        match a {
            // Home/End stay with the typed text.
            Action::Top | Action::Bottom => return None,
            a if self.hits.move_by(a) => {}
            Action::Confirm => {
                return Some(match self.hits.selected() {
                    Some(h) => Picked::Person(h.clone()),
                    None => Picked::Choosing,
                })
            }
            Action::Close => return Some(Picked::Cancelled),
            _ => return None,
        }
        Some(Picked::Choosing)
    }

    /// The query, then the hits with PESEL, phone and status, so that three
    /// people of one name are told apart.
    pub fn draw(&self, f: &mut Frame, r: Rect, ui: &Ui, title: &str) {
        let (theme, text) = (&ui.theme, &ui.text);
        f.render_widget(Clear, r);
        let b = block(title, theme);
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
        let lines: Vec<Line> = self
            .hits
            .visible(list.height as usize)
            .map(|(sel, h)| {
                let row = format!(
                    "{}{}{}{}{}",
                    if sel { theme.pointer() } else { " " },
                    cell(&format!(" {} {}", h.last_name, h.first_name), name_w, theme),
                    cell(h.pesel.as_deref().unwrap_or("—"), pesel_w, theme),
                    cell(h.phone.as_deref().unwrap_or("—"), phone_w, theme),
                    cell(text.status(h.status), 12, theme),
                );
                crate::tui::widgets::row(row, sel, theme)
            })
            .collect();
        f.render_widget(Paragraph::new(lines), list);
    }

    /// The area a picker takes over a screen: nearly all of it.
    pub fn area(over: Rect) -> Rect {
        Rect {
            x: over.x + 2,
            y: over.y + 1,
            width: over.width.saturating_sub(4),
            height: over.height.saturating_sub(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::Status;

    fn hit(id: &str) -> LookupHit {
        LookupHit {
            participant_id: id.into(),
            first_name: "Anna".into(),
            last_name: "Próbna".into(),
            pesel: None,
            phone: None,
            status: Status::Active,
        }
    }

    #[test]
    fn moves_within_the_hits_and_chooses_the_selected_one() {
        let mut p = PersonPicker {
            hits: SelectList::new(vec![hit("p1"), hit("p2"), hit("p3")]),
            ..Default::default()
        };
        assert_eq!(p.action(Action::Down), Some(Picked::Choosing));
        assert_eq!(p.action(Action::PageDown), Some(Picked::Choosing));
        assert_eq!(p.action(Action::Confirm), Some(Picked::Person(hit("p3"))));
        assert_eq!(p.action(Action::Up), Some(Picked::Choosing));
        assert_eq!(p.action(Action::Confirm), Some(Picked::Person(hit("p2"))));
    }

    #[test]
    fn nothing_is_chosen_without_a_hit_and_esc_cancels() {
        let mut p = PersonPicker::default();
        assert_eq!(p.action(Action::Confirm), Some(Picked::Choosing));
        assert_eq!(p.action(Action::Close), Some(Picked::Cancelled));
        assert_eq!(p.action(Action::Save), None);
    }
}
