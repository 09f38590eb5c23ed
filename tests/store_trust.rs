//! Nothing a request or a file does takes the data out of service: a change that
//! does not apply never reaches the journal, a journal entry that does not apply
//! stops writing (not opening) until `kis repair`, a missing or shortened journal is
//! refused, a damaged last line is refused rather than cut, a sled that will not open
//! is rebuilt from the journal, and a failed write stores nothing.

mod common;

use common::{kis, output_text, Kis};
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::person::Note;
use kis::domain::psu::Worksite;
use kis::store::{Change, Options, Record, Store, StoreError};
use kis::text::Lang;
use std::path::Path;

fn open(dir: &Path) -> Desk {
    Desk::new(Store::open(dir, &Options::default()).unwrap(), Lang::En).unwrap()
}

fn save_worksite(desk: &Desk, id: &str) -> Result<Response, kis::desk::DeskError> {
    desk.handle(
        &Actor::local(),
        Request::Save {
            record: Box::new(Record::Worksite(Worksite {
                id: id.into(),
                name: format!("Miejsce {id}"),
                address: None,
            })),
            expected_rev: None,
        },
    )
}

fn orphan_note() -> Record {
    Record::Note(Note {
        id: "n1".into(),
        participant_id: "p404".into(),
        author: "ewa".into(),
        on: chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        restricted: false,
        text: "notatka".into(),
    })
}

fn journal(dir: &Path) -> std::path::PathBuf {
    dir.join("journal.jsonl")
}

fn three_worksites(dir: &Path) {
    let desk = open(dir);
    for n in 1..=3 {
        save_worksite(&desk, &format!("w{n}")).unwrap();
    }
}

/// Appends a hand-made entry that does not apply, as an old kis could have written.
fn append_orphan_entry(dir: &Path) -> u64 {
    let text = std::fs::read_to_string(journal(dir)).unwrap();
    let seq = text.lines().count() as u64 + 1;
    let change = serde_json::to_string(&Change::put(orphan_note())).unwrap();
    let line = format!(
        "{{\"seq\":{seq},\"at\":\"2026-01-05T10:00:00Z\",\"actor\":\"ewa\",\"commit\":true,\"change\":{change}}}\n"
    );
    std::fs::write(journal(dir), text + &line).unwrap();
    seq
}

#[test]
fn a_change_that_does_not_apply_never_reaches_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    three_worksites(dir.path());
    let before = std::fs::read(journal(dir.path())).unwrap();
    let desk = open(dir.path());
    let err = desk
        .handle(
            &Actor::local(),
            Request::Save {
                record: Box::new(orphan_note()),
                expected_rev: None,
            },
        )
        .unwrap_err();
    assert!(err.message(Lang::En).contains("p404"), "{err:?}");
    // Below the desk too: the store checks every change before journalling it.
    let err = desk
        .store()
        .commit("ewa", Change::put(orphan_note()))
        .unwrap_err();
    assert!(matches!(err, StoreError::Unfit(_)), "{err:?}");
    assert!(err.message(Lang::Pl).contains("nie istnieje"), "{err}");
    assert_eq!(std::fs::read(journal(dir.path())).unwrap(), before);
    drop(desk);
    for cmd in ["check", "rebuild", "check"] {
        let out = kis(dir.path(), &[cmd]);
        assert!(out.status.success(), "{cmd}: {}", output_text(&out));
    }
}

#[test]
fn a_value_that_could_not_be_read_back_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let huge = Record::Worksite(Worksite {
        id: "w1".into(),
        name: "x".repeat(17 * 1024 * 1024),
        address: None,
    });
    let err = desk.store().commit("ewa", Change::put(huge)).unwrap_err();
    assert!(err.to_string().contains("over the limit"), "{err}");
    assert_eq!(std::fs::read(journal(dir.path())).unwrap().len(), 0);
}

#[test]
fn an_entry_that_does_not_apply_stops_writing_until_repair() {
    let dir = tempfile::tempdir().unwrap();
    three_worksites(dir.path());
    let bad = append_orphan_entry(dir.path());

    // It opens, reads what came before, and refuses to write, naming the change.
    let desk = open(dir.path());
    assert_eq!(desk.store().blocked().unwrap().seq, bad);
    assert!(desk.store().get::<Worksite>("w3").unwrap().is_some());
    let err = save_worksite(&desk, "w4").unwrap_err();
    let pl = err.message(Lang::Pl);
    assert!(pl.contains(&format!("zmiana {bad}")), "{pl}");
    assert!(pl.contains("kis repair"), "{pl}");
    drop(desk);

    let out = kis(dir.path(), &["check"]);
    assert!(!out.status.success());
    assert!(
        output_text(&out).contains("kis repair"),
        "{}",
        output_text(&out)
    );
    // rebuild refuses rather than wipe the club and stop at the entry
    let out = kis(dir.path(), &["rebuild"]);
    assert!(!out.status.success(), "{}", output_text(&out));
    assert!(open(dir.path())
        .store()
        .get::<Worksite>("w3")
        .unwrap()
        .is_some());

    let out = kis(dir.path(), &["repair"]);
    assert!(out.status.success(), "{}", output_text(&out));
    assert!(
        output_text(&out).contains(&format!("change {bad}")),
        "{}",
        output_text(&out)
    );
    let aside = std::fs::read_to_string(dir.path().join("journal.set-aside.jsonl")).unwrap();
    assert!(aside.contains("p404"), "{aside}");

    let out = kis(dir.path(), &["check"]);
    assert!(out.status.success(), "{}", output_text(&out));
    let desk = open(dir.path());
    assert!(desk.store().blocked().is_none());
    save_worksite(&desk, "w4").unwrap();
    // The set-aside number is never given again.
    assert!(desk.store().last_applied_seq().unwrap() > bad);
}

#[test]
fn a_missing_or_shortened_journal_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    three_worksites(dir.path());
    let full = std::fs::read_to_string(journal(dir.path())).unwrap();

    let cut: String = full.lines().take(1).map(|l| format!("{l}\n")).collect();
    std::fs::write(journal(dir.path()), &cut).unwrap();
    let err = Store::open(dir.path(), &Options::default()).err().unwrap();
    assert!(
        matches!(
            err,
            StoreError::JournalBehind {
                journal: 1,
                database: 3
            }
        ),
        "{err}"
    );
    assert!(err.message(Lang::Pl).contains("zmianie 1"), "{err}");
    // refused by every command, rebuild and backup included: nothing is wiped
    for cmd in ["rebuild", "check", "backup"] {
        let out = kis(dir.path(), &[cmd]);
        assert!(!out.status.success(), "{cmd}: {}", output_text(&out));
    }
    assert_eq!(std::fs::read_to_string(journal(dir.path())).unwrap(), cut);

    std::fs::remove_file(journal(dir.path())).unwrap();
    let err = Store::open(dir.path(), &Options::default()).err().unwrap();
    assert!(err.to_string().contains("ends at change 0"), "{err}");

    std::fs::write(journal(dir.path()), &full).unwrap();
    assert!(open(dir.path())
        .store()
        .get::<Worksite>("w3")
        .unwrap()
        .is_some());
}

#[test]
fn a_complete_damaged_last_line_is_refused_not_cut() {
    let dir = tempfile::tempdir().unwrap();
    three_worksites(dir.path());
    let full = std::fs::read_to_string(journal(dir.path())).unwrap();
    let mut lines: Vec<String> = full.lines().map(str::to_string).collect();
    let last = lines.len() - 1;
    lines[last] = lines[last].replacen("\"seq\"", "\"seq\"::", 1);
    let damaged = lines.join("\n") + "\n";
    std::fs::write(journal(dir.path()), &damaged).unwrap();
    let err = Store::open(dir.path(), &Options::default()).err().unwrap();
    assert!(err.to_string().contains("line 3"), "{err}");
    // nothing was cut
    assert_eq!(
        std::fs::read_to_string(journal(dir.path())).unwrap(),
        damaged
    );
    // the way out sets the line aside and keeps its number taken
    let out = kis(dir.path(), &["repair"]);
    assert!(out.status.success(), "{}", output_text(&out));
    let desk = open(dir.path());
    assert!(desk.store().get::<Worksite>("w2").unwrap().is_some());
    save_worksite(&desk, "w5").unwrap();
    assert_eq!(desk.store().last_applied_seq().unwrap(), 4);
    drop(desk);
    let out = kis(dir.path(), &["check"]);
    assert!(out.status.success(), "{}", output_text(&out));
}

#[test]
fn a_sled_that_will_not_open_is_rebuilt_from_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let out = kis(dir.path(), &["demo"]);
    assert!(out.status.success(), "{}", output_text(&out));
    let export = |dir: &Path| output_text(&kis(dir, &["export", "-"]));
    let before = export(dir.path());
    {
        // What "Read corrupted data" after a kill -9 looks like to sled.
        use std::io::{Seek, SeekFrom, Write};
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(dir.path().join("db").join("db"))
            .unwrap();
        f.seek(SeekFrom::Start(100_000)).unwrap();
        f.write_all(&[0xffu8; 5000]).unwrap();
    }
    let out = kis(dir.path(), &["check"]);
    assert!(out.status.success(), "{}", output_text(&out));
    assert!(
        output_text(&out).contains("rebuilt from the journal"),
        "{}",
        output_text(&out)
    );
    let moved = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().starts_with("db.broken-"));
    assert!(moved, "the broken files were moved aside");
    assert_eq!(export(dir.path()), before);
}

#[test]
fn a_full_disk_stores_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    three_worksites(dir.path());
    let before = std::fs::read(journal(dir.path())).unwrap();
    let desk = open(dir.path());
    desk.store()
        .fail_next_apply(std::io::ErrorKind::StorageFull);
    let err = save_worksite(&desk, "w4").unwrap_err();
    assert_eq!(
        err.message(Lang::Pl),
        "dysk pełny: nic nie zapisano; zwolnij miejsce na dysku i spróbuj ponownie"
    );
    assert_eq!(std::fs::read(journal(dir.path())).unwrap(), before);
    assert!(desk.store().get::<Worksite>("w4").unwrap().is_none());
    // the retry stores exactly one copy, under the next free number
    save_worksite(&desk, "w4").unwrap();
    drop(desk);
    let text = std::fs::read_to_string(journal(dir.path())).unwrap();
    assert_eq!(text.matches("\"w4\"").count(), 1);
    let desk = open(dir.path());
    assert_eq!(desk.store().last_applied_seq().unwrap(), 4);
    match desk.handle(&Actor::local(), Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok(), "{:?}", r.problems),
        _ => unreachable!(),
    }
}

/// Rounds of the kill loop: short in `cargo test`; 400 with `KIS_STRESS=1`, or any
/// number with `KIS_KILL_ROUNDS=N`.
fn kill_rounds() -> usize {
    std::env::var("KIS_KILL_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if common::stress() { 400 } else { 30 })
}

#[test]
fn kill_9_during_direct_writes_leaves_data_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut acked: Vec<String> = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut killed = 0;
    // How long one write takes here, so that the kills fall before, in and after it.
    let started = std::time::Instant::now();
    let out = kis(
        dir.path(),
        &[
            "user",
            "add",
            "u_first",
            "--name",
            "Osoba Testowa",
            "--role",
            "worker",
        ],
    );
    assert!(out.status.success(), "{}", output_text(&out));
    acked.push("u_first".to_string());
    let span = started.elapsed().as_micros() as u64 * 3 / 2 + 1;
    for round in 0..kill_rounds() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let login = format!("u{round}");
        let mut child = Kis::new()
            .data_flag()
            .lang("en")
            .command(
                dir.path(),
                &[
                    "user",
                    "add",
                    &login,
                    "--name",
                    "Osoba Testowa",
                    "--role",
                    "worker",
                ],
            )
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A kill at a random moment of the command's life: before, during or after its write.
        std::thread::sleep(std::time::Duration::from_micros(seed % span));
        match child.try_wait().unwrap() {
            Some(status) => {
                let out = child.wait_with_output().unwrap();
                assert!(
                    status.success(),
                    "round {round}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                acked.push(login);
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
            }
        }
    }
    let out = kis(dir.path(), &["check"]);
    assert!(out.status.success(), "{}", output_text(&out));
    let list = output_text(&kis(dir.path(), &["user", "list"]));
    for login in &acked {
        assert!(
            list.lines()
                .any(|l| l.split_whitespace().next() == Some(login)),
            "acknowledged {login} was lost:\n{list}"
        );
    }
    eprintln!("{} acknowledged, {killed} killed", acked.len());
    assert!(killed > 0 || kill_rounds() < 5, "no round was killed");
}
