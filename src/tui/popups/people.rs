//! The people behind a figure of the report (Raporty, Enter on a figure), in
//! Polish order of surnames; ←/→ switch all, women, men; Enter opens a card.

use crate::desk::{LookupHit, Request, Response};
use crate::domain::collate::name_key;
use crate::domain::person::Sex;
use crate::domain::report::Figure;
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::components::select_list::SelectList;
use crate::tui::widgets::{block, cell, row};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

pub struct PeopleList {
    /// The figure's label.
    title: String,
    query: Query,
    hits: SelectList<LookupHit>,
}

/// What the list shows: a figure of the report for a period, all or one sex.
pub struct Query {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub figure: Figure,
    pub sex: Option<Sex>,
}

const SUBSETS: [Option<Sex>; 3] = [None, Some(Sex::K), Some(Sex::M)];

impl PeopleList {
    pub fn new(title: String, query: Query, hits: Vec<LookupHit>) -> PeopleList {
        PeopleList {
            title,
            query,
            hits: SelectList::new(in_name_order(hits)),
        }
    }

    /// ←/→: the next subset (all, women, men), asked of the desk again.
    fn switch(&mut self, forward: bool, ctx: &mut Ctx) {
        let at = SUBSETS
            .iter()
            .position(|s| *s == self.query.sex)
            .unwrap_or(0);
        let n = SUBSETS.len();
        let sex = SUBSETS[if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        }];
        let q = &self.query;
        let req = Request::ReportPeople {
            from: q.from,
            to: q.to,
            figure: q.figure.clone(),
            sex,
        };
        if let Some(hits) = ask_for!(ctx, req, Response::Hits(hits) => hits) {
            self.query.sex = sex;
            self.hits = SelectList::new(in_name_order(hits));
        }
    }
}

fn in_name_order(mut hits: Vec<LookupHit>) -> Vec<LookupHit> {
    hits.sort_by_cached_key(|h| name_key(&h.last_name, &h.first_name));
    hits
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
            Action::Left | Action::Right => self.switch(a == Action::Right, ctx),
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
        let rt = &ui.text.reports;
        let subset = match self.query.sex {
            None => rt.total,
            Some(Sex::K) => rt.women,
            Some(Sex::M) => rt.men,
        };
        let title = format!("{} — {subset} ({})", self.title, self.hits.len());
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
