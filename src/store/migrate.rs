//! The format version in `meta` and the migrations from older versions.

use super::{trees::META, Result, Store, StoreError};

pub const FORMAT: u32 = 2;
const KEY: &[u8] = b"format";

/// Each entry migrates from version `i + 1` to `i + 2`.
const MIGRATIONS: &[fn(&Store) -> Result<()>] = &[index_notes_by_participant];

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

pub fn run(store: &Store) -> Result<()> {
    let meta = store.tree(META);
    let found = match meta.get(KEY)? {
        Some(v) if v.len() == 4 => u32::from_be_bytes([v[0], v[1], v[2], v[3]]),
        _ => return stamp_current(store),
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
}
