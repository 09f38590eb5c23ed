//! The way to the desk: in this process, or through `kis serve`. The TUI and
//! the CLI speak to a `Door` and do not know which.

use super::{Actor, ChangeNote, Desk, DeskError, Request, Response};
use crate::text::Lang;

/// Where the answers come from, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// This process opened the database.
    Local,
    /// Connected to `kis serve`.
    Server,
    /// The server went away; reconnecting.
    Lost,
}

/// What happened since the last `poll`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DoorEvent {
    /// Somebody committed a change.
    Changed(ChangeNote),
    /// The server stopped answering.
    Lost,
    /// Connected again after `Lost`.
    Regained,
}

pub trait Door {
    fn ask(&self, req: Request) -> Result<Response, DeskError>;
    fn lang(&self) -> Lang;
    /// Pushed changes and connection news; never blocks.
    fn poll(&self) -> Vec<DoorEvent> {
        Vec::new()
    }
    fn link(&self) -> Link {
        Link::Local
    }
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
