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
    let store = Store::open(&dir, &Options::default()).map_err(|e| e.to_string())?;
    let desk = Desk::new(store, Lang::En).map_err(|e| e.to_string())?;
    let actor = Actor::local();
    let t = Instant::now();
    desk.handle(&actor, Request::Import { text })
        .map_err(|e| e.to_string())?;
    println!("import: {:.1} s", t.elapsed().as_secs_f64());
    println!(
        "import peak RSS: {:.0} MB (the whole file is checked in memory first)",
        rss_mb()
    );
    drop(desk);
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let status = std::process::Command::new(exe)
        .args(["bench", "--lookups", &lookups.to_string(), "--reuse"])
        .arg(&dir)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("the lookup phase failed".into());
    }
    let size = dir_size(&dir);
    println!(
        "on disk: {:.1} MB (database and journal)",
        size as f64 / 1e6
    );
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
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
