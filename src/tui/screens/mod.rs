//! Screens (tabs) and full-area views: they build requests and draw.

pub mod activities;
pub mod card;
pub mod contract;
pub mod contracts;
pub mod intake;
pub mod participants;
pub mod psu;
pub mod psu_lists;
pub mod reports;
pub mod settings;
pub mod today;
