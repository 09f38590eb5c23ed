//! Zajęcia's lists (Ctrl+E): the activities and the specialists, Tab between
//! them; Insert adds one, Enter edits the one selected.

use super::forms::{activity_form, specialist_form, Form, OpenForm};
use super::Activities;
use crate::tui::action::Action;
use crate::tui::app::{Ctx, Ui};
use crate::tui::components::select_list::SelectList;
use crate::tui::widgets::{block, centered, fit, row};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

/// The lists popup: which list, and the selection in it.
pub(super) struct Lists {
    /// The specialists (else the activities).
    pub specialists: bool,
    pub rows: SelectList<usize>,
}

impl Activities {
    /// The activities' list, first.
    pub(super) fn lists(&self) -> Lists {
        Lists {
            specialists: false,
            rows: SelectList::new((0..self.activities.len()).collect()),
        }
    }

    fn len_of(&self, specialists: bool) -> usize {
        if specialists {
            self.specialists.len()
        } else {
            self.activities.len()
        }
    }

    /// A key in the lists popup; true when it closes.
    pub(super) fn lists_action(&mut self, lists: &mut Lists, a: Action, ctx: &mut Ctx) -> bool {
        let text = &ctx.ui.text;
        let (specs, sel) = (lists.specialists, lists.rows.index());
        let n = self.len_of(specs);
        match a {
            a if lists.rows.move_by(a) => {}
            Action::NextField | Action::PrevField | Action::Right | Action::Left => {
                *lists = Lists {
                    specialists: !specs,
                    rows: SelectList::new((0..self.len_of(!specs)).collect()),
                };
            }
            Action::New if specs => {
                self.form = Some(OpenForm::new(
                    Form::Specialist(None),
                    specialist_form(text, None),
                ))
            }
            Action::New => {
                self.form = Some(OpenForm::new(
                    Form::Activity(None),
                    activity_form(text, None),
                ))
            }
            Action::Confirm | Action::Edit if specs && sel < n => {
                let s = self.specialists[sel].clone();
                self.form = Some(OpenForm::new(
                    Form::Specialist(Some(s.id.clone())),
                    specialist_form(text, Some(&s)),
                ));
            }
            Action::Confirm | Action::Edit if sel < n => {
                let a = self.activities[sel].clone();
                self.form = Some(OpenForm::new(
                    Form::Activity(Some(a.id.clone())),
                    activity_form(text, Some(&a)),
                ));
            }
            Action::Close => return true,
            _ => {}
        }
        false
    }

    pub(super) fn draw_lists(&self, lists: &Lists, f: &mut Frame, area: Rect, ui: &Ui) {
        let (specs, theme, t) = (lists.specialists, &ui.theme, &ui.text.activities);
        let r = centered(area, 70, 18);
        f.render_widget(Clear, r);
        let title = if specs {
            t.specialists_list_title
        } else {
            t.activities_list_title
        };
        let b = block(title, theme);
        let ir = b.inner(r);
        f.render_widget(b, r);
        let names = &crate::text::catalog::catalog(ui.text.lang).report;
        let items: Vec<String> = if specs {
            self.specialists
                .iter()
                .map(|s| {
                    let role = (names.specialist_role)(&s.role).unwrap_or(&s.role);
                    format!("{} — {role} — {}/h", s.name, s.zl_per_hour.to_pl())
                })
                .collect()
        } else {
            self.activities
                .iter()
                .map(|a| {
                    format!(
                        "{} — {} — {}",
                        a.name,
                        (names.activity_kind)(a.kind),
                        (names.area)(a.area)
                    )
                })
                .collect()
        };
        let height = (ir.height as usize).saturating_sub(2);
        let mut ls: Vec<Line> = lists
            .rows
            .visible(height)
            .map(|(sel, &i)| {
                let s = fit(&format!(" {}", items[i]), ir.width as usize, theme);
                row(s, sel, theme)
            })
            .collect();
        let keys = (t.list_keys)(&ui.keymap.first_label(Action::New));
        ls.push(Line::from(""));
        ls.push(Line::from(Span::styled(
            fit(&keys, ir.width as usize, theme),
            theme.dim(),
        )));
        f.render_widget(Paragraph::new(ls), ir);
    }
}
