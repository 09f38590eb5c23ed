//! A June settlement worked out by hand: a rate change on 1 June, half hours, a
//! resignation in the middle of the month, absences, and a second agreement
//! whose odd rate shows the person's month rounded once.

mod common;

use common::Kis;
use serde_json::{json, Value};

fn club() -> String {
    let mut l = vec![json!({"type":"kis","format":1})];
    for (id, sex) in [("p1", "K"), ("p2", "M"), ("p3", "K")] {
        l.push(json!({"type":"participant","id":id,"first_name":"Osoba","last_name":format!("Próbna {id}"),"birth_date":"1980-01-01","sex":sex,
                      "categories":["long_term_unemployed"],"pup_registered":true,"status":"active"}));
        // PSU rests on participation: a contract from before the first referral
        l.push(json!({"type":"contract","id":format!("c{id}"),"participant_id":id,"number":format!("KS/{id}/2020"),
                      "signed_on":"2020-12-15","starts_on":"2020-12-15","ends_on":"2021-12-31","state":"active"}));
    }
    l.push(json!({"type":"agreement","id":"a1","number":"1/2021","starts_on":"2021-02-01","ends_on":"2021-11-30","slots":10,
                  "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,
                  "rates":[{"from":"2021-02-01","zl_per_hour":"8.70"},{"from":"2021-06-01","zl_per_hour":"9.00"}]}));
    l.push(json!({"type":"agreement","id":"a2","number":"2/2021","starts_on":"2021-01-01","ends_on":"2021-12-31","slots":5,
                  "weekly_limit_h":10,"monthly_limit_h":40,"refund_percent":60,"rates":[{"from":"2021-01-01","zl_per_hour":"8.71"}]}));
    l.push(json!({"type":"worksite","id":"w1","name":"Szkoła"}));
    l.push(json!({"type":"position","id":"pos1","name":"pomoc kuchni"}));
    l.push(json!({"type":"assignment","id":"as1","participant_id":"p1","agreement_id":"a1","worksite_id":"w1","position_id":"pos1",
                  "from":"2021-02-01","to":"2021-11-30","resigned_on":"2021-06-16","resign_reason":"podjęła pracę"}));
    l.push(json!({"type":"assignment","id":"as2","participant_id":"p2","agreement_id":"a1","worksite_id":"w1","position_id":"pos1","from":"2021-02-01","to":"2021-11-30"}));
    l.push(json!({"type":"assignment","id":"as3","participant_id":"p3","agreement_id":"a2","worksite_id":"w1","position_id":"pos1","from":"2021-01-01","to":"2021-12-31"}));
    for (a, d, h, abs) in [
        ("as1", "2021-06-01", 4.0, None), // 4 × 9.00 = 36.00
        ("as1", "2021-06-02", 3.5, None), // 3.5 × 9.00 = 31.50
        ("as1", "2021-06-08", 0.0, Some("sick")),
        ("as1", "2021-06-15", 2.5, None), // 2.5 × 9.00 = 22.50 → p1: 10 h, 90.00
        ("as2", "2021-05-31", 4.0, None), // May: not in June
        ("as2", "2021-06-07", 4.5, None), // 4.5 × 9.00 = 40.50
        ("as2", "2021-06-09", 0.0, Some("unexcused")),
        ("as2", "2021-06-10", 0.0, Some("excused")),
        ("as2", "2021-06-21", 0.5, None), // 0.5 × 9.00 = 4.50 → p2: 5 h, 45.00
        ("as3", "2021-06-03", 0.5, None), // 0.5 × 8.71 = 4.355
        ("as3", "2021-06-04", 0.5, None), // 4.355 → p3: 1 h, 8.71 (rounded once, not 8.72)
    ] {
        l.push(json!({"type":"hours","assignment_id":a,"date":d,"hours":h,"absence":abs}));
    }
    common::text(&l)
}

const KIS: Kis = Kis::new().lang("en");

#[test]
fn june_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, club()).unwrap();
    let data = dir.path().join("data");
    let out = KIS.run(&data, &["import", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = KIS.run(
        &data,
        &["psu", "settle", "--month", "2021-06", "--format", "json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    // paid 90.00 + 45.00 + 8.71 = 143.71; refund 60 % of 135.00 (a1) = 81.00
    // and 60 % of 8.71 (a2) = 5.226 → 5.23: 86.23
    assert_eq!(
        got,
        json!({"month":"2021-06","persons":[
            {"participant_id":"p1","agreement_id":"a1","hours":10.0,"absences":{"sick":1,"excused":0,"unexcused":0},"amount":"90.00"},
            {"participant_id":"p2","agreement_id":"a1","hours":5.0,"absences":{"sick":0,"excused":1,"unexcused":1},"amount":"45.00"},
            {"participant_id":"p3","agreement_id":"a2","hours":1.0,"absences":{"sick":0,"excused":0,"unexcused":0},"amount":"8.71"}],
            "hours":16.0,"paid":"143.71","refund":"86.23"})
    );
    // May holds only p2's 4 h at 8.70
    let may: Value = serde_json::from_slice(
        &KIS.run(
            &data,
            &["psu", "settle", "--month", "2021-05", "--format", "json"],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(may["paid"], "34.80");
    assert_eq!(may["refund"], "20.88");
    // the printouts list the unexcused absence for the PUP
    let print = KIS.run(
        &data,
        &["psu", "print", "--month", "2021-06", "--agreement", "a1"],
    );
    let text = String::from_utf8_lossy(&print.stdout);
    assert!(
        text.contains("LISTA WYPŁAT") && text.contains("135,00 zł") && text.contains("81,00 zł"),
        "{text}"
    );
    assert!(text.contains("Osoba Próbna p2: 09.06.2021"), "{text}");
}

#[test]
fn a_day_after_the_resignation_is_refused() {
    let mut lines: Vec<String> = club().lines().map(str::to_string).collect();
    lines.push(json!({"type":"hours","assignment_id":"as1","date":"2021-06-17","hours":2.0,"absence":null}).to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = KIS.run(
        &dir.path().join("data"),
        &["import", file.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "line {}: 2021-06-17 is outside the assignment 2021-02-01–2021-06-16",
            lines.len()
        )),
        "{err}"
    );
}

#[test]
fn the_refund_received_is_shown_beside_the_request_once_recorded() {
    let mut lines: Vec<String> = club().lines().map(str::to_string).collect();
    // the PUP paid 70.15 for June on a1 and 5.00 on a2; May's refund is another month
    lines.push(json!({"type":"refund","agreement_id":"a1","month":"2021-06","received_on":"2021-07-20","amount":"70.15"}).to_string());
    lines.push(json!({"type":"refund","agreement_id":"a2","month":"2021-06","received_on":"2021-07-22","amount":"5.00"}).to_string());
    lines.push(json!({"type":"refund","agreement_id":"a1","month":"2021-05","received_on":"2021-06-20","amount":"20.00"}).to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("club.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let data = dir.path().join("data");
    assert!(KIS
        .run(&data, &["import", file.to_str().unwrap()])
        .status
        .success());
    let june: Value = serde_json::from_slice(
        &KIS.run(
            &data,
            &["psu", "settle", "--month", "2021-06", "--format", "json"],
        )
        .stdout,
    )
    .unwrap();
    // requested 86.23 (as computed above); received 70.15 + 5.00 = 75.15
    assert_eq!(june["refund"], "86.23");
    assert_eq!(june["refund_received"], "75.15");
    let text = String::from_utf8_lossy(
        &Kis::new()
            .lang("pl")
            .run(&data, &["psu", "settle", "--month", "2021-06"])
            .stdout,
    )
    .to_string();
    assert!(text.contains("Refundacja otrzymana: 75,15 zł"), "{text}");
    // July: nothing recorded, no field
    let july: Value = serde_json::from_slice(
        &KIS.run(
            &data,
            &["psu", "settle", "--month", "2021-07", "--format", "json"],
        )
        .stdout,
    )
    .unwrap();
    assert!(july.get("refund_received").is_none(), "{july}");
}
