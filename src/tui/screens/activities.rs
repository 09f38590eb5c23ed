//! "Zajęcia": the attendance grid of one activity in a month (participants ×
//! sessions, Space cycles present → excused → absent → none), totals per session
//! and per person, and the period's hours, persons and cost.

use crate::desk::{AttendanceGrid, Request, Response};
use crate::domain::dates::{add_months, month_end, month_start, pl_short};
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::record::Record;
use crate::domain::workshop::{Activity, ActivityKind, Area, AttendanceState, Session, Specialist};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::components::person_picker::{PersonPicker, Picked};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::text::Text;
use crate::tui::widgets::{block, cell, fit, row};
use chrono::NaiveDate;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

enum Form {
    Session,
    /// A new activity (None) or an edit.
    Activity(Option<String>),
    Specialist(Option<String>),
    Period,
    /// The guests without a record at the session in this column.
    Guests(usize),
}

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
    form: Option<(Form, MiniForm)>,
    /// Adding a person to the grid: the same picker as Ctrl+F.
    adding: Option<PersonPicker>,
    /// Revisions of the activities and specialists, for editing them.
    revs: std::collections::HashMap<String, u64>,
    /// The lists popup: (on specialists?, selected row).
    lists: Option<(bool, usize)>,
    /// This month's line of the activities summary for the activity in view.
    month_line: Option<crate::domain::report::ActivityLine>,
    /// The summary for a chosen period, shown over the grid.
    summary: Option<(
        NaiveDate,
        NaiveDate,
        crate::domain::report::ActivitiesSummary,
    )>,
}

fn next(s: Option<AttendanceState>) -> Option<AttendanceState> {
    match s {
        None => Some(AttendanceState::Present),
        Some(AttendanceState::Present) => Some(AttendanceState::Excused),
        Some(AttendanceState::Excused) => Some(AttendanceState::Absent),
        Some(AttendanceState::Absent) => None,
    }
}

fn activity_form(t: &Text, a: Option<&Activity>) -> MiniForm {
    let names = &crate::text::catalog::catalog(t.lang).report;
    let t = &t.activities;
    let kinds = ActivityKind::ALL
        .iter()
        .map(|k| (names.activity_kind)(*k).to_string())
        .collect();
    let areas = t.area_names.iter().map(|s| s.to_string()).collect();
    let kind = a
        .and_then(|a| ActivityKind::ALL.iter().position(|k| *k == a.kind))
        .unwrap_or(0);
    let area = a
        .and_then(|a| Area::ALL.iter().position(|k| *k == a.area))
        .unwrap_or(0);
    MiniForm::new(
        t.activity_form_title,
        vec![
            Field::text(t.name_label, a.map(|a| a.name.as_str()).unwrap_or("")),
            Field::choice(t.kind_label, kinds, kind),
            Field::choice(t.area_label, areas, area),
        ],
    )
}

fn specialist_form(t: &Text, s: Option<&Specialist>) -> MiniForm {
    let t = &t.activities;
    let rate = s
        .map(|s| s.zl_per_hour.to_pl_number())
        .unwrap_or_else(|| "60,00".into());
    MiniForm::new(
        t.specialist,
        vec![
            Field::text(
                t.specialist_name_label,
                s.map(|s| s.name.as_str()).unwrap_or(""),
            ),
            Field::text(
                t.role_label,
                s.map(|s| s.role.as_str()).unwrap_or(t.default_role),
            ),
            Field::text(t.rate_label, &rate),
        ],
    )
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

    fn session_form(&self, ctx: &Ctx) -> MiniForm {
        let t = &ctx.ui.text.activities;
        let mut sp = vec![t.no_specialist.to_string()];
        sp.extend(
            self.specialists
                .iter()
                .map(|s| format!("{} ({})", s.name, s.zl_per_hour.to_pl())),
        );
        MiniForm::new(
            t.session_form_title,
            vec![
                Field::date(t.date_label, Some(crate::desk::today()), true),
                Field::text(t.hours_label, "2"),
                Field::choice(t.specialist, sp, usize::from(!self.specialists.is_empty())),
                Field::text(t.topic_label, ""),
                Field::text(t.place_label, ""),
                Field::choice(
                    t.remote_label,
                    vec![ctx.ui.text.no.into(), ctx.ui.text.yes.into()],
                    0,
                ),
                Field::text(t.weeks_label, "1"),
                Field::text(t.guests_label, "0"),
            ],
        )
    }

    fn submit(&mut self, kind: &Form, f: &MiniForm, ctx: &mut Ctx) -> bool {
        let ui = ctx.ui;
        let t = &ui.text.activities;
        match kind {
            Form::Session => {
                let Some(act) = self.activities.get(self.current) else {
                    return true;
                };
                let Ok(hours) = Hours::parse(&f.text(1)) else {
                    ctx.error(t.hours_invalid);
                    return false;
                };
                let Ok(weeks) = f.text(6).parse::<u32>() else {
                    ctx.error(t.weeks_invalid);
                    return false;
                };
                let Ok(guests) = f.text(7).parse::<u32>() else {
                    ctx.error(t.guests_invalid);
                    return false;
                };
                let template = Session {
                    id: String::new(),
                    activity_id: act.id.clone(),
                    date: f.date(0).unwrap_or_else(crate::desk::today),
                    hours,
                    specialist_id: f
                        .choice(2)
                        .checked_sub(1)
                        .map(|i| self.specialists[i].id.clone()),
                    zl_per_hour: Money::ZERO,
                    topic: Some(f.text(3)).filter(|s| !s.is_empty()),
                    place: Some(f.text(4)).filter(|s| !s.is_empty()),
                    remote: f.choice(5) == 1,
                    guests,
                };
                let Some(ids) = ask_for!(ctx, Request::CreateSessions {
                    template: Box::new(template),
                    weeks: weeks.clamp(1, 52),
                }, Response::Sessions { ids, .. } => ids) else {
                    return false;
                };
                ctx.ok((t.sessions_added)(ids.len()));
            }
            Form::Guests(col) => {
                let Ok(guests) = f.text(0).parse::<u32>() else {
                    ctx.error(t.guests_invalid);
                    return false;
                };
                let Some(g) = &self.grid else { return true };
                let (Some(session), Some(rev)) = (g.sessions.get(*col), g.session_revs.get(*col))
                else {
                    return true;
                };
                let req = Request::Save {
                    record: Box::new(Record::Session(Session {
                        guests,
                        ..session.clone()
                    })),
                    expected_rev: Some(*rev),
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
                self.load_grid(ctx);
            }
            Form::Activity(id) => {
                let a = Activity {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                    kind: ActivityKind::ALL[f.choice(1)],
                    area: Area::ALL[f.choice(2)],
                };
                let expected_rev = id.as_ref().and_then(|i| self.revs.get(i).copied());
                if a.name.is_empty() {
                    ctx.error(t.name_empty);
                    return false;
                }
                if ctx
                    .ask(Request::Save {
                        record: Box::new(Record::Activity(a)),
                        expected_rev,
                    })
                    .is_none()
                {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
            }
            Form::Specialist(id) => {
                let Ok(rate) = Money::parse(&f.text(2)) else {
                    ctx.error(t.rate_invalid);
                    return false;
                };
                let s = Specialist {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                    role: f.text(1),
                    zl_per_hour: rate,
                };
                let expected_rev = id.as_ref().and_then(|i| self.revs.get(i).copied());
                if s.name.is_empty() {
                    ctx.error(t.name_empty);
                    return false;
                }
                if ctx
                    .ask(Request::Save {
                        record: Box::new(Record::Specialist(s)),
                        expected_rev,
                    })
                    .is_none()
                {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
            }
            Form::Period => {
                let (Some(from), Some(to)) = (f.date(0), f.date(1)) else {
                    return false;
                };
                if to < from {
                    ctx.error(t.end_before_start);
                    return false;
                }
                let Some(a) =
                    ask_for!(ctx, Request::Activities { from, to }, Response::Activities(a) => a)
                else {
                    return false;
                };
                self.summary = Some((from, to, a));
                return true;
            }
        }
        self.reload(ctx);
        true
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
        if let Some((_, f)) = &mut self.form {
            return f.key(key);
        }
        if let Some(p) = &mut self.adding {
            return p.key(key, ctx);
        }
        false
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some((kind, mut f)) = self.form.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => {
                    if !self.submit(&kind, &f, ctx) {
                        self.form = Some((kind, f));
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some((kind, f)),
            }
            return true;
        }
        if let Some(mut p) = self.adding.take() {
            match p.action(a) {
                Some(Picked::Person(h)) => {
                    self.extra.push(h.participant_id.clone());
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
        if let Some((specs, mut sel)) = self.lists.take() {
            let n = if specs {
                self.specialists.len()
            } else {
                self.activities.len()
            };
            match a {
                Action::Down => sel = (sel + 1).min(n.saturating_sub(1)),
                Action::Up => sel = sel.saturating_sub(1),
                Action::NextField | Action::PrevField | Action::Right | Action::Left => {
                    self.lists = Some((!specs, 0));
                    return true;
                }
                Action::New if specs => {
                    self.form = Some((Form::Specialist(None), specialist_form(text, None)))
                }
                Action::New => self.form = Some((Form::Activity(None), activity_form(text, None))),
                Action::Confirm | Action::Edit if specs && sel < n => {
                    let s = self.specialists[sel].clone();
                    self.form = Some((
                        Form::Specialist(Some(s.id.clone())),
                        specialist_form(text, Some(&s)),
                    ));
                }
                Action::Confirm | Action::Edit if sel < n => {
                    let a = self.activities[sel].clone();
                    self.form = Some((
                        Form::Activity(Some(a.id.clone())),
                        activity_form(text, Some(&a)),
                    ));
                }
                Action::Close => return true,
                _ => {}
            }
            self.lists = Some((specs, sel));
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
                    self.form = Some((
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
                self.form = Some((Form::Activity(None), activity_form(text, None)))
            }
            Action::New => self.form = Some((Form::Session, self.session_form(ctx))),
            Action::Edit => self.lists = Some((false, 0)),
            Action::Filter => {
                let today = crate::desk::today();
                let y = chrono::Datelike::year(&today);
                let d = |m, day| NaiveDate::from_ymd_opt(y, m, day);
                let (from, to) = if chrono::Datelike::month(&today) <= 6 {
                    (d(1, 1), d(6, 30))
                } else {
                    (d(7, 1), d(12, 31))
                };
                self.form = Some((
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
            Action::Sort => self.adding = Some(PersonPicker::default()),
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text.activities);
        let m = self.month();
        let name = self
            .activities
            .get(self.current)
            .map(|a| a.name.as_str())
            .unwrap_or("");
        let title = (t.grid_title)(name, &m.format("%m.%Y").to_string());
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let Some(g) = &self.grid else {
            let key = ui.keymap.first_label(Action::New);
            let msg = (t.no_activities)(&key);
            f.render_widget(Paragraph::new(fit(&msg, w, theme)), inner);
            return;
        };
        let [grid_area, sum_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(2)]).areas(inner);
        let name_w = 22usize;
        let col_w = 6usize;
        let fit_cols = (w.saturating_sub(name_w + 6) / col_w).max(1);
        let first_col = self.col.saturating_sub(fit_cols - 1);
        let shown: Vec<usize> = (first_col..g.sessions.len()).take(fit_cols).collect();
        let mut head = cell(t.participant_col, name_w, theme);
        for &c in &shown {
            head.push_str(&cell(&pl_short(g.sessions[c].date), col_w, theme));
        }
        head.push_str(&format!("{:>5}", "Σ"));
        let mut lines = vec![Line::from(Span::styled(
            fit(&head, w, theme),
            theme.label(),
        ))];
        let height = (grid_area.height as usize).saturating_sub(2);
        let start = self.row.saturating_sub(height.saturating_sub(1));
        let mut uncounted = false;
        for (r, p) in g.participants.iter().enumerate().skip(start).take(height) {
            let mut spans = vec![Span::raw(cell(
                &format!("{} {}", p.last_name, p.first_name),
                name_w,
                theme,
            ))];
            for &c in &shown {
                let mark = match g.marks[r][c] {
                    Some(AttendanceState::Present) => t.mark_present,
                    Some(AttendanceState::Excused) => t.mark_excused,
                    Some(AttendanceState::Absent) => t.mark_absent,
                    None => "·",
                };
                // Not a participant that day: marked, but not counted.
                let counts = g.counts[r][c];
                let s = if counts {
                    cell(mark, col_w, theme)
                } else {
                    uncounted = true;
                    cell(&format!("{mark}*"), col_w, theme)
                };
                spans.push(if r == self.row && c == self.col {
                    Span::styled(s, theme.selected())
                } else if counts {
                    Span::raw(s)
                } else {
                    Span::styled(s, theme.dim())
                });
            }
            let present = g.marks[r]
                .iter()
                .filter(|m| **m == Some(AttendanceState::Present))
                .count();
            spans.push(Span::raw(format!("{present:>5}")));
            lines.push(Line::from(spans));
        }
        let mut totals = cell(t.present_total, name_w, theme);
        for &c in &shown {
            let n = g
                .marks
                .iter()
                .filter(|row| row[c] == Some(AttendanceState::Present))
                .count();
            totals.push_str(&cell(&n.to_string(), col_w, theme));
        }
        lines.push(Line::from(Span::styled(
            fit(&totals, w, theme),
            theme.title(),
        )));
        f.render_widget(Paragraph::new(lines), grid_area);
        // The month's figures come from the desk, computed as in the reports.
        let line = self.month_line.as_ref();
        let hours = line.map(|x| x.hours).unwrap_or_default();
        let cost = line.map(|x| x.cost).unwrap_or_default();
        let persons = line.map(|x| x.persons).unwrap_or_default();
        let sum = (t.month_summary)(
            g.sessions.len(),
            &hours.to_pl(),
            persons.total,
            persons.women,
            persons.men,
            &cost.to_pl(),
        );
        let legend = if uncounted {
            Line::from(Span::styled(
                fit(t.not_counted_legend, w, theme),
                theme.dim(),
            ))
        } else {
            Line::from("")
        };
        f.render_widget(
            Paragraph::new(vec![legend, Line::from(fit(&sum, w, theme))]),
            sum_area,
        );
        if let Some(p) = &self.adding {
            p.draw(f, PersonPicker::area(area), ui, t.add_person_title);
        }
        if let Some((specs, sel)) = self.lists {
            let r = crate::tui::widgets::centered(area, 70, 18);
            f.render_widget(Clear, r);
            let title = if specs {
                t.specialists_list_title
            } else {
                t.activities_list_title
            };
            let b = block(title, theme);
            let ir = b.inner(r);
            f.render_widget(b, r);
            let names = &crate::text::catalog::catalog(ui.text.lang).report;
            let items: Vec<String> = if specs {
                self.specialists
                    .iter()
                    .map(|s| {
                        let role = (names.specialist_role)(&s.role).unwrap_or(&s.role);
                        format!("{} — {role} — {}/h", s.name, s.zl_per_hour.to_pl())
                    })
                    .collect()
            } else {
                self.activities
                    .iter()
                    .map(|a| {
                        format!(
                            "{} — {} — {}",
                            a.name,
                            (names.activity_kind)(a.kind),
                            (names.area)(a.area)
                        )
                    })
                    .collect()
            };
            let mut ls: Vec<Line> = items
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let s = fit(&format!(" {s}"), ir.width as usize, theme);
                    row(s, i == sel, theme)
                })
                .collect();
            let keys = (t.list_keys)(&ui.keymap.first_label(Action::New));
            ls.push(Line::from(""));
            ls.push(Line::from(Span::styled(
                fit(&keys, ir.width as usize, theme),
                theme.dim(),
            )));
            f.render_widget(Paragraph::new(ls), ir);
        }
        if let Some((from, to, sum)) = &self.summary {
            f.render_widget(Clear, inner);
            let title = (t.summary_title)(
                &crate::domain::dates::pl(*from),
                &crate::domain::dates::pl(*to),
            );
            let b = block(&title, theme);
            let ir = b.inner(inner);
            f.render_widget(b, inner);
            let iw = ir.width as usize;
            let row = |name: &str,
                       hours: String,
                       c: &crate::domain::report::Count,
                       cost: String|
             -> Line<'static> {
                Line::from(format!(
                    "{}{:>8}{:>6}{:>5}{:>5}{:>14}",
                    cell(name, iw.saturating_sub(38), theme),
                    hours,
                    c.total,
                    c.women,
                    c.men,
                    cost
                ))
            };
            let mut ls = vec![Line::from(Span::styled(
                format!(
                    "{}{:>8}{:>6}{:>5}{:>5}{:>14}",
                    cell("", iw.saturating_sub(38), theme),
                    "h",
                    t.persons_col,
                    "K",
                    "M",
                    t.cost_col
                ),
                theme.label(),
            ))];
            for a in &sum.activities {
                ls.push(row(&a.name, a.hours.to_pl(), &a.persons, a.cost.to_pl()));
            }
            for s in &sum.specialists {
                ls.push(row(
                    &format!("  {}", s.name),
                    s.hours.to_pl(),
                    &s.persons,
                    s.cost.to_pl(),
                ));
            }
            ls.push(row(
                t.social_services,
                String::new(),
                &sum.services.social,
                String::new(),
            ));
            ls.push(row(
                t.vocational_services,
                String::new(),
                &sum.services.vocational,
                String::new(),
            ));
            f.render_widget(Paragraph::new(ls), ir);
        }
        if let Some((_, form)) = &self.form {
            form.draw(f, area, ui);
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text.activities;
        vec![
            (Action::Toggle, t.hint_mark),
            (Action::New, t.hint_session),
            (Action::Sort, t.hint_add_person),
            (Action::NextField, t.hint_activity),
            (Action::PageDown, t.hint_month),
            (Action::Filter, t.hint_period),
            (Action::Edit, t.hint_lists),
        ]
    }
}
