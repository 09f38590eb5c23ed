//! Stored text is sanitised before drawing: control characters (escape
//! sequences included) never reach the terminal.

use std::borrow::Cow;

fn is_control(c: char) -> bool {
    c.is_control()
        || ('\u{80}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Replaces each control character with `�`; newlines and tabs become spaces.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' | '\t' | '\r' => ' ',
                c if is_control(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_pass() {
        let s = "\x1b[31mRed\x1b]0;title\x07 Łódź\u{9b}2J";
        let c = clean(s);
        assert!(!c.chars().any(|c| c.is_control()), "{c:?}");
        assert!(c.contains("Red") && c.contains("Łódź"));
        assert!(matches!(clean("Żółć"), Cow::Borrowed(_)));
    }
}
