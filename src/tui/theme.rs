//! Colours and borders. The colours follow what the terminal can show
//! ([`ColorDepth`]): `NO_COLOR` or a monochrome terminal gets none, an 8-colour one
//! only the basic eight; `--ascii` draws plain ASCII borders and symbols. The
//! selection is reverse video, so it shows either way.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

pub const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// How many colours the terminal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorDepth {
    /// Monochrome (`vt100`, `dumb`) or `NO_COLOR`.
    None,
    /// The eight basic colours, `ESC[31m` (`linux`, `xterm`, `screen`, `ansi`).
    Basic,
    /// 256 colours or more (`*-256color`, `COLORTERM=truecolor`).
    Full,
}

impl ColorDepth {
    /// `KIS_COLORS=0|8|256` first, then `NO_COLOR`, `COLORTERM` and `TERM`.
    pub fn from_env() -> ColorDepth {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        ColorDepth::decide(
            var("KIS_COLORS").as_deref(),
            var("NO_COLOR").is_some(),
            var("COLORTERM").as_deref(),
            var("TERM").as_deref(),
        )
    }

    fn decide(
        kis: Option<&str>,
        no_color: bool,
        colorterm: Option<&str>,
        term: Option<&str>,
    ) -> ColorDepth {
        match kis {
            Some("0") => return ColorDepth::None,
            Some("8") => return ColorDepth::Basic,
            Some("256") => return ColorDepth::Full,
            _ => {}
        }
        if no_color {
            return ColorDepth::None;
        }
        if matches!(colorterm, Some("truecolor" | "24bit")) {
            return ColorDepth::Full;
        }
        let Some(term) = term else {
            return ColorDepth::None;
        };
        // terminfo families without colour: the DEC terminals and their kin.
        let mono = ["dumb", "vt52", "vt100", "vt102", "vt220", "vt320", "vt420"];
        if mono
            .iter()
            .any(|m| term == *m || term.starts_with(&format!("{m}-")))
        {
            return ColorDepth::None;
        }
        if term.contains("256col") || term.contains("direct") || term.contains("truecolor") {
            ColorDepth::Full
        } else {
            ColorDepth::Basic
        }
    }
}

impl Theme {
    /// From the environment: the terminal's [`ColorDepth`] and `KIS_ASCII=1`.
    pub fn from_env(ascii_flag: bool) -> Theme {
        let ascii_env =
            std::env::var("KIS_ASCII").is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
        Theme {
            color: ColorDepth::from_env() != ColorDepth::None,
            ascii: ascii_flag || ascii_env,
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn border(&self) -> border::Set<'static> {
        if self.ascii {
            ASCII_BORDER
        } else {
            border::PLAIN
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.fg(Color::Gray)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn ok(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn active_tab(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// `>` marks the row with the cursor in plain ASCII terminals too.
    pub fn pointer(&self) -> &'static str {
        ">"
    }

    /// Separator between footer hints.
    pub fn sep(&self) -> &'static str {
        if self.ascii {
            " | "
        } else {
            " │ "
        }
    }

    pub fn ellipsis(&self) -> &'static str {
        if self.ascii {
            "~"
        } else {
            "…"
        }
    }
}

/// The ASCII stand-in of a drawing symbol or typographic sign; letters pass.
pub fn ascii_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '—' | '–' | '─' | '━' => "-",
        '│' | '┃' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => "+",
        '»' | '→' | '►' => ">",
        '«' | '←' | '◄' => "<",
        '↑' => "^",
        '↓' => "v",
        '…' => "~",
        '•' => "*",
        '·' => ".",
        '×' => "x",
        'Σ' => "=",
        '✓' | '✔' => "+",
        '✗' | '✘' => "x",
        '„' | '”' | '“' => "\"",
        '\u{fffd}' => "?",
        _ => return None,
    })
}

/// In ASCII mode, replaces every drawing symbol left in a frame.
pub fn asciify(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if let Some(a) = ascii_symbol(c) {
                cell.set_symbol(a);
            }
        }
    }
}

/// Writes what crossterm sends with the 256-colour codes of the basic colours
/// (`ESC[38;5;1m`) in their 8-colour form (`ESC[31m`), for a terminal that knows
/// only those. The bright ones (8–15) become the basic ones, grey the default.
pub struct EightColors<W: std::io::Write> {
    inner: W,
    /// The unfinished escape sequence at the end of the last write.
    pending: Vec<u8>,
}

impl<W: std::io::Write> EightColors<W> {
    pub fn new(inner: W) -> Self {
        EightColors {
            inner,
            pending: Vec::new(),
        }
    }
}

/// An SGR sequence (`ESC[…m`) at the start of `b`, its 256-colour parameters
/// (`38;5;N`, `48;5;N`, as crossterm writes them, alone or with others such as
/// `38;5;6;49`) in their 8-colour form: (the sequence rewritten, its length).
fn eight_color_sgr(b: &[u8]) -> Option<(String, usize)> {
    let body = b.strip_prefix(b"\x1b[")?;
    let n = body
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b';')
        .count();
    if body.get(n) != Some(&b'm') || !body[..n].windows(2).any(|w| w == b";5") {
        return None;
    }
    let params: Vec<&str> = std::str::from_utf8(&body[..n]).ok()?.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < params.len() {
        match (params[i], params.get(i + 1), params.get(i + 2)) {
            (p @ ("38" | "48"), Some(&"5"), Some(n)) => {
                let base = if p == "38" { 30 } else { 40 };
                let n: u16 = n.parse().unwrap_or(255);
                out.push(match n {
                    0..=7 => (base + n).to_string(),
                    9..=14 => (base + n - 8).to_string(),
                    _ => (base + 9).to_string(), // grey and the rest: the default
                });
                i += 3;
            }
            (p, _, _) => {
                out.push(p.to_string());
                i += 1;
            }
        }
    }
    Some((format!("\x1b[{}m", out.join(";")), 2 + n + 1))
}

impl<W: std::io::Write> std::io::Write for EightColors<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // Keep a possibly unfinished sequence at the end for the next write.
        let keep_from = match self.pending.iter().rposition(|&c| c == 0x1b) {
            Some(i) if self.pending.len() - i < 40 && !self.pending[i..].contains(&b'm') => i,
            _ => self.pending.len(),
        };
        let mut out = Vec::with_capacity(keep_from);
        let mut i = 0;
        while i < keep_from {
            match eight_color_sgr(&self.pending[i..keep_from]) {
                Some((sgr, len)) => {
                    out.extend_from_slice(sgr.as_bytes());
                    i += len;
                }
                None => {
                    out.push(self.pending[i]);
                    i += 1;
                }
            }
        }
        self.inner.write_all(&out)?;
        self.pending.drain(..keep_from);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.inner.write_all(&rest)?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn the_terminal_decides_the_colours() {
        let d = ColorDepth::decide;
        assert_eq!(d(None, false, None, Some("vt100")), ColorDepth::None);
        assert_eq!(d(None, false, None, Some("dumb")), ColorDepth::None);
        assert_eq!(d(None, false, None, Some("linux")), ColorDepth::Basic);
        assert_eq!(d(None, false, None, Some("xterm")), ColorDepth::Basic);
        assert_eq!(d(None, false, None, Some("screen")), ColorDepth::Basic);
        assert_eq!(
            d(None, false, None, Some("xterm-256color")),
            ColorDepth::Full
        );
        assert_eq!(
            d(None, false, Some("truecolor"), Some("xterm")),
            ColorDepth::Full
        );
        assert_eq!(
            d(None, true, None, Some("xterm-256color")),
            ColorDepth::None
        );
        assert_eq!(d(Some("8"), true, None, Some("vt100")), ColorDepth::Basic);
        assert_eq!(d(None, false, None, None), ColorDepth::None);
    }

    #[test]
    fn eight_colours_rewrite_the_256_colour_codes_even_split_across_writes() {
        let mut w = EightColors::new(Vec::new());
        w.write_all(b"a\x1b[38;5;1mred\x1b[48;").unwrap();
        w.write_all(b"5;4mblue\x1b[38;5;8mgrey\x1b[38;5;11m\x1b[39mx\x1b[38;5;200m")
            .unwrap();
        w.write_all(b"\x1b[1m\x1b[38;5;6;49m KIS \x1b[38;5;7;48;5;0mz\x1b[2;3H")
            .unwrap();
        w.flush().unwrap();
        assert_eq!(
            String::from_utf8(w.inner).unwrap(),
            "a\x1b[31mred\x1b[44mblue\x1b[39mgrey\x1b[33m\x1b[39mx\x1b[39m\
             \x1b[1m\x1b[36;49m KIS \x1b[37;40mz\x1b[2;3H"
        );
    }
}
