//! The records and what a change is made of: records put and deleted (one journal
//! entry each change), and a stored record's revision stamp. The vocabulary of the
//! desk's requests and answers; the store keeps them, but they are not storage types.

use crate::domain::contract::Contract;
use crate::domain::person::{Category, Participant};
use crate::domain::psu::{Agreement, Assignment, HourRow, Position, Worksite};
use crate::domain::settings::Settings;
use crate::domain::staff::Staff;
use crate::domain::workshop::{Activity, Attendance, Session, Specialist};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Record types with a string id. Never reorder: the order is the export order
/// and a stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    Staff,
    Category,
    Participant,
    Contract,
    Agreement,
    Worksite,
    Position,
    Assignment,
    Specialist,
    Activity,
    Session,
    Note,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Staff,
        Kind::Category,
        Kind::Participant,
        Kind::Contract,
        Kind::Agreement,
        Kind::Worksite,
        Kind::Position,
        Kind::Assignment,
        Kind::Specialist,
        Kind::Activity,
        Kind::Session,
        Kind::Note,
    ];

    /// The tree name, also the interchange `type`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Staff => "staff",
            Kind::Category => "category",
            Kind::Participant => "participant",
            Kind::Contract => "contract",
            Kind::Agreement => "agreement",
            Kind::Worksite => "worksite",
            Kind::Position => "position",
            Kind::Assignment => "assignment",
            Kind::Specialist => "specialist",
            Kind::Activity => "activity",
            Kind::Session => "session",
            Kind::Note => "note",
        }
    }

    /// The prefix of ids made here (`p17`, `c3`).
    pub fn id_prefix(self) -> &'static str {
        match self {
            Kind::Staff => "u",
            Kind::Category => "cat",
            Kind::Participant => "p",
            Kind::Contract => "c",
            Kind::Agreement => "a",
            Kind::Worksite => "w",
            Kind::Position => "pos",
            Kind::Assignment => "as",
            Kind::Specialist => "s",
            Kind::Activity => "act",
            Kind::Session => "se",
            Kind::Note => "n",
        }
    }
}

/// Any stored record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    Staff(Staff),
    Category(Category),
    Participant(Participant),
    Contract(Contract),
    Agreement(Agreement),
    Worksite(Worksite),
    Position(Position),
    Assignment(Assignment),
    Specialist(Specialist),
    Activity(Activity),
    Session(Session),
    Hours(HourRow),
    Attendance(Attendance),
    Settings(Settings),
    Note(crate::domain::person::Note),
}

/// Which record a delete names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordRef {
    Id(Kind, String),
    Hours {
        assignment_id: String,
        date: NaiveDate,
    },
    Attendance {
        session_id: String,
        participant_id: String,
    },
}

// Ops live briefly in one change; boxing them would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    Put(Record),
    Delete(RecordRef),
}

/// One atomic change: one journal entry, one sled transaction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub ops: Vec<Op>,
}

impl Change {
    pub fn put(record: Record) -> Change {
        Change {
            ops: vec![Op::Put(record)],
        }
    }

    pub fn push(&mut self, record: Record) {
        self.ops.push(Op::Put(record));
    }
}

/// A record type with a string id and its own tree.
pub trait Entity: Serialize + serde::de::DeserializeOwned + Clone {
    const KIND: Kind;
    fn id(&self) -> &str;
    fn into_record(self) -> Record;
    fn from_record(r: Record) -> Option<Self>;
}

macro_rules! entity {
    ($t:ty, $kind:ident) => {
        impl Entity for $t {
            const KIND: Kind = Kind::$kind;
            fn id(&self) -> &str {
                entity!(@id self, $kind)
            }
            fn into_record(self) -> Record {
                Record::$kind(self)
            }
            fn from_record(r: Record) -> Option<Self> {
                match r {
                    Record::$kind(x) => Some(x),
                    _ => None,
                }
            }
        }
    };
    (@id $s:ident, Category) => { &$s.code };
    (@id $s:ident, $k:ident) => { &$s.id };
}

entity!(Staff, Staff);
entity!(Category, Category);
entity!(Participant, Participant);
entity!(Contract, Contract);
entity!(Agreement, Agreement);
entity!(Worksite, Worksite);
entity!(Position, Position);
entity!(Assignment, Assignment);
entity!(Specialist, Specialist);
entity!(Activity, Activity);
entity!(Session, Session);
entity!(crate::domain::person::Note, Note);

impl Record {
    /// The interchange type of the record.
    pub fn type_name(&self) -> &'static str {
        match self {
            Record::Hours(_) => "hours",
            Record::Attendance(_) => "attendance",
            Record::Settings(_) => "settings",
            other => other.kind_id().map_or("record", |(k, _)| k.name()),
        }
    }

    /// The kind and id, for records that have one.
    pub fn kind_id(&self) -> Option<(Kind, &str)> {
        Some(match self {
            Record::Staff(x) => (Kind::Staff, x.id()),
            Record::Category(x) => (Kind::Category, x.id()),
            Record::Participant(x) => (Kind::Participant, x.id()),
            Record::Contract(x) => (Kind::Contract, x.id()),
            Record::Agreement(x) => (Kind::Agreement, x.id()),
            Record::Worksite(x) => (Kind::Worksite, x.id()),
            Record::Position(x) => (Kind::Position, x.id()),
            Record::Assignment(x) => (Kind::Assignment, x.id()),
            Record::Specialist(x) => (Kind::Specialist, x.id()),
            Record::Activity(x) => (Kind::Activity, x.id()),
            Record::Session(x) => (Kind::Session, x.id()),
            Record::Note(x) => (Kind::Note, x.id()),
            Record::Hours(_) | Record::Attendance(_) | Record::Settings(_) => return None,
        })
    }
}

/// Who last changed a record, and when: the base of conflict detection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The journal sequence number of the last change.
    pub rev: u64,
    pub by: String,
    /// Unix seconds.
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored<T> {
    pub stamp: Stamp,
    pub value: T,
}
