//! Least privilege on the way out: every answer passes here, so what a role may
//! not see (a viewer: whole PESEL numbers, notes) leaves no read path.

use super::{Desk, LookupHit, Response};
use crate::domain::person::Participant;
use crate::domain::pesel::Pesel;
use crate::domain::staff::Role;

impl Desk {
    /// The PESEL as this role may see it: whole or masked (`44051*****8`).
    pub(super) fn pesel_shown(role: Role, p: &Participant) -> Option<String> {
        p.pesel.as_ref().map(|x| {
            if role.sees_pesel() {
                x.to_string()
            } else {
                x.masked()
            }
        })
    }

    /// The answer as `role` may see it. Every variant is named, so a new one
    /// must say what it carries.
    pub(super) fn shield_answer(&self, role: Role, answer: Response) -> Response {
        use Response as A;
        if role.sees_pesel() && role.sees_notes() {
            return answer;
        }
        match answer {
            A::Hits(hits) => A::Hits(
                hits.into_iter()
                    .map(|h| Self::shield_hit(role, h))
                    .collect(),
            ),
            A::Participants(mut list) => {
                list.iter_mut()
                    .for_each(|p| self.shield(role, &mut p.value));
                A::Participants(list)
            }
            A::Card(mut card) => {
                if !role.sees_pesel() {
                    card.pesel_shown = card.pesel_shown.and_then(mask);
                }
                if !role.sees_notes() {
                    card.notes_hidden |=
                        !card.notes.is_empty() || !card.participant.value.notes.trim().is_empty();
                    card.notes.clear();
                }
                self.shield(role, &mut card.participant.value);
                A::Card(card)
            }
            A::IntakeCheck(mut check) => {
                check.duplicates = check
                    .duplicates
                    .into_iter()
                    .map(|h| Self::shield_hit(role, h))
                    .collect();
                A::IntakeCheck(check)
            }
            A::Timesheet(mut sheet) => {
                sheet
                    .lines
                    .iter_mut()
                    .for_each(|l| self.shield(role, &mut l.participant));
                A::Timesheet(sheet)
            }
            A::AttendanceGrid(mut grid) => {
                grid.participants
                    .iter_mut()
                    .for_each(|p| self.shield(role, p));
                A::AttendanceGrid(grid)
            }
            A::PersonExport(mut x) => {
                self.shield(role, &mut x.participant);
                if !role.sees_notes() {
                    x.notes.clear();
                }
                A::PersonExport(x)
            }
            // Printouts are made for the role (`Desk::document`); this is the
            // second line, for any text that still holds a whole PESEL.
            A::Document(text) if !role.sees_pesel() => A::Document(scrub_pesels(&text)),
            A::Exported(text) if !role.sees_pesel() => A::Exported(scrub_pesels(&text)),
            a @ (A::Document(_) | A::Exported(_)) => a,
            // Nothing personal beyond names and ids.
            a @ (A::Me(_)
            | A::Settings(_)
            | A::Categories(_)
            | A::Names(_)
            | A::PersonNames(_)
            | A::Saved { .. }
            | A::ContractNumber(_)
            | A::Ended { .. }
            | A::Due(_)
            | A::DueList(_)
            | A::Settlement(_)
            | A::Report(_)
            | A::Assigned { .. }
            | A::Referrals(_)
            | A::Audit(_)
            | A::PsuLists { .. }
            | A::Workshops { .. }
            | A::Sessions { .. }
            | A::Activities(_)
            | A::Contract(_)
            | A::Contracts(_)
            | A::Staff(_)
            | A::ClubSetup(_)
            | A::RefundMonths(_)
            | A::Count(_)
            | A::Imported(_)
            | A::Checked(_)
            | A::Rebuilt { .. }
            | A::Stats(_)
            | A::ClubEmpty(_)
            | A::AnonymisationDue(_)
            | A::Done) => a,
        }
    }

    /// A lookup hit as this role may see it (a viewer gets the masked PESEL).
    pub(super) fn shield_hit(role: Role, mut h: LookupHit) -> LookupHit {
        if !role.sees_pesel() {
            h.pesel = h.pesel.and_then(mask);
        }
        h
    }
}

/// A whole PESEL masked; one already masked stays; anything else goes.
fn mask(shown: String) -> Option<String> {
    if let Ok(p) = Pesel::parse(&shown) {
        return Some(p.masked());
    }
    let b = shown.as_bytes();
    let masked = b.len() == 11
        && b[..5].iter().all(u8::is_ascii_digit)
        && &b[5..10] == b"*****"
        && b[10].is_ascii_digit();
    masked.then_some(shown)
}

/// Masks every whole PESEL (11 digits standing alone, with a right check digit) in a text.
fn scrub_pesels(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let run = &text[i..end];
            match Pesel::parse(run) {
                Ok(p) if run.len() == 11 => out.push_str(&p.masked()),
                _ => out.push_str(run),
            }
            i = end;
        } else {
            let end = i + b[i..].iter().take_while(|c| !c.is_ascii_digit()).count();
            out.push_str(&text[i..end]);
            i = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_is_idempotent() {
        assert_eq!(mask("44051401458".into()).as_deref(), Some("44051*****8"));
        assert_eq!(mask("44051*****8".into()).as_deref(), Some("44051*****8"));
        assert_eq!(mask("4405140145".into()), None);
    }

    #[test]
    fn texts_lose_whole_pesels_only() {
        assert_eq!(
            scrub_pesels("PESEL 44051401458, nr 123, tel. 600100200, 440514014580"),
            "PESEL 44051*****8, nr 123, tel. 600100200, 440514014580"
        );
        assert_eq!(scrub_pesels("Łódź 44051401458"), "Łódź 44051*****8");
    }
}
