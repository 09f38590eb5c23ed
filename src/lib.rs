//! kis: the front desk of a Social Integration Club (Klub Integracji Społecznej).
//!
//! Layers point down: `tui → desk → store → domain`. Only `desk` changes data.

pub mod cli;
pub mod demo;
pub mod desk;
pub mod domain;
pub mod export;
pub mod files;
pub mod interchange;
pub mod login;
pub mod remote;
pub mod store;
pub mod text;
pub mod tui;
