//! Server log lines on stderr. Under systemd (`JOURNAL_STREAM` set) each line
//! starts with a syslog priority such as `<4>`, which journald turns into the
//! entry's level; on a terminal it starts with the time instead.

#[derive(Clone, Copy)]
pub enum Level {
    Error = 3,
    Warning = 4,
    Info = 6,
}

use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// No more lines: a TUI's own server must not write over its screen.
pub fn mute() {
    QUIET.store(true, Ordering::SeqCst);
}

pub fn log(level: Level, msg: &str) {
    if QUIET.load(Ordering::SeqCst) {
        return;
    }
    let line = if std::env::var_os("JOURNAL_STREAM").is_some() {
        format!("<{}>{msg}", level as u8)
    } else {
        let tag = match level {
            Level::Error => "ERROR",
            Level::Warning => "WARN",
            Level::Info => "INFO",
        };
        format!(
            "{} {tag} {msg}",
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S")
        )
    };
    eprintln!("{line}");
}

pub fn info(msg: &str) {
    log(Level::Info, msg)
}

pub fn warn(msg: &str) {
    log(Level::Warning, msg)
}

pub fn error(msg: &str) {
    log(Level::Error, msg)
}
