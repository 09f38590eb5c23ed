//! The format version in `meta` and the migrations from older versions.

use super::{trees::META, Result, Store, StoreError};

pub const FORMAT: u32 = 1;
const KEY: &[u8] = b"format";

/// Each entry migrates from version `i + 1` to `i + 2`.
const MIGRATIONS: &[fn(&Store) -> Result<()>] = &[];

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
