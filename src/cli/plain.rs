//! Text for a terminal: stored fields cleaned of control characters, so an old
//! record cannot move the cursor, retitle the window or fill the clipboard.

use crate::text::clean::{clean_block, clean_line};

/// One record a line, fields separated by single tabs.
pub(super) fn row(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| clean_line(f))
        .collect::<Vec<_>>()
        .join("\t")
}

/// Prints a text that may span lines (a printout, a message).
pub(super) fn print_block(text: &str) {
    print!("{}", clean_block(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_never_adds_a_column_or_a_line() {
        let r = row(&["p1", "Nowak\tJan\nX\x1b]0;t\x07", "-"]);
        assert_eq!(r.split('\t').count(), 3, "{r:?}");
        assert!(!r.contains('\n') && !r.contains('\x1b') && !r.contains('\x07'));
    }
}
