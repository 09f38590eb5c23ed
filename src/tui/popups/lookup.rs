//! The phone-call path: Ctrl+F anywhere, type a few letters, Enter opens the card.

use crate::tui::action::Action;
use crate::tui::app::{Ctx, Layer, TextMode, Ui};
use crate::tui::components::person_picker::{PersonPicker, Picked};
use crate::tui::keymap::Chord;
use ratatui::layout::Rect;
use ratatui::Frame;

#[derive(Default)]
pub struct Lookup {
    picker: PersonPicker,
}

impl Layer for Lookup {
    fn text_mode(&self) -> TextMode {
        TextMode::TextFirst
    }

    fn key(&mut self, key: &Chord, ctx: &mut Ctx) -> bool {
        self.picker.key(key, ctx)
    }

    fn action(&mut self, a: Action, ctx: &mut Ctx) -> bool {
        match self.picker.action(a) {
            Some(Picked::Person(h)) => {
                ctx.close();
                ctx.open_card(&h.participant_id);
            }
            Some(Picked::Cancelled) => ctx.close(),
            Some(Picked::Choosing) => {}
            None if a == Action::Lookup => {}
            None => return false,
        }
        true
    }

    fn draw(&self, f: &mut Frame, area: Rect, ui: &Ui) {
        self.picker
            .draw(f, PersonPicker::area(area), ui, ui.text.lookup_title);
    }

    fn hints(&self, ui: &Ui) -> Vec<(Action, &'static str)> {
        vec![
            (Action::Confirm, ui.text.hint_open),
            (Action::Down, ui.text.hint_choose),
            (Action::Close, ui.text.hint_back),
        ]
    }
}
