//! What is acknowledged survives: a child killed at random 20 times, a torn
//! journal tail, damaged journal lines and damaged sled values, and a model of
//! random changes compared with what the store gives back after reopening.

mod common;

use common::Kis;
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::psu::{Position, Worksite};
use kis::store::{Options, Record, Store};
use kis::text::Lang;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn open(dir: &std::path::Path) -> Desk {
    Desk::new(Store::open(dir, &Options::default()).unwrap(), Lang::En).unwrap()
}

/// The demo club imported into `dir` and closed, then its sled opened
/// directly, to damage it as a disk or a bug might.
fn demo_club_in_sled(dir: &std::path::Path) -> sled::Db {
    {
        let desk = open(dir);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let text = kis::demo::to_text(&kis::demo::generate(kis::demo::Scale::demo(today), today));
        desk.handle(&Actor::local(), Request::Import { text })
            .unwrap();
    }
    // sled's threads of the closed store may hold its lock a moment longer
    (0..40)
        .find_map(|_| {
            sled::open(dir.join("db")).ok().or_else(|| {
                std::thread::sleep(std::time::Duration::from_millis(50));
                None
            })
        })
        .expect("sled opens")
}

fn save_worksite(desk: &Desk, id: &str, name: &str) -> Result<Response, kis::desk::DeskError> {
    let rev = match desk.store().get::<Worksite>(id).unwrap() {
        Some(s) => Some(s.stamp.rev),
        None => None,
    };
    let w = Worksite {
        id: id.into(),
        name: name.into(),
        address: None,
    };
    desk.handle(
        &Actor::local(),
        Request::Save {
            record: Box::new(Record::Worksite(w)),
            expected_rev: rev,
        },
    )
}

fn export(desk: &Desk) -> String {
    match desk.handle(&Actor::local(), Request::Export).unwrap() {
        Response::Exported(s) => s,
        _ => unreachable!(),
    }
}

fn check_ok(desk: &Desk) {
    match desk.handle(&Actor::local(), Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok(), "{:?}", r.problems),
        _ => unreachable!(),
    }
}

/// The child: saves worksites one by one and prints each acknowledged id.
#[test]
fn kill_child_writer() {
    let Ok(dir) = std::env::var("KIS_KILL_CHILD_DIR") else {
        return;
    };
    let desk = open(std::path::Path::new(&dir));
    let start = desk.store().count(kis::store::Kind::Worksite) + 1;
    for n in start.. {
        let id = format!("w{n}");
        save_worksite(&desk, &id, &format!("Miejsce {n}")).unwrap();
        println!("ack {id}");
    }
}

#[test]
fn killed_twenty_times_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let mut acked: Vec<String> = Vec::new();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _round in 0..20 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let kill_after = 3 + (seed % 25) as usize;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "kill_child_writer",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("KIS_KILL_CHILD_DIR", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let mut seen = 0;
        for line in BufReader::new(out).lines() {
            let line = line.unwrap();
            if let Some(id) = line.strip_prefix("ack ") {
                acked.push(id.to_string());
                seen += 1;
                if seen >= kill_after {
                    break;
                }
            }
        }
        child.kill().unwrap(); // SIGKILL, in the middle of the next write
        child.wait().unwrap();
        let desk = open(dir.path());
        for id in &acked {
            assert!(
                desk.store().get::<Worksite>(id).unwrap().is_some(),
                "acknowledged {id} was lost"
            );
        }
        check_ok(&desk);
    }
    assert!(acked.len() >= 60);
}

fn journal(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join("journal.jsonl")
}

#[test]
fn a_torn_journal_tail_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = open(dir.path());
        save_worksite(&desk, "w1", "A").unwrap();
        save_worksite(&desk, "w2", "B").unwrap();
    }
    // a write cut in half, as by a power cut
    let mut j = std::fs::read(journal(dir.path())).unwrap();
    j.extend_from_slice(
        b"{\"seq\":3,\"at\":\"2026-01-01T00:00:00Z\",\"actor\":\"x\",\"commit\":tr",
    );
    std::fs::write(journal(dir.path()), j).unwrap();
    let desk = open(dir.path());
    check_ok(&desk);
    assert!(desk.store().get::<Worksite>("w2").unwrap().is_some());
    save_worksite(&desk, "w3", "C").unwrap();
    check_ok(&desk);
}

#[test]
fn a_damaged_journal_line_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = open(dir.path());
        for n in 1..=3 {
            save_worksite(&desk, &format!("w{n}"), "A").unwrap();
        }
    }
    let text = std::fs::read_to_string(journal(dir.path())).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[1] = lines[1].replacen("{", "{{", 1);
    std::fs::write(journal(dir.path()), lines.join("\n") + "\n").unwrap();
    let err = Store::open(dir.path(), &Options::default())
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("journal.jsonl, line 2"), "{err}");
}

#[test]
fn a_damaged_value_names_its_tree_and_key() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = demo_club_in_sled(dir.path());
        let t = db.open_tree("participant").unwrap();
        let (k, _) = t.iter().next().unwrap().unwrap();
        t.insert(k, &[1u8, 0xff, 0xff, 0xff][..]).unwrap();
        db.flush().unwrap();
    }
    let desk = open(dir.path());
    let err = desk
        .handle(&Actor::local(), Request::Card { id: "p1".into() })
        .unwrap_err()
        .message(Lang::En);
    assert!(
        err.contains("damaged value in tree participant, key 0000000000000001"),
        "{err}"
    );
    drop(desk);
    let data = dir.path().to_str().unwrap();
    let out = Kis::new().lang("en").run_args(&["check", "--data", data]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("tree participant"), "{stdout}");
    // rebuild from the journal mends it
    let out = Kis::new().run_args(&["rebuild", "--data", data]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Kis::new().run_args(&["check", "--data", data]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// `kis check` says what differs in the user's language: an index entry gone,
/// one left over, and a record gone from sled but not from the journal.
#[test]
fn check_names_each_problem_in_polish_and_english() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = demo_club_in_sled(dir.path());
        let pesel = db.open_tree("ix/pesel").unwrap();
        let (k, _) = pesel.iter().next().unwrap().unwrap();
        pesel.remove(k).unwrap();
        db.open_tree("ix/contract_number")
            .unwrap()
            .insert("KS/999/1999", &[0u8; 8][..])
            .unwrap();
        let jobs = db.open_tree("job").unwrap();
        let (k, _) = jobs.iter().next().unwrap().unwrap();
        jobs.remove(k).unwrap();
        db.flush().unwrap();
    }
    let data = dir.path().to_str().unwrap();
    let out = Kis::new().run_args(&["check", "--data", data]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    for polish in [
        "w indeksie ix/pesel brak klucza",
        "w indeksie ix/contract_number jest zbędny klucz",
        "jest w dzienniku, brak w bazie: zatrudnienie ",
        "mapa identyfikatorów wskazuje rekord, którego brak w bazie: zatrudnienie ",
    ] {
        assert!(said.contains(polish), "{polish}: {said}");
    }
    for english in ["lacks", "stale", "journal", "database", "record"] {
        assert!(!said.contains(english), "{english}: {said}");
    }
    let out = Kis::new().lang("en").run_args(&["check", "--data", data]);
    let said = String::from_utf8_lossy(&out.stdout);
    for english in [
        "index ix/pesel lacks key",
        "index ix/contract_number has a stale key",
        "is in the journal but not in the database",
    ] {
        assert!(said.contains(english), "{english}: {said}");
    }
}

#[derive(Clone, Debug)]
enum Op {
    Worksite(u8, String),
    Position(u8, String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..6, "[a-zł ]{1,8}").prop_map(|(i, n)| Op::Worksite(i, n)),
        (0u8..6, "[a-zó ]{1,8}").prop_map(|(i, n)| Op::Position(i, n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random saves against an in-memory map: the store agrees before and after reopening.
    #[test]
    fn the_store_agrees_with_a_model(ops in proptest::collection::vec(op(), 1..20)) {
        let dir = tempfile::tempdir().unwrap();
        let mut worksites: BTreeMap<String, String> = BTreeMap::new();
        let mut positions: BTreeMap<String, String> = BTreeMap::new();
        {
            let desk = open(dir.path());
            for o in &ops {
                match o {
                    Op::Worksite(i, n) => {
                        let id = format!("w{i}");
                        let name = format!("W {n}");
                        save_worksite(&desk, &id, &name).unwrap();
                        worksites.insert(id, name);
                    }
                    Op::Position(i, n) => {
                        let id = format!("pos{i}");
                        let name = format!("P {n}");
                        let rev = desk.store().get::<Position>(&id).unwrap().map(|s| s.stamp.rev);
                        let p = Position { id: id.clone(), name: name.clone() };
                        desk.handle(&Actor::local(), Request::Save { record: Box::new(Record::Position(p)), expected_rev: rev }).unwrap();
                        positions.insert(id, name);
                    }
                }
            }
        }
        for _reopen in 0..2 {
            let desk = open(dir.path());
            let got_w: BTreeMap<String, String> = desk.store().list::<Worksite>().unwrap().into_iter().map(|s| (s.value.id, s.value.name)).collect();
            let got_p: BTreeMap<String, String> = desk.store().list::<Position>().unwrap().into_iter().map(|s| (s.value.id, s.value.name)).collect();
            prop_assert_eq!(&got_w, &worksites);
            prop_assert_eq!(&got_p, &positions);
            check_ok(&desk);
            let e = export(&desk);
            prop_assert!(e.lines().count() >= 2 + worksites.len() + positions.len());
        }
    }
}
