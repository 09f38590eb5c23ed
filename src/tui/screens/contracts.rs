//! "Kontrakty": every social contract, filtered by state and by typed text
//! (number, participant, worker), ordered by number or by the effective end.

use crate::desk::{Request, Response};
use crate::domain::contract::{Contract, ContractState};
use crate::domain::dates::pl;
use crate::domain::fold::fold;
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
use std::collections::HashMap;

#[derive(Default)]
pub struct Contracts {
    all: Vec<Contract>,
    names: HashMap<String, String>,
    shown: Vec<usize>,
    state: Option<ContractState>,
    by_end: bool,
    filter: TextInput,
    selected: usize,
}

impl Contracts {
    fn refilter(&mut self) {
        let q = fold(&self.filter.value);
        let words: Vec<&str> = q.split_whitespace().collect();
        let mut shown: Vec<usize> = (0..self.all.len())
            .filter(|&i| {
                let c = &self.all[i];
                if self.state.is_some_and(|s| s != c.state) {
                    return false;
                }
                let name = self
                    .names
                    .get(&c.participant_id)
                    .map(String::as_str)
                    .unwrap_or("");
                let key = fold(&format!(
                    "{} {} {}",
                    c.number,
                    name,
                    c.worker.as_deref().unwrap_or("")
                ));
                words.iter().all(|w| key.contains(w))
            })
            .collect();
        if self.by_end {
            shown.sort_by_key(|&i| (self.all[i].effective_end(), self.all[i].number.clone()));
        } else {
            shown.sort_by_key(|&i| crate::domain::contract::number_order(&self.all[i].number));
        }
        self.shown = shown;
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }
}

impl Screen for Contracts {
    fn title(&self, text: &Text) -> &'static str {
        text.tab_contracts
    }
}

impl Layer for Contracts {
    fn text_mode(&self) -> TextMode {
        TextMode::KeysFirst
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(cs) = ask_for!(ctx, Request::ListContracts, Response::Contracts(cs) => cs) {
            self.all = cs.into_iter().map(|c| c.value).collect();
        }
        let mut ids: Vec<String> = self.all.iter().map(|c| c.participant_id.clone()).collect();
        ids.sort();
        ids.dedup();
        if let Some(n) = ask_for!(ctx, Request::Names { ids }, Response::Names(n) => n) {
            self.names = n.into_iter().collect();
        }
        self.refilter();
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        let taken = matches!(key.code, KeyCodeOrd::Char(_) | KeyCodeOrd::Backspace)
            && self.filter.edit(key);
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
                self.state = next_in(ContractState::ALL, self.state);
                self.refilter();
            }
            Action::Sort => {
                self.by_end = !self.by_end;
                self.refilter();
            }
            Action::Close if !self.filter.value.is_empty() => {
                self.filter.clear();
                self.refilter();
            }
            Action::Confirm | Action::Edit => {
                if let Some(&i) = self.shown.get(self.selected) {
                    if let Some(ed) = super::contract::ContractEditor::open(&self.all[i].id, ctx) {
                        ctx.push(Box::new(ed));
                    }
                }
            }
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let ct = &t.contract;
        let title = format!(
            "{} ({}/{})",
            t.contracts_title,
            self.shown.len(),
            self.all.len()
        );
        let [bar, head, list] = list_frame(f, area, &title, theme);
        let state = self
            .state
            .map(|s| t.contract_state(s))
            .unwrap_or(t.filter_all);
        let order = if self.by_end {
            ct.order_end
        } else {
            ct.order_number
        };
        f.render_widget(
            Paragraph::new(filter_bar(t, state, order, &self.filter.value, theme)),
            bar,
        );
        let w = list.width as usize;
        let name_w = w.saturating_sub(1 + 12 + 11 + 11 + 13 + 12).max(10);
        let header = format!(
            " {}{}{}{}{}{}",
            cell(ct.number, 12, theme),
            cell(t.col_name, name_w, theme),
            cell(ct.from, 11, theme),
            cell(ct.to, 11, theme),
            cell(t.col_status, 13, theme),
            cell(ct.worker, 12, theme),
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
                let c = &self.all[i];
                let sel = row == self.selected;
                let name = self
                    .names
                    .get(&c.participant_id)
                    .cloned()
                    .unwrap_or_default();
                let head = format!(
                    "{}{}{}{}",
                    if sel { theme.pointer() } else { " " },
                    cell(&c.number, 12, theme),
                    // a space keeps a long name off the date
                    cell(&name, name_w.saturating_sub(1), theme),
                    " "
                );
                let tail = format!(
                    "{}{}{}{}",
                    cell(&c.starts_on.map(pl).unwrap_or_default(), 11, theme),
                    cell(&c.effective_end().map(pl).unwrap_or_default(), 11, theme),
                    cell(t.contract_state(c.state), 13, theme),
                    cell(c.worker.as_deref().unwrap_or(""), 12, theme)
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
            (Action::Filter, t.hint_filter),
            (Action::Sort, t.hint_sort),
            (Action::Lookup, t.hint_lookup),
            (Action::Help, t.hint_help),
            (Action::Quit, t.hint_quit),
        ]
    }
}
