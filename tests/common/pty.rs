//! The real binary in a pseudo-terminal at 80×24: keys in, screen text polled
//! out through a vt100 parser. No fixed sleeps: every wait polls for text.

use portable_pty::{native_pty_system, CommandBuilder, PtyPair, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A pseudo-terminal of 24 rows and 80 columns.
pub fn pair() -> PtyPair {
    pair_of(24, 80)
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn pair_of(rows: u16, cols: u16) -> PtyPair {
    native_pty_system()
        .openpty(size(rows, cols))
        .expect("a pty")
}

/// `kis` running in a pseudo-terminal, its screen kept by a vt100 parser. It is
/// killed when dropped.
pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte kis wrote, for what the parser hides (the colour codes).
    raw: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Pty {
    /// Starts `kis args` on `data` at 80×24: `KIS_DATA`, `KIS_TODAY=2026-11-24`,
    /// `TERM=xterm-256color`, no `KIS_LANG` (Polish, the default) and no `NO_COLOR`.
    pub fn spawn(data: &std::path::Path, args: &[&str]) -> Pty {
        Pty::spawn_with(data, args, (24, 80), &[])
    }

    /// As [`Pty::spawn`], at `rows`×`cols`, with `env` over the environment
    /// (`TERM` among others).
    pub fn spawn_with(
        data: &std::path::Path,
        args: &[&str],
        (rows, cols): (u16, u16),
        env: &[(&str, &str)],
    ) -> Pty {
        let pair = pair_of(rows, cols);
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kis"));
        cmd.args(args);
        cmd.env("KIS_DATA", data);
        cmd.env("KIS_TODAY", "2026-11-24");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("KIS_LANG");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("COLORTERM");
        cmd.env_remove("KIS_COLORS");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("kis starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Pty {
            parser,
            raw,
            master: pair.master,
            writer,
            child,
        }
    }

    /// The terminal changes size, as a window or tmux pane does.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master.resize(size(rows, cols)).unwrap();
    }

    /// Every byte written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// The screen's text now.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Polls (up to 20 s) until `text` is on the screen.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "{text:?} did not appear; the screen was:\n{}",
            self.screen()
        );
    }

    /// Polls (up to 20 s) until `text` is no longer on the screen.
    pub fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if !self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} stayed; the screen was:\n{}", self.screen());
    }

    /// Types `bytes`: text, or one of the key constants below.
    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Polls (up to 20 s) until `kis` ends; whether it ended with success.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("kis did not exit; the screen was:\n{}", self.screen());
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Keys as a terminal sends them.
pub const CTRL_F: &str = "\x06";
pub const CTRL_S: &str = "\x13";
pub const CTRL_Q: &str = "\x11";
pub const CTRL_D: &str = "\x04";
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const TAB: &str = "\t";
pub const ALT_2: &str = "\x1b2";
pub const INSERT: &str = "\x1b[2~";
pub const DOWN: &str = "\x1b[B";
pub const PAGE_DOWN: &str = "\x1b[6~";
pub const CTRL_O: &str = "\x0f";
pub const ALT_5: &str = "\x1b5";
