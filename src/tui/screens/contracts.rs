//! "Kontrakty": every social contract, filtered by state and by typed text
//! (number, participant, worker), ordered by number or by the effective end.

use crate::desk::{Request, Response};
use crate::domain::contract::{number_order, Contract, ContractState};
use crate::domain::dates::pl;
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
use std::collections::HashMap;

/// The orders offered, in the order `Sort` cycles through them.
const BY_NUMBER: usize = 0;

pub struct Contracts {
    list: FilteredList<Contract, ContractState>,
    names: HashMap<String, String>,
}

impl Default for Contracts {
    fn default() -> Self {
        Contracts {
            list: FilteredList::new(ContractState::ALL, |c, s| c.state == s),
            names: HashMap::new(),
        }
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
        let Some(cs) = ask_for!(ctx, Request::ListContracts, Response::Contracts(cs) => cs) else {
            return;
        };
        let all: Vec<Contract> = cs.into_iter().map(|c| c.value).collect();
        let mut ids: Vec<String> = all.iter().map(|c| c.participant_id.clone()).collect();
        ids.sort();
        ids.dedup();
        if let Some(n) = ask_for!(ctx, Request::Names { ids }, Response::Names(n) => n) {
            self.names = n.into_iter().collect();
        }
        let names = &self.names;
        self.list.load(
            all,
            |c| {
                let name = names.get(&c.participant_id).map(String::as_str);
                format!(
                    "{} {} {}",
                    c.number,
                    name.unwrap_or(""),
                    c.worker.as_deref().unwrap_or("")
                )
            },
            |all| {
                // By year and number; then by the effective end.
                let mut by_number: Vec<usize> = (0..all.len()).collect();
                by_number.sort_by_key(|&i| number_order(&all[i].number));
                let mut by_end: Vec<usize> = (0..all.len()).collect();
                by_end.sort_by_key(|&i| (all[i].effective_end(), all[i].number.clone()));
                vec![by_number, by_end]
            },
        );
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        self.list.key(key)
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if self.list.action(a) {
            return true;
        }
        match a {
            Action::Confirm | Action::Edit => {
                if let Some(c) = self.list.selected() {
                    let id = c.id.clone();
                    if let Some(ed) = super::contract::ContractEditor::open(&id, ctx) {
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
        let state = self
            .list
            .filter()
            .map(|s| t.contract_state(s))
            .unwrap_or(t.filter_all);
        let order = if self.list.order() == BY_NUMBER {
            ct.order_number
        } else {
            ct.order_end
        };
        let name_w = (area.width as usize)
            .saturating_sub(2 + 1 + 12 + 11 + 11 + 13 + 12)
            .max(10);
        let list = self.list.draw_frame(
            f,
            area,
            ui,
            [t.contracts_title, state, order],
            &[
                (ct.number, 12),
                (t.col_name, name_w),
                (ct.from, 11),
                (ct.to, 11),
                (t.col_status, 13),
                (ct.worker, 12),
            ],
        );
        let lines: Vec<Line> = self
            .list
            .visible(list.height as usize)
            .map(|(sel, c)| {
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
