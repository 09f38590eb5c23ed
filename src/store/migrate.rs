//! The format version in `meta` and the migrations from older versions.

use super::{trees::META, Result, Store, StoreError};

pub const FORMAT: u32 = 8;
const KEY: &[u8] = b"format";

/// Each entry migrates from version `i + 1` to `i + 2`.
const MIGRATIONS: &[fn(&Store) -> Result<()>] = &[
    index_notes_by_participant,
    second_round_fields,
    groups_can_retire,
    on_fresh_files,
    activities_keep_their_people,
    index_days_and_due,
    index_facts,
];

/// Databases older than this are not migrated in place: `Store::open` sets
/// their files aside (`OLD_FORMAT_DB`) and replays the journal onto fresh
/// ones, which gives the current layout directly.
const FRESH_BEFORE: u32 = 5;

/// Where the files of a database older than `FRESH_BEFORE` wait while the
/// journal is replayed; removed when the open succeeds.
pub const OLD_FORMAT_DB: &str = "db.before-format-5";

/// 4 → 5: an assignment's hours are kept a month per value (with each day's
/// stamp inside), the search keys a few hundred participants per value: sled
/// holds a fraction of the entries and opens faster. Everything in sled is
/// derived from the journal, so `Store::open` replays it onto fresh files
/// (`wants_fresh_files`) and this step has nothing left to do.
fn on_fresh_files(_: &Store) -> Result<()> {
    Ok(())
}

/// Whether the database (its `meta` tree) is of a format that is replayed
/// from the journal onto fresh files rather than migrated in place.
pub fn wants_fresh_files(meta: &sled::Tree) -> Result<bool> {
    Ok(matches!(read_format(meta)?, Some(found) if found < FRESH_BEFORE))
}

fn read_format(meta: &sled::Tree) -> Result<Option<u32>> {
    Ok(match meta.get(KEY)? {
        Some(v) if v.len() == 4 => Some(u32::from_be_bytes([v[0], v[1], v[2], v[3]])),
        _ => None,
    })
}

/// 1 → 2: notes get an index by participant (a card no longer reads every note).
fn index_notes_by_participant(store: &Store) -> Result<()> {
    use super::keys::{cat, u64_key};
    use super::trees::{ix_tree, Ix};
    use super::Kind;
    let ix = store.tree(ix_tree(Ix::NotesByParticipant));
    for n in store.list::<crate::domain::person::Note>()? {
        let (Some(p), Some(me)) = (
            store.pk(Kind::Participant, &n.value.participant_id)?,
            store.pk(Kind::Note, &n.value.id)?,
        ) else {
            continue;
        };
        ix.insert(cat(&[&u64_key(p), &u64_key(me)]), &[])?;
    }
    Ok(())
}

/// The layouts of format 2, for reading values written before the second round.
mod v2 {
    use crate::domain::{hours::Hours, money::Money, staff::Role};
    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub struct Settings {
        pub club_name: String,
        pub graduate_months: u32,
        pub max_months: u32,
        pub retention_years: u32,
        pub exclude_employed: bool,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Staff {
        pub id: String,
        pub login: String,
        pub name: String,
        pub role: Role,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Session {
        pub id: String,
        pub activity_id: String,
        pub date: NaiveDate,
        pub hours: Hours,
        pub specialist_id: Option<String>,
        pub zl_per_hour: Money,
        pub topic: Option<String>,
        pub place: Option<String>,
        pub remote: bool,
    }
}

/// Re-encodes one stored value from its format-2 layout; a value that already
/// reads in the current layout (a migration cut short and run again) stays.
fn reencode<Old, New>(
    tree: &sled::Tree,
    name: &str,
    key: &[u8],
    bytes: &[u8],
    up: impl Fn(Old) -> New,
) -> Result<()>
where
    Old: serde::de::DeserializeOwned,
    New: serde::Serialize + serde::de::DeserializeOwned,
{
    use super::codec::{decode, encode, Stored};
    if decode::<Stored<New>>(name, key, bytes).is_ok() {
        return Ok(());
    }
    let old: Stored<Old> = decode(name, key, bytes)?;
    let new = Stored {
        stamp: old.stamp,
        value: up(old.value),
    };
    tree.insert(key, encode(&new))?;
    Ok(())
}

/// 2 → 3: settings gain the club's own fields, staff their basis and hours,
/// sessions their guests (domain.md, second round).
fn second_round_fields(store: &Store) -> Result<()> {
    use super::apply::SETTINGS;
    use super::trees::kind_tree;
    use super::Kind;
    use crate::domain::{settings::Settings, staff::Staff, workshop::Session};
    let meta = store.tree(META);
    if let Some(v) = meta.get(SETTINGS)? {
        reencode(meta, "meta", SETTINGS, &v, |o: v2::Settings| Settings {
            club_name: o.club_name,
            graduate_months: o.graduate_months,
            max_months: o.max_months,
            retention_years: o.retention_years,
            exclude_employed: o.exclude_employed,
            ..Settings::default()
        })?;
    }
    let staff = store.tree(kind_tree(Kind::Staff));
    for kv in staff.iter() {
        let (k, v) = kv?;
        reencode(staff, "staff", &k, &v, |o: v2::Staff| Staff {
            id: o.id,
            login: o.login,
            name: o.name,
            role: o.role,
            basis: None,
            hours_per_week: None,
        })?;
    }
    let sessions = store.tree(kind_tree(Kind::Session));
    for kv in sessions.iter() {
        let (k, v) = kv?;
        reencode(sessions, "session", &k, &v, |o: v2::Session| Session {
            id: o.id,
            activity_id: o.activity_id,
            date: o.date,
            hours: o.hours,
            specialist_id: o.specialist_id,
            zl_per_hour: o.zl_per_hour,
            topic: o.topic,
            place: o.place,
            remote: o.remote,
            guests: 0,
        })?;
    }
    Ok(())
}

/// The layouts of format 3 that format 4 changed.
mod v3 {
    #[derive(serde::Serialize, serde::Deserialize)]
    pub struct Category {
        pub code: String,
        pub name: String,
        pub sensitive: bool,
    }
}

/// 3 → 4: a club's own group can be retired (no longer offered at intake).
fn groups_can_retire(store: &Store) -> Result<()> {
    use super::trees::kind_tree;
    use super::Kind;
    use crate::domain::person::Category;
    let tree = store.tree(kind_tree(Kind::Category));
    for kv in tree.iter() {
        let (k, v) = kv?;
        reencode(tree, "category", &k, &v, |o: v3::Category| Category {
            code: o.code,
            name: o.name,
            sensitive: o.sensitive,
            retired: false,
        })?;
    }
    Ok(())
}

mod v5 {
    #[derive(serde::Serialize, serde::Deserialize)]
    pub struct Activity {
        pub id: String,
        pub name: String,
        pub kind: crate::domain::workshop::ActivityKind,
        pub area: crate::domain::workshop::Area,
    }
}

/// 5 → 6: an activity keeps the people put on its list before any mark.
fn activities_keep_their_people(store: &Store) -> Result<()> {
    use super::trees::kind_tree;
    use super::Kind;
    use crate::domain::workshop::Activity;
    let tree = store.tree(kind_tree(Kind::Activity));
    for kv in tree.iter() {
        let (k, v) = kv?;
        reencode(tree, "activity", &k, &v, |o: v5::Activity| Activity {
            id: o.id,
            name: o.name,
            kind: o.kind,
            area: o.area,
            enrolled: Vec::new(),
        })?;
    }
    Ok(())
}

/// 6 → 7: participants by their end, contracts by their days, and who can be
/// due: the report reads the people of its period and the due list those who
/// can be due, not the whole club.
fn index_days_and_due(store: &Store) -> Result<()> {
    use super::trees::Ix;
    index_anew(
        store,
        &[
            Ix::ParticipantsByEnd,
            Ix::ContractsByDay,
            Ix::DuePeople,
            Ix::ContractsInForce,
        ],
    )
}

/// 7 → 8: the indexes of participants by end and of contracts by participant
/// hold what the report's figures read of each: the scans a report makes
/// anyway give its people, and it decodes no records.
fn index_facts(store: &Store) -> Result<()> {
    use super::trees::Ix;
    index_anew(store, &[Ix::ParticipantsByEnd, Ix::ContractsByParticipant])
}

/// Writes the entries of indexes new or changed in this format, which
/// participants and contracts derive (`apply::index_entries`).
fn index_anew(store: &Store, new: &[super::trees::Ix]) -> Result<()> {
    use super::apply::index_entries;
    use super::change::Entity;
    use super::trees::ix_tree;
    use super::Kind;
    use crate::domain::{contract::Contract, person::Participant};
    let mut resolve = |kind: Kind, id: &str| match store.pk(kind, id) {
        Ok(Some(pk)) => Ok(pk),
        Ok(None) => Err(format!("{} {id} does not exist", kind.name())),
        Err(e) => Err(e.to_string()),
    };
    let mut put = |record: crate::store::Record, pk: u64| -> Result<()> {
        // A contract of nobody is left to `kis check`, as the other indexes leave it.
        let Ok(entries) = index_entries(&record, pk, &mut resolve) else {
            return Ok(());
        };
        for (ix, k, v) in entries.into_iter().filter(|e| new.contains(&e.0)) {
            store.tree(ix_tree(ix)).insert(k, v)?;
        }
        Ok(())
    };
    store.for_each_keyed::<Participant>(|pk, p| put(p.into_record(), pk))?;
    store.for_each_keyed::<Contract>(|pk, c| put(c.into_record(), pk))?;
    Ok(())
}

pub fn run(store: &Store) -> Result<()> {
    let meta = store.tree(META);
    let Some(found) = read_format(meta)? else {
        return stamp_current(store);
    };
    if found > FORMAT {
        return Err(StoreError::TooNew {
            found,
            supported: FORMAT,
        });
    }
    for v in found..FORMAT {
        MIGRATIONS[(v - 1) as usize](store)?;
        meta.insert(KEY, &(v + 1).to_be_bytes())?;
    }
    Ok(())
}

pub fn stamp_current(store: &Store) -> Result<()> {
    store.tree(META).insert(KEY, &FORMAT.to_be_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::{Actor, Desk, Request, Response};
    use crate::store::trees::{ix_tree, Ix};
    use crate::text::Lang;

    #[test]
    fn a_format_1_database_gets_its_notes_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::demo::to_text(&crate::demo::generate(
            crate::demo::Scale::demo(crate::desk::today()),
            crate::desk::today(),
        ));
        let open = || {
            Desk::new(
                Store::open(dir.path(), &Default::default()).unwrap(),
                Lang::En,
            )
        };
        {
            let desk = open().unwrap();
            let me = Actor::local();
            desk.handle(&me, Request::Import { text }).unwrap();
            desk.handle(
                &me,
                Request::AddNote {
                    participant_id: "p1".into(),
                    text: "rozmowa".into(),
                    restricted: false,
                },
            )
            .unwrap();
            // as a format-1 database was: no such index
            desk.store()
                .tree(ix_tree(Ix::NotesByParticipant))
                .clear()
                .unwrap();
            desk.store()
                .tree(META)
                .insert(KEY, &1u32.to_be_bytes())
                .unwrap();
            desk.store().flush().unwrap();
        }
        let desk = open().unwrap();
        let Ok(Response::Card(card)) =
            desk.handle(&Actor::local(), Request::Card { id: "p1".into() })
        else {
            panic!()
        };
        assert!(card
            .notes
            .iter()
            .any(|n| n.text.as_deref() == Some("rozmowa")));
        let Ok(Response::Checked(r)) = desk.handle(&Actor::local(), Request::Check) else {
            panic!()
        };
        assert!(r.ok(), "{:?}", r.problems);
    }

    #[test]
    fn a_format_2_database_reads_in_the_second_round_layouts() {
        use crate::domain::{settings::Settings, staff::Staff, workshop::Session};
        use crate::store::codec::{decode, encode, Stored};
        use crate::store::trees::kind_tree;
        use crate::store::Kind;
        let dir = tempfile::tempdir().unwrap();
        let text = crate::demo::to_text(&crate::demo::generate(
            crate::demo::Scale::demo(crate::desk::today()),
            crate::desk::today(),
        ));
        let open = || {
            Desk::new(
                Store::open(dir.path(), &Default::default()).unwrap(),
                Lang::En,
            )
        };
        let export = |desk: &Desk| match desk.handle(&Actor::local(), Request::Export) {
            Ok(Response::Exported(s)) => s,
            other => panic!("{other:?}"),
        };
        let before;
        {
            let desk = open().unwrap();
            desk.handle(&Actor::local(), Request::Import { text })
                .unwrap();
            before = export(&desk);
            let store = desk.store();
            // every value back in its format-2 layout
            let meta = store.tree(META);
            let v = meta.get(super::super::apply::SETTINGS).unwrap().unwrap();
            let s: Stored<Settings> = decode("meta", b"", &v).unwrap();
            let old = Stored {
                stamp: s.stamp,
                value: v2::Settings {
                    club_name: s.value.club_name,
                    graduate_months: s.value.graduate_months,
                    max_months: s.value.max_months,
                    retention_years: s.value.retention_years,
                    exclude_employed: s.value.exclude_employed,
                },
            };
            meta.insert(super::super::apply::SETTINGS, encode(&old))
                .unwrap();
            let staff = store.tree(kind_tree(Kind::Staff));
            for kv in staff.iter() {
                let (k, v) = kv.unwrap();
                let s: Stored<Staff> = decode("staff", &k, &v).unwrap();
                let old = Stored {
                    stamp: s.stamp,
                    value: v2::Staff {
                        id: s.value.id,
                        login: s.value.login,
                        name: s.value.name,
                        role: s.value.role,
                    },
                };
                staff.insert(k, encode(&old)).unwrap();
            }
            let sessions = store.tree(kind_tree(Kind::Session));
            for kv in sessions.iter() {
                let (k, v) = kv.unwrap();
                let s: Stored<Session> = decode("session", &k, &v).unwrap();
                let x = s.value;
                let old = Stored {
                    stamp: s.stamp,
                    value: v2::Session {
                        id: x.id,
                        activity_id: x.activity_id,
                        date: x.date,
                        hours: x.hours,
                        specialist_id: x.specialist_id,
                        zl_per_hour: x.zl_per_hour,
                        topic: x.topic,
                        place: x.place,
                        remote: x.remote,
                    },
                };
                sessions.insert(k, encode(&old)).unwrap();
            }
            meta.insert(KEY, &2u32.to_be_bytes()).unwrap();
            store.flush().unwrap();
        }
        let desk = open().unwrap();
        let after = export(&desk);
        // The demo's staff have a basis that format 2 could not hold.
        let strip = |s: &str| {
            s.lines()
                .filter(|l| !l.contains("\"type\":\"staff\""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(strip(&after), strip(&before));
        assert!(after.contains("\"guests\":0"), "{after}");
        assert!(
            after.contains("\"graduate_rule\":\"six_months\""),
            "{after}"
        );
    }

    #[test]
    fn a_format_3_database_gets_groups_that_can_retire() {
        use crate::domain::person::Category;
        use crate::store::codec::{decode, encode, Stored};
        use crate::store::trees::kind_tree;
        use crate::store::Kind;
        let dir = tempfile::tempdir().unwrap();
        let open = || {
            Desk::new(
                Store::open(dir.path(), &Default::default()).unwrap(),
                Lang::En,
            )
            .unwrap()
        };
        let text = "{\"type\":\"kis\",\"format\":1}\n{\"type\":\"category\",\"code\":\"seniors\",\"name\":\"Seniorzy\",\"sensitive\":false}\n";
        {
            let desk = open();
            desk.handle(&Actor::local(), Request::Import { text: text.into() })
                .unwrap();
            let store = desk.store();
            let tree = store.tree(kind_tree(Kind::Category));
            for kv in tree.iter() {
                let (k, v) = kv.unwrap();
                let c: Stored<Category> = decode("category", &k, &v).unwrap();
                let old = Stored {
                    stamp: c.stamp,
                    value: v3::Category {
                        code: c.value.code,
                        name: c.value.name,
                        sensitive: c.value.sensitive,
                    },
                };
                tree.insert(k, encode(&old)).unwrap();
            }
            store.tree(META).insert(KEY, &3u32.to_be_bytes()).unwrap();
            store.flush().unwrap();
        }
        let desk = open();
        let Ok(Response::Categories(all)) = desk.handle(&Actor::local(), Request::Categories)
        else {
            panic!()
        };
        let seniors = all.iter().find(|c| c.code == "seniors").unwrap();
        assert_eq!(
            (seniors.name.as_str(), seniors.retired),
            ("Seniorzy", false)
        );
    }

    #[test]
    fn a_format_5_database_gets_activities_that_keep_their_people() {
        use crate::domain::workshop::Activity;
        use crate::store::codec::{decode, encode, Stored};
        use crate::store::trees::kind_tree;
        use crate::store::Kind;
        let dir = tempfile::tempdir().unwrap();
        let open = || {
            Desk::new(
                Store::open(dir.path(), &Default::default()).unwrap(),
                Lang::En,
            )
            .unwrap()
        };
        let text = "{\"type\":\"kis\",\"format\":1}\n{\"type\":\"activity\",\"id\":\"act1\",\"name\":\"Warsztaty\",\"kind\":\"workshop\",\"area\":\"vocational\"}\n";
        {
            let desk = open();
            desk.handle(&Actor::local(), Request::Import { text: text.into() })
                .unwrap();
            let store = desk.store();
            let tree = store.tree(kind_tree(Kind::Activity));
            for kv in tree.iter() {
                let (k, v) = kv.unwrap();
                let a: Stored<Activity> = decode("activity", &k, &v).unwrap();
                let old = Stored {
                    stamp: a.stamp,
                    value: v5::Activity {
                        id: a.value.id,
                        name: a.value.name,
                        kind: a.value.kind,
                        area: a.value.area,
                    },
                };
                tree.insert(k, encode(&old)).unwrap();
            }
            store.tree(META).insert(KEY, &5u32.to_be_bytes()).unwrap();
            store.flush().unwrap();
        }
        let desk = open();
        let Ok(Response::Workshops { activities, .. }) =
            desk.handle(&Actor::local(), Request::Workshops)
        else {
            panic!()
        };
        assert_eq!(activities.len(), 1);
        assert_eq!(activities[0].value.name, "Warsztaty");
        assert!(activities[0].value.enrolled.is_empty());
        let meta = desk.store().tree(META);
        assert_eq!(read_format(meta).unwrap(), Some(FORMAT));
    }

    /// A club written at `format`, whose `missing` indexes were as `rewind`
    /// leaves them, opens with them derived, and answers as before.
    fn migrates_from_without(format: u32, missing: &[Ix], rewind: fn(&sled::Tree)) {
        let dir = tempfile::tempdir().unwrap();
        let text = crate::demo::to_text(&crate::demo::generate(
            crate::demo::Scale::demo(crate::desk::today()),
            crate::desk::today(),
        ));
        let open = || {
            Desk::new(
                Store::open(dir.path(), &Default::default()).unwrap(),
                Lang::En,
            )
        };
        let contents = |desk: &Desk| -> Vec<Vec<(sled::IVec, sled::IVec)>> {
            missing
                .iter()
                .map(|ix| {
                    let tree = desk.store().tree(ix_tree(*ix));
                    tree.iter().map(|kv| kv.unwrap()).collect()
                })
                .collect()
        };
        let year = Request::Report {
            from: crate::desk::today() - chrono::Days::new(365),
            to: crate::desk::today(),
        };
        let (before, due, report) = {
            let desk = open().unwrap();
            desk.handle(&Actor::local(), Request::Import { text })
                .unwrap();
            let before = contents(&desk);
            assert!(before.iter().all(|t| !t.is_empty()));
            let Ok(Response::Due(due)) = desk.handle(&Actor::local(), Request::Due { within: 14 })
            else {
                panic!()
            };
            let Ok(Response::Report(report)) = desk.handle(&Actor::local(), year.clone()) else {
                panic!()
            };
            for ix in missing {
                rewind(desk.store().tree(ix_tree(*ix)));
            }
            desk.store()
                .tree(META)
                .insert(KEY, &format.to_be_bytes())
                .unwrap();
            desk.store().flush().unwrap();
            (before, due, report)
        };
        let desk = open().unwrap();
        assert_eq!(contents(&desk), before);
        let Ok(Response::Due(again)) = desk.handle(&Actor::local(), Request::Due { within: 14 })
        else {
            panic!()
        };
        assert_eq!(again, due);
        let Ok(Response::Report(again)) = desk.handle(&Actor::local(), year) else {
            panic!()
        };
        assert_eq!(again, report);
        let Ok(Response::Checked(r)) = desk.handle(&Actor::local(), Request::Check) else {
            panic!()
        };
        assert!(r.ok(), "{:?}", r.problems);
        assert_eq!(read_format(desk.store().tree(META)).unwrap(), Some(FORMAT));
    }

    #[test]
    fn a_format_6_database_gets_its_days_and_due_indexed() {
        migrates_from_without(
            6,
            &[
                Ix::ParticipantsByEnd,
                Ix::ContractsByDay,
                Ix::DuePeople,
                Ix::ContractsInForce,
            ],
            |tree| tree.clear().unwrap(),
        );
    }

    #[test]
    fn a_format_7_database_gets_its_facts_indexed() {
        // Format 7 kept the same keys with (almost always) empty values.
        migrates_from_without(
            7,
            &[Ix::ParticipantsByEnd, Ix::ContractsByParticipant],
            |tree| {
                for kv in tree.iter() {
                    tree.insert(kv.unwrap().0, &[]).unwrap();
                }
            },
        );
    }
}
