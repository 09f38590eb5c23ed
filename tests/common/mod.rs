//! Helpers the integration tests share: a club of JSON lines, a desk on a fresh
//! directory, an import that must be refused at a line.
#![allow(dead_code)] // each test file uses its own part

use kis::desk::{Actor, Desk, Request, Response};
use kis::store::{Options, Store};
use kis::text::Lang;
use serde_json::Value;

pub fn text(lines: &[Value]) -> String {
    lines
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

pub fn desk() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(
        Store::open(dir.path(), &Options::default()).unwrap(),
        Lang::En,
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
    let dir_pl = tempfile::tempdir().unwrap();
    let desk_pl = Desk::new(
        Store::open(dir_pl.path(), &Options::default()).unwrap(),
        Lang::Pl,
    )
    .unwrap();
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

/// Runs the real binary on `dir` with a clean environment (English messages, no
/// `KIS_DATA` from the caller's shell).
pub fn kis(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kis"))
        .args(args)
        .arg("--data")
        .arg(dir)
        .env_remove("KIS_DATA")
        .env_remove("KIS_AS")
        .env("KIS_LANG", "en")
        .output()
        .unwrap()
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
