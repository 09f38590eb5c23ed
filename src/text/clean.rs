//! Stored text made safe for a terminal or a file a person reads: no control
//! character (escape sequences, C1 controls such as U+009B CSI), no bidi
//! override or isolate, nothing invisible that reorders or hides text.
//! Old records may hold them even though new input refuses them.

use std::borrow::Cow;

/// What never reaches a person's screen or printout as it is.
pub fn is_unsafe(c: char) -> bool {
    // `is_control` covers C0, DEL and C1 (U+0080–U+009F).
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// One field on one line: tabs, newlines and other breaks become spaces, every
/// other unsafe character `�`. Tab-separated output stays one record a line.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\t' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
                c if is_unsafe(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

/// Multi-line text (a note, a contract's situation, a whole printout): keeps
/// `\n` (a `\r\n` becomes `\n`), a tab becomes a space, the rest as `clean_line`.
pub fn clean_block(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if is_unsafe(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `clean_line`, then escaped for HTML text and attribute values.
pub fn html(s: &str) -> String {
    html_escape(&clean_line(s))
}

/// `clean_block`, then escaped for HTML, each line break a `<br>`.
pub fn html_block(s: &str) -> String {
    html_escape(&clean_block(s)).replace('\n', "<br>")
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A text cell for a spreadsheet: `clean_line`, and a leading `=`, `+`, `-`
/// or `@` gets a `'` so that no program runs it as a formula.
pub fn csv_text(s: &str) -> Cow<'_, str> {
    let s = clean_line(s);
    if s.starts_with(['=', '+', '-', '@']) {
        Cow::Owned(format!("'{s}"))
    } else {
        s
    }
}

/// JSON text with every unsafe character that serde_json leaves as it is
/// (C1, bidi, zero-width) written as a `\uXXXX` escape: the same JSON for a
/// program, and harmless when it lands on a terminal.
pub fn json(text: &str) -> Cow<'_, str> {
    let unsafe_raw = |c: char| is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r');
    if !text.chars().any(unsafe_raw) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_raw(c) {
            // All of them are in the Basic Multilingual Plane: one escape each.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str =
        "A\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07B\u{9b}31m\u{202e}C\u{2066}D\tE\nF\r\nG";

    fn safe(s: &str) -> bool {
        !s.chars().any(|c| is_unsafe(c) && c != '\n')
    }

    #[test]
    fn a_line_keeps_no_control_and_no_break() {
        let c = clean_line(HOSTILE);
        assert!(safe(&c) && !c.contains('\n'), "{c:?}");
        assert!(c.starts_with('A') && c.contains("D E F  G"), "{c:?}");
        assert!(matches!(clean_line("Żółć Łódź"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_block_keeps_its_lines_only() {
        let c = clean_block(HOSTILE);
        assert!(safe(&c), "{c:?}");
        assert!(c.ends_with("D E\nF\nG"), "{c:?}");
        assert!(matches!(clean_block("a\nb"), Cow::Borrowed(_)));
    }

    #[test]
    fn html_is_escaped_after_cleaning() {
        assert_eq!(
            html("<b x=\"1\">&'\x1b"),
            "&lt;b x=&quot;1&quot;&gt;&amp;&#39;\u{fffd}"
        );
        assert_eq!(html_block("a<\nb"), "a&lt;<br>b");
    }

    #[test]
    fn json_stays_the_same_json() {
        let v = serde_json::json!({ "name": HOSTILE });
        let text = serde_json::to_string_pretty(&v).unwrap();
        let safe_text = json(&text);
        assert!(
            !safe_text.contains(['\x1b', '\u{9b}', '\u{202e}']),
            "{safe_text}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe_text).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn spreadsheet_formulas_are_neutralised() {
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_text("-2+3"), "'-2+3");
        assert_eq!(csv_text("Kowalski"), "Kowalski");
        assert_eq!(csv_text("\t=1"), " =1");
    }
}
