//! Zajęcia's grid: participants × the month's sessions, the marks, the totals
//! per session and per person, and the month's hours, persons and cost.

use super::Activities;
use crate::domain::dates::pl_short;
use crate::domain::workshop::AttendanceState;
use crate::tui::action::Action;
use crate::tui::app::Ui;
use crate::tui::widgets::{block, cell, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

impl Activities {
    /// Draws the grid; gives the area inside its frame.
    pub(super) fn draw_grid(&self, f: &mut Frame, area: Rect, ui: &Ui) -> Rect {
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
            return inner;
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
        inner
    }
}
