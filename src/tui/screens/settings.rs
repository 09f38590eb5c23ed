//! "Ustawienia klubu" (Ctrl+E on Dziś): the club's settings, its own groups
//! (add, rename, retire) and its staff (role, employment basis, working time).

use crate::desk::settings::{ClubSetup, GroupInfo};
use crate::desk::{Request, Response};
use crate::domain::hours::Hours;
use crate::domain::person::{Category, Exclusion};
use crate::domain::record::{Record, Stored};
use crate::domain::settings::{GraduateRule, Settings};
use crate::domain::staff::{Role, Staff, StaffBasis};
use crate::tui::action::Action;
use crate::tui::app::{ask_for, Ctx, Layer, TextMode, Ui};
use crate::tui::components::select_list::{plain_rows, tab_titles};
use crate::tui::form::{Field, MiniForm, Step};
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::text::{SettingsText, Text};
use crate::tui::widgets::{block, centered, fit, is_move, moved};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Club,
    Groups,
    Staff,
}

const TABS: [Tab; 3] = [Tab::Club, Tab::Groups, Tab::Staff];

/// What the open form saves.
enum Edit {
    Settings,
    NewGroup,
    Group(GroupInfo),
    NewStaff,
    Staff(Stored<Staff>),
}

pub struct SettingsScreen {
    setup: Option<ClubSetup>,
    tab: usize,
    selected: usize,
    form: Option<(Edit, MiniForm)>,
    /// A retention that makes people due at once: the settings and their number, asked first.
    confirm: Option<(Settings, usize)>,
}

fn opt_text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn opt_number(v: Option<u32>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

fn yes_no(text: &Text) -> Vec<String> {
    vec![text.no.to_string(), text.yes.to_string()]
}

impl SettingsScreen {
    pub fn new(ctx: &mut Ctx) -> SettingsScreen {
        let mut s = SettingsScreen {
            setup: None,
            tab: 0,
            selected: 0,
            form: None,
            confirm: None,
        };
        s.reload(ctx);
        s
    }

    /// The settings as lines of label and value.
    fn club_lines(t: &Text, s: &Settings) -> Vec<(String, String)> {
        let st = &t.settings;
        let none = || st.none.to_string();
        let or_none = |v: &Option<String>| v.clone().filter(|x| !x.is_empty()).unwrap_or_else(none);
        let rule = match s.graduate_rule {
            GraduateRule::SixMonths => st.rule_names[0],
            GraduateRule::FinishedOnly => st.rule_names[1],
        };
        let mut out = vec![
            (st.club_name.to_string(), s.club_name.clone()),
            (st.parent_name.to_string(), or_none(&s.parent_name)),
            (st.parent_address.to_string(), or_none(&s.parent_address)),
            (st.register_entry.to_string(), or_none(&s.register_entry)),
            (
                st.min_months.to_string(),
                s.min_months.map_or_else(none, |m| m.to_string()),
            ),
            (
                st.graduate_months.to_string(),
                s.graduate_months.to_string(),
            ),
            (st.max_months.to_string(), s.max_months.to_string()),
            (st.graduate_rule.to_string(), rule.to_string()),
            (
                st.exclude_employed.to_string(),
                (if s.exclude_employed { t.yes } else { t.no }).to_string(),
            ),
        ];
        for e in Exclusion::CLUB_MAY_BAR {
            let on = s.extra_exclusions.contains(&e);
            out.push((
                (st.extra_bars)(t.exclusion(e)),
                (if on { t.yes } else { t.no }).to_string(),
            ));
        }
        out.push((
            st.retention_years.to_string(),
            s.retention_years.to_string(),
        ));
        out
    }

    fn settings_form(t: &Text, s: &Settings) -> MiniForm {
        let st = &t.settings;
        let mut fields = vec![
            Field::text(st.club_name, &s.club_name),
            Field::text(st.parent_name, &opt_text(&s.parent_name)),
            Field::text(st.parent_address, &opt_text(&s.parent_address)),
            Field::text(st.register_entry, &opt_text(&s.register_entry)),
            Field::text(st.min_months, &opt_number(s.min_months)),
            Field::text(st.graduate_months, &s.graduate_months.to_string()),
            Field::text(st.max_months, &s.max_months.to_string()),
            Field::choice(
                st.graduate_rule,
                st.rule_names.iter().map(|r| r.to_string()).collect(),
                (s.graduate_rule == GraduateRule::FinishedOnly) as usize,
            ),
            Field::choice(st.exclude_employed, yes_no(t), s.exclude_employed as usize),
        ];
        for e in Exclusion::CLUB_MAY_BAR {
            let on = s.extra_exclusions.contains(&e);
            fields.push(Field::choice(
                &(st.extra_bars)(t.exclusion(e)),
                yes_no(t),
                on as usize,
            ));
        }
        fields.push(Field::text(
            st.retention_years,
            &s.retention_years.to_string(),
        ));
        MiniForm::new(st.form_title, fields)
    }

    /// The settings as the form has them, or the field that is wrong.
    fn settings_from(f: &MiniForm, base: &Settings, st: &SettingsText) -> Result<Settings, String> {
        let opt = |i: usize| Some(f.text(i)).filter(|s| !s.is_empty());
        let number = |i: usize, label: &str| -> Result<Option<u32>, String> {
            match f.text(i) {
                s if s.is_empty() => Ok(None),
                s => s
                    .parse::<u32>()
                    .map(Some)
                    .map_err(|_| (st.number_expected)(label)),
            }
        };
        let required = |i: usize, label: &str| -> Result<u32, String> {
            number(i, label)?.ok_or_else(|| (st.number_expected)(label))
        };
        let extra = Exclusion::CLUB_MAY_BAR.len();
        let mut s = base.clone();
        s.club_name = f.text(0);
        s.parent_name = opt(1);
        s.parent_address = opt(2);
        s.register_entry = opt(3);
        s.min_months = number(4, st.min_months)?;
        s.graduate_months = required(5, st.graduate_months)?;
        s.max_months = required(6, st.max_months)?;
        s.graduate_rule = if f.choice(7) == 1 {
            GraduateRule::FinishedOnly
        } else {
            GraduateRule::SixMonths
        };
        s.exclude_employed = f.choice(8) == 1;
        s.extra_exclusions = Exclusion::CLUB_MAY_BAR
            .iter()
            .enumerate()
            .filter(|(i, _)| f.choice(9 + i) == 1)
            .map(|(_, e)| *e)
            .collect();
        s.retention_years = required(9 + extra, st.retention_years)?;
        Ok(s)
    }

    fn save_settings(&mut self, ctx: &mut Ctx, s: Settings, confirm_due: Option<usize>) -> bool {
        let req = Request::SaveSettings {
            settings: s,
            confirm_due,
        };
        if ctx.ask(req).is_none() {
            return false;
        }
        ctx.ok(ctx.ui.text.saved);
        self.reload(ctx);
        ctx.reload();
        true
    }

    fn group_form(t: &SettingsText, g: Option<&Category>, yes_no: Vec<String>) -> MiniForm {
        let mut fields = Vec::new();
        if g.is_none() {
            fields.push(Field::text(t.group_code, ""));
        }
        fields.push(Field::text(t.group_name, g.map_or("", |g| g.name.as_str())));
        fields.push(Field::choice(
            t.sensitive,
            yes_no,
            g.is_some_and(|g| g.sensitive) as usize,
        ));
        MiniForm::new(
            &g.map_or_else(
                || t.group_new_title.to_string(),
                |g| (t.group_edit_title)(&g.code),
            ),
            fields,
        )
    }

    fn staff_form(t: &SettingsText, lang: crate::text::Lang, s: Option<&Staff>) -> MiniForm {
        // The names of roles and bases are the catalog's, as in every other output.
        let words = crate::text::catalog::catalog(lang);
        let mut fields = Vec::new();
        if s.is_none() {
            fields.push(Field::text(t.login, ""));
        }
        fields.push(Field::text(t.staff_name, s.map_or("", |s| s.name.as_str())));
        fields.push(Field::choice(
            t.role,
            Role::ALL
                .iter()
                .map(|r| (words.names.role)(*r).to_string())
                .collect(),
            s.and_then(|s| Role::ALL.iter().position(|r| *r == s.role))
                .unwrap_or(2),
        ));
        let mut bases = vec![t.none.to_string()];
        bases.extend(
            StaffBasis::ALL
                .iter()
                .map(|b| (words.report.staff_basis)(*b).to_string()),
        );
        fields.push(Field::choice(
            t.basis,
            bases,
            s.and_then(|s| s.basis)
                .and_then(|b| StaffBasis::ALL.iter().position(|x| *x == b))
                .map_or(0, |i| i + 1),
        ));
        fields.push(Field::text(
            t.hours,
            &s.and_then(|s| s.hours_per_week)
                .map(|h| h.to_pl_number())
                .unwrap_or_default(),
        ));
        MiniForm::new(
            &s.map_or_else(
                || t.staff_new_title.to_string(),
                |s| (t.staff_edit_title)(&s.login),
            ),
            fields,
        )
    }

    /// Sends the form; false keeps it open (the reason is in the status line).
    fn submit(&mut self, edit: &Edit, f: &MiniForm, ctx: &mut Ctx) -> bool {
        let text = &ctx.ui.text;
        let st = &text.settings;
        match edit {
            Edit::Settings => {
                let Some(setup) = &self.setup else {
                    return false;
                };
                let new = match Self::settings_from(f, &setup.settings, st) {
                    Ok(s) => s,
                    Err(e) => {
                        ctx.error(e);
                        return false;
                    }
                };
                if new.retention_years != setup.settings.retention_years {
                    let years = new.retention_years;
                    if let Some(n) =
                        ask_for!(ctx, Request::RetentionImpact { years }, Response::Count(n) => n)
                    {
                        if n > 0 {
                            self.confirm = Some((new, n));
                            return true;
                        }
                    }
                }
                self.save_settings(ctx, new, None)
            }
            Edit::NewGroup | Edit::Group(_) => {
                let (category, rev) = match edit {
                    Edit::Group(g) => (
                        Category {
                            name: f.text(0),
                            sensitive: f.choice(1) == 1,
                            ..g.category.clone()
                        },
                        g.rev,
                    ),
                    _ => (
                        Category {
                            code: f.text(0),
                            name: f.text(1),
                            sensitive: f.choice(2) == 1,
                            retired: false,
                        },
                        None,
                    ),
                };
                self.save_group(ctx, category, rev)
            }
            Edit::NewStaff | Edit::Staff(_) => {
                let (base, rev, first) = match edit {
                    Edit::Staff(s) => (s.value.clone(), Some(s.stamp.rev), 0),
                    _ => (
                        Staff {
                            id: String::new(),
                            login: f.text(0),
                            name: String::new(),
                            role: Role::Worker,
                            basis: None,
                            hours_per_week: None,
                        },
                        None,
                        1,
                    ),
                };
                let hours = match f.text(first + 3) {
                    h if h.is_empty() => None,
                    h => match Hours::parse(&h) {
                        Ok(h) => Some(h),
                        Err(_) => {
                            ctx.error(st.hours_expected);
                            return false;
                        }
                    },
                };
                let staff = Staff {
                    name: f.text(first),
                    role: Role::ALL[f.choice(first + 1)],
                    basis: f
                        .choice(first + 2)
                        .checked_sub(1)
                        .map(|i| StaffBasis::ALL[i]),
                    hours_per_week: hours,
                    ..base
                };
                let req = Request::SaveStaff {
                    staff: Box::new(staff),
                    expected_rev: rev,
                };
                if ctx.ask(req).is_none() {
                    return false;
                }
                ctx.ok(text.saved);
                self.reload(ctx);
                true
            }
        }
    }

    fn save_group(&mut self, ctx: &mut Ctx, category: Category, rev: Option<u64>) -> bool {
        let req = Request::Save {
            record: Box::new(Record::Category(category)),
            expected_rev: rev,
        };
        if ctx.ask(req).is_none() {
            return false;
        }
        self.reload(ctx);
        true
    }

    fn items(&self, ui: &Ui) -> Vec<String> {
        let (t, st) = (&ui.text, &ui.text.settings);
        let Some(setup) = &self.setup else {
            return vec![];
        };
        match TABS[self.tab] {
            Tab::Club => Self::club_lines(t, &setup.settings)
                .into_iter()
                .map(|(label, value)| format!("{label}: {value}"))
                .collect(),
            Tab::Groups => setup
                .groups
                .iter()
                .map(|g| {
                    let mut marks = Vec::new();
                    if g.statutory {
                        marks.push(st.statutory.to_string());
                    }
                    if g.category.sensitive {
                        marks.push(st.sensitive.to_string());
                    }
                    if g.category.retired {
                        marks.push(st.retired.to_string());
                    }
                    marks.push((st.holders)(g.holders));
                    format!(
                        "{} — {} ({})",
                        g.category.code,
                        t.group_named(&g.category.code, &g.category.name),
                        marks.join(", ")
                    )
                })
                .collect(),
            Tab::Staff => setup
                .staff
                .iter()
                .map(|s| {
                    let words = crate::text::catalog::catalog(t.lang);
                    let s = &s.value;
                    let mut parts = vec![
                        format!("{} ({})", s.name, s.login),
                        (words.names.role)(s.role).to_string(),
                    ];
                    if let Some(b) = s.basis {
                        parts.push((words.report.staff_basis)(b).to_string());
                    }
                    if let Some(h) = s.hours_per_week {
                        parts.push((st.hours_a_week)(&h.to_pl_number()));
                    }
                    parts.join(" — ")
                })
                .collect(),
        }
    }
}

impl Layer for SettingsScreen {
    fn text_mode(&self) -> TextMode {
        if self.form.is_some() || self.confirm.is_some() {
            TextMode::TextFirst
        } else {
            TextMode::None
        }
    }

    fn full(&self) -> bool {
        true
    }

    fn dirty(&self) -> bool {
        self.form.is_some()
    }

    fn reload(&mut self, ctx: &mut Ctx) {
        if let Some(setup) = ask_for!(ctx, Request::ClubSetup, Response::ClubSetup(s) => s) {
            self.setup = Some(*setup);
        }
        let n = self.items(ctx.ui).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        if let Some((settings, n)) = self.confirm.take() {
            match key.code {
                KeyCodeOrd::Char(c)
                    if !key.ctrl && c.to_ascii_lowercase() == ctx.ui.text.yes_key =>
                {
                    self.save_settings(ctx, settings, Some(n));
                }
                KeyCodeOrd::Char(c)
                    if !key.ctrl && c.to_ascii_lowercase() == ctx.ui.text.no_key => {}
                KeyCodeOrd::Esc => {}
                _ => self.confirm = Some((settings, n)),
            }
            return true;
        }
        self.form.as_mut().is_some_and(|(_, f)| f.key(key))
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if self.confirm.is_some() {
            if a == Action::Close {
                self.confirm = None;
            }
            return true;
        }
        if let Some((edit, mut f)) = self.form.take() {
            match f.action(a, &ctx.ui.text) {
                Step::Submit => {
                    if !self.submit(&edit, &f, ctx) {
                        self.form = Some((edit, f));
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some((edit, f)),
            }
            return true;
        }
        let n = self.items(ctx.ui).len();
        let text = &ctx.ui.text;
        let st = &text.settings;
        let yn = || vec![text.no.to_string(), text.yes.to_string()];
        let Some(setup) = &self.setup else {
            return matches!(a, Action::Close) && {
                ctx.close();
                true
            };
        };
        match (a, TABS[self.tab]) {
            (a, _) if is_move(a) => self.selected = moved(self.selected, n, a),
            (Action::NextField | Action::Right, _) => {
                self.tab = (self.tab + 1) % TABS.len();
                self.selected = 0;
            }
            (Action::PrevField | Action::Left, _) => {
                self.tab = (self.tab + TABS.len() - 1) % TABS.len();
                self.selected = 0;
            }
            (Action::Confirm | Action::Edit, Tab::Club) => {
                self.form = Some((Edit::Settings, Self::settings_form(text, &setup.settings)));
            }
            (Action::New, Tab::Groups) => {
                self.form = Some((Edit::NewGroup, Self::group_form(st, None, yn())));
            }
            (Action::Confirm | Action::Edit, Tab::Groups) => {
                if let Some(g) = setup.groups.get(self.selected) {
                    if g.statutory {
                        ctx.info(st.statutory_fixed);
                    } else {
                        let form = Self::group_form(st, Some(&g.category), yn());
                        self.form = Some((Edit::Group(g.clone()), form));
                    }
                }
            }
            (Action::Delete, Tab::Groups) => {
                if let Some(g) = setup.groups.get(self.selected).cloned() {
                    if g.statutory {
                        ctx.info(st.statutory_fixed);
                    } else {
                        let name = g.category.name.clone();
                        let retired = !g.category.retired;
                        let category = Category {
                            retired,
                            ..g.category
                        };
                        if self.save_group(ctx, category, g.rev) {
                            ctx.ok(if retired {
                                (st.group_retired)(&name)
                            } else {
                                (st.group_restored)(&name)
                            });
                        }
                    }
                }
            }
            (Action::New, Tab::Staff) => {
                self.form = Some((Edit::NewStaff, Self::staff_form(st, text.lang, None)));
            }
            (Action::Confirm | Action::Edit, Tab::Staff) => {
                if let Some(s) = setup.staff.get(self.selected).cloned() {
                    let form = Self::staff_form(st, text.lang, Some(&s.value));
                    self.form = Some((Edit::Staff(s), form));
                }
            }
            (Action::Close, _) => ctx.close(),
            (Action::Refresh, _) => self.reload(ctx),
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let (theme, st) = (&ui.theme, &ui.text.settings);
        f.render_widget(Clear, area);
        let title = format!("{}: {}", st.title, tab_titles(&st.tabs, self.tab));
        let b = block(&title, theme);
        let inner = b.inner(area);
        f.render_widget(b, area);
        let w = inner.width as usize;
        let items = self.items(ui);
        let height = (inner.height as usize).saturating_sub(2);
        let mut lines = plain_rows(&items, self.selected, height, w, theme);
        let label = |a: Action| ui.keymap.first_label(a);
        let keys = match TABS[self.tab] {
            Tab::Club => (st.edit_hint)(&label(Action::Confirm)),
            Tab::Groups => (st.groups_keys)(
                &label(Action::New),
                &label(Action::Confirm),
                &label(Action::Delete),
            ),
            Tab::Staff => (st.staff_keys)(&label(Action::New), &label(Action::Confirm)),
        };
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(fit(&keys, w, theme), theme.dim())));
        f.render_widget(Paragraph::new(lines), inner);
        if let Some((_, form)) = &self.form {
            form.draw(f, area, ui);
        }
        if let Some((s, n)) = &self.confirm {
            let q = (st.retention_question)(s.retention_years, *n);
            let r = centered(area, 60, 4);
            f.render_widget(Clear, r);
            let b = block("?", theme);
            let inner = b.inner(r);
            f.render_widget(b, r);
            f.render_widget(
                Paragraph::new(q).wrap(ratatui::widgets::Wrap { trim: true }),
                inner,
            );
        }
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        let t = &ui.text;
        vec![
            (Action::Confirm, t.hint_open),
            (Action::New, t.hint_new),
            (Action::NextField, t.hint_field),
            (Action::Close, t.hint_back),
        ]
    }
}
