//! The card itself: personal data beside the participation's dates, then the
//! contracts, jobs and routes, notes and attendance.

use super::CardView;
use crate::domain::dates::pl;
use crate::domain::person::Status;
use crate::tui::app::Ui;
use crate::tui::widgets::{block, field, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

fn date(d: Option<chrono::NaiveDate>, none: &str) -> String {
    d.map(pl).unwrap_or_else(|| none.to_string())
}

impl CardView {
    pub(super) fn draw_card(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let p = &self.card.participant.value;
        let title = format!(
            "{}: {} {} ({})",
            t.card_title, p.first_name, p.last_name, p.id
        );
        let title = fit(&title, area.width.saturating_sub(6) as usize, theme);
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(inner);
        let (lw, rw) = (left.width.saturating_sub(1), right.width);
        let none = t.none;
        let address = p
            .address
            .as_ref()
            .and_then(|a| a.one_line())
            .unwrap_or_else(|| none.to_string());
        let mut l = vec![
            field(
                t.f_pesel,
                self.card.pesel_shown.as_deref().unwrap_or(none),
                lw,
                theme,
            ),
            field(
                t.f_birth_date,
                &format!("{} ({})", pl(p.birth_date), t.sex(p.sex)),
                lw,
                theme,
            ),
            field(t.f_phone, p.phone.as_deref().unwrap_or(none), lw, theme),
            field(t.f_email, p.email.as_deref().unwrap_or(none), lw, theme),
            field(t.f_address, &address, lw, theme),
            field(
                t.f_referred,
                &p.referred_by
                    .map(|r| t.referred(r).to_string())
                    .unwrap_or_else(|| none.into()),
                lw,
                theme,
            ),
            field(
                t.f_pup,
                if p.pup_registered { t.yes } else { t.no },
                lw,
                theme,
            ),
            Line::from(Span::styled(format!("{}:", t.f_groups), theme.label())),
        ];
        for (code, name) in &self.card.group_names {
            l.push(Line::from(fit(
                &format!("  • {}", t.group_named(code, name))
                    .replace('•', if theme.ascii { "-" } else { "•" }),
                lw as usize,
                theme,
            )));
        }
        if !p.exclusions.is_empty() {
            let ex: Vec<&str> = p.exclusions.iter().map(|e| t.exclusion(*e)).collect();
            l.push(field(t.f_exclusions, &ex.join(", "), lw, theme));
        }
        f.render_widget(Paragraph::new(l), left);

        let mut status = t.status(p.status).to_string();
        if let Some(o) = p.outcome {
            status.push_str(&format!(" — {}", t.outcome(o)));
        }
        if let Some(r) = p.interrupt_reason() {
            status.push_str(&format!(" — {}", t.reason(r)));
        }
        if p.status == Status::Rejected {
            if let Some(code) = &p.reason {
                let why = crate::domain::person::Exclusion::from_code(code)
                    .map(|e| t.exclusion(e).to_string())
                    .unwrap_or(code.clone());
                status.push_str(&format!(" — {why}"));
            }
        }
        let graduate = if self.card.graduate {
            t.graduate_yes.to_string()
        } else {
            match self.card.graduate_on {
                Some(d) if p.is_ended() => format!("{} {})", t.graduate_no, pl(d)),
                Some(d) => format!("{} {}", t.graduate_not_yet, pl(d)),
                None => none.to_string(),
            }
        };
        let mut r = vec![
            field(t.f_status, &status, rw, theme),
            field(t.f_applied, &date(p.applied_on, none), rw, theme),
            field(t.f_interview, &date(p.interview_on, none), rw, theme),
            field(t.f_consent, &date(p.consent_on, none), rw, theme),
            field(t.f_admitted, &date(self.card.admitted, none), rw, theme),
            field(t.f_graduate, &graduate, rw, theme),
            field(t.f_ended, &date(p.ended_on, none), rw, theme),
        ];
        if p.is_ended() {
            r.push(field(
                t.f_certificate,
                &date(p.certificate_on, none),
                rw,
                theme,
            ));
        }
        r.push(Line::from(""));
        r.push(Line::from(Span::styled(
            format!("{}:", t.f_contract),
            theme.label(),
        )));
        for c in &self.card.contracts {
            let c = &c.value;
            let line = format!(
                "  {} {}–{} ({})",
                c.number,
                date(c.starts_on, "?"),
                date(c.effective_end(), "?"),
                t.contract_state(c.state)
            );
            r.push(Line::from(fit(&line, rw as usize, theme)));
        }
        if self.card.contracts.is_empty() {
            r.push(Line::from(format!("  {none}")));
        }
        let period = |from, to: Option<chrono::NaiveDate>| {
            format!("{}–{}", pl(from), to.map(pl).unwrap_or_default())
        };
        if !self.card.jobs.is_empty() {
            r.push(Line::from(Span::styled(
                format!("{}:", t.f_jobs),
                theme.label(),
            )));
            for j in &self.card.jobs {
                let j = &j.value;
                let line = format!(
                    "  {} {} ({})",
                    period(j.from, j.to),
                    j.employer,
                    t.job_basis(j.basis)
                );
                r.push(Line::from(fit(&line, rw as usize, theme)));
            }
        }
        if !self.card.routes.is_empty() {
            r.push(Line::from(Span::styled(
                format!("{}:", t.f_routes),
                theme.label(),
            )));
            for x in &self.card.routes {
                let x = &x.value;
                let line = format!(
                    "  {} {}: {}",
                    period(x.from, x.to),
                    t.route_kind(x.kind),
                    x.name
                );
                r.push(Line::from(fit(&line, rw as usize, theme)));
            }
        }
        if !p.notes.trim().is_empty() {
            r.push(Line::from(""));
            r.push(field(t.f_notes, &p.notes, rw, theme));
        } else if self.card.notes_hidden {
            r.push(Line::from(""));
            r.push(field(t.f_notes, t.card.notes_hidden, rw, theme));
        }
        if !self.card.notes.is_empty() {
            r.push(Line::from(""));
            r.push(Line::from(Span::styled(
                format!("{}:", t.f_notes),
                theme.label(),
            )));
            for n in &self.card.notes {
                let text = n
                    .text
                    .clone()
                    .unwrap_or_else(|| t.restricted_note.to_string());
                let mark = if n.restricted { "!" } else { " " };
                r.push(Line::from(fit(
                    &format!(" {mark}{} {}: {text}", pl(n.on), n.author),
                    rw as usize,
                    theme,
                )));
            }
        }
        if !self.card.attended.is_empty() {
            r.push(Line::from(""));
            let present = self
                .card
                .attended
                .iter()
                .filter(|a| a.3 == crate::domain::workshop::AttendanceState::Present)
                .count();
            r.push(Line::from(Span::styled(
                (t.card.attended)(present, self.card.attended.len()),
                theme.label(),
            )));
            for (d, name, h, st) in &self.card.attended {
                let mark = match st {
                    crate::domain::workshop::AttendanceState::Present => "+",
                    crate::domain::workshop::AttendanceState::Excused => "u",
                    crate::domain::workshop::AttendanceState::Absent => "-",
                };
                r.push(Line::from(fit(
                    &format!("  {mark} {} {} {}", pl(*d), h.to_pl(), name),
                    rw as usize,
                    theme,
                )));
            }
        }
        f.render_widget(Paragraph::new(r), right);
    }
}
