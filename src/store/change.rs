//! The records and changes the store keeps live in `domain::record`.

pub use crate::domain::record::{Change, Entity, Kind, Op, Record, RecordRef};
