//! A small club with its due list worked out by hand at two dates; `kis due`
//! gives the same list as the desk, sorted by date, kind, participant.

mod common;

use common::Kis;
use serde_json::{json, Value};

fn club() -> String {
    let lines = vec![
        json!({"type":"kis","format":1}),
        json!({"type":"settings","club_name":"KIS Testowo","graduate_months":6,"max_months":12,"retention_years":10}),
        // p1: active, admitted 31.08.2025 → graduate 28.02.2026, max 31.08.2026
        json!({"type":"participant","id":"p1","first_name":"Anna","last_name":"Pierwsza","birth_date":"1980-01-01","sex":"K","categories":["homeless"],"status":"active"}),
        json!({"type":"contract","id":"c1","participant_id":"p1","number":"KS/1/2025","signed_on":"2025-08-31","starts_on":"2025-08-31","ends_on":"2026-02-27","state":"active",
               "goals":[{"text":"g1","due_on":"2026-01-31","state":"open"},{"text":"g2","due_on":"2026-01-15","state":"met"}],
               "actions":[{"by":"participant","text":"a1","due_on":"2026-02-10","done_on":null},{"by":"centre","text":"a2","due_on":"2026-01-05","done_on":"2026-01-04"}],
               "annexes":[{"on":"2026-02-01","text":"przedłużenie","new_ends_on":"2026-03-15"}]}),
        // p2: finished 31.01.2026 without a certificate; p3 with one
        json!({"type":"participant","id":"p2","first_name":"Jan","last_name":"Drugi","birth_date":"1975-05-05","sex":"M","categories":["prison"],"status":"finished","outcome":"employed","ended_on":"2026-01-31"}),
        json!({"type":"contract","id":"c2","participant_id":"p2","number":"KS/2/2025","signed_on":"2025-06-01","starts_on":"2025-06-01","ends_on":"2026-01-31","state":"completed"}),
        json!({"type":"participant","id":"p3","first_name":"Ewa","last_name":"Trzecia","birth_date":"1990-03-03","sex":"K","categories":["alcohol"],"status":"interrupted","reason":"health","ended_on":"2026-01-20","certificate_on":"2026-01-21"}),
        json!({"type":"contract","id":"c3","participant_id":"p3","number":"KS/3/2025","signed_on":"2025-10-01","starts_on":"2025-10-01","ends_on":"2026-03-31","state":"ended"}),
        // p4: applicant with a draft: nothing is due for drafts
        json!({"type":"participant","id":"p4","first_name":"Olga","last_name":"Czwarta","birth_date":"1985-04-04","sex":"K","categories":["mental"],"status":"applicant"}),
        json!({"type":"contract","id":"c4","participant_id":"p4","number":"KS/4/2026","starts_on":"2026-02-01","ends_on":"2026-02-20","state":"draft",
               "actions":[{"by":"participant","text":"x","due_on":"2026-01-01","done_on":null}]}),
    ];
    common::text(&lines)
}

fn due(dir: &std::path::Path, today: &'static str, within: u32) -> Value {
    let out = Kis::new().today(today).run(
        dir,
        &["due", "--within", &within.to_string(), "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn item(kind: &str, p: &str, c: Option<&str>, date: &str) -> Value {
    json!({"kind": kind, "participant_id": p, "contract_id": c, "date": date})
}

#[test]
fn due_lists_at_two_dates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    let out = Kis::new().run(&data, &["import", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // 15.02.2026, 14 days ahead:
    // - action a1 due 10.02 not done → action_overdue 10.02 (a2 done: no)
    // - goal g1 open, due 31.01 → goal_overdue 31.01 (g2 met: no)
    // - contract c1: the annex moves its end to 15.03, outside 15.02–01.03 → nothing
    // - p1 graduate on 28.02.2026 (31.08 + 6 months, clamped) ≤ 01.03 → graduate_reached 28.02
    // - p2 finished 31.01 without a certificate → certificate_missing 31.01
    // - the draft c4 and the certificate of p3 give nothing
    assert_eq!(
        due(&data, "2026-02-15", 14),
        json!([
            item("certificate_missing", "p2", None, "2026-01-31"),
            item("goal_overdue", "p1", Some("c1"), "2026-01-31"),
            item("action_overdue", "p1", Some("c1"), "2026-02-10"),
            item("graduate_reached", "p1", None, "2026-02-28"),
        ])
    );

    // 10.09.2026, 7 days ahead: the contract's annexed end 15.03 is past and it is
    // still active → contract_overdue 15.03, whatever the window; p1 is over the
    // 12-month maximum since 31.08.2026.
    assert_eq!(
        due(&data, "2026-09-10", 7),
        json!([
            item("certificate_missing", "p2", None, "2026-01-31"),
            item("goal_overdue", "p1", Some("c1"), "2026-01-31"),
            item("action_overdue", "p1", Some("c1"), "2026-02-10"),
            item("graduate_reached", "p1", None, "2026-02-28"),
            item("contract_overdue", "p1", Some("c1"), "2026-03-15"),
            item("over_max", "p1", None, "2026-08-31"),
        ])
    );

    // 10.03.2026, 5 days ahead: the annexed end 15.03 is inside → contract_ending
    let at_march = due(&data, "2026-03-10", 5);
    assert!(
        at_march.as_array().unwrap().contains(&item(
            "contract_ending",
            "p1",
            Some("c1"),
            "2026-03-15"
        )),
        "{at_march}"
    );

    // 16.03.2026 with no horizon at all: the day after that end, c1 is overdue
    let after = due(&data, "2026-03-16", 0);
    assert!(
        after.as_array().unwrap().contains(&item(
            "contract_overdue",
            "p1",
            Some("c1"),
            "2026-03-15"
        )),
        "{after}"
    );
}

#[test]
fn a_persons_data_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| Kis::new().run(&data, args);
    assert!(run(&["import", file.to_str().unwrap()]).status.success());
    // two reads of the record: a printout and the first export
    assert!(run(&["print", "certificate", "p2"]).status.success());
    let first: Value = serde_json::from_slice(&run(&["person-export", "p2"]).stdout).unwrap();
    assert_eq!(first["participant"]["last_name"], "Drugi");
    assert_eq!(first["contracts"][0]["number"], "KS/2/2025");
    assert_eq!(first["reads"].as_array().unwrap().len(), 1);
    let second: Value = serde_json::from_slice(&run(&["person-export", "p2"]).stdout).unwrap();
    assert_eq!(
        second["reads"].as_array().unwrap().len(),
        2,
        "the export itself is a read"
    );
    let txt = String::from_utf8(run(&["person-export", "p2", "--format", "txt"]).stdout).unwrap();
    assert!(
        txt.contains("Informacja o przetwarzanych danych osobowych — art. 15 RODO")
            && txt.contains("Dotyczy: Jan Drugi")
            && txt.contains("Kto wyświetlał dane"),
        "{txt}"
    );
}

#[test]
fn the_audit_says_who_read_and_who_changed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| Kis::new().run(&data, args);
    assert!(run(&["import", file.to_str().unwrap()]).status.success());
    assert!(run(&["print", "certificate", "p2"]).status.success());
    let lines: Value =
        serde_json::from_slice(&run(&["audit", "--participant", "p2", "--format", "json"]).stdout)
            .unwrap();
    let actions: Vec<(&str, &str)> = lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["action"].as_str().unwrap(), l["kind"].as_str().unwrap()))
        .collect();
    assert!(
        actions.contains(&("changed", "participant")) && actions.contains(&("changed", "contract")),
        "{actions:?}"
    );
    assert!(actions.contains(&("read", "participant")), "{actions:?}");
    assert!(lines
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["participant_id"] == "p2"));
    let nobody: Value =
        serde_json::from_slice(&run(&["audit", "--user", "nikt", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(nobody, json!([]));
}
