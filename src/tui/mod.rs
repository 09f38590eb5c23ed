//! The terminal UI: events → keymap → `Action` → the top popup or the focused
//! screen → state; `draw` is a pure function of that state.

pub mod action;
pub mod app;
pub mod components;
pub mod form;
pub mod keymap;
pub mod popups;
pub mod sanitize;
pub mod screens;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod widgets;

pub use crate::desk::door::{Door, DoorEvent, Link, LocalDoor};
