//! Import checks the whole file before it writes anything, then streams the
//! records into one journal batch that only its last entry commits: a bad line
//! anywhere stores nothing, a failure while storing takes the batch back, and
//! a crash in the middle leaves the data as it was.

mod common;

use common::refused;
use kis::demo::{generate, to_text, Scale};
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::psu::Worksite;
use kis::interchange::{Line, TYPES};
use kis::store::journal::{Entry, Journal};
use kis::store::{Change, Op, Options, Record, Store, StoreError};
use kis::text::Lang;
use serde_json::json;
use std::path::Path;

/// A generated club with every line type (the generator has no groups, notes
/// or refunds), big enough for several journal entries of 10 000 records.
fn club(participants: usize) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let scale = Scale {
        participants,
        psu_years: 2,
        assignments_per_year: participants / 40 + 1,
        last_year: 2025,
    };
    let lines = generate(scale, today);
    let agreement = lines
        .iter()
        .find_map(|l| match l {
            Line::Agreement(a) => Some(a.clone()),
            _ => None,
        })
        .expect("an agreement");
    let mut text = to_text(&lines);
    for extra in [
        json!({"type":"category","code":"ex_prisoners","name":"Byli więźniowie","sensitive":true}),
        json!({"type":"note","id":"n1","participant_id":"p1","author":"koordynator","on":"2025-03-02","text":"Pierwsza rozmowa"}),
        json!({"type":"refund","agreement_id":agreement.id,"month":agreement.starts_on.format("%Y-%m").to_string(),
               "received_on":agreement.ends_on.to_string(),"amount":"100.00"}),
    ] {
        text.push_str(&extra.to_string());
        text.push('\n');
    }
    text
}

fn desk_on(dir: &Path) -> Desk {
    Desk::new(Store::open(dir, &Options::default()).unwrap(), Lang::En).unwrap()
}

fn import(desk: &Desk, text: &str) -> Result<Response, kis::desk::DeskError> {
    desk.handle(
        &Actor::local(),
        Request::Import {
            text: text.to_string(),
        },
    )
}

fn export(desk: &Desk) -> String {
    match desk.handle(&Actor::local(), Request::Export).unwrap() {
        Response::Exported(s) => s,
        _ => unreachable!(),
    }
}

fn check_ok(desk: &Desk) -> u64 {
    match desk.handle(&Actor::local(), Request::Check).unwrap() {
        Response::Checked(r) => {
            assert!(r.ok(), "{:?}", r.problems);
            r.journal_entries
        }
        _ => unreachable!(),
    }
}

fn participants(desk: &Desk) -> usize {
    match desk.handle(&Actor::local(), Request::Stats).unwrap() {
        Response::Stats(s) => s.participants,
        _ => unreachable!(),
    }
}

fn line_count(text: &str) -> usize {
    text.lines().count()
}

#[test]
fn a_big_club_is_one_batch_committed_by_its_last_entry() {
    let text = club(5_000);
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_on(dir.path());
    let Response::Imported(summary) = import(&desk, &text).unwrap() else {
        panic!()
    };
    assert_eq!(summary.lines, line_count(&text));
    assert!(summary.records > 20_000, "{summary:?}");
    let entries = Journal::read_all(&dir.path().join("journal.jsonl")).unwrap();
    assert_eq!(entries.len(), summary.records.div_ceil(10_000));
    for (i, e) in entries.iter().enumerate() {
        assert_eq!(e.seq, i as u64 + 1);
        assert_eq!(e.commit, i + 1 == entries.len(), "entry {}", e.seq);
    }
    assert_eq!(check_ok(&desk), entries.len() as u64);
    let first = export(&desk);
    drop(desk);
    // The same after reopening, and after importing the export again.
    let desk = desk_on(dir.path());
    assert_eq!(export(&desk), first);
    let again = tempfile::tempdir().unwrap();
    let other = desk_on(again.path());
    import(&other, &first).unwrap();
    assert_eq!(export(&other), first);
}

#[test]
fn a_bad_line_at_the_end_of_a_big_file_stores_nothing() {
    let text = club(5_000);
    let last = line_count(&text) + 1;
    let first_participant = text
        .lines()
        .find(|l| l.starts_with("{\"type\":\"participant\""))
        .unwrap();
    for (bad, reason) in [
        (first_participant.to_string(), "participant id p1 appears twice"),
        ("{\"type\":\"worksite\",\"id\":".to_string(), "not valid JSON"),
        (
            json!({"type":"hours","assignment_id":"as999999","date":"2025-03-04","hours":4.0,"absence":null}).to_string(),
            "refers to assignment as999999",
        ),
    ] {
        refused(&format!("{text}{bad}\n"), last, reason);
    }
}

#[test]
fn a_bad_line_after_valid_ones_of_every_rank_stores_nothing() {
    let text = club(300);
    let last = line_count(&text) + 1;
    for ty in TYPES {
        let head = format!("{{\"type\":\"{ty}\"");
        let line = text
            .lines()
            .find(|l| l.starts_with(&head))
            .unwrap_or_else(|| panic!("the club has no {ty} line"));
        // The line again: every type refuses a second one.
        let reason = if *ty == "kis" {
            "a second \"kis\" header"
        } else {
            "appears twice"
        };
        refused(&format!("{text}{line}\n"), last, reason);
    }
}

fn worksite(id: &str) -> Change {
    Change::put(Record::Worksite(Worksite {
        id: id.into(),
        name: format!("Miejsce {id}"),
        address: None,
    }))
}

fn many(from: usize, count: usize) -> Change {
    Change {
        ops: (from..from + count)
            .map(|i| {
                Op::Put(Record::Worksite(Worksite {
                    id: format!("w{i}"),
                    name: "Szkoła".into(),
                    address: None,
                }))
            })
            .collect(),
        reason: None,
    }
}

/// After a refused stream: only the first worksite, the journal as it was, and
/// the next change gets the next number.
fn as_before(store: &Store, dir: &Path, journal_len: u64) {
    assert_eq!(store.last_applied_seq().unwrap(), 1);
    assert_eq!(store.count(kis::store::Kind::Worksite), 1);
    let path = dir.join("journal.jsonl");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), journal_len);
    assert_eq!(store.commit("test", worksite("next")).unwrap(), 2);
    let entries: Vec<Entry> = Journal::read_all(&path).unwrap();
    assert_eq!(
        entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert!(store.check(kis::text::Lang::En).unwrap().ok());
}

#[test]
fn a_stream_refused_at_its_end_takes_its_batch_back() {
    type Item = Result<Change, StoreError>;
    let failures: Vec<(&str, Item)> = vec![
        (
            "the changes fail",
            Err(StoreError::NotSaved {
                reason: "no more".into(),
            }),
        ),
        (
            "a change does not fit",
            Ok(Change::put(Record::Note(kis::domain::person::Note {
                id: "n1".into(),
                participant_id: "p404".into(),
                author: "ewa".into(),
                on: chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                restricted: false,
                text: "x".into(),
            }))),
        ),
    ];
    for (what, last) in failures {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), &Options::default()).unwrap();
        store.commit("test", worksite("w0")).unwrap();
        let len = std::fs::metadata(dir.path().join("journal.jsonl"))
            .unwrap()
            .len();
        let changes: Vec<Item> = (0..3).map(|i| Ok(many(1 + i * 100, 100))).collect();
        let err = store
            .commit_stream("test", changes.into_iter().chain(std::iter::once(last)))
            .expect_err(what);
        assert!(
            matches!(err, StoreError::NotSaved { .. } | StoreError::Unfit(_)),
            "{what}: {err:?}"
        );
        as_before(&store, dir.path(), len);
        drop(store);
        let store = Store::open(dir.path(), &Options::default()).unwrap();
        assert_eq!(store.count(kis::store::Kind::Worksite), 2, "{what}");
    }
}

#[test]
fn a_full_disk_while_applying_a_stream_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), &Options::default()).unwrap();
    store.commit("test", worksite("w0")).unwrap();
    let len = std::fs::metadata(dir.path().join("journal.jsonl"))
        .unwrap()
        .len();
    store.fail_next_apply(std::io::ErrorKind::StorageFull);
    let changes = (0..3).map(|i| Ok::<_, StoreError>(many(1 + i * 100, 100)));
    let err = store.commit_stream("test", changes).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    as_before(&store, dir.path(), len);
}

#[test]
fn an_empty_stream_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), &Options::default()).unwrap();
    let seq = store
        .commit_stream("test", std::iter::empty::<Result<Change, StoreError>>())
        .unwrap();
    assert_eq!(seq, 0);
    assert_eq!(
        std::fs::metadata(dir.path().join("journal.jsonl"))
            .unwrap()
            .len(),
        0
    );
}

/// The kill test's child: imports `DIR.jsonl` into `DIR` (`KIS_IMPORT_CHILD_DIR`).
#[test]
fn import_child() {
    let Ok(dir) = std::env::var("KIS_IMPORT_CHILD_DIR") else {
        return;
    };
    let text = std::fs::read_to_string(format!("{dir}.jsonl")).unwrap();
    let desk = desk_on(Path::new(&dir));
    println!("importing");
    import(&desk, &text).unwrap();
    println!("imported");
}

#[test]
fn killed_during_an_import_stores_all_or_nothing() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let text = club(5_000);
    let whole = {
        let dir = tempfile::tempdir().unwrap();
        let desk = desk_on(dir.path());
        import(&desk, &text).unwrap();
        export(&desk)
    };
    let root = tempfile::tempdir().unwrap();
    let (mut none, mut cut, mut all) = (0, 0, 0);
    for round in 0..14u64 {
        let dir = root.path().join(format!("d{round}"));
        std::fs::write(dir.with_extension("jsonl"), &text).unwrap();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "import_child",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("KIS_IMPORT_CHILD_DIR", &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Read until the import starts (libtest may print the test's name on
        // the same line), and kept open so that the child's next line is written.
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for line in lines.by_ref() {
            if line.unwrap().ends_with("importing") {
                break;
            }
        }
        // Into the check, the journal's writing, sled's applying, or after.
        std::thread::sleep(std::time::Duration::from_millis(round * 80));
        let _ = child.kill(); // SIGKILL; the import may be over already
        child.wait().unwrap();
        drop(lines);
        let journal = dir.join("journal.jsonl");
        let written = std::fs::metadata(&journal).map_or(0, |m| m.len());
        let desk = desk_on(&dir);
        check_ok(&desk);
        match participants(&desk) {
            0 => {
                none += 1;
                // Killed while the batch was being written: open cut it off.
                cut += usize::from(written > 0);
                assert_eq!(check_ok(&desk), 0, "round {round}: a batch was left");
                // Nothing half done stands in the way of importing it again.
                import(&desk, &text).unwrap();
                assert_eq!(export(&desk), whole, "round {round}");
            }
            _ => {
                all += 1;
                assert_eq!(export(&desk), whole, "round {round}");
            }
        }
    }
    eprintln!("nothing stored: {none} (of them with a batch cut off: {cut}), all: {all}");
}
