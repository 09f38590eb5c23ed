//! `kis serve`: owns the database and answers clients on `kis.sock`. Each
//! connection has a reader thread (its requests, in order) and a writer thread
//! (its answers and the change events pushed to it), so a slow or silent client
//! holds up nobody else.

use super::frame::{self, Ask, Failure, HelloRead, ServerMsg, Welcome};
use super::log::{error, info, warn};
use super::unix;
use crate::desk::{Actor, ChangeNote, Desk, Request, Response};
use crate::store::{Options, Store};
use crate::text::Lang;
use std::cell::Cell;
use std::collections::HashMap;
use std::io::ErrorKind;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;
use std::time::Duration;

/// A client that opened the socket has this long to say hello.
const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// A client that does not take its frames for this long is cut off.
const WRITE_TIMEOUT: Duration = Duration::from_secs(20);
/// Frames waiting for one client; a client this far behind is disconnected
/// (it reconnects and reads everything again).
const OUTBOX: usize = 512;

type Outbox = SyncSender<Arc<Vec<u8>>>;

struct Client {
    who: String,
    outbox: Outbox,
    stream: UnixStream,
}

/// The connected clients, for pushing change events.
#[derive(Default)]
struct Clients {
    map: Mutex<HashMap<u64, Client>>,
}

thread_local! {
    /// The connection whose request is being answered on this thread: its own
    /// changes are not pushed back to it.
    static CURRENT: Cell<u64> = const { Cell::new(0) };
}

impl Clients {
    fn broadcast(&self, note: ChangeNote) {
        let frame = Arc::new(frame::encode(&ServerMsg::Changed(note)));
        let me = CURRENT.with(Cell::get);
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|id, c| {
            if *id == me {
                return true;
            }
            match c.outbox.try_send(Arc::clone(&frame)) {
                Ok(()) => true,
                Err(TrySendError::Full(_)) => {
                    warn(&format!(
                        "{}: too far behind with change events; disconnected (it will reconnect)",
                        c.who
                    ));
                    let _ = c.stream.shutdown(std::net::Shutdown::Both);
                    false
                }
                Err(TrySendError::Disconnected(_)) => false,
            }
        });
    }
}

struct Shared {
    desk: Desk,
    clients: Arc<Clients>,
    /// Requests hold it shared; shutdown takes it whole, so it waits for those in flight.
    gate: RwLock<()>,
    stopping: AtomicBool,
    next_id: AtomicU64,
    /// Each connection's writer thread, so a stop can let them drain.
    writers: Mutex<HashMap<u64, JoinHandle<()>>>,
}

/// Runs the server until SIGTERM or SIGINT.
pub fn serve(data: &Path, lang: Lang) -> Result<(), String> {
    let sock = super::socket_path(data);
    let stale = match UnixStream::connect(&sock) {
        Ok(_) => {
            return Err(format!(
                "kis serve is already running on {} (its socket {} answers)",
                data.display(),
                sock.display()
            ))
        }
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => true,
        Err(_) => false,
    };
    let store = Store::open(data, &Options::default()).map_err(|e| e.to_string())?;
    let desk = Desk::new(store, lang).map_err(|e| e.message(lang))?;
    if stale || sock.exists() {
        // We hold the data lock, so no live server can own this socket.
        std::fs::remove_file(&sock).map_err(|e| format!("{}: {e}", sock.display()))?;
        warn(&format!(
            "removed the socket {} left by a server that had stopped",
            sock.display()
        ));
    }
    let listener = bind(&sock)?;
    let clients = Arc::new(Clients::default());
    let to_clients = Arc::clone(&clients);
    desk.on_change(Box::new(move |note| to_clients.broadcast(note)));
    let shared = Arc::new(Shared {
        desk,
        clients,
        gate: RwLock::new(()),
        stopping: AtomicBool::new(false),
        next_id: AtomicU64::new(1),
        writers: Mutex::new(HashMap::new()),
    });
    watch_signals(Arc::clone(&shared), sock.clone())?;
    info(&format!(
        "kis {} serving {} on {}",
        env!("CARGO_PKG_VERSION"),
        data.display(),
        sock.display()
    ));
    for conn in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        match conn {
            Ok(stream) => {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || connection(shared, stream));
            }
            Err(e) => warn(&format!("accept: {e}")),
        }
    }
    shut_down(&shared, &sock);
    Ok(())
}

fn bind(sock: &PathBuf) -> Result<UnixListener, String> {
    let listener = UnixListener::bind(sock).map_err(|e| format!("{}: {e}", sock.display()))?;
    std::fs::set_permissions(sock, std::fs::Permissions::from_mode(0o660))
        .map_err(|e| format!("{}: {e}", sock.display()))?;
    match unix::group_id("kis") {
        Some(gid) => match unix::chgrp(sock, gid) {
            Ok(()) => info("socket mode 0660, group kis"),
            Err(e) => warn(&format!(
                "cannot give the socket to group kis ({e}); only {} can connect",
                crate::store::current_login()
            )),
        },
        None => info(&format!(
            "no group kis on this machine: only {} (and its group) can connect",
            crate::store::current_login()
        )),
    }
    Ok(listener)
}

fn watch_signals(shared: Arc<Shared>, sock: PathBuf) -> Result<(), String> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGINT]).map_err(|e| e.to_string())?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            info(&format!(
                "signal {sig}: finishing the requests in flight, then stopping"
            ));
            shared.stopping.store(true, Ordering::SeqCst);
            // Wake the accept loop.
            let _ = UnixStream::connect(&sock);
        }
    });
    Ok(())
}

fn shut_down(shared: &Shared, sock: &Path) {
    let _all = shared.gate.write().unwrap_or_else(|p| p.into_inner());
    {
        let mut map = shared.clients.map.lock().unwrap_or_else(|p| p.into_inner());
        for c in map.values() {
            // Reading stops; what is queued for the client is still written.
            let _ = c.stream.shutdown(std::net::Shutdown::Read);
        }
        map.clear();
    }
    // Let the writers send what is queued; one stuck on a client that does not
    // read is not waited for past its write timeout.
    let mut writers: Vec<JoinHandle<()>> = shared
        .writers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .drain()
        .map(|(_, h)| h)
        .collect();
    let until = std::time::Instant::now() + WRITE_TIMEOUT;
    while !writers.is_empty() && std::time::Instant::now() < until {
        writers.retain(|w| !w.is_finished());
        std::thread::sleep(Duration::from_millis(10));
    }
    if let Err(e) = shared.desk.store().flush() {
        error(&format!("flush: {e}"));
    }
    let _ = std::fs::remove_file(sock);
    info("stopped");
}

fn connection(shared: Arc<Shared>, stream: UnixStream) {
    if shared.stopping.load(Ordering::SeqCst) {
        return;
    }
    let (uid, pid) = match unix::peer(&stream) {
        Ok(p) => p,
        Err(e) => {
            warn(&format!("cannot tell who connected ({e}); closed"));
            return;
        }
    };
    let login = crate::store::login_of(uid).unwrap_or_else(|| format!("uid{uid}"));
    let who = format!("{login} (pid {pid})");
    let Some((actor, me)) = handshake(&shared, &stream, uid, &login, &who) else {
        return;
    };
    let who = if actor.login == login {
        who
    } else {
        format!("{who} as {}", actor.login)
    };
    info(&format!("{who} connected as {}", me.role));
    let id = shared.next_id.fetch_add(1, Ordering::SeqCst);
    let (outbox, frames) = sync_channel::<Arc<Vec<u8>>>(OUTBOX);
    let (Ok(mut reader), Ok(mut writer), Ok(control)) =
        (stream.try_clone(), stream.try_clone(), stream.try_clone())
    else {
        warn(&format!("{who}: cannot share the socket; closed"));
        return;
    };
    let _ = writer.set_write_timeout(Some(WRITE_TIMEOUT));
    let writer_who = who.clone();
    let handle = std::thread::spawn(move || {
        for f in frames {
            if let Err(e) = frame::write_frame(&mut writer, &f) {
                warn(&format!("{writer_who}: {e}; disconnected"));
                let _ = writer.shutdown(std::net::Shutdown::Both);
                break;
            }
        }
    });
    shared
        .writers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id, handle);
    shared
        .clients
        .map
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(
            id,
            Client {
                who: who.clone(),
                outbox: outbox.clone(),
                stream: control,
            },
        );
    CURRENT.with(|c| c.set(id));
    let _ = stream.set_read_timeout(None);
    loop {
        let bytes = match frame::read_frame(&mut reader, frame::REQUEST_MAX) {
            Ok(b) => b,
            Err(frame::FrameError::Closed) => break,
            Err(e) => {
                warn(&format!("{who}: {e}; connection closed"));
                break;
            }
        };
        let ask: Ask = match frame::decode(&bytes) {
            Ok(a) => a,
            Err(e) => {
                warn(&format!("{who}: malformed frame ({e}); connection closed"));
                break;
            }
        };
        // The answer is queued before the gate is let go, so a stop that
        // waited for this request also sends its answer.
        let _serving = shared.gate.read().unwrap_or_else(|p| p.into_inner());
        let result = if shared.stopping.load(Ordering::SeqCst) {
            Err(Failure {
                pl: "serwer kis się zatrzymuje; nic nie zapisano".into(),
                en: "the kis server is stopping; nothing was saved".into(),
            })
        } else {
            answer(&shared.desk, &actor, ask.request)
        };
        let msg = ServerMsg::Answer { id: ask.id, result };
        if outbox.send(Arc::new(frame::encode(&msg))).is_err() {
            break;
        }
    }
    drop(outbox);
    shared
        .clients
        .map
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&id);
    let writer = shared
        .writers
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&id);
    if let Some(w) = writer {
        let _ = w.join();
    }
    info(&format!("{who} disconnected"));
}

fn answer(desk: &Desk, actor: &Actor, req: Request) -> Result<Response, Failure> {
    desk.handle(actor, req).map_err(|e| Failure::from(&e))
}

/// Reads the hello and answers it; gives who the client acts as.
fn handshake(
    shared: &Shared,
    stream: &UnixStream,
    uid: u32,
    login: &str,
    who: &str,
) -> Option<(Actor, crate::desk::Me)> {
    let mut s = stream;
    let _ = stream.set_read_timeout(Some(HELLO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let bytes = match frame::read_frame(&mut s, frame::HELLO_MAX) {
        Ok(b) => b,
        Err(frame::FrameError::Io(e))
            if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
        {
            warn(&format!(
                "{who}: said nothing for {} s; connection closed",
                HELLO_TIMEOUT.as_secs()
            ));
            return None;
        }
        Err(frame::FrameError::Closed) => return None,
        Err(e) => {
            warn(&format!("{who}: bad hello ({e}); connection closed"));
            return None;
        }
    };
    let refuse = |pl: String, en: String| {
        warn(&format!("{who}: refused: {en}"));
        let mut s = stream;
        let _ = frame::write_frame(&mut s, &frame::refusal_frame(&pl, &en));
        None
    };
    let hello = match frame::read_hello(&bytes) {
        HelloRead::Ours(h) => h,
        HelloRead::NotKis => {
            warn(&format!("{who}: not a kis hello; connection closed"));
            return None;
        }
        HelloRead::Protocol(v) => {
            let ours = frame::PROTOCOL;
            return if v < ours {
                refuse(
                    format!("ten kis mówi protokołem {v}, a serwer {ours}: zaktualizuj kis na tym komputerze (serwer jest nowszy)"),
                    format!("this kis speaks protocol {v} and the server {ours}: upgrade kis on this machine (the server is newer)"),
                )
            } else {
                refuse(
                    format!("ten kis mówi protokołem {v}, a serwer {ours}: serwer jest starszy; administrator uruchamia go ponownie po aktualizacji (systemctl restart kis)"),
                    format!("this kis speaks protocol {v} and the server {ours}: the server is older; an admin restarts it after the upgrade (systemctl restart kis)"),
                )
            };
        }
    };
    // Whoever runs the server (or root) can read the data files anyway.
    let owner = uid == unix::euid() || uid == 0;
    let actor = match hello.act_as {
        Some(other) if owner => Actor {
            login: other,
            owner: false,
        },
        Some(other) => {
            return refuse(
                format!("{login} nie może działać jako {other}: tylko konto serwera kis"),
                format!("{login} may not act as {other}: only the account that runs kis serve"),
            )
        }
        None => Actor {
            login: login.to_string(),
            owner,
        },
    };
    let me = match shared.desk.handle(&actor, Request::Whoami) {
        Ok(Response::Me(me)) => me,
        Ok(_) => return None,
        // An unknown login is named in the refusal.
        Err(e) => return refuse(e.message(Lang::Pl), e.message(Lang::En)),
    };
    let welcome = Welcome {
        kis: env!("CARGO_PKG_VERSION").to_string(),
        me: me.clone(),
    };
    if frame::write_frame(&mut s, &frame::welcome_frame(&welcome)).is_err() {
        return None;
    }
    info(&format!("{who}: kis {}", hello.kis));
    Some((actor, me))
}
