//! "Zajęcia": the attendance grid of one activity in a month (participants ×
//! sessions, Space cycles present → excused → absent → none), totals per session
//! and per person, and the period's hours, persons and cost. `grid.rs` draws
//! the grid, `lists.rs` the activities and specialists, `forms.rs` the forms and
//! what saving them asks, `summary.rs` a period's summary.

mod forms;
mod grid;
mod lists;
mod summary;

use crate::desk::{AttendanceGrid, Request, Response};
use crate::domain::dates::{add_months, month_end, month_start};
use crate::domain::record::Record;
use crate::domain::workshop::{Activity, AttendanceState, Specialist};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::components::person_picker::{PersonPicker, Picked};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::text::Text;
use chrono::NaiveDate;
use forms::{activity_form, Form, OpenForm};
use lists::Lists;
use ratatui::layout::Rect;
use ratatui::Frame;
use summary::PeriodSummary;

#[derive(Default)]
pub struct Activities {
    activities: Vec<Activity>,
    specialists: Vec<Specialist>,
    current: usize,
    month: Option<NaiveDate>,
    grid: Option<AttendanceGrid>,
    /// People added to the grid by lookup, before any mark.
    extra: Vec<String>,
    row: usize,
    col: usize,
    form: Option<OpenForm>,
    /// Adding a person to the grid: the same picker as Ctrl+F.
    adding: Option<PersonPicker>,
    /// Revisions of the activities and specialists, for editing them.
    revs: std::collections::HashMap<String, u64>,
    /// The lists popup of activities and specialists.
    lists: Option<Lists>,
    /// This month's line of the activities summary for the activity in view.
    month_line: Option<crate::domain::report::ActivityLine>,
    /// The summary for a chosen period, shown over the grid.
    summary: Option<PeriodSummary>,
}

fn next(s: Option<AttendanceState>) -> Option<AttendanceState> {
    match s {
        None => Some(AttendanceState::Present),
        Some(AttendanceState::Present) => Some(AttendanceState::Excused),
        Some(AttendanceState::Excused) => Some(AttendanceState::Absent),
        Some(AttendanceState::Absent) => None,
    }
}

impl Activities {
    fn month(&self) -> NaiveDate {
        self.month
            .unwrap_or_else(|| month_start(crate::desk::today()))
    }

    fn load_grid(&mut self, ctx: &mut Ctx) {
        let Some(act) = self.activities.get(self.current) else {
            self.grid = None;
            return;
        };
        let m = self.month();
        let req = Request::AttendanceGrid {
            activity_id: act.id.clone(),
            from: m,
            to: month_end(m),
            extra: self.extra.clone(),
        };
        if let Some(g) = ask_for!(ctx, req, Response::AttendanceGrid(g) => g) {
            self.row = self.row.min(g.participants.len().saturating_sub(1));
            self.col = self.col.min(g.sessions.len().saturating_sub(1));
            self.grid = Some(g);
        }
        let m = self.month();
        self.month_line = match ctx.ask(Request::Activities {
            from: m,
            to: month_end(m),
        }) {
            Some(Response::Activities(a)) => {
                let id = self.activities.get(self.current).map(|a| a.id.clone());
                a.activities
                    .into_iter()
                    .find(|x| Some(&x.activity_id) == id.as_ref())
            }
            _ => None,
        };
    }

    /// Puts a person on the activity's list (kept in the activity, so the row
    /// is there after a restart too).
    fn enrol(&mut self, ctx: &mut Ctx, participant_id: &str) {
        let Some(act) = self.activities.get(self.current) else {
            return;
        };
        if act.enrolled.iter().any(|e| e == participant_id) {
            return;
        }
        let mut a = act.clone();
        a.enrolled.push(participant_id.to_string());
        let req = Request::Save {
            expected_rev: self.revs.get(&a.id).copied(),
            record: Box::new(Record::Activity(a.clone())),
        };
        if let Some(Response::Saved { rev, .. }) = ctx.ask(req) {
            self.revs.insert(a.id.clone(), rev);
            self.activities[self.current] = a;
        } else {
            // Not saved (someone changed the activity): shown for now all the same.
            self.extra.push(participant_id.to_string());
        }
    }

    fn mark(&mut self, ctx: &mut Ctx) {
        let Some(g) = &self.grid else { return };
        let (Some(p), Some(s)) = (g.participants.get(self.row), g.sessions.get(self.col)) else {
            return;
        };
        let state = next(g.marks[self.row][self.col]);
        let req = Request::SetAttendance {
            session_id: s.id.clone(),
            participant_id: p.id.clone(),
            state,
        };
        if ctx.ask(req).is_some() {
            // A person keeps their row even when their last mark goes.
            if !self.extra.contains(&p.id) {
                self.extra.push(p.id.clone());
            }
            self.load_grid(ctx);
        }
    }
}

impl Screen for Activities {
    fn title(&self, text: &Text) -> &'static str {
        text.activities.title
    }
}

impl Layer for Activities {
    fn text_mode(&self) -> TextMode {
        if self.form.is_some() || self.adding.is_some() {
            TextMode::TextFirst
        } else {
            TextMode::None
        }
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some((activities, specialists)) = ask_for!(ctx, Request::Workshops, Response::Workshops {
            activities,
            specialists,
        } => (activities, specialists))
        {
            self.revs = activities
                .iter()
                .map(|s| (s.value.id.clone(), s.stamp.rev))
                .collect();
            self.revs.extend(
                specialists
                    .iter()
                    .map(|s| (s.value.id.clone(), s.stamp.rev)),
            );
            self.activities = activities.into_iter().map(|s| s.value).collect();
            self.specialists = specialists.into_iter().map(|s| s.value).collect();
        }
        self.current = self.current.min(self.activities.len().saturating_sub(1));
        self.load_grid(ctx);
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if let Some(open) = &mut self.form {
            return open.form.key(key);
        }
        if let Some(p) = &mut self.adding {
            return p.key(key, ctx);
        }
        false
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some(mut open) = self.form.take() {
            match open.form.action(a, &ctx.ui.text) {
                Step::Submit => {
                    if !self.submit(&open.kind, &open.form, ctx) {
                        self.form = Some(open);
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some(open),
            }
            return true;
        }
        if let Some(mut p) = self.adding.take() {
            match p.action(a) {
                Some(Picked::Person(h)) => {
                    self.enrol(ctx, &h.participant_id);
                    self.load_grid(ctx);
                    if let Some(g) = &self.grid {
                        self.row = g
                            .participants
                            .iter()
                            .position(|x| x.id == h.participant_id)
                            .unwrap_or(0);
                    }
                }
                Some(Picked::Cancelled) => {}
                Some(Picked::Choosing) | None => self.adding = Some(p),
            }
            return true;
        }
        let ui = ctx.ui;
        let text = &ui.text;
        if self.summary.is_some() {
            if matches!(a, Action::Close | Action::Confirm) {
                self.summary = None;
            }
            return true;
        }
        if let Some(mut lists) = self.lists.take() {
            if !self.lists_action(&mut lists, a, ctx) {
                self.lists = Some(lists);
            }
            return true;
        }
        let (rows, cols) = self
            .grid
            .as_ref()
            .map(|g| (g.participants.len(), g.sessions.len()))
            .unwrap_or((0, 0));
        match a {
            Action::Down => self.row = (self.row + 1).min(rows.saturating_sub(1)),
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Right => self.col = (self.col + 1).min(cols.saturating_sub(1)),
            Action::Left => self.col = self.col.saturating_sub(1),
            Action::Toggle => self.mark(ctx),
            // Enter on a session's column: its guests (children, families at an event).
            Action::Confirm => {
                if let Some(session) = self.grid.as_ref().and_then(|g| g.sessions.get(self.col)) {
                    let t = &text.activities;
                    self.form = Some(OpenForm::new(
                        Form::Guests(self.col),
                        MiniForm::new(
                            &(t.guests_title)(&crate::domain::dates::pl(session.date)),
                            vec![Field::text(t.guests_label, &session.guests.to_string())],
                        ),
                    ));
                }
            }
            Action::NextField | Action::PrevField if !self.activities.is_empty() => {
                let n = self.activities.len();
                self.current = if a == Action::NextField {
                    (self.current + 1) % n
                } else {
                    (self.current + n - 1) % n
                };
                self.extra.clear();
                self.row = 0;
                self.col = 0;
                self.load_grid(ctx);
            }
            Action::PageDown | Action::PageUp => {
                let m = self.month();
                self.month = Some(if a == Action::PageDown {
                    add_months(m, 1)
                } else {
                    month_start(m - chrono::Days::new(1))
                });
                self.load_grid(ctx);
            }
            Action::New if self.activities.is_empty() => {
                self.form = Some(OpenForm::new(
                    Form::Activity(None),
                    activity_form(text, None),
                ))
            }
            Action::New => self.form = Some(OpenForm::new(Form::Session, self.session_form(ctx))),
            Action::Edit => self.lists = Some(self.lists()),
            Action::ChoosePeriod => {
                let today = crate::desk::today();
                let y = chrono::Datelike::year(&today);
                let d = |m, day| NaiveDate::from_ymd_opt(y, m, day);
                let (from, to) = if chrono::Datelike::month(&today) <= 6 {
                    (d(1, 1), d(6, 30))
                } else {
                    (d(7, 1), d(12, 31))
                };
                self.form = Some(OpenForm::new(
                    Form::Period,
                    MiniForm::new(
                        text.activities.period_form_title,
                        vec![
                            Field::date(text.activities.from_label, from, true),
                            Field::date(text.activities.to_label, to, true),
                        ],
                    ),
                ));
            }
            Action::AddPerson => self.adding = Some(PersonPicker::default()),
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let inner = self.draw_grid(f, area, ui);
        if let Some(p) = &self.adding {
            p.draw(
                f,
                PersonPicker::area(area),
                ui,
                ui.text.activities.add_person_title,
            );
        }
        if let Some(lists) = &self.lists {
            self.draw_lists(lists, f, area, ui);
        }
        if let Some(s) = &self.summary {
            s.draw(f, inner, ui);
        }
        if let Some(open) = &self.form {
            open.form.draw(f, area, ui);
        }
    }

    /// The footer's keys, then Enter on a session's column.
    fn help(&self, ui: &Ui) -> Vec<crate::tui::popups::help::KeyHelp> {
        let t = &ui.text.activities;
        let mut keys = self.hints(ui);
        keys.push((Action::Confirm, t.help_guests));
        crate::tui::popups::help::Help::from_hints(&keys, ui)
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text.activities;
        vec![
            (Action::Toggle, t.hint_mark),
            (Action::New, t.hint_session),
            (Action::AddPerson, t.hint_add_person),
            (Action::NextField, t.hint_activity),
            (Action::PageDown, t.hint_month),
            (Action::ChoosePeriod, t.hint_period),
            (Action::Edit, t.hint_lists),
        ]
    }
}
