//! "Uczestnicy": everyone, with a status filter, an order, and type-to-filter.

use crate::desk::{Request, Response};
use crate::domain::collate::name_key;
use crate::domain::fold::digits;
use crate::domain::person::{Participant, Status};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::components::select_list::FilteredList;
use crate::tui::keymap::Chord;
use crate::tui::text::Text;
use crate::tui::widgets::{cell, split_row};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The orders offered, in the order `Sort` cycles through them.
const BY_NAME: usize = 0;

pub struct Participants {
    list: FilteredList<Participant, Status>,
}

impl Default for Participants {
    fn default() -> Self {
        Participants {
            list: FilteredList::new(Status::ALL, |p, s| p.status == s),
        }
    }
}

impl Screen for Participants {
    fn title(&self, text: &Text) -> &'static str {
        text.tab_participants
    }
}

impl Layer for Participants {
    fn text_mode(&self) -> TextMode {
        TextMode::KeysFirst
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(ps) = ask_for!(ctx, Request::ListParticipants { status: None }, Response::Participants(ps) => ps)
        {
            let all: Vec<Participant> = ps.into_iter().map(|p| p.value).collect();
            self.list.load(
                all,
                |p| {
                    format!(
                        "{} {}",
                        p.search_key(),
                        digits(p.phone.as_deref().unwrap_or(""))
                    )
                },
                |all| {
                    // Polish alphabetical order, surname first; then the newest first.
                    let mut by_name: Vec<usize> = (0..all.len()).collect();
                    by_name.sort_by_cached_key(|&i| {
                        let p = &all[i];
                        (name_key(&p.last_name, &p.first_name), p.id.clone())
                    });
                    vec![by_name, (0..all.len()).rev().collect()]
                },
            );
        }
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        self.list.key(key)
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if self.list.action(a) {
            return true;
        }
        match a {
            Action::Confirm => {
                if let Some(p) = self.list.selected() {
                    let id = p.id.clone();
                    ctx.open_card(&id);
                }
            }
            Action::New => {
                let form = super::intake::Intake::new(ctx);
                ctx.push(Box::new(form));
            }
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, text) = (&ui.theme, &ui.text);
        let status = self
            .list
            .filter()
            .map(|s| text.status(s))
            .unwrap_or(text.filter_all);
        let order = if self.list.order() == BY_NAME {
            text.sort_name
        } else {
            text.sort_newest
        };
        let name_w = (area.width as usize)
            .saturating_sub(2 + 1 + 8 + 12 + 13 + 12)
            .max(12);
        let list = self.list.draw_frame(
            f,
            area,
            ui,
            [text.participants_title, status, order],
            &[
                (text.col_id, 8),
                (text.col_name, name_w),
                (text.col_pesel, 12),
                (text.col_phone, 13),
                (text.col_status, 12),
            ],
        );
        let lines: Vec<Line> = self
            .list
            .visible(list.height as usize)
            .map(|(sel, p)| {
                // Only the name part is in reverse video: a move rewrites
                // half a row twice instead of two whole rows (bytes over SSH).
                let head = format!(
                    "{}{}{}",
                    if sel { theme.pointer() } else { " " },
                    cell(&p.id, 8, theme),
                    cell(&format!("{} {}", p.last_name, p.first_name), name_w, theme),
                );
                let tail = format!(
                    "{}{}{}",
                    cell(
                        p.pesel.as_ref().map(|x| x.as_str()).unwrap_or("—"),
                        12,
                        theme
                    ),
                    cell(p.phone.as_deref().unwrap_or("—"), 13, theme),
                    cell(text.status(p.status), 12, theme)
                );
                split_row(head, tail, sel, theme)
            })
            .collect();
        f.render_widget(Paragraph::new(lines), list);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        vec![
            (Action::Confirm, t.hint_open),
            (Action::New, t.hint_new),
            (Action::Lookup, t.hint_lookup),
            (Action::Filter, t.hint_filter),
            (Action::Sort, t.hint_sort),
            (Action::Help, t.hint_help),
            (Action::Quit, t.hint_quit),
        ]
    }
}
