//! The activities summary for a chosen period (Ctrl+T on Zajęcia): hours,
//! persons (women, men) and cost per activity and specialist, and the people
//! served in each area, over the grid.

use crate::domain::report::{ActivitiesSummary, Count};
use crate::tui::app::Ui;
use crate::tui::widgets::{block, cell};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// The summary of a period, shown over the grid until Esc or Enter.
pub(super) struct PeriodSummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub summary: ActivitiesSummary,
}

impl PeriodSummary {
    pub(super) fn draw(&self, f: &mut Frame, inner: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text.activities);
        let (from, to, sum) = (&self.from, &self.to, &self.summary);
        f.render_widget(Clear, inner);
        let title = (t.summary_title)(
            &crate::domain::dates::pl(*from),
            &crate::domain::dates::pl(*to),
        );
        let b = block(&title, theme);
        let ir = b.inner(inner);
        f.render_widget(b, inner);
        let iw = ir.width as usize;
        let row = |name: &str, hours: String, c: &Count, cost: String| -> Line<'static> {
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
}
