//! The PSU lists: agreements (with dated rates), worksites, positions, and the
//! referrals of the agreement in view (new, edit, resignation).

use crate::desk::RefundMonth;
use crate::desk::{Request, Response};
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::psu::{Agreement, Assignment, Position, Rate, Worksite};
use crate::domain::record::{Record, Stored};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::components::person_picker::{PersonPicker, Picked};
use crate::tui::components::select_list::{plain_rows, tab_titles};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::Chord;
use crate::tui::text::PsuText;
use crate::tui::widgets::{block, fit, is_move, moved};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Agreements,
    Worksites,
    Positions,
    Referrals,
    Refunds,
}

const TABS: [Tab; 5] = [
    Tab::Agreements,
    Tab::Worksites,
    Tab::Positions,
    Tab::Referrals,
    Tab::Refunds,
];

enum Edit {
    Agreement(Option<Stored<Agreement>>),
    Worksite(Option<String>),
    Position(Option<String>),
    /// A referral (stored, or new) of the participant with this id.
    Referral(Option<Stored<Assignment>>, String),
    /// Resigned, or deleted when entered in error (only without hours): the referral and its revision.
    Resign(String, u64),
    /// The refund received for a month of the agreement in view.
    Refund(RefundMonth),
}

pub struct PsuLists {
    agreement_id: Option<String>,
    agreements: Vec<Stored<Agreement>>,
    worksites: Vec<Worksite>,
    positions: Vec<Position>,
    referrals: Vec<(Stored<Assignment>, String)>,
    refunds: Vec<RefundMonth>,
    tab: usize,
    selected: usize,
    form: Option<(Edit, MiniForm)>,
    /// Choosing the person of a new referral.
    picking: Option<PersonPicker>,
}

fn d(x: Option<chrono::NaiveDate>) -> String {
    x.map(crate::domain::dates::pl).unwrap_or_default()
}

impl PsuLists {
    pub fn new(agreement_id: Option<String>, ctx: &mut Ctx) -> PsuLists {
        let mut l = PsuLists {
            agreement_id,
            agreements: vec![],
            worksites: vec![],
            positions: vec![],
            referrals: vec![],
            refunds: vec![],
            tab: 0,
            selected: 0,
            form: None,
            picking: None,
        };
        l.reload(ctx);
        l
    }

    fn items(&self, ui: &Ui) -> Vec<String> {
        let t = &ui.text.psu;
        match TABS[self.tab] {
            Tab::Agreements => self
                .agreements
                .iter()
                .map(|a| {
                    let a = &a.value;
                    let rates: Vec<String> = a
                        .rates
                        .iter()
                        .map(|r| (t.rate_from)(&r.zl_per_hour.to_pl(), &d(Some(r.from))))
                        .collect();
                    (t.agreement_line)(
                        &a.number,
                        &d(Some(a.starts_on)),
                        &d(Some(a.ends_on)),
                        a.slots,
                        &rates.join(", "),
                    )
                })
                .collect(),
            Tab::Worksites => self.worksites.iter().map(|w| w.name.clone()).collect(),
            Tab::Positions => self.positions.iter().map(|p| p.name.clone()).collect(),
            Tab::Referrals => self
                .referrals
                .iter()
                .map(|(a, who)| {
                    let a = &a.value;
                    let site = self
                        .worksites
                        .iter()
                        .find(|w| w.id == a.worksite_id)
                        .map(|w| w.name.as_str())
                        .unwrap_or("?");
                    let resigned = a
                        .resigned_on
                        .map(|r| format!(" • {}", (t.resigned)(&d(Some(r)))))
                        .unwrap_or_default();
                    format!(
                        "{who} • {site} • {}–{}{resigned}",
                        d(Some(a.from)),
                        d(Some(a.to))
                    )
                })
                .collect(),
            Tab::Refunds => self
                .refunds
                .iter()
                .map(|m| {
                    let received = match &m.received {
                        Some(r) => (t.refund_received)(
                            &r.value.amount.to_pl(),
                            &d(Some(r.value.received_on)),
                        ),
                        None => t.refund_not_received.to_string(),
                    };
                    (t.refund_line)(
                        &m.month.format("%m.%Y").to_string(),
                        &m.paid.to_pl(),
                        &m.requested.to_pl(),
                        &received,
                    )
                })
                .collect(),
        }
    }

    fn agreement_form(t: &PsuText, a: Option<&Agreement>) -> MiniForm {
        let num = |x: Option<u32>| x.map(|v| v.to_string()).unwrap_or_default();
        MiniForm::new(
            t.agreement_form_title,
            vec![
                Field::text(t.number_label, a.map(|a| a.number.as_str()).unwrap_or("")),
                Field::date(t.signed_label, a.and_then(|a| a.signed_on), false),
                Field::date(t.from_label, a.map(|a| a.starts_on), true),
                Field::date(t.to_label, a.map(|a| a.ends_on), true),
                Field::text(t.slots_label, &num(a.map(|a| a.slots))),
                Field::text(
                    t.weekly_limit_label,
                    &a.map(|a| a.weekly_limit_h.to_pl_number())
                        .unwrap_or_else(|| "10".into()),
                ),
                Field::text(
                    t.monthly_limit_label,
                    &a.map(|a| a.monthly_limit_h.to_pl_number())
                        .unwrap_or_else(|| "40".into()),
                ),
                Field::text(
                    t.refund_label,
                    &a.map_or_else(|| "60".into(), |a| a.refund_percent.to_string()),
                ),
                Field::date(t.new_rate_from_label, None, false),
                Field::text(t.new_rate_label, ""),
            ],
        )
    }

    fn submit(&mut self, edit: &Edit, f: &MiniForm, ctx: &mut Ctx) -> bool {
        let ui = ctx.ui;
        let t = &ui.text.psu;
        let bad = |ctx: &mut Ctx, what: &str| {
            ctx.error((t.fix)(what));
            false
        };
        match edit {
            Edit::Agreement(cur) => {
                let (Ok(slots), Ok(week), Ok(month), Ok(refund)) = (
                    f.text(4).parse::<u32>(),
                    Hours::parse(&f.text(5)),
                    Hours::parse(&f.text(6)),
                    f.text(7).trim_end_matches('%').trim().parse::<u32>(),
                ) else {
                    return bad(ctx, t.numbers_invalid);
                };
                let (Some(starts_on), Some(ends_on)) = (f.date(2), f.date(3)) else {
                    return false;
                };
                let mut rates = cur
                    .as_ref()
                    .map(|c| c.value.rates.clone())
                    .unwrap_or_default();
                if let Some(from) = f.date(8) {
                    let Ok(rate) = Money::parse(&f.text(9)) else {
                        return bad(ctx, t.rate_invalid);
                    };
                    rates.retain(|r| r.from != from);
                    rates.push(Rate {
                        from,
                        zl_per_hour: rate,
                    });
                    rates.sort_by_key(|r| r.from);
                }
                let a = Agreement {
                    id: cur.as_ref().map(|c| c.value.id.clone()).unwrap_or_default(),
                    number: f.text(0),
                    signed_on: f.date(1),
                    starts_on,
                    ends_on,
                    slots,
                    weekly_limit_h: week,
                    monthly_limit_h: month,
                    refund_percent: refund,
                    rates,
                };
                let rev = cur.as_ref().map(|c| c.stamp.rev);
                ctx.ask(Request::Save {
                    record: Box::new(Record::Agreement(a)),
                    expected_rev: rev,
                })
                .is_some()
            }
            Edit::Worksite(id) => {
                let w = Worksite {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                    address: Some(f.text(1)).filter(|s| !s.is_empty()),
                };
                if w.name.is_empty() {
                    return bad(ctx, t.name_missing);
                }
                ctx.ask(Request::Save {
                    record: Box::new(Record::Worksite(w)),
                    expected_rev: None,
                })
                .is_some()
            }
            Edit::Position(id) => {
                let p = Position {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                };
                if p.name.is_empty() {
                    return bad(ctx, t.name_missing);
                }
                ctx.ask(Request::Save {
                    record: Box::new(Record::Position(p)),
                    expected_rev: None,
                })
                .is_some()
            }
            Edit::Referral(cur, participant_id) => {
                let Some(agreement_id) = self.agreement_id.clone() else {
                    return false;
                };
                let participant_id = participant_id.clone();
                let (Some(from), Some(to)) = (f.date(4), f.date(5)) else {
                    return false;
                };
                let (Some(w), Some(p)) = (
                    self.worksites.get(f.choice(1)),
                    self.positions.get(f.choice(2)),
                ) else {
                    return bad(ctx, t.worksite_and_position_first);
                };
                let a = Assignment {
                    id: cur.as_ref().map(|c| c.value.id.clone()).unwrap_or_default(),
                    participant_id,
                    agreement_id,
                    worksite_id: w.id.clone(),
                    position_id: p.id.clone(),
                    referral_number: Some(f.text(3)).filter(|s| !s.is_empty()),
                    from,
                    to,
                    resigned_on: cur.as_ref().and_then(|c| c.value.resigned_on),
                    resign_reason: cur.as_ref().and_then(|c| c.value.resign_reason.clone()),
                };
                let rev = cur.as_ref().map(|c| c.stamp.rev);
                match ctx.ask(Request::SaveAssignment {
                    assignment: Box::new(a),
                    expected_rev: rev,
                }) {
                    Some(Response::Assigned {
                        slots_full,
                        taken,
                        slots,
                        warnings,
                        ..
                    }) => {
                        // A referral says what it saved itself: slots or warnings.
                        if slots_full {
                            ctx.info((t.slots_full)(taken, slots));
                        } else {
                            ctx.saved_with(ui.text.saved, &warnings);
                        }
                        true
                    }
                    Some(_) => true,
                    None => false,
                }
            }
            Edit::Refund(m) => {
                let Some(agreement_id) = self.agreement_id.clone() else {
                    return false;
                };
                let Some(received_on) = f.date(0) else {
                    return false;
                };
                let Ok(amount) = Money::parse(&f.text(1)) else {
                    return bad(ctx, t.refund_amount_label);
                };
                let refund = crate::domain::psu::Refund {
                    agreement_id,
                    month: m.month,
                    received_on,
                    amount,
                };
                ctx.ask(Request::Save {
                    record: Box::new(Record::Refund(refund)),
                    expected_rev: m.received.as_ref().map(|r| r.stamp.rev),
                })
                .is_some()
            }
            Edit::Resign(id, rev) => {
                if f.choice(0) == 1 {
                    // Entered in error: the desk deletes it only if no hours rest on it.
                    return ctx
                        .ask(Request::DeleteRecord {
                            kind: crate::domain::record::Kind::Assignment,
                            id: id.clone(),
                            expected_rev: *rev,
                        })
                        .is_some();
                }
                let Some(on) = f.date(1) else { return false };
                ctx.ask(Request::Resign {
                    assignment_id: id.clone(),
                    on,
                    reason: f.text(2),
                })
                .is_some()
            }
        }
    }
}

impl Layer for PsuLists {
    fn text_mode(&self) -> TextMode {
        if self.form.is_some() || self.picking.is_some() {
            TextMode::TextFirst
        } else {
            TextMode::None
        }
    }

    fn full(&self) -> bool {
        true
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some((agreements, worksites, positions)) = ask_for!(ctx, Request::PsuLists, Response::PsuLists {
            agreements,
            worksites,
            positions,
        } => (agreements, worksites, positions))
        {
            self.agreements = agreements;
            self.worksites = worksites;
            self.positions = positions;
        }
        self.referrals.clear();
        self.refunds.clear();
        if let Some(aid) = &self.agreement_id {
            if let Some(list) = ask_for!(ctx, Request::Referrals {
                agreement_id: aid.clone(),
            }, Response::Referrals(list) => list)
            {
                self.referrals = list;
            }
            if let Some(list) = ask_for!(ctx, Request::RefundMonths {
                agreement_id: aid.clone(),
            }, Response::RefundMonths(list) => list)
            {
                self.refunds = list;
            }
        }
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if let Some(p) = &mut self.picking {
            return p.key(key, ctx);
        }
        self.form.as_mut().is_some_and(|(_, f)| f.key(key))
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        let ui = ctx.ui;
        let text = &ui.text;
        let t = &text.psu;
        if let Some((edit, mut f)) = self.form.take() {
            match f.action(a, text) {
                Step::Submit => {
                    if self.submit(&edit, &f, ctx) {
                        if !matches!(edit, Edit::Referral(..)) {
                            ctx.ok(ctx.ui.text.saved);
                        }
                        self.reload(ctx);
                        ctx.reload();
                    } else {
                        self.form = Some((edit, f));
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some((edit, f)),
            }
            return true;
        }
        let n = self.items(ctx.ui).len();
        let chosen = match self.picking.as_mut().map(|p| p.action(a)) {
            Some(Some(Picked::Person(h))) => Some(h),
            Some(Some(Picked::Cancelled)) => {
                self.picking = None;
                return true;
            }
            Some(_) => return true,
            None => None,
        };
        let site_names: Vec<String> = self.worksites.iter().map(|w| w.name.clone()).collect();
        let pos_names: Vec<String> = self.positions.iter().map(|p| p.name.clone()).collect();
        let referral_form =
            |a: Option<&Assignment>, who: &str, sites: &[Worksite], poss: &[Position]| {
                let ws = a
                    .and_then(|a| sites.iter().position(|w| w.id == a.worksite_id))
                    .unwrap_or(0);
                let ps = a
                    .and_then(|a| poss.iter().position(|p| p.id == a.position_id))
                    .unwrap_or(0);
                MiniForm::new(
                    t.referral_form_title,
                    vec![
                        // Chosen in the person picker; shown, not typed.
                        Field::choice(t.participant_label, vec![who.to_string()], 0),
                        Field::choice(
                            t.worksite_label,
                            if site_names.is_empty() {
                                vec![text.none.into()]
                            } else {
                                site_names.clone()
                            },
                            ws,
                        ),
                        Field::choice(
                            t.position,
                            if pos_names.is_empty() {
                                vec![text.none.into()]
                            } else {
                                pos_names.clone()
                            },
                            ps,
                        ),
                        Field::text(
                            t.referral_no_label,
                            a.and_then(|a| a.referral_number.as_deref()).unwrap_or(""),
                        ),
                        Field::date(t.from_label, a.map(|a| a.from), true),
                        Field::date(t.to_label, a.map(|a| a.to), true),
                    ],
                )
            };
        if let Some(h) = chosen {
            self.picking = None;
            let who = format!("{} {}", h.first_name, h.last_name);
            let form = referral_form(None, &who, &self.worksites, &self.positions);
            self.form = Some((Edit::Referral(None, h.participant_id), form));
            return true;
        }
        match a {
            a if is_move(a) => self.selected = moved(self.selected, n, a),
            Action::NextField | Action::Right => {
                self.tab = (self.tab + 1) % TABS.len();
                self.selected = 0;
            }
            Action::PrevField | Action::Left => {
                self.tab = (self.tab + TABS.len() - 1) % TABS.len();
                self.selected = 0;
            }
            Action::New => {
                self.form = Some(match TABS[self.tab] {
                    Tab::Agreements => (Edit::Agreement(None), Self::agreement_form(t, None)),
                    Tab::Worksites => (
                        Edit::Worksite(None),
                        MiniForm::new(
                            t.worksite_form_title,
                            vec![
                                Field::text(t.name_label, ""),
                                Field::text(text.f_address, ""),
                            ],
                        ),
                    ),
                    Tab::Positions => (
                        Edit::Position(None),
                        MiniForm::new(t.position, vec![Field::text(t.name_label, "")]),
                    ),
                    Tab::Referrals => {
                        self.picking = Some(PersonPicker::default());
                        return true;
                    }
                    // A month's refund is recorded on its line (Enter).
                    Tab::Refunds => return false,
                })
            }
            Action::Confirm | Action::Edit if self.selected < n => {
                self.form = Some(match TABS[self.tab] {
                    Tab::Agreements => {
                        let a = self.agreements[self.selected].clone();
                        let form = Self::agreement_form(t, Some(&a.value));
                        (Edit::Agreement(Some(a)), form)
                    }
                    Tab::Worksites => {
                        let w = &self.worksites[self.selected];
                        (
                            Edit::Worksite(Some(w.id.clone())),
                            MiniForm::new(
                                t.worksite_form_title,
                                vec![
                                    Field::text(t.name_label, &w.name),
                                    Field::text(text.f_address, w.address.as_deref().unwrap_or("")),
                                ],
                            ),
                        )
                    }
                    Tab::Positions => {
                        let p = &self.positions[self.selected];
                        (
                            Edit::Position(Some(p.id.clone())),
                            MiniForm::new(t.position, vec![Field::text(t.name_label, &p.name)]),
                        )
                    }
                    Tab::Refunds => {
                        let m = self.refunds[self.selected].clone();
                        let form = MiniForm::new(
                            &(t.refund_form_title)(&m.month.format("%m.%Y").to_string()),
                            vec![
                                Field::date(
                                    t.refund_received_on_label,
                                    m.received.as_ref().map(|r| r.value.received_on),
                                    true,
                                ),
                                Field::text(
                                    t.refund_amount_label,
                                    &m.received
                                        .as_ref()
                                        .map(|r| r.value.amount.to_pl_number())
                                        .unwrap_or_else(|| m.requested.to_pl_number()),
                                ),
                            ],
                        );
                        (Edit::Refund(m), form)
                    }
                    Tab::Referrals => {
                        let (a, who) = self.referrals[self.selected].clone();
                        let form =
                            referral_form(Some(&a.value), &who, &self.worksites, &self.positions);
                        let pid = a.value.participant_id.clone();
                        (Edit::Referral(Some(a), pid), form)
                    }
                });
            }
            Action::Delete if TABS[self.tab] == Tab::Refunds && self.selected < n => {
                let m = &self.refunds[self.selected];
                if let (Some(aid), Some(r)) = (&self.agreement_id, &m.received) {
                    let req = Request::DeleteRefund {
                        agreement_id: aid.clone(),
                        month: m.month,
                        expected_rev: r.stamp.rev,
                    };
                    if ctx.ask(req).is_some() {
                        ctx.ok(text.activation.deleted);
                        self.reload(ctx);
                    }
                }
            }
            Action::Delete if TABS[self.tab] == Tab::Referrals && self.selected < n => {
                let a = &self.referrals[self.selected].0;
                let (id, rev) = (a.value.id.clone(), a.stamp.rev);
                self.form = Some((
                    Edit::Resign(id, rev),
                    MiniForm::new(
                        t.resign_form_title,
                        vec![
                            Field::choice(
                                t.end_how_label,
                                vec![t.end_by_resignation.into(), t.end_by_deletion.into()],
                                0,
                            ),
                            Field::date(t.resigned_on_label, Some(crate::desk::today()), true),
                            Field::text(t.reason_label, ""),
                        ],
                    ),
                ));
            }
            Action::Close => ctx.close(),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, t) = (&ui.theme, &ui.text.psu);
        f.render_widget(Clear, area);
        let title = format!("PSU: {}", tab_titles(t.list_tabs, self.tab));
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let items = self.items(ui);
        let height = (inner.height as usize).saturating_sub(2);
        let mut lines = plain_rows(&items, self.selected, height, w, theme);
        let keys = (t.list_keys)(
            &ui.keymap.first_label(Action::New),
            &ui.keymap.first_label(Action::Delete),
        );
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(fit(&keys, w, theme), theme.dim())));
        f.render_widget(Paragraph::new(lines), inner);
        if let Some((_, form)) = &self.form {
            form.draw(f, area, ui);
        }
        if let Some(p) = &self.picking {
            p.draw(f, PersonPicker::area(area), ui, t.choose_person_title);
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        if self.picking.is_some() {
            return vec![
                (Action::Confirm, ui.text.hint_choose),
                (Action::Down, ui.text.hint_choose),
                (Action::Close, ui.text.hint_back),
            ];
        }
        vec![
            (Action::New, ui.text.hint_new),
            (Action::Confirm, ui.text.hint_open),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
