//! Backups taken while the data is in use restore to the same club; damaged,
//! truncated and foreign files are refused and nothing is stored.

mod common;

use common::Kis;
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::psu::Worksite;
use kis::store::{Options, Record, Store};
use kis::text::Lang;
use std::path::Path;

/// The arguments say where the data is (`--data`).
const KIS: Kis = Kis::new().lang("en");

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_backup_during_writes_restores_the_same_club() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let desk = Desk::new(Store::open(&data, &Options::default()).unwrap(), Lang::En).unwrap();
    let actor = Actor::local();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let text = kis::demo::to_text(&kis::demo::generate(kis::demo::Scale::demo(today), today));
    desk.handle(&actor, Request::Import { text }).unwrap();
    // writes go on while the backup is taken by another process
    let writer = std::thread::spawn(move || {
        for n in 100..160 {
            let w = Worksite {
                id: format!("w{n}"),
                name: format!("Miejsce {n}"),
                address: None,
            };
            desk.handle(
                &actor,
                Request::Save {
                    record: Box::new(Record::Worksite(w)),
                    expected_rev: None,
                },
            )
            .unwrap();
        }
        desk
    });
    let backups = dir.path().join("backups");
    let out = KIS.run_args(&["backup", "--data", s(&data), "--to", s(&backups)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_string();
    let desk = writer.join().unwrap();
    drop(desk);
    let restored = dir.path().join("restored");
    let out = KIS.run_args(&["restore", &path, "--data", s(&restored)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = KIS.run_args(&["check", "--data", s(&restored)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // the restored club is a prefix of the live one: all of the import, and the writes up to the backup
    let live = Desk::new(Store::open(&data, &Options::default()).unwrap(), Lang::En).unwrap();
    let back = Desk::new(
        Store::open(&restored, &Options::default()).unwrap(),
        Lang::En,
    )
    .unwrap();
    let count = |d: &Desk| d.store().count(kis::store::Kind::Worksite);
    assert!(count(&back) >= 4 && count(&back) <= count(&live));
    let Ok(Response::Exported(a)) = back.handle(&Actor::local(), Request::Export) else {
        panic!()
    };
    assert!(a.contains("\"type\":\"participant\""));
}

#[test]
fn damaged_truncated_and_foreign_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let desk = Desk::new(Store::open(&data, &Options::default()).unwrap(), Lang::En).unwrap();
        let w = Worksite {
            id: "w1".into(),
            name: "Szkoła".into(),
            address: None,
        };
        desk.handle(
            &Actor::local(),
            Request::Save {
                record: Box::new(Record::Worksite(w)),
                expected_rev: None,
            },
        )
        .unwrap();
    }
    let backups = dir.path().join("b");
    let out = KIS.run_args(&["backup", "--data", s(&data), "--to", s(&backups)]);
    let path = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_string();
    let good = std::fs::read(&path).unwrap();
    let try_restore = |bytes: &[u8], why: &str| {
        let f = dir.path().join("x.kisb");
        std::fs::write(&f, bytes).unwrap();
        let target = dir.path().join(format!("r-{}", why.len()));
        let out = KIS.run_args(&["restore", s(&f), "--data", s(&target)]);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(why), "{err}");
        assert!(!target.join("journal.jsonl").exists(), "nothing stored");
    };
    let mut flipped = good.clone();
    // inside the journal (the read audit after it is empty)
    let at = flipped.len() - 30;
    flipped[at] ^= 0x01;
    try_restore(&flipped, "checksum does not match");
    try_restore(&good[..good.len() - 30], "truncated");
    try_restore(b"{\"type\":\"kis\",\"format\":1}\n", "not a kis backup");
    // into a directory that holds data
    let out = KIS.run_args(&["restore", &path, "--data", s(&data)]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds data"));
}

#[test]
fn keep_prunes_the_oldest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let backups = dir.path().join("b");
    for name in [
        "kis-backup-20200101-000000.kisb",
        "kis-backup-20200102-000000.kisb",
        "kis-backup-20200103-000000.kisb",
    ] {
        std::fs::create_dir_all(&backups).unwrap();
        std::fs::write(backups.join(name), b"old").unwrap();
    }
    let out = KIS.run_args(&[
        "backup",
        "--data",
        s(&data),
        "--to",
        s(&backups),
        "--keep",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&backups)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2);
    assert_eq!(names[0], "kis-backup-20200103-000000.kisb");
}
