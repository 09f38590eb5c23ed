//! Errors of the desk: specific, and in the user's language.

use crate::domain::contract::ContractError;
use crate::domain::person::ParticipantError;
use crate::domain::psu::{AgreementError, HoursRefusal};
use crate::domain::staff::Role;
use crate::store::{Kind, StoreError};
use crate::text::catalog::{both, catalog, Catalog};
use crate::text::{errors, Lang};

#[derive(Debug)]
pub enum DeskError {
    NotStaff {
        login: String,
    },
    Forbidden {
        login: String,
        role: Role,
    },
    NotFound {
        kind: Kind,
        id: String,
    },
    Participant(ParticipantError),
    DuplicatePesel {
        pesel: String,
        other: String,
    },
    Contract(ContractError),
    DuplicateContractNumber {
        number: String,
    },
    Agreement(AgreementError),
    Hours(HoursRefusal),
    Assignment(crate::domain::psu::AssignmentError),
    /// A field over its limit, out of its range, or with a control character.
    Field(crate::domain::limits::FieldError),
    DuplicateId {
        kind: Kind,
        id: String,
    },
    Duplicate {
        what: &'static str,
        key: String,
    },
    Missing {
        kind: Kind,
        id: String,
    },
    Conflict {
        by: String,
        at: i64,
    },
    Invalid {
        pl: String,
        en: String,
    },
    ImportLine {
        line: usize,
        error: Box<DeskError>,
    },
    ImportSyntax {
        line: usize,
        reason: String,
    },
    NotEmpty {
        records: usize,
    },
    Store(StoreError),
    /// From or about `kis serve`, already in both languages.
    Remote {
        pl: String,
        en: String,
    },
}

impl From<StoreError> for DeskError {
    fn from(e: StoreError) -> Self {
        DeskError::Store(e)
    }
}

/// A damaged backup, already in both languages.
impl From<crate::store::backup::BadBackup> for DeskError {
    fn from(b: crate::store::backup::BadBackup) -> Self {
        DeskError::Invalid { pl: b.pl, en: b.en }
    }
}

impl From<crate::domain::limits::FieldError> for DeskError {
    fn from(e: crate::domain::limits::FieldError) -> Self {
        DeskError::Field(e)
    }
}

impl DeskError {
    /// A refusal from the catalog, in both languages:
    /// `DeskError::said(|c| c.desk.note_empty)`,
    /// `DeskError::said(|c| (c.desk.hours_after_resignation)(first.date))`.
    pub fn said<T: Into<String>>(text: impl Fn(&'static Catalog) -> T) -> DeskError {
        let (pl, en) = both(text);
        DeskError::Invalid {
            pl: pl.into(),
            en: en.into(),
        }
    }

    /// A refusal that `text` words by language: `DeskError::said_in(|lang| text::refund(lang, &e))`.
    pub fn said_in(text: impl Fn(Lang) -> String) -> DeskError {
        DeskError::Invalid {
            pl: text(Lang::Pl),
            en: text(Lang::En),
        }
    }

    pub fn at_line(self, line: usize) -> DeskError {
        DeskError::ImportLine {
            line,
            error: Box::new(self),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let t = &catalog(lang).desk;
        match self {
            DeskError::NotStaff { login } => (t.not_staff)(login),
            DeskError::Forbidden { login, role } => (t.forbidden)(login, *role),
            DeskError::NotFound { kind, id } => (t.not_found)(kind.name(), id),
            DeskError::Participant(e) => errors::participant(lang, e),
            DeskError::DuplicatePesel { pesel, other } => (t.duplicate_pesel)(pesel, other),
            DeskError::Contract(e) => errors::contract(lang, e),
            DeskError::DuplicateContractNumber { number } => (t.duplicate_contract_number)(number),
            DeskError::Agreement(e) => errors::agreement(lang, e),
            DeskError::Hours(e) => errors::hours(lang, e),
            DeskError::Assignment(e) => errors::assignment(lang, e),
            DeskError::Field(e) => errors::field(lang, e),
            DeskError::DuplicateId { kind, id } => (t.duplicate_id)(kind.name(), id),
            DeskError::Duplicate { what, key } => (t.duplicate)(what, key),
            DeskError::Missing { kind, id } => (t.missing)(kind.name(), id),
            DeskError::Conflict { by, at } => {
                let time = chrono::DateTime::from_timestamp(*at, 0)
                    .map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
                    .unwrap_or_default();
                (t.conflict)(by, &time)
            }
            DeskError::Invalid { pl, en } | DeskError::Remote { pl, en } => match lang {
                Lang::Pl => pl.clone(),
                Lang::En => en.clone(),
            },
            // `line N:` stays the same in both languages: scripts read it.
            DeskError::ImportLine { line, error } => {
                format!("line {line}: {}", error.message(lang))
            }
            DeskError::ImportSyntax { line, reason } => {
                format!("line {line}: {}", errors::json_reason(lang, reason))
            }
            DeskError::NotEmpty { records } => (t.import_needs_empty_database)(*records),
            DeskError::Store(e) => e.message(lang),
        }
    }
}

impl std::fmt::Display for DeskError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DeskError {}
