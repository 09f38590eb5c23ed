//! Which way a command reaches the data: the socket when a server (or a TUI
//! that serves its own user) holds it, the database itself when nobody does.

use super::{data_dir, lang, Cli, Failure};
use crate::desk::door::{Door, LocalDoor};
use crate::desk::{Actor, Desk};
use crate::remote::client::{NoServer, RemoteDoor};
use crate::store::lock::{holder, Holder, HolderRole};
use crate::text::catalog::{catalog, CliText};
use std::time::{Duration, Instant};

/// How long a command waits for the socket of a server that holds the data
/// but is still starting (opening a big club takes seconds).
pub const WAIT_FOR_SOCKET: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// Whom to connect as, and where.
pub struct Opening<'a> {
    pub cli: &'a Cli,
    /// This process is the TUI: it serves the socket itself when it opens the data.
    pub tui: bool,
}

/// The socket if it answers; the data if nobody holds it; else waits for the
/// socket of a holder that serves it.
pub fn connect_or_open(o: Opening) -> Result<Result<Box<dyn Door>, Desk>, Failure> {
    let lang = lang(o.cli);
    let data = data_dir(o.cli);
    let until = Instant::now() + WAIT_FOR_SOCKET;
    loop {
        match RemoteDoor::connect(&data, lang, o.cli.as_user.clone()) {
            Ok(door) => return Ok(Ok(Box::new(door))),
            Err(NoServer::Refused(e)) => return Err(Failure::new(e.message(lang))),
            Err(NoServer::Absent) => {}
        }
        match holder(&data) {
            Some(h) if h.serves() && Instant::now() < until => {
                std::thread::sleep(POLL);
                continue;
            }
            Some(h) if h.serves() => {
                let t = &catalog(lang).cli;
                return Err(Failure::new((t.socket_did_not_answer)(
                    &named(&h, t),
                    WAIT_FOR_SOCKET.as_secs(),
                )));
            }
            _ => {}
        }
        if o.cli.as_user.is_some() {
            return Err(Failure::new((catalog(lang).cli.as_needs_a_server)(&data)));
        }
        if o.tui {
            crate::store::lock::set_role(HolderRole::Tui);
        }
        match super::open_desk(o.cli) {
            Ok(desk) => return Ok(Err(desk)),
            Err(f) => match holder(&data) {
                // A server took the data between the look and the open.
                Some(h) if h.serves() && Instant::now() < until => {}
                _ => return Err(f),
            },
        }
    }
}

/// The door of a command: through the socket, or the desk in this process.
pub fn for_command(cli: &Cli) -> Result<Box<dyn Door>, Failure> {
    Ok(match connect_or_open(Opening { cli, tui: false })? {
        Ok(door) => door,
        Err(desk) => Box::new(LocalDoor {
            desk,
            actor: Actor::local(),
        }),
    })
}

/// Refuses what needs the data to itself while a server or a TUI holds it.
pub fn need_it_alone(cli: &Cli) -> Result<(), Failure> {
    let data = data_dir(cli);
    let t = &catalog(lang(cli)).cli;
    match holder(&data) {
        Some(h) if h.role == HolderRole::Tui => {
            Err(Failure::new((t.close_the_tui_first)(&data, &named(&h, t))))
        }
        _ => Ok(()),
    }
}

/// The holder as these messages name it.
fn named(h: &Holder, t: &CliText) -> String {
    (t.holder)(h.pid, h.user.as_deref(), h.same_user)
}
