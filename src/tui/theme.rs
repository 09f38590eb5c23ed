//! Colours and borders. `NO_COLOR` removes every colour; `--ascii` draws plain
//! ASCII borders and symbols. The selection is reverse video, so it shows either way.

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

impl Theme {
    /// From the environment: `NO_COLOR` (any value) and `KIS_ASCII=1`.
    pub fn from_env(ascii_flag: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let ascii_env =
            std::env::var("KIS_ASCII").is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
        Theme {
            color: !no_color,
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
