//! The participant's card. Opening it writes a read-audit entry (in the desk).
//! `view.rs` lays the card out, `menu.rs` is what can be done from it (Enter),
//! `forms.rs` the forms those open and what saving them asks of the desk.

mod forms;
mod menu;
mod view;

use crate::desk::{Card, DocumentKind, Request, Response};
use crate::tui::action::Action;
use crate::tui::app::ask_for;
use crate::tui::app::{Ctx, Layer, Ui};
use crate::tui::form::Step;
use crate::tui::keymap::Chord;
use forms::{CardForm, ConsultChoices};
use menu::{Menu, MenuStep, Op};
use ratatui::layout::Rect;
use ratatui::Frame;

pub struct CardView {
    card: Card,
    menu: Option<Menu>,
    form: Option<CardForm>,
    consult: Option<ConsultChoices>,
    /// An ending date already warned about (the second save goes through).
    confirmed_end: Option<chrono::NaiveDate>,
    /// The first line of the card in view.
    scroll: usize,
    /// The width and height the card's lines had at the last frame (for scrolling).
    drawn: std::cell::Cell<(u16, u16)>,
    /// The area the card had at the last frame (a note opens over it).
    area: std::cell::Cell<Rect>,
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

impl CardView {
    pub fn open(id: &str, ctx: &mut Ctx) -> Option<CardView> {
        match ctx.ask(Request::Card { id: id.to_string() })? {
            Response::Card(card) => Some(CardView {
                card: *card,
                menu: None,
                form: None,
                consult: None,
                confirmed_end: None,
                scroll: 0,
                drawn: std::cell::Cell::new((78, 19)),
                area: std::cell::Cell::new(Rect::new(0, 1, 80, 21)),
            }),
            _ => None,
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
        self.form.as_mut().is_some_and(|f| f.form.key(key))
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if let Some(mut open) = self.form.take() {
            match open.form.action(a, &ctx.ui.text) {
                Step::Submit => {
                    if !self.submit(open.op.clone(), &open.form, ctx) {
                        self.form = Some(open);
                    }
                }
                Step::Cancel => {}
                Step::Continue => self.form = Some(open),
            }
            return true;
        }
        if let Some(mut menu) = self.menu.take() {
            match menu.action(a) {
                MenuStep::Stay => self.menu = Some(menu),
                MenuStep::Run(op) => self.run(op, ctx),
                MenuStep::Close => {}
            }
            return true;
        }
        match a {
            a if self.scroll_by(a, ctx.ui) => {}
            Action::Close => ctx.close(),
            Action::Refresh => self.reload(ctx),
            Action::Confirm | Action::Edit => self.menu = Menu::new(self.ops(ctx)),
            Action::New => self.run(Op::NewContract, ctx),
            Action::Consult => self.run(Op::Consultation, ctx),
            Action::Print => {
                let ops: Vec<(Op, String)> = self
                    .ops(ctx)
                    .into_iter()
                    .filter(|(o, _)| matches!(o, Op::PrintContract(..) | Op::PrintCertificate))
                    .collect();
                self.menu = Menu::new(ops);
            }
            _ => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        self.area.set(area);
        self.draw_card(f, area, ui);
        if let Some(m) = &self.menu {
            m.draw(f, area, ui);
        }
        if let Some(form) = &self.form {
            form.form.draw(f, area, ui);
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
            (Action::Down, t.card.hint_scroll),
            (Action::Consult, t.card.hint_consult),
            (Action::Close, t.hint_back),
            (Action::New, t.card.hint_contract),
            (Action::Print, t.hint_print),
            (Action::Lookup, t.hint_lookup),
            (Action::Help, t.hint_help),
        ]
    }
}
