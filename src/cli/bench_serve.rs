//! `kis bench --serve`: lookups and small writes per second through `kis serve`
//! with several clients at once, and the round-trip latency of each.

use crate::desk::door::Door;
use crate::desk::{Actor, Desk, Request, Response};
use crate::remote::client::RemoteDoor;
use crate::store::{Options, Store};
use crate::text::Lang;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Generates a club of this size, serves it, and measures `clients` clients.
pub fn run(participants: usize, hours: usize, clients: usize, ops: usize) -> Result<(), String> {
    // One more connection lists the club; all come from this one Unix user.
    let most = crate::remote::server::MAX_PER_UID - 1;
    if clients > most {
        return Err(format!(
            "--clients {clients}: the server takes {} connections per Unix user, so at most {most}",
            crate::remote::server::MAX_PER_UID
        ));
    }
    let dir = std::env::temp_dir().join(format!("kis-bench-serve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let result = measure(&dir, participants, hours, clients, ops);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure(
    dir: &Path,
    participants: usize,
    hours: usize,
    clients: usize,
    ops: usize,
) -> Result<(), String> {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 31).expect("date");
    let scale = crate::demo::Scale {
        participants,
        psu_years: 1,
        assignments_per_year: hours.div_ceil(84).max(1),
        last_year: 2025,
    };
    let text = crate::demo::to_text(&crate::demo::generate(scale, today));
    {
        let store = Store::open(dir, &Options::default()).map_err(|e| e.to_string())?;
        let desk = Desk::new(store, Lang::En).map_err(|e| e.to_string())?;
        desk.handle(&Actor::local(), Request::Import { text })
            .map_err(|e| e.message(Lang::En))?;
    }
    let mut server = Server::start(dir)?;
    let first = RemoteDoor::connect(dir, Lang::En, None).map_err(|_| "no server".to_string())?;
    let names: Vec<(String, String)> = match first.ask(Request::ListParticipants { status: None }) {
        Ok(Response::Participants(ps)) => ps
            .into_iter()
            .map(|p| (p.value.id, p.value.last_name))
            .collect(),
        _ => return Err("cannot list participants".into()),
    };
    println!(
        "club: {} participants; {clients} clients, {ops} requests each",
        names.len()
    );
    let lookups = phase(dir, clients, ops, &names, |door, (_, last), _| {
        let query: String = last.chars().take(4).collect();
        matches!(
            door.ask(Request::Lookup { query, limit: 20 }),
            Ok(Response::Hits(_))
        )
    })?;
    report("lookup", &lookups);
    let cards = phase(dir, clients, ops, &names, |door, (id, _), _| {
        matches!(
            door.ask(Request::Card { id: id.clone() }),
            Ok(Response::Card(_))
        )
    })?;
    report("card (audited read)", &cards);
    let writes = phase(dir, clients, ops, &names, |door, (id, _), i| {
        matches!(
            door.ask(Request::AddNote {
                participant_id: id.clone(),
                text: format!("bench {i}"),
                restricted: false,
            }),
            Ok(Response::Saved { .. })
        )
    })?;
    report("small write (note), all clients writing", &writes);
    // What a club's desk does: mostly lookups and cards, one write in ten.
    let mixed = phase(dir, clients, ops, &names, |door, (id, last), i| {
        match i % 10 {
            0 => matches!(
                door.ask(Request::AddNote {
                    participant_id: id.clone(),
                    text: format!("bench {i}"),
                    restricted: false,
                }),
                Ok(Response::Saved { .. })
            ),
            1..=5 => matches!(
                door.ask(Request::Lookup {
                    query: last.chars().take(4).collect(),
                    limit: 20
                }),
                Ok(Response::Hits(_))
            ),
            _ => matches!(
                door.ask(Request::Card { id: id.clone() }),
                Ok(Response::Card(_))
            ),
        }
    })?;
    report("mixed (1 write in 10)", &mixed);
    let (w, r): (Vec<_>, Vec<_>) = mixed
        .latencies
        .iter()
        .enumerate()
        .partition(|(i, _)| mixed.writes[*i]);
    let part = |v: Vec<(usize, &Duration)>| Timed {
        latencies: v.into_iter().map(|(_, d)| *d).collect(),
        wall: mixed.wall,
        writes: vec![],
    };
    report("  of which reads", &part(r));
    report("  of which writes", &part(w));
    server.stop();
    Ok(())
}

struct Timed {
    /// Sorted.
    latencies: Vec<Duration>,
    wall: Duration,
    /// Whether each latency (same order) was a write, where a phase mixes them.
    writes: Vec<bool>,
}

/// Runs `op` `ops` times on each of `clients` connections at once.
fn phase(
    dir: &Path,
    clients: usize,
    ops: usize,
    names: &[(String, String)],
    op: impl Fn(&RemoteDoor, &(String, String), usize) -> bool + Sync,
) -> Result<Timed, String> {
    let doors: Vec<RemoteDoor> = (0..clients)
        .map(|_| RemoteDoor::connect(dir, Lang::En, None).map_err(|_| "connect".to_string()))
        .collect::<Result<_, _>>()?;
    let start = Instant::now();
    let per_client: Vec<Result<Vec<(Duration, bool)>, String>> = std::thread::scope(|s| {
        let handles: Vec<_> = doors
            .iter()
            .enumerate()
            .map(|(c, door)| {
                let op = &op;
                s.spawn(move || {
                    let mut lat = Vec::with_capacity(ops);
                    for i in 0..ops {
                        let who = &names[(c * 7919 + i * 104_729) % names.len()];
                        let t = Instant::now();
                        if !op(door, who, i) {
                            return Err(format!("client {c}: request {i} failed"));
                        }
                        lat.push((t.elapsed(), i % 10 == 0));
                    }
                    Ok(lat)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err("a client panicked".into())))
            .collect()
    });
    let wall = start.elapsed();
    let mut latencies = Vec::new();
    for r in per_client {
        latencies.extend(r?);
    }
    latencies.sort();
    let (latencies, writes) = latencies.into_iter().unzip();
    Ok(Timed {
        latencies,
        wall,
        writes,
    })
}

fn report(what: &str, t: &Timed) {
    let at = |p: f64| {
        let i = ((t.latencies.len() as f64 - 1.0) * p).round() as usize;
        t.latencies
            .get(i)
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    println!(
        "{what}: {:.0}/s, round trip p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        t.latencies.len() as f64 / t.wall.as_secs_f64(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

/// This very binary as `kis serve`, stopped with SIGTERM.
pub(super) struct Server {
    child: std::process::Child,
}

impl Server {
    pub(super) fn start(dir: &Path) -> Result<Server, String> {
        let exe: PathBuf = std::env::current_exe().map_err(|e| e.to_string())?;
        let child = std::process::Command::new(exe)
            .arg("serve")
            .env("KIS_DATA", dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        let mut server = Server { child };
        let start = Instant::now();
        while RemoteDoor::connect(dir, Lang::En, None).is_err() {
            if start.elapsed() > Duration::from_secs(60) {
                server.stop();
                return Err("kis serve did not come up".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(server)
    }

    pub(super) fn stop(&mut self) {
        // SAFETY: a signal to our own child.
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}
