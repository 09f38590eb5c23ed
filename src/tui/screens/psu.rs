//! "PSU": the month timesheet of one agreement — persons × days. Typing hours
//! (half hours) and Enter saves a day; `c`, `u`, `n` record an absence (sick,
//! excused, unexcused); Delete clears. Weekends and holidays are marked. A day
//! over a limit or outside the periods is refused with the figures.

use crate::desk::{Request, Response, SheetOf, Timesheet};
use crate::domain::dates::{add_months, month_end, month_start, pl};
use crate::domain::holidays::{holiday, is_weekend};
use crate::domain::hours::Hours;
use crate::domain::psu::{limit_windows, Absence, Agreement, HourRow};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Screen, TextMode, Ui};
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::text::Text;
use crate::tui::widgets::{block, cell, fit};
use chrono::{Datelike, Days, NaiveDate};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Default)]
pub struct Psu {
    agreements: Vec<Agreement>,
    current: usize,
    month: Option<NaiveDate>,
    sheet: Option<Timesheet>,
    row: usize,
    /// Day of the month, from 1.
    day: u32,
    typed: String,
    worksites: Vec<crate::domain::psu::Worksite>,
    /// Only the persons of this worksite (an index into `worksites`), or all.
    worksite: Option<usize>,
}

const DAY_W: usize = 4;
const NAME_W: usize = 17;

impl Psu {
    fn month(&self) -> NaiveDate {
        self.month
            .unwrap_or_else(|| month_start(crate::desk::today()))
    }

    fn days(&self) -> u32 {
        month_end(self.month()).day()
    }

    fn date(&self) -> NaiveDate {
        self.month() + Days::new(self.day.saturating_sub(1) as u64)
    }

    /// The lines shown: the agreement's persons, or those of one worksite.
    fn visible(&self) -> Vec<&crate::desk::TimesheetLine> {
        let site = self
            .worksite
            .and_then(|i| self.worksites.get(i))
            .map(|w| w.id.as_str());
        self.sheet
            .iter()
            .flat_map(|s| s.lines.iter())
            .filter(|l| site.is_none_or(|w| l.assignment.worksite_id == w))
            .collect()
    }

    fn load(&mut self, ctx: &mut Ctx) {
        let Some(a) = self.agreements.get(self.current) else {
            self.sheet = None;
            return;
        };
        let req = Request::Timesheet {
            of: SheetOf::Agreement(a.id.clone()),
            month: self.month(),
        };
        if let Some(t) = ask_for!(ctx, req, Response::Timesheet(t) => t) {
            self.row = self.row.min(t.lines.len().saturating_sub(1));
            self.sheet = Some(t);
        }
        self.day = self.day.clamp(1, self.days());
    }

    fn cell_text(row: Option<&HourRow>) -> String {
        match row {
            None => String::new(),
            Some(r) => match r.absence {
                Some(Absence::Sick) => "c".into(),
                Some(Absence::Excused) => "u".into(),
                Some(Absence::Unexcused) => "n".into(),
                None => r.hours.to_pl_number(),
            },
        }
    }

    /// Saves the day under the cursor: hours, an absence, or nothing (clears).
    /// Saves the cell; `advance` moves to the next day as Enter does. A refused
    /// value stays typed in the cell, with the reason in the status line.
    fn save_cell(
        &mut self,
        hours: Hours,
        absence: Option<Absence>,
        advance: bool,
        ctx: &mut Ctx,
    ) -> bool {
        let Some(line) = self.visible().get(self.row).copied() else {
            return false;
        };
        let row = HourRow {
            assignment_id: line.assignment.id.clone(),
            date: self.date(),
            hours,
            absence,
        };
        let who = line.participant.full_name();
        let expected_rev = line
            .rows
            .iter()
            .position(|r| r.date == row.date)
            .and_then(|i| line.revs.get(i).copied());
        if ctx.ask(Request::LogHours { row, expected_rev }).is_none() {
            // A save by someone else since: show what is saved now, with the refusal.
            self.load(ctx);
            return false;
        }
        ctx.ok((ctx.ui.text.psu.hours_saved)(&who, &pl(self.date())));
        self.load(ctx);
        if advance && self.day < self.days() {
            self.day += 1;
        }
        self.typed.clear();
        true
    }

    fn save(&mut self, hours: Hours, absence: Option<Absence>, ctx: &mut Ctx) {
        self.save_cell(hours, absence, true, ctx);
    }
}

impl Psu {
    fn print(&mut self, ctx: &mut Ctx) {
        let Some(a) = self.agreements.get(self.current) else {
            return;
        };
        let dir = super::card::print_dir();
        let base = format!(
            "psu-{}-{}",
            a.number.replace('/', "-"),
            self.month().format("%Y-%m")
        );
        let mut written = Vec::new();
        for (html, ext) in [(false, "txt"), (true, "html")] {
            let req = Request::PsuPrintouts {
                agreement_id: a.id.clone(),
                month: self.month(),
                html,
            };
            let Some(doc) = ask_for!(ctx, req, Response::Document(doc) => doc) else {
                return;
            };
            let path = dir.join(format!("{base}.{ext}"));
            if let Err(e) = crate::files::write_printout(&path, doc.as_bytes()) {
                return ctx.error(format!("{}: {e}", path.display()));
            }
            written.push(path.display().to_string());
        }
        ctx.ok((ctx.ui.text.psu.printout_written)(&written.join(", ")));
    }
}

impl Screen for Psu {
    fn title(&self, _text: &Text) -> &'static str {
        "PSU"
    }
}

impl Layer for Psu {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some((agreements, worksites)) = ask_for!(ctx, Request::PsuLists, Response::PsuLists {
            agreements,
            worksites,
            ..
        } => (agreements, worksites))
        {
            self.worksites = worksites;
            self.agreements = agreements.into_iter().map(|s| s.value).collect();
            let today = crate::desk::today();
            if self.month.is_none() {
                // Start on the newest agreement that covers today, else the newest.
                self.current = self
                    .agreements
                    .iter()
                    .rposition(|a| a.covers(today))
                    .unwrap_or(self.agreements.len().saturating_sub(1));
                self.day = today.day();
            }
        }
        self.current = self.current.min(self.agreements.len().saturating_sub(1));
        self.load(ctx);
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if key.ctrl || key.alt {
            return false;
        }
        match key.code {
            KeyCodeOrd::Char(c) if c.is_ascii_digit() || c == ',' || c == '.' => {
                if self.typed.len() < 5 {
                    self.typed.push(c);
                }
                true
            }
            KeyCodeOrd::Char(c @ ('c' | 'u' | 'n' | 'C' | 'U' | 'N')) => {
                let absence = match c.to_ascii_lowercase() {
                    'c' => Absence::Sick,
                    'u' => Absence::Excused,
                    _ => Absence::Unexcused,
                };
                self.save(Hours::ZERO, Some(absence), ctx);
                true
            }
            KeyCodeOrd::Backspace if !self.typed.is_empty() => {
                self.typed.pop();
                true
            }
            KeyCodeOrd::Delete | KeyCodeOrd::Backspace => {
                self.save(Hours::ZERO, None, ctx);
                true
            }
            KeyCodeOrd::Char(_) => true,
            _ => false,
        }
    }

    fn dirty(&self) -> bool {
        !self.typed.is_empty()
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let rows = self.visible().len();
        // Leaving a cell with typed hours saves them, as Enter does; a bad value stays.
        let leaves = matches!(
            a,
            Action::Up
                | Action::Down
                | Action::Left
                | Action::Right
                | Action::Top
                | Action::Bottom
                | Action::PageUp
                | Action::PageDown
                | Action::NextField
                | Action::PrevField
        );
        if leaves && !self.typed.is_empty() {
            let saved = match Hours::parse(&self.typed) {
                Ok(h) => self.save_cell(h, None, false, ctx),
                Err(_) => {
                    ctx.error((ctx.ui.text.psu.hours_invalid)(&self.typed));
                    false
                }
            };
            if !saved {
                return true;
            }
        }
        match a {
            Action::Confirm if !self.typed.is_empty() => match Hours::parse(&self.typed) {
                Ok(h) => self.save(h, None, ctx),
                Err(_) => ctx.error((ctx.ui.text.psu.hours_invalid)(&self.typed)),
            },
            Action::Close if !self.typed.is_empty() => self.typed.clear(),
            Action::Down | Action::Confirm => self.row = (self.row + 1).min(rows.saturating_sub(1)),
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Right => self.day = (self.day + 1).min(self.days()),
            Action::Left => self.day = self.day.saturating_sub(1).max(1),
            Action::Top => self.day = 1,
            Action::Bottom => self.day = self.days(),
            Action::PageDown | Action::PageUp => {
                let m = self.month();
                self.month = Some(if a == Action::PageDown {
                    add_months(m, 1)
                } else {
                    month_start(m - Days::new(1))
                });
                self.load(ctx);
            }
            Action::NextField | Action::PrevField if !self.agreements.is_empty() => {
                let n = self.agreements.len();
                self.current = if a == Action::NextField {
                    (self.current + 1) % n
                } else {
                    (self.current + n - 1) % n
                };
                self.row = 0;
                self.load(ctx);
            }
            Action::Print => self.print(ctx),
            Action::WorksiteFilter => {
                self.worksite = match self.worksite {
                    None if !self.worksites.is_empty() => Some(0),
                    Some(i) if i + 1 < self.worksites.len() => Some(i + 1),
                    _ => None,
                };
                self.row = 0;
            }
            Action::Edit => {
                let id = self.agreements.get(self.current).map(|a| a.id.clone());
                let lists = super::psu_lists::PsuLists::new(id, ctx);
                ctx.push(Box::new(lists));
            }
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        if a != Action::Confirm {
            self.typed.clear();
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text.psu);
        let m = self.month();
        let agreement = self.agreements.get(self.current);
        let title = match agreement {
            Some(a) => {
                let site = self
                    .worksite
                    .and_then(|i| self.worksites.get(i))
                    .map(|w| format!(" — {}", w.name))
                    .unwrap_or_default();
                (t.sheet_title)(&a.number, &site, &m.format("%m.%Y").to_string())
            }
            None => "PSU".to_string(),
        };
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let (Some(a), Some(sheet)) = (agreement, &self.sheet) else {
            f.render_widget(Paragraph::new(fit(t.no_agreements, w, theme)), inner);
            return;
        };
        let fit_days = (w.saturating_sub(NAME_W + 12) / DAY_W).max(1) as u32;
        // Days come in pages: moving inside a page repaints two cells, not the grid.
        let first = ((self.day - 1) / fit_days * fit_days + 1)
            .min(self.days().saturating_sub(fit_days - 1).max(1));
        let days: Vec<u32> = (first..=self.days()).take(fit_days as usize).collect();
        let date_of = |d: u32| m + Days::new(d as u64 - 1);
        let letters = t.weekday_letters;
        let mut head1 = cell(t.person_col, NAME_W, theme);
        let mut head2 = cell("", NAME_W, theme);
        for &d in &days {
            let date = date_of(d);
            let mark = if holiday(date).is_some() { "*" } else { "" };
            head1.push_str(&format!("{:>w$}", format!("{d}{mark}"), w = DAY_W));
            let letter = letters
                .chars()
                .nth(date.weekday().num_days_from_monday() as usize)
                .unwrap_or(' ');
            head2.push_str(&format!("{:>w$}", letter, w = DAY_W));
        }
        head1.push_str(&format!("{:>6}{:>6}", t.week_col, t.month_col));
        let mut lines = vec![
            Line::from(Span::styled(fit(&head1, w, theme), theme.label())),
            Line::from(Span::styled(fit(&head2, w, theme), theme.dim())),
        ];
        let ((wf, wt), _) = limit_windows(self.date());
        let height = (inner.height as usize).saturating_sub(5);
        let start = self.row.saturating_sub(height.saturating_sub(1));
        let _ = sheet;
        for (r, line) in self
            .visible()
            .into_iter()
            .enumerate()
            .skip(start)
            .take(height)
        {
            let mut spans = vec![Span::raw(cell(
                &line.participant.full_name(),
                NAME_W,
                theme,
            ))];
            for &d in &days {
                let date = date_of(d);
                let here = r == self.row && d == self.day;
                let text = if here && !self.typed.is_empty() {
                    self.typed.clone()
                } else {
                    Self::cell_text(line.rows.iter().find(|x| x.date == date))
                };
                let off = is_weekend(date) || holiday(date).is_some();
                let shown = format!(
                    "{:>w$}",
                    if text.is_empty() && off {
                        "-".to_string()
                    } else if text.is_empty() {
                        "·".into()
                    } else {
                        text
                    },
                    w = DAY_W
                );
                let style = if here {
                    theme.selected()
                } else if off {
                    theme.dim()
                } else {
                    ratatui::style::Style::new()
                };
                spans.push(Span::styled(shown, style));
            }
            let week: Hours = line
                .rows
                .iter()
                .filter(|x| x.date >= wf && x.date <= wt)
                .map(|x| x.hours)
                .sum();
            spans.push(Span::raw(format!(
                "{:>6}{:>6}",
                week.to_pl_number(),
                line.month_total.to_pl_number()
            )));
            lines.push(Line::from(spans));
        }
        let date = self.date();
        let day_note = match holiday(date) {
            Some(h) => format!(" — {h}"),
            None if is_weekend(date) => format!(" — {}", t.weekend),
            None => String::new(),
        };
        lines.push(Line::from(""));
        lines.push(Line::from(fit(
            &(t.day_line)(
                &pl(date),
                &day_note,
                &a.weekly_limit_h.to_pl(),
                &a.monthly_limit_h.to_pl(),
                &a.rate_on(date)
                    .map(|r| r.to_pl())
                    .unwrap_or_else(|| ui.text.none.into()),
            ),
            w,
            theme,
        )));
        lines.push(Line::from(Span::styled(
            fit(t.sheet_keys, w, theme),
            theme.dim(),
        )));
        f.render_widget(Paragraph::new(lines), inner);
    }

    /// The footer's keys, then the keys typed into the timesheet.
    fn help(&self, ui: &Ui) -> Vec<crate::tui::popups::help::KeyHelp> {
        let mut keys = crate::tui::popups::help::Help::from_hints(&self.hints(ui), ui);
        let typed = ui.text.psu.help_keys.iter();
        keys.extend(typed.map(|(k, what)| (k.to_string(), *what)));
        keys
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text.psu;
        vec![
            (Action::NextField, t.hint_agreement),
            (Action::PageDown, t.hint_month),
            (Action::WorksiteFilter, t.hint_worksite),
            (Action::Edit, t.hint_lists),
            (Action::Print, ui.text.hint_print),
            (Action::Lookup, ui.text.hint_lookup),
            (Action::Help, ui.text.hint_help),
            (Action::Quit, ui.text.hint_quit),
        ]
    }
}
