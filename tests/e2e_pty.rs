//! The real binary in a pseudo-terminal at 80×24: keys in, screen text polled
//! out through a vt100 parser. No fixed sleeps: every wait polls for text.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Pty {
    fn spawn(data: &std::path::Path, args: &[&str]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kis"));
        cmd.args(args);
        cmd.env("KIS_DATA", data);
        cmd.env("KIS_TODAY", "2026-11-24");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("KIS_LANG");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).expect("kis starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let p = Arc::clone(&parser);
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
        });
        Pty {
            parser,
            writer,
            child,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{text:?} did not appear; the screen was:\n{}",
            self.screen()
        );
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("kis did not exit; the screen was:\n{}", self.screen());
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

const CTRL_F: &str = "\x06";
const CTRL_S: &str = "\x13";
const CTRL_Q: &str = "\x11";
const CTRL_D: &str = "\x04";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const TAB: &str = "\t";
const ALT_2: &str = "\x1b2";
const INSERT: &str = "\x1b[2~";

fn kis(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kis"))
        .args(args)
        .env("KIS_DATA", data)
        .env("KIS_TODAY", "2026-11-24")
        .env("KIS_LANG", "en")
        .output()
        .unwrap()
}

#[test]
fn lookup_then_card_then_quit() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(CTRL_D);
    t.wait_for("Wczytano klub demonstracyjny");
    t.send(CTRL_F);
    t.wait_for("Szukaj osoby");
    t.send("zolc bozena");
    t.wait_for("Żółć Bożena");
    t.send(ENTER);
    t.wait_for("Karta uczestnika: Bożena Żółć");
    t.send(ESC);
    t.wait_for("Do zrobienia");
    t.send(CTRL_Q);
    assert!(t.wait_exit(), "kis exits cleanly");
}

#[test]
fn intake_then_found_by_the_cli_lookup() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(ALT_2);
    t.wait_for("Uczestnicy (0/0)");
    t.send(INSERT);
    t.wait_for("Nowy wniosek");
    t.send("Łucja");
    t.send(TAB);
    t.send("Źrebiecka");
    t.send(TAB);
    t.send("84051401459");
    t.wait_for("błędną cyfrę kontrolną");
    // fix the PESEL: 44051401458 is valid (a man, 14.05.1944): sex follows the PESEL
    for _ in 0..11 {
        t.send("\x7f");
    }
    t.send("44051401458");
    t.wait_for("14.05.1944");
    // PageDown jumps to the groups; Space ticks the first
    t.send("\x1b[6~");
    t.send(" ");
    t.send(CTRL_S);
    t.wait_for("Zapisano (p1)");
    t.wait_for("Karta uczestnika: Łucja Źrebiecka (p1)");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    let out = kis(dir.path(), &["lookup", "zrebiecka", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits[0]["participant_id"], "p1");
    assert_eq!(hits[0]["last_name"], "Źrebiecka");
    assert_eq!(hits[0]["pesel"], "44051401458");
    assert_eq!(hits[0]["status"], "applicant");
}

#[test]
fn commands_go_through_the_tui_that_holds_the_data() {
    let dir = tempfile::tempdir().unwrap();
    assert!(kis(dir.path(), &["demo"]).status.success());
    let mut t = Pty::spawn(dir.path(), &[]);
    t.send(ALT_2);
    t.wait_for("Uczestnicy (48/48)");
    // The TUI serves its own user on the socket: commands are not shut out.
    for args in [
        &["lookup", "kowalczyk"][..],
        &["report", "--from", "2026-01-01", "--to", "2026-11-24"],
        &["psu", "settle", "--month", "2026-11"],
    ] {
        let out = kis(dir.path(), args);
        assert!(
            out.status.success() && !out.stdout.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A change made through the socket reaches the TUI.
    let out = kis(
        dir.path(),
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
    t.wait_for("zapisał(a) zmiany");
    // What needs the data alone still says to close kis first.
    let out = kis(dir.path(), &["restore", "nothing.kisbackup"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("close it first"), "{err}");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    assert!(
        !dir.path().join("kis.sock").exists(),
        "the TUI removes its socket"
    );
}

#[test]
fn sign_a_contract_for_an_applicant() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(ALT_2);
    t.wait_for("Uczestnicy (0/0)");
    t.send(INSERT);
    t.wait_for("Nowy wniosek");
    t.send("Ewa");
    t.send(TAB);
    t.send("Kontraktowa");
    t.send(TAB);
    t.send("44051401458");
    t.wait_for("14.05.1944");
    t.send("\x1b[6~"); // PageDown: the groups
    t.send(" ");
    t.send(CTRL_S);
    t.wait_for("Status: kandydat");
    // Ctrl+N on the card: a new draft with the next number
    t.send("\x0e");
    t.wait_for("KS/1/2026");
    t.send(TAB);
    t.send("24.11.2026");
    t.send(TAB);
    t.send("24.11.2026");
    t.send(TAB);
    t.send("23.05.2027");
    t.send(CTRL_S);
    t.wait_for("Zapisano (KS/1/2026)");
    t.send(ESC);
    t.wait_for("Karta uczestnika");
    // Enter: the card's actions; the first is "sign"
    t.send(ENTER);
    t.wait_for("Podpisz kontrakt KS/1/2026");
    t.send(ENTER);
    // signing asks first, showing the date that will be recorded
    t.wait_for("Data podpisania");
    t.send(CTRL_S);
    t.wait_for("Podpisano kontrakt KS/1/2026");
    t.wait_for("Status: aktywny");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    let out = kis(dir.path(), &["due", "--within", "365", "--format", "json"]);
    let due: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        due.as_array()
            .unwrap()
            .iter()
            .any(|d| d["kind"] == "contract_ending" && d["contract_id"] == "c1"),
        "{due}"
    );
}

#[test]
fn a_hung_up_terminal_ends_kis() {
    let dir = tempfile::tempdir().unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kis"));
    cmd.env("KIS_DATA", dir.path());
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("KIS") {
        let n = reader.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
    }
    drop(reader);
    drop(pair.master); // the window closes, as when an SSH session drops
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if child.try_wait().unwrap().is_some() {
            // the data is free again
            assert!(kis(dir.path(), &["check"]).status.success());
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    panic!("kis kept running on a hung-up terminal");
}

#[test]
fn mark_attendance_and_see_the_totals() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(CTRL_D);
    t.wait_for("Wczytano klub demonstracyjny");
    t.send("\x1b5"); // Alt+5: Zajęcia
    t.wait_for("Zajęcia — Konsultacje psychologiczne 11.2026");
    t.wait_for("obecni: 2 osoby");
    t.wait_for("obecnych              1     1");
    // the first person has no mark in the first session: Space marks present
    t.send(" ");
    t.wait_for("obecnych              2     1");
    t.wait_for("obecni: 2 osoby"); // the same two people
    t.send("\x1b[B"); // down to the second person, who was present in the first session
    t.send(" "); // present → excused
    t.wait_for("obecnych              1     1");
    t.send(" "); // excused → absent
    t.send(" "); // absent → none
    t.send(" "); // none → present
    t.wait_for("obecni: 2 osoby");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    let out = kis(
        dir.path(),
        &[
            "activities",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["activities"][0]["persons"]["total"], 2, "{v}");
}

#[test]
fn a_week_of_hours_is_refused_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.send(CTRL_D);
    t.wait_for("Wczytano klub demonstracyjny");
    t.send("\x1b4"); // Alt+4: PSU
    t.wait_for("PSU — porozumienie 1/2026 — 11.2026");
    t.wait_for("Dzień 24.11.2026");
    // Tuesday 24.11: 4 h; Wednesday 25.11: 4 h; Thursday 26.11: 4 h is over 10 h
    t.send("4\r");
    t.wait_for("dnia 24.11.2026");
    t.send("4\r");
    t.wait_for("dnia 25.11.2026");
    t.send("4\r");
    t.wait_for("tydzień 23.11–29.11: 8 h + 4 h = 12 h > 10 h");
    // the refused value stays in the cell; corrected to 2 h, it fits
    t.send("\x7f2\r");
    t.wait_for("dnia 26.11.2026");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    let out = kis(
        dir.path(),
        &["psu", "settle", "--month", "2026-11", "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `kis serve`, killed if a test fails half-way.
struct Served(std::process::Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Polls until `kis serve` on `dir` greets a client.
fn serve(dir: &std::path::Path) -> Served {
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_kis"))
        .arg("serve")
        .env("KIS_DATA", dir)
        .env("KIS_TODAY", "2026-11-24")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while kis::remote::client::RemoteDoor::connect(dir, kis::text::Lang::Pl, None).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "kis serve did not come up"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    Served(child)
}

#[test]
fn two_staff_on_one_server_see_each_other_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    assert!(kis(dir.path(), &["demo"]).status.success());
    let mut server = serve(dir.path());
    let mut bogdan = Pty::spawn(dir.path(), &["--as", "pracownik"]);
    bogdan.send(ALT_2);
    bogdan.wait_for("Uczestnicy (48/48)");
    bogdan.wait_for("[serwer]");
    let mut alicja = Pty::spawn(dir.path(), &["--as", "koordynator"]);
    alicja.send(ALT_2);
    alicja.wait_for("Uczestnicy (48/48)");
    alicja.send(INSERT);
    alicja.wait_for("Nowy wniosek");
    alicja.send("Łucja");
    alicja.send(TAB);
    alicja.send("Źrebiecka");
    alicja.send(TAB);
    alicja.send("44051401458");
    alicja.wait_for("14.05.1944");
    alicja.send("\x1b[6~");
    alicja.send(" ");
    alicja.send(CTRL_S);
    alicja.wait_for("Karta uczestnika: Łucja Źrebiecka");
    // Bogdan's list refreshed by itself, and says who changed it
    bogdan.wait_for("Uczestnicy (49/49)");
    bogdan.wait_for("Alicja Przykładowa zapisał(a) zmiany");
    // the server restarts: the TUI says so and reconnects by itself
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(server.0.id() as i32, libc::SIGTERM) };
    assert!(server.0.wait().unwrap().success());
    bogdan.wait_for("Utracono połączenie z serwerem kis");
    let _server = serve(dir.path());
    bogdan.wait_for("Połączono ponownie z serwerem kis");
    bogdan.send(CTRL_Q);
    assert!(bogdan.wait_exit());
    alicja.send(ESC);
    alicja.wait_for("Uczestnicy (49/49)");
    alicja.send(CTRL_Q);
    assert!(alicja.wait_exit());
}
