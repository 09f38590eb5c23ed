//! `kis serve`: owns the database and answers clients on `kis.sock`. Each
//! connection has a reader thread (its requests, in order) and a writer thread
//! (its answers and the change events pushed to it), so a slow or silent client
//! holds up nobody else. The same code serves a TUI's own user while it holds
//! the data (`Mode::Personal`, see `personal.rs`).

use super::frame::{self, Ask, Failure, HelloRead, ServerMsg, Welcome};
use super::log::{error, info, warn};
use super::unix;
use crate::desk::door::DoorEvent;
use crate::desk::{Actor, ChangeNote, Desk, Request, Response};
use crate::domain::staff::Permission;
use crate::text::catalog::{both, catalog};
use crate::text::Lang;
use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, ErrorKind, Read};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A client that opened the socket has this long for its whole hello.
pub const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// A client that does not take its frames for this long is cut off.
const WRITE_TIMEOUT: Duration = Duration::from_secs(20);
/// Frames waiting for one client; a client this far behind is disconnected
/// (it reconnects and reads everything again).
const OUTBOX: usize = 512;
/// Connections of one Unix user at once (a TUI and a few commands need a handful).
pub const MAX_PER_UID: usize = 16;
/// Connections at once: two threads each.
pub const MAX_TOTAL: usize = 128;

/// Starts a thread; tests put in one that fails.
pub type Spawn = Arc<dyn Fn(Box<dyn FnOnce() + Send>) -> io::Result<JoinHandle<()>> + Send + Sync>;

/// Who may connect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `kis serve`: the staff, by their Unix user.
    Shared,
    /// A TUI that holds the data: its own Unix user only.
    Personal,
}

/// How a server takes connections.
#[derive(Clone)]
pub struct Config {
    pub mode: Mode,
    pub hello: Duration,
    pub per_uid: usize,
    pub total: usize,
    pub spawn: Spawn,
}

impl Config {
    pub fn new(mode: Mode) -> Config {
        Config {
            mode,
            hello: HELLO_TIMEOUT,
            per_uid: MAX_PER_UID,
            total: MAX_TOTAL,
            spawn: Arc::new(|f| std::thread::Builder::new().spawn(f)),
        }
    }
}

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
    /// A personal server's TUI: told of the changes made through the socket.
    host: Option<Arc<Mutex<Vec<DoorEvent>>>>,
}

thread_local! {
    /// The connection whose request is being answered on this thread: its own
    /// changes are not pushed back to it.
    static CURRENT: Cell<u64> = const { Cell::new(0) };
}

impl Clients {
    fn broadcast(&self, note: ChangeNote) {
        let me = CURRENT.with(Cell::get);
        if let (Some(host), true) = (&self.host, me != 0) {
            host.lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(DoorEvent::Changed(note.clone()));
        }
        let frame = Arc::new(frame::encode(&ServerMsg::Changed(note)));
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

pub(super) struct Shared {
    desk: Arc<Desk>,
    clients: Arc<Clients>,
    /// Requests hold it shared; shutdown takes it whole, so it waits for those in flight.
    gate: RwLock<()>,
    stopping: AtomicBool,
    next_id: AtomicU64,
    /// Each connection's writer thread, so a stop can let them drain.
    writers: Mutex<HashMap<u64, JoinHandle<()>>>,
    config: Config,
    /// Connections open now, in all and per Unix user.
    counts: Mutex<Counts>,
}

#[derive(Default)]
struct Counts {
    total: usize,
    by_uid: HashMap<u32, usize>,
}

/// A connection's place in the counts, given back when it is dropped.
struct Slot {
    shared: Arc<Shared>,
    uid: u32,
}

impl Slot {
    /// A place for one more connection of `uid`, or why there is none.
    fn take(shared: &Arc<Shared>, uid: u32) -> Result<Slot, (String, String)> {
        let mut c = shared.counts.lock().unwrap_or_else(|p| p.into_inner());
        let (per_uid, total) = (shared.config.per_uid, shared.config.total);
        let mine = c.by_uid.get(&uid).copied().unwrap_or(0);
        if mine >= per_uid {
            return Err(both(|c| (c.remote.too_many_from_account)(mine, per_uid)));
        }
        if c.total >= total {
            let now = c.total;
            return Err(both(|c| (c.remote.too_many_connections)(now, total)));
        }
        c.total += 1;
        *c.by_uid.entry(uid).or_insert(0) += 1;
        Ok(Slot {
            shared: Arc::clone(shared),
            uid,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut c = self.shared.counts.lock().unwrap_or_else(|p| p.into_inner());
        c.total -= 1;
        if let Some(n) = c.by_uid.get_mut(&self.uid) {
            *n -= 1;
            if *n == 0 {
                c.by_uid.remove(&self.uid);
            }
        }
    }
}

impl Shared {
    /// A server over `desk`; its changes are pushed to the clients (and to `host`).
    pub(super) fn new(
        desk: Arc<Desk>,
        config: Config,
        host: Option<Arc<Mutex<Vec<DoorEvent>>>>,
    ) -> Arc<Shared> {
        let clients = Arc::new(Clients {
            map: Mutex::default(),
            host,
        });
        let to_clients = Arc::clone(&clients);
        desk.on_change(Box::new(move |note| to_clients.broadcast(note)));
        Arc::new(Shared {
            desk,
            clients,
            gate: RwLock::new(()),
            stopping: AtomicBool::new(false),
            next_id: AtomicU64::new(1),
            writers: Mutex::new(HashMap::new()),
            config,
            counts: Mutex::default(),
        })
    }

    /// Stops taking connections: the accept loop ends at its next wake-up.
    pub(super) fn stop(&self, sock: &Path) {
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = UnixStream::connect(sock);
    }
}

/// Runs the server until SIGTERM or SIGINT, on the desk that `open` opens
/// once no other server answers on `data`.
pub fn serve(
    data: &Path,
    lang: Lang,
    open: impl FnOnce() -> Result<Desk, String>,
) -> Result<(), String> {
    let sock = super::socket_path(data);
    let stale = match UnixStream::connect(&sock) {
        Ok(_) => return Err((catalog(lang).remote.already_serving)(data, &sock)),
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => true,
        Err(_) => false,
    };
    let desk = open()?;
    if stale || sock.exists() {
        // We hold the data lock, so no live server can own this socket.
        std::fs::remove_file(&sock).map_err(|e| format!("{}: {e}", sock.display()))?;
        warn(&format!(
            "removed the socket {} left by a server that had stopped",
            sock.display()
        ));
    }
    let listener = bind(&sock)?;
    let shared = Shared::new(Arc::new(desk), Config::new(Mode::Shared), None);
    watch_signals(Arc::clone(&shared), sock.clone())?;
    info(&format!(
        "kis {} serving {} on {}",
        env!("CARGO_PKG_VERSION"),
        data.display(),
        sock.display()
    ));
    accept(&shared, &listener);
    shut_down(&shared, &sock);
    Ok(())
}

/// Takes connections until the server stops.
pub(super) fn accept(shared: &Arc<Shared>, listener: &UnixListener) {
    for conn in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        match conn {
            Ok(stream) => admit(shared, stream),
            Err(e) => {
                warn(&format!("accept: {e}"));
                // Out of descriptors: give the connections a moment to end.
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// Counts the connection and gives it a thread, or refuses it with a reason.
fn admit(shared: &Arc<Shared>, stream: UnixStream) {
    let (uid, pid) = match unix::peer(&stream) {
        Ok(p) => p,
        Err(e) => {
            warn(&format!("cannot tell who connected ({e}); closed"));
            return;
        }
    };
    let who = || {
        let login = crate::login::login_of(uid).unwrap_or_else(|| format!("uid{uid}"));
        format!("{login} (pid {pid})")
    };
    if shared.config.mode == Mode::Personal && uid != unix::euid() {
        let me = crate::login::current_login();
        let (pl, en) = both(|c| (c.remote.personal_server)(&me));
        return refuse_early(&stream, &who(), &pl, &en);
    }
    let slot = match Slot::take(shared, uid) {
        Ok(s) => s,
        Err((pl, en)) => return refuse_early(&stream, &who(), &pl, &en),
    };
    let stream = Arc::new(stream);
    let (mine, conn_shared) = (Arc::clone(&stream), Arc::clone(shared));
    let started = (shared.config.spawn)(Box::new(move || {
        let _slot = slot;
        connection(conn_shared, &mine, uid, pid);
    }));
    if let Err(e) = started {
        let (pl, en) = both(|c| (c.remote.no_thread)(&e));
        refuse_early(&stream, &who(), &pl, &en);
    }
}

/// Refuses a connection from the accept loop, without waiting for anything.
fn refuse_early(stream: &UnixStream, who: &str, pl: &str, en: &str) {
    warn(&format!("{who}: refused: {en}"));
    // Take in what was already sent (the hello), so that closing does not
    // reset the connection before the client reads the refusal.
    if stream.set_nonblocking(true).is_ok() {
        let mut buf = [0u8; frame::HELLO_MAX as usize];
        let _ = (&*stream).read(&mut buf);
        let _ = stream.set_nonblocking(false);
    }
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = frame::write_frame(&mut &*stream, &frame::refusal_frame(pl, en));
    let _ = stream.shutdown(std::net::Shutdown::Write);
}

fn bind(sock: &Path) -> Result<UnixListener, String> {
    let listener = bind_with_mode(sock, 0o660)?;
    match unix::group_id("kis") {
        Some(gid) => match unix::chgrp(sock, gid) {
            Ok(()) => info("socket mode 0660, group kis"),
            Err(e) => warn(&format!(
                "cannot give the socket to group kis ({e}); only {} can connect",
                crate::login::current_login()
            )),
        },
        None => info(&format!(
            "no group kis on this machine: only {} (and its group) can connect",
            crate::login::current_login()
        )),
    }
    Ok(listener)
}

/// Binds the socket with this mode (kept from the start: nobody else can connect in between).
pub(super) fn bind_with_mode(sock: &Path, mode: u32) -> Result<UnixListener, String> {
    let dir = sock.parent().unwrap_or(Path::new("."));
    // Bind under a private name, set the mode, then move it in place.
    let tmp = dir.join(format!(".kis.sock.{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let err = |e: io::Error| format!("{}: {e}", sock.display());
    let listener = UnixListener::bind(&tmp).map_err(err)?;
    let placed = std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))
        .and_then(|_| std::fs::rename(&tmp, sock));
    if let Err(e) = placed {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(e));
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
            shared.stop(&sock);
        }
    });
    Ok(())
}

pub(super) fn shut_down(shared: &Shared, sock: &Path) {
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

/// A `Read` over the socket that gives up at a fixed moment, however the
/// bytes trickle in: the hello is read whole within its limit or not at all.
struct Deadline<'a> {
    stream: &'a UnixStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(ErrorKind::TimedOut, "hello deadline"));
        }
        self.stream.set_read_timeout(Some(left))?;
        (&*self.stream).read(buf)
    }
}

fn connection(shared: Arc<Shared>, stream: &UnixStream, uid: u32, pid: i32) {
    if shared.stopping.load(Ordering::SeqCst) {
        return;
    }
    let login = crate::login::login_of(uid).unwrap_or_else(|| format!("uid{uid}"));
    let who = format!("{login} (pid {pid})");
    let Some((actor, me)) = handshake(&shared, stream, uid, &login, &who) else {
        return;
    };
    let who = if actor.login == login {
        who
    } else {
        format!("{who} as {}", actor.login)
    };
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
    let started = (shared.config.spawn)(Box::new(move || {
        for f in frames {
            if let Err(e) = frame::write_frame(&mut writer, &f) {
                warn(&format!("{writer_who}: {e}; disconnected"));
                let _ = writer.shutdown(std::net::Shutdown::Both);
                break;
            }
        }
    }));
    let handle = match started {
        Ok(h) => h,
        Err(e) => {
            let (pl, en) = both(|c| (c.remote.no_thread)(&e));
            refuse::<()>(stream, &who, pl, en);
            return;
        }
    };
    let welcome = Welcome {
        kis: env!("CARGO_PKG_VERSION").to_string(),
        me: me.clone(),
    };
    if frame::write_frame(&mut &*stream, &frame::welcome_frame(&welcome)).is_err() {
        drop(outbox);
        let _ = handle.join();
        return;
    }
    info(&format!("{who} connected as {}", me.role));
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
    // Only an admin may send an import bigger than an ordinary request.
    let may_import = me.role.allows(Permission::Administer);
    loop {
        let bytes = match frame::read_request(&mut reader, may_import) {
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
        drop(bytes);
        // The answer is queued before the gate is let go, so a stop that
        // waited for this request also sends its answer.
        let _serving = shared.gate.read().unwrap_or_else(|p| p.into_inner());
        let result = if shared.stopping.load(Ordering::SeqCst) {
            let (pl, en) = both(|c| c.remote.server_stopping.to_string());
            Err(Failure { pl, en })
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

/// Sends a refusal in both languages and logs it; gives nothing.
fn refuse<T>(stream: &UnixStream, who: &str, pl: String, en: String) -> Option<T> {
    warn(&format!("{who}: refused: {en}"));
    let _ = frame::write_frame(&mut &*stream, &frame::refusal_frame(&pl, &en));
    None
}

/// Reads the hello (whole, within the limit); gives who the client acts as.
fn handshake(
    shared: &Shared,
    stream: &UnixStream,
    uid: u32,
    login: &str,
    who: &str,
) -> Option<(Actor, crate::desk::Me)> {
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let limit = shared.config.hello;
    let mut timed = Deadline {
        stream,
        until: Instant::now() + limit,
    };
    let bytes = match frame::read_frame(&mut timed, frame::HELLO_MAX) {
        Ok(b) => b,
        Err(frame::FrameError::Io(e))
            if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
        {
            warn(&format!(
                "{who}: said nothing (no whole hello within {} ms); connection closed",
                limit.as_millis()
            ));
            return None;
        }
        Err(frame::FrameError::Closed) => return None,
        Err(e) => {
            warn(&format!("{who}: bad hello ({e}); connection closed"));
            return None;
        }
    };
    let hello = match frame::read_hello(&bytes) {
        HelloRead::Ours(h) => h,
        HelloRead::NotKis => {
            warn(&format!("{who}: not a kis hello; connection closed"));
            return None;
        }
        HelloRead::Protocol(v) => {
            let ours = frame::PROTOCOL;
            let (pl, en) = if v < ours {
                both(|c| (c.remote.server_is_newer)(v, ours))
            } else {
                both(|c| (c.remote.server_is_older)(v, ours))
            };
            return refuse(stream, who, pl, en);
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
            let (pl, en) = both(|c| (c.remote.may_not_act_as)(login, &other));
            return refuse(stream, who, pl, en);
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
        Err(e) => return refuse(stream, who, e.message(Lang::Pl), e.message(Lang::En)),
    };
    info(&format!("{who}: kis {}", hello.kis));
    Some((actor, me))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remote::client::{NoServer, RemoteDoor};
    use crate::store::{Options, Store};
    use std::io::Write;
    use std::sync::atomic::AtomicUsize;

    /// A server on an empty data directory, in this process.
    fn start(config: Config) -> (tempfile::TempDir, Arc<Shared>, PathBuf, JoinHandle<()>) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &Options::default()).unwrap();
        let desk = Arc::new(Desk::new(store, Lang::En).unwrap());
        let sock = super::super::socket_path(dir.path());
        let listener = bind_with_mode(&sock, 0o600).unwrap();
        let shared = Shared::new(desk, config, None);
        let looping = Arc::clone(&shared);
        let accept = std::thread::spawn(move || accept(&looping, &listener));
        (dir, shared, sock, accept)
    }

    fn stop(shared: &Arc<Shared>, sock: &Path, accept: JoinHandle<()>) {
        shared.stop(sock);
        accept.join().unwrap();
        shut_down(shared, sock);
    }

    fn connect(dir: &Path) -> Result<RemoteDoor, String> {
        RemoteDoor::connect(dir, Lang::En, None).map_err(|e| match e {
            NoServer::Absent => "absent".into(),
            NoServer::Refused(e) => e.message(Lang::En),
        })
    }

    fn open_connections(shared: &Shared) -> usize {
        shared.counts.lock().unwrap().total
    }

    /// Polls until `f` holds (or fails the test after 10 s).
    fn until(what: &str, f: impl Fn() -> bool) {
        let end = Instant::now() + Duration::from_secs(10);
        while !f() {
            assert!(Instant::now() < end, "{what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_thread_that_cannot_start_refuses_the_connection_and_the_server_goes_on() {
        let tries = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&tries);
        let mut config = Config::new(Mode::Shared);
        config.spawn = Arc::new(move |f| {
            if counted.fetch_add(1, Ordering::SeqCst) == 0 {
                return Err(io::Error::new(
                    ErrorKind::WouldBlock,
                    "Resource temporarily unavailable",
                ));
            }
            std::thread::Builder::new().spawn(f)
        });
        let (dir, shared, sock, accept) = start(config);
        let err = connect(dir.path()).err().unwrap();
        assert!(err.contains("cannot start a thread"), "{err}");
        assert_eq!(
            open_connections(&shared),
            0,
            "the refused one left no place taken"
        );
        let door = connect(dir.path()).expect("the next one is served");
        crate::desk::door::Door::ask(&door, Request::Whoami).unwrap();
        drop(door);
        stop(&shared, &sock, accept);
    }

    #[test]
    fn connections_over_the_limits_are_refused_before_a_thread_starts() {
        let spawned = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&spawned);
        let mut config = Config::new(Mode::Shared);
        config.per_uid = 3;
        config.spawn = Arc::new(move |f| {
            counted.fetch_add(1, Ordering::SeqCst);
            std::thread::Builder::new().spawn(f)
        });
        let (dir, shared, sock, accept) = start(config);
        let silent: Vec<_> = (0..3)
            .map(|_| UnixStream::connect(&sock).unwrap())
            .collect();
        until("three connections counted", || {
            open_connections(&shared) == 3
        });
        let err = connect(dir.path()).err().unwrap();
        assert!(
            err.starts_with("too many connections from this account (3, at most 3)"),
            "{err}"
        );
        assert_eq!(spawned.load(Ordering::SeqCst), 3);
        drop(silent);
        until("their places given back", || open_connections(&shared) == 0);
        connect(dir.path()).expect("room again");
        stop(&shared, &sock, accept);

        let mut config = Config::new(Mode::Shared);
        config.total = 1;
        let (dir, shared, sock, accept) = start(config);
        let _one = UnixStream::connect(&sock).unwrap();
        until("one connection counted", || open_connections(&shared) == 1);
        let err = connect(dir.path()).err().unwrap();
        assert!(
            err.starts_with("too many connections to the kis server"),
            "{err}"
        );
        stop(&shared, &sock, accept);
    }

    #[test]
    fn a_hello_sent_a_byte_at_a_time_is_cut_at_the_deadline() {
        let mut config = Config::new(Mode::Shared);
        config.hello = Duration::from_millis(600);
        let (_dir, shared, sock, accept) = start(config);
        let hello = frame::hello_frame(&frame::Hello {
            kis: "slow".into(),
            act_as: None,
        });
        let mut framed = (hello.len() as u32).to_be_bytes().to_vec();
        framed.extend_from_slice(&hello);
        // Several slow clients, each sending a byte every 150 ms: no single
        // read waits long, but the whole hello would take seconds.
        let started = Instant::now();
        let slow: Vec<_> = (0..4)
            .map(|_| {
                let sock = sock.clone();
                let framed = framed.clone();
                std::thread::spawn(move || {
                    let mut s = UnixStream::connect(&sock).unwrap();
                    s.set_read_timeout(Some(Duration::from_millis(150)))
                        .unwrap();
                    let mut buf = [0u8; 64];
                    for b in &framed {
                        if s.write_all(&[*b]).is_err() {
                            return true;
                        }
                        match s.read(&mut buf) {
                            Ok(0) => return true,
                            Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                            _ => return true,
                        }
                    }
                    false
                })
            })
            .collect();
        for s in slow {
            assert!(s.join().unwrap(), "a slow hello was let through");
        }
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(550), "{took:?}");
        assert!(
            took < Duration::from_millis(2000),
            "cut per read, not at the deadline: {took:?}"
        );
        until("no connection kept", || open_connections(&shared) == 0);
        stop(&shared, &sock, accept);
    }
}
