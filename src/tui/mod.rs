//! The terminal UI: events → keymap → `Action` → the top popup or the focused
//! screen → state; `draw` is a pure function of that state.

pub mod action;
pub mod app;
pub mod form;
pub mod keymap;
pub mod popups;
pub mod sanitize;
pub mod screens;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod widgets;

use crate::desk::{Actor, Desk, DeskError, Request, Response};
use crate::text::Lang;

/// The way to the desk: in this process, or (later) through `kis serve`.
pub trait Door {
    fn ask(&self, req: Request) -> Result<Response, DeskError>;
    fn lang(&self) -> Lang;
}

pub struct LocalDoor {
    pub desk: Desk,
    pub actor: Actor,
}

impl Door for LocalDoor {
    fn ask(&self, req: Request) -> Result<Response, DeskError> {
        self.desk.handle(&self.actor, req)
    }

    fn lang(&self) -> Lang {
        self.desk.lang
    }
}
