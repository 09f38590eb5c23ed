//! The card's forms: what each operation of the menu opens or does at once
//! (`run`), and what saving a form asks of the desk (`submit`).

use super::menu::Op;
use super::{print, print_dir, CardView};
use crate::desk::{DocumentKind, Request, Response};
use crate::domain::activation::{Job, JobBasis, Route, RouteKind};
use crate::domain::contract::ContractState;
use crate::domain::dates::pl;
use crate::domain::participation::{Ending, EndingCorrection};
use crate::domain::person::{InterruptReason, Outcome, Status};
use crate::tui::action::Action;
use crate::tui::app::{ask_for, Ctx};
use crate::tui::form::{Field, MiniForm};
use crate::tui::popups::note::NoteReader;

/// A form open over the card, and the operation it is for.
pub(super) struct CardForm {
    pub op: Op,
    pub form: MiniForm,
}

impl CardForm {
    fn new(op: Op, form: MiniForm) -> CardForm {
        CardForm { op, form }
    }
}

/// The activity and specialist ids behind the consultation form's choices.
pub(super) struct ConsultChoices {
    pub activities: Vec<String>,
    pub specialists: Vec<String>,
}

impl CardView {
    pub(super) fn run(&mut self, op: Op, ctx: &mut Ctx) {
        let text = &ctx.ui.text;
        let t = &text.card;
        let p = self.card.participant.value.clone();
        match op {
            Op::NewContract => {
                // Refused here at once rather than after a draft is typed.
                match p.status {
                    Status::Rejected => ctx.error(text.corrections.no_contract_rejected),
                    Status::Finished | Status::Interrupted => {
                        ctx.error(text.corrections.no_contract_ended)
                    }
                    Status::Applicant | Status::Active => {
                        let ed = crate::tui::screens::contract::ContractEditor::new_draft(
                            &p.id,
                            &p.full_name(),
                            ctx,
                        );
                        ctx.push(Box::new(ed));
                    }
                }
            }
            Op::EditData | Op::ReverseRejection => {
                let rev = self.card.participant.stamp.rev;
                let reverse = op == Op::ReverseRejection;
                let form = crate::tui::screens::intake::Intake::edit(ctx, &p, rev, reverse);
                ctx.push(Box::new(form));
            }
            Op::Job(at) => {
                let a = &text.activation;
                let j = at.and_then(|i| self.card.jobs.get(i)).map(|j| &j.value);
                let bases = JobBasis::ALL
                    .iter()
                    .map(|b| text.job_basis(*b).to_string())
                    .collect();
                let basis = j
                    .and_then(|j| JobBasis::ALL.iter().position(|b| *b == j.basis))
                    .unwrap_or(0);
                self.form = Some(CardForm::new(
                    op,
                    MiniForm::new(
                        a.job_title,
                        vec![
                            Field::date(a.from, j.map(|j| j.from), true),
                            Field::date(a.to, j.and_then(|j| j.to), false),
                            Field::choice(a.basis, bases, basis),
                            Field::text(a.employer, j.map_or("", |j| j.employer.as_str())),
                        ],
                    ),
                ));
            }
            Op::Route(at) => {
                let a = &text.activation;
                let r = at.and_then(|i| self.card.routes.get(i)).map(|r| &r.value);
                let kinds = RouteKind::ALL
                    .iter()
                    .map(|k| text.route_kind(*k).to_string())
                    .collect();
                let kind = r
                    .and_then(|r| RouteKind::ALL.iter().position(|k| *k == r.kind))
                    .unwrap_or(0);
                self.form = Some(CardForm::new(
                    op,
                    MiniForm::new(
                        a.route_title,
                        vec![
                            Field::choice(a.kind, kinds, kind),
                            Field::date(a.from, r.map(|r| r.from), true),
                            Field::date(a.to, r.and_then(|r| r.to), false),
                            Field::text(a.name, r.map_or("", |r| r.name.as_str())),
                            Field::text(a.note, r.map_or("", |r| r.note.as_str())),
                        ],
                    ),
                ));
            }
            Op::ReadNote(i) => {
                if let Some(n) = self.card.notes.get(i) {
                    let title = format!("{} {}", pl(n.on), n.author);
                    let text = n.text.clone().unwrap_or_default();
                    let width = NoteReader::text_width(self.area.get());
                    let wrap = |s: &str, w: usize| super::view::wrap(s, w, "");
                    ctx.push(Box::new(NoteReader::new(title, &text, width, wrap)));
                }
            }
            Op::DeleteJob(i) => {
                if let Some(j) = self.card.jobs.get(i) {
                    let req = Request::DeleteRecord {
                        kind: crate::domain::record::Kind::Job,
                        id: j.value.id.clone(),
                        expected_rev: j.stamp.rev,
                    };
                    if ctx.ask(req).is_some() {
                        ctx.ok(text.activation.deleted);
                        ctx.reload();
                    }
                }
            }
            Op::DeleteRoute(i) => {
                if let Some(r) = self.card.routes.get(i) {
                    let req = Request::DeleteRecord {
                        kind: crate::domain::record::Kind::Route,
                        id: r.value.id.clone(),
                        expected_rev: r.stamp.rev,
                    };
                    if ctx.ask(req).is_some() {
                        ctx.ok(text.activation.deleted);
                        ctx.reload();
                    }
                }
            }
            Op::UndoEnding => {
                let c = &text.corrections;
                self.form = Some(CardForm::new(
                    Op::UndoEnding,
                    MiniForm::new(c.undo_ending_title, vec![Field::text(c.reason_label, "")]),
                ));
            }
            Op::RedateEnding => {
                let c = &text.corrections;
                self.form = Some(CardForm::new(
                    Op::RedateEnding,
                    MiniForm::new(
                        c.redate_title,
                        vec![
                            Field::date(c.end_date_label, p.ended_on, true),
                            Field::text(c.reason_label, ""),
                        ],
                    ),
                ));
            }
            Op::EditContract(id) => {
                if let Some(ed) = crate::tui::screens::contract::ContractEditor::open(&id, ctx) {
                    ctx.push(Box::new(ed));
                }
            }
            Op::SignContract(id) => {
                // Asked first, with the date that will be recorded.
                let number = self
                    .card
                    .contracts
                    .iter()
                    .find(|c| c.value.id == id)
                    .map(|c| c.value.number.clone())
                    .unwrap_or_default();
                self.form = Some(CardForm::new(
                    Op::SignContract(id),
                    MiniForm::new(
                        &(t.sign_contract_op)(&number),
                        vec![Field::date(
                            text.corrections.signed_on_label,
                            Some(crate::desk::today()),
                            true,
                        )],
                    ),
                ));
            }
            Op::End => {
                let mut kinds: Vec<String> = Outcome::ALL
                    .iter()
                    .map(|o| (t.ended_with)(text.outcome(*o)))
                    .collect();
                kinds.extend(
                    InterruptReason::ALL
                        .iter()
                        .map(|r| (t.interrupted_by)(text.reason(*r))),
                );
                self.form = Some(CardForm::new(
                    Op::End,
                    MiniForm::new(
                        t.end_title,
                        vec![
                            Field::choice(t.end_how, kinds, 0),
                            Field::date(t.end_date, Some(crate::desk::today()), true),
                        ],
                    ),
                ));
            }
            Op::Certificate => {
                self.form = Some(CardForm::new(
                    Op::Certificate,
                    MiniForm::new(
                        text.f_certificate,
                        vec![Field::date(t.issued_on, Some(crate::desk::today()), true)],
                    ),
                ));
            }
            Op::Note => {
                self.form = Some(CardForm::new(
                    Op::Note,
                    MiniForm::new(
                        t.note_title,
                        vec![
                            Field::text(t.note_text, ""),
                            Field::choice(
                                t.note_restricted,
                                vec![text.no.to_string(), t.note_restricted_yes.to_string()],
                                0,
                            ),
                        ],
                    ),
                ));
            }
            Op::PersonExport => {
                let Some(x) = ask_for!(ctx, Request::PersonExport { id: p.id.clone() }, Response::PersonExport(x) => x)
                else {
                    return;
                };
                let dir = print_dir();
                let base = dir.join(format!("dane-osoby-{}", p.id));
                let json = serde_json::to_string_pretty(&*x).unwrap_or_default();
                let written =
                    crate::files::write_printout(&base.with_extension("json"), json.as_bytes())
                        .and_then(|_| {
                            crate::files::write_printout(
                                &base.with_extension("txt"),
                                x.to_text(ctx.ui.text.lang).as_bytes(),
                            )
                        });
                match written {
                    Ok(()) => ctx.ok((t.person_export_written)(&base.display().to_string())),
                    Err(e) => ctx.error(format!("{}: {e}", base.display())),
                }
            }
            Op::Consultation => {
                let Some((activities, specialists)) = ask_for!(ctx, Request::Workshops, Response::Workshops {
                    activities,
                    specialists,
                } => (activities, specialists)) else {
                    return;
                };
                let activities: Vec<_> = activities.into_iter().map(|s| s.value).collect();
                let specialists: Vec<_> = specialists.into_iter().map(|s| s.value).collect();
                if activities.is_empty() {
                    ctx.error(t.no_activities);
                    return;
                }
                // Individual consultations first.
                let mut acts = activities;
                acts.sort_by_key(|a| a.kind != crate::domain::workshop::ActivityKind::Consultation);
                let mut sp: Vec<String> = vec![t.no_specialist.to_string()];
                sp.extend(
                    specialists
                        .iter()
                        .map(|s| format!("{} ({})", s.name, s.zl_per_hour.to_pl())),
                );
                self.consult = Some(ConsultChoices {
                    activities: acts.iter().map(|a| a.id.clone()).collect(),
                    specialists: specialists.iter().map(|s| s.id.clone()).collect(),
                });
                self.form = Some(CardForm::new(
                    Op::Consultation,
                    MiniForm::new(
                        t.consult_title,
                        vec![
                            Field::choice(
                                t.consult_activity,
                                acts.iter().map(|a| a.name.clone()).collect(),
                                0,
                            ),
                            Field::choice(
                                t.consult_specialist,
                                sp,
                                if specialists.is_empty() { 0 } else { 1 },
                            ),
                            Field::date(t.consult_date, Some(crate::desk::today()), true),
                            Field::text(t.consult_hours, "1"),
                            Field::text(t.consult_topic, ""),
                        ],
                    ),
                ));
            }
            Op::PrintContract(id, number) => print(
                ctx,
                DocumentKind::Contract(id),
                &format!("kontrakt-{number}"),
            ),
            Op::PrintCertificate => {
                print(
                    ctx,
                    DocumentKind::Certificate(p.id.clone()),
                    &format!("zaswiadczenie-{}", p.id),
                );
                // Printed and not yet recorded: offer to record it as issued today.
                if p.certificate_on.is_none() {
                    self.run(Op::Certificate, ctx);
                }
            }
        }
    }

    /// Sends the form's request; false keeps the form open (the error is in the status line).
    pub(super) fn submit(&mut self, op: Op, f: &MiniForm, ctx: &mut Ctx) -> bool {
        let t = &ctx.ui.text.card;
        let p = &self.card.participant;
        match op {
            Op::SignContract(id) => {
                let on = f.date(0).unwrap_or_else(crate::desk::today);
                let Some(c) = ask_for!(ctx, Request::Contract { id }, Response::Contract(c) => c)
                else {
                    return false;
                };
                let mut contract = c.value;
                contract.state = ContractState::Active;
                contract.signed_on = Some(on);
                let number = contract.number.clone();
                let req = Request::SaveContract {
                    contract: Box::new(contract),
                    expected_rev: Some(c.stamp.rev),
                };
                let Some(warnings) =
                    ask_for!(ctx, req, Response::Saved { warnings, .. } => warnings)
                else {
                    return false;
                };
                ctx.saved_with((t.contract_signed)(&number), &warnings);
                ctx.reload();
                true
            }
            Op::End => {
                let k = f.choice(0);
                let ending = match Outcome::ALL.get(k) {
                    Some(o) => Ending::Finished(*o),
                    None => Ending::Interrupted(InterruptReason::ALL[k - Outcome::ALL.len()]),
                };
                let on = f.date(1).unwrap_or_else(crate::desk::today);
                // The day before becoming a graduate: said once, saved on the second try.
                let warnings = crate::domain::warnings::ending_warnings(on, self.card.graduate_on);
                if !warnings.is_empty() && self.confirmed_end != Some(on) {
                    self.confirmed_end = Some(on);
                    let words = crate::text::catalog::catalog(ctx.ui.text.lang);
                    let key = ctx.ui.keymap.first_label(Action::Save);
                    ctx.info((ctx.ui.text.corrections.confirm_again)(
                        &(words.domain.warning)(&warnings[0]),
                        &key,
                    ));
                    return false;
                }
                let req = Request::EndParticipation {
                    participant_id: p.value.id.clone(),
                    ending,
                    on,
                    expected_rev: p.stamp.rev,
                };
                let Some(graduate) =
                    ask_for!(ctx, req, Response::Ended { graduate, .. } => graduate)
                else {
                    return false;
                };
                ctx.ok((t.ended)(graduate));
                ctx.reload();
                true
            }
            Op::Consultation => {
                let Some(ConsultChoices {
                    activities: acts,
                    specialists: sps,
                }) = &self.consult
                else {
                    return true;
                };
                let hours = match crate::domain::hours::Hours::parse(&f.text(3)) {
                    Ok(h) if !h.is_zero() => h,
                    _ => {
                        ctx.error(t.hours_invalid);
                        return false;
                    }
                };
                let specialist_id = f.choice(1).checked_sub(1).and_then(|i| sps.get(i).cloned());
                let req = Request::QuickConsultation {
                    participant_id: p.value.id.clone(),
                    activity_id: acts[f.choice(0)].clone(),
                    specialist_id,
                    date: f.date(2).unwrap_or_else(crate::desk::today),
                    hours,
                    topic: Some(f.text(4)),
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(t.consultation_saved);
                ctx.reload();
                true
            }
            Op::Note => {
                let req = Request::AddNote {
                    participant_id: p.value.id.clone(),
                    text: f.text(0),
                    restricted: f.choice(1) == 1,
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
                ctx.reload();
                true
            }
            Op::Job(at) => {
                let (Some(from), to) = (f.date(0), f.date(1)) else {
                    return false;
                };
                let stored = at.and_then(|i| self.card.jobs.get(i));
                let job = Job {
                    id: stored.map(|j| j.value.id.clone()).unwrap_or_default(),
                    participant_id: p.value.id.clone(),
                    from,
                    to,
                    basis: JobBasis::ALL[f.choice(2)],
                    employer: f.text(3),
                };
                let req = Request::Save {
                    record: Box::new(crate::domain::record::Record::Job(job)),
                    expected_rev: stored.map(|j| j.stamp.rev),
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
                ctx.reload();
                true
            }
            Op::Route(at) => {
                let (Some(from), to) = (f.date(1), f.date(2)) else {
                    return false;
                };
                let stored = at.and_then(|i| self.card.routes.get(i));
                let route = Route {
                    id: stored.map(|r| r.value.id.clone()).unwrap_or_default(),
                    participant_id: p.value.id.clone(),
                    kind: RouteKind::ALL[f.choice(0)],
                    from,
                    to,
                    name: f.text(3),
                    note: f.text(4),
                };
                let req = Request::Save {
                    record: Box::new(crate::domain::record::Record::Route(route)),
                    expected_rev: stored.map(|r| r.stamp.rev),
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
                ctx.reload();
                true
            }
            Op::UndoEnding | Op::RedateEnding => {
                let c = &ctx.ui.text.corrections;
                let (correction, reason) = if op == Op::UndoEnding {
                    (EndingCorrection::Undo, f.text(0))
                } else {
                    let on = f.date(0).unwrap_or_else(crate::desk::today);
                    (EndingCorrection::Redate(on), f.text(1))
                };
                if reason.trim().is_empty() {
                    ctx.error(c.reason_required);
                    return false;
                }
                let req = Request::CorrectEnding {
                    participant_id: p.value.id.clone(),
                    correction,
                    reason,
                    expected_rev: p.stamp.rev,
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                match correction {
                    EndingCorrection::Undo => ctx.ok(c.ending_undone),
                    EndingCorrection::Redate(on) => ctx.ok((c.ending_redated)(&pl(on))),
                }
                ctx.reload();
                true
            }
            Op::Certificate => {
                let on = f.date(0).unwrap_or_else(crate::desk::today);
                if ctx
                    .ask(Request::RecordCertificate {
                        participant_id: p.value.id.clone(),
                        on,
                    })
                    .is_none()
                {
                    return false;
                }
                ctx.ok((t.certificate_recorded)(&pl(on)));
                ctx.reload();
                true
            }
            _ => true,
        }
    }
}
