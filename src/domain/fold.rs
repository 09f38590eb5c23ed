//! The pre-folded search key: lower case with an explicit Polish map.
//! `ł` has no Unicode decomposition, so generic accent stripping misses it.

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let c = match ch {
            'ą' | 'Ą' => 'a',
            'ć' | 'Ć' => 'c',
            'ę' | 'Ę' => 'e',
            'ł' | 'Ł' => 'l',
            'ń' | 'Ń' => 'n',
            'ó' | 'Ó' => 'o',
            'ś' | 'Ś' => 's',
            'ź' | 'Ź' | 'ż' | 'Ż' => 'z',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
        };
        out.push(c);
    }
    out
}

/// Digits only, so `600 100 200` and `+48600100200` match typed digits.
pub fn digits(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_digit()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_polish_letters() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Żółć"), "zolc");
        assert_eq!(fold("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"), "acelnoszz acelnoszz");
        assert_eq!(digits("+48 600-100-200"), "48600100200");
    }
}
