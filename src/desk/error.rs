//! Errors of the desk: specific, and in the user's language.

use crate::domain::contract::ContractError;
use crate::domain::person::ParticipantError;
use crate::domain::psu::{AgreementError, HoursRefusal};
use crate::domain::staff::Role;
use crate::store::{Kind, StoreError};
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

impl From<crate::domain::limits::FieldError> for DeskError {
    fn from(e: crate::domain::limits::FieldError) -> Self {
        DeskError::Field(e)
    }
}

impl DeskError {
    pub fn invalid(pl: impl Into<String>, en: impl Into<String>) -> DeskError {
        DeskError::Invalid {
            pl: pl.into(),
            en: en.into(),
        }
    }

    pub fn at_line(self, line: usize) -> DeskError {
        DeskError::ImportLine {
            line,
            error: Box::new(self),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            DeskError::NotStaff { login } => {
                if en {
                    format!("login {login} is not a staff member of this club; an admin adds it with `kis user add {login} --name \"…\" --role worker`")
                } else {
                    format!("login {login} nie jest pracownikiem tego klubu; administrator dodaje go poleceniem `kis user add {login} --name \"…\" --role worker`")
                }
            }
            DeskError::Forbidden { login, role } => {
                if en {
                    format!("{login} ({role}) may not do this")
                } else {
                    format!("{login} (rola {role}) nie ma do tego uprawnień")
                }
            }
            DeskError::NotFound { kind, id } => {
                if en {
                    format!("no {} with id {id}", kind.name())
                } else {
                    format!("nie ma rekordu {} o id {id}", kind.name())
                }
            }
            DeskError::Participant(e) => errors::participant(lang, e),
            DeskError::DuplicatePesel { pesel, other } => {
                if en {
                    format!("PESEL {pesel} already belongs to {other}")
                } else {
                    format!("PESEL {pesel} należy już do: {other}")
                }
            }
            DeskError::Contract(e) => errors::contract(lang, e),
            DeskError::DuplicateContractNumber { number } => {
                if en {
                    format!("contract number {number} is already used")
                } else {
                    format!("numer kontraktu {number} jest już użyty")
                }
            }
            DeskError::Agreement(e) => errors::agreement(lang, e),
            DeskError::Hours(e) => errors::hours(lang, e),
            DeskError::Assignment(e) => errors::assignment(lang, e),
            DeskError::Field(e) => errors::field(lang, e),
            DeskError::DuplicateId { kind, id } => {
                if en {
                    format!("{} id {id} appears twice", kind.name())
                } else {
                    format!("id {id} ({}) występuje dwa razy", kind.name())
                }
            }
            DeskError::Duplicate { what, key } => {
                if en {
                    format!("{what} {key} appears twice")
                } else {
                    format!("{what} {key} występuje dwa razy")
                }
            }
            DeskError::Missing { kind, id } => {
                if en {
                    format!("refers to {} {id}, which does not exist", kind.name())
                } else {
                    format!("odwołuje się do {} {id}, którego nie ma", kind.name())
                }
            }
            DeskError::Conflict { by, at } => {
                let time = chrono::DateTime::from_timestamp(*at, 0)
                    .map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
                    .unwrap_or_default();
                if en {
                    format!("Changed by {by} at {time} — refresh (F5) and enter your changes again")
                } else {
                    format!(
                        "Zmienione przez {by} o {time} — odśwież (F5) i wprowadź zmiany ponownie"
                    )
                }
            }
            DeskError::Invalid { pl, en: e } | DeskError::Remote { pl, en: e } => {
                if en {
                    e.clone()
                } else {
                    pl.clone()
                }
            }
            // `line N:` stays the same in both languages: scripts read it.
            DeskError::ImportLine { line, error } => {
                format!("line {line}: {}", error.message(lang))
            }
            DeskError::ImportSyntax { line, reason } => format!("line {line}: {reason}"),
            DeskError::NotEmpty { records } => {
                if en {
                    format!("import needs an empty database, this one has {records} records; use another --data directory")
                } else {
                    format!("import wymaga pustej bazy, a ta ma {records} rekordów; użyj innego katalogu --data")
                }
            }
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
