//! The participant's card. Opening it writes a read-audit entry (in the desk).

use crate::desk::{Card, Request, Response};
use crate::domain::dates::pl;
use crate::domain::person::Status;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::widgets::{block, field, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub struct CardView {
    card: Card,
}

fn date(d: Option<chrono::NaiveDate>, none: &str) -> String {
    d.map(pl).unwrap_or_else(|| none.to_string())
}

impl CardView {
    pub fn open(id: &str, ctx: &mut Ctx) -> Option<CardView> {
        match ctx.ask(Request::Card { id: id.to_string() })? {
            Response::Card(card) => Some(CardView { card: *card }),
            _ => None,
        }
    }
}

impl Layer for CardView {
    fn full(&self) -> bool {
        true
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(Response::Card(card)) = ctx.ask(Request::Card {
            id: self.card.participant.value.id.clone(),
        }) {
            self.card = *card;
        }
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        match a {
            Action::Close => ctx.close(),
            Action::Refresh => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
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
            .map(|a| {
                [
                    a.street.as_deref(),
                    a.postal_code.as_deref(),
                    a.city.as_deref(),
                ]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| none.to_string());
        let mut l = vec![
            field(
                t.f_pesel,
                p.pesel.as_ref().map(|x| x.as_str()).unwrap_or(none),
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
        for g in &p.categories {
            l.push(Line::from(fit(
                &format!("  • {}", t.group(g)).replace('•', if theme.ascii { "-" } else { "•" }),
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
        if !p.notes.trim().is_empty() {
            r.push(Line::from(""));
            r.push(field(t.f_notes, &p.notes, rw, theme));
        }
        f.render_widget(Paragraph::new(r), right);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        vec![
            (Action::Close, t.hint_back),
            (Action::Lookup, t.hint_lookup),
            (Action::Help, t.hint_help),
        ]
    }
}
