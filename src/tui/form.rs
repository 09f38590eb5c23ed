//! A small form drawn in a box over its owner: text, date and choice fields.
//! The owner routes keys to it while it is open and reads the values on submit.

use super::action::Action;
use super::app::Ui;
use super::components::text_area::TextArea;
use super::keymap::{Chord, KeyCodeOrd};
use super::text::Text;
use super::widgets::{block, cell, centered, fit, option_by_letter, TextInput};
use crate::domain::dates::pl;
use crate::tui::widgets::typed_date as parse;
use chrono::NaiveDate;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use ratatui::Frame;

pub enum Kind {
    Text(TextInput),
    /// A date as typed; `required` refuses an empty one.
    Date(TextInput, bool),
    Choice(Vec<String>, usize),
    /// A few sentences, wrapped over this many rows.
    Area(Box<TextArea>, u16),
}

pub struct Field {
    pub label: String,
    pub kind: Kind,
}

impl Field {
    pub fn text(label: &str, value: &str) -> Field {
        Field {
            label: label.into(),
            kind: Kind::Text(TextInput::with(value)),
        }
    }
    pub fn date(label: &str, value: Option<NaiveDate>, required: bool) -> Field {
        Field {
            label: label.into(),
            kind: Kind::Date(
                TextInput::with(&value.map(pl).unwrap_or_default()),
                required,
            ),
        }
    }
    /// A few sentences (a review, an annex): `rows` rows, wrapped.
    pub fn area(label: &str, value: &str, rows: u16) -> Field {
        Field {
            label: label.into(),
            kind: Kind::Area(Box::new(TextArea::new(value)), rows.max(1)),
        }
    }

    /// The rows the field takes in the form.
    fn rows(&self) -> u16 {
        match &self.kind {
            Kind::Area(_, rows) => *rows,
            _ => 1,
        }
    }

    pub fn choice(label: &str, options: Vec<String>, selected: usize) -> Field {
        Field {
            label: label.into(),
            kind: Kind::Choice(options, selected),
        }
    }
}

/// What a key did to the form.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    Continue,
    Submit,
    Cancel,
}

pub struct MiniForm {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
}

impl MiniForm {
    pub fn new(title: &str, fields: Vec<Field>) -> MiniForm {
        MiniForm {
            title: title.into(),
            fields,
            focus: 0,
            error: None,
        }
    }

    pub fn text(&self, i: usize) -> String {
        match &self.fields[i].kind {
            Kind::Text(t) | Kind::Date(t, _) => t.value.trim().to_string(),
            Kind::Choice(o, s) => o[*s].clone(),
            Kind::Area(a, _) => a.value(),
        }
    }

    /// Puts `value` in text or date field `i` (one field filled from another).
    pub fn set_text(&mut self, i: usize, value: &str) {
        if let Kind::Text(t) | Kind::Date(t, _) = &mut self.fields[i].kind {
            *t = TextInput::with(value);
        }
    }

    /// Chooses option `k` of choice field `i`.
    pub fn set_choice(&mut self, i: usize, k: usize) {
        if let Kind::Choice(o, s) = &mut self.fields[i].kind {
            *s = k.min(o.len().saturating_sub(1));
        }
    }

    pub fn choice(&self, i: usize) -> usize {
        match &self.fields[i].kind {
            Kind::Choice(_, s) => *s,
            _ => 0,
        }
    }

    pub fn date(&self, i: usize) -> Option<NaiveDate> {
        parse(&self.text(i))
    }

    /// The first field whose value is not acceptable, with why.
    pub fn problem(&self, text: &Text) -> Option<(usize, String)> {
        self.fields
            .iter()
            .enumerate()
            .find_map(|(i, f)| match &f.kind {
                Kind::Date(t, required) => {
                    let v = t.value.trim();
                    if v.is_empty() && *required {
                        Some((i, (text.intake.field_date_required)(&f.label)))
                    } else if !v.is_empty() && parse(v).is_none() {
                        Some((i, (text.intake.field_date_format)(&f.label)))
                    } else {
                        None
                    }
                }
                _ => None,
            })
    }

    /// A raw key: text editing in the focused text field.
    pub fn key(&mut self, key: &Chord) -> bool {
        if key.ctrl || key.alt {
            return false;
        }
        // ↑/↓ move inside a few sentences before they leave them.
        if let Kind::Area(a, _) = &mut self.fields[self.focus].kind {
            return a.key(key);
        }
        if key.leaves_the_field() {
            return false;
        }
        match &mut self.fields[self.focus].kind {
            Kind::Text(t) | Kind::Date(t, _) => t.edit(key),
            Kind::Choice(o, s) => match key.code {
                KeyCodeOrd::Char(' ') | KeyCodeOrd::Right => {
                    *s = (*s + 1) % o.len();
                    true
                }
                KeyCodeOrd::Left => {
                    *s = (*s + o.len() - 1) % o.len();
                    true
                }
                KeyCodeOrd::Char(c) => {
                    if let Some(i) = option_by_letter(o, *s, c) {
                        *s = i;
                    }
                    true
                }
                _ => false,
            },
            Kind::Area(..) => false,
        }
    }

    pub fn action(&mut self, a: Action, text: &Text) -> Step {
        let n = self.fields.len();
        match a {
            Action::NextField | Action::Down => self.focus = (self.focus + 1) % n,
            Action::PrevField | Action::Up => self.focus = (self.focus + n - 1) % n,
            Action::Confirm if self.focus + 1 < n => self.focus += 1,
            Action::Confirm | Action::Save => {
                if let Some((i, p)) = self.problem(text) {
                    self.focus = i;
                    self.error = Some(p);
                } else {
                    return Step::Submit;
                }
            }
            Action::Close => return Step::Cancel,
            _ => {}
        }
        Step::Continue
    }

    pub fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let theme = &ui.theme;
        let h = self.fields.iter().map(Field::rows).sum::<u16>() + 4;
        // Labels are read whole where the box allows: wider forms for longer labels.
        let longest = self
            .fields
            .iter()
            .map(|f| f.label.chars().count())
            .max()
            .unwrap_or(0);
        let label_w = (longest + 1).clamp(22, 44);
        let width = if label_w > 22 {
            area.width.saturating_sub(4).min(76)
        } else {
            70
        };
        let r = centered(area, width, h);
        f.render_widget(Clear, r);
        let b = block(&self.title, theme);
        let inner = b.inner(r);
        f.render_widget(b, r);
        let value_w = (inner.width as usize).saturating_sub(label_w);
        let mut lines = Vec::new();
        // A few sentences are drawn over their rows once the lines are.
        let mut areas = Vec::new();
        for (i, fld) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let y = inner.y + lines.len() as u16;
            let value = match &fld.kind {
                Kind::Text(t) | Kind::Date(t, _) => {
                    let (shown, cur) = t.view(value_w as u16);
                    if focused {
                        f.set_cursor_position(Position {
                            x: inner.x + label_w as u16 + cur,
                            y,
                        });
                    }
                    shown
                }
                Kind::Choice(o, s) => format!("< {} >", o[*s]),
                Kind::Area(a, rows) => {
                    let rect = Rect::new(inner.x + label_w as u16, y, value_w as u16, *rows);
                    areas.push((a, rect.intersection(inner), focused));
                    lines.push(Line::from(Span::styled(
                        cell(&fld.label, label_w, theme),
                        theme.label(),
                    )));
                    lines.extend((1..*rows).map(|_| Line::from("")));
                    continue;
                }
            };
            let style = if focused {
                theme.selected()
            } else {
                ratatui::style::Style::new()
            };
            lines.push(Line::from(vec![
                Span::styled(cell(&fld.label, label_w, theme), theme.label()),
                Span::styled(cell(&value, value_w, theme), style),
            ]));
        }
        lines.push(Line::from(""));
        if let Some(e) = &self.error {
            lines.push(Line::from(Span::styled(
                fit(e, inner.width as usize, theme),
                theme.error(),
            )));
        } else {
            let hint = ui.text.intake.form_hint;
            lines.push(Line::from(Span::styled(
                fit(hint, inner.width as usize, theme),
                theme.dim(),
            )));
        }
        f.render_widget(Paragraph::new(lines), inner);
        for (a, rect, focused) in areas {
            a.draw(f, rect, focused, theme);
        }
    }
}
