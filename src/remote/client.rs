//! The client side of `kis serve`: a `Door` whose answers come over the socket.
//! A reader thread takes answers and pushed change events off the socket; when
//! the server goes away the door says so and connects again by itself.

use super::frame::{self, Ask, Hello, ServerMsg};
use crate::desk::door::{Door, DoorEvent, Link};
use crate::desk::{DeskError, Me, Request, Response};
use crate::text::catalog::{both, RemoteText};
use crate::text::Lang;
use std::io::ErrorKind;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the server may take to greet us.
const HELLO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long an answer may take (a year report over a big club takes seconds).
const ANSWER_TIMEOUT: Duration = Duration::from_secs(300);
/// Between reconnection attempts while the server is away.
const RETRY_EVERY: Duration = Duration::from_secs(1);

type Answer = (u64, Result<Response, frame::Failure>);

struct Conn {
    out: UnixStream,
    answers: Receiver<Answer>,
    alive: Arc<AtomicBool>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        // The reader thread holds a clone of the socket: end it too.
        let _ = self.out.shutdown(std::net::Shutdown::Both);
    }
}

pub struct RemoteDoor {
    path: PathBuf,
    lang: Lang,
    act_as: Option<String>,
    conn: Mutex<Option<Conn>>,
    events: Arc<Mutex<Vec<DoorEvent>>>,
    next_id: AtomicU64,
    last_try: Mutex<Instant>,
    /// Who the server says we are.
    pub me: Me,
}

/// Why no connection was made.
pub enum NoServer {
    /// No socket, or a socket nobody answers: open the database directly.
    Absent,
    /// A server answered and refused, or could not be reached: say why.
    Refused(DeskError),
}

/// A message of the client in both languages.
fn remote(text: impl Fn(&RemoteText) -> String) -> DeskError {
    let (pl, en) = both(|c| text(&c.remote));
    DeskError::Remote { pl, en }
}

fn unreachable(path: &Path, e: &std::io::Error) -> DeskError {
    remote(|t| (t.cannot_connect)(path, e))
}

fn lost() -> DeskError {
    remote(|t| t.connection_broke.into())
}

fn away() -> DeskError {
    remote(|t| t.server_not_answering.into())
}

/// Connects and says hello.
fn open(
    path: &Path,
    act_as: Option<&str>,
    events: &Arc<Mutex<Vec<DoorEvent>>>,
) -> Result<(Conn, Me), NoServer> {
    let stream = match UnixStream::connect(path) {
        Ok(s) => s,
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::ConnectionRefused) => {
            return Err(NoServer::Absent)
        }
        Err(e) => return Err(NoServer::Refused(unreachable(path, &e))),
    };
    let io = |e: std::io::Error| NoServer::Refused(unreachable(path, &e));
    stream.set_read_timeout(Some(HELLO_TIMEOUT)).map_err(io)?;
    let mut s = &stream;
    let hello = Hello {
        kis: env!("CARGO_PKG_VERSION").to_string(),
        act_as: act_as.map(str::to_string),
    };
    // A server that refuses at once (too many connections) may have closed
    // before the hello went out: its refusal is still there to read.
    let sent = frame::write_frame(&mut s, &frame::hello_frame(&hello));
    let reply = frame::read_frame(&mut s, 64 * 1024).map_err(|e| match sent {
        Err(w) => io(w),
        Ok(()) => NoServer::Refused(remote(|t| (t.no_greeting)(&e))),
    })?;
    let welcome = frame::read_welcome(&reply).map_err(NoServer::Refused)?;
    stream.set_read_timeout(None).map_err(io)?;
    let (tx, answers) = channel();
    let alive = Arc::new(AtomicBool::new(true));
    let mut reader = stream.try_clone().map_err(io)?;
    let (flag, inbox) = (Arc::clone(&alive), Arc::clone(events));
    std::thread::spawn(move || {
        loop {
            let msg = frame::read_frame(&mut reader, frame::ANSWER_MAX)
                .map_err(|e| e.to_string())
                .and_then(|b| frame::decode::<ServerMsg>(&b));
            match msg {
                Ok(ServerMsg::Answer { id, result }) => {
                    if tx.send((id, result)).is_err() {
                        break;
                    }
                }
                Ok(ServerMsg::Changed(note)) => inbox
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(DoorEvent::Changed(note)),
                Err(_) => break,
            }
        }
        flag.store(false, Ordering::SeqCst);
        inbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(DoorEvent::Lost);
    });
    Ok((
        Conn {
            out: stream,
            answers,
            alive,
        },
        welcome.me,
    ))
}

impl RemoteDoor {
    /// Connects to the server on this data directory, if one runs.
    pub fn connect(
        data: &Path,
        lang: Lang,
        act_as: Option<String>,
    ) -> Result<RemoteDoor, NoServer> {
        let path = super::socket_path(data);
        let events = Arc::new(Mutex::new(Vec::new()));
        let (conn, me) = open(&path, act_as.as_deref(), &events)?;
        Ok(RemoteDoor {
            path,
            lang,
            act_as,
            conn: Mutex::new(Some(conn)),
            events,
            next_id: AtomicU64::new(1),
            last_try: Mutex::new(Instant::now()),
            me,
        })
    }

    /// Connects again if the connection is gone; true if it is up.
    fn ensure(&self, slot: &mut Option<Conn>) -> Result<(), DeskError> {
        if slot
            .as_ref()
            .is_some_and(|c| c.alive.load(Ordering::SeqCst))
        {
            return Ok(());
        }
        *self.last_try.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        match open(&self.path, self.act_as.as_deref(), &self.events) {
            Ok((conn, _)) => {
                // The reader of the old connection already said Lost.
                *slot = Some(conn);
                self.events
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(DoorEvent::Regained);
                Ok(())
            }
            Err(NoServer::Refused(e)) => Err(e),
            Err(NoServer::Absent) => Err(away()),
        }
    }
}

impl Door for RemoteDoor {
    fn ask(&self, request: Request) -> Result<Response, DeskError> {
        let mut slot = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        self.ensure(&mut slot)?;
        let conn = slot.as_mut().expect("ensured above");
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let max = match request {
            Request::Import { .. } => frame::IMPORT_MAX,
            _ => frame::REQUEST_MAX,
        };
        let bytes = frame::encode(&Ask { id, request });
        if bytes.len() > max as usize {
            return Err(remote(|t| {
                (t.request_too_big)(bytes.len() >> 20, max >> 20)
            }));
        }
        if frame::write_frame(&mut conn.out, &bytes).is_err() {
            conn.alive.store(false, Ordering::SeqCst);
            return Err(away());
        }
        let deadline = Instant::now() + ANSWER_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match conn.answers.recv_timeout(left) {
                Ok((got, result)) if got == id => return result.map_err(DeskError::from),
                Ok(_) => continue,
                Err(RecvTimeoutError::Disconnected) => return Err(lost()),
                Err(RecvTimeoutError::Timeout) => {
                    // Drop this connection: a late answer must not pass for the next one's.
                    conn.alive.store(false, Ordering::SeqCst);
                    let _ = conn.out.shutdown(std::net::Shutdown::Both);
                    return Err(lost());
                }
            }
        }
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn poll(&self) -> Vec<DoorEvent> {
        if self.link() == Link::Lost {
            let due = self
                .last_try
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .elapsed()
                >= RETRY_EVERY;
            if due {
                if let Ok(mut slot) = self.conn.try_lock() {
                    let _ = self.ensure(&mut slot);
                }
            }
        }
        std::mem::take(&mut *self.events.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn link(&self) -> Link {
        match self.conn.try_lock() {
            Ok(slot)
                if slot
                    .as_ref()
                    .is_some_and(|c| c.alive.load(Ordering::SeqCst)) =>
            {
                Link::Server
            }
            Ok(_) => Link::Lost,
            // Busy asking: it was up a moment ago.
            Err(_) => Link::Server,
        }
    }
}
