//! Pure types and rules of a Social Integration Club. No I/O lives here.

pub mod activation;
pub mod collate;
pub mod contract;
pub mod dates;
pub mod due;
pub mod fold;
pub mod holidays;
pub mod hours;
pub mod limits;
pub mod money;
pub mod participation;
pub mod person;
pub mod pesel;
pub mod psu;
pub mod record;
pub mod report;
pub mod settings;
pub mod settlement;
pub mod staff;
pub mod validate;
pub mod warnings;
pub mod workshop;

pub use chrono::NaiveDate as Date;
