//! "Uczestnicy": everyone, with a status filter, an order, and type-to-filter.

use crate::desk::{Request, Response};
use crate::domain::collate::name_key;
use crate::domain::fold::{digits, fold};
use crate::domain::person::{Participant, Status};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::text::Text;
use crate::tui::widgets::{
    cell, filter_bar, is_move, list_frame, moved, next_in, split_row, TextInput,
};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Order {
    #[default]
    Surname,
    Newest,
}

#[derive(Default)]
pub struct Participants {
    all: Vec<Participant>,
    /// Indices of `all` in Polish alphabetical order, surname first, made once
    /// per load (the filter runs on every key press).
    by_name: Vec<usize>,
    shown: Vec<usize>,
    status: Option<Status>,
    order: Order,
    filter: TextInput,
    selected: usize,
}

impl Participants {
    fn refilter(&mut self) {
        let q = fold(&self.filter.value);
        let words: Vec<&str> = q.split_whitespace().collect();
        let order: Vec<usize> = match self.order {
            Order::Surname => self.by_name.clone(),
            Order::Newest => (0..self.all.len()).rev().collect(),
        };
        self.shown = order
            .into_iter()
            .filter(|&i| {
                let p = &self.all[i];
                if self.status.is_some_and(|s| s != p.status) {
                    return false;
                }
                let key = format!(
                    "{} {}",
                    p.search_key(),
                    digits(p.phone.as_deref().unwrap_or(""))
                );
                words.iter().all(|w| key.contains(w))
            })
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
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
            self.all = ps.into_iter().map(|p| p.value).collect();
            let mut by_name: Vec<usize> = (0..self.all.len()).collect();
            by_name.sort_by_cached_key(|&i| {
                let p = &self.all[i];
                (name_key(&p.last_name, &p.first_name), p.id.clone())
            });
            self.by_name = by_name;
        }
        self.refilter();
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        let taken = match key.code {
            KeyCodeOrd::Char(_) | KeyCodeOrd::Backspace => self.filter.edit(key),
            _ => false,
        };
        if taken {
            self.selected = 0;
            self.refilter();
        }
        taken
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let n = self.shown.len();
        match a {
            a if is_move(a) => self.selected = moved(self.selected, n, a),
            Action::Filter => {
                self.status = next_in(Status::ALL, self.status);
                self.refilter();
            }
            Action::Sort => {
                self.order = if self.order == Order::Surname {
                    Order::Newest
                } else {
                    Order::Surname
                };
                self.refilter();
            }
            Action::Close if !self.filter.value.is_empty() => {
                self.filter.clear();
                self.refilter();
            }
            Action::Confirm => {
                if let Some(&i) = self.shown.get(self.selected) {
                    let id = self.all[i].id.clone();
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
        let title = format!(
            "{} ({}/{})",
            text.participants_title,
            self.shown.len(),
            self.all.len()
        );
        let [bar, head, list] = list_frame(f, area, &title, theme);
        let status = self
            .status
            .map(|s| text.status(s))
            .unwrap_or(text.filter_all);
        let order = if self.order == Order::Surname {
            text.sort_name
        } else {
            text.sort_newest
        };
        f.render_widget(
            Paragraph::new(filter_bar(text, status, order, &self.filter.value, theme)),
            bar,
        );
        let w = list.width as usize;
        let name_w = w.saturating_sub(1 + 8 + 12 + 13 + 12).max(12);
        let header = format!(
            " {}{}{}{}{}",
            cell(text.col_id, 8, theme),
            cell(text.col_name, name_w, theme),
            cell(text.col_pesel, 12, theme),
            cell(text.col_phone, 13, theme),
            cell(text.col_status, 12, theme)
        );
        f.render_widget(Paragraph::new(Span::styled(header, theme.label())), head);
        let height = list.height as usize;
        let start = self.selected.saturating_sub(height.saturating_sub(1));
        let lines: Vec<Line> = self
            .shown
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(|(row, &i)| {
                let p = &self.all[i];
                let sel = row == self.selected;
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
