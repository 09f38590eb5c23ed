//! The contract editor: header fields, then goals, actions, reviews and annexes,
//! each a list edited with the keyboard (Insert adds, Enter edits, Delete
//! removes, Ctrl+↑/↓ moves). A draft may be saved incomplete.

use crate::desk::{Request, Response};
use crate::domain::contract::{
    ActionBy, Annex, Contract, ContractState, Goal, GoalState, PlanAction, Review,
};
use crate::domain::dates::pl;
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::components::text_area::TextArea;
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::popups::confirm::Confirm;
use crate::tui::widgets::typed_date as parse;
use crate::tui::widgets::{block, cell, fit, row, TextInput};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sec {
    Goals,
    Actions,
    Reviews,
    Annexes,
}

const SECS: [Sec; 4] = [Sec::Goals, Sec::Actions, Sec::Reviews, Sec::Annexes];
/// Header fields: number, signed, starts, ends, worker, situation.
const HEADER: usize = 6;
/// The header's field of a few sentences, drawn over [`SITUATION_ROWS`] rows.
const SITUATION: usize = 5;
const SITUATION_ROWS: u16 = 3;

pub struct ContractEditor {
    c: Contract,
    rev: Option<u64>,
    who: String,
    /// Number, signed, starts, ends, worker: one line each.
    inputs: Vec<TextInput>,
    /// The last header field, a few sentences.
    situation: TextArea,
    /// 0..HEADER are the header fields; then one position per section.
    focus: usize,
    item: [usize; 4],
    form: Option<(Sec, Option<usize>, MiniForm)>,
    touched: bool,
    /// A closed contract is read-only until reopened with a reason.
    correction: Option<String>,
    reopening: Option<MiniForm>,
    /// F5 with unsaved edits: asked before they are dropped.
    asking_refresh: bool,
}

impl ContractEditor {
    fn build(c: Contract, rev: Option<u64>, who: String) -> ContractEditor {
        let d = |x: Option<chrono::NaiveDate>| TextInput::with(&x.map(pl).unwrap_or_default());
        let inputs = vec![
            TextInput::with(&c.number),
            d(c.signed_on),
            d(c.starts_on),
            d(c.ends_on),
            TextInput::with(c.worker.as_deref().unwrap_or("")),
        ];
        let situation = TextArea::new(&c.situation);
        ContractEditor {
            correction: None,
            reopening: None,
            asking_refresh: false,
            c,
            rev,
            who,
            inputs,
            situation,
            focus: 0,
            item: [0; 4],
            form: None,
            touched: false,
        }
    }

    /// A new draft for a participant, with the next free number.
    pub fn new_draft(participant_id: &str, who: &str, ctx: &mut Ctx) -> ContractEditor {
        let year = chrono::Datelike::year(&crate::desk::today());
        let number = match ctx.ask(Request::NextContractNumber { year }) {
            Some(Response::ContractNumber(n)) => n,
            _ => String::new(),
        };
        let worker = match ctx.ask(Request::Whoami) {
            Some(Response::Me(me)) => Some(me.name),
            _ => None,
        };
        let c = Contract {
            id: String::new(),
            participant_id: participant_id.into(),
            number,
            signed_on: None,
            starts_on: None,
            ends_on: None,
            worker,
            situation: String::new(),
            goals: vec![],
            actions: vec![],
            reviews: vec![],
            annexes: vec![],
            state: ContractState::Draft,
        };
        ContractEditor::build(c, None, who.into())
    }

    pub fn open(id: &str, ctx: &mut Ctx) -> Option<ContractEditor> {
        let c = ask_for!(ctx, Request::Contract { id: id.into() }, Response::Contract(c) => c)?;
        let who = match ctx.ask(Request::Names {
            ids: vec![c.value.participant_id.clone()],
        }) {
            Some(Response::Names(n)) => n.into_iter().next().map(|x| x.1).unwrap_or_default(),
            _ => String::new(),
        };
        Some(ContractEditor::build(c.value, Some(c.stamp.rev), who))
    }

    /// Closed and not reopened for correction.
    fn locked(&self) -> bool {
        self.c.state.is_closed() && self.correction.is_none()
    }

    /// What a key that would change a locked contract says instead.
    fn say_locked(&self, ctx: &mut Ctx) {
        let key = ctx.ui.keymap.first_label(Action::Edit);
        let t = &ctx.ui.text;
        ctx.info((t.corrections.contract_closed)(
            t.contract_state(self.c.state),
            &key,
        ));
    }

    fn sec(&self) -> Option<Sec> {
        self.focus.checked_sub(HEADER).map(|i| SECS[i])
    }

    fn len(&self, s: Sec) -> usize {
        match s {
            Sec::Goals => self.c.goals.len(),
            Sec::Actions => self.c.actions.len(),
            Sec::Reviews => self.c.reviews.len(),
            Sec::Annexes => self.c.annexes.len(),
        }
    }

    fn item_form(&self, s: Sec, at: Option<usize>, ui: &Ui) -> MiniForm {
        let t = &ui.text.contract;
        match s {
            Sec::Goals => {
                let g = at.map(|i| self.c.goals[i].clone());
                let states = GoalState::ALL
                    .iter()
                    .map(|s| (t.goal_state)(*s).to_string())
                    .collect();
                let st = g
                    .as_ref()
                    .map(|g| {
                        GoalState::ALL
                            .iter()
                            .position(|x| *x == g.state)
                            .unwrap_or(0)
                    })
                    .unwrap_or(0);
                MiniForm::new(
                    t.goal,
                    vec![
                        Field::text(t.goal, g.as_ref().map(|g| g.text.as_str()).unwrap_or("")),
                        Field::date(t.due, g.as_ref().and_then(|g| g.due_on), false),
                        Field::choice(t.state, states, st),
                    ],
                )
            }
            Sec::Actions => {
                let a = at.map(|i| self.c.actions[i].clone());
                let by = a
                    .as_ref()
                    .map(|a| (a.by == ActionBy::Centre) as usize)
                    .unwrap_or(0);
                MiniForm::new(
                    t.action,
                    vec![
                        Field::text(t.action, a.as_ref().map(|a| a.text.as_str()).unwrap_or("")),
                        Field::choice(
                            t.by,
                            vec![
                                (t.action_by)(ActionBy::Participant).to_string(),
                                (t.action_by)(ActionBy::Centre).to_string(),
                            ],
                            by,
                        ),
                        Field::date(t.due, a.as_ref().and_then(|a| a.due_on), false),
                        Field::date(t.done, a.as_ref().and_then(|a| a.done_on), false),
                    ],
                )
            }
            Sec::Reviews => {
                let r = at.map(|i| self.c.reviews[i].clone());
                MiniForm::new(
                    t.review,
                    vec![
                        Field::area(
                            t.review_text,
                            r.as_ref().map(|r| r.text.as_str()).unwrap_or(""),
                            4,
                        ),
                        Field::date(
                            t.item_date,
                            Some(r.as_ref().map(|r| r.on).unwrap_or_else(crate::desk::today)),
                            true,
                        ),
                    ],
                )
            }
            Sec::Annexes => {
                let a = at.map(|i| self.c.annexes[i].clone());
                MiniForm::new(
                    t.annex,
                    vec![
                        Field::area(
                            t.annex_text,
                            a.as_ref().map(|a| a.text.as_str()).unwrap_or(""),
                            4,
                        ),
                        Field::date(
                            t.item_date,
                            Some(a.as_ref().map(|a| a.on).unwrap_or_else(crate::desk::today)),
                            true,
                        ),
                        Field::date(t.new_end, a.as_ref().and_then(|a| a.new_ends_on), false),
                    ],
                )
            }
        }
    }

    fn submit_item(&mut self, s: Sec, at: Option<usize>, f: &MiniForm) {
        fn put<T>(v: &mut Vec<T>, at: Option<usize>, x: T) -> usize {
            match at {
                Some(i) => {
                    v[i] = x;
                    i
                }
                None => {
                    v.push(x);
                    v.len() - 1
                }
            }
        }
        let i = match s {
            Sec::Goals => put(
                &mut self.c.goals,
                at,
                Goal {
                    text: f.text(0),
                    due_on: f.date(1),
                    state: GoalState::ALL[f.choice(2)],
                },
            ),
            Sec::Actions => put(
                &mut self.c.actions,
                at,
                PlanAction {
                    by: if f.choice(1) == 1 {
                        ActionBy::Centre
                    } else {
                        ActionBy::Participant
                    },
                    text: f.text(0),
                    due_on: f.date(2),
                    done_on: f.date(3),
                },
            ),
            Sec::Reviews => put(
                &mut self.c.reviews,
                at,
                Review {
                    on: f.date(1).unwrap_or_default(),
                    text: f.text(0),
                },
            ),
            Sec::Annexes => put(
                &mut self.c.annexes,
                at,
                Annex {
                    on: f.date(1).unwrap_or_default(),
                    text: f.text(0),
                    new_ends_on: f.date(2),
                },
            ),
        };
        self.item[s as usize] = i;
        self.touched = true;
    }

    fn delete_item(&mut self, s: Sec) {
        let i = self.item[s as usize];
        if i >= self.len(s) {
            return;
        }
        match s {
            Sec::Goals => drop(self.c.goals.remove(i)),
            Sec::Actions => drop(self.c.actions.remove(i)),
            Sec::Reviews => drop(self.c.reviews.remove(i)),
            Sec::Annexes => drop(self.c.annexes.remove(i)),
        }
        self.item[s as usize] = i.min(self.len(s).saturating_sub(1));
        self.touched = true;
    }

    fn move_item(&mut self, s: Sec, down: bool) {
        let i = self.item[s as usize];
        let n = self.len(s);
        let j = if down { i + 1 } else { i.wrapping_sub(1) };
        if i >= n || j >= n {
            return;
        }
        match s {
            Sec::Goals => self.c.goals.swap(i, j),
            Sec::Actions => self.c.actions.swap(i, j),
            Sec::Reviews => self.c.reviews.swap(i, j),
            Sec::Annexes => self.c.annexes.swap(i, j),
        }
        self.item[s as usize] = j;
        self.touched = true;
    }

    /// The contract as edited; a bad date is refused with the field's name.
    fn collect(&self, ctx: &mut Ctx) -> Option<Contract> {
        let t = &ctx.ui.text.contract;
        let mut c = self.c.clone();
        c.number = self.inputs[0].value.trim().to_string();
        let names = [t.signed, t.from, t.to];
        let mut dates = [None; 3];
        for (k, d) in dates.iter_mut().enumerate() {
            let v = self.inputs[k + 1].value.trim();
            if v.is_empty() {
                continue;
            }
            match parse(v) {
                Some(x) => *d = Some(x),
                None => {
                    ctx.error((t.bad_date)(names[k]));
                    return None;
                }
            }
        }
        [c.signed_on, c.starts_on, c.ends_on] = dates;
        c.worker = Some(self.inputs[4].value.trim().to_string()).filter(|s| !s.is_empty());
        c.situation = self.situation.value();
        Some(c)
    }

    fn save(&mut self, ctx: &mut Ctx) {
        let Some(c) = self.collect(ctx) else { return };
        let req = match (&self.correction, self.rev) {
            (Some(reason), Some(rev)) => Request::CorrectContract {
                contract: Box::new(c.clone()),
                expected_rev: rev,
                reason: reason.clone(),
            },
            _ => Request::SaveContract {
                contract: Box::new(c.clone()),
                expected_rev: self.rev,
            },
        };
        if let Some((id, rev, warnings)) =
            ask_for!(ctx, req, Response::Saved { id, rev, warnings, .. } => (id, rev, warnings))
        {
            self.c = c;
            self.c.id = id;
            self.rev = Some(rev);
            self.touched = false;
            ctx.saved_with(
                format!("{} ({})", ctx.ui.text.saved, self.c.number),
                &warnings,
            );
            ctx.reload();
        }
    }
}

impl Layer for ContractEditor {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn full(&self) -> bool {
        true
    }

    fn dirty(&self) -> bool {
        self.touched
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if self.touched || self.c.id.is_empty() {
            return;
        }
        if let Some(fresh) = ContractEditor::open(&self.c.id, ctx) {
            let focus = self.focus;
            *self = fresh;
            self.focus = focus;
        }
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if self.asking_refresh {
            use crate::tui::keymap::KeyCodeOrd as K;
            let t = &ctx.ui.text;
            match key.code {
                K::Char(c) if !key.ctrl && c.to_ascii_lowercase() == t.yes_key => {
                    self.asking_refresh = false;
                    self.touched = false;
                    self.reload(ctx);
                    ctx.info(ctx.ui.text.refreshed());
                }
                K::Char(c) if !key.ctrl && c.to_ascii_lowercase() == t.no_key => {
                    self.asking_refresh = false
                }
                K::Esc => self.asking_refresh = false,
                _ => {}
            }
            return true;
        }
        if let Some(f) = &mut self.reopening {
            return f.key(key);
        }
        if let Some((_, _, f)) = &mut self.form {
            return f.key(key);
        }
        if self.focus >= HEADER {
            return false;
        }
        if self.locked() && !key.ctrl && !key.alt {
            use crate::tui::keymap::KeyCodeOrd as K;
            if matches!(key.code, K::Char(_) | K::Backspace | K::Delete) {
                self.say_locked(ctx);
                return true;
            }
        }
        if self.focus == SITUATION {
            let before = self.situation.value();
            let taken = self.situation.key(key);
            self.touched |= self.situation.value() != before;
            return taken;
        }
        if key.leaves_the_field() {
            return false;
        }
        let before = self.inputs[self.focus].value.clone();
        let taken = self.inputs[self.focus].edit(key);
        self.touched |= self.inputs[self.focus].value != before;
        taken
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some(mut f) = self.reopening.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => {
                    let reason = f.text(0);
                    if reason.trim().is_empty() {
                        ctx.error(ctx.ui.text.corrections.reason_required);
                        self.reopening = Some(f);
                    } else {
                        self.correction = Some(reason.trim().to_string());
                        ctx.info(ctx.ui.text.corrections.reopened);
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.reopening = Some(f),
            }
            return true;
        }
        if let Some((s, at, mut f)) = self.form.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => self.submit_item(s, at, &f),
                Step::Cancel => {}
                Step::Continue => self.form = Some((s, at, f)),
            }
            return true;
        }
        let n = HEADER + SECS.len();
        if self.locked() {
            match a {
                Action::Edit => {
                    let c = &ctx.ui.text.corrections;
                    self.reopening = Some(MiniForm::new(
                        c.reopen_title,
                        vec![Field::text(c.reason_label, "")],
                    ));
                    return true;
                }
                Action::New
                | Action::Delete
                | Action::MoveUp
                | Action::MoveDown
                | Action::Save
                | Action::Confirm
                    if self.sec().is_some() || a == Action::Save =>
                {
                    self.say_locked(ctx);
                    return true;
                }
                _ => {}
            }
        }
        match (a, self.sec()) {
            (Action::NextField, _) => self.focus = (self.focus + 1) % n,
            (Action::PrevField, _) => self.focus = (self.focus + n - 1) % n,
            (Action::Down, None) | (Action::Confirm, None) => self.focus = (self.focus + 1) % n,
            (Action::Up, None) => self.focus = (self.focus + n - 1) % n,
            (Action::Down, Some(s)) => {
                if self.item[s as usize] + 1 < self.len(s) {
                    self.item[s as usize] += 1;
                } else {
                    self.focus = (self.focus + 1) % n;
                }
            }
            (Action::Up, Some(s)) => {
                if self.item[s as usize] > 0 {
                    self.item[s as usize] -= 1;
                } else {
                    self.focus -= 1;
                }
            }
            (Action::New, Some(s)) => self.form = Some((s, None, self.item_form(s, None, ctx.ui))),
            (Action::Confirm | Action::Edit, Some(s)) if self.item[s as usize] < self.len(s) => {
                let at = self.item[s as usize];
                self.form = Some((s, Some(at), self.item_form(s, Some(at), ctx.ui)));
            }
            (Action::Confirm, Some(s)) => {
                self.form = Some((s, None, self.item_form(s, None, ctx.ui)))
            }
            (Action::Delete, Some(s)) => self.delete_item(s),
            (Action::MoveUp, Some(s)) => self.move_item(s, false),
            (Action::MoveDown, Some(s)) => self.move_item(s, true),
            (Action::Save, _) => self.save(ctx),
            // After a conflict: drop these edits and show what was saved (asked first).
            (Action::Refresh, _) if !self.c.id.is_empty() => {
                if self.touched {
                    self.asking_refresh = true;
                } else {
                    self.reload(ctx);
                    ctx.info(ctx.ui.text.refreshed());
                }
            }
            (Action::Print, _) if !self.c.id.is_empty() => super::card::print(
                ctx,
                crate::desk::DocumentKind::Contract(self.c.id.clone()),
                &self.c.number,
            ),
            (Action::Close, _) => {
                if self.touched {
                    let t = &ctx.ui.text;
                    let title = format!("{} {}", t.f_contract, self.c.number);
                    let question = t.contract.discard_question;
                    ctx.push(Box::new(Confirm::discard(title, question)));
                } else {
                    ctx.close();
                }
            }
            (Action::Quit | Action::Help | Action::Lookup, _) => return false,
            _ => {}
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let ct = &t.contract;
        let mark = if self.locked() {
            format!(", {}", t.corrections.read_only)
        } else if self.correction.is_some() {
            format!(", {}", t.corrections.in_correction)
        } else {
            String::new()
        };
        let title = format!(
            "{} {} — {} ({}{mark})",
            t.f_contract,
            self.c.number,
            self.who,
            t.contract_state(self.c.state)
        );
        let title = fit(&title, area.width.saturating_sub(6) as usize, theme);
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let labels = [
            ct.number,
            ct.signed,
            ct.from,
            ct.to,
            ct.worker,
            ct.situation,
        ];
        let mut lines: Vec<Line> = Vec::new();
        let mut cursor = None;
        // Two header fields a row: (number, worker), (signed, from), (to, effective end), situation.
        let slot = |i: usize,
                    width: usize,
                    lines_len: usize,
                    x0: usize,
                    cursor: &mut Option<Position>|
         -> Vec<Span<'static>> {
            let lw = 11usize;
            let (shown, cur) = self.inputs[i].view(width.saturating_sub(lw + 1) as u16);
            let focused = self.focus == i && self.form.is_none();
            if focused {
                *cursor = Some(Position {
                    x: inner.x + (x0 + lw + cur as usize) as u16,
                    y: inner.y + lines_len as u16,
                });
            }
            let style = if focused {
                theme.selected()
            } else {
                ratatui::style::Style::new()
            };
            vec![
                Span::styled(cell(labels[i], lw, theme), theme.label()),
                Span::styled(cell(&shown, width.saturating_sub(lw + 1), theme), style),
                Span::raw(" "),
            ]
        };
        let half = w / 2;
        for (a, b) in [(0usize, 4usize), (1, 2)] {
            let mut spans = slot(a, half, lines.len(), 0, &mut cursor);
            spans.extend(slot(b, w - half, lines.len(), half, &mut cursor));
            lines.push(Line::from(spans));
        }
        let mut spans = slot(3, half, lines.len(), 0, &mut cursor);
        let eff = self
            .c
            .effective_end()
            .map(pl)
            .unwrap_or_else(|| t.none.into());
        spans.push(Span::styled(
            format!("{}: ", ct.end_with_annexes),
            theme.label(),
        ));
        spans.push(Span::raw(eff));
        lines.push(Line::from(spans));
        let situation_at = Rect::new(
            inner.x + 11,
            inner.y + lines.len() as u16,
            inner.width.saturating_sub(11),
            SITUATION_ROWS,
        )
        .intersection(inner);
        lines.push(Line::from(Span::styled(
            cell(labels[SITUATION], 11, theme),
            theme.label(),
        )));
        lines.extend((1..SITUATION_ROWS).map(|_| Line::from("")));
        let header_rows = lines.len();
        let rows_each = (inner.height as usize).saturating_sub(header_rows) / SECS.len();
        for (k, s) in SECS.iter().enumerate() {
            let focused = self.focus == HEADER + k && self.form.is_none();
            let (name, items): (&str, Vec<String>) = match s {
                Sec::Goals => (
                    ct.goals,
                    self.c
                        .goals
                        .iter()
                        .map(|g| {
                            format!(
                                "{} [{}] {}",
                                g.due_on.map(pl).unwrap_or_default(),
                                (ct.goal_state)(g.state),
                                g.text
                            )
                        })
                        .collect(),
                ),
                Sec::Actions => (
                    ct.actions,
                    self.c
                        .actions
                        .iter()
                        .map(|a| {
                            let done = a
                                .done_on
                                .map(|d| format!(" ✓{}", pl(d)))
                                .unwrap_or_default();
                            format!(
                                "{} [{}] {}{done}",
                                a.due_on.map(pl).unwrap_or_default(),
                                (ct.action_by)(a.by),
                                a.text
                            )
                        })
                        .collect(),
                ),
                Sec::Reviews => (
                    ct.reviews,
                    self.c
                        .reviews
                        .iter()
                        .map(|r| format!("{} {}", pl(r.on), r.text))
                        .collect(),
                ),
                Sec::Annexes => (
                    ct.annexes,
                    self.c
                        .annexes
                        .iter()
                        .map(|a| {
                            let end = a
                                .new_ends_on
                                .map(|d| format!(" → {}", pl(d)))
                                .unwrap_or_default();
                            format!("{} {}{end}", pl(a.on), a.text)
                        })
                        .collect(),
                ),
            };
            let head = format!("{name} ({})", items.len());
            lines.push(Line::from(Span::styled(
                fit(&head, w, theme),
                if focused { theme.key() } else { theme.title() },
            )));
            let sel = self.item[*s as usize];
            let room = rows_each.saturating_sub(1).max(1);
            let start = sel.saturating_sub(room.saturating_sub(1));
            for (i, it) in items.iter().enumerate().skip(start).take(room) {
                let text = fit(&format!("  {it}"), w, theme);
                lines.push(row(text, focused && i == sel, theme));
            }
            if items.is_empty() && focused {
                let ins = ui.keymap.first_label(Action::New);
                lines.push(Line::from(Span::styled(
                    fit(&format!("  {ins}: {}", ct.add), w, theme),
                    theme.dim(),
                )));
            }
            while lines.len() < header_rows + rows_each * (k + 1) {
                lines.push(Line::from(""));
            }
        }
        f.render_widget(Paragraph::new(lines), inner);
        let editing = self.focus == SITUATION && self.form.is_none() && self.reopening.is_none();
        self.situation.draw(f, situation_at, editing, theme);
        if let Some(c) = cursor {
            f.set_cursor_position(c);
        }
        if let Some((_, _, form)) = &self.form {
            form.draw(f, inner, ui);
        }
        if let Some(form) = &self.reopening {
            form.draw(f, inner, ui);
        }
        if self.asking_refresh {
            let q = t.corrections.drop_edits_question;
            let r = crate::tui::widgets::centered(area, 60, 4);
            f.render_widget(ratatui::widgets::Clear, r);
            let b = block("?", theme);
            let inside = b.inner(r);
            f.render_widget(b, r);
            f.render_widget(
                Paragraph::new(q).wrap(ratatui::widgets::Wrap { trim: true }),
                inside,
            );
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let ct = &ui.text.contract;
        if self.locked() {
            return vec![
                (Action::Edit, ui.text.corrections.reopen_hint),
                (Action::NextField, ui.text.hint_field),
                (Action::Print, ui.text.hint_print),
                (Action::Close, ui.text.hint_back),
            ];
        }
        vec![
            (Action::Save, ui.text.hint_save),
            (Action::NextField, ui.text.hint_field),
            (Action::New, ct.add),
            (Action::Delete, ct.delete),
            (Action::MoveUp, ct.move_item),
            (Action::Print, ui.text.hint_print),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
