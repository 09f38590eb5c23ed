//! Helpers the integration tests share: a club of JSON lines, a desk on a fresh
//! directory, an import that must be refused at a line, the real binary run
//! with a known environment ([`Kis`]) or in a pseudo-terminal ([`pty`]), the
//! screens on a test backend ([`screen`]).
#![allow(dead_code)] // each test file uses its own part

use kis::desk::{Actor, Desk, Request, Response};
use kis::store::{Options, Store};
use kis::text::Lang;
use serde_json::Value;
use std::ffi::OsStr;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output};

pub mod pty;
pub mod screen;

pub fn text(lines: &[Value]) -> String {
    lines
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// A desk with English messages on a fresh directory.
pub fn desk() -> (tempfile::TempDir, Desk) {
    desk_in(Lang::En)
}

/// A desk with `lang` messages on a fresh directory.
pub fn desk_in(lang: Lang) -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(Store::open(dir.path(), &Options::default()).unwrap(), lang).unwrap();
    (dir, desk)
}

/// A desk (English messages, fresh directory) with the club `file` imported.
pub fn desk_with(file: &str) -> (tempfile::TempDir, Desk) {
    let (dir, desk) = desk();
    desk.handle(
        &Actor::local(),
        Request::Import {
            text: file.to_string(),
        },
    )
    .unwrap();
    (dir, desk)
}

/// Imports `file`, expects a refusal at `line` whose message contains `reason`,
/// and checks that nothing was stored.
pub fn refused(file: &str, line: usize, reason: &str) {
    let (_dir, desk) = desk();
    let actor = Actor::local();
    let err = desk
        .handle(
            &actor,
            Request::Import {
                text: file.to_string(),
            },
        )
        .expect_err("refused");
    let msg = err.message(Lang::En);
    assert!(msg.starts_with(&format!("line {line}: ")), "{msg}");
    assert!(msg.contains(reason), "{msg:?} should say {reason:?}");
    match desk.handle(&actor, Request::Stats).unwrap() {
        Response::Stats(s) => assert_eq!((s.participants, s.contracts, s.staff), (0, 0, 0)),
        _ => unreachable!(),
    }
    match desk.handle(&actor, Request::Check).unwrap() {
        Response::Checked(r) => assert!(r.ok() && r.journal_entries == 0, "{:?}", r.problems),
        _ => unreachable!(),
    }
    // and the same file with the Polish messages keeps the `line N:` prefix
    let (_dir_pl, desk_pl) = desk_in(Lang::Pl);
    let pl_msg = desk_pl
        .handle(
            &actor,
            Request::Import {
                text: file.to_string(),
            },
        )
        .unwrap_err()
        .message(Lang::Pl);
    assert!(pl_msg.starts_with(&format!("line {line}: ")), "{pl_msg}");
}

/// Runs the real binary on `dir` with a clean environment: `--data dir`, English
/// messages, no `KIS_DATA` or `KIS_AS` from the caller's shell.
pub fn kis(dir: &Path, args: &[&str]) -> Output {
    CLEAN.run(dir, args)
}

/// The environment of [`kis`].
pub const CLEAN: Kis = Kis::new().data_flag().without_login().lang("en");

/// How a test runs the real binary: where the data directory is given and what
/// the environment holds. Every setting is a `const fn`, so a test file says
/// once, in a `const`, how its runs look:
///
/// ```ignore
/// const KIS: Kis = Kis::new().lang("en").today("2026-11-24");
/// let out = KIS.run(&data, &["check"]);
/// ```
///
/// Unless a setting says otherwise the run inherits the caller's environment,
/// and the data directory is `KIS_DATA`.
#[derive(Clone, Copy, Debug)]
pub struct Kis {
    data_flag: bool,
    empty_env: bool,
    keep_path: bool,
    lang: Option<&'static str>,
    today: Option<&'static str>,
    without_login: bool,
    home_beside_data: bool,
    umask: Option<libc::mode_t>,
}

impl Kis {
    /// The caller's environment, the data directory in `KIS_DATA`.
    pub const fn new() -> Kis {
        Kis {
            data_flag: false,
            empty_env: false,
            keep_path: false,
            lang: None,
            today: None,
            without_login: false,
            home_beside_data: false,
            umask: None,
        }
    }

    /// The data directory as `--data dir` after the arguments, and no `KIS_DATA`.
    pub const fn data_flag(self) -> Kis {
        Kis {
            data_flag: true,
            ..self
        }
    }

    /// Nothing inherited from the caller: only what the other settings put in.
    pub const fn empty_env(self) -> Kis {
        Kis {
            empty_env: true,
            ..self
        }
    }

    /// The caller's `PATH` (or an empty one), for a run in an [`empty_env`](Kis::empty_env).
    pub const fn keep_path(self) -> Kis {
        Kis {
            keep_path: true,
            ..self
        }
    }

    /// `KIS_LANG=lang`.
    pub const fn lang(self, lang: &'static str) -> Kis {
        Kis {
            lang: Some(lang),
            ..self
        }
    }

    /// `KIS_TODAY=date` (YYYY-MM-DD).
    pub const fn today(self, date: &'static str) -> Kis {
        Kis {
            today: Some(date),
            ..self
        }
    }

    /// No `KIS_AS` from the caller's shell: the run acts as the Unix user.
    pub const fn without_login(self) -> Kis {
        Kis {
            without_login: true,
            ..self
        }
    }

    /// `HOME` is the data directory's parent (the test's temporary directory).
    pub const fn home_beside_data(self) -> Kis {
        Kis {
            home_beside_data: true,
            ..self
        }
    }

    /// The run starts under this umask, e.g. a loose `0o022`.
    pub const fn umask(self, mask: libc::mode_t) -> Kis {
        Kis {
            umask: Some(mask),
            ..self
        }
    }

    /// Runs `kis args` on `dir` and waits for its output.
    pub fn run<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Output {
        self.command(dir, args).output().unwrap()
    }

    /// Runs `kis args` where the arguments say where the data is (`--data`): no
    /// data directory from these settings.
    pub fn run_args<S: AsRef<OsStr>>(&self, args: &[S]) -> Output {
        self.build(None, args).output().unwrap()
    }

    /// `kis args` on `dir`, not started: for a test that sets pipes or more
    /// variables and then spawns it or waits for its output.
    pub fn command<S: AsRef<OsStr>>(&self, dir: &Path, args: &[S]) -> Command {
        self.build(Some(dir), args)
    }

    fn build<S: AsRef<OsStr>>(&self, dir: Option<&Path>, args: &[S]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kis"));
        cmd.args(args);
        if self.empty_env {
            cmd.env_clear();
        }
        if self.keep_path {
            cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        }
        if let Some(dir) = dir {
            if self.data_flag {
                cmd.arg("--data").arg(dir);
                cmd.env_remove("KIS_DATA");
            } else {
                cmd.env("KIS_DATA", dir);
            }
            if self.home_beside_data {
                cmd.env("HOME", dir.parent().unwrap());
            }
        }
        if self.without_login {
            cmd.env_remove("KIS_AS");
        }
        if let Some(lang) = self.lang {
            cmd.env("KIS_LANG", lang);
        }
        if let Some(date) = self.today {
            cmd.env("KIS_TODAY", date);
        }
        if let Some(mask) = self.umask {
            // SAFETY: umask is async-signal-safe.
            unsafe {
                cmd.pre_exec(move || {
                    libc::umask(mask);
                    Ok(())
                });
            }
        }
        cmd
    }
}

impl Default for Kis {
    fn default() -> Kis {
        Kis::new()
    }
}

/// stdout and stderr of a run, for messages and assertions.
pub fn output_text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The long tier: `KIS_STRESS=1` (anything but empty or `0`).
pub fn stress() -> bool {
    std::env::var("KIS_STRESS").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Cases of a fuzz test: `KIS_FUZZ_CASES=N`, else 100 000 in the long tier, 3 000 in CI.
pub fn fuzz_cases() -> u32 {
    std::env::var("KIS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if stress() { 100_000 } else { 3_000 })
}
