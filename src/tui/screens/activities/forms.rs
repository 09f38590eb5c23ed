//! Zajęcia's forms: a session (or a weekly series), an activity, a specialist,
//! a period for the summary, a session's guests; and what saving each asks of
//! the desk.

use super::summary::PeriodSummary;
use super::Activities;
use crate::desk::{Request, Response};
use crate::domain::hours::Hours;
use crate::domain::money::Money;
use crate::domain::record::Record;
use crate::domain::workshop::{Activity, ActivityKind, Area, Session, Specialist};
use crate::tui::app::{ask_for, Ctx, Layer};
use crate::tui::form::{Field, MiniForm};
use crate::tui::text::Text;

/// Which form is open.
pub(super) enum Form {
    Session,
    /// A new activity (None) or an edit.
    Activity(Option<String>),
    Specialist(Option<String>),
    Period,
    /// The guests without a record at the session in this column.
    Guests(usize),
}

/// A form open over the grid, and what it is for.
pub(super) struct OpenForm {
    pub kind: Form,
    pub form: MiniForm,
}

impl OpenForm {
    pub(super) fn new(kind: Form, form: MiniForm) -> OpenForm {
        OpenForm { kind, form }
    }
}

pub(super) fn activity_form(t: &Text, a: Option<&Activity>) -> MiniForm {
    let names = &crate::text::catalog::catalog(t.lang).report;
    let t = &t.activities;
    let kinds = ActivityKind::ALL
        .iter()
        .map(|k| (names.activity_kind)(*k).to_string())
        .collect();
    let areas = t.area_names.iter().map(|s| s.to_string()).collect();
    let kind = a
        .and_then(|a| ActivityKind::ALL.iter().position(|k| *k == a.kind))
        .unwrap_or(0);
    let area = a
        .and_then(|a| Area::ALL.iter().position(|k| *k == a.area))
        .unwrap_or(0);
    MiniForm::new(
        t.activity_form_title,
        vec![
            Field::text(t.name_label, a.map(|a| a.name.as_str()).unwrap_or("")),
            Field::choice(t.kind_label, kinds, kind),
            Field::choice(t.area_label, areas, area),
        ],
    )
}

pub(super) fn specialist_form(t: &Text, s: Option<&Specialist>) -> MiniForm {
    let t = &t.activities;
    let rate = s
        .map(|s| s.zl_per_hour.to_pl_number())
        .unwrap_or_else(|| "60,00".into());
    MiniForm::new(
        t.specialist,
        vec![
            Field::text(
                t.specialist_name_label,
                s.map(|s| s.name.as_str()).unwrap_or(""),
            ),
            Field::text(
                t.role_label,
                s.map(|s| s.role.as_str()).unwrap_or(t.default_role),
            ),
            Field::text(t.rate_label, &rate),
        ],
    )
}

impl Activities {
    /// The specialist offered for a new session (its place in the form's
    /// choices, 0 being none): the one the activity had last; with no earlier
    /// session, the club's only specialist, else none, so that nobody is offered
    /// for a workshop that is not theirs.
    fn usual_specialist(&self) -> usize {
        let last = self.grid.as_ref().and_then(|g| g.last_specialist.as_ref());
        match last {
            Some(id) => self
                .specialists
                .iter()
                .position(|s| &s.id == id)
                .map_or(0, |i| i + 1),
            None if self.specialists.len() == 1 => 1,
            None => 0,
        }
    }

    pub(super) fn session_form(&self, ctx: &Ctx) -> MiniForm {
        let t = &ctx.ui.text.activities;
        let mut sp = vec![t.no_specialist.to_string()];
        sp.extend(
            self.specialists
                .iter()
                .map(|s| format!("{} ({})", s.name, s.zl_per_hour.to_pl())),
        );
        MiniForm::new(
            t.session_form_title,
            vec![
                Field::date(t.date_label, Some(crate::desk::today()), true),
                Field::text(t.hours_label, "2"),
                Field::choice(t.specialist, sp, self.usual_specialist()),
                Field::text(t.topic_label, ""),
                Field::text(t.place_label, ""),
                Field::choice(
                    t.remote_label,
                    vec![ctx.ui.text.no.into(), ctx.ui.text.yes.into()],
                    0,
                ),
                Field::text(t.weeks_label, "1"),
                Field::text(t.guests_label, "0"),
            ],
        )
    }

    pub(super) fn submit(&mut self, kind: &Form, f: &MiniForm, ctx: &mut Ctx) -> bool {
        let ui = ctx.ui;
        let t = &ui.text.activities;
        match kind {
            Form::Session => {
                let Some(act) = self.activities.get(self.current) else {
                    return true;
                };
                let Ok(hours) = Hours::parse(&f.text(1)) else {
                    ctx.error(t.hours_invalid);
                    return false;
                };
                let Ok(weeks) = f.text(6).parse::<u32>() else {
                    ctx.error(t.weeks_invalid);
                    return false;
                };
                let Ok(guests) = f.text(7).parse::<u32>() else {
                    ctx.error(t.guests_invalid);
                    return false;
                };
                let template = Session {
                    id: String::new(),
                    activity_id: act.id.clone(),
                    date: f.date(0).unwrap_or_else(crate::desk::today),
                    hours,
                    specialist_id: f
                        .choice(2)
                        .checked_sub(1)
                        .map(|i| self.specialists[i].id.clone()),
                    zl_per_hour: Money::ZERO,
                    topic: Some(f.text(3)).filter(|s| !s.is_empty()),
                    place: Some(f.text(4)).filter(|s| !s.is_empty()),
                    remote: f.choice(5) == 1,
                    guests,
                };
                let Some(ids) = ask_for!(ctx, Request::CreateSessions {
                    template: Box::new(template),
                    weeks: weeks.clamp(1, 52),
                }, Response::Sessions { ids, .. } => ids) else {
                    return false;
                };
                ctx.ok((t.sessions_added)(ids.len()));
            }
            Form::Guests(col) => {
                let Ok(guests) = f.text(0).parse::<u32>() else {
                    ctx.error(t.guests_invalid);
                    return false;
                };
                let Some(g) = &self.grid else { return true };
                let (Some(session), Some(rev)) = (g.sessions.get(*col), g.session_revs.get(*col))
                else {
                    return true;
                };
                let req = Request::Save {
                    record: Box::new(Record::Session(Session {
                        guests,
                        ..session.clone()
                    })),
                    expected_rev: Some(*rev),
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
                self.load_grid(ctx);
            }
            Form::Activity(id) => {
                // The people on its list stay when the activity is renamed.
                let enrolled = self
                    .activities
                    .iter()
                    .find(|a| Some(&a.id) == id.as_ref())
                    .map(|a| a.enrolled.clone())
                    .unwrap_or_default();
                let a = Activity {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                    kind: ActivityKind::ALL[f.choice(1)],
                    area: Area::ALL[f.choice(2)],
                    enrolled,
                };
                let expected_rev = id.as_ref().and_then(|i| self.revs.get(i).copied());
                if a.name.is_empty() {
                    ctx.error(t.name_empty);
                    return false;
                }
                if ctx
                    .ask(Request::Save {
                        record: Box::new(Record::Activity(a)),
                        expected_rev,
                    })
                    .is_none()
                {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
            }
            Form::Specialist(id) => {
                let Ok(rate) = Money::parse(&f.text(2)) else {
                    ctx.error(t.rate_invalid);
                    return false;
                };
                let s = Specialist {
                    id: id.clone().unwrap_or_default(),
                    name: f.text(0),
                    role: f.text(1),
                    zl_per_hour: rate,
                };
                let expected_rev = id.as_ref().and_then(|i| self.revs.get(i).copied());
                if s.name.is_empty() {
                    ctx.error(t.name_empty);
                    return false;
                }
                if ctx
                    .ask(Request::Save {
                        record: Box::new(Record::Specialist(s)),
                        expected_rev,
                    })
                    .is_none()
                {
                    return false;
                }
                ctx.ok(ctx.ui.text.saved);
            }
            Form::Period => {
                let (Some(from), Some(to)) = (f.date(0), f.date(1)) else {
                    return false;
                };
                if to < from {
                    ctx.error(t.end_before_start);
                    return false;
                }
                let Some(a) =
                    ask_for!(ctx, Request::Activities { from, to }, Response::Activities(a) => a)
                else {
                    return false;
                };
                self.summary = Some(PeriodSummary {
                    from,
                    to,
                    summary: a,
                });
                return true;
            }
        }
        self.reload(ctx);
        true
    }
}
