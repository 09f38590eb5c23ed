//! The real binary in a pseudo-terminal at 80×24: keys in, screen text polled
//! out through a vt100 parser. No fixed sleeps: every wait polls for text.

mod common;

use common::pty::{Pty, ALT_2, CTRL_D, CTRL_F, CTRL_Q, CTRL_S, ENTER, ESC, INSERT, TAB};
use common::Kis;
use portable_pty::CommandBuilder;
use std::io::Read;
use std::time::{Duration, Instant};

/// The CLI beside the terminal, English messages.
const KIS: Kis = Kis::new().today("2026-11-24").lang("en");

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
    let out = KIS.run(dir.path(), &["lookup", "zrebiecka", "--format", "json"]);
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
    assert!(KIS.run(dir.path(), &["demo"]).status.success());
    let mut t = Pty::spawn(dir.path(), &[]);
    t.send(ALT_2);
    t.wait_for("Uczestnicy (48/48)");
    // The TUI serves its own user on the socket: commands are not shut out.
    for args in [
        &["lookup", "kowalczyk"][..],
        &["report", "--from", "2026-01-01", "--to", "2026-11-24"],
        &["psu", "settle", "--month", "2026-11"],
    ] {
        let out = KIS.run(dir.path(), args);
        assert!(
            out.status.success() && !out.stdout.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A change made through the socket reaches the TUI.
    let out = KIS.run(
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
    let out = KIS.run(dir.path(), &["restore", "nothing.kisbackup"]);
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
    let out = KIS.run(dir.path(), &["due", "--within", "365", "--format", "json"]);
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
    let pair = common::pty::pair();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kis"));
    cmd.env("KIS_DATA", dir.path());
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    // the tab line is drawn (at 80 columns the login takes the app name's place)
    while !String::from_utf8_lossy(&seen).contains("Dziś") {
        let n = reader.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
    }
    drop(reader);
    drop(pair.master); // the window closes, as when an SSH session drops
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if child.try_wait().unwrap().is_some() {
            // the data is free again
            assert!(KIS.run(dir.path(), &["check"]).status.success());
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
    let out = KIS.run(
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
    let out = KIS.run(
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
    let child = Kis::new()
        .today("2026-11-24")
        .command(dir, &["serve"])
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
    assert!(KIS.run(dir.path(), &["demo"]).status.success());
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

#[test]
fn a_new_club_sets_itself_up_on_the_first_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(dir.path(), &[]);
    t.wait_for("Witaj w kis");
    t.wait_for("ustaw klub");
    t.send("\x05"); // Ctrl+E: the settings
    t.wait_for("Ustawienia klubu: [Klub]");
    t.send(ENTER);
    t.wait_for("Nazwa klubu");
    for _ in 0.."Klub Integracji Społecznej".chars().count() {
        t.send("\x7f");
    }
    t.send("KIS w Przykładowie");
    t.send(TAB);
    t.send("MOPS w Przykładowie");
    t.send(CTRL_S);
    t.wait_for("Nazwa klubu: KIS w Przykładowie");
    t.send(ESC);
    t.wait_for("Witaj w kis");
    t.wait_for("KIS w Przykładowie");
    // then the first intake
    t.send(ALT_2);
    t.wait_for("Uczestnicy (0/0)");
    t.send(INSERT);
    t.wait_for("Nowy wniosek");
    t.send(ESC);
    t.wait_for("Uczestnicy (0/0)");
    t.send(CTRL_Q);
    assert!(t.wait_exit());
    let file = dir.path().join("club.jsonl");
    let out = KIS.run(dir.path(), &["export", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", common::output_text(&out));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("\"club_name\":\"KIS w Przykładowie\""),
        "{text}"
    );
    assert!(
        text.contains("\"parent_name\":\"MOPS w Przykładowie\""),
        "{text}"
    );
}
