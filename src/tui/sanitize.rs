//! Stored text is sanitised before drawing: control characters (escape
//! sequences included) never reach the terminal. One rule for every output:
//! `text::clean`.

pub use crate::text::clean::clean_line as clean;

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn escapes_never_pass() {
        let s = "\x1b[31mRed\x1b]0;title\x07 Łódź\u{9b}2J";
        let c = clean(s);
        assert!(!c.chars().any(|c| c.is_control()), "{c:?}");
        assert!(c.contains("Red") && c.contains("Łódź"));
        assert!(matches!(clean("Żółć"), Cow::Borrowed(_)));
    }
}
