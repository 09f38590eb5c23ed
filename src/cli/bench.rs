//! `kis bench`: import, lookup latency, memory and size on generated data.

use crate::desk::{Actor, Desk, Request, Response};
use crate::store::{Options, Store};
use crate::text::Lang;
use std::time::Instant;

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.to_string())
        })
        .and_then(|l| {
            l.split_whitespace()
                .nth(1)
                .and_then(|k| k.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The lookup phase runs in a fresh process (`kis bench --reuse DIR`), so its
/// memory is that of a desk serving a big club, not of the import.
pub fn run(
    participants: usize,
    hours: usize,
    lookups: usize,
    reuse: Option<&std::path::Path>,
) -> Result<(), String> {
    if let Some(dir) = reuse {
        if std::env::var_os(WHOLE_PHASE).is_some() {
            return whole_commands(dir, &dir.with_extension("export.jsonl"));
        }
        return lookup_phase(dir, lookups);
    }
    let keep = std::env::var_os("KIS_BENCH_DIR").map(std::path::PathBuf::from);
    let dir = match &keep {
        Some(d) => d.clone(),
        None => tempfile_dir()?,
    };
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("date");
    // Each assignment-year yields about 84 rows (Tue/Thu, Feb–Nov).
    let per_year = 1000usize;
    let years = hours.div_ceil(per_year * 84).max(1) as i32;
    let scale = crate::demo::Scale {
        participants,
        psu_years: years,
        assignments_per_year: per_year,
        last_year: 2025,
    };
    let t = Instant::now();
    let text = crate::demo::to_text(&crate::demo::generate(scale, today));
    let rows = text
        .lines()
        .filter(|l| l.starts_with("{\"type\":\"hours\""))
        .count();
    println!(
        "generated: {} lines, {rows} hour rows, {:.1} MB in {:.1} s",
        text.lines().count(),
        text.len() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    // Beside the data directory, for `grep` to read as a person would.
    let export = dir.with_extension("export.jsonl");
    std::fs::write(&export, &text).map_err(|e| e.to_string())?;
    drop(text);
    // From a small process: a child's peak RSS starts from its parent's, and
    // this one has held the generated club. It imports first (the data
    // directory is empty), then runs the other commands.
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let measured = std::process::Command::new(&exe)
        .args(["bench", "--reuse"])
        .arg(&dir)
        .env(WHOLE_PHASE, "1")
        .status()
        .map_err(|e| e.to_string())
        .and_then(|s| match s.success() {
            true => Ok(()),
            false => Err("the whole-command phase failed".to_string()),
        })
        .and_then(|()| {
            let status = std::process::Command::new(&exe)
                .args(["bench", "--lookups", &lookups.to_string(), "--reuse"])
                .arg(&dir)
                .status()
                .map_err(|e| e.to_string())?;
            match status.success() {
                true => Ok(()),
                false => Err("the lookup phase failed".to_string()),
            }
        });
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_file(&export);
    }
    measured
}

/// Set for the child that runs `whole_commands` (internal to `kis bench`).
const WHOLE_PHASE: &str = "KIS_BENCH_WHOLE_COMMANDS";

/// Runs `exe args` to its end as a fresh process, its output thrown away:
/// (wall time in ms, peak RSS in MiB, whether it exited with 0).
fn whole(exe: &std::path::Path, args: &[&str]) -> Result<(f64, f64, bool), String> {
    use std::process::{Command, Stdio};
    let t = Instant::now();
    let child = Command::new(exe)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else reaps.
    let rc = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    if rc < 0 {
        return Err(std::io::Error::last_os_error().to_string());
    }
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok((ms, usage.ru_maxrss as f64 / 1024.0, ok))
}

/// p50 and max of `runs` runs of one command, and the largest peak RSS.
fn repeat(
    exe: &std::path::Path,
    runs: &[Vec<String>],
    must_succeed: bool,
) -> Result<(f64, f64, f64), String> {
    let mut times = Vec::new();
    let mut rss: f64 = 0.0;
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (ms, mb, ok) = whole(exe, &args)?;
        if must_succeed && !ok {
            return Err(format!("`{}` failed", args.join(" ")));
        }
        times.push(ms);
        rss = rss.max(mb);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    Ok((
        percentile(&times, 0.5),
        times.last().copied().unwrap_or(0.0),
        rss,
    ))
}

/// The commands a person runs, each as a fresh process on the benchmark's
/// data (opening included, as at a shell or in a script), next to `grep -i`
/// over the export.
fn whole_commands(dir: &std::path::Path, export: &std::path::Path) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let data = dir.to_string_lossy().to_string();
    let kis = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        v.extend(["--data".to_string(), data.clone()]);
        v
    };
    if !dir.join("journal.jsonl").exists() {
        let file = export.to_string_lossy().to_string();
        let (ms, rss, ok) = whole(
            &exe,
            &kis(&["import", &file])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )?;
        if !ok {
            return Err(format!("`kis import {file}` failed"));
        }
        let size = dir_size(dir);
        let export_bytes = std::fs::metadata(export).map_or(0, |m| m.len());
        println!("kis import: {:.1} s, peak RSS {rss:.0} MiB", ms / 1000.0);
        println!(
            "on disk: {:.1} MB (database and journal), {:.2}× the export's {:.1} MB",
            size as f64 / 1e6,
            size as f64 / export_bytes.max(1) as f64,
            export_bytes as f64 / 1e6
        );
    }
    // sled's first open after the import replays its own log: once, not per command.
    let (first, _, _) = whole(
        &exe,
        &kis(&["lookup", "nowak"])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    )?;
    println!("whole commands (fresh process each; first open after the import {first:.0} ms):");
    let queries = [
        "nowak",
        "kow",
        "wojcik maria",
        "5100",
        "sl",
        "lodz",
        "anna",
        "zolc",
    ];
    let runs: Vec<Vec<String>> = (0..3)
        .flat_map(|_| queries.iter().map(|q| kis(&["lookup", q])))
        .collect();
    let (p50, max, rss) = repeat(&exe, &runs, true)?;
    println!(
        "  kis lookup NAME: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB ({} runs)",
        runs.len()
    );
    let grep = std::path::Path::new("grep");
    let file = export.to_string_lossy().to_string();
    let runs: Vec<Vec<String>> = (0..3)
        .flat_map(|_| {
            queries
                .iter()
                .map(|q| vec!["-i".to_string(), q.to_string(), file.clone()])
        })
        .collect();
    // grep fails on a missing file in a millisecond; that is no comparison.
    let measured = if export.is_file() {
        repeat(grep, &runs, false)
    } else {
        Err(format!("no export at {file}"))
    };
    match measured {
        Ok((p50, max, rss)) => println!(
            "  grep -i NAME over the export: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB"
        ),
        Err(e) => println!("  grep -i NAME over the export: not run ({e})"),
    }
    let runs = vec![kis(&["report", "--from", "2025-01-01", "--to", "2025-12-31"]); 3];
    let (p50, max, rss) = repeat(&exe, &runs, true)?;
    println!("  kis report (year 2025): p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB");
    let runs = vec![kis(&["psu", "settle", "--month", "2025-06"]); 5];
    let (p50, max, rss) = repeat(&exe, &runs, true)?;
    println!(
        "  kis psu settle --month 2025-06: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB"
    );
    let runs = vec![kis(&["due"]); 3];
    let (p50, max, rss) = repeat(&exe, &runs, true)?;
    println!("  kis due: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB");
    let runs = vec![kis(&["due", "--format", "json"]); 3];
    let (p50, max, rss) = repeat(&exe, &runs, true)?;
    println!("  kis due --format json: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB");
    // The first frame: `kis bench --ui` on this data in a fresh process.
    let out = std::process::Command::new(&exe)
        .args(["bench", "--ui", "--reuse", &data])
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    match text.lines().find(|l| l.starts_with("time to first frame")) {
        Some(line) => println!("  TUI {line}"),
        None => println!(
            "  TUI first frame: not measured ({})",
            String::from_utf8_lossy(&out.stderr).trim()
        ),
    }
    if let Some(line) = text
        .lines()
        .find(|l| l.starts_with("time to the whole of Dziś"))
    {
        println!("  TUI {line}");
    }
    // Where several staff work, `kis serve` holds the data open and a command
    // asks it: the same commands, with sled's start-up paid once by the server.
    let mut server = super::bench_serve::Server::start(dir)?;
    let served = (|| -> Result<(), String> {
        let runs: Vec<Vec<String>> = (0..3)
            .flat_map(|_| queries.iter().map(|q| kis(&["lookup", q])))
            .collect();
        let (p50, max, rss) = repeat(&exe, &runs, true)?;
        println!(
            "  kis lookup NAME through kis serve: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB"
        );
        let runs = vec![kis(&["report", "--from", "2025-01-01", "--to", "2025-12-31"]); 3];
        let (p50, max, rss) = repeat(&exe, &runs, true)?;
        println!(
            "  kis report (year 2025) through kis serve: p50 {p50:.0} ms, max {max:.0} ms, peak RSS {rss:.0} MiB (the client's)"
        );
        Ok(())
    })();
    server.stop();
    served
}

fn lookup_phase(dir: &std::path::Path, lookups: usize) -> Result<(), String> {
    let t = Instant::now();
    let store = Store::open(dir, &Options::default()).map_err(|e| e.to_string())?;
    let desk = Desk::new(store, Lang::En).map_err(|e| e.to_string())?;
    println!("open: {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
    let actor = Actor::local();
    let queries = [
        "nowak",
        "lodz",
        "zolc",
        "anna",
        "kow",
        "wojcik maria",
        "5100",
        "lecki",
        "sl",
        "przemyslaw",
    ];
    let mut times = Vec::with_capacity(lookups);
    for i in 0..lookups {
        let q = queries[i % queries.len()];
        let t = Instant::now();
        if let Ok(Response::Hits(h)) = desk.handle(
            &actor,
            Request::Lookup {
                query: q.into(),
                limit: 20,
            },
        ) {
            std::hint::black_box(h);
        }
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "lookup: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms over {lookups} queries",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.last().copied().unwrap_or(0.0)
    );
    println!("desk peak RSS (open + lookups): {:.0} MB", rss_mb());
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2025, m, day).expect("date");
    let t = Instant::now();
    match desk.handle(
        &actor,
        Request::Report {
            from: d(1, 1),
            to: d(12, 31),
        },
    ) {
        Ok(Response::Report(r)) => println!(
            "year report 2025: {:.0} ms ({} active, {} PSU persons, paid {})",
            t.elapsed().as_secs_f64() * 1000.0,
            r.participants.active.total,
            r.psu.persons,
            r.psu.paid.to_pl()
        ),
        other => return Err(format!("report: {other:?}")),
    }
    let t = Instant::now();
    if let Ok(Response::Settlement(s)) = desk.handle(&actor, Request::Settle { month: d(6, 1) }) {
        println!(
            "settlement 06.2025: {:.0} ms ({} persons, paid {})",
            t.elapsed().as_secs_f64() * 1000.0,
            s.persons.len(),
            s.paid.to_pl()
        );
    }
    Ok(())
}

fn tempfile_dir() -> Result<std::path::PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("kis-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    Ok(dir)
}

fn dir_size(path: &std::path::Path) -> u64 {
    let mut total = 0;
    if let Ok(rd) = std::fs::read_dir(path) {
        for e in rd.flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => total += dir_size(&e.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}

/// Bytes written to the terminal per keystroke at 80×24, and the time to the
/// first frame. With `dir`, runs on that (big) database, else on the demo club.
pub fn ui(dir: Option<&std::path::Path>) -> Result<(), String> {
    use crate::tui::app::{App, Ui};
    use crate::tui::keymap::{Chord, Keymap};
    use ratatui::backend::CrosstermBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Rect;
    use ratatui::{Terminal, TerminalOptions, Viewport};
    use std::sync::{Arc, Mutex};

    /// Counts what the backend writes.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<usize>>);
    impl std::io::Write for Sink {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            *self.0.lock().unwrap_or_else(|p| p.into_inner()) += b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    let tmp;
    let dir = match dir {
        Some(d) => d.to_path_buf(),
        None => {
            tmp = tempfile_dir()?;
            let store = Store::open(&tmp, &Options::default()).map_err(|e| e.to_string())?;
            let desk = Desk::new(store, Lang::Pl).map_err(|e| e.to_string())?;
            let today = crate::desk::today();
            let text = crate::demo::to_text(&crate::demo::generate(
                crate::demo::Scale::demo(today),
                today,
            ));
            desk.handle(&Actor::local(), Request::Import { text })
                .map_err(|e| e.to_string())?;
            tmp.clone()
        }
    };
    let t0 = Instant::now();
    let store = Store::open(&dir, &Options::default()).map_err(|e| e.to_string())?;
    let desk = Desk::new(store, Lang::Pl).map_err(|e| e.to_string())?;
    let door = crate::tui::LocalDoor {
        desk,
        actor: Actor::local(),
    };
    let ui = Ui {
        theme: crate::tui::theme::Theme {
            color: true,
            ascii: false,
        },
        text: crate::tui::text::Text::new(Lang::Pl),
        keymap: Keymap::builtin("default").ok_or("keymap")?,
    };
    let mut app = App::opening(&door, ui);
    let sink = Sink::default();
    let opts = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 80, 24)),
    };
    let mut term = Terminal::with_options(CrosstermBackend::new(sink.clone()), opts)
        .map_err(|e| e.to_string())?;
    term.draw(|f| app.draw(f)).map_err(|e| e.to_string())?;
    println!(
        "time to first frame (open + first draw): {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    if app.after_first_frame() {
        term.draw(|f| app.draw(f)).map_err(|e| e.to_string())?;
    }
    println!(
        "time to the whole of Dziś (the due list read and drawn): {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    let key =
        |c: KeyCode, m: KeyModifiers| Chord::from_event(&KeyEvent::new(c, m)).expect("a chord");
    let mut measure = |app: &mut App, label: &str, keys: Vec<Chord>| -> Result<(), String> {
        let mut bytes = Vec::new();
        let mut times = Vec::new();
        for k in keys {
            *sink.0.lock().unwrap_or_else(|p| p.into_inner()) = 0;
            let t = Instant::now();
            if app.handle_key(k) {
                term.draw(|f| app.draw(f)).map_err(|e| e.to_string())?;
            }
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            bytes.push(*sink.0.lock().unwrap_or_else(|p| p.into_inner()));
        }
        let avg = bytes.iter().sum::<usize>() as f64 / bytes.len().max(1) as f64;
        times.sort_by(|a, b| a.total_cmp(b));
        let mut sorted = bytes.clone();
        sorted.sort();
        println!(
            "{label}: median {} bytes/key, mean {avg:.0}, max {}; key to frame p50 {:.2} ms, max {:.2} ms",
            sorted[sorted.len() / 2],
            bytes.iter().max().copied().unwrap_or(0),
            percentile(&times, 0.5),
            times.last().copied().unwrap_or(0.0)
        );
        Ok(())
    };
    let none = KeyModifiers::NONE;
    measure(
        &mut app,
        "switch to Uczestnicy",
        vec![key(KeyCode::Char('2'), KeyModifiers::ALT)],
    )?;
    measure(
        &mut app,
        "move the selection",
        (0..20).map(|_| key(KeyCode::Down, none)).collect(),
    )?;
    measure(
        &mut app,
        "open the lookup",
        vec![key(KeyCode::Char('f'), KeyModifiers::CONTROL)],
    )?;
    measure(
        &mut app,
        "type in the lookup",
        "nowak"
            .chars()
            .map(|c| key(KeyCode::Char(c), none))
            .collect(),
    )?;
    measure(&mut app, "open the card", vec![key(KeyCode::Enter, none)])?;
    measure(&mut app, "close the card", vec![key(KeyCode::Esc, none)])?;
    measure(
        &mut app,
        "switch to PSU",
        vec![key(KeyCode::Char('4'), KeyModifiers::ALT)],
    )?;
    measure(
        &mut app,
        "move in the timesheet",
        (0..10).map(|_| key(KeyCode::Left, none)).collect(),
    )?;
    measure(
        &mut app,
        "type an hour in the timesheet",
        vec![key(KeyCode::Char('4'), none)],
    )?;
    Ok(())
}
