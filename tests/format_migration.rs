//! A database written by the previous version (format 4: one sled entry per
//! hour row and per search key) opens in this one: its journal is replayed
//! onto fresh files in the current layout, it exports the same club, `check`
//! finds nothing wrong, and a day's revision still guards a timesheet save.
//!
//! `tests/fixtures/format4/` is the demo club as `kis demo` of format 4 wrote
//! it (sled files and journal), with that version's `kis export` beside it.

use chrono::Datelike;
use kis::desk::{Actor, Desk, Request, Response};
use kis::domain::psu::HourRow;
use kis::store::{Options, Store};
use kis::text::Lang;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format4");
    copy_dir(&from.join("db"), &dir.path().join("db"));
    std::fs::copy(from.join("journal.jsonl"), dir.path().join("journal.jsonl")).unwrap();
    dir
}

fn open(dir: &Path) -> Desk {
    Desk::new(Store::open(dir, &Options::default()).unwrap(), Lang::En).unwrap()
}

fn export(desk: &Desk) -> String {
    match desk.handle(&Actor::local(), Request::Export) {
        Ok(Response::Exported(s)) => s,
        other => panic!("{other:?}"),
    }
}

/// What format 4 exported, with what later formats add to each line: an
/// activity's list of people (format 6), empty.
fn expected_export() -> String {
    let old = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format4/export.jsonl"),
    )
    .unwrap();
    old.lines()
        .map(|l| {
            if l.starts_with(r#"{"type":"activity""#) {
                format!("{},\"enrolled\":[]}}\n", l.trim_end_matches('}'))
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

#[test]
fn a_format_4_database_is_replayed_into_the_current_layout() {
    let dir = fixture();
    let desk = open(dir.path());
    assert!(
        !dir.path().join("db.before-format-5").exists(),
        "the old files are removed once the journal is replayed"
    );
    assert_eq!(export(&desk), expected_export());
    let Ok(Response::Checked(report)) = desk.handle(&Actor::local(), Request::Check) else {
        panic!()
    };
    assert!(report.ok(), "{:?}", report.problems);

    // A day's revision still guards its save, inside the month's value.
    // A day whose month holds other days of the same assignment.
    let rows: Vec<(String, chrono::NaiveDate)> = expected_export()
        .lines()
        .filter(|l| l.starts_with("{\"type\":\"hours\""))
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["assignment_id"].as_str().unwrap().to_string(),
                chrono::NaiveDate::parse_from_str(v["date"].as_str().unwrap(), "%Y-%m-%d").unwrap(),
            )
        })
        .collect();
    let (assignment, date) = rows
        .windows(2)
        .find(|w| w[0].0 == w[1].0 && w[0].1.month() == w[1].1.month() && w[1].1.day() <= 28)
        .map(|w| w[1].clone())
        .expect("a month with two days");
    let stored = desk
        .store()
        .stored_hour_row(&assignment, date)
        .unwrap()
        .expect("the row is there after the migration");
    let rev = stored.stamp.rev;
    let save = |expected_rev| Request::LogHours {
        row: HourRow {
            ..stored.value.clone()
        },
        expected_rev,
    };
    assert!(desk.handle(&Actor::local(), save(None)).is_err());
    desk.handle(&Actor::local(), save(Some(rev))).unwrap();
    let after = desk
        .store()
        .stored_hour_row(&assignment, date)
        .unwrap()
        .unwrap();
    assert!(after.stamp.rev > rev);
    assert_eq!(after.value, stored.value);
    // the other days of that month kept their own revisions
    let month = desk
        .store()
        .stored_hours_of_assignment_between(
            &assignment,
            date.with_day(1).unwrap(),
            date.with_day(28).unwrap(),
        )
        .unwrap();
    assert!(month
        .iter()
        .any(|s| s.value.date != date && s.stamp.rev < after.stamp.rev));
    drop(desk);

    // Opened again, nothing is migrated twice and the saved day is there.
    let desk = open(dir.path());
    assert_eq!(
        desk.store()
            .stored_hour_row(&assignment, date)
            .unwrap()
            .unwrap()
            .stamp
            .rev,
        after.stamp.rev
    );
    let Ok(Response::Checked(report)) = desk.handle(&Actor::local(), Request::Check) else {
        panic!()
    };
    assert!(report.ok(), "{:?}", report.problems);
}

#[test]
fn a_migration_cut_short_finishes_on_the_next_open() {
    let dir = fixture();
    // As if killed after the old files were set aside, before the replay ended.
    std::fs::rename(dir.path().join("db"), dir.path().join("db.before-format-5")).unwrap();
    let desk = open(dir.path());
    assert!(!dir.path().join("db.before-format-5").exists());
    assert_eq!(export(&desk), expected_export());
}
