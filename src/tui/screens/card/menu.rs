//! What can be done from the card: the menu Enter opens (contracts, an ending,
//! corrections, jobs and routes, notes, printouts), and the printouts alone (Ctrl+P).

use super::CardView;
use crate::domain::contract::ContractState;
use crate::domain::dates::pl;
use crate::domain::person::Status;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Ui};
use crate::tui::components::select_list::SelectList;
use crate::tui::widgets::{block, centered, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// What can be done from the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Op {
    NewContract,
    EditContract(String),
    SignContract(String),
    End,
    Certificate,
    PrintContract(String, String),
    PrintCertificate,
    Consultation,
    PersonExport,
    Note,
    EditData,
    UndoEnding,
    RedateEnding,
    ReverseRejection,
    /// A job taken (`None`: a new one), by its place on the card.
    Job(Option<usize>),
    DeleteJob(usize),
    Route(Option<usize>),
    DeleteRoute(usize),
    /// A note read in full, by its place on the card.
    ReadNote(usize),
}

/// The menu over the card: each operation with its label.
pub(super) struct Menu {
    ops: SelectList<(Op, String)>,
}

/// What a key did in the menu.
pub(super) enum MenuStep {
    Stay,
    Run(Op),
    Close,
}

impl Menu {
    /// None when there is nothing to offer.
    pub(super) fn new(ops: Vec<(Op, String)>) -> Option<Menu> {
        (!ops.is_empty()).then(|| Menu {
            ops: SelectList::new(ops),
        })
    }

    pub(super) fn action(&mut self, a: Action) -> MenuStep {
        let last = self.ops.len().saturating_sub(1);
        match a {
            // ↑ on the first and ↓ on the last go round.
            Action::Down if self.ops.index() == last => self.ops.select(0),
            Action::Up if self.ops.index() == 0 => self.ops.select(last),
            Action::Confirm => {
                if let Some((op, _)) = self.ops.selected() {
                    return MenuStep::Run(op.clone());
                }
            }
            Action::Close => return MenuStep::Close,
            a => {
                self.ops.move_by(a);
            }
        }
        MenuStep::Stay
    }

    pub(super) fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let theme = &ui.theme;
        let h = self.ops.len() as u16 + 2;
        let m = centered(area, 52, h);
        f.render_widget(Clear, m);
        let b = block(ui.text.card.menu_title, theme);
        let mi = b.inner(m);
        f.render_widget(b, m);
        let w = mi.width as usize;
        let lines: Vec<Line> = self
            .ops
            .visible(mi.height as usize)
            .map(|(sel, (_, label))| {
                let s = fit(&format!(" {label}"), w, theme);
                if sel {
                    Line::from(Span::styled(format!("{s:<w$}"), theme.selected()))
                } else {
                    Line::from(s)
                }
            })
            .collect();
        f.render_widget(Paragraph::new(lines), mi);
    }
}

impl CardView {
    pub(super) fn ops(&self, ctx: &Ctx) -> Vec<(Op, String)> {
        let t = &ctx.ui.text.card;
        let p = &self.card.participant.value;
        let mut ops = Vec::new();
        let active = self
            .card
            .contracts
            .iter()
            .any(|c| c.value.state == ContractState::Active);
        let open = matches!(p.status, Status::Applicant | Status::Active);
        let draft = self
            .card
            .contracts
            .iter()
            .any(|c| c.value.state == ContractState::Draft);
        if open && !active && !draft {
            ops.push((Op::NewContract, t.new_contract_op.to_string()));
        }
        for c in self.card.contracts.iter().rev() {
            let c = &c.value;
            if c.state == ContractState::Draft && !active && open {
                ops.push((
                    Op::SignContract(c.id.clone()),
                    (t.sign_contract_op)(&c.number),
                ));
            }
            ops.push((
                Op::EditContract(c.id.clone()),
                (t.open_contract_op)(&c.number),
            ));
        }
        ops.push((Op::Consultation, t.consultation_op.to_string()));
        if p.status == Status::Active {
            ops.push((Op::End, t.end_op.to_string()));
        }
        let c = &ctx.ui.text.corrections;
        ops.push((Op::EditData, c.edit_op.to_string()));
        if p.is_ended() {
            ops.push((Op::UndoEnding, c.undo_ending_op.to_string()));
            ops.push((Op::RedateEnding, c.redate_ending_op.to_string()));
        }
        if p.status == Status::Rejected {
            ops.push((Op::ReverseRejection, c.reverse_rejection_op.to_string()));
        }
        if p.is_ended() && p.certificate_on.is_none() {
            ops.push((Op::Certificate, t.certificate_op.to_string()));
        }
        for c in self.card.contracts.iter().rev() {
            ops.push((
                Op::PrintContract(c.value.id.clone(), c.value.number.clone()),
                (t.print_contract_op)(&c.value.number),
            ));
        }
        let a = &ctx.ui.text.activation;
        ops.push((Op::Job(None), a.add_job_op.to_string()));
        for (i, j) in self.card.jobs.iter().enumerate() {
            let j = &j.value;
            let what = format!("{} {}", pl(j.from), j.employer);
            ops.push((Op::Job(Some(i)), (a.edit_job_op)(&what)));
            ops.push((Op::DeleteJob(i), (a.delete_job_op)(&what)));
        }
        ops.push((Op::Route(None), a.add_route_op.to_string()));
        for (i, r) in self.card.routes.iter().enumerate() {
            let r = &r.value;
            let what = format!("{} {}", pl(r.from), ctx.ui.text.route_kind(r.kind));
            ops.push((Op::Route(Some(i)), (a.edit_route_op)(&what)));
            ops.push((Op::DeleteRoute(i), (a.delete_route_op)(&what)));
        }
        ops.push((Op::Note, t.note_op.to_string()));
        for (i, n) in self.card.notes.iter().enumerate() {
            if n.text.is_some() {
                ops.push((Op::ReadNote(i), (t.read_note_op)(&pl(n.on), &n.author)));
            }
        }
        ops.push((Op::PersonExport, t.person_export_op.to_string()));
        if p.is_ended() {
            ops.push((Op::PrintCertificate, t.print_certificate_op.to_string()));
        }
        ops
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_goes_round_and_runs_the_chosen_operation() {
        let mut m = Menu::new(vec![(Op::Note, "a".into()), (Op::End, "b".into())]).unwrap();
        assert!(matches!(m.action(Action::Up), MenuStep::Stay));
        assert!(matches!(m.action(Action::Confirm), MenuStep::Run(Op::End)));
        m.action(Action::Down);
        assert!(matches!(m.action(Action::Confirm), MenuStep::Run(Op::Note)));
        m.action(Action::Bottom);
        assert!(matches!(m.action(Action::Confirm), MenuStep::Run(Op::End)));
        assert!(matches!(m.action(Action::Close), MenuStep::Close));
        assert!(Menu::new(vec![]).is_none());
    }
}
