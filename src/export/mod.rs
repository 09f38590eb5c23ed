//! Writers for people and other programs: printable documents (text and HTML).

pub mod activities;
pub mod documents;
pub mod psu;
pub mod report;
pub mod settlement;
pub mod table;

/// How a table goes out: JSON for scripts, text for people, CSV for spreadsheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    Json,
    Txt,
    Csv,
}
