//! "Dziś": what is due, grouped by kind; on an empty database, the welcome.

use crate::desk::{DueLine, Request, Response};
use crate::domain::dates::pl;
use crate::domain::due::DueKind;
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, Ui};
use crate::tui::text::Text;
use crate::tui::widgets::{block, cell, fit, is_move, moved};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// How far ahead the dashboard looks.
pub const WITHIN_DAYS: u32 = 14;

#[derive(Default)]
pub struct Today {
    empty: bool,
    admin: String,
    club: String,
    /// The club has not set its name: Dziś says so, with the key.
    unnamed: bool,
    /// What is due, with names, numbers and overdue texts; `None` until read.
    /// It is read after the first frame: at a big club it takes a moment.
    due: Option<Vec<DueLine>>,
    /// The first frame is on screen: a reload reads the list too.
    opened: bool,
    /// Rows as drawn: a kind header or an item index.
    selected: usize,
}

enum Row {
    Header(DueKind, usize),
    Item(usize),
}

impl Today {
    fn items(&self) -> &[DueLine] {
        self.due.as_deref().unwrap_or(&[])
    }

    fn read_due(&mut self, ctx: &mut Ctx) {
        if let Some(lines) = ask_for!(ctx, Request::DueList {
            within: WITHIN_DAYS,
        }, Response::DueList(lines) => lines)
        {
            self.due = Some(lines);
        }
        let n = self.item_rows().len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        for kind in DueKind::ALL {
            let idx: Vec<usize> = self
                .items()
                .iter()
                .enumerate()
                .filter(|(_, i)| i.item.kind == *kind)
                .map(|(n, _)| n)
                .collect();
            if idx.is_empty() {
                continue;
            }
            rows.push(Row::Header(*kind, idx.len()));
            rows.extend(idx.into_iter().map(Row::Item));
        }
        rows
    }

    fn item_rows(&self) -> Vec<usize> {
        self.rows()
            .into_iter()
            .filter_map(|r| if let Row::Item(i) = r { Some(i) } else { None })
            .collect()
    }
}

impl Screen for Today {
    fn title(&self, text: &Text) -> &'static str {
        text.tab_today
    }
}

impl Layer for Today {
    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(empty) = ask_for!(ctx, Request::ClubEmpty, Response::ClubEmpty(e) => e) {
            self.empty = empty;
        }
        if let Some(me) = ask_for!(ctx, Request::Whoami, Response::Me(me) => me) {
            self.admin = me.login;
        }
        if let Some(s) = ask_for!(ctx, Request::Settings, Response::Settings(s) => s) {
            self.unnamed = s.has_default_name();
            self.club = s.club_name;
        }
        // The first read waits for the first frame.
        if self.opened && !self.empty {
            self.read_due(ctx);
        }
    }

    fn after_first_frame(&mut self, ctx: &mut Ctx) -> bool {
        self.opened = true;
        if self.due.is_some() || self.empty {
            return false;
        }
        self.read_due(ctx);
        true
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let n = self.item_rows().len();
        match a {
            a if is_move(a) => self.selected = moved(self.selected, n, a),
            Action::Refresh => self.reload(ctx),
            Action::Confirm => {
                if let Some(&i) = self.item_rows().get(self.selected) {
                    let item = self.items()[i].item.clone();
                    match &item.contract_id {
                        Some(cid) => {
                            if let Some(ed) = super::contract::ContractEditor::open(cid, ctx) {
                                ctx.push(Box::new(ed));
                            }
                        }
                        None => ctx.open_card(&item.participant_id),
                    }
                }
            }
            Action::Edit => {
                let screen = super::settings::SettingsScreen::new(ctx);
                ctx.push(Box::new(screen));
            }
            Action::Demo if self.empty => {
                if ctx.ask(Request::LoadDemo).is_some() {
                    ctx.ok(ctx.ui.text.demo_loaded);
                    ctx.reload();
                }
            }
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, text) = (&ui.theme, &ui.text);
        if self.empty {
            let b = block(text.welcome_title, theme);
            let inner = b.inner(area);
            f.render_widget(b, area);
            let demo_key = ui.keymap.first_label(Action::Demo);
            let lines = vec![
                Line::from(""),
                Line::from(Span::styled(
                    fit(&self.club, inner.width as usize, theme),
                    theme.title(),
                )),
                Line::from(""),
                Line::from(text.welcome_empty),
                Line::from(vec![
                    Span::styled(format!("{}: ", text.welcome_admin), theme.label()),
                    Span::raw(fit(&self.admin, 40, theme)),
                ]),
                Line::from(""),
                Line::from(vec![
                    Span::styled(demo_key, theme.key()),
                    Span::raw(format!("  {}", text.welcome_demo)),
                ]),
                Line::from(vec![
                    Span::styled(ui.keymap.first_label(Action::Edit), theme.key()),
                    Span::raw(format!("  {}", text.settings.welcome_setup)),
                ]),
                Line::from((text.settings.welcome_first_intake)(
                    &ui.keymap.first_label(Action::Screen2),
                    &ui.keymap.first_label(Action::New),
                )),
                Line::from(text.welcome_import),
            ];
            f.render_widget(Paragraph::new(lines), inner);
            return;
        }
        let b = block(text.today_title, theme);
        let mut inner = b.inner(area);
        f.render_widget(b, area);
        if self.unnamed && inner.height > 1 {
            let key = ui.keymap.first_label(Action::Edit);
            f.render_widget(
                Paragraph::new(Line::from(Span::styled(
                    fit(
                        &(text.settings.set_club_name)(&key),
                        inner.width as usize,
                        theme,
                    ),
                    theme.warn(),
                ))),
                Rect { height: 1, ..inner },
            );
            inner.y += 1;
            inner.height -= 1;
        }
        let Some(items) = &self.due else {
            f.render_widget(Paragraph::new(text.due_loading).style(theme.label()), inner);
            return;
        };
        if items.is_empty() {
            f.render_widget(Paragraph::new(text.nothing_due).style(theme.ok()), inner);
            return;
        }
        let rows = self.rows();
        let selected_item = self.item_rows().get(self.selected).copied();
        let sel_row = rows
            .iter()
            .position(|r| matches!(r, Row::Item(i) if Some(*i) == selected_item))
            .unwrap_or(0);
        let height = inner.height as usize;
        let start = sel_row.saturating_sub(height.saturating_sub(1));
        let w = inner.width as usize;
        let lines: Vec<Line> = rows
            .iter()
            .skip(start)
            .take(height)
            .map(|r| match r {
                Row::Header(kind, n) => Line::from(Span::styled(
                    fit(
                        &format!("{} ({n})", crate::text::due_kind(text.lang, *kind)),
                        w,
                        theme,
                    ),
                    theme.title(),
                )),
                Row::Item(i) => {
                    let line = &items[*i];
                    let it = &line.item;
                    let name = if line.last_name.is_empty() && line.first_name.is_empty() {
                        it.participant_id.clone()
                    } else {
                        format!("{} {}", line.first_name, line.last_name)
                    };
                    let number = if line.number.is_empty() {
                        it.contract_id.as_deref().unwrap_or("")
                    } else {
                        line.number.as_str()
                    };
                    // pointer, date, name, number, and what is overdue in the rest
                    let name_w = (w.saturating_sub(28) / 2).clamp(10, 24);
                    let what_w = w.saturating_sub(28 + name_w);
                    let what = line.what.as_str();
                    let row = format!(
                        "{} {}  {} {} {}",
                        if Some(*i) == selected_item {
                            theme.pointer()
                        } else {
                            " "
                        },
                        pl(it.date),
                        cell(&name, name_w, theme),
                        cell(number, 12, theme),
                        cell(what, what_w, theme)
                    );
                    crate::tui::widgets::row(row, Some(*i) == selected_item, theme)
                }
            })
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        let mut h = vec![(Action::Help, t.hint_help), (Action::Lookup, t.hint_lookup)];
        h.push((Action::Edit, t.settings.hint_settings));
        if self.empty {
            h.push((Action::Demo, t.hint_demo));
        } else {
            h.push((Action::Confirm, t.hint_open));
        }
        h.push((Action::Quit, t.hint_quit));
        h
    }
}
