//! A viewer gets no whole PESEL and no note text from any request it may send,
//! printouts included (issue 14, item 8). Every `Request` variant is sampled:
//! a new variant fails to compile in `viewer_may` and fails the run until it
//! has a sample here.

use kis::desk::{Actor, Desk, DeskError, DocumentKind, Request, Response, SheetOf};
use kis::domain::participation::Ending;
use kis::domain::person::{Note, Outcome, Participant};
use kis::domain::psu::{Agreement, Assignment, Worksite};
use kis::domain::report::Figure;
use kis::domain::staff::Role;
use kis::domain::workshop::{Activity, Session};
use kis::store::{Change, Options, Record, Store};
use std::collections::BTreeSet;

const TODAY: &str = "2026-05-15";

fn date(s: &str) -> chrono::NaiveDate {
    kis::domain::dates::parse(s).unwrap()
}

/// What a viewer may ask. No `_` arm: a new variant must be placed here.
fn viewer_may(r: &Request) -> bool {
    use Request as R;
    match r {
        R::Whoami
        | R::Settings
        | R::Categories
        | R::ClubSetup
        | R::RetentionImpact { .. }
        | R::Lookup { .. }
        | R::LookupCount { .. }
        | R::Names { .. }
        | R::PersonNames { .. }
        | R::ListParticipants { .. }
        | R::Card { .. }
        | R::CheckIntake(_)
        | R::NextContractNumber { .. }
        | R::Due { .. }
        | R::DueList { .. }
        | R::Contract { .. }
        | R::Document { .. }
        | R::ListContracts
        | R::Timesheet { .. }
        | R::AttendanceGrid { .. }
        | R::Workshops
        | R::PsuLists
        | R::Referrals { .. }
        | R::RefundMonths { .. }
        | R::Activities { .. }
        | R::ListStaff
        | R::Stats
        | R::ClubEmpty => true,
        R::SaveSettings { .. }
        | R::Intake(_)
        | R::UpdateParticipant { .. }
        | R::SaveContract { .. }
        | R::CorrectContract { .. }
        | R::CorrectEnding { .. }
        | R::ReverseRejection { .. }
        | R::LogHours { .. }
        | R::EndParticipation { .. }
        | R::RecordCertificate { .. }
        | R::SaveAssignment { .. }
        | R::Resign { .. }
        | R::CreateSessions { .. }
        | R::SetAttendance { .. }
        | R::QuickConsultation { .. }
        | R::PsuPrintouts { .. }
        | R::Audit { .. }
        | R::AddNote { .. }
        | R::PersonExport { .. }
        | R::Report { .. }
        | R::CompareReports { .. }
        | R::ReportPeople { .. }
        | R::Settle { .. }
        | R::Save { .. }
        | R::DeleteRecord { .. }
        | R::DeleteRefund { .. }
        | R::AddStaff { .. }
        | R::SaveStaff { .. }
        | R::SetRole { .. }
        | R::Import { .. }
        | R::LoadDemo
        | R::Export
        | R::Check
        | R::Rebuild
        | R::AnonymisationDue => false,
    }
}

fn variant(r: &Request) -> String {
    match serde_json::to_value(r).unwrap() {
        serde_json::Value::String(s) => s,
        serde_json::Value::Object(m) => m.keys().next().unwrap().clone(),
        v => panic!("{v}"),
    }
}

/// Every variant name of `Request`, as serde lists them for an unknown one.
fn all_variants() -> BTreeSet<String> {
    let err = serde_json::from_str::<Request>("\"NoSuchRequest\"")
        .unwrap_err()
        .to_string();
    let list = err.split("expected one of").nth(1).expect(&err);
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

struct Club {
    _dir: tempfile::TempDir,
    desk: Desk,
    pesels: Vec<String>,
    secrets: Vec<String>,
}

/// The demo club; every participant gets a note on the record and a note
/// record, each with a text found nowhere else.
fn club() -> Club {
    kis::desk::fix_today(date(TODAY));
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(
        Store::open(dir.path(), &Options::default()).unwrap(),
        kis::text::Lang::Pl,
    )
    .unwrap();
    let text = kis::demo::to_text(&kis::demo::generate(
        kis::demo::Scale::demo(date(TODAY)),
        date(TODAY),
    ));
    desk.handle(&admin(), Request::Import { text }).unwrap();
    let mut change = Change::default();
    let mut secrets = Vec::new();
    let mut pesels = Vec::new();
    for (i, s) in desk
        .store()
        .list::<Participant>()
        .unwrap()
        .into_iter()
        .enumerate()
    {
        let mut p = s.value;
        pesels.extend(p.pesel.as_ref().map(|x| x.to_string()));
        p.notes = format!("POUFNE-NA-KARCIE-{i}");
        secrets.push(p.notes.clone());
        let note = Note {
            id: format!("nviewer{i}"),
            participant_id: p.id.clone(),
            author: "koordynator".into(),
            on: date(TODAY),
            restricted: i % 2 == 0,
            text: format!("POUFNA-NOTATKA-{i}"),
        };
        secrets.push(note.text.clone());
        change.push(Record::Participant(p));
        change.push(Record::Note(note));
    }
    desk.store().commit("anowak", change).unwrap();
    desk.handle(
        &admin(),
        Request::AddStaff {
            login: "gosc".into(),
            name: "Gość Próbny".into(),
            role: Role::Viewer,
        },
    )
    .unwrap();
    assert!(pesels.len() > 20, "the demo club has PESEL numbers");
    Club {
        _dir: dir,
        desk,
        pesels,
        secrets,
    }
}

fn admin() -> Actor {
    Actor {
        login: "anowak".into(),
        owner: true,
    }
}

fn viewer() -> Actor {
    Actor {
        login: "gosc".into(),
        owner: false,
    }
}

/// At least one request of every variant, over records that hold PESEL numbers and notes.
fn samples(desk: &Desk) -> Vec<Request> {
    use Request as R;
    let store = desk.store();
    let people: Vec<Participant> = store
        .list::<Participant>()
        .unwrap()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let with_pesel = people.iter().find(|p| p.pesel.is_some()).unwrap().clone();
    let contracts: Vec<_> = store
        .list::<kis::domain::contract::Contract>()
        .unwrap()
        .into_iter()
        .map(|s| s.value)
        .collect();
    let agreement = store.list::<Agreement>().unwrap()[0].value.clone();
    let worksite = store.list::<Worksite>().unwrap()[0].value.clone();
    let assignment = store.list::<Assignment>().unwrap()[0].value.clone();
    let activity = store.list::<Activity>().unwrap()[0].value.clone();
    let session = store.list::<Session>().unwrap()[0].value.clone();
    let hour = store
        .list::<Assignment>()
        .unwrap()
        .iter()
        .flat_map(|a| store.hours_of_assignment(&a.value.id).unwrap())
        .next()
        .expect("the demo club logs PSU hours");
    let settings = store.settings().unwrap();
    let (from, to) = (date("2020-01-01"), date(TODAY));
    let mut out = vec![
        R::Whoami,
        R::Settings,
        R::SaveSettings {
            settings,
            confirm_due: None,
        },
        R::Categories,
        R::ClubSetup,
        R::RetentionImpact { years: 1 },
        R::LookupCount { query: "a".into() },
        R::Names { ids: ids.clone() },
        R::PersonNames { ids: ids.clone() },
        R::ListParticipants { status: None },
        R::CheckIntake(Box::new(Participant {
            id: String::new(),
            pesel: None,
            ..with_pesel.clone()
        })),
        R::Intake(Box::new(with_pesel.clone())),
        R::UpdateParticipant {
            participant: Box::new(with_pesel.clone()),
            expected_rev: 0,
        },
        R::SaveContract {
            contract: Box::new(contracts[0].clone()),
            expected_rev: None,
        },
        R::CorrectContract {
            contract: Box::new(contracts[0].clone()),
            expected_rev: 0,
            reason: "pomyłka".into(),
        },
        R::CorrectEnding {
            participant_id: with_pesel.id.clone(),
            correction: kis::domain::participation::EndingCorrection::Undo,
            reason: "pomyłka".into(),
            expected_rev: 0,
        },
        R::ReverseRejection {
            participant: Box::new(with_pesel.clone()),
            reason: "pomyłka".into(),
            expected_rev: 0,
        },
        R::NextContractNumber { year: 2026 },
        R::LogHours {
            row: hour.clone(),
            expected_rev: None,
        },
        R::EndParticipation {
            participant_id: with_pesel.id.clone(),
            ending: Ending::Finished(Outcome::Employed),
            on: date(TODAY),
            expected_rev: 0,
        },
        R::RecordCertificate {
            participant_id: with_pesel.id.clone(),
            on: date(TODAY),
        },
        R::Due { within: 3650 },
        R::DueList { within: 3650 },
        R::ListContracts,
        R::SaveAssignment {
            assignment: Box::new(assignment.clone()),
            expected_rev: None,
        },
        R::Resign {
            assignment_id: assignment.id.clone(),
            on: date(TODAY),
            reason: "próba".into(),
        },
        R::Timesheet {
            of: SheetOf::Worksite(worksite.id.clone()),
            month: hour.date,
        },
        R::CreateSessions {
            template: Box::new(session.clone()),
            weeks: 1,
        },
        R::SetAttendance {
            session_id: session.id.clone(),
            participant_id: with_pesel.id.clone(),
            state: None,
        },
        R::QuickConsultation {
            participant_id: with_pesel.id.clone(),
            activity_id: activity.id.clone(),
            specialist_id: None,
            date: date(TODAY),
            hours: kis::domain::hours::Hours::whole(1),
            topic: None,
        },
        R::AttendanceGrid {
            activity_id: activity.id.clone(),
            from,
            to,
            extra: ids.clone(),
        },
        R::Workshops,
        R::PsuLists,
        R::Referrals {
            agreement_id: agreement.id.clone(),
        },
        R::RefundMonths {
            agreement_id: agreement.id.clone(),
        },
        R::PsuPrintouts {
            agreement_id: agreement.id.clone(),
            month: hour.date,
            html: false,
        },
        R::Audit {
            participant: None,
            user: None,
            from: None,
            to: None,
        },
        R::AddNote {
            participant_id: with_pesel.id.clone(),
            text: "nie wolno".into(),
            restricted: false,
        },
        R::PersonExport {
            id: with_pesel.id.clone(),
        },
        R::Report { from, to },
        R::CompareReports { from, to, years: 1 },
        R::ReportPeople {
            from,
            to,
            figure: Figure::Admitted,
            sex: None,
        },
        R::Activities { from, to },
        R::Settle { month: hour.date },
        R::Save {
            record: Box::new(Record::Worksite(worksite)),
            expected_rev: None,
        },
        R::ListStaff,
        R::DeleteRefund {
            agreement_id: "a1".into(),
            month: date("2021-03-01"),
            expected_rev: 1,
        },
        R::DeleteRecord {
            kind: kis::domain::record::Kind::Job,
            id: "j1".into(),
            expected_rev: 1,
        },
        R::AddStaff {
            login: "intruz".into(),
            name: "Intruz".into(),
            role: Role::Admin,
        },
        R::SaveStaff {
            staff: Box::new(kis::domain::staff::Staff {
                id: String::new(),
                login: "intruz2".into(),
                name: "Intruz".into(),
                role: Role::Admin,
                basis: None,
                hours_per_week: None,
            }),
            expected_rev: None,
        },
        R::SetRole {
            login: "gosc".into(),
            role: Role::Admin,
        },
        R::Import {
            text: String::new(),
        },
        R::LoadDemo,
        R::Export,
        R::Check,
        R::Rebuild,
        R::Stats,
        R::ClubEmpty,
        R::AnonymisationDue,
    ];
    // Every person's card, lookups by PESEL and by name, every printout.
    for p in &people {
        out.push(R::Card { id: p.id.clone() });
        out.push(R::Lookup {
            query: p.last_name.clone(),
            limit: 100,
        });
        if let Some(x) = &p.pesel {
            out.push(R::Lookup {
                query: x.to_string(),
                limit: 5,
            });
        }
        for html in [false, true] {
            if p.is_ended() {
                out.push(R::Document {
                    which: DocumentKind::Certificate(p.id.clone()),
                    html,
                });
            }
        }
    }
    for c in &contracts {
        out.push(R::Contract { id: c.id.clone() });
        for html in [false, true] {
            out.push(R::Document {
                which: DocumentKind::Contract(c.id.clone()),
                html,
            });
        }
    }
    let months: BTreeSet<_> = store
        .list::<Assignment>()
        .unwrap()
        .iter()
        .flat_map(|a| store.hours_of_assignment(&a.value.id).unwrap())
        .map(|h| kis::domain::dates::month_start(h.date))
        .collect();
    for month in months {
        out.push(R::Timesheet {
            of: SheetOf::Agreement(agreement.id.clone()),
            month,
        });
    }
    for a in store.list::<Activity>().unwrap() {
        out.push(R::AttendanceGrid {
            activity_id: a.value.id,
            from,
            to,
            extra: ids.clone(),
        });
    }
    out
}

fn leaks<'a>(text: &str, club: &'a Club) -> Vec<&'a str> {
    club.pesels
        .iter()
        .chain(&club.secrets)
        .map(String::as_str)
        .filter(|s| text.contains(s))
        .collect()
}

fn shown(answer: &Result<Response, DeskError>) -> String {
    match answer {
        Ok(r) => format!("{r:?}\n{}", serde_json::to_string(r).unwrap()),
        Err(e) => format!(
            "{e:?}\n{}\n{}",
            e.message(kis::text::Lang::Pl),
            e.message(kis::text::Lang::En)
        ),
    }
}

#[test]
fn a_viewer_never_sees_a_whole_pesel_or_a_note() {
    let club = club();
    let samples = samples(&club.desk);
    let sampled: BTreeSet<String> = samples.iter().map(variant).collect();
    assert_eq!(
        sampled,
        all_variants(),
        "every Request variant needs a sample"
    );

    // The samples can see a leak: an admin is shown the PESEL numbers and notes.
    let mut admin_saw = BTreeSet::new();
    for req in samples.iter().filter(|r| viewer_may(r)) {
        admin_saw.extend(leaks(
            &shown(&club.desk.handle(&admin(), req.clone())),
            &club,
        ));
    }
    assert!(
        club.pesels
            .iter()
            .chain(&club.secrets)
            .all(|s| admin_saw.contains(s.as_str())),
        "an admin's answers hold every PESEL and note"
    );

    let mut masked_seen = false;
    for req in samples {
        let name = variant(&req);
        let may = viewer_may(&req);
        let answer = club.desk.handle(&viewer(), req);
        let text = shown(&answer);
        let found = leaks(&text, &club);
        assert!(found.is_empty(), "{name}: a viewer was shown {found:?}");
        if may {
            assert!(answer.is_ok(), "{name}: {text}");
            masked_seen |= text.contains("*****");
        } else {
            assert!(
                matches!(answer, Err(DeskError::Forbidden { .. })),
                "{name}: a viewer may not, yet got {text}"
            );
        }
    }
    assert!(masked_seen, "a viewer is shown masked numbers");
}
