//! The card itself: personal data beside the participation's dates, then, the
//! whole width, the address, groups and benefits, the contracts with their
//! state, jobs and routes, every note in full and the whole attendance history.
//! Nothing is cut: a long card scrolls (↑↓, PgUp/PgDn, Home/End).

use super::CardView;
use crate::domain::dates::pl;
use crate::domain::person::Status;
use crate::domain::workshop::AttendanceState;
use crate::tui::action::Action;
use crate::tui::app::Ui;
use crate::tui::sanitize::clean;
use crate::tui::widgets::{block, field, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

fn date(d: Option<chrono::NaiveDate>, none: &str) -> String {
    d.map(pl).unwrap_or_else(|| none.to_string())
}

/// `text` broken at spaces into lines of at most `width` columns, each after
/// `indent` (a word longer than a line is cut where the line ends).
pub(super) fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let room = width.saturating_sub(indent.chars().count()).max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let para = clean(para);
        let mut line = String::new();
        let mut used = 0;
        for word in para.split_whitespace() {
            let w: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
            if used > 0 && used + 1 + w > room {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > room {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines.into_iter().map(|l| format!("{indent}{l}")).collect()
}

impl CardView {
    /// Every line of the card at `width` columns.
    pub(super) fn lines(&self, ui: &Ui, width: u16) -> Vec<Line<'static>> {
        let (theme, t) = (&ui.theme, &ui.text);
        let p = &self.card.participant.value;
        let none = t.none;
        let w = width as usize;
        let lw = width / 2;
        let rw = width - lw;
        let referred = match (p.referred_by, p.referrer.as_deref()) {
            (Some(r), Some(who)) if !who.trim().is_empty() => format!("{} ({who})", t.referred(r)),
            (Some(r), _) => t.referred(r).to_string(),
            (None, Some(who)) if !who.trim().is_empty() => who.to_string(),
            _ => none.to_string(),
        };
        let left = [
            field(
                t.f_pesel,
                self.card.pesel_shown.as_deref().unwrap_or(none),
                lw - 1,
                theme,
            ),
            field(
                t.f_birth_date,
                &format!("{} ({})", pl(p.birth_date), t.sex(p.sex)),
                lw - 1,
                theme,
            ),
            field(t.f_phone, p.phone.as_deref().unwrap_or(none), lw - 1, theme),
            field(t.f_email, p.email.as_deref().unwrap_or(none), lw - 1, theme),
            field(
                t.f_pup,
                if p.pup_registered { t.yes } else { t.no },
                lw - 1,
                theme,
            ),
        ];
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
        let mut right = vec![
            field(t.f_applied, &date(p.applied_on, none), rw, theme),
            field(t.f_interview, &date(p.interview_on, none), rw, theme),
            field(t.f_consent, &date(p.consent_on, none), rw, theme),
            field(t.f_admitted, &date(self.card.admitted, none), rw, theme),
            field(t.f_ended, &date(p.ended_on, none), rw, theme),
        ];
        if p.is_ended() {
            right.push(field(
                t.f_certificate,
                &date(p.certificate_on, none),
                rw,
                theme,
            ));
        }
        // The status and the graduate's date are long: the whole width.
        let mut lines = vec![
            field(t.f_status, &status, width, theme),
            field(t.f_graduate, &graduate, width, theme),
        ];
        for i in 0..left.len().max(right.len()) {
            let mut spans = match left.get(i) {
                Some(l) => {
                    let used: usize = l.spans.iter().map(|s| s.width()).sum();
                    let mut spans = l.spans.clone();
                    spans.push(Span::raw(" ".repeat((lw as usize).saturating_sub(used))));
                    spans
                }
                None => vec![Span::raw(" ".repeat(lw as usize))],
            };
            if let Some(r) = right.get(i) {
                spans.extend(r.spans.iter().cloned());
            }
            lines.push(Line::from(spans));
        }
        let label = |s: &str| Line::from(Span::styled(format!("{s}:"), theme.label()));
        let labelled = |lines: &mut Vec<Line<'static>>, name: &str, value: &str| {
            let head = format!("{name}: ");
            let mut rows = wrap(value, w.saturating_sub(head.chars().count()), "").into_iter();
            let first = rows.next().unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(head.clone(), theme.label()),
                Span::raw(first),
            ]));
            let pad = " ".repeat(head.chars().count());
            lines.extend(rows.map(|r| Line::from(format!("{pad}{r}"))));
        };
        let address = p
            .address
            .as_ref()
            .and_then(|a| a.one_line())
            .unwrap_or_else(|| none.to_string());
        labelled(&mut lines, t.f_address, &address);
        labelled(&mut lines, t.f_referred, &referred);
        let groups: Vec<String> = self
            .card
            .group_names
            .iter()
            .map(|(code, name)| t.group_named(code, name))
            .collect();
        let groups = if groups.is_empty() {
            none.to_string()
        } else {
            groups.join(", ")
        };
        labelled(&mut lines, t.f_groups, &groups);
        if !p.exclusions.is_empty() {
            let ex: Vec<&str> = p.exclusions.iter().map(|e| t.exclusion(*e)).collect();
            labelled(&mut lines, t.f_exclusions, &ex.join(", "));
        }
        lines.push(Line::from(""));
        lines.push(label(t.f_contract));
        for c in &self.card.contracts {
            let c = &c.value;
            let line = format!(
                "{} {}–{} ({})",
                c.number,
                date(c.starts_on, "?"),
                date(c.effective_end(), "?"),
                t.contract_state(c.state)
            );
            lines.extend(wrap(&line, w, "  ").into_iter().map(Line::from));
        }
        if self.card.contracts.is_empty() {
            lines.push(Line::from(format!("  {none}")));
        }
        let period = |from, to: Option<chrono::NaiveDate>| {
            format!("{}–{}", pl(from), to.map(pl).unwrap_or_default())
        };
        if !self.card.jobs.is_empty() {
            lines.push(label(t.f_jobs));
            for j in &self.card.jobs {
                let j = &j.value;
                let line = format!(
                    "{} {} ({})",
                    period(j.from, j.to),
                    j.employer,
                    t.job_basis(j.basis)
                );
                lines.extend(wrap(&line, w, "  ").into_iter().map(Line::from));
            }
        }
        if !self.card.routes.is_empty() {
            lines.push(label(t.f_routes));
            for x in &self.card.routes {
                let x = &x.value;
                let mut line = format!(
                    "{} {}: {}",
                    period(x.from, x.to),
                    t.route_kind(x.kind),
                    x.name
                );
                if !x.note.trim().is_empty() {
                    line.push_str(&format!(" — {}", x.note));
                }
                lines.extend(wrap(&line, w, "  ").into_iter().map(Line::from));
            }
        }
        if !self.card.psu.is_empty() {
            lines.push(label(t.card.f_psu));
            for x in &self.card.psu {
                let r = &x.referral;
                let mut line = format!(
                    "{} {}",
                    period(r.from, Some(r.to)),
                    (t.card.psu_line)(
                        &x.agreement,
                        &x.worksite,
                        &x.position,
                        &x.hours.to_pl(),
                        x.absences
                    )
                );
                if let Some(on) = r.resigned_on {
                    line.push_str(&format!(", {}", (t.card.psu_resigned)(&pl(on))));
                }
                lines.extend(wrap(&line, w, "  ").into_iter().map(Line::from));
            }
        }
        if !p.notes.trim().is_empty() || self.card.notes_hidden || !self.card.notes.is_empty() {
            lines.push(Line::from(""));
            lines.push(label(t.f_notes));
        }
        if !p.notes.trim().is_empty() {
            lines.extend(wrap(&p.notes, w, "  ").into_iter().map(Line::from));
        } else if self.card.notes_hidden {
            lines.push(Line::from(format!("  {}", t.card.notes_hidden)));
        }
        for n in &self.card.notes {
            let text = n
                .text
                .clone()
                .unwrap_or_else(|| t.restricted_note.to_string());
            let mark = if n.restricted { "!" } else { " " };
            let head = format!(" {mark}{} {}: ", pl(n.on), n.author);
            let mut rows = wrap(&text, w.saturating_sub(head.chars().count()), "").into_iter();
            lines.push(Line::from(vec![
                Span::styled(head.clone(), theme.dim()),
                Span::raw(rows.next().unwrap_or_default()),
            ]));
            let pad = " ".repeat(head.chars().count());
            lines.extend(rows.map(|r| Line::from(format!("{pad}{r}"))));
        }
        if !self.card.attended.is_empty() {
            lines.push(Line::from(""));
            let present = self
                .card
                .attended
                .iter()
                .filter(|a| a.3 == AttendanceState::Present)
                .count();
            lines.push(Line::from(Span::styled(
                (t.card.attended)(present, self.card.attended.len()),
                theme.label(),
            )));
            for (d, name, h, st) in &self.card.attended {
                let mark = match st {
                    AttendanceState::Present => "+",
                    AttendanceState::Excused => "u",
                    AttendanceState::Absent => "-",
                };
                lines.push(Line::from(fit(
                    &format!("  {mark} {} {} {}", pl(*d), h.to_pl(), name),
                    w,
                    theme,
                )));
            }
        }
        lines
    }

    /// How far the card may scroll with `height` rows in view.
    pub(super) fn last_scroll(&self, ui: &Ui) -> usize {
        let (w, h) = self.drawn.get();
        self.lines(ui, w).len().saturating_sub(h as usize)
    }

    /// A scrolling key; false when `a` is not one.
    pub(super) fn scroll_by(&mut self, a: Action, ui: &Ui) -> bool {
        let page = (self.drawn.get().1 as usize).saturating_sub(1).max(1);
        let last = self.last_scroll(ui);
        self.scroll = match a {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll + 1,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::PageDown => self.scroll + page,
            Action::Top => 0,
            Action::Bottom => last,
            _ => return false,
        }
        .min(last);
        true
    }

    pub(super) fn draw_card(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let p = &self.card.participant.value;
        let title = format!(
            "{}: {} {} ({})",
            t.card_title, p.first_name, p.last_name, p.id
        );
        let title = fit(&title, area.width.saturating_sub(6) as usize, theme);
        let inner = block(&title, theme).inner(area);
        self.drawn.set((inner.width, inner.height));
        let lines = self.lines(ui, inner.width);
        let height = inner.height as usize;
        let top = self.scroll.min(lines.len().saturating_sub(height));
        let mut b = block(&title, theme);
        if lines.len() > height {
            let shown = (t.card.lines_shown)(top + 1, (top + height).min(lines.len()), lines.len());
            b = b.title_bottom(Span::styled(format!(" {shown} "), theme.dim()));
        }
        f.render_widget(b, area);
        let visible: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
        f.render_widget(Paragraph::new(visible), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_only_a_word_longer_than_a_line() {
        assert_eq!(
            wrap("Ala ma kota i psa", 8, "  "),
            vec!["  Ala ma", "  kota i", "  psa"]
        );
        assert_eq!(wrap("abcdefgh", 4, ""), vec!["abcd", "efgh"]);
        assert_eq!(wrap("raz\ndwa", 10, ""), vec!["raz", "dwa"]);
        assert_eq!(wrap("", 10, "  "), vec!["  "]);
    }
}
