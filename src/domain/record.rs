//! The records and what a change is made of: records put and deleted (one journal
//! entry each change), and a stored record's revision stamp. The vocabulary of the
//! desk's requests and answers; the store keeps them, but they are not storage types.

use crate::domain::psu::{HourRow, Refund};
use crate::domain::settings::Settings;
use crate::domain::validate::Validate;
use crate::domain::workshop::Attendance;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Makes the record vocabulary from the table below (`record_table!`): the `Kind` variant, its
/// interchange type (also its tree's name), the prefix of ids made here, its
/// struct and the field that holds its id. Append only: the order is a stable code
/// (`Kind` is stored in the journal and the read audit). A new record type is one
/// line here plus its domain struct and rules; every `match` over `Kind` or
/// `Record`, the trees, the id maps, `check` and the apply step follow from it.
macro_rules! record_kinds {
    ($($kind:ident => $name:literal, $prefix:literal, $ty:ty, $idf:ident;)*) => {
        /// Record types with a string id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Kind {
            $($kind,)*
        }

        impl Kind {
            pub const COUNT: usize = [$(stringify!($kind),)*].len();
            pub const ALL: [Kind; Kind::COUNT] = [$(Kind::$kind,)*];

            /// The tree name, also the interchange `type`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Kind::$kind => $name,)*
                }
            }

            /// The prefix of ids made here (`p17`, `c3`).
            pub fn id_prefix(self) -> &'static str {
                match self {
                    $(Kind::$kind => $prefix,)*
                }
            }

            /// Does `v`'s work with this kind's struct.
            pub fn visit<V: KindVisitor>(self, v: V) -> V::Out {
                match self {
                    $(Kind::$kind => v.visit::<$ty>(),)*
                }
            }
        }

        /// Any stored record: those with an id, then hour rows, attendance and the
        /// club's settings.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Record {
            $($kind($ty),)*
            Hours(HourRow),
            Attendance(Attendance),
            Settings(Settings),
            Refund(Refund),
        }

        $(
            impl Entity for $ty {
                const KIND: Kind = Kind::$kind;
                fn id(&self) -> &str {
                    &self.$idf
                }
                fn set_id(&mut self, id: String) {
                    self.$idf = id;
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
        )*

        impl Record {
            /// The kind and id, for records that have one.
            pub fn kind_id(&self) -> Option<(Kind, &str)> {
                match self {
                    $(Record::$kind(x) => Some((Kind::$kind, x.id())),)*
                    Record::Hours(_)
                    | Record::Attendance(_)
                    | Record::Settings(_)
                    | Record::Refund(_) => None,
                }
            }

            /// Gives a record with an id a new one (a new record saved without one).
            pub fn set_id(&mut self, id: String) {
                match self {
                    $(Record::$kind(x) => x.set_id(id),)*
                    Record::Hours(_)
                    | Record::Attendance(_)
                    | Record::Settings(_)
                    | Record::Refund(_) => {}
                }
            }

            /// Does `v`'s work with the record's own value (not the enum around it).
            pub fn visit_value<V: ValueVisitor>(&self, v: V) -> V::Out {
                match self {
                    $(Record::$kind(x) => v.visit(x),)*
                    Record::Hours(x) => v.visit(x),
                    Record::Attendance(x) => v.visit(x),
                    Record::Settings(x) => v.visit(x),
                    Record::Refund(x) => v.visit(x),
                }
            }
        }
    };
}

/// The table itself. `record_kinds!` above and the interchange lines are made
/// from it, each by a macro given to this one.
macro_rules! record_table {
    ($callback:ident) => {
        $callback! {
            Staff => "staff", "u", crate::domain::staff::Staff, id;
            Category => "category", "cat", crate::domain::person::Category, code;
            Participant => "participant", "p", crate::domain::person::Participant, id;
            Contract => "contract", "c", crate::domain::contract::Contract, id;
            Agreement => "agreement", "a", crate::domain::psu::Agreement, id;
            Worksite => "worksite", "w", crate::domain::psu::Worksite, id;
            Position => "position", "pos", crate::domain::psu::Position, id;
            Assignment => "assignment", "as", crate::domain::psu::Assignment, id;
            Specialist => "specialist", "s", crate::domain::workshop::Specialist, id;
            Activity => "activity", "act", crate::domain::workshop::Activity, id;
            Session => "session", "se", crate::domain::workshop::Session, id;
            Note => "note", "n", crate::domain::person::Note, id;
            Job => "job", "j", crate::domain::activation::Job, id;
            Route => "route", "r", crate::domain::activation::Route, id;
        }
    };
}
pub(crate) use record_table;

record_table!(record_kinds);

/// Work done with one record type's struct, chosen at run time by its `Kind`
/// (decode a stored value, read a revision): one generic method, no `match`.
pub trait KindVisitor {
    type Out;
    fn visit<T: Entity>(self) -> Self::Out;
}

/// Work done with a record's own value, whatever its type (encode it, size it).
pub trait ValueVisitor {
    type Out;
    fn visit<T: Serialize + Validate>(self, value: &T) -> Self::Out;
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
    Refund {
        agreement_id: String,
        month: NaiveDate,
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
    /// Why a correction was made (undoing an ending, reversing a rejection,
    /// correcting a closed contract): kept in the journal, shown by `kis audit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Change {
    pub fn put(record: Record) -> Change {
        Change {
            ops: vec![Op::Put(record)],
            reason: None,
        }
    }

    pub fn delete(what: RecordRef) -> Change {
        Change {
            ops: vec![Op::Delete(what)],
            reason: None,
        }
    }

    pub fn because(mut self, reason: impl Into<String>) -> Change {
        self.reason = Some(reason.into());
        self
    }

    pub fn push(&mut self, record: Record) {
        self.ops.push(Op::Put(record));
    }
}

/// A record type with a string id and its own tree.
pub trait Entity: Serialize + serde::de::DeserializeOwned + Clone + Validate {
    const KIND: Kind;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    fn into_record(self) -> Record;
    fn from_record(r: Record) -> Option<Self>;
}

impl Record {
    /// The interchange type of the record.
    pub fn type_name(&self) -> &'static str {
        match self {
            Record::Hours(_) => "hours",
            Record::Attendance(_) => "attendance",
            Record::Settings(_) => "settings",
            Record::Refund(_) => "refund",
            other => other.kind_id().map_or("record", |(k, _)| k.name()),
        }
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
