//! `kis serve` driven as staff would: the real binary as the server, clients
//! through the socket (the library's `RemoteDoor`, raw frames, and the CLI).
//! The test runs as the account that runs the server, which may act as any
//! staff login (`--as`), so one Unix user can play several.

mod common;

use common::Kis;
use kis::desk::door::Door;
use kis::desk::{Request, Response};
use kis::remote::client::{NoServer, RemoteDoor};
use kis::remote::frame;
use kis::text::Lang;
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// The CLI as the Unix user who runs the server, English messages.
const KIS: Kis = Kis::new().today("2026-11-24").lang("en").without_login();

/// A data directory with the demo club and a viewer account.
fn club() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let out = KIS.run(d.path(), &["demo"]);
    assert!(out.status.success(), "{out:?}");
    let out = KIS.run(
        d.path(),
        &[
            "user",
            "add",
            "gosc",
            "--name",
            "Gość Próbny",
            "--role",
            "viewer",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    d
}

struct Server {
    child: Child,
    dir: PathBuf,
    /// Reads the log as it comes, so that a full pipe never stops the server.
    log: Option<std::thread::JoinHandle<String>>,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let mut child = Kis::new()
            .today("2026-11-24")
            .command(dir, &["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let log = std::thread::spawn(move || {
            let mut log = String::new();
            let _ = stderr.read_to_string(&mut log);
            log
        });
        let s = Server {
            child,
            dir: dir.to_path_buf(),
            log: Some(log),
        };
        s.wait_ready();
        s
    }

    /// Polls until the server greets a client.
    fn wait_ready(&self) {
        let until = Instant::now() + Duration::from_secs(20);
        while Instant::now() < until {
            if door(&self.dir, "koordynator").is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("kis serve did not come up");
    }

    fn terminate(mut self) -> (std::process::ExitStatus, String) {
        // SAFETY: sending a signal to our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let status = self.child.wait().unwrap();
        let log = self.log.take().unwrap().join().unwrap();
        (status, log)
    }

    fn kill9(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn door(dir: &Path, login: &str) -> Result<RemoteDoor, String> {
    RemoteDoor::connect(dir, Lang::En, Some(login.into())).map_err(|e| match e {
        NoServer::Absent => "no server".to_string(),
        NoServer::Refused(e) => e.message(Lang::En),
    })
}

fn add_note(d: &dyn Door, pid: &str, text: &str) -> Result<String, String> {
    match d.ask(Request::AddNote {
        participant_id: pid.into(),
        text: text.into(),
        restricted: false,
    }) {
        Ok(Response::Saved { id, .. }) => Ok(id),
        Ok(other) => panic!("{other:?}"),
        Err(e) => Err(e.message(Lang::En)),
    }
}

/// Note ids in an export of the data directory (the server stopped).
fn note_ids(dir: &Path) -> BTreeSet<String> {
    let out = KIS.run(dir, &["export", "-"]);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["type"] == "note")
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect()
}

fn check_ok(dir: &Path) {
    let out = KIS.run(dir, &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn ten_clients_two_hundred_changes_each() {
    let d = club();
    let before = note_ids(d.path());
    let server = Server::start(d.path());
    let dir = d.path().to_path_buf();
    let workers: Vec<_> = (0..10)
        .map(|c| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let login = if c % 2 == 0 {
                    "pracownik"
                } else {
                    "koordynator"
                };
                let d = door(&dir, login).unwrap();
                (0..200)
                    .map(|i| {
                        add_note(
                            &d,
                            &format!("p{}", 1 + (c * 7 + i) % 40),
                            &format!("c{c} n{i}"),
                        )
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .unwrap()
            })
        })
        .collect();
    let mut acked = BTreeSet::new();
    for w in workers {
        let ids = w.join().unwrap();
        assert_eq!(ids.len(), 200);
        acked.extend(ids);
    }
    assert_eq!(acked.len(), 2000, "every change got its own id");
    // the CLI goes through the server while it runs
    let out = KIS.run(d.path(), &["check"]);
    assert!(out.status.success(), "{out:?}");
    let (status, log) = server.terminate();
    assert!(status.success(), "{log}");
    check_ok(d.path());
    let after = note_ids(d.path());
    assert_eq!(after.len(), before.len() + 2000);
    assert!(acked.is_subset(&after));
}

#[test]
fn kill_9_during_writes_loses_nothing_acknowledged() {
    let d = club();
    let mut server = Server::start(d.path());
    let dir = d.path().to_path_buf();
    let writers: Vec<_> = (0..4)
        .map(|c| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let d = door(&dir, "pracownik").unwrap();
                let mut acked = Vec::new();
                for i in 0.. {
                    match add_note(&d, "p1", &format!("w{c} {i}")) {
                        Ok(id) => acked.push(id),
                        Err(_) => break,
                    }
                }
                acked
            })
        })
        .collect();
    // let some writes land, then pull the plug
    let until = Instant::now() + Duration::from_secs(20);
    let probe = door(&dir, "koordynator").unwrap();
    loop {
        let Ok(Response::Card(c)) = probe.ask(Request::Card { id: "p1".into() }) else {
            panic!("card")
        };
        if c.notes.len() >= 100 || Instant::now() > until {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    server.kill9();
    let acked: BTreeSet<String> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert!(acked.len() >= 100, "{}", acked.len());
    // the killed server left its socket: a new one replaces it
    assert!(d.path().join("kis.sock").exists());
    let server = Server::start(d.path());
    let (status, log) = server.terminate();
    assert!(status.success());
    assert!(log.contains("removed the socket"), "{log}");
    check_ok(d.path());
    let stored = note_ids(d.path());
    let lost: Vec<_> = acked.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
}

fn raw_hello(dir: &Path) -> UnixStream {
    let mut s = UnixStream::connect(dir.join("kis.sock")).unwrap();
    let hello = frame::Hello {
        kis: "test".into(),
        act_as: Some("pracownik".into()),
    };
    frame::write_frame(&mut s, &frame::hello_frame(&hello)).unwrap();
    let reply = frame::read_frame(&mut s, 1 << 20).unwrap();
    frame::read_welcome(&reply).unwrap();
    s
}

/// The server closed this connection: reading gives end of file (or a reset).
fn closed(mut s: UnixStream) -> bool {
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut buf = [0u8; 64];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return true,
            Ok(_) => continue,
        }
    }
}

fn lookup_works(dir: &Path) {
    let d = door(dir, "pracownik").unwrap();
    let Ok(Response::Hits(h)) = d.ask(Request::Lookup {
        query: "kowalczyk".into(),
        limit: 5,
    }) else {
        panic!("lookup")
    };
    assert!(!h.is_empty());
}

#[test]
fn bad_frames_close_only_their_connection() {
    let d = club();
    let server = Server::start(d.path());
    let sock = d.path().join("kis.sock");
    // a client that connects and says nothing does not hold up the others
    let silent = UnixStream::connect(&sock).unwrap();
    lookup_works(d.path());
    // garbage instead of a hello
    let mut s = UnixStream::connect(&sock).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
    assert!(closed(s));
    // a well-framed stranger
    let mut s = UnixStream::connect(&sock).unwrap();
    frame::write_frame(&mut s, b"hello, is this kis?").unwrap();
    assert!(closed(s));
    // a malformed request after a good hello
    let mut s = raw_hello(d.path());
    frame::write_frame(&mut s, &[0xff; 40]).unwrap();
    assert!(closed(s));
    // an oversized frame: the length alone is refused, nothing is allocated
    let mut s = raw_hello(d.path());
    s.write_all(&u32::MAX.to_be_bytes()).unwrap();
    assert!(closed(s));
    // a truncated frame: the client goes away mid-frame
    let mut s = raw_hello(d.path());
    s.write_all(&100u32.to_be_bytes()).unwrap();
    s.write_all(&[1, 2, 3]).unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    assert!(closed(s));
    lookup_works(d.path());
    // the silent one is let go after the hello timeout
    assert!(closed(silent));
    lookup_works(d.path());
    let (status, log) = server.terminate();
    assert!(status.success(), "{log}");
    for expected in [
        "said nothing",
        "bad hello",
        "not a kis hello",
        "malformed frame",
        "over the limit",
        "truncated frame",
    ] {
        assert!(
            log.contains(expected),
            "{expected:?} not in the log:\n{log}"
        );
    }
}

#[test]
fn another_protocol_is_told_which_side_to_upgrade() {
    let d = club();
    let server = Server::start(d.path());
    for (version, advice) in [(0u32, "upgrade kis on this machine"), (99, "restarts it")] {
        let mut s = UnixStream::connect(d.path().join("kis.sock")).unwrap();
        let mut hello = frame::hello_frame(&frame::Hello {
            kis: "old".into(),
            act_as: None,
        });
        hello[4..8].copy_from_slice(&version.to_be_bytes());
        frame::write_frame(&mut s, &hello).unwrap();
        let reply = frame::read_frame(&mut s, 1 << 20).unwrap();
        let msg = frame::read_welcome(&reply).unwrap_err().message(Lang::En);
        assert!(msg.contains(advice), "{msg}");
    }
    drop(server);
}

#[test]
fn a_stale_socket_is_replaced_and_a_live_one_is_not_stolen() {
    let d = club();
    // a socket file nobody answers, as a killed server leaves it
    drop(std::os::unix::net::UnixListener::bind(d.path().join("kis.sock")).unwrap());
    // with no server the CLI opens the data itself
    let out = KIS.run(d.path(), &["lookup", "kowalczyk"]);
    assert!(out.status.success(), "{out:?}");
    let server = Server::start(d.path());
    let second = KIS.run(d.path(), &["serve"]);
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("already running"), "{err}");
    lookup_works(d.path());
    let (status, log) = server.terminate();
    assert!(
        status.success() && log.contains("removed the socket"),
        "{log}"
    );
    assert!(
        !d.path().join("kis.sock").exists(),
        "SIGTERM removes the socket"
    );
}

#[test]
fn two_users_editing_one_record_get_the_conflict() {
    let d = club();
    let server = Server::start(d.path());
    let alicja = door(d.path(), "koordynator").unwrap();
    let bogdan = door(d.path(), "pracownik").unwrap();
    let card = |door: &RemoteDoor| match door.ask(Request::Card { id: "p2".into() }) {
        Ok(Response::Card(c)) => c,
        other => panic!("{other:?}"),
    };
    let (a, b) = (card(&alicja), card(&bogdan));
    assert_eq!(a.participant.stamp.rev, b.participant.stamp.rev);
    let update = |door: &RemoteDoor, c: &kis::desk::Card, phone: &str| {
        let mut p = c.participant.value.clone();
        p.phone = Some(phone.into());
        door.ask(Request::UpdateParticipant {
            participant: Box::new(p),
            expected_rev: c.participant.stamp.rev,
        })
    };
    update(&alicja, &a, "600111222").unwrap();
    // Bogdan's screen heard of it
    let until = Instant::now() + Duration::from_secs(10);
    let heard = loop {
        let events = bogdan.poll();
        if let Some(n) = events.iter().find_map(|e| match e {
            kis::desk::door::DoorEvent::Changed(n) => Some(n.clone()),
            _ => None,
        }) {
            break n;
        }
        assert!(Instant::now() < until, "no change event");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(heard.name, "Alicja Przykładowa");
    assert!(heard
        .records
        .iter()
        .any(|r| r.participant_id.as_deref() == Some("p2")));
    let err = update(&bogdan, &b, "600999999").unwrap_err();
    let pl = err.message(Lang::Pl);
    assert!(
        pl.starts_with("Zmienione przez Alicja Przykładowa o ")
            && pl.ends_with(" — odśwież (F5) i wprowadź zmiany ponownie"),
        "{pl}"
    );
    assert!(err
        .message(Lang::En)
        .starts_with("Changed by Alicja Przykładowa at "));
    assert_eq!(
        card(&bogdan).participant.value.phone.as_deref(),
        Some("600111222")
    );
    drop(server);
}

#[test]
fn roles_are_enforced_by_the_server() {
    let d = club();
    let server = Server::start(d.path());
    let viewer = door(d.path(), "gosc").unwrap();
    let err = add_note(&viewer, "p1", "nie wolno").unwrap_err();
    assert!(err.contains("may not"), "{err}");
    // a worker may not read the audit; a coordinator may
    let worker = door(d.path(), "pracownik").unwrap();
    let audit = |d: &RemoteDoor| {
        d.ask(Request::Audit {
            participant: Some("p1".into()),
            user: None,
            from: None,
            to: None,
        })
    };
    assert!(audit(&worker).is_err());
    worker.ask(Request::Card { id: "p1".into() }).unwrap();
    let Ok(Response::Audit(lines)) = audit(&door(d.path(), "koordynator").unwrap()) else {
        panic!("audit")
    };
    assert!(lines
        .iter()
        .any(|l| l.actor == "pracownik" && l.action == "read" && l.id == "p1"));
    // an unknown login is refused by name
    let err = door(d.path(), "nieznany").err().unwrap();
    assert!(
        err.contains("nieznany") && err.contains("not a staff member"),
        "{err}"
    );
    // the CLI says the same
    let out = Kis::new()
        .lang("en")
        .run(d.path(), &["--as", "nieznany", "lookup", "x"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("login nieznany"));
    // the viewer's write left nothing behind
    let (status, _) = server.terminate();
    assert!(status.success());
    let out = KIS.run(d.path(), &["export", "-"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("nie wolno"));
}

#[test]
fn sigterm_finishes_requests_in_flight() {
    let d = club();
    let server = Server::start(d.path());
    let dir = d.path().to_path_buf();
    let writer = std::thread::spawn(move || {
        let d = door(&dir, "pracownik").unwrap();
        let mut acked = Vec::new();
        while let Ok(id) = add_note(&d, "p3", "przed zamknięciem") {
            acked.push(id);
        }
        acked
    });
    let probe = door(d.path(), "koordynator").unwrap();
    let until = Instant::now() + Duration::from_secs(20);
    while probe.poll().is_empty() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(5));
    }
    let (status, log) = server.terminate();
    assert!(status.success(), "{log}");
    assert!(log.contains("stopped"), "{log}");
    assert!(!d.path().join("kis.sock").exists());
    let acked: BTreeSet<String> = writer.join().unwrap().into_iter().collect();
    assert!(!acked.is_empty());
    assert!(acked.is_subset(&note_ids(d.path())));
}

#[test]
fn a_client_that_stops_reading_is_cut_off_not_waited_for() {
    let d = club();
    let server = Server::start(d.path());
    // says hello, then never reads the change events pushed to it
    let stuck = raw_hello(d.path());
    let dir = d.path().to_path_buf();
    let writers: Vec<_> = (0..4)
        .map(|c| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let d = door(&dir, "pracownik").unwrap();
                for i in 0..1000 {
                    add_note(&d, "p5", &format!("{c}/{i}")).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    lookup_works(d.path());
    assert!(closed(stuck));
    let (status, log) = server.terminate();
    assert!(status.success());
    assert!(log.contains("too far behind"), "{log}");
}

/// Sends a hello one byte at a time, `every` apart, until the server closes
/// the connection (true) or greets it (false). Refused while the test's
/// probe held a place, it starts again.
/// Sends a hello a byte every `every`; `held` counts up once the server has
/// kept this connection past its first byte (it was let in).
fn trickle_hello(sock: &Path, every: Duration, held: &std::sync::atomic::AtomicUsize) -> bool {
    let mut counted = false;
    let hello = frame::hello_frame(&frame::Hello {
        kis: "slow".into(),
        act_as: None,
    });
    let mut bytes = (hello.len() as u32).to_be_bytes().to_vec();
    bytes.extend_from_slice(&hello);
    'again: loop {
        let mut s = UnixStream::connect(sock).unwrap();
        s.set_read_timeout(Some(every)).unwrap();
        let mut buf = [0u8; 256];
        for b in &bytes {
            if s.write_all(&[*b]).is_err() {
                return true;
            }
            match s.read(&mut buf) {
                Ok(0) => return true,
                Ok(n) if String::from_utf8_lossy(&buf[..n]).contains("too many") => continue 'again,
                Ok(_) => return false,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if !counted {
                        counted = true;
                        held.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
                Err(_) => return true,
            }
        }
        return closed(s);
    }
}

fn threads_of(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .unwrap()
        .count()
}

#[test]
fn slow_hellos_are_cut_at_5_s_and_one_connection_too_many_is_refused() {
    let d = club();
    let server = Server::start(d.path());
    let pid = server.child.id();
    let idle = threads_of(pid);
    let sock = d.path().join("kis.sock");
    let started = Instant::now();
    // Sixteen clients (the most one Unix user may have) send a byte a second:
    // no read waits long, but no hello is ever whole.
    let held = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let slow: Vec<_> = (0..16)
        .map(|_| {
            let (sock, held) = (sock.clone(), std::sync::Arc::clone(&held));
            std::thread::spawn(move || trickle_hello(&sock, Duration::from_secs(1), &held))
        })
        .collect();
    // Once all sixteen are in (a probe sooner could take one's place), the
    // seventeenth is refused.
    let until = Instant::now() + Duration::from_secs(4);
    while held.load(std::sync::atomic::Ordering::SeqCst) < 16 {
        assert!(Instant::now() < until, "the slow clients did not get in");
        std::thread::sleep(Duration::from_millis(20));
    }
    let until = Instant::now() + Duration::from_secs(3);
    let err = loop {
        match door(d.path(), "koordynator") {
            Ok(_) => assert!(Instant::now() < until, "the slow clients did not get in"),
            Err(e) => break e,
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(
        err.starts_with("too many connections from this account (16, at most 16)"),
        "{err}"
    );
    for s in slow {
        assert!(s.join().unwrap(), "a slow hello was greeted");
    }
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(8),
        "not cut at the 5 s deadline: {took:?}"
    );
    // Their threads are gone, and the room is there again.
    let until = Instant::now() + Duration::from_secs(5);
    while threads_of(pid) > idle {
        assert!(Instant::now() < until, "threads kept: {}", threads_of(pid));
        std::thread::sleep(Duration::from_millis(10));
    }
    lookup_works(d.path());
    let (status, log) = server.terminate();
    assert!(status.success(), "{log}");
    assert!(log.contains("too many connections"), "{log}");
}

#[test]
fn lookups_and_cards_during_a_rebuild_never_see_a_half_built_database() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let d = club();
    let server = Server::start(d.path());
    let done = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|r| {
            let (dir, done) = (d.path().to_path_buf(), Arc::clone(&done));
            std::thread::spawn(move || {
                let d = door(&dir, "pracownik").unwrap();
                let (mut answered, mut busy) = (0, 0);
                while !done.load(Ordering::SeqCst) {
                    let req = if r % 2 == 0 {
                        Request::Card { id: "p1".into() }
                    } else {
                        Request::Lookup {
                            query: "kowalczyk".into(),
                            limit: 5,
                        }
                    };
                    match d.ask(req) {
                        Ok(Response::Card(_)) => answered += 1,
                        Ok(Response::Hits(h)) if !h.is_empty() => answered += 1,
                        Ok(other) => panic!("half an answer: {other:?}"),
                        Err(e) => {
                            let msg = e.message(Lang::En);
                            assert_eq!(msg, "rebuild in progress, try again in a moment");
                            busy += 1;
                        }
                    }
                }
                (answered, busy)
            })
        })
        .collect();
    for _ in 0..3 {
        let out = KIS.run(d.path(), &["rebuild"]);
        assert!(out.status.success(), "{out:?}");
    }
    done.store(true, Ordering::SeqCst);
    for r in readers {
        let (answered, _busy) = r.join().unwrap();
        assert!(answered > 0);
    }
    drop(server);
}

#[test]
fn a_command_waits_for_a_server_that_is_still_starting() {
    use kis::remote::server::{Config, Mode};
    use kis::store::lock::{set_role, HolderRole};
    let d = club();
    // This test plays a server that holds the data but has no socket yet.
    set_role(HolderRole::Serve);
    let store = kis::store::Store::open(d.path(), &kis::store::Options::default()).unwrap();
    let desk = kis::desk::Desk::new(store, Lang::En).unwrap();
    let command = Kis::new()
        .lang("en")
        .without_login()
        .command(d.path(), &["lookup", "kowalczyk"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut command = command;
    // The server is slow to open its socket: the command must still be waiting.
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        command.try_wait().unwrap().is_none(),
        "the command gave up on a starting server"
    );
    let _server = kis::remote::personal::Personal::start(
        std::sync::Arc::new(desk),
        Default::default(),
        Config::new(Mode::Shared),
    )
    .unwrap();
    let out = command.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Kowalczyk"));
}
