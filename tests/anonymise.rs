//! After the retention period personal fields disappear from the records, the
//! journal, the indexes and the search, while a past report stays byte-identical.

mod common;

use common::Kis;
use std::path::Path;

const KIS: Kis = Kis::new().today("2026-11-24").lang("en");

const PERSONAL: [&str; 6] = [
    "Żelisław",
    "Łęcki",
    "44051401458",
    "600100200",
    "ul. Polna 3",
    "sytuacja rodzinna trudna",
];

fn club() -> String {
    let lines = [
        r#"{"type":"kis","format":1}"#,
        r#"{"type":"settings","club_name":"KIS","graduate_months":6,"max_months":12,"retention_years":3}"#,
        r#"{"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Łęcki","pesel":"44051401458","birth_date":"1944-05-14","sex":"M","address":{"street":"ul. Polna 3","postal_code":"47-200","city":"Kędzierzyn-Koźle"},"phone":"600100200","categories":["long_term_unemployed","alcohol"],"status":"finished","outcome":"employed","ended_on":"2021-09-30","certificate_on":"2021-10-01","notes":"sytuacja rodzinna trudna"}"#,
        r#"{"type":"participant","id":"p2","first_name":"Anna","last_name":"Bieżąca","birth_date":"1990-01-01","sex":"K","categories":["homeless"],"status":"active"}"#,
        r#"{"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2021","signed_on":"2021-01-20","starts_on":"2021-01-20","ends_on":"2021-09-30","situation":"sytuacja rodzinna trudna","state":"completed"}"#,
        r#"{"type":"contract","id":"c2","participant_id":"p2","number":"KS/1/2026","signed_on":"2026-01-20","starts_on":"2026-01-20","ends_on":"2026-12-31","state":"active"}"#,
    ];
    lines.join("\n") + "\n"
}

fn files_contain(dir: &Path, needle: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in walk(dir) {
        if let Ok(bytes) = std::fs::read(&entry) {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                hits.push(entry.display().to_string());
            }
        }
    }
    hits
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn anonymised_everywhere_and_the_report_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    assert!(KIS
        .run(&data, &["import", file.to_str().unwrap()])
        .status
        .success());
    let report = |data: &Path| {
        KIS.run(
            data,
            &[
                "report",
                "--from",
                "2021-01-01",
                "--to",
                "2021-12-31",
                "--format",
                "json",
            ],
        )
        .stdout
    };
    let before = report(&data);
    // one read of p1's record
    assert!(KIS
        .run(&data, &["print", "certificate", "p1"])
        .status
        .success());
    // due: ended 30.09.2021 + 3 years = 30.09.2024
    let list = String::from_utf8(KIS.run(&data, &["anonymise", "--due"]).stdout).unwrap();
    assert_eq!(list.trim(), "p1\t2021-09-30\t2024-09-30");
    // from a script without --yes: refused, nothing changed
    let out = KIS.run(&data, &["anonymise", "--due", "--apply"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    assert!(!files_contain(&data, "Łęcki").is_empty());
    let out = KIS.run(&data, &["anonymise", "--due", "--apply", "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(report(&data), before, "the 2021 report is byte-identical");
    for word in PERSONAL {
        assert_eq!(
            files_contain(&data, word),
            Vec::<String>::new(),
            "{word} remains"
        );
    }
    assert!(KIS.run(&data, &["check"]).status.success());
    // who read the record is still known
    let export: serde_json::Value =
        serde_json::from_slice(&KIS.run(&data, &["person-export", "p1"]).stdout).unwrap();
    assert_eq!(export["reads"].as_array().unwrap().len(), 1, "{export}");
    assert_eq!(export["participant"]["last_name"], "Zanonimizowany p1");
    assert_eq!(
        String::from_utf8(
            KIS.run(&data, &["lookup", "lecki", "--format", "json"])
                .stdout
        )
        .unwrap()
        .trim(),
        "[]"
    );
    // the others are untouched, and nobody is due any more
    assert!(
        String::from_utf8(KIS.run(&data, &["lookup", "biezaca"]).stdout)
            .unwrap()
            .contains("p2")
    );
    assert_eq!(
        String::from_utf8(KIS.run(&data, &["anonymise", "--due"]).stdout)
            .unwrap()
            .trim(),
        ""
    );
}

#[test]
fn backups_in_the_data_directory_are_replaced_and_printouts_listed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    assert!(KIS
        .run(&data, &["import", file.to_str().unwrap()])
        .status
        .success());
    let old = String::from_utf8(KIS.run(&data, &["backup"]).stdout).unwrap();
    let old = old.trim();
    assert!(!files_contain(&data.join("backups"), "Łęcki").is_empty());
    // printouts as the TUI names them, one that names the person inside, one of somebody else
    let prints = dir.path().join("wydruki");
    std::fs::create_dir_all(&prints).unwrap();
    let contract = prints.join("kontrakt-KS-1-2021.txt");
    let certificate = prints.join("zaswiadczenie-p1.html");
    let list = prints.join("psu-1-2021-05.txt");
    let other = prints.join("kontrakt-KS-1-2026.txt");
    std::fs::write(&contract, "umowa").unwrap();
    std::fs::write(&certificate, "zaświadczenie").unwrap();
    std::fs::write(&list, "1. Łęcki Żelisław 8 h").unwrap();
    std::fs::write(&other, "Anna Bieżąca").unwrap();
    // database files a recovery set aside, and changes `kis repair` set aside
    let broken = data.join("db.broken-20260101T000000.000");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("db"), "Łęcki Żelisław").unwrap();
    std::fs::write(data.join("journal.set-aside.jsonl"), "{}\n").unwrap();
    let out = KIS
        .command(&data, &["anonymise", "--due", "--apply", "--yes"])
        .env("KIS_PRINT_DIR", &prints)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "removed a backup older than the anonymisation: {old}"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("new backup: "), "{stdout}");
    for p in [&contract, &certificate, &list] {
        assert!(
            stdout.contains(&format!("delete it: {}", p.display())),
            "{stdout}"
        );
    }
    assert!(!stdout.contains(&other.display().to_string()), "{stdout}");
    assert!(!Path::new(old).exists());
    assert!(!broken.exists());
    assert!(
        stdout.contains("removed database files set aside by a recovery"),
        "{stdout}"
    );
    assert!(stdout.contains("journal.set-aside.jsonl"), "{stdout}");
    // nothing personal anywhere in the data directory, backups included
    for word in PERSONAL {
        assert_eq!(files_contain(&data, word), Vec::<String>::new(), "{word}");
    }
    assert_eq!(
        std::fs::read_dir(data.join("backups")).unwrap().count(),
        1,
        "one fresh backup"
    );
}
