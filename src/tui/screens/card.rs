//! The participant's card. Opening it writes a read-audit entry (in the desk).

use crate::desk::{Card, DocumentKind, Request, Response};
use crate::domain::activation::{Job, JobBasis, Route, RouteKind};
use crate::domain::contract::ContractState;
use crate::domain::dates::pl;
use crate::domain::participation::{Ending, EndingCorrection};
use crate::domain::person::Status;
use crate::domain::person::{InterruptReason, Outcome};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::widgets::centered;
use crate::tui::widgets::{block, field, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub struct CardView {
    card: Card,
    menu: Option<(Vec<(Op, String)>, usize)>,
    form: Option<(Op, MiniForm)>,
    /// Activity and specialist ids behind the consultation form's choices.
    consult: Option<(Vec<String>, Vec<String>)>,
    /// An ending date already warned about (the second save goes through).
    confirmed_end: Option<chrono::NaiveDate>,
}

/// What can be done from the card.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Op {
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
}

/// Where printouts go: `KIS_PRINT_DIR`, else `~/kis-wydruki`.
pub fn print_dir() -> std::path::PathBuf {
    crate::files::print_dir()
}

/// Writes a document (text and HTML) where the user can print it from, and says where.
pub fn print(ctx: &mut Ctx, which: DocumentKind, name: &str) {
    let dir = print_dir();
    let safe = crate::files::printout_name(name);
    let mut written = Vec::new();
    for (html, ext) in [(false, "txt"), (true, "html")] {
        let Some(doc) = ask_for!(ctx, Request::Document {
            which: which.clone(),
            html,
        }, Response::Document(doc) => doc) else {
            return;
        };
        let path = dir.join(format!("{safe}.{ext}"));
        if let Err(e) = crate::files::write_printout(&path, doc.as_bytes()) {
            ctx.error(format!("{}: {e}", path.display()));
            return;
        }
        written.push(path.display().to_string());
    }
    ctx.ok((ctx.ui.text.card.printout_written)(&written.join(", ")));
}

fn date(d: Option<chrono::NaiveDate>, none: &str) -> String {
    d.map(pl).unwrap_or_else(|| none.to_string())
}

impl CardView {
    pub fn open(id: &str, ctx: &mut Ctx) -> Option<CardView> {
        match ctx.ask(Request::Card { id: id.to_string() })? {
            Response::Card(card) => Some(CardView {
                card: *card,
                menu: None,
                form: None,
                consult: None,
                confirmed_end: None,
            }),
            _ => None,
        }
    }
}

impl CardView {
    fn ops(&self, ctx: &Ctx) -> Vec<(Op, String)> {
        let t = &ctx.ui.text.card;
        let p = &self.card.participant.value;
        let mut ops = Vec::new();
        let active = self
            .card
            .contracts
            .iter()
            .any(|c| c.value.state == ContractState::Active);
        let open = matches!(
            p.status,
            crate::domain::person::Status::Applicant | crate::domain::person::Status::Active
        );
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
        if p.status == crate::domain::person::Status::Active {
            ops.push((Op::End, t.end_op.to_string()));
        }
        let c = &ctx.ui.text.corrections;
        ops.push((Op::EditData, c.edit_op.to_string()));
        if p.is_ended() {
            ops.push((Op::UndoEnding, c.undo_ending_op.to_string()));
            ops.push((Op::RedateEnding, c.redate_ending_op.to_string()));
        }
        if p.status == crate::domain::person::Status::Rejected {
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
        ops.push((Op::PersonExport, t.person_export_op.to_string()));
        if p.is_ended() {
            ops.push((Op::PrintCertificate, t.print_certificate_op.to_string()));
        }
        ops
    }

    fn run(&mut self, op: Op, ctx: &mut Ctx) {
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
                        let ed =
                            super::contract::ContractEditor::new_draft(&p.id, &p.full_name(), ctx);
                        ctx.push(Box::new(ed));
                    }
                }
            }
            Op::EditData | Op::ReverseRejection => {
                let rev = self.card.participant.stamp.rev;
                let reverse = op == Op::ReverseRejection;
                let form = super::intake::Intake::edit(ctx, &p, rev, reverse);
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
                self.form = Some((
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
                self.form = Some((
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
                self.form = Some((
                    Op::UndoEnding,
                    MiniForm::new(c.undo_ending_title, vec![Field::text(c.reason_label, "")]),
                ));
            }
            Op::RedateEnding => {
                let c = &text.corrections;
                self.form = Some((
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
                if let Some(ed) = super::contract::ContractEditor::open(&id, ctx) {
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
                self.form = Some((
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
                self.form = Some((
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
                self.form = Some((
                    Op::Certificate,
                    MiniForm::new(
                        text.f_certificate,
                        vec![Field::date(t.issued_on, Some(crate::desk::today()), true)],
                    ),
                ));
            }
            Op::Note => {
                self.form = Some((
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
                self.consult = Some((
                    acts.iter().map(|a| a.id.clone()).collect(),
                    specialists.iter().map(|s| s.id.clone()).collect(),
                ));
                self.form = Some((
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
    fn submit(&mut self, op: Op, f: &MiniForm, ctx: &mut Ctx) -> bool {
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
                let Some((acts, sps)) = &self.consult else {
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

impl Layer for CardView {
    fn full(&self) -> bool {
        true
    }

    fn watches(&self) -> Option<&str> {
        Some(&self.card.participant.value.id)
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(card) = ask_for!(ctx, Request::Card {
            id: self.card.participant.value.id.clone(),
        }, Response::Card(card) => card)
        {
            self.card = *card;
        }
    }

    fn text_mode(&self) -> crate::tui::app::TextMode {
        if self.form.is_some() {
            crate::tui::app::TextMode::TextFirst
        } else {
            crate::tui::app::TextMode::None
        }
    }

    fn key(&mut self, key: &Chord, _ctx: &mut Ctx) -> bool {
        match &mut self.form {
            Some((_, f)) => f.key(key),
            None => false,
        }
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some((op, mut f)) = self.form.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => {
                    if !self.submit(op.clone(), &f, ctx) {
                        self.form = Some((op, f));
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some((op, f)),
            }
            return true;
        }
        if let Some((ops, mut sel)) = self.menu.take() {
            match a {
                Action::Down => sel = (sel + 1) % ops.len(),
                Action::Up => sel = (sel + ops.len() - 1) % ops.len(),
                Action::Confirm => {
                    self.run(ops[sel].0.clone(), ctx);
                    return true;
                }
                Action::Close => return true,
                _ => {}
            }
            self.menu = Some((ops, sel));
            return true;
        }
        match a {
            Action::Close => ctx.close(),
            Action::Refresh => self.reload(ctx),
            Action::Confirm | Action::Edit => {
                let ops = self.ops(ctx);
                if !ops.is_empty() {
                    self.menu = Some((ops, 0));
                }
            }
            Action::New => self.run(Op::NewContract, ctx),
            Action::Consult => self.run(Op::Consultation, ctx),
            Action::Print => {
                let ops: Vec<(Op, String)> = self
                    .ops(ctx)
                    .into_iter()
                    .filter(|(o, _)| matches!(o, Op::PrintContract(..) | Op::PrintCertificate))
                    .collect();
                if !ops.is_empty() {
                    self.menu = Some((ops, 0));
                }
            }
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
        if let Some((ops, sel)) = &self.menu {
            let h = ops.len() as u16 + 2;
            let m = centered(area, 52, h);
            f.render_widget(Clear, m);
            let b = block(t.card.menu_title, theme);
            let mi = b.inner(m);
            f.render_widget(b, m);
            let lines: Vec<Line> = ops
                .iter()
                .enumerate()
                .map(|(i, (_, label))| {
                    let s = fit(&format!(" {label}"), mi.width as usize, theme);
                    if i == *sel {
                        Line::from(Span::styled(
                            format!("{s:<w$}", w = mi.width as usize),
                            theme.selected(),
                        ))
                    } else {
                        Line::from(s)
                    }
                })
                .collect();
            f.render_widget(Paragraph::new(lines), mi);
        }
        if let Some((_, form)) = &self.form {
            form.draw(f, area, ui);
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        if self.menu.is_some() {
            return vec![
                (Action::Confirm, t.hint_choose),
                (Action::Close, t.hint_back),
            ];
        }
        vec![
            (Action::Confirm, t.card.hint_actions),
            (Action::New, t.card.hint_contract),
            (Action::Print, t.hint_print),
            (Action::Close, t.hint_back),
            (Action::Lookup, t.hint_lookup),
            (Action::Help, t.hint_help),
        ]
    }
}
