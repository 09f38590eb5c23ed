//! A yes/no question that carries what to do on yes: quitting with unsaved
//! input, leaving an application or a contract half typed. Each use brings its
//! own title and question from the catalog; yes closes the question, then runs
//! the command; no or Esc only closes it.

use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::keymap::{Chord, KeyCodeOrd};
use crate::tui::widgets::{block, centered};
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

/// What yes does, given the context of the layer under the question.
pub type OnYes = Box<dyn FnOnce(&mut Ctx)>;

pub struct Confirm {
    title: String,
    question: String,
    on_yes: Option<OnYes>,
    /// An action that also says yes: the one that asked (F10 twice quits).
    again: Option<Action>,
}

impl Confirm {
    pub fn new(
        title: impl Into<String>,
        question: impl Into<String>,
        on_yes: impl FnOnce(&mut Ctx) + 'static,
    ) -> Confirm {
        Confirm {
            title: title.into(),
            question: question.into(),
            on_yes: Some(Box::new(on_yes)),
            again: None,
        }
    }

    /// `a` pressed again answers yes.
    pub fn or_again(mut self, a: Action) -> Confirm {
        self.again = Some(a);
        self
    }

    /// Discarding typed input: yes closes the question and the layer under it.
    pub fn discard(title: impl Into<String>, question: impl Into<String>) -> Confirm {
        Confirm::new(title, question, |ctx| ctx.close())
    }

    fn yes(&mut self, ctx: &mut Ctx) {
        ctx.close();
        if let Some(run) = self.on_yes.take() {
            run(ctx);
        }
    }
}

impl Layer for Confirm {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        let t = &ctx.ui.text;
        match key.code {
            KeyCodeOrd::Char(c) if !key.ctrl && c.to_ascii_lowercase() == t.yes_key => {
                self.yes(ctx)
            }
            KeyCodeOrd::Char(c) if !key.ctrl && c.to_ascii_lowercase() == t.no_key => ctx.close(),
            KeyCodeOrd::Esc => ctx.close(),
            _ => return false,
        }
        true
    }

    /// Every other action waits for the answer.
    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        if Some(a) == self.again {
            self.yes(ctx);
        } else if a == Action::Close {
            ctx.close();
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        let words = self.question.chars().count() as u16;
        let w = (words + 4).clamp(40, 70);
        let lines = words.div_ceil(w - 4).max(1);
        let r = centered(area, w, lines + 2);
        f.render_widget(Clear, r);
        let b = block(&self.title, &ui.theme);
        let inner = b.inner(r);
        f.render_widget(b, r);
        f.render_widget(
            Paragraph::new(self.question.as_str()).wrap(Wrap { trim: true }),
            inner,
        );
    }

    fn hints(&self, _ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::testing::{ui, with_ctx};

    fn press(c: &mut Confirm, code: KeyCodeOrd) -> Vec<&'static str> {
        let key = Chord {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        };
        let ui = ui();
        with_ctx(&ui, |ctx| c.key(&key, ctx)).1
    }

    #[test]
    fn yes_closes_the_question_then_runs_the_command_once() {
        let mut c = Confirm::new("Quit", "Quit? (y/n)", |ctx| ctx.quit());
        assert_eq!(press(&mut c, KeyCodeOrd::Char('Y')), vec!["close", "quit"]);
        assert_eq!(press(&mut c, KeyCodeOrd::Char('y')), vec!["close"]);
    }

    #[test]
    fn no_and_esc_only_close_it() {
        let mut c = Confirm::discard("Contract", "Discard? (y/n)");
        assert_eq!(press(&mut c, KeyCodeOrd::Char('n')), vec!["close"]);
        assert_eq!(press(&mut c, KeyCodeOrd::Esc), vec!["close"]);
        assert_eq!(press(&mut c, KeyCodeOrd::Char('y')), vec!["close", "close"]);
    }

    #[test]
    fn the_asking_action_again_says_yes_and_others_wait() {
        let ui = ui();
        let mut c = Confirm::new("Quit", "Quit?", |ctx| ctx.quit()).or_again(Action::Quit);
        let (taken, cmds) = with_ctx(&ui, |ctx| c.action(Action::Save, ctx));
        assert!(taken && cmds.is_empty());
        let (_, cmds) = with_ctx(&ui, |ctx| c.action(Action::Quit, ctx));
        assert_eq!(cmds, vec!["close", "quit"]);
    }
}
