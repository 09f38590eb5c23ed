//! The intake form: a new applicant with inline checks as you type. Exclusions
//! refuse with the reason and keep the application as `rejected`; a likely
//! duplicate is shown before saving.

use crate::desk::{IntakeCheck, LookupHit, Request, Response};
use crate::domain::dates::pl;
use crate::domain::person::{
    valid_postal_code, Address, Category, Exclusion, Participant, ReferredBy, Sex, Status,
};
use crate::domain::pesel::Pesel;
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::popups::confirm::Confirm;
use crate::tui::text::Text;
use crate::tui::widgets::typed_date as parse;
use crate::tui::widgets::{block, cell, fit, option_by_letter, row, TextInput};
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum F {
    FirstName,
    LastName,
    Pesel,
    BirthDate,
    Sex,
    Street,
    Postal,
    City,
    Phone,
    Email,
    Referred,
    Referrer,
    Pup,
    Applied,
    Interview,
    Consent,
    Notes,
    Groups,
    Exclusions,
}

const ORDER: [F; 19] = [
    F::FirstName,
    F::LastName,
    F::Pesel,
    F::BirthDate,
    F::Sex,
    F::Street,
    F::Postal,
    F::City,
    F::Phone,
    F::Email,
    F::Referred,
    F::Referrer,
    F::Pup,
    F::Applied,
    F::Interview,
    F::Consent,
    F::Notes,
    F::Groups,
    F::Exclusions,
];

const REFERRED: [Option<ReferredBy>; 5] = [
    None,
    Some(ReferredBy::SocialWorker),
    Some(ReferredBy::SelfReferred),
    Some(ReferredBy::Pup),
    Some(ReferredBy::Other),
];

fn label(f: F, t: &Text) -> &'static str {
    match f {
        F::FirstName => t.f_first_name,
        F::LastName => t.f_last_name,
        F::Pesel => t.f_pesel,
        F::BirthDate => t.f_birth_date,
        F::Sex => t.f_sex,
        F::Street => t.f_street,
        F::Postal => t.f_postal,
        F::City => t.f_city,
        F::Phone => t.f_phone,
        F::Email => t.f_email,
        F::Referred => t.f_referred,
        F::Referrer => t.f_referrer,
        F::Pup => t.f_pup,
        F::Applied => t.f_applied,
        F::Interview => t.f_interview,
        F::Consent => t.f_consent,
        F::Notes => t.f_notes,
        F::Groups => t.f_groups,
        F::Exclusions => t.f_exclusions,
    }
}

/// A field's problem with the field named: "PESEL: zła cyfra kontrolna" (the
/// label without its hint in brackets, "Płeć (K/M)" → "Płeć").
fn named(f: F, problem: &str, t: &Text) -> String {
    let name = label(f, t);
    let name = name.split(" (").next().unwrap_or(name);
    if problem.starts_with(name) {
        return problem.to_string(); // "PESEL 8405… ma błędną cyfrę kontrolną"
    }
    format!("{name}: {problem}")
}

/// What the form saves: a new application, or a correction of a stored record.
enum Purpose {
    New,
    /// "Popraw dane": the same fields and checks; the lifecycle stays as stored.
    Correct {
        base: Box<Participant>,
        rev: u64,
    },
    /// A rejection made by a wrongly ticked benefit: saved with a reason.
    Reverse {
        base: Box<Participant>,
        rev: u64,
    },
}

pub struct Intake {
    purpose: Purpose,
    /// The reason asked before a reversal is saved.
    reason: Option<TextInput>,
    focus: usize,
    inputs: Vec<TextInput>,
    sex: Option<Sex>,
    referred: usize,
    pup: bool,
    groups: Vec<Category>,
    checked_groups: Vec<bool>,
    group_cursor: usize,
    checked_ex: Vec<bool>,
    ex_cursor: usize,
    /// Birth date and sex came from the PESEL (so a PESEL change updates them).
    from_pesel: bool,
    duplicates: Vec<LookupHit>,
    duplicates_seen: bool,
    touched: bool,
}

fn idx(f: F) -> usize {
    ORDER
        .iter()
        .position(|x| *x == f)
        .expect("every field is in ORDER")
}

impl Intake {
    pub fn new(ctx: &mut Ctx) -> Intake {
        // A retired group is no longer offered (it stays on the people who have it).
        let groups: Vec<Category> = Self::all_groups(ctx)
            .into_iter()
            .filter(|g| !g.retired)
            .collect();
        let today = pl(crate::desk::today());
        let mut inputs = vec![TextInput::default(); ORDER.len()];
        // The application's day is usually today; the RODO notice's day is typed as given.
        inputs[idx(F::Applied)] = TextInput::with(&today);
        Intake {
            purpose: Purpose::New,
            reason: None,
            focus: 0,
            inputs,
            sex: None,
            referred: 0,
            pup: false,
            checked_groups: vec![false; groups.len()],
            groups,
            group_cursor: 0,
            checked_ex: vec![false; Exclusion::ALL.len()],
            ex_cursor: 0,
            from_pesel: false,
            duplicates: vec![],
            duplicates_seen: false,
            touched: false,
        }
    }

    fn all_groups(ctx: &mut Ctx) -> Vec<Category> {
        match ctx.ask(Request::Categories) {
            Some(Response::Categories(c)) => c,
            _ => crate::domain::person::statutory_categories(),
        }
    }

    /// The form over a stored record: `reverse` reverses its rejection.
    pub fn edit(ctx: &mut Ctx, base: &Participant, rev: u64, reverse: bool) -> Intake {
        let mut f = Intake::new(ctx);
        let d = |x: Option<chrono::NaiveDate>| x.map(pl).unwrap_or_default();
        let a = base.address.clone().unwrap_or_default();
        for (field, value) in [
            (F::FirstName, base.first_name.clone()),
            (F::LastName, base.last_name.clone()),
            (
                F::Pesel,
                base.pesel
                    .as_ref()
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
            ),
            (F::BirthDate, pl(base.birth_date)),
            (F::Street, a.street.unwrap_or_default()),
            (F::Postal, a.postal_code.unwrap_or_default()),
            (F::City, a.city.unwrap_or_default()),
            (F::Phone, base.phone.clone().unwrap_or_default()),
            (F::Email, base.email.clone().unwrap_or_default()),
            (F::Referrer, base.referrer.clone().unwrap_or_default()),
            (F::Applied, d(base.applied_on)),
            (F::Interview, d(base.interview_on)),
            (F::Consent, d(base.consent_on)),
            (F::Notes, base.notes.clone()),
        ] {
            f.inputs[idx(field)] = TextInput::with(&value);
        }
        f.sex = Some(base.sex);
        f.referred = REFERRED
            .iter()
            .position(|r| *r == base.referred_by)
            .unwrap_or(0);
        f.pup = base.pup_registered;
        // A retired group stays on the person who has it.
        let all = Self::all_groups(ctx);
        for code in &base.categories {
            if !f.groups.iter().any(|g| &g.code == code) {
                let known = all.iter().find(|g| &g.code == code).cloned();
                f.groups.push(known.unwrap_or_else(|| Category {
                    code: code.clone(),
                    name: code.clone(),
                    sensitive: false,
                    retired: true,
                }));
                f.checked_groups.push(false);
            }
        }
        f.checked_groups = f
            .groups
            .iter()
            .map(|g| base.categories.contains(&g.code))
            .collect();
        f.checked_ex = Exclusion::ALL
            .iter()
            .map(|e| base.exclusions.contains(e))
            .collect();
        let base = Box::new(base.clone());
        f.purpose = if reverse {
            Purpose::Reverse { base, rev }
        } else {
            Purpose::Correct { base, rev }
        };
        f
    }

    fn field(&self) -> F {
        ORDER[self.focus]
    }

    fn val(&self, f: F) -> &str {
        self.inputs[idx(f)].value.trim()
    }

    fn is_text(f: F) -> bool {
        !matches!(f, F::Sex | F::Referred | F::Pup | F::Groups | F::Exclusions)
    }

    /// The problem of one field as typed, if any.
    fn problem(&self, f: F, t: &Text) -> Option<String> {
        let it = &t.intake;
        let v = self.val(f);
        match f {
            F::FirstName | F::LastName if v.is_empty() => Some(it.required.into()),
            F::Pesel if !v.is_empty() => Pesel::parse(v)
                .err()
                .map(|e| crate::text::errors::pesel(t.lang, &e)),
            F::BirthDate if v.is_empty() => Some(it.birth_date_required.into()),
            F::BirthDate | F::Applied | F::Interview | F::Consent
                if !v.is_empty() && parse(v).is_none() =>
            {
                Some(it.date_format.into())
            }
            F::Sex if self.sex.is_none() => Some(it.choose_sex.into()),
            F::Postal if !v.is_empty() && !valid_postal_code(v) => Some(it.postal_format.into()),
            F::Groups if !self.checked_groups.iter().any(|c| *c) => Some(it.groups_required.into()),
            _ => None,
        }
    }

    /// Not wrong, but worth a second look: a home interview before the application.
    fn doubt(&self, t: &Text) -> Option<String> {
        match (parse(self.val(F::Applied)), parse(self.val(F::Interview))) {
            (Some(a), Some(i)) if i < a => Some(t.intake.interview_before_application.into()),
            _ => None,
        }
    }

    fn first_problem(&self, t: &Text) -> Option<(F, String)> {
        ORDER
            .iter()
            .find_map(|f| self.problem(*f, t).map(|p| (*f, p)))
    }

    /// Fills birth date and sex from a valid PESEL.
    fn pesel_changed(&mut self) {
        if let Ok(p) = Pesel::parse(self.val(F::Pesel)) {
            let bd = idx(F::BirthDate);
            if self.inputs[bd].value.trim().is_empty() || self.from_pesel {
                self.inputs[bd] = TextInput::with(&pl(p.birth_date()));
                self.sex = Some(p.sex());
                self.from_pesel = true;
            }
        }
    }

    fn build(&self) -> Participant {
        let opt = |f: F| Some(self.val(f).to_string()).filter(|s| !s.is_empty());
        let date = |f: F| parse(self.val(f));
        let address = Address {
            street: opt(F::Street),
            postal_code: opt(F::Postal),
            city: opt(F::City),
        };
        let fresh = Participant {
            id: String::new(),
            first_name: self.val(F::FirstName).to_string(),
            last_name: self.val(F::LastName).to_string(),
            pesel: Pesel::parse(self.val(F::Pesel)).ok(),
            birth_date: date(F::BirthDate).unwrap_or_default(),
            sex: self.sex.unwrap_or(Sex::K),
            address: (address != Address::default()).then_some(address),
            phone: opt(F::Phone),
            email: opt(F::Email),
            categories: self
                .groups
                .iter()
                .zip(&self.checked_groups)
                .filter(|(_, c)| **c)
                .map(|(g, _)| g.code.clone())
                .collect(),
            exclusions: Exclusion::ALL
                .iter()
                .zip(&self.checked_ex)
                .filter(|(_, c)| **c)
                .map(|(e, _)| *e)
                .collect(),
            referred_by: REFERRED[self.referred],
            referrer: opt(F::Referrer),
            pup_registered: self.pup,
            applied_on: date(F::Applied),
            interview_on: date(F::Interview),
            consent_on: date(F::Consent),
            status: Status::Applicant,
            outcome: None,
            reason: None,
            ended_on: None,
            certificate_on: None,
            notes: self.val(F::Notes).to_string(),
        };
        match &self.purpose {
            Purpose::New => fresh,
            // The stored record's id and lifecycle, with the form's data.
            Purpose::Correct { base, .. } | Purpose::Reverse { base, .. } => Participant {
                id: base.id.clone(),
                status: base.status,
                outcome: base.outcome,
                reason: base.reason.clone(),
                ended_on: base.ended_on,
                certificate_on: base.certificate_on,
                ..fresh
            },
        }
    }

    fn title(&self, t: &Text) -> String {
        match &self.purpose {
            Purpose::New => t.intake_title.to_string(),
            Purpose::Correct { base, .. } => (t.corrections.edit_title)(&base.full_name()),
            Purpose::Reverse { base, .. } => (t.corrections.reverse_title)(&base.full_name()),
        }
    }

    /// Sends the correction; true when it was saved.
    fn send_correction(&mut self, ctx: &mut Ctx, candidate: Participant) -> bool {
        let name = candidate.full_name();
        let (req, reversing) = match &self.purpose {
            Purpose::New => return false,
            Purpose::Correct { rev, .. } => (
                Request::UpdateParticipant {
                    participant: Box::new(candidate),
                    expected_rev: *rev,
                },
                false,
            ),
            Purpose::Reverse { rev, .. } => {
                let reason = self
                    .reason
                    .as_ref()
                    .map(|r| r.value.trim().to_string())
                    .unwrap_or_default();
                if reason.is_empty() {
                    ctx.error(ctx.ui.text.corrections.reason_required);
                    self.reason.get_or_insert_with(TextInput::default);
                    return false;
                }
                (
                    Request::ReverseRejection {
                        participant: Box::new(candidate),
                        reason,
                        expected_rev: *rev,
                    },
                    true,
                )
            }
        };
        let Some(rejected) = ask_for!(ctx, req, Response::Saved { rejected, .. } => rejected)
        else {
            return false;
        };
        let t = &ctx.ui.text;
        match rejected {
            Some(e) => ctx.error(format!("{}: {}", t.rejected, t.exclusion(e))),
            None if reversing => ctx.ok((t.corrections.reversed)(&name)),
            None => ctx.ok((t.corrections.corrected)(&name)),
        }
        true
    }

    fn save(&mut self, ctx: &mut Ctx) {
        if let Some((f, p)) = self.first_problem(&ctx.ui.text) {
            self.focus = idx(f);
            ctx.error(named(f, &p, &ctx.ui.text));
            return;
        }
        let candidate = self.build();
        let Some((problems, duplicates)) = ask_for!(ctx, Request::CheckIntake(Box::new(candidate.clone())), Response::IntakeCheck(IntakeCheck {
            problems,
            duplicates,
            ..
        }) => (problems, duplicates)) else {
            return;
        };
        // A PESEL that is someone's already: their card, rather than a refusal.
        let same = candidate.pesel.as_ref().and_then(|p| {
            duplicates
                .iter()
                .find(|d| d.pesel.as_deref() == Some(p.as_str()))
        });
        if let (Some(d), Purpose::New) = (same, &self.purpose) {
            let t = &ctx.ui.text.intake;
            let who = format!(
                "{} {} ({})",
                d.last_name,
                d.first_name,
                ctx.ui.text.status(d.status)
            );
            let question = (t.same_pesel_question)(d.pesel.as_deref().unwrap_or(""), &who);
            let id = d.participant_id.clone();
            ctx.push(Box::new(Confirm::new(
                t.same_pesel_title,
                question,
                move |ctx| {
                    ctx.close();
                    ctx.open_card(&id);
                },
            )));
            return;
        }
        if let Some(p) = problems.first() {
            ctx.error(p.clone());
            return;
        }
        if !matches!(self.purpose, Purpose::New) {
            if !duplicates.is_empty() && !self.duplicates_seen {
                self.duplicates = duplicates;
                self.duplicates_seen = true;
                let key = ctx.ui.keymap.first_label(Action::Save);
                ctx.info((ctx.ui.text.intake.possible_duplicate)(&key));
                return;
            }
            if matches!(self.purpose, Purpose::Reverse { .. }) && self.reason.is_none() {
                self.reason = Some(TextInput::default());
                return;
            }
            if self.send_correction(ctx, candidate) {
                self.touched = false;
                self.reason = None;
                ctx.close();
                ctx.reload();
            }
            return;
        }
        if !duplicates.is_empty() && !self.duplicates_seen {
            self.duplicates = duplicates;
            self.duplicates_seen = true;
            let key = ctx.ui.keymap.first_label(Action::Save);
            ctx.info((ctx.ui.text.intake.possible_duplicate)(&key));
            return;
        }
        if let Some((id, rejected)) = ask_for!(ctx, Request::Intake(Box::new(candidate)), Response::Saved { id, rejected, .. } => (id, rejected))
        {
            let t = &ctx.ui.text;
            match rejected {
                Some(e) => ctx.error(format!("{} ({id}): {}", t.rejected, t.exclusion(e))),
                None => ctx.ok(format!("{} ({id})", t.saved)),
            }
            self.touched = false;
            ctx.close();
            ctx.reload();
            ctx.open_card(&id);
        }
    }

    fn toggle(&mut self) {
        match self.field() {
            F::Sex => {
                self.sex = Some(if self.sex == Some(Sex::K) {
                    Sex::M
                } else {
                    Sex::K
                })
            }
            F::Referred => self.referred = (self.referred + 1) % REFERRED.len(),
            F::Pup => self.pup = !self.pup,
            F::Groups => self.checked_groups[self.group_cursor] ^= true,
            F::Exclusions => self.checked_ex[self.ex_cursor] ^= true,
            _ => return,
        }
        self.from_pesel &= self.field() != F::Sex;
        self.touched = true;
    }

    /// On a checkbox list: its cursor and length.
    fn list_cursor(&self) -> Option<(usize, usize)> {
        match self.field() {
            F::Groups => Some((self.group_cursor, self.groups.len())),
            F::Exclusions => Some((self.ex_cursor, Exclusion::ALL.len())),
            _ => None,
        }
    }

    /// Arriving on a checkbox list: at its first option, or its last coming up with ↑.
    fn entered_list(&mut self, at_first: bool) {
        match self.field() {
            F::Groups => {
                self.group_cursor = if at_first {
                    0
                } else {
                    self.groups.len().saturating_sub(1)
                }
            }
            F::Exclusions => {
                self.ex_cursor = if at_first {
                    0
                } else {
                    Exclusion::ALL.len() - 1
                }
            }
            _ => {}
        }
    }

    /// A letter typed on a choice: the option whose name starts with it.
    fn choose_by_letter(&mut self, c: char, t: &Text) -> bool {
        let names: Vec<String> = match self.field() {
            F::Sex => [Sex::K, Sex::M].map(|s| t.sex(s).to_string()).to_vec(),
            F::Referred => REFERRED
                .iter()
                .map(|r| r.map_or(t.none, |r| t.referred(r)).to_string())
                .collect(),
            F::Pup => vec![t.yes.to_string(), t.no.to_string()],
            _ => return false,
        };
        let current = match self.field() {
            F::Sex => usize::from(self.sex == Some(Sex::M)),
            F::Referred => self.referred,
            _ => usize::from(!self.pup),
        };
        // K (or W in English) and M stay the letters of the sexes whatever the names.
        let i = match (self.field(), c.to_ascii_lowercase()) {
            (F::Sex, 'k' | 'w' | 'f') => Some(0),
            (F::Sex, 'm') => Some(1),
            (F::Pup, 'y') => Some(0),
            _ => option_by_letter(&names, current, c),
        };
        let Some(i) = i else {
            return false;
        };
        match self.field() {
            F::Sex => {
                self.sex = Some([Sex::K, Sex::M][i]);
                self.from_pesel = false;
            }
            F::Referred => self.referred = i,
            _ => self.pup = i == 0,
        }
        true
    }

    fn step(&mut self, forward: bool) {
        match self.field() {
            F::Sex => self.sex = Some(if forward { Sex::M } else { Sex::K }),
            F::Referred => {
                self.referred = if forward {
                    (self.referred + 1) % REFERRED.len()
                } else {
                    (self.referred + REFERRED.len() - 1) % REFERRED.len()
                }
            }
            F::Pup => self.pup = forward,
            F::Groups => {
                let n = self.groups.len();
                self.group_cursor = if forward {
                    (self.group_cursor + 1) % n
                } else {
                    (self.group_cursor + n - 1) % n
                }
            }
            F::Exclusions => {
                let n = Exclusion::ALL.len();
                self.ex_cursor = if forward {
                    (self.ex_cursor + 1) % n
                } else {
                    (self.ex_cursor + n - 1) % n
                }
            }
            _ => {}
        }
    }
}

impl Layer for Intake {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn full(&self) -> bool {
        true
    }

    fn dirty(&self) -> bool {
        self.touched
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if let Some(r) = &mut self.reason {
            if key.leaves_the_field() {
                return false;
            }
            return r.edit(key);
        }
        let f = self.field();
        if !Self::is_text(f) {
            // A letter picks the option whose name starts with it (k/m, t/n).
            if let KeyCodeOrd::Char(c) = key.code {
                if key.ctrl || key.alt {
                    return false;
                }
                if c == ' ' {
                    self.toggle();
                } else if !self.choose_by_letter(c, &ctx.ui.text) {
                    return true;
                }
                self.touched = true;
                return true;
            }
            return false;
        }
        if key.leaves_the_field() {
            return false;
        }
        let i = self.focus;
        let before = self.inputs[i].value.clone();
        if !self.inputs[i].edit(key) {
            return false;
        }
        if self.inputs[i].value != before {
            self.touched = true;
            self.duplicates_seen = false;
            match f {
                F::Pesel => self.pesel_changed(),
                F::BirthDate | F::Sex => self.from_pesel = false,
                _ => {}
            }
        }
        true
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if self.reason.is_some() {
            match a {
                Action::Confirm | Action::Save => self.save(ctx),
                Action::Close => self.reason = None,
                Action::Quit | Action::Help => return false,
                _ => {}
            }
            return true;
        }
        let n = ORDER.len();
        match a {
            // ↓/↑ walk a checkbox list's options before leaving it; Tab leaves at once.
            Action::Down if self.list_cursor().is_some_and(|(c, len)| c + 1 < len) => {
                self.step(true)
            }
            Action::Up if self.list_cursor().is_some_and(|(c, _)| c > 0) => self.step(false),
            Action::NextField | Action::Down | Action::Confirm => {
                self.focus = (self.focus + 1) % n;
                self.entered_list(true);
            }
            Action::PrevField | Action::Up => {
                self.focus = (self.focus + n - 1) % n;
                self.entered_list(a != Action::Up);
            }
            Action::Top | Action::PageUp => self.focus = 0,
            Action::Bottom => self.focus = n - 1,
            // The lists on the right: groups (required), then benefits.
            Action::PageDown => {
                self.focus = if self.field() == F::Groups {
                    idx(F::Exclusions)
                } else {
                    idx(F::Groups)
                }
            }
            Action::Right => self.step(true),
            Action::Left => self.step(false),
            Action::Toggle => self.toggle(),
            Action::Save => self.save(ctx),
            Action::Close => {
                if self.touched {
                    let t = &ctx.ui.text;
                    let question = match self.purpose {
                        Purpose::New => t.intake.discard_question,
                        _ => t.intake.discard_changes,
                    };
                    ctx.push(Box::new(Confirm::discard(self.title(t), question)));
                } else {
                    ctx.close();
                }
            }
            Action::Quit | Action::Help | Action::Lookup => return false,
            _ => {}
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text);
        let title = fit(&self.title(t), area.width.saturating_sub(4) as usize, theme);
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let [columns, note_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
        let [left, right] =
            Layout::horizontal([Constraint::Length(41), Constraint::Min(20)]).areas(columns);
        let label_w = 19usize;
        let labels = ORDER[..idx(F::Groups)].iter().map(|f| (*f, label(*f, t)));
        let value_w = (left.width as usize).saturating_sub(label_w + 2);
        let mut lines = Vec::new();
        let mut cursor = None;
        for (row, (fld, label)) in labels.enumerate() {
            let fld = &fld;
            let focused = self.field() == *fld;
            let bad = self.problem(*fld, t).is_some() && (self.touched || focused);
            let mark = if bad { "!" } else { " " };
            let value = match fld {
                F::Sex => self.sex.map(|s| t.sex(s).to_string()).unwrap_or_default(),
                F::Referred => REFERRED[self.referred]
                    .map(|r| t.referred(r).to_string())
                    .unwrap_or_else(|| t.none.into()),
                F::Pup => (if self.pup { t.yes } else { t.no }).to_string(),
                _ => {
                    let (shown, cur) = self.inputs[idx(*fld)].view(value_w as u16);
                    if focused {
                        cursor = Some(Position {
                            x: left.x + label_w as u16 + 1 + cur,
                            y: left.y + row as u16,
                        });
                    }
                    shown
                }
            };
            let label_style = if bad { theme.error() } else { theme.label() };
            let value_style = if focused {
                theme.selected()
            } else {
                ratatui::style::Style::new()
            };
            lines.push(Line::from(vec![
                Span::styled(cell(label, label_w, theme), label_style),
                Span::styled(mark.to_string(), theme.error()),
                Span::styled(cell(&value, value_w, theme), value_style),
            ]));
        }
        f.render_widget(Paragraph::new(lines), left);
        if let Some(c) = cursor {
            f.set_cursor_position(c);
        }
        // Right: groups and benefits, then the problem of the focused field or duplicates.
        let rw = right.width as usize;
        let mut r = Vec::new();
        let list = |title: &str,
                    focused: bool,
                    cur: usize,
                    items: Vec<(String, bool)>,
                    r: &mut Vec<Line>| {
            let style = if focused { theme.key() } else { theme.label() };
            r.push(Line::from(Span::styled(fit(title, rw, theme), style)));
            for (i, (name, on)) in items.into_iter().enumerate() {
                let mark = if on { "[x] " } else { "[ ] " };
                let s = fit(&format!("{mark}{name}"), rw, theme);
                r.push(row(s, focused && i == cur, theme));
            }
        };
        list(
            &format!("{}:", t.f_groups),
            self.field() == F::Groups,
            self.group_cursor,
            self.groups
                .iter()
                .zip(&self.checked_groups)
                .map(|(g, c)| (t.group_named(&g.code, &g.name), *c))
                .collect(),
            &mut r,
        );
        list(
            &format!("{}:", t.f_exclusions),
            self.field() == F::Exclusions,
            self.ex_cursor,
            Exclusion::ALL
                .iter()
                .zip(&self.checked_ex)
                .map(|(e, c)| (t.exclusion(*e).to_string(), *c))
                .collect(),
            &mut r,
        );
        let nw = note_area.width as usize;
        let note = if !self.duplicates.is_empty() && self.duplicates_seen {
            let who: Vec<String> = self
                .duplicates
                .iter()
                .map(|d| {
                    let pesel = d.pesel.as_deref().unwrap_or(&d.participant_id);
                    format!("{} {} ({pesel})", d.last_name, d.first_name)
                })
                .collect();
            Line::from(Span::styled(
                fit(
                    &format!("{}: {}", t.duplicates_title, who.join(", ")),
                    nw,
                    theme,
                ),
                theme.warn(),
            ))
        } else if let Some(p) = self.problem(self.field(), t) {
            Line::from(Span::styled(
                fit(&named(self.field(), &p, t), nw, theme),
                theme.error(),
            ))
        } else if let Some(d) = self
            .doubt(t)
            .filter(|_| matches!(self.field(), F::Applied | F::Interview))
        {
            Line::from(Span::styled(fit(&d, nw, theme), theme.warn()))
        } else if self.field() == F::Pesel && self.from_pesel {
            Line::from(Span::styled(fit(t.pesel_fills, nw, theme), theme.ok()))
        } else if !Self::is_text(self.field()) {
            Line::from(Span::styled(
                fit(t.intake_toggle_hint, nw, theme),
                theme.dim(),
            ))
        } else {
            Line::from("")
        };
        f.render_widget(Paragraph::new(note), note_area);
        // The lists may be longer than the column: keep the chosen line in view.
        let cursor_line = match self.field() {
            F::Groups => 1 + self.group_cursor,
            F::Exclusions => 2 + self.groups.len() + self.ex_cursor,
            _ => 0,
        };
        let top = (cursor_line + 1).saturating_sub(right.height as usize);
        f.render_widget(
            Paragraph::new(r).scroll((u16::try_from(top).unwrap_or(u16::MAX), 0)),
            right,
        );
        if let Some(reason) = &self.reason {
            let c = &t.corrections;
            let r = crate::tui::widgets::centered(area, 60, 5);
            f.render_widget(ratatui::widgets::Clear, r);
            let b = block(c.reason_title, theme);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let label = format!("{}: ", c.reason_label);
            let w = inner.width.saturating_sub(label.chars().count() as u16);
            let (shown, cur) = reason.view(w);
            f.render_widget(
                Paragraph::new(vec![
                    Line::from(vec![
                        Span::styled(label.clone(), theme.label()),
                        Span::raw(shown),
                    ]),
                    Line::from(""),
                    Line::from(Span::styled(
                        fit(c.reason_hint, inner.width as usize, theme),
                        theme.dim(),
                    )),
                ]),
                inner,
            );
            f.set_cursor_position(Position {
                x: inner.x + label.chars().count() as u16 + cur,
                y: inner.y,
            });
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        vec![
            (Action::Save, t.hint_save),
            (Action::NextField, t.hint_field),
            (Action::PageDown, t.hint_groups),
            (Action::Toggle, t.hint_choose),
            (Action::Close, t.hint_back),
            (Action::Help, t.hint_help),
        ]
    }
}
