//! Every read that returns personal data is in `audit.jsonl` (fsync'd) when the
//! answer is given, `kis audit` lists it, and a backup and restore keep it.

mod common;

use common::Kis;
use kis::desk::{Actor, Desk, DocumentKind, Request, Response};
use kis::domain::report::Figure;
use kis::store::audit_file::ReadEntry;
use kis::store::{Options, Store};
use kis::text::Lang;
use std::path::Path;

const CLUB: &str = r#"{"type":"kis","format":1}
{"type":"participant","id":"p1","first_name":"Żelisław","last_name":"Próbny","pesel":"44051401458","birth_date":"1944-05-14","sex":"M","categories":["homeless"],"status":"active"}
{"type":"participant","id":"p2","first_name":"Adam","last_name":"Testowy","birth_date":"1980-01-01","sex":"M","categories":["homeless"],"status":"active"}
{"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2026","signed_on":"2026-01-20","starts_on":"2026-01-20","ends_on":"2026-12-31","situation":"sytuacja próbna","state":"active"}
"#;

const KIS: Kis = Kis::new().lang("en").today("2026-11-24");

fn ok(out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The audit file as it is on disk now.
fn entries(data: &Path) -> Vec<ReadEntry> {
    std::fs::read_to_string(data.join("audit.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn club(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("data");
    let file = dir.join("club.jsonl");
    std::fs::write(&file, CLUB).unwrap();
    ok(KIS.run(&data, &["import", file.to_str().unwrap()]));
    data
}

#[test]
fn each_read_of_personal_data_adds_an_entry() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    let desk = Desk::new(Store::open(&data, &Options::default()).unwrap(), Lang::En).unwrap();
    let ala = Actor {
        login: "ala".into(),
        owner: true,
    };
    let day = |s| kis::domain::dates::parse(s).unwrap();
    let cases: Vec<(Request, &str, &str, &str, Vec<&str>)> = vec![
        (
            Request::Lookup {
                query: "44051401458".into(),
                limit: 20,
            },
            "lookup",
            "participant",
            "",
            vec!["p1"],
        ),
        (
            Request::ListParticipants { status: None },
            "list",
            "participant",
            "*",
            vec![],
        ),
        (Request::ListContracts, "list", "contract", "*", vec![]),
        (
            Request::Contract { id: "c1".into() },
            "read",
            "contract",
            "c1",
            vec!["p1"],
        ),
        (Request::Export, "export", "club", "*", vec![]),
        (
            Request::Card { id: "p2".into() },
            "read",
            "participant",
            "p2",
            vec![],
        ),
        (
            Request::PersonExport { id: "p2".into() },
            "read",
            "participant",
            "p2",
            vec![],
        ),
        (
            Request::Document {
                which: DocumentKind::Contract("c1".into()),
                html: false,
            },
            "read",
            "participant",
            "p1",
            vec![],
        ),
        (
            Request::ReportPeople {
                from: day("2026-01-01"),
                to: day("2026-12-31"),
                figure: Figure::Admitted,
                sex: None,
            },
            "report-people",
            "participant",
            "",
            vec!["p1"],
        ),
        (
            Request::Names {
                ids: vec!["p2".into()],
            },
            "names",
            "participant",
            "",
            vec!["p2"],
        ),
    ];
    for (req, action, kind, id, ids) in cases {
        let before = entries(&data).len();
        let what = format!("{req:?}");
        let answer = desk.handle(&ala, req).unwrap();
        if let Response::Hits(h) = &answer {
            assert!(!h.is_empty(), "{what}");
        }
        // on disk when the answer is given
        let now = entries(&data);
        assert_eq!(now.len(), before + 1, "{what}");
        let e = now.last().unwrap();
        assert_eq!(
            (
                e.actor.as_str(),
                e.action.as_str(),
                e.kind.as_str(),
                e.id.as_str()
            ),
            ("ala", action, kind, id),
            "{what}"
        );
        assert_eq!(e.ids, ids, "{what}");
    }
    // reads that show nobody's data are not noted
    let before = entries(&data).len();
    desk.handle(&ala, Request::Settings).unwrap();
    desk.handle(
        &ala,
        Request::Lookup {
            query: "nikt-taki".into(),
            limit: 20,
        },
    )
    .unwrap();
    assert_eq!(entries(&data).len(), before);
}

#[test]
fn kis_audit_lists_lookups_and_exports_and_a_backup_keeps_them() {
    let t = tempfile::tempdir().unwrap();
    let data = club(t.path());
    ok(KIS.run(&data, &["lookup", "44051401458"]));
    ok(KIS.run(
        &data,
        &["export", t.path().join("x.jsonl").to_str().unwrap()],
    ));
    ok(KIS.run(&data, &["print", "contract", "c1"]));
    let lines = ok(KIS.run(&data, &["audit", "--participant", "p1"]));
    // For people: what was done and to what in words (the json keeps the codes).
    assert!(lines.contains("\tsearch\tparticipant p1"), "{lines}");
    assert!(lines.contains("\tread\tparticipant p1"), "{lines}");
    let all = ok(KIS.run(&data, &["audit"]));
    assert!(all.contains("\texport\tclub (all records)"), "{all}");
    let json = ok(KIS.run(&data, &["audit", "--format", "json"]));
    assert!(
        json.contains(r#""action":"export","kind":"club","id":"*""#),
        "{json}"
    );
    // backup and restore keep the read audit
    let backup = ok(KIS.run(&data, &["backup"])).trim().to_string();
    let restored = t.path().join("restored");
    ok(KIS.run(&restored, &["restore", &backup]));
    let before = entries(&data);
    let after = entries(&restored);
    assert_eq!(
        after[..],
        before[..after.len()],
        "the restored audit is the one backed up"
    );
    assert!(after.iter().any(|e| e.action == "lookup"));
    let lines = ok(KIS.run(&restored, &["audit", "--participant", "p1"]));
    assert!(lines.contains("\tsearch\tparticipant p1"), "{lines}");
}
