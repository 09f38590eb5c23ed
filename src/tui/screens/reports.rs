//! "Raporty": the club's report for a period, section by section. Enter on a
//! figure lists the people behind it (←/→ picks all, women or men), and Enter
//! there opens a card.

use crate::desk::{Request, Response};
use crate::domain::dates::pl;
use crate::domain::person::Sex;
use crate::domain::report::{Count, Figure, Report};
use crate::domain::workshop::Area;
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::popups::people::{PeopleList, Query};
use crate::tui::text::Text;
use crate::tui::widgets::{block, cell, fit, is_move, moved};
use chrono::{Datelike, NaiveDate};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// One line of the screen: a heading, a figure with people behind it, or a plain value.
enum Row {
    Head(String),
    People(String, Count, Figure),
    Value(String, String),
}

#[derive(Default)]
pub struct Reports {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    report: Option<Report>,
    selected: usize,
    /// 0: everyone, 1: women, 2: men.
    column: usize,
    form: Option<MiniForm>,
    /// Earlier years beside this one (Ctrl+O cycles 0, 1, 2, 3).
    compare: u32,
}

fn period_choices(today: NaiveDate) -> Vec<(String, NaiveDate, NaiveDate)> {
    let y = today.year();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("a real date");
    vec![
        (format!("{y}"), d(y, 1, 1), d(y, 12, 31)),
        (format!("{}", y - 1), d(y - 1, 1, 1), d(y - 1, 12, 31)),
        (format!("I {y}"), d(y, 1, 1), d(y, 6, 30)),
        (format!("II {y}"), d(y, 7, 1), d(y, 12, 31)),
        (format!("I {}", y - 1), d(y - 1, 1, 1), d(y - 1, 6, 30)),
        (format!("II {}", y - 1), d(y - 1, 7, 1), d(y - 1, 12, 31)),
    ]
}

impl Reports {
    fn rows(&self, t: &Text) -> Vec<Row> {
        let Some(r) = &self.report else { return vec![] };
        let rt = &t.reports;
        let mut rows = vec![Row::Head(t.participants_title.into())];
        rows.push(Row::People(
            rt.admitted.into(),
            r.participants.admitted,
            Figure::Admitted,
        ));
        rows.push(Row::People(
            rt.active.into(),
            r.participants.active,
            Figure::Active,
        ));
        rows.push(Row::People(
            rt.continuing.into(),
            r.participants.continuing,
            Figure::Continuing,
        ));
        rows.push(Row::Value(
            rt.contracts_concluded.into(),
            r.contracts_concluded.to_string(),
        ));
        rows.push(Row::Head(rt.by_group.into()));
        for (code, c) in &r.groups {
            let name = t.group_named(code, r.group_names.get(code).unwrap_or(code));
            rows.push(Row::People(name, *c, Figure::Group(code.clone())));
        }
        // Every group the club knows, over everyone taking part, zeros kept.
        rows.push(Row::Head(rt.by_group_active.into()));
        for (code, c) in &r.groups_active {
            rows.push(Row::People(
                t.group_named(code, r.group_names.get(code).unwrap_or(code)),
                *c,
                Figure::GroupActive(code.clone()),
            ));
        }
        rows.push(Row::Head(rt.endings.into()));
        rows.push(Row::People(rt.ended.into(), r.ended.total, Figure::Ended));
        for (code, c) in &r.ended.outcomes {
            let name = crate::domain::person::Outcome::from_code(code)
                .map(|o| t.outcome(o).to_string())
                .unwrap_or(code.clone());
            rows.push(Row::People(
                format!("  {name}"),
                *c,
                Figure::Outcome(code.clone()),
            ));
        }
        for (code, c) in &r.ended.interrupted {
            let name = crate::domain::person::InterruptReason::from_code(code)
                .map(|x| t.reason(x).to_string())
                .unwrap_or(code.clone());
            rows.push(Row::People(
                format!("  {}", (rt.interrupted)(&name)),
                *c,
                Figure::Interrupted(code.clone()),
            ));
        }
        let share = |label: &str, s: &crate::domain::report::Share, f: Figure| {
            Row::People(
                format!("{label} ({}%)", s.percent),
                Count {
                    total: s.count,
                    women: s.women,
                    men: s.men,
                },
                f,
            )
        };
        rows.push(share(rt.graduates, &r.graduates, Figure::Graduates));
        rows.push(share(rt.employed, &r.employed, Figure::Employed));
        rows.push(share(rt.independent, &r.independent, Figure::Independent));
        if !r.routes.is_empty() {
            rows.push(Row::Head(rt.routes.into()));
            for (code, c) in &r.routes {
                let name = crate::domain::activation::RouteKind::from_code(code)
                    .map(|k| t.route_kind(k).to_string())
                    .unwrap_or(code.clone());
                rows.push(Row::People(name, *c, Figure::Route(code.clone())));
            }
        }
        rows.push(Row::Head(rt.activities.into()));
        for a in &r.activities {
            rows.push(Row::People(
                format!("{} — {}, {}", a.name, a.hours.to_pl(), a.cost.to_pl()),
                a.persons,
                Figure::Activity(a.activity_id.clone()),
            ));
        }
        for s in &r.specialists {
            rows.push(Row::People(
                format!("{} — {}, {}", s.name, s.hours.to_pl(), s.cost.to_pl()),
                s.persons,
                Figure::Specialist(s.specialist_id.clone()),
            ));
        }
        rows.push(Row::People(
            rt.social.into(),
            r.services.social,
            Figure::Services(Area::Social),
        ));
        rows.push(Row::People(
            rt.vocational.into(),
            r.services.vocational,
            Figure::Services(Area::Vocational),
        ));
        rows.push(Row::People(
            rt.served.into(),
            Count {
                total: r.served.total,
                women: r.served.women,
                men: r.served.men,
            },
            Figure::Served,
        ));
        rows.push(Row::Value(rt.guests.into(), r.served.guests.to_string()));
        rows.push(Row::Head("PSU".into()));
        rows.push(Row::People(
            rt.persons.into(),
            Count {
                total: r.psu.persons,
                women: r.psu.women,
                men: r.psu.men,
            },
            Figure::Psu,
        ));
        let only = |n: u32| Count {
            total: n,
            women: 0,
            men: 0,
        };
        rows.push(Row::People(
            rt.psu_referred.into(),
            only(r.psu.referred),
            Figure::PsuReferred,
        ));
        rows.push(Row::People(
            rt.psu_resigned.into(),
            only(r.psu.resigned),
            Figure::PsuResigned,
        ));
        rows.push(Row::Value(rt.positions.into(), r.psu.positions.to_string()));
        rows.push(Row::Value(rt.hours.into(), r.psu.hours.to_pl()));
        rows.push(Row::Value(rt.paid.into(), r.psu.paid.to_pl()));
        rows.push(Row::Value(rt.refund.into(), r.psu.refund.to_pl()));
        rows.push(Row::Value(
            rt.refund_received.into(),
            r.psu.refund_received.to_pl(),
        ));
        for w in &r.psu.worksites {
            rows.push(Row::People(
                format!("  {} — {}, {}", w.name, w.hours.to_pl(), w.paid.to_pl()),
                Count {
                    total: w.persons,
                    women: 0,
                    men: 0,
                },
                Figure::Worksite(w.worksite_id.clone()),
            ));
        }
        if !r.staff.is_empty() {
            rows.push(Row::Head(rt.staff.into()));
            let st = &t.settings;
            let words = crate::text::catalog::catalog(t.lang);
            for s in &r.staff {
                let mut terms = vec![(words.names.role)(s.role).to_string()];
                terms.extend(s.basis.map(|b| (words.report.staff_basis)(b).to_string()));
                terms.extend(
                    s.hours_per_week
                        .map(|h| (st.hours_a_week)(&h.to_pl_number())),
                );
                rows.push(Row::Value(s.name.clone(), terms.join(", ")));
            }
        }
        if !r.compare.is_empty() {
            rows.push(Row::Head(rt.compare.into()));
            for c in std::iter::once(crate::domain::report::comparison(r)).chain(r.compare.clone())
            {
                rows.push(Row::Value(
                    format!("{} – {}", pl(c.period.from), pl(c.period.to)),
                    (rt.compare_line)(
                        c.active,
                        c.admitted,
                        c.graduates,
                        c.employed,
                        c.independent,
                        c.psu_persons,
                        &c.psu_paid.to_pl(),
                    ),
                ));
            }
        }
        rows
    }

    fn load(&mut self, ctx: &mut Ctx) {
        let (Some(from), Some(to)) = (self.from, self.to) else {
            return;
        };
        let req = match self.compare {
            0 => Request::Report { from, to },
            years => Request::CompareReports { from, to, years },
        };
        if let Some(r) = ask_for!(ctx, req, Response::Report(r) => r) {
            self.report = Some(*r);
        }
    }

    fn choose_period(&mut self, ctx: &mut Ctx) {
        let rt = &ctx.ui.text.reports;
        let mut names: Vec<String> = period_choices(crate::desk::today())
            .into_iter()
            .map(|c| c.0)
            .collect();
        names.push(rt.custom_range.into());
        // The period shown: its preset if it is one, else the range typed.
        let shown = period_choices(crate::desk::today())
            .iter()
            .position(|c| Some(c.1) == self.from && Some(c.2) == self.to)
            .unwrap_or(names.len() - 1);
        self.form = Some(MiniForm::new(
            rt.period_title,
            vec![
                Field::choice(rt.period, names, shown),
                Field::date(rt.from_custom, self.from, false),
                Field::date(rt.to_custom, self.to, false),
            ],
        ));
    }

    /// Writes the report as text, CSV and xlsx where the user can take it from.
    fn write_files(&self, ctx: &mut Ctx) {
        let (Some(r), Some(from), Some(to)) = (&self.report, self.from, self.to) else {
            return;
        };
        let dir = super::card::print_dir();
        let base = dir.join(format!("raport-{from}-{to}"));
        let lang = ctx.ui.text.lang;
        let xlsx = match crate::export::report::to_xlsx(r, lang) {
            Ok(b) => b,
            Err(e) => return ctx.error(e),
        };
        let files = [
            (
                base.with_extension("txt"),
                crate::export::report::to_text(r, lang).into_bytes(),
            ),
            (
                base.with_extension("csv"),
                crate::export::report::to_csv(r, lang).into_bytes(),
            ),
            (base.with_extension("xlsx"), xlsx),
        ];
        for (path, bytes) in &files {
            if let Err(e) = crate::files::write_printout(path, bytes) {
                return ctx.error(format!("{}: {e}", path.display()));
            }
        }
        ctx.ok((ctx.ui.text.reports.written)(&base.display().to_string()));
    }

    fn people_rows(&self, ctx: &Ctx) -> Vec<usize> {
        self.people_rows_static(&self.rows(&ctx.ui.text))
    }
}

impl Screen for Reports {
    fn title(&self, text: &Text) -> &'static str {
        text.reports.title
    }
}

impl Layer for Reports {
    fn text_mode(&self) -> TextMode {
        if self.form.is_some() {
            TextMode::TextFirst
        } else {
            TextMode::None
        }
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if self.from.is_none() {
            let (_, f, t) = period_choices(crate::desk::today()).remove(0);
            self.from = Some(f);
            self.to = Some(t);
        }
        self.load(ctx);
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        let Some(f) = self.form.as_mut() else {
            return false;
        };
        let before = (f.choice(0), f.text(1), f.text(2));
        let took = f.key(key);
        // A preset chosen fills the dates; a date typed makes the range custom.
        let choices = period_choices(crate::desk::today());
        if f.choice(0) != before.0 {
            if let Some((_, a, b)) = choices.get(f.choice(0)) {
                f.set_text(1, &pl(*a));
                f.set_text(2, &pl(*b));
            }
        } else if (f.text(1), f.text(2)) != (before.1, before.2) {
            f.set_choice(0, choices.len());
        }
        took
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some(mut f) = self.form.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => {
                    // The dates hold the preset chosen, or what was typed.
                    let (from, to) = (f.date(1), f.date(2));
                    match (from, to) {
                        (Some(a), Some(b)) if a <= b => {
                            self.from = Some(a);
                            self.to = Some(b);
                            self.selected = 0;
                            self.load(ctx);
                        }
                        _ => {
                            f.error = Some(ctx.ui.text.reports.bad_range.into());
                            self.form = Some(f);
                        }
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some(f),
            }
            return true;
        }
        let n = self.people_rows(ctx).len();
        match a {
            a if is_move(a) => self.selected = moved(self.selected, n, a),
            Action::Right => self.column = (self.column + 1) % 3,
            Action::Left => self.column = (self.column + 2) % 3,
            Action::ChoosePeriod | Action::Edit => self.choose_period(ctx),
            Action::CompareYears => {
                self.compare = (self.compare + 1) % 4;
                self.load(ctx);
                ctx.info((ctx.ui.text.reports.comparing)(self.compare));
            }
            Action::Print => self.write_files(ctx),
            Action::Refresh => self.load(ctx),
            Action::Confirm => {
                let rows = self.rows(&ctx.ui.text);
                let Some(&i) = self.people_rows(ctx).get(self.selected) else {
                    return true;
                };
                let Row::People(label, _, figure) = &rows[i] else {
                    return true;
                };
                let sex = [None, Some(Sex::K), Some(Sex::M)][self.column];
                let (Some(from), Some(to)) = (self.from, self.to) else {
                    return true;
                };
                if let Some(hits) = ask_for!(ctx, Request::ReportPeople {
                    from,
                    to,
                    figure: figure.clone(),
                    sex,
                }, Response::Hits(hits) => hits)
                {
                    let query = Query {
                        from,
                        to,
                        figure: figure.clone(),
                        sex,
                    };
                    ctx.push(Box::new(PeopleList::new(
                        label.trim().to_string(),
                        query,
                        hits,
                    )));
                }
            }
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let rt = &t.reports;
        let period = match (self.from, self.to) {
            (Some(a), Some(b)) => format!("{} – {}", pl(a), pl(b)),
            _ => String::new(),
        };
        let title = (rt.report_for)(&period);
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let [head, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        let w = inner.width as usize;
        let label_w = w.saturating_sub(3 * 9);
        let cols = [rt.total, rt.women, rt.men];
        let mut h = cell("", label_w, theme);
        for (i, c) in cols.iter().enumerate() {
            let s = format!("{:>8} ", c);
            h.push_str(&if i == self.column {
                format!("[{}]", s.trim())
            } else {
                s
            });
        }
        f.render_widget(
            Paragraph::new(Span::styled(fit(&h, w, theme), theme.label())),
            head,
        );
        let rows = self.rows(t);
        let people = self.people_rows_static(&rows);
        let sel_row = people.get(self.selected).copied().unwrap_or(0);
        let height = list.height as usize;
        // On the last figure, the rows after it (staff, comparison) come into view too.
        let last_shown = if self.selected + 1 >= people.len() {
            rows.len()
        } else {
            sel_row + 1
        };
        let start = last_shown.saturating_sub(height).min(sel_row);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(start)
            .take(height)
            .map(|(i, r)| match r {
                Row::Head(s) => Line::from(Span::styled(fit(s, w, theme), theme.title())),
                Row::Value(label, v) => Line::from(format!(
                    "{}{:>8}",
                    cell(&format!(" {label}"), label_w, theme),
                    v
                )),
                Row::People(label, c, figure) => {
                    let by_sex = !matches!(
                        figure,
                        Figure::PsuReferred | Figure::PsuResigned | Figure::Worksite(_)
                    );
                    let nums = [
                        c.total.to_string(),
                        if by_sex {
                            c.women.to_string()
                        } else {
                            String::new()
                        },
                        if by_sex {
                            c.men.to_string()
                        } else {
                            String::new()
                        },
                    ];
                    let mut spans = vec![Span::raw(cell(&format!(" {label}"), label_w, theme))];
                    for (k, n) in nums.iter().enumerate() {
                        let s = format!("{n:>8} ");
                        spans.push(if i == sel_row && k == self.column {
                            Span::styled(s, theme.selected())
                        } else {
                            Span::raw(s)
                        });
                    }
                    Line::from(spans)
                }
            })
            .collect();
        f.render_widget(Paragraph::new(lines), list);
        if let Some(form) = &self.form {
            form.draw(f, area, ui);
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let rt = &ui.text.reports;
        vec![
            (Action::Confirm, rt.hint_who),
            (Action::Right, rt.hint_column),
            (Action::ChoosePeriod, rt.hint_period),
            (Action::CompareYears, rt.hint_compare),
            (Action::Print, rt.hint_write),
            (Action::Help, ui.text.hint_help),
            (Action::Quit, ui.text.hint_quit),
        ]
    }
}

impl Reports {
    fn people_rows_static(&self, rows: &[Row]) -> Vec<usize> {
        rows.iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::People(..)))
            .map(|(i, _)| i)
            .collect()
    }
}
