//! Files kis writes are private whatever the umask, exports never follow a
//! planted symlink, and backups are never overwritten or pruned to nothing.

mod common;

use common::Kis;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The binary under a loose umask (022), as a careless login shell has it, and
/// nothing from the caller's environment.
const KIS: Kis = Kis::new()
    .empty_env()
    .lang("en")
    .today("2026-11-24")
    .home_beside_data()
    .umask(0o022);

fn ok(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

const CLUB: &str = r#"{"type":"kis","format":1}
{"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Próbny","pesel":"44051401458","birth_date":"1944-05-14","sex":"M","categories":["homeless"],"status":"active"}
{"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2026","signed_on":"2026-01-20","starts_on":"2026-01-20","ends_on":"2026-12-31","situation":"sytuacja próbna","state":"active"}
"#;

fn club(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let file = dir.join("club.jsonl");
    std::fs::write(&file, CLUB).unwrap();
    ok(&KIS.run(&data, &["import", file.to_str().unwrap()]));
    data
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().mode() & 0o777
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        out.push(e.path());
        if e.file_type().unwrap().is_dir() {
            walk(&e.path(), out);
        }
    }
}

#[test]
fn everything_kis_writes_is_private_under_a_loose_umask() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    ok(&KIS.run(&data, &["lookup", "próbny"]));
    let backup = PathBuf::from(ok(&KIS.run(&data, &["backup"])).trim());
    let export = t.path().join("out/club.jsonl");
    std::fs::create_dir_all(export.parent().unwrap()).unwrap();
    ok(&KIS.run(&data, &["export", export.to_str().unwrap()]));
    assert_eq!(mode(&data), 0o700);
    let mut all = Vec::new();
    walk(&data, &mut all);
    for name in ["journal.jsonl", "kis.lock", "audit.jsonl", "db", "backups"] {
        assert!(all.contains(&data.join(name)), "{name} is missing");
    }
    for p in &all {
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(p), want, "{}", p.display());
        // scratch of the backup is gone
        assert!(
            !p.to_string_lossy().contains("scratch"),
            "{} left behind",
            p.display()
        );
    }
    assert!(backup.starts_with(data.join("backups")));
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(mode(&export), 0o600);
}

#[test]
fn older_data_readable_by_others_is_tightened_on_open() {
    use std::os::unix::fs::PermissionsExt;
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    for p in [data.clone(), data.join("db")] {
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(
        data.join("journal.jsonl"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    ok(&KIS.run(&data, &["check"]));
    assert_eq!(
        mode(&data),
        0o710,
        "the group keeps only the way to the socket"
    );
    assert_eq!(mode(&data.join("db")), 0o700);
    assert_eq!(mode(&data.join("journal.jsonl")), 0o600);
}

#[test]
fn export_does_not_follow_a_symlink_planted_at_the_old_temporary_name() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    let victim = t.path().join("victim");
    std::fs::write(&victim, "keep me").unwrap();
    let file = t.path().join("club-out.jsonl");
    std::os::unix::fs::symlink(&victim, t.path().join("club-out.jsonl.tmp")).unwrap();
    ok(&KIS.run(&data, &["export", file.to_str().unwrap()]));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(std::fs::read_to_string(&file).unwrap().contains("Próbny"));
    // nothing else was left beside it
    let names: Vec<String> = std::fs::read_dir(t.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(".club-out"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

fn backups(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn keep_0_is_refused_and_nothing_is_deleted() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    ok(&KIS.run(&data, &["backup"]));
    let out = KIS.run(&data, &["backup", "--keep", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--keep 0 would delete every backup"));
    assert_eq!(backups(&data.join("backups")).len(), 1);
    let out = Kis::new().lang("pl").run(&data, &["backup", "--keep", "0"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("podaj co najmniej 1"));
}

#[test]
fn backups_taken_at_once_never_overwrite_each_other() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let data = data.clone();
            std::thread::spawn(move || ok(&KIS.run(&data, &["backup"])).trim().to_string())
        })
        .collect();
    let mut paths: Vec<String> = runs.into_iter().map(|r| r.join().unwrap()).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 3);
    assert_eq!(backups(&data.join("backups")).len(), 3);
}

#[test]
fn a_size_inside_a_character_is_refused_by_restore() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    let backup = ok(&KIS.run(&data, &["backup"])).trim().to_string();
    let text = std::fs::read_to_string(&backup).unwrap();
    let (head, rest) = text.split_once('\n').unwrap();
    let mut manifest: serde_json::Value = serde_json::from_str(head).unwrap();
    let export = rest.strip_prefix("--- export ---\n").unwrap();
    let inside = export.find('Ż').unwrap() + 1;
    manifest["export_bytes"] = inside.into();
    let forged = t.path().join("forged.kisb");
    std::fs::write(&forged, format!("{manifest}\n{rest}")).unwrap();
    let fresh = t.path().join("fresh");
    let out = KIS.run(&fresh, &["restore", forged.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "no panic");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ends inside a character"));
    assert!(!fresh.join("journal.jsonl").exists(), "nothing was stored");
}
