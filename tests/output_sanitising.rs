//! Old records may hold control characters that new input refuses (issue 14,
//! item 9). Put below the desk's checks, they must not reach a terminal or a
//! printout from any text output: no ESC, no BEL, no C1 CSI, no bidi override,
//! and a tab or newline in a name never breaks a tab-separated line.

mod common;

use common::Kis;
use kis::desk::{Actor, Desk, Request};
use kis::domain::contract::Contract;
use kis::domain::person::{Note, Participant};
use kis::domain::psu::{Agreement, Assignment, Worksite};
use kis::domain::staff::Staff;
use kis::domain::workshop::{Activity, Specialist};
use kis::store::{Change, Options, Record, Store};
use std::path::Path;

const TODAY: &str = "2026-05-15";

/// Clear screen, clipboard (OSC 52), BEL, C1 CSI, right-to-left override and
/// isolate, markup, a tab and a newline.
const HOSTILE: &str =
    "\x1b[2J\x1b]52;c;UE9XTkVE\x07\x07\u{9b}31m\u{202e}\u{2066}<script>x</script>\t|\n|";

/// Nothing from the caller's environment but `PATH`: the default (Polish)
/// messages, no `NO_COLOR`, no `TERM`.
const KIS: Kis = Kis::new().empty_env().keep_path().today(TODAY);

/// stdout of a run that must succeed, both its streams checked by [`assert_safe`].
fn run_safe(data: &Path, args: &[&str]) -> String {
    let out = KIS.run(data, args);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "kis {args:?}: {stderr}");
    assert_safe(&format!("kis {args:?} (stderr)"), &stderr);
    assert_safe(&format!("kis {args:?}"), &stdout);
    stdout
}

fn assert_safe(what: &str, text: &str) {
    for bad in ['\x1b', '\x07', '\u{9b}', '\u{202e}', '\u{2066}'] {
        assert!(!text.contains(bad), "{what} lets {bad:?} through:\n{text}");
    }
}

struct Club {
    person: String,
    ended: String,
    contract: String,
    agreement: String,
    month: String,
    last_name: String,
}

/// The demo club, then every text a person reads made hostile, straight
/// through the store.
fn hostile_club(data: &Path) -> Club {
    let day = kis::domain::dates::parse(TODAY).unwrap();
    let desk = Desk::new(
        Store::open(data, &Options::default()).unwrap(),
        kis::text::Lang::Pl,
    )
    .unwrap();
    let text = kis::demo::to_text(&kis::demo::generate(kis::demo::Scale::demo(day), day));
    let admin = Actor {
        login: "anowak".into(),
        owner: true,
    };
    desk.handle(&admin, Request::Import { text }).unwrap();
    let store = desk.store();
    let h = |s: &str| format!("{s}{HOSTILE}");
    let mut change = Change::default();
    let people: Vec<Participant> = store
        .list::<Participant>()
        .unwrap()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let last_name = people[0].last_name.clone();
    let ended = people.iter().find(|p| p.is_ended()).unwrap().id.clone();
    for (i, mut p) in people.into_iter().enumerate() {
        p.first_name = h(&p.first_name);
        p.last_name = h(&p.last_name);
        p.phone = Some(h("600"));
        p.email = Some(h("a@b"));
        p.notes = h("notatka");
        let mut a = p.address.clone().unwrap_or_default();
        a.street = Some(h("ul. Polna"));
        a.city = Some(h("Opole"));
        p.address = Some(a);
        change.push(Record::Note(Note {
            id: format!("nhostile{i}"),
            participant_id: p.id.clone(),
            author: h("koordynator"),
            on: day,
            restricted: false,
            text: h("treść"),
        }));
        change.push(Record::Participant(p));
    }
    let contracts: Vec<Contract> = store
        .list::<Contract>()
        .unwrap()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let contract = contracts[0].id.clone();
    for mut c in contracts {
        c.worker = Some(h("pracownik"));
        c.situation = h("sytuacja");
        c.goals.iter_mut().for_each(|g| g.text = h(&g.text));
        c.actions.iter_mut().for_each(|a| a.text = h(&a.text));
        change.push(Record::Contract(c));
    }
    for s in store.list::<Staff>().unwrap() {
        let mut s = s.value;
        s.name = h(&s.name);
        change.push(Record::Staff(s));
    }
    for a in store.list::<Activity>().unwrap() {
        let mut a = a.value;
        a.name = h(&a.name);
        change.push(Record::Activity(a));
    }
    for s in store.list::<Specialist>().unwrap() {
        let mut s = s.value;
        s.name = h(&s.name);
        s.role = h(&s.role);
        change.push(Record::Specialist(s));
    }
    for w in store.list::<Worksite>().unwrap() {
        let mut w = w.value;
        w.name = h(&w.name);
        change.push(Record::Worksite(w));
    }
    let agreements = store.list::<Agreement>().unwrap();
    let agreement = agreements[0].value.id.clone();
    for a in agreements {
        let mut a = a.value;
        a.number = h(&a.number);
        change.push(Record::Agreement(a));
    }
    let month = store
        .list::<Assignment>()
        .unwrap()
        .iter()
        .filter(|a| a.value.agreement_id == agreement)
        .flat_map(|a| store.hours_of_assignment(&a.value.id).unwrap())
        .map(|r| r.date.format("%Y-%m").to_string())
        .next()
        .expect("the demo club logs PSU hours");
    let mut settings = store.settings().unwrap();
    settings.club_name = h(&settings.club_name);
    change.push(Record::Settings(settings));
    // A hostile login shows in the audit of changes.
    store.commit(&h("anowak"), change).unwrap();
    Club {
        person: ended.clone(),
        ended,
        contract,
        agreement,
        month,
        last_name,
    }
}

/// Each line has exactly `n` tab-separated fields.
fn fields(what: &str, text: &str, n: usize) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    for l in &lines {
        assert_eq!(l.split('\t').count(), n, "{what}: {l:?}");
    }
    lines.len()
}

#[test]
fn no_text_output_passes_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let club = hostile_club(&data);
    let d = data.as_path();

    let hits = run_safe(d, &["lookup", &club.last_name]);
    assert!(fields("lookup", &hits, 5) >= 1, "{hits}");
    assert!(
        hits.contains(&format!("{}\u{fffd}[2J", club.last_name)),
        "{hits}"
    );
    let staff = run_safe(d, &["user", "list"]);
    assert!(fields("user list", &staff, 3) >= 2, "{staff}");
    fields("due", &run_safe(d, &["due", "--within", "3650"]), 4);
    let audit = run_safe(d, &["audit"]);
    assert!(fields("audit", &audit, 4) > 0);
    assert!(audit.contains("anowak\u{fffd}[2J"), "{audit}");

    let period = ["--from", "2020-01-01", "--to", TODAY];
    for format in ["txt", "csv"] {
        let report = run_safe(d, &[&["report", "--format", format][..], &period].concat());
        assert!(report.contains('\u{fffd}'), "{report}");
        run_safe(
            d,
            &[&["activities", "--format", format][..], &period].concat(),
        );
        run_safe(
            d,
            &["psu", "settle", "--month", &club.month, "--format", format],
        );
    }
    for format in ["txt", "html"] {
        let contract = run_safe(
            d,
            &["print", "contract", &club.contract, "--format", format],
        );
        assert!(contract.contains("sytuacja"), "{contract}");
        run_safe(
            d,
            &["print", "certificate", &club.ended, "--format", format],
        );
        let psu = run_safe(
            d,
            &[
                "psu",
                "print",
                "--month",
                &club.month,
                "--agreement",
                &club.agreement,
                "--format",
                format,
            ],
        );
        assert!(psu.contains("LISTA"), "{psu}");
        if format == "html" {
            for page in [&contract, &psu] {
                assert!(!page.contains("<script>"), "markup gets through:\n{page}");
                assert!(page.contains("&lt;script&gt;"), "{page}");
            }
        }
    }
    let export = run_safe(d, &["person-export", &club.person, "--format", "txt"]);
    assert!(export.contains("treść"), "{export}");

    // JSON is for programs: the same values, every unsafe character escaped.
    let hits = run_safe(d, &["lookup", &club.last_name, "--format", "json"]);
    let hits: serde_json::Value = serde_json::from_str(&hits).unwrap();
    assert_eq!(
        hits[0]["last_name"].as_str(),
        Some(format!("{}{HOSTILE}", club.last_name).as_str())
    );
    run_safe(d, &["person-export", &club.person]);
    run_safe(d, &["due", "--format", "json"]);
    run_safe(d, &["audit", "--format", "json"]);
    run_safe(d, &[&["report", "--format", "json"][..], &period].concat());
    run_safe(
        d,
        &[&["activities", "--format", "json"][..], &period].concat(),
    );
    run_safe(
        d,
        &["psu", "settle", "--month", &club.month, "--format", "json"],
    );
}
