//! The real terminal: raw mode and the alternate screen, restored on exit, on
//! error, on panic and on SIGHUP/SIGTERM (a dropped SSH session). Frames are
//! drawn only after an event changed something, each inside a synchronized update.

use super::app::App;
use super::keymap::Chord;
use super::theme::{ColorDepth, EightColors};
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, BeginSynchronizedUpdate, EndSynchronizedUpdate,
    EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute, queue};
use ratatui::layout::Size;
use ratatui::Terminal;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Puts the terminal back as it was.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal when dropped, whatever path leaves the loop.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn run(app: &mut App) -> io::Result<()> {
    // The panic hook restores first, then lets the previous hook (color-eyre) report.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGHUP, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    enable_raw_mode()?;
    let _guard = Guard;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    match ColorDepth::from_env() {
        ColorDepth::Basic => event_loop(app, &stop, EightColors::new(out)),
        _ => event_loop(app, &stop, out),
    }
}

fn event_loop<W: Write>(app: &mut App, stop: &AtomicBool, out: W) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::BufWriter::with_capacity(
        64 * 1024,
        out,
    )))?;
    let mut drawn = draw(&mut terminal, app)?;
    if app.after_first_frame() {
        drawn = draw(&mut terminal, app)?;
    }
    // crossterm spins on a hung-up terminal without returning; a watchdog ends
    // the process then. Every saved change is already in the fsync'd journal.
    std::thread::spawn(|| loop {
        std::thread::sleep(Duration::from_millis(300));
        if terminal_gone() {
            std::process::exit(0);
        }
    });
    while !app.quit && !stop.load(Ordering::Relaxed) {
        // The timeout lets a signal, a pushed change or a new size be noticed;
        // a frame is drawn only if something changed.
        if !event::poll(Duration::from_millis(250))? {
            // A size change whose SIGWINCH never reached us (kis not in the
            // terminal's foreground group, a wrapper that swallows it) is
            // caught here; nothing is redrawn unless the size changed.
            let resized = terminal.size()? != drawn;
            if resized {
                terminal.autoresize()?;
            }
            if (app.pump() || resized) && !app.quit {
                drawn = draw(&mut terminal, app)?;
            }
            continue;
        }
        let changed = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => match Chord::from_event(&k) {
                Some(chord) => app.handle_key(chord),
                None => false,
            },
            Event::Resize(_, _) => {
                terminal.autoresize()?;
                true
            }
            _ => false,
        };
        if changed && !app.quit {
            drawn = draw(&mut terminal, app)?;
        }
    }
    Ok(())
}

/// The other end of the terminal hung up (a dropped SSH session, a closed
/// window) even if no SIGHUP reached us: reading it would only give end of file.
fn terminal_gone() -> bool {
    let mut p = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one pollfd on our own stdin, no timeout.
    let n = unsafe { libc::poll(&mut p, 1, 0) };
    n > 0 && p.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Draws a frame; the size it was drawn at.
fn draw<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, app: &App) -> io::Result<Size> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let area = terminal.draw(|f| app.draw(f))?.area;
    execute!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    Ok(area.as_size())
}
