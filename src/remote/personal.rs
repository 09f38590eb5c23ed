//! A TUI that holds the data serves its own Unix user on `kis.sock`, so that
//! `kis report`, `kis lookup` and the other commands are not shut out while it
//! is open. Same server code as `kis serve`, in `Mode::Personal`; the TUI's own
//! desk is shared with it and hears of the changes made through the socket.

use super::server::{self, Config, Mode, Shared};
use crate::desk::door::{Door, DoorEvent};
use crate::desk::{Actor, Desk, DeskError, Request, Response};
use crate::text::Lang;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// The running personal server; stopping it (drop) removes the socket.
pub struct Personal {
    shared: Arc<Shared>,
    sock: PathBuf,
    accept: Option<JoinHandle<()>>,
}

impl Personal {
    /// Serves `desk` (which holds the data lock) on the data directory's socket.
    pub fn start(
        desk: Arc<Desk>,
        host: Arc<Mutex<Vec<DoorEvent>>>,
        config: Config,
    ) -> Result<Personal, String> {
        let sock = super::socket_path(desk.store().dir());
        // We hold the data lock, so whatever socket is there is left over.
        if sock.exists() {
            std::fs::remove_file(&sock).map_err(|e| format!("{}: {e}", sock.display()))?;
        }
        let listener = server::bind_with_mode(&sock, 0o600)?;
        let shared = Shared::new(desk, config, Some(host));
        let looping = Arc::clone(&shared);
        let accept = std::thread::Builder::new()
            .name("kis-personal".into())
            .spawn(move || server::accept(&looping, &listener))
            .map_err(|e| {
                let _ = std::fs::remove_file(&sock);
                e.to_string()
            })?;
        Ok(Personal {
            shared,
            sock,
            accept: Some(accept),
        })
    }
}

impl Drop for Personal {
    fn drop(&mut self) {
        self.shared.stop(&self.sock);
        if let Some(a) = self.accept.take() {
            let _ = a.join();
        }
        server::shut_down(&self.shared, &self.sock);
    }
}

/// The TUI's door onto the desk in this process, shared with its personal server.
pub struct HostDoor {
    desk: Arc<Desk>,
    actor: Actor,
    events: Arc<Mutex<Vec<DoorEvent>>>,
    server: Option<Personal>,
}

impl HostDoor {
    /// Opens the door and serves the socket; gives why it could not be served.
    pub fn serve(desk: Desk, actor: Actor) -> (HostDoor, Option<String>) {
        let desk = Arc::new(desk);
        let events = Arc::new(Mutex::new(Vec::new()));
        super::log::mute();
        let started = Personal::start(
            Arc::clone(&desk),
            Arc::clone(&events),
            Config::new(Mode::Personal),
        );
        let (server, why) = match started {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        };
        let door = HostDoor {
            desk,
            actor,
            events,
            server,
        };
        (door, why)
    }
}

impl Drop for HostDoor {
    fn drop(&mut self) {
        // The socket goes first, while the desk is still whole.
        self.server.take();
    }
}

impl Door for HostDoor {
    fn ask(&self, req: Request) -> Result<Response, DeskError> {
        self.desk.handle(&self.actor, req)
    }

    fn lang(&self) -> Lang {
        self.desk.lang
    }

    fn poll(&self) -> Vec<DoorEvent> {
        std::mem::take(&mut *self.events.lock().unwrap_or_else(|p| p.into_inner()))
    }
}
