//! Rebuild, import and anonymisation replace what every request relies on (the
//! staff accounts included): they take the gate whole, and every other request
//! waits for them a few seconds at most, then hears what is going on instead
//! of seeing a half-built database.

use super::DeskError;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long a request waits for a rebuild or an import to finish.
pub const BUSY_WAIT: Duration = Duration::from_secs(5);

/// What holds the gate whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Busy {
    Rebuild,
    Import,
    Anonymise,
}

impl Busy {
    pub fn error(self) -> DeskError {
        DeskError::said(|c| match self {
            Busy::Rebuild => c.desk.rebuild_in_progress,
            Busy::Import => c.desk.import_in_progress,
            Busy::Anonymise => c.desk.anonymisation_in_progress,
        })
    }
}

#[derive(Default)]
struct State {
    readers: usize,
    whole: Option<Busy>,
    /// Whole takers waiting: new readers let them go first.
    waiting: usize,
}

#[derive(Default)]
pub struct Gate {
    state: Mutex<State>,
    changed: Condvar,
}

/// A pass through the gate, given back when dropped.
pub struct Pass<'a> {
    gate: &'a Gate,
    whole: bool,
}

impl Gate {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Shares the gate, waiting at most `wait` for whoever holds it whole.
    pub fn share(&self, wait: Duration) -> Result<Pass<'_>, DeskError> {
        let until = Instant::now() + wait;
        let mut s = self.lock();
        while s.whole.is_some() || s.waiting > 0 {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(s.whole.unwrap_or(Busy::Rebuild).error());
            }
            s = self
                .changed
                .wait_timeout(s, left)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
        s.readers += 1;
        Ok(Pass {
            gate: self,
            whole: false,
        })
    }

    /// Takes the gate whole once the requests in flight are done.
    pub fn take_whole(&self, why: Busy) -> Pass<'_> {
        let mut s = self.lock();
        s.waiting += 1;
        while s.readers > 0 || s.whole.is_some() {
            s = self.changed.wait(s).unwrap_or_else(|p| p.into_inner());
        }
        s.waiting -= 1;
        s.whole = Some(why);
        Pass {
            gate: self,
            whole: true,
        }
    }
}

impl Drop for Pass<'_> {
    fn drop(&mut self) {
        let mut s = self.gate.lock();
        if self.whole {
            s.whole = None;
        } else {
            s.readers -= 1;
        }
        drop(s);
        self.gate.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn readers_wait_for_a_rebuild_then_hear_of_it() {
        let gate = Arc::new(Gate::default());
        let whole = gate.take_whole(Busy::Rebuild);
        let err = gate.share(Duration::from_millis(30)).err().unwrap();
        assert_eq!(
            err.message(crate::text::Lang::Pl),
            "przebudowa w toku, spróbuj za chwilę"
        );
        let g = Arc::clone(&gate);
        let reader = std::thread::spawn(move || g.share(Duration::from_secs(10)).is_ok());
        drop(whole);
        assert!(reader.join().unwrap(), "a reader gets in once it is over");
    }

    #[test]
    fn a_rebuild_waits_for_the_requests_in_flight() {
        let gate = Arc::new(Gate::default());
        let reading = gate.share(BUSY_WAIT).unwrap();
        let g = Arc::clone(&gate);
        let rebuild = std::thread::spawn(move || {
            let _w = g.take_whole(Busy::Rebuild);
        });
        // A waiting rebuild goes before new readers.
        let until = Instant::now() + Duration::from_secs(5);
        while gate.lock().waiting == 0 {
            assert!(Instant::now() < until);
            std::thread::yield_now();
        }
        assert!(gate.share(Duration::from_millis(10)).is_err());
        drop(reading);
        rebuild.join().unwrap();
        assert!(gate.share(Duration::ZERO).is_ok());
    }
}
